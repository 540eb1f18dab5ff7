import type { Context } from '../../kernel/context.js';
import { ApiError } from '../../kernel/errors.js';
import type { ExclusionReason } from '../../generated/sqlite/enums.js';
import { Problems } from '../../kernel/validate.js';
import { actionScope, visibleAction } from '../actions/action.filter.js';
import {
  type ContactWhere,
  contacts,
  contactWhere,
  lockContacts,
  purposeConsent,
} from '../../privacy/access/contact-access.js';
import { systemContext, withPurpose } from '../../privacy/access/system.js';
import { loadPurposes, purposeIn } from '../../privacy/consent/purpose.service.js';
import type { RequestPurpose } from '../../kernel/purpose.js';
import { findSegment, segmentWhere } from '../segments/segment.service.js';
import { channelAddressWhere } from './channel.rules.js';
import { drawControlGroup, pressureExclusions, rulesWhere, type Competitor, type Tx } from './pressure.rules.js';

export type TargetingSource = 'SEGMENT' | 'LIST' | 'TRIGGER' | 'SEQUENCE';

export interface RunTargetingInput {
  actionId: number;
  /** Candidates: the members of this segment (as the caller sees them)... */
  segmentId?: number | null;
  /** ...or these contacts (each must be visible to the caller: NOT_FOUND otherwise). Exactly one of the two. */
  contactIds?: readonly number[] | null;
  /** Share held out as a control group, 0 to 100; default: the action's `controlGroupPercent` (none when null). */
  controlGroupPercent?: number | null;
  /** Seed of the control-group draw; default: a random one (stored on the run either way). */
  randomSeed?: number | null;
  /** Compute and record the report (run + exclusions) but create no target. */
  dryRun?: boolean;
  /** Who asks: reported back, and LIST is the default without a segment. */
  source?: TargetingSource;
  /** The targeting instant (consent day, pressure window, targetedAt); default ctx.now. */
  at?: Date;
  /**
   * Apply the channel (opt-out, address) and pressure (cap, priority) rules. `targetContacts`, where a user names
   * each contact explicitly, turns them off; consent, restriction, brand and already-targeted always apply.
   * @default true
   */
  applyChannelAndPressure?: boolean;
}

export interface TargetingExclusionRow {
  contactId: number;
  reason: ExclusionReason;
  detail: string | null;
}

export interface TargetingResult {
  runId: number;
  source: TargetingSource;
  /** Candidates considered (in the caller's row scope). */
  candidates: number;
  /** Targets created for sending (not in the control group). With dryRun: those that would be. */
  targeted: number;
  /** Targets created in the control group (inControlGroup = true: not sent, kept for uplift). */
  control: number;
  excluded: TargetingExclusionRow[];
  /** contact id → id of the target created (sending list and control group). Empty for a dry run. */
  targetIdsByContact: Map<number, number>;
}

/** Candidates decided per batch of queries (well under SQLite's and PostgreSQL's bind limits). */
const CHUNK = 5_000;

/** Actions in these states take no more targets. */
const closed = new Set(['COMPLETED', 'CANCELLED']);

/** Order in which the rules are checked: a candidate is reported under the first reason that applies. */
export const reasonOrder: ExclusionReason[] = [
  'RESTRICTED',
  'OUT_OF_SCOPE',
  'ALREADY_TARGETED',
  'NO_CONSENT',
  'CHANNEL_OPT_OUT',
  'NO_CHANNEL_ADDRESS',
  'PRESSURE_CAP',
  'LOWER_PRIORITY',
];

/** Transient failures of concurrent transactions worth one more try (PostgreSQL deadlock/serialization, SQLite busy). */
const retryable = (e: unknown) => {
  const x = e as { code?: string; message?: string; cause?: { code?: string } } | null;
  return (
    x?.code === 'P2034' ||
    /SQLITE_BUSY|database is locked|deadlock detected|could not serialize/i.test(String(x?.message ?? ''))
  );
};

/**
 * Targets an action: from a segment or a list of contacts, applies the targeting rules (CAMPAIGNS.md) to every
 * candidate, draws the control group, and writes the run, its exclusions and its targets in one transaction.
 * The candidates are locked first (PostgreSQL: SELECT ... FOR UPDATE in id order; SQLite: the run's INSERT takes
 * the database write lock), so concurrent runs touching the same contacts serialise and never exceed a pressure
 * cap or target a contact twice.
 */
