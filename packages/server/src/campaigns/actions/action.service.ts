import type { Context } from '../../kernel/context.js';
import { ApiError, fieldProblem, validationError } from '../../kernel/errors.js';
import type { ActionMedium, FollowUpCondition, ResponseChannel } from '../../generated/sqlite/enums.js';
import { checkFollowUp } from '../sequences/sequence.rules.js';
import { isUniqueViolation } from '../../kernel/prisma-errors.js';
import { type DecodedGlobalId, idFor } from '../../kernel/graphql/global-id.js';
import { isBlank, moneyProblem, Problems } from '../../kernel/validate.js';
import { updateVersioned } from '../../kernel/versioned-update.js';
import { brandScope } from '../../privacy/access/row-rules.js';
import { actionScope } from './action.filter.js';
import { channelsOnCreate } from './response-channels.js';
import { fieldMessage } from '../../kernel/field-messages.js';

/** What the MarketingActionInput / MarketingActionPatch GraphQL inputs decode to. */
export interface ActionWrite {
  code?: string | null;
  name?: string | null;
  objective?: string | null;
  medium?: string | null;
  startDate?: Date | null;
  endDate?: Date | null;
  requiredPurpose?: string | null;
  targetDescription?: string | null;
  plannedQuantity?: number | null;
  cost?: string | null;
  promiseType?: string | null;
  promiseSummary?: string | null;
  status?: string | null;
  controlGroupPercent?: number | null;
  brand?: DecodedGlobalId | null;
  responseChannels?: ResponseChannel[] | null;
  products?: DecodedGlobalId[] | null;
  attributionWindowDays?: number | null;
  previousAction?: DecodedGlobalId | null;
  followUpCondition?: FollowUpCondition | null;
  followUpDelayDays?: number | null;
  publicResponses?: boolean | null;
}

interface Current {
  id: number;
  startDate: Date;
  endDate: Date;
  brandId: number | null;
  previousActionId: number | null;
  followUpCondition: FollowUpCondition | null;
  followUpDelayDays: number | null;
}

const notNullable = [
  'code',
  'name',
  'objective',
  'medium',
  'startDate',
  'endDate',
  'requiredPurpose',
  'cost',
  'promiseType',
  'status',
  'attributionWindowDays',
  'publicResponses',
] as const;

/** Checks an action write, collecting every problem, and turns it into Prisma data plus the two sets. */
async function prepare(ctx: Context, input: ActionWrite, current?: Current) {
  const p = new Problems();
  for (const f of notNullable) if (input[f] === null) p.add(f, fieldMessage('REQUIRED'));
  const code = input.code?.trim();
  if (input.code != null)
    p.check(!isBlank(code) && code!.length <= 64, 'code', fieldMessage('CODE_LENGTH', { min: 1, max: 64 }));
  if (input.name != null) p.check(!isBlank(input.name), 'name', fieldMessage('NOT_BLANK'));
  const start = input.startDate ?? current?.startDate;
  const end = input.endDate ?? current?.endDate;
  if (start && end && end < start)
    p.add(input.endDate ? 'endDate' : 'startDate', fieldMessage('ACTION_ENDS_BEFORE_START'));
  if (input.cost != null) p.addIf('cost', moneyProblem(input.cost));
  if (input.plannedQuantity != null)
    p.check(input.plannedQuantity >= 0, 'plannedQuantity', fieldMessage('NOT_NEGATIVE'));
  if (input.attributionWindowDays != null) {
    p.check(
      Number.isInteger(input.attributionWindowDays) &&
        input.attributionWindowDays >= 1 &&
        input.attributionWindowDays <= 3650,
      'attributionWindowDays',
      fieldMessage('INTEGER_RANGE', { min: 1, max: 3650 }),
    );
  }
  if (input.controlGroupPercent != null) {
    p.check(
      input.controlGroupPercent >= 0 && input.controlGroupPercent <= 100,
      'controlGroupPercent',
      fieldMessage('BETWEEN', { min: 0, max: 100 }),
    );
  }

  const brandId = input.brand ? idFor('Brand', input.brand, ['input', 'brand']) : input.brand;
  const productIds = input.products?.map((g, i) => idFor('Product', g, ['input', 'products', String(i)]));
  const allowedBrands = brandScope(ctx).brandId?.in;
  const [brand, purpose, clash, products] = await Promise.all([
    brandId
      ? !allowedBrands || allowedBrands.includes(brandId)
        ? ctx.db.brand.count({ where: { id: brandId } })
        : 0
      : 1,
    input.requiredPurpose
      ? ctx.db.purpose.findFirst({ where: { code: input.requiredPurpose, active: true }, select: { id: true } })
      : null,
    code ? ctx.db.marketingAction.count({ where: { code, ...(current ? { id: { not: current.id } } : {}) } }) : 0,
    productIds?.length ? ctx.db.product.findMany({ where: { id: { in: productIds } }, select: { id: true } }) : [],
  ]);
  p.check(brand === 1, 'brand', fieldMessage('UNKNOWN_OR_FOREIGN_BRAND'));
  if (input.requiredPurpose != null) p.check(purpose !== null, 'requiredPurpose', fieldMessage('UNKNOWN_PURPOSE'));
  p.check(clash === 0, 'code', fieldMessage('DUPLICATE_ACTION_CODE'));
  const known = new Set(products.map((x) => x.id));
  productIds?.forEach((id, i) => p.check(known.has(id), `products.${i}`, fieldMessage('UNKNOWN_PRODUCT')));
  const followUp = await checkFollowUp(ctx, p, input, current, {
    brandId: brandId === undefined ? (current?.brandId ?? null) : brandId,
    startDate: start,
  });
  p.throwIfAny();

  const {
    brand: _b,
    requiredPurpose: _r,
    responseChannels,
    products: _p,
    code: _c,
    name,
    previousAction: _pa,
    ...scalars
  } = input;
  const data: Record<string, unknown> = { ...scalars, ...followUp };
  if (code !== undefined) data.code = code;
  if (name != null) data.name = name.trim();
  if (brandId !== undefined) data.brandId = brandId;
  if (purpose) data.requiredPurposeId = purpose.id;
  return {
    data,
    channels: responseChannels ? [...new Set(responseChannels)] : undefined,
    productIds: productIds ? [...new Set(productIds)] : undefined,
  };
}

