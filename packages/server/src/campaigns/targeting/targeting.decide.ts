/**
 * The targeting rules applied to a chunk of candidates (`decide`), and the higher-priority actions that may win a
 * contact over the one being targeted (`competingActions`). `runTargeting` (targeting.service.ts) calls both.
 */
import type { Context } from '../../kernel/context.js';
import type { ActionMedium, ExclusionReason } from '../../generated/sqlite/enums.js';
import { visibleAction } from '../actions/action.filter.js';
import { type ContactWhere, contacts, purposeConsent } from '../../privacy/access/contact-access.js';
import { systemContext } from '../../privacy/access/system.js';
import { loadPurposes, purposeIn } from '../../privacy/consent/purpose.service.js';
import type { RequestPurpose } from '../../kernel/purpose.js';
import {
  exclusionDetailTemplates as detail,
  formatMessage,
  hiddenActionName,
  type MessageTemplate,
} from '../../kernel/message-codes.js';
import { segmentWhere } from '../segments/segment.service.js';
import { channelAddressWhere } from './channel.rules.js';
import { pressureExclusions, rulesWhere, type Competitor, type Tx } from './pressure.rules.js';

export type Candidate = {
  id: number;
  brandId: number;
  deletedAt: Date | null;
  mergedIntoId: number | null;
  erasedAt: Date | null;
};
export type ActionRow = {
  id: number;
  brandId: number | null;
  medium: ActionMedium;
  priority: number;
};

type Reason = { reason: ExclusionReason; detail: string | null };

/** The first reason (in `reasonOrder`) each excluded candidate is not targeted for; SQL for everything but the row flags. */
export async function decide(
  ctx: Context,
  tx: Tx,
  action: ActionRow,
  at: Date,
  purpose: RequestPurpose | null,
  candidates: readonly Candidate[],
  competitors: readonly Competitor[],
) {
  const ids = { in: candidates.map((c) => c.id) };
  const already = await tx.actionTarget.findMany({
    where: { actionId: action.id, contactId: ids },
    select: { contactId: true },
  });
  const rules = await contactRules(ctx, tx, action, at, purpose, candidates);
  const pressureRules = await tx.pressureRule.findMany({
    where: rulesWhere(action),
    select: { id: true, brandId: true, medium: true, maxSolicitations: true, periodDays: true },
    orderBy: { id: 'asc' },
  });
  const pressure = await pressureExclusions(tx, action, at, ids.in, pressureRules, competitors);
  const targeted = new Set(already.map((t) => t.contactId));
  const reasons = new Map<number, Reason>();
  for (const c of candidates) {
    const rule = rules.get(c.id);
    // RESTRICTED and OUT_OF_SCOPE come before ALREADY_TARGETED, the other rules after it (reasonOrder).
    if (rule && (rule.reason === 'RESTRICTED' || rule.reason === 'OUT_OF_SCOPE')) reasons.set(c.id, rule);
    else if (targeted.has(c.id)) reasons.set(c.id, { reason: 'ALREADY_TARGETED', detail: null });
    else if (rule) reasons.set(c.id, rule);
    else if (pressure.has(c.id)) reasons.set(c.id, pressure.get(c.id)!);
  }
  return reasons;
}

/**
 * The rules about the contact alone, whatever else it was sent: restriction (deleted, merged, erased), the action's
 * brand, consent to the purpose at `at`, the channel opt-out and the channel address. Targeting applies them with
 * the pressure rules (`decide`); the send job (messaging/sending) applies them again at send time, so a contact who
 * withdrew consent or opted out after being targeted gets nothing.
 */