export async function runTargeting(ctx: Context, input: RunTargetingInput): Promise<TargetingResult> {
  const at = input.at ?? ctx.now;
  const action = await ctx.db.marketingAction.findFirst({
    where: { id: input.actionId, ...actionScope(ctx) },
    select: {
      id: true,
      code: true,
      brandId: true,
      status: true,
      medium: true,
      priority: true,
      controlGroupPercent: true,
      requiredPurpose: { select: { code: true } },
    },
  });
  if (!action) throw new ApiError('NOT_FOUND', 'Marketing action not found.');

  const p = new Problems([]);
  const fromSegment = input.segmentId != null;
  const fromList = input.contactIds != null;
  p.check(fromSegment !== fromList, 'segmentId', 'give either a segment or a list of contacts');
  p.check(!fromList || input.contactIds!.length > 0, 'contactIds', 'give at least one contact');
  p.check(
    !closed.has(action.status),
    'actionId',
    `the action is ${action.status.toLowerCase()}: it takes no more targets`,
  );
  const percent = input.controlGroupPercent === undefined ? action.controlGroupPercent : input.controlGroupPercent;
  p.check(
    percent == null || (Number.isInteger(percent) && percent >= 0 && percent <= 100),
    'controlGroupPercent',
    'a whole percentage from 0 to 100',
  );
  p.check(input.randomSeed == null || Number.isSafeInteger(input.randomSeed), 'randomSeed', 'an integer');
  p.throwIfAny();

  const purpose = purposeIn(await loadPurposes(ctx.db), action.requiredPurpose.code);
  let candidateWhere: object;
  if (fromSegment) {
    const segment = await findSegment(ctx, input.segmentId!);
    candidateWhere = await segmentWhere(ctx, segment);
  } else {
    const ids = [...new Set(input.contactIds!)];
    const seen = new Set(await contacts(ctx).ids({ id: { in: ids } }));
    const missing = input.contactIds!.flatMap((id, i) =>
      seen.has(id) ? [] : [{ path: ['contactIds', String(i)], message: 'contact not found' }],
    );
    if (missing.length) throw new ApiError('NOT_FOUND', 'Contact not found.', { fields: missing });
    candidateWhere = contactWhere(ctx, { id: { in: ids } });
  }
  const competitors = input.applyChannelAndPressure === false ? [] : await competingActions(ctx, action, at);
  // The rules read the candidates' addresses for the action's purpose on the targeting day, the consent each
  // eligible candidate has (a candidate without it is excluded first, as NO_CONSENT).
  const decideCtx = withPurpose({ ...ctx, now: at }, purpose);
  const seed = input.randomSeed ?? Math.floor(Math.random() * 2 ** 31);
  const source = input.source ?? (fromSegment ? 'SEGMENT' : 'LIST');
  const createdById = ctx.principal?.kind === 'staff' ? ctx.principal.userId : null;

  const attempt = () =>
    ctx.db.$transaction(
      async (tx) => {
        // First statement is a write: on SQLite it takes the write lock, so the reads below see a stable database.
        const run = await tx.targetingRun.create({
          data: {
            actionId: action.id,
            segmentId: input.segmentId ?? null,
            dryRun: !!input.dryRun,
            controlGroupPercent: percent ?? null,
            randomSeed: seed,
            runAt: at,
            createdById,
          },
          select: { id: true },
        });
        const candidates = await contacts(ctx, tx).findMany({
          where: candidateWhere,
          select: { id: true, brandId: true, deletedAt: true, mergedIntoId: true, erasedAt: true },
          orderBy: { id: 'asc' },
        });
        const ids = candidates.map((c) => c.id);
        // Row locks in id order (no deadlock between runs): a concurrent run on the same contacts waits here until
        // this one commits, then reads its targets (READ COMMITTED reads each statement's latest commits).
        await lockContacts(tx, ctx.provider, ids);
        // The rules are per contact: decided chunk by chunk on the locked ids (an id list is far cheaper for the
        // database than re-evaluating the segment's where in every query, and stays under the bind limits).
        const reasons = new Map<number, { reason: ExclusionReason; detail: string | null }>();
        for (let i = 0; i < candidates.length; i += CHUNK) {
          const chunk = candidates.slice(i, i + CHUNK);
          const decided = await decide(
            decideCtx,
            tx,
            action,
            at,
            purpose,
            chunk,
            input.applyChannelAndPressure === false ? null : competitors,
          );
          for (const [id, r] of decided) reasons.set(id, r);
        }
        const eligible = ids.filter((id) => !reasons.has(id));
        const held = drawControlGroup(eligible, percent ?? 0, seed);
        const excluded = ids.flatMap((id) => {
          const r = reasons.get(id);
          return r ? [{ contactId: id, reason: r.reason, detail: r.detail }] : [];
        });
        if (excluded.length)
          await tx.targetingExclusion.createMany({ data: excluded.map((e) => ({ runId: run.id, ...e })) });
        const targetIdsByContact = new Map<number, number>();
        if (!input.dryRun && eligible.length) {
          await tx.actionTarget.createMany({
            data: eligible.map((contactId) => ({
              actionId: action.id,
              contactId,
              targetedAt: at,
              inControlGroup: held.has(contactId),
              targetingRunId: run.id,
            })),
          });
          const rows = await tx.actionTarget.findMany({
            where: { targetingRunId: run.id },
            select: { id: true, contactId: true },
          });
          for (const r of rows) targetIdsByContact.set(r.contactId, r.id);
        }
        const counts = {
          candidateCount: ids.length,
          targetedCount: eligible.length - held.size,
          controlCount: held.size,
          excludedCount: excluded.length,
        };
        await tx.targetingRun.update({ where: { id: run.id }, data: counts });
        return {
          runId: run.id,
          source,
          candidates: ids.length,
          targeted: counts.targetedCount,
          control: counts.controlCount,
          excluded,
          targetIdsByContact,
        };
      },
      { maxWait: 60_000, timeout: 120_000 },
    );

  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (e) {
      if (tries >= 5 || !retryable(e)) throw e;
      await new Promise((r) => setTimeout(r, 20 * tries));
    }
  }
}

