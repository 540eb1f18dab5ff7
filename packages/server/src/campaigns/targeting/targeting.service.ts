import type { Context } from '../../kernel/context.js';
import { ApiError, fieldProblem } from '../../kernel/errors.js';
import type { ExclusionReason } from '../../generated/sqlite/enums.js';
import { Problems } from '../../kernel/validate.js';
import { actionScope } from '../actions/action.filter.js';
import { contacts, contactWhere, lockContacts } from '../../privacy/access/contact-access.js';
import { withPurpose } from '../../privacy/access/system.js';
import { loadPurposes, purposeIn } from '../../privacy/consent/purpose.service.js';
import type { RequestPurpose } from '../../kernel/purpose.js';
import { findSegment, segmentWhere } from '../segments/segment.service.js';
import { drawControlGroup, type Competitor, type Tx } from './pressure.rules.js';
import { type ActionRow, type Candidate, competingActions, decide } from './targeting.decide.js';
import { fieldMessage } from '../../kernel/field-messages.js';

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
  const percent = checkInput(input, action);
  const fromSegment = input.segmentId != null;
  const purpose = purposeIn(await loadPurposes(ctx.db), action.requiredPurpose.code);
  const candidateWhere = await candidatesWhere(ctx, input);
  // Every path applies every rule (segment, list, trigger, sequence): there is no way to target around them.
  const competitors = await competingActions(ctx, action, at);
  const run: RunPlan = {
    ctx,
    input,
    action,
    at,
    purpose,
    percent,
    candidateWhere,
    // The rules read the candidates' addresses for the action's purpose on the targeting day, the consent each
    // eligible candidate has (a candidate without it is excluded first, as NO_CONSENT).
    decideCtx: withPurpose({ ...ctx, now: at }, purpose),
    competitors,
    seed: input.randomSeed ?? Math.floor(Math.random() * 2 ** 31),
    source: input.source ?? (fromSegment ? 'SEGMENT' : 'LIST'),
    createdById: ctx.principal?.kind === 'staff' ? ctx.principal.userId : null,
  };
  for (let tries = 1; ; tries++) {
    try {
      return await ctx.db.$transaction((tx) => writeRun(tx, run), { maxWait: 60_000, timeout: 120_000 });
    } catch (e) {
      if (tries >= 5 || !retryable(e)) throw e;
      await new Promise((r) => setTimeout(r, 20 * tries));
    }
  }
}

/** Checks the input against the action; returns the control-group percentage (the input's, or the action's). */
function checkInput(input: RunTargetingInput, action: { status: string; controlGroupPercent: number | null }) {
  const p = new Problems([]);
  const fromSegment = input.segmentId != null;
  const fromList = input.contactIds != null;
  p.check(fromSegment !== fromList, 'segmentId', fieldMessage('SEGMENT_OR_CONTACTS'));
  p.check(!fromList || input.contactIds!.length > 0, 'contactIds', fieldMessage('CONTACT_REQUIRED'));
  p.check(!closed.has(action.status), 'actionId', fieldMessage('ACTION_TAKES_NO_TARGETS', { status: action.status }));
  const percent = input.controlGroupPercent === undefined ? action.controlGroupPercent : input.controlGroupPercent;
  p.check(
    percent == null || (Number.isInteger(percent) && percent >= 0 && percent <= 100),
    'controlGroupPercent',
    fieldMessage('WHOLE_PERCENT', { min: 0, max: 100 }),
  );
  p.check(input.randomSeed == null || Number.isSafeInteger(input.randomSeed), 'randomSeed', fieldMessage('INTEGER'));
  p.throwIfAny();
  return percent;
}

/** The candidates' where: the segment's members, or the listed contacts (NOT_FOUND for any the caller cannot see). */
async function candidatesWhere(ctx: Context, input: RunTargetingInput): Promise<object> {
  if (input.segmentId != null) return segmentWhere(ctx, await findSegment(ctx, input.segmentId));
  const ids = [...new Set(input.contactIds!)];
  const seen = new Set(await contacts(ctx).ids({ id: { in: ids } }));
  const missing = input.contactIds!.flatMap((id, i) =>
    seen.has(id) ? [] : [fieldProblem(['contactIds', String(i)], fieldMessage('CONTACT_NOT_FOUND'))],
  );
  if (missing.length) throw new ApiError('NOT_FOUND', 'Contact not found.', { fields: missing });
  return contactWhere(ctx, { id: { in: ids } });
}

