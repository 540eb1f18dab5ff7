import type { Context } from '../../kernel/context.js';
import { ApiError } from '../../kernel/errors.js';
import type { TriggerKind } from '../../generated/sqlite/enums.js';
import { type DecodedGlobalId, idFor } from '../../kernel/graphql/global-id.js';
import { isBlank, Problems } from '../../kernel/validate.js';
import { deleteVersioned, updateVersioned } from '../../kernel/versioned-update.js';
import { brandScope } from '../../privacy/access/row-rules.js';
import { actionScope } from '../actions/action.filter.js';
import { checkParams, storedParams, type TriggerParams } from './trigger.params.js';
import { fieldMessage } from '../../kernel/field-messages.js';

/** What the TriggerInput / TriggerPatch GraphQL inputs decode to. */
export interface TriggerWrite {
  name?: string | null;
  kind?: TriggerKind | null;
  params?: TriggerParams | null;
  action?: DecodedGlobalId | null;
  brand?: DecodedGlobalId | null;
  active?: boolean | null;
}

/** Triggers a user may read: those of actions they may see, of their brands or of no brand. */
export function triggerScope(ctx: Context) {
  const brands = brandScope(ctx).brandId;
  return { action: actionScope(ctx), ...(brands ? { OR: [{ brandId: null }, { brandId: brands }] } : {}) };
}

/**
 * Triggers a user may change or run: those of their brands. A trigger of no brand matches contacts of every brand,
 * so only a user without brand restriction (an admin) may write one.
 */
export function triggerWriteScope(ctx: Context) {
  return { action: actionScope(ctx), ...brandScope(ctx) };
}

const closed = new Set(['COMPLETED', 'CANCELLED']);

interface Current {
  id: number;
  kind: TriggerKind;
  params: unknown;
  actionId: number;
  brandId: number | null;
}

/**
 * Checks a trigger write, every problem at once: a name, a kind, params valid for the kind, an action the user
 * may see that still takes targets, and a brand: the action's when it has one, else one of the user's brands
 * (none only for an admin).
 */
async function prepare(ctx: Context, input: TriggerWrite, current?: Current) {
  const p = new Problems();
  for (const f of ['name', 'kind', 'params', 'action', 'active'] as const)
    if (input[f] === null) p.add(f, fieldMessage('REQUIRED'));
  if (input.name != null)
    p.check(
      !isBlank(input.name) && input.name.trim().length <= 200,
      'name',
      fieldMessage('NAME_LENGTH', { min: 1, max: 200 }),
    );
  const kind = input.kind ?? current?.kind;
  const actionId = input.action ? idFor('MarketingAction', input.action, ['input', 'action']) : current?.actionId;
  const brandGiven = input.brand ? idFor('Brand', input.brand, ['input', 'brand']) : input.brand;
  const action = actionId
    ? await ctx.db.marketingAction.findFirst({
        where: { id: actionId, ...actionScope(ctx) },
        select: { id: true, brandId: true, status: true },
      })
    : null;
  if (input.action) {
    if (!action) p.add('action', fieldMessage('UNKNOWN_ACTION'));
    else
      p.check(!closed.has(action.status), 'action', fieldMessage('ACTION_TAKES_NO_TARGETS', { status: action.status }));
  }
  let params: TriggerParams | undefined;
  if (kind && (input.params !== undefined || input.kind != null)) {
    params = await checkParams(
      ctx.db,
      p,
      kind,
      input.params === undefined ? storedParams(current?.params) : input.params,
    );
  }
  const brandId =
    brandGiven !== undefined ? brandGiven : action && input.action ? action.brandId : (current?.brandId ?? null);
  if (action && action.brandId !== null && brandId !== action.brandId)
    p.add('brand', fieldMessage('TRIGGER_BRAND_OF_ACTION'));
  const allowed = brandScope(ctx).brandId?.in;
  if (allowed)
    p.check(brandId != null && allowed.includes(brandId), 'brand', fieldMessage('TRIGGER_NO_BRAND_ADMIN_ONLY'));
  else if (brandId != null)
    p.check((await ctx.db.brand.count({ where: { id: brandId } })) === 1, 'brand', fieldMessage('UNKNOWN_BRAND'));
  p.throwIfAny();

  const data: Record<string, unknown> = {};
  if (input.name != null) data.name = input.name.trim();
  if (input.kind != null) data.kind = input.kind;
  if (params) data.params = params;
  if (input.action) data.actionId = actionId;
  if (input.active != null) data.active = input.active;
  if (brandId !== (current?.brandId ?? undefined)) data.brandId = brandId;
  return data;
}

export async function createTrigger(ctx: Context, input: TriggerWrite) {
  const p = new Problems();
  for (const f of ['name', 'kind', 'action'] as const) if (input[f] == null) p.add(f, fieldMessage('REQUIRED'));
  p.throwIfAny();
  const data = await prepare(ctx, { ...input, params: input.params ?? {} });
  return ctx.db.trigger.create({
    data: data as { name: string; kind: TriggerKind; params: object; actionId: number; brandId: number | null },
    select: { id: true },
  });
}

export async function updateTrigger(ctx: Context, id: number, version: number, input: TriggerWrite) {
  const where = { id, ...triggerWriteScope(ctx) };
  const current = await ctx.db.trigger.findFirst({
    where,
    select: { id: true, kind: true, params: true, actionId: true, brandId: true },
  });
  if (!current) throw new ApiError('NOT_FOUND', 'Trigger not found.');
  const data = await prepare(ctx, input, current);
  await updateVersioned(ctx.db.trigger, 'Trigger', where, version, data);
}

/** Deletes a trigger and its firings; the targets it created stay (they are the action's history). */
export async function deleteTrigger(ctx: Context, id: number, version: number) {
  await deleteVersioned(ctx.db.trigger, 'Trigger', { id, ...triggerWriteScope(ctx) }, version);
}