type Candidate = {
  id: number;
  brandId: number;
  deletedAt: Date | null;
  mergedIntoId: number | null;
  erasedAt: Date | null;
};
type ActionRow = {
  id: number;
  brandId: number | null;
  medium: import('../../generated/sqlite/enums.js').ActionMedium;
  priority: number;
};

/** The first reason (in `reasonOrder`) each excluded candidate is not targeted for; SQL for everything but the row flags. */
async function decide(
  ctx: Context,
  tx: Tx,
  action: ActionRow,
  at: Date,
  purpose: RequestPurpose | null,
  candidates: readonly Candidate[],
  /** null: channel and pressure rules off. */
  competitors: readonly Competitor[] | null,
) {
  const channelAndPressure = competitors !== null;
  const ids = { in: candidates.map((c) => c.id) };
  // The candidates are already in the caller's rows; the layer confines these reads to them all the same.
  const within = (extra: ContactWhere) =>
    contacts(ctx, tx)
      .ids({ AND: [{ id: ids }, extra] })
      .then((list) => list.map((id) => ({ id })));
  const address = channelAddressWhere(action.medium);
  const [already, consenting, optedOut, unreachable, rules] = await sequential([
    () => tx.actionTarget.findMany({ where: { actionId: action.id, contactId: ids }, select: { contactId: true } }),
    () => within(purposeConsent(purpose, at)),
    () =>
      channelAndPressure
        ? tx.contactChannelPreference.findMany({
            where: { medium: action.medium, optedOut: true, contactId: ids },
            select: { contactId: true },
          })
        : Promise.resolve([]),
    () => (address && channelAndPressure ? within({ NOT: address }) : Promise.resolve([])),
    () =>
      channelAndPressure
        ? tx.pressureRule.findMany({
            where: rulesWhere(action),
            select: { id: true, brandId: true, medium: true, maxSolicitations: true, periodDays: true },
            orderBy: { id: 'asc' },
          })
        : Promise.resolve([]),
  ] as const);
  const pressure = await pressureExclusions(tx, action, at, ids.in, rules, competitors ?? []);
  const sets = {
    already: new Set(already.map((t) => t.contactId)),
    consenting: new Set(consenting.map((c) => c.id)),
    optedOut: new Set(optedOut.map((c) => c.contactId)),
    unreachable: new Set(unreachable.map((c) => c.id)),
  };
  const reasons = new Map<number, { reason: ExclusionReason; detail: string | null }>();
  for (const c of candidates) {
    const why = (reason: ExclusionReason, detail: string | null = null) => reasons.set(c.id, { reason, detail });
    if (c.deletedAt || c.mergedIntoId || c.erasedAt)
      why('RESTRICTED', c.erasedAt ? 'erased' : c.mergedIntoId ? 'merged' : 'deleted');
    else if (action.brandId !== null && c.brandId !== action.brandId) why('OUT_OF_SCOPE', "not of the action's brand");
    else if (sets.already.has(c.id)) why('ALREADY_TARGETED');
    else if (!sets.consenting.has(c.id)) why('NO_CONSENT', purpose?.code ?? null);
    else if (sets.optedOut.has(c.id)) why('CHANNEL_OPT_OUT', action.medium);
    else if (sets.unreachable.has(c.id)) why('NO_CHANNEL_ADDRESS', action.medium);
    else if (pressure.has(c.id)) reasons.set(c.id, pressure.get(c.id)!);
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
async function competingActions(ctx: Context, action: ActionRow, at: Date): Promise<Competitor[]> {
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
      const code = visibleAction(ctx, h) ? h.code : 'an action of another brand';
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