/** Everything a run decided before its transaction: each try of the transaction starts again from it. */
interface RunPlan {
  ctx: Context;
  input: RunTargetingInput;
  action: ActionRow;
  at: Date;
  purpose: RequestPurpose | null;
  percent: number | null;
  candidateWhere: object;
  decideCtx: Context;
  /** null: channel and pressure rules off. */
  competitors: readonly Competitor[];
  seed: number;
  source: TargetingSource;
  createdById: number | null;
}

/** One try of the run's transaction: the run, the rules on the locked candidates, exclusions and targets. */
async function writeRun(tx: Tx, plan: RunPlan): Promise<TargetingResult> {
  const { ctx, input, action, at } = plan;
  // First statement is a write: on SQLite it takes the write lock, so the reads below see a stable database.
  const run = await tx.targetingRun.create({
    data: {
      actionId: action.id,
      segmentId: input.segmentId ?? null,
      dryRun: !!input.dryRun,
      controlGroupPercent: plan.percent ?? null,
      randomSeed: plan.seed,
      runAt: at,
      createdById: plan.createdById,
    },
    select: { id: true },
  });
  const candidates = await contacts(ctx, tx).findMany({
    where: plan.candidateWhere,
    select: { id: true, brandId: true, deletedAt: true, mergedIntoId: true, erasedAt: true },
    orderBy: { id: 'asc' },
  });
  const ids = candidates.map((c) => c.id);
  // Row locks in id order (no deadlock between runs): a concurrent run on the same contacts waits here until
  // this one commits, then reads its targets (READ COMMITTED reads each statement's latest commits).
  await lockContacts(tx, ctx.provider, ids);
  const reasons = await decideInChunks(tx, plan, candidates);
  const eligible = ids.filter((id) => !reasons.has(id));
  const held = drawControlGroup(eligible, plan.percent ?? 0, plan.seed);
  const excluded = ids.flatMap((id) => {
    const r = reasons.get(id);
    return r ? [{ contactId: id, reason: r.reason, detail: r.detail }] : [];
  });
  if (excluded.length) await tx.targetingExclusion.createMany({ data: excluded.map((e) => ({ runId: run.id, ...e })) });
  const targetIdsByContact = input.dryRun
    ? new Map<number, number>()
    : await createTargets(tx, plan, run.id, eligible, held);
  const counts = {
    candidateCount: ids.length,
    targetedCount: eligible.length - held.size,
    controlCount: held.size,
    excludedCount: excluded.length,
  };
  await tx.targetingRun.update({ where: { id: run.id }, data: counts });
  return {
    runId: run.id,
    source: plan.source,
    candidates: ids.length,
    targeted: counts.targetedCount,
    control: counts.controlCount,
    excluded,
    targetIdsByContact,
  };
}

/**
 * The rules are per contact: decided chunk by chunk on the locked ids (an id list is far cheaper for the database
 * than re-evaluating the segment's where in every query, and stays under the bind limits).
 */
async function decideInChunks(tx: Tx, plan: RunPlan, candidates: readonly Candidate[]) {
  const reasons = new Map<number, { reason: ExclusionReason; detail: string | null }>();
  for (let i = 0; i < candidates.length; i += CHUNK) {
    const chunk = candidates.slice(i, i + CHUNK);
    const decided = await decide(plan.decideCtx, tx, plan.action, plan.at, plan.purpose, chunk, plan.competitors);
    for (const [id, r] of decided) reasons.set(id, r);
  }
  return reasons;
}

/** Creates the targets of the eligible contacts (control group flagged); returns contact id → target id. */
async function createTargets(tx: Tx, plan: RunPlan, runId: number, eligible: number[], held: Set<number>) {
  const targetIdsByContact = new Map<number, number>();
  if (!eligible.length) return targetIdsByContact;
  await tx.actionTarget.createMany({
    data: eligible.map((contactId) => ({
      actionId: plan.action.id,
      contactId,
      targetedAt: plan.at,
      inControlGroup: held.has(contactId),
      targetingRunId: runId,
    })),
  });
  const rows = await tx.actionTarget.findMany({
    where: { targetingRunId: runId },
    select: { id: true, contactId: true },
  });
  for (const r of rows) targetIdsByContact.set(r.contactId, r.id);
  return targetIdsByContact;
}
