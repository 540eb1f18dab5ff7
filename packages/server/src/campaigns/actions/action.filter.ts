import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import { ActionMediumEnum, ActionObjectiveEnum, ActionStatusEnum } from '../../kernel/graphql/enums.js';
import { columns, DateTimeRange, idColumns, listFilter } from '../../kernel/graphql/filters.js';
import { idsIn } from '../../kernel/graphql/global-id.js';
import { brandScope } from '../../privacy/access/row-rules.js';

/**
 * Row rule of marketing actions: an action of a brand is visible to the users of that brand; an action without a
 * brand to everyone. Merged into every read of actions (lists, node, relations from products, targets, sales).
 */
export function actionScope(ctx: Context) {
  // Partners (API keys) read contacts only, never actions.
  if (!ctx.principal || ctx.principal.kind === 'partner') return { id: -1 };
  const scope = brandScope(ctx);
  return scope.brandId ? { OR: [{ brandId: null }, { brandId: scope.brandId }] } : {};
}

/** The same rule for an action already loaded (to-one relations, which Prisma cannot filter): the action or null. */
export function visibleAction<A extends { brandId: number | null }>(
  ctx: Context,
  action: A | null | undefined,
): A | null {
  if (!action || !ctx.principal || ctx.principal.kind === 'partner') return null;
  const p = ctx.principal;
  return p.kind === 'system' || p.role === 'ADMIN' || action.brandId === null || p.brandIds.includes(action.brandId)
    ? action
    : null;
}

/** Typed filter of the actions list. */
export const MarketingActionFilter = builder.inputType('MarketingActionFilter', {
  fields: (t) => ({
    status: t.field({ type: [ActionStatusEnum], required: false }),
    medium: t.field({ type: [ActionMediumEnum], required: false }),
    objective: t.field({ type: [ActionObjectiveEnum], required: false }),
    brand: t.globalIDList({ required: false, description: 'Any of these brands.' }),
    withoutBrand: t.boolean({
      required: false,
      description: 'true: only actions of no brand; false: only branded ones.',
    }),
    promotes: t.globalIDList({ required: false, description: 'Promotes any of these products.' }),
    search: t.string({ required: false, description: 'Words found in the code or the name.' }),
    startDate: t.field({ type: DateTimeRange, required: false }),
    endDate: t.field({ type: DateTimeRange, required: false }),
    runningAt: t.field({
      type: 'DateTime',
      required: false,
      description: 'Started on or before, and ending on or after, this instant.',
    }),
  }),
});

export const actionList = listFilter(
  MarketingActionFilter,
  {
    CODE: 'code',
    NAME: 'name',
    START_DATE: 'startDate',
    END_DATE: 'endDate',
    STATUS: 'status',
    MEDIUM: 'medium',
    COST: 'cost',
    CREATED_AT: 'createdAt',
  },
  (ctx, f) => {
    const products = idsIn('Product', f?.promotes, ['filter', 'promotes']);
    return {
      scope: actionScope(ctx),
      columns: {
        ...idColumns(f, { brandId: ['Brand', 'brand'] }),
        ...columns(f, { oneOf: ['status', 'medium', 'objective'], dates: ['startDate', 'endDate'] }),
        products: products ? { some: { productId: products } } : undefined,
      },
      also: [
        f?.withoutBrand == null ? {} : { brandId: f.withoutBrand ? null : { not: null } },
        f?.runningAt ? { startDate: { lte: f.runningAt }, endDate: { gte: f.runningAt } } : {},
      ],
      search: { text: f?.search, in: ['code', 'name'] },
    };
  },
);
