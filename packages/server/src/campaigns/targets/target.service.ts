import type { Context } from '../../kernel/context.js';
import { reattributeContactSales } from '../attribution/attribution.service.js';
import { ApiError, fieldProblem, validationError, type FieldProblem } from '../../kernel/errors.js';
import type { ResponseChannel } from '../../generated/sqlite/enums.js';
import { Problems } from '../../kernel/validate.js';
import { updateVersioned } from '../../kernel/versioned-update.js';
import { contactRelation, contacts, purposeConsent } from '../../privacy/access/contact-access.js';
import { actionScope } from '../actions/action.filter.js';
import { runTargeting } from '../targeting/targeting.service.js';
import { resolvePurpose } from '../../privacy/consent/purpose.service.js';
import { targetScope } from './target.filter.js';
import { emitResponseRecorded } from '../../privacy/access/contact-events.js';
import { fieldMessage } from '../../kernel/field-messages.js';

export interface TargetContactsResult {
  /** Ids of the targets created by this call. */
  created: number[];
  /** Ids of the targets that already existed for contacts of the list (left as they were). */
  alreadyTargeted: number[];
  /** The targeting run that wrote the targets and recorded the exclusions; null when every contact was targeted already. */
  runId: number | null;
}

/** Actions in these states no longer take targets. */
const closed = new Set(['COMPLETED', 'CANCELLED']);

/**
 * Targets a list of contacts with an action, all or nothing (one transaction):
 * - the action and every contact must be visible to the caller (NOT_FOUND otherwise, nothing written);
 * - a deleted or merged contact, a contact of another brand than the action's, or an action that is completed or
 *   cancelled is VALIDATION, with the path of each bad contact;
 * - every contact must have consented to the action's required purpose at the targeting date (CONSENT_REQUIRED,
 *   with the path of each contact that has not);
 * - contacts already targeted by the action are reported in `alreadyTargeted`, never duplicated;
 * - the channel and pressure rules of `targetAction` apply as well: a contact who opted out of the action's channel,
 *   has no address on it, or has reached a pressure cap or a higher-priority action is not targeted, and is
 *   reported with the reason on the run (`excluded`), as a segment's member would be. A list is a way to choose
 *   candidates, not a way around the rules that protect them;
 * - when the action has a control group, that share of the new targets (rounded) is drawn at random (seeded, recorded
 *   on the targeting run) and flagged.
 * The targets are written by the targeting engine (campaigns/targeting/targeting.service.ts), as one run.
 */
export async function targetContacts(
  ctx: Context,
  actionId: number,
  contactIds: number[],
  targetedAt?: Date | null,
): Promise<TargetContactsResult> {
  const at = targetedAt ?? ctx.now;
  const action = await ctx.db.marketingAction.findFirst({
    where: { id: actionId, ...actionScope(ctx) },
    select: {
      id: true,
      brandId: true,
      status: true,
      controlGroupPercent: true,
      requiredPurpose: { select: { code: true } },
    },
  });
  if (!action) throw new ApiError('NOT_FOUND', 'Marketing action not found.');
  const p = new Problems([]);
  p.check(!closed.has(action.status), 'actionId', fieldMessage('ACTION_TAKES_NO_TARGETS', { status: action.status }));
  p.check(contactIds.length > 0, 'contactIds', fieldMessage('CONTACT_REQUIRED'));

  const unique = [...new Set(contactIds)];
  const [visible, consenting, existing] = await Promise.all([
    contacts(ctx).findMany({
      where: { id: { in: unique } },
      select: { id: true, brandId: true, deletedAt: true, mergedIntoId: true },
    }),
    resolvePurpose(ctx.db, null, action.requiredPurpose.code).then((purpose) =>
      contacts(ctx)
        .ids({ id: { in: unique }, AND: [purposeConsent(purpose, at)] })
        .then((ids) => ids.map((id) => ({ id }))),
    ),
    ctx.db.actionTarget.findMany({
      where: { actionId, contactId: { in: unique } },
      select: { id: true, contactId: true },
    }),
  ]);
  const byId = new Map(visible.map((c) => [c.id, c]));
  const missing = contactIds.flatMap((id, i) =>
    byId.has(id) ? [] : [fieldProblem(['contactIds', String(i)], fieldMessage('CONTACT_NOT_FOUND'))],
  );
  if (missing.length) throw new ApiError('NOT_FOUND', 'Contact not found.', { fields: missing });

  checkListed(p, contactIds, byId, new Set(consenting.map((c) => c.id)), action);

  const already = new Set(existing.map((t) => t.contactId));
  const fresh = unique.filter((id) => !already.has(id));
  if (!fresh.length)
    return { created: [], alreadyTargeted: existing.map((t) => t.id).sort((a, b) => a - b), runId: null };
  // The targeting engine writes the run, its exclusions, the targets and the control group in one locked transaction,
  // with every rule targetAction applies.
  const run = await runTargeting(ctx, { actionId, contactIds: fresh, at, source: 'LIST' });
  // A concurrent call may have targeted some of them meanwhile: those are reported as already targeted.
  const raced = run.excluded.filter((e) => e.reason === 'ALREADY_TARGETED').map((e) => e.contactId);
  const racedIds = raced.length
    ? await ctx.db.actionTarget.findMany({ where: { actionId, contactId: { in: raced } }, select: { id: true } })
    : [];
  return {
    created: [...run.targetIdsByContact.values()].sort((a, b) => a - b),
    alreadyTargeted: [...existing, ...racedIds].map((t) => t.id).sort((a, b) => a - b),
    runId: run.runId,
  };
}

