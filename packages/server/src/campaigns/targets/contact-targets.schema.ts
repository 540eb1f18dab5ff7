import { builder } from '../../kernel/graphql/builder.js';
import { actionScope, visibleAction } from '../actions/action.filter.js';
import { MarketingActionRef } from '../actions/action.schema.js';
import { SynopticRowRef } from './target.schema.js';

/**
 * A contact's marketing history, added to the Contact type by the campaigns context (contacts know nothing of
 * actions): the actions it was targeted by, its synoptic view and its source action, each folded into the contact's
 * own query by the Prisma plugin. Targets are those whose action the caller may see (the actions' brand rule).
 * Staff only: partners read contacts, not their history.
 */
const staffOnly = { authScopes: { authenticated: true } } as const;

builder.prismaObjectFields('Contact', (t) => ({
  sourceAction: t.field({
    ...staffOnly,
    type: MarketingActionRef,
    nullable: true,
    description:
      'The first marketing action that brought the contact (*source*); null when none or outside your brands.',
    select: (_args, _ctx, nestedSelection) => ({ sourceAction: nestedSelection(true) }),
    resolve: (c, _args, ctx) => visibleAction(ctx, c.sourceAction),
  }),
  targets: t.relatedConnection('targets', {
    ...staffOnly,
    cursor: 'id',
    totalCount: true,
    description: 'The actions this contact was targeted by, with response and conversion; latest targeting first.',
    args: {
      responded: t.arg.boolean({ required: false }),
      converted: t.arg.boolean({ required: false }),
    },
    query: (args, ctx) => ({
      where: {
        action: actionScope(ctx),
        ...(args.responded == null ? {} : { respondedAt: args.responded ? { not: null } : null }),
        ...(args.converted == null ? {} : { conversionSaleId: args.converted ? { not: null } : null }),
      },
      orderBy: [{ targetedAt: 'desc' as const }, { id: 'desc' as const }],
    }),
  }),
  synopsis: t.relation('targets', {
    ...staffOnly,
    type: SynopticRowRef,
    description:
      'The synoptic view: one row per action this contact was targeted by, with ticks for targeted, responded and ' +
      'converted, by targeting date.',
    query: (_args, ctx) => ({
      where: { action: actionScope(ctx) },
      orderBy: [{ targetedAt: 'asc' as const }, { id: 'asc' as const }],
    }),
  }),
}));
