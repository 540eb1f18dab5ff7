/**
 * Trigger evaluation (TRIGGERS.md): detect the matches, insert one firing per new occurrence under the unique key
 * (triggerId, contactId, occurrenceKey), then target the contacts of the firings this run inserted through
 * `runTargeting` (consent, opt-outs, addresses, pressure, control group) and record on each firing its target or
 * the reason it was not targeted. Two runs at once insert disjoint firings (the key), so nobody is targeted twice.
 */
import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import type { Provider } from '../../kernel/db/paths.js';
import type { ExclusionReason } from '../../generated/sqlite/enums.js';
import { Prisma } from '../../generated/sqlite/client.js';
import { dialect } from '../../analytics/analytics.sql.js';
import { runTargeting } from '../targeting/targeting.service.js';
import { detectMatches, type TriggerMatch } from './trigger.detect.js';
import { storedParams } from './trigger.params.js';
import { systemLog } from '../../kernel/system-log.js';

export interface TriggerRunReport {
  triggerId: number;
  /** Contacts matching now (new occurrences or not). */
  matched: number;
  /** Firings inserted by this run (with dryRun: the occurrences that would fire). */
  fired: number;
  /** Of those, targeted for sending, and held out in the control group. */
  targeted: number;
  control: number;
  excluded: { reason: ExclusionReason; count: number }[];
  /** Set when this trigger could not be evaluated (the others still were). */
  error: string | null;
}

export interface RunTriggersOptions {
  dryRun?: boolean;
  /** Only these triggers (default: every active trigger whose action still takes targets). */
  triggerIds?: number[];
  /** Only triggers of these brands (a user's write scope); undefined: every brand. */
  where?: object;
}

/**
 * A firing left without target nor reason (the process stopped between the insert and the targeting) is taken up
 * again by a later run once it is this old; a younger one may belong to a run still in progress.
 */
const PENDING_RETRY_MS = 10 * 60_000;
const CHUNK = 400;

/**
 * Evaluates the triggers (every active one by default) as of `ctx.now`. One trigger failing does not stop the
 * others. `ctx` is a system context (`job:triggers`, or the mutation's, on behalf of its caller): a trigger is a
 * standing rule, so its matches are targeted under the rules of the action; the reason is what the audit shows.
 */
export async function runTriggers(ctx: Context, options: RunTriggersOptions = {}): Promise<TriggerRunReport[]> {
  const { db } = ctx;
  const triggers = await db.trigger.findMany({
    where: {
      AND: [
        options.triggerIds ? { id: { in: options.triggerIds } } : { active: true },
        { action: { status: { notIn: ['COMPLETED', 'CANCELLED'] } } },
        options.where ?? {},
      ],
    },
    select: { id: true, kind: true, params: true, brandId: true, actionId: true },
    orderBy: { id: 'asc' },
  });
  const reports: TriggerRunReport[] = [];
  for (const t of triggers) {
    try {
      reports.push(await runTrigger(ctx, t, !!options.dryRun));
    } catch (e) {
      systemLog().error({ err: e, triggerId: t.id }, 'trigger failed');
      const message = e instanceof Error ? e.message : String(e);
      reports.push({ triggerId: t.id, matched: 0, fired: 0, targeted: 0, control: 0, excluded: [], error: message });
    }
  }
  return reports;
}

interface TriggerRow {
  id: number;
  kind: import('../../generated/sqlite/enums.js').TriggerKind;
  params: unknown;
  brandId: number | null;
  actionId: number;
}