type ListedContact = { id: number; brandId: number; deletedAt: Date | null; mergedIntoId: number | null };

/**
 * The checks on each listed contact, reported with its index: VALIDATION first (with the problems `p` already
 * holds), then CONSENT_REQUIRED for those whose consent does not cover the action's purpose.
 */
function checkListed(
  p: Problems,
  contactIds: number[],
  byId: Map<number, ListedContact>,
  allowed: Set<number>,
  action: { brandId: number | null; requiredPurpose: { code: string } },
) {
  const noConsent: FieldProblem[] = [];
  // Each problem carries the exclusion reason as its code, for the admin to say it in the reader's language.
  contactIds.forEach((id, i) => {
    const c = byId.get(id)!;
    if (c.deletedAt !== null || c.mergedIntoId !== null) p.add(`contactIds.${i}`, fieldMessage('RESTRICTED'));
    if (action.brandId !== null && c.brandId !== action.brandId) p.add(`contactIds.${i}`, fieldMessage('OUT_OF_SCOPE'));
    if (!allowed.has(id))
      noConsent.push(
        fieldProblem(['contactIds', String(i)], fieldMessage('NO_CONSENT', { purpose: action.requiredPurpose.code })),
      );
  });
  p.throwIfAny();
  if (noConsent.length) {
    throw new ApiError('CONSENT_REQUIRED', `Some contacts have not consented to ${action.requiredPurpose.code}.`, {
      fields: noConsent,
    });
  }
}

/**
 * Records a target's response (*remontée*): the channel must be one the action offers, and the response cannot
 * come before the targeting. `version` must be current (CONFLICT otherwise).
 */
export async function recordResponse(
  ctx: Context,
  id: number,
  channel: ResponseChannel,
  respondedAt: Date,
  version: number,
) {
  const where = { id, ...targetScope(ctx) };
  const target = await ctx.db.actionTarget.findFirst({
    where,
    select: {
      targetedAt: true,
      contactId: true,
      actionId: true,
      action: { select: { responseChannels: { select: { channel: true } } } },
    },
  });
  if (!target) throw new ApiError('NOT_FOUND', 'Target not found.');
  const offered = target.action.responseChannels.map((c) => c.channel);
  const p = new Problems([]);
  p.check(
    offered.includes(channel),
    'channel',
    fieldMessage('CHANNEL_NOT_OFFERED', { offered: offered.join(', ') || 'none' }),
  );
  p.check(respondedAt >= target.targetedAt, 'respondedAt', fieldMessage('RESPONSE_BEFORE_TARGETING'));
  p.throwIfAny();
  await ctx.db.$transaction(async (tx) => {
    await updateVersioned(tx.actionTarget, 'Target', where, version, { respondedAt, responseChannel: channel });
    await emitResponseRecorded(tx, { id, ...target, channel, respondedAt, now: ctx.now });
    // A response can move the attribution of the contact's sales already stored (TRIGGERS.md).
    await reattributeContactSales(tx, ctx.provider, target.contactId);
  });
}