export async function contactRules(
  ctx: Context,
  tx: Tx,
  action: Pick<ActionRow, 'brandId' | 'medium'>,
  at: Date,
  purpose: RequestPurpose | null,
  candidates: readonly Candidate[],
): Promise<Map<number, Reason>> {
  const ids = { in: candidates.map((c) => c.id) };
  // The candidates are already in the caller's rows; the layer confines these reads to them all the same.
  const within = (extra: ContactWhere) =>
    contacts(ctx, tx)
      .ids({ AND: [{ id: ids }, extra] })
      .then((list) => list.map((id) => ({ id })));
  const address = channelAddressWhere(action.medium);
  const [consenting, optedOut, unreachable] = await sequential([
    () => within(purposeConsent(purpose, at)),
    () =>
      tx.contactChannelPreference.findMany({
        where: { medium: action.medium, optedOut: true, contactId: ids },
        select: { contactId: true },
      }),
    () => (address ? within({ NOT: address }) : Promise.resolve([])),
  ] as const);
  const sets = {
    consenting: new Set(consenting.map((c) => c.id)),
    optedOut: new Set(optedOut.map((c) => c.contactId)),
    unreachable: new Set(unreachable.map((c) => c.id)),
  };
  const reasons = new Map<number, Reason>();
  for (const c of candidates) {
    // The detail is the reason's template with its parameters (kernel/message-codes.ts): the admin translates it.
    const why = (reason: ExclusionReason, template: MessageTemplate | null, params: Record<string, string>) =>
      reasons.set(c.id, { reason, detail: template ? formatMessage(template, params) : null });
    const medium = { medium: action.medium };
    if (c.deletedAt || c.mergedIntoId || c.erasedAt)
      why('RESTRICTED', detail.RESTRICTED, { state: c.erasedAt ? 'erased' : c.mergedIntoId ? 'merged' : 'deleted' });
    else if (action.brandId !== null && c.brandId !== action.brandId) why('OUT_OF_SCOPE', detail.OUT_OF_SCOPE, {});
    else if (!sets.consenting.has(c.id))
      why('NO_CONSENT', purpose ? detail.NO_CONSENT : null, { purpose: purpose?.code ?? '' });
    else if (sets.optedOut.has(c.id)) why('CHANNEL_OPT_OUT', detail.CHANNEL_OPT_OUT, medium);
    else if (sets.unreachable.has(c.id)) why('NO_CHANNEL_ADDRESS', detail.NO_CHANNEL_ADDRESS, medium);
  }
  return reasons;
}

/** Runs queries one after the other (a transaction has one connection; parallel calls would only queue). */
async function sequential<T extends readonly (() => Promise<unknown>)[]>(
  fns: T,
): Promise<{ [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const out: unknown[] = [];
  for (const f of fns) out.push(await f());
  return out as { [K in keyof T]: Awaited<ReturnType<T[K]>> };
}

/**
 * Actions that may win a contact over this one: higher priority, planned or running, with a segment, whose dates
 * come within the longest pressure period of the targeting instant. Their segments are evaluated with the system
 * scope (a reservation is not a disclosure: only the winner's code is reported, for a contact the caller sees, and
 * only when the caller may see that action).
 */
export async function competingActions(ctx: Context, action: ActionRow, at: Date): Promise<Competitor[]> {
  const longest = await ctx.db.pressureRule.aggregate({ where: rulesWhere(action), _max: { periodDays: true } });
  const days = longest._max.periodDays;
  if (!days) return [];
  const span = days * 86_400_000;
  const rows = await ctx.db.marketingAction.findMany({
    where: {
      id: { not: action.id },
      priority: { gt: action.priority },
      status: { in: ['PLANNED', 'RUNNING'] },
      segmentId: { not: null },
      startDate: { lt: new Date(at.getTime() + span) },
      endDate: { gt: new Date(at.getTime() - span) },
    },
    select: {
      id: true,
      code: true,
      brandId: true,
      medium: true,
      priority: true,
      startDate: true,
      endDate: true,
      requiredPurpose: { select: { code: true } },
      segment: { select: { id: true, kind: true, criteria: true } },
    },
  });
  const purposes = await loadPurposes(ctx.db);
  return Promise.all(
    rows.map(async (h) => {
      const sys = systemContext(ctx.db, ctx.provider, 'targeting:priority', {
        now: ctx.now,
        purpose: purposeIn(purposes, h.requiredPurpose.code),
      });
      const memberWhere: ContactWhere = await segmentWhere(sys, h.segment!).catch(() => ({ id: -1 }));
      // The report names the winner; an action the caller may not see stays anonymous.
      const code = visibleAction(ctx, h) ? h.code : hiddenActionName;
      return {
        id: h.id,
        code,
        brandId: h.brandId,
        medium: h.medium,
        priority: h.priority,
        startDate: h.startDate,
        endDate: h.endDate,
        memberWhere,
        memberCtx: sys,
      };
    }),
  );
}