async function runTrigger(ctx: Context, t: TriggerRow, dryRun: boolean): Promise<TriggerRunReport> {
  const { db, provider, now } = ctx;
  const matches = await detectMatches(ctx, { kind: t.kind, params: storedParams(t.params), brandId: t.brandId });
  const fresh = dryRun ? await notFiredYet(db, t.id, matches) : await insertFirings(db, provider, t.id, matches, now);
  if (!dryRun) fresh.push(...(await pendingFirings(db, t.id, fresh)));
  const report: TriggerRunReport = {
    triggerId: t.id,
    matched: matches.length,
    fired: fresh.length,
    targeted: 0,
    control: 0,
    excluded: [],
    error: null,
  };
  if (!dryRun) await db.trigger.update({ where: { id: t.id }, data: { lastRunAt: now } });
  if (!fresh.length) return report;

  const contactIds = [...new Set(fresh.map((f) => f.contactId))];
  const result = await runTargeting(ctx, { actionId: t.actionId, contactIds, dryRun, source: 'TRIGGER', at: now });
  const reasonOf = new Map(result.excluded.map((e) => [e.contactId, e.reason]));
  const counts = new Map<ExclusionReason, number>();
  if (dryRun) {
    for (const e of result.excluded) counts.set(e.reason, (counts.get(e.reason) ?? 0) + 1);
    return {
      ...report,
      targeted: result.targeted,
      control: result.control,
      excluded: [...counts].map(([reason, count]) => ({ reason, count })),
    };
  }

  // Each target goes to the first firing of its contact; a second occurrence of the same contact in this run
  // (two purchases of the category) is ALREADY_TARGETED, as a later run would report it.
  const assigned = new Set<number>();
  const withTarget: { id: number; targetId: number }[] = [];
  const byReason = new Map<ExclusionReason, number[]>();
  for (const f of [...fresh].sort((a, b) => a.id - b.id)) {
    const targetId = result.targetIdsByContact.get(f.contactId);
    if (targetId !== undefined && !assigned.has(f.contactId)) {
      assigned.add(f.contactId);
      withTarget.push({ id: f.id, targetId });
    } else {
      const reason = reasonOf.get(f.contactId) ?? 'ALREADY_TARGETED';
      byReason.set(reason, [...(byReason.get(reason) ?? []), f.id]);
      counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
  }
  const open = { targetId: null, exclusionReason: null };
  for (let i = 0; i < withTarget.length; i += CHUNK) {
    await db.$transaction(
      withTarget
        .slice(i, i + CHUNK)
        .map((w) => db.triggerFiring.updateMany({ where: { id: w.id, ...open }, data: { targetId: w.targetId } })),
    );
  }
  for (const [reason, ids] of byReason)
    await db.triggerFiring.updateMany({ where: { id: { in: ids }, ...open }, data: { exclusionReason: reason } });
  return {
    ...report,
    targeted: result.targeted,
    control: result.control,
    excluded: [...counts].map(([reason, count]) => ({ reason, count })),
  };
}

interface NewFiring {
  id: number;
  contactId: number;
}

/**
 * Inserts the firings of the matches, skipping those already there (`ON CONFLICT DO NOTHING` on the unique key,
 * on both databases), and returns only the rows this statement inserted: a concurrent run gets the others.
 */
async function insertFirings(
  db: Db,
  provider: Provider,
  triggerId: number,
  matches: TriggerMatch[],
  now: Date,
): Promise<NewFiring[]> {
  const d = dialect(provider);
  const at = d.instant(now);
  const stamp = d.instant(new Date());
  const out: NewFiring[] = [];
  for (let i = 0; i < matches.length; i += CHUNK) {
    const values = matches
      .slice(i, i + CHUNK)
      .map((m) => Prisma.sql`(${triggerId}, ${m.contactId}, ${m.occurrenceKey}, ${at}, ${stamp}, ${stamp})`);
    const rows = await db.$queryRaw<{ id: unknown; contactId: unknown }[]>`
INSERT INTO "TriggerFiring" ("triggerId", "contactId", "occurrenceKey", "firedAt", "createdAt", "updatedAt")
VALUES ${Prisma.join(values)}
ON CONFLICT ("triggerId", "contactId", "occurrenceKey") DO NOTHING
RETURNING "id", "contactId"`;
    out.push(...rows.map((r) => ({ id: Number(r.id), contactId: Number(r.contactId) })));
  }
  return out;
}

/** Older firings of the trigger with neither target nor reason (see PENDING_RETRY_MS). */
async function pendingFirings(db: Db, triggerId: number, fresh: NewFiring[]): Promise<NewFiring[]> {
  const rows = await db.triggerFiring.findMany({
    where: {
      triggerId,
      targetId: null,
      exclusionReason: null,
      createdAt: { lt: new Date(Date.now() - PENDING_RETRY_MS) },
      id: { notIn: fresh.map((f) => f.id) },
    },
    select: { id: true, contactId: true },
  });
  return rows;
}

/** Dry run: the matches whose occurrence has no firing yet (the ones a real run would fire). */
async function notFiredYet(db: Db, triggerId: number, matches: TriggerMatch[]): Promise<NewFiring[]> {
  const existing = await db.triggerFiring.findMany({
    where: { triggerId, contactId: { in: [...new Set(matches.map((m) => m.contactId))] } },
    select: { contactId: true, occurrenceKey: true },
  });
  const seen = new Set(existing.map((f) => `${f.contactId} ${f.occurrenceKey}`));
  return matches
    .filter((m) => !seen.has(`${m.contactId} ${m.occurrenceKey}`))
    .map((m) => ({ id: 0, contactId: m.contactId }));
}