/** Clears a response recorded by mistake. A converted target keeps its response: unlink the sale first. */
export async function clearResponse(ctx: Context, id: number, version: number) {
  const where = { id, ...targetScope(ctx) };
  const target = await ctx.db.actionTarget.findFirst({ where, select: { conversionSaleId: true, contactId: true } });
  if (!target) throw new ApiError('NOT_FOUND', 'Target not found.');
  if (target.conversionSaleId !== null) throw validationError([fieldProblem(['id'], fieldMessage('TARGET_CONVERTED'))]);
  await ctx.db.$transaction(async (tx) => {
    await updateVersioned(tx.actionTarget, 'Target', where, version, { respondedAt: null, responseChannel: null });
    await reattributeContactSales(tx, ctx.provider, target.contactId);
  });
}

/** Removes a contact from an action's targets, unless the target was converted (a sale points at it). */
export async function deleteTarget(ctx: Context, id: number, version: number) {
  const target = await ctx.db.actionTarget.findFirst({
    where: { id, ...targetScope(ctx) },
    select: { version: true, conversionSaleId: true, contactId: true },
  });
  if (!target) throw new ApiError('NOT_FOUND', 'Target not found.');
  const conflict = () =>
    new ApiError('CONFLICT', 'Target was changed by someone else: reload it and apply your change again.', {
      expectedVersion: version,
    });
  if (target.version !== version) throw conflict();
  if (target.conversionSaleId !== null) throw validationError([fieldProblem(['id'], fieldMessage('TARGET_CONVERTED'))]);
  await ctx.db.$transaction(async (tx) => {
    const { count } = await tx.actionTarget.deleteMany({ where: { id, version, conversionSaleId: null } });
    if (count === 0) throw conflict();
    await reattributeContactSales(tx, ctx.provider, target.contactId);
  });
}

export interface ResponseReceipt {
  actionCode: string;
  contactId: number;
  channel: ResponseChannel;
  respondedAt: Date;
  /** True when this response was already recorded (a retry): nothing changed. */
  alreadyRecorded: boolean;
}

/**
 * Records a response brought back with the action's code, which every medium of the action carries: what a
 * partner collecting coupons or a call centre knows. Staff and partners alike: the contact must be visible to the
 * caller (for a partner: its brands and consent to partner sharing) and the action one of the caller's brands or
 * brand-less. Retrying the same response is harmless; a different one for an answered target is CONFLICT.
 */
export async function recordResponseByCode(
  ctx: Context,
  actionCode: string,
  contactId: number,
  channel: ResponseChannel,
  respondedAt: Date,
): Promise<ResponseReceipt> {
  const p = ctx.principal;
  const actionWhere =
    p?.kind === 'partner'
      ? { code: actionCode, OR: [{ brandId: null }, { brandId: { in: p.brandIds } }] }
      : { code: actionCode, ...actionScope(ctx) };
  const target = await ctx.db.actionTarget.findFirst({
    where: { contactId, action: actionWhere, contact: { is: contactRelation(ctx) } },
    select: {
      id: true,
      version: true,
      contactId: true,
      actionId: true,
      targetedAt: true,
      respondedAt: true,
      responseChannel: true,
      inControlGroup: true,
      action: { select: { responseChannels: { select: { channel: true } } } },
    },
  });
  if (!target) throw new ApiError('NOT_FOUND', 'No target of this action for this contact.');
  const receipt = { actionCode, contactId, channel, respondedAt };
  if (target.respondedAt) {
    if (target.responseChannel === channel && target.respondedAt.getTime() === respondedAt.getTime())
      return { ...receipt, alreadyRecorded: true };
    throw new ApiError(
      'CONFLICT',
      `This target already responded on ${target.responseChannel} at ${target.respondedAt.toISOString()}.`,
    );
  }
  const offered = target.action.responseChannels.map((c) => c.channel);
  const problems = new Problems([]);
  problems.check(
    offered.includes(channel),
    'channel',
    fieldMessage('CHANNEL_NOT_OFFERED', { offered: offered.join(', ') || 'none' }),
  );
  problems.check(respondedAt >= target.targetedAt, 'respondedAt', fieldMessage('RESPONSE_BEFORE_TARGETING'));
  problems.check(respondedAt <= ctx.now, 'respondedAt', fieldMessage('RESPONSE_IN_FUTURE'));
  problems.throwIfAny();
  await ctx.db.$transaction(async (tx) => {
    await updateVersioned(tx.actionTarget, 'Target', { id: target.id }, target.version, {
      respondedAt,
      responseChannel: channel,
    });
    await emitResponseRecorded(tx, { ...target, actionCode, channel, respondedAt, now: ctx.now });
    await reattributeContactSales(tx, ctx.provider, target.contactId);
  });
  return { ...receipt, alreadyRecorded: false };
}