const codeTaken = (e: unknown): never => {
  if (isUniqueViolation(e))
    throw validationError([fieldProblem(['input', 'code'], fieldMessage('DUPLICATE_ACTION_CODE'))]);
  throw e;
};

/**
 * Creates an action with its response channels (the medium's usual ones when none are given: see
 * response-channels.ts) and promoted products, in one statement batch.
 */
export async function createAction(ctx: Context, input: ActionWrite) {
  const { data, channels, productIds } = await prepare(ctx, input);
  return ctx.db.marketingAction
    .create({
      data: {
        ...(data as {
          code: string;
          name: string;
          objective: never;
          medium: never;
          startDate: Date;
          endDate: Date;
          requiredPurposeId: number;
        }),
        responseChannels: {
          create: channelsOnCreate(input.medium as ActionMedium, channels).map((channel) => ({ channel })),
        },
        ...(productIds?.length ? { products: { create: productIds.map((productId) => ({ productId })) } } : {}),
      },
      select: { id: true },
    })
    .catch(codeTaken);
}

/** Updates an action the caller can see, if `version` is current; the sets, when given, replace the stored ones. */
export async function updateAction(ctx: Context, id: number, version: number, input: ActionWrite) {
  const where = { id, ...actionScope(ctx) };
  const current = await ctx.db.marketingAction.findFirst({
    where,
    select: {
      id: true,
      startDate: true,
      endDate: true,
      brandId: true,
      previousActionId: true,
      followUpCondition: true,
      followUpDelayDays: true,
    },
  });
  if (!current) throw new ApiError('NOT_FOUND', 'Marketing action not found.');
  const { data, channels, productIds } = await prepare(ctx, input, current);
  await ctx.db
    .$transaction(async (tx) => {
      await updateVersioned(tx.marketingAction, 'Marketing action', where, version, data);
      if (channels) {
        await tx.actionResponseChannel.deleteMany({ where: { actionId: id } });
        if (channels.length)
          await tx.actionResponseChannel.createMany({ data: channels.map((channel) => ({ actionId: id, channel })) });
      }
      if (productIds) {
        await tx.actionProduct.deleteMany({ where: { actionId: id } });
        if (productIds.length)
          await tx.actionProduct.createMany({ data: productIds.map((productId) => ({ actionId: id, productId })) });
      }
    })
    .catch(codeTaken);
}

/**
 * Deletes an action that has no target yet (its channels and product links go with it). Once contacts were
 * targeted, the action is history: set its status to CANCELLED instead.
 */
export async function deleteAction(ctx: Context, id: number, version: number) {
  const action = await ctx.db.marketingAction.findFirst({
    where: { id, ...actionScope(ctx) },
    select: { version: true, _count: { select: { targets: true } } },
  });
  if (!action) throw new ApiError('NOT_FOUND', 'Marketing action not found.');
  const conflict = () =>
    new ApiError('CONFLICT', 'Marketing action was changed by someone else: reload it and apply your change again.', {
      expectedVersion: version,
    });
  if (action.version !== version) throw conflict();
  if (action._count.targets > 0) throw validationError([fieldProblem(['id'], fieldMessage('ACTION_HAS_TARGETS'))]);
  const { count } = await ctx.db.marketingAction.deleteMany({ where: { id, version } });
  if (count === 0) throw conflict();
}
