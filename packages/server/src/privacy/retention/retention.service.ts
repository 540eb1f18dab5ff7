import type { Context } from '../../kernel/context.js';
import { jobRunner } from '../../kernel/job-runner.js';
import { retentionQueueName, type RetentionPurgePayload } from './retention.payload.js';
import type { Db } from '../../kernel/db/client.js';
import { encodeEntityIds } from '../../kernel/audit-recorder.js';
import { actorOf } from '../audit/audit-actor.js';
import { appendConsentEvent } from '../consent/consent.service.js';
import { eraseSubjects, erasedColumns } from '../subject-rights/subject-rights.service.js';
import { dueItems, type DueItem } from './retention.due.js';
import { listRetentionRules, ruleKey, type RuleRow } from './retention.rules.js';

/** Contacts erased (or consents lapsed) per transaction: the counters move after each, so progress shows. */
export const PURGE_BATCH = 200;
/** Ids kept per rule in a run's report: enough to answer "was this contact purged?", bounded for the row. */
const REPORT_IDS = 10_000;

interface Found {
  rule: RuleRow;
  due: DueItem[];
}

/** A run's report: per rule, how many were due and which (ids only, no personal value). */
function reportOf(found: Found[]) {
  return {
    rules: found.map(({ rule, due }) => ({
      rule: ruleKey(rule),
      months: rule.months,
      due: due.length,
      contactIds: due.slice(0, REPORT_IDS).map((d) => d.contactId),
      truncated: due.length > REPORT_IDS,
    })),
  };
}

/** What is due on the context's day, per active rule. */
async function findDue(ctx: Context): Promise<Found[]> {
  const found: Found[] = [];
  for (const rule of (await listRetentionRules(ctx)).filter((r) => r.active)) {
    const due: DueItem[] = [];
    for await (const batch of dueItems(ctx, rule, ctx.now)) due.push(...batch);
    found.push({ rule, due });
  }
  return found;
}

/**
 * Lapses a batch of due consents through the consent service's write (`appendConsentEvent`): a WITHDRAWN event with
 * source RETENTION, which becomes the current state. A consent whose state changed since the scan (a new decision)
 * is left alone. One transaction per batch.
 */
async function lapseConsents(ctx: Context, rule: RuleRow, batch: DueItem[]): Promise<number> {
  const purposeId = rule.purposeId!;
  return ctx.db.$transaction(async (tx) => {
    const states = await tx.consentState.findMany({
      where: { purposeId, contactId: { in: batch.map((d) => d.contactId) }, status: 'GRANTED' },
      select: { contactId: true, lastEventId: true },
    });
    const current = new Map(states.map((s) => [s.contactId, s.lastEventId]));
    let lapsed = 0;
    for (const d of batch) {
      if (current.get(d.contactId) !== d.lastEventId) continue;
      await appendConsentEvent(tx as unknown as Db, {
        contactId: d.contactId,
        purposeId,
        status: 'WITHDRAWN',
        source: 'RETENTION',
        capturedAt: ctx.now,
        capturedById: ctx.principal?.kind === 'staff' ? ctx.principal.userId : null,
        proof: `retention: ${rule.months} months without activity since ${d.lastActivityAt.toISOString().slice(0, 10)}`,
        effectiveFrom: ctx.now,
        effectiveTo: null,
      });
      lapsed++;
    }
    return lapsed;
  });
}

/** Erases a batch of due contacts with the erasure of a subject request, and audits the batch (one entry). */
async function eraseBatch(ctx: Context, rule: RuleRow, purgeId: number, batch: DueItem[]): Promise<number> {
  const erased = await eraseSubjects(
    ctx,
    batch.map((d) => d.contactId),
  );
  if (erased.length)
    await ctx.db.auditLog.create({
      data: {
        ...actorOf(ctx),
        operation: 'DELETE',
        operationName: `retentionPurge:${purgeId}:${ruleKey(rule)}`,
        entity: 'Contact',
        entityId: erased.length === 1 ? String(erased[0]) : null,
        entityIds: encodeEntityIds(erased.map(String)),
        fields: [...erasedColumns],
        outcome: 'ALLOWED',
      },
    });
  return erased.length;
}

const chunks = <T>(list: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/** What a queued run may ask of its runner (kernel/job.ts): pause between batches, report progress. */
export type PurgeControl = { shouldPause(): boolean; progress(done: number, total: number): void };

/**
 * Applies what was found: consents lapse first (their WITHDRAWN event is recorded while the contact is whole). With
 * `control`, stops between two batches when the runner asks (answers false: the rest is still due, and a later run
 * finds it again) and reports the batches done.
 */
async function applyPurge(ctx: Context, purgeId: number, found: Found[], control?: PurgeControl): Promise<boolean> {
  const total = found.reduce((n, f) => n + f.due.length, 0);
  let done = 0;
  const ordered = [
    ...found.filter((f) => f.rule.purposeId !== null),
    ...found.filter((f) => f.rule.contactKind !== null),
  ];
  for (const { rule, due } of ordered)
    for (const batch of chunks(due, PURGE_BATCH)) {
      if (control?.shouldPause()) return false;
      if (rule.purposeId !== null) {
        const lapsed = await lapseConsents(ctx, rule, batch);
        await ctx.db.retentionPurge.update({
          where: { id: purgeId },
          data: { consentsExpired: { increment: lapsed } },
        });
      } else {
        const erased = await eraseBatch(ctx, rule, purgeId, batch);
        await ctx.db.retentionPurge.update({ where: { id: purgeId }, data: { contactsErased: { increment: erased } } });
      }
      control?.progress((done += batch.length), total);
    }
  return true;
}

/** The audit entry of a run: who asked, dry or real, and how it ended. */
async function auditRun(ctx: Context, purgeId: number, dryRun: boolean, failure: unknown) {
  const code = failure ? String((failure as { extensions?: { code?: unknown } }).extensions?.code ?? 'INTERNAL') : null;
  await ctx.db.auditLog.create({
    data: {
      ...actorOf(ctx),
      operation: dryRun ? 'READ' : 'DELETE',
      operationName: dryRun ? 'retentionPurge:dryRun' : 'retentionPurge',
      entity: 'RetentionPurge',
      entityId: String(purgeId),
      outcome: failure ? 'FAILED' : 'ALLOWED',
      errorCode: code,
    },
  });
}

/** Records a run (RUNNING) and what is due on the context's day: its counts and its report. */
async function beginPurge(ctx: Context, dryRun: boolean) {
  const requestedById = ctx.principal?.kind === 'staff' ? ctx.principal.userId : null;
  const run = await ctx.db.retentionPurge.create({
    data: { dryRun, asOf: ctx.now, startedAt: ctx.now, requestedById },
  });
  try {
    const found = await findDue(ctx);
    const count = (kind: boolean) =>
      found.filter((f) => (f.rule.contactKind !== null) === kind).reduce((n, f) => n + f.due.length, 0);
    await ctx.db.retentionPurge.update({
      where: { id: run.id },
      data: { contactsDue: count(true), consentsDue: count(false), report: reportOf(found) },
    });
    return { id: run.id, found };
  } catch (e) {
    await endPurge(ctx, run.id, dryRun, e);
    throw e;
  }
}

/** Ends a run: SUCCEEDED, or FAILED with the failure's code; audited either way. */
export async function endPurge(ctx: Context, purgeId: number, dryRun: boolean, failure: unknown) {
  await auditRun(ctx, purgeId, dryRun, failure);
  return ctx.db.retentionPurge.update({
    where: { id: purgeId },
    data: { state: failure ? 'FAILED' : 'SUCCEEDED', finishedAt: new Date() },
  });
}

/**
 * One run of the retention purge as of the context's day, to its end in this call (the daily job, the CLI): records
 * a RetentionPurge (RUNNING, then its counts and report), then, unless `dryRun`, lapses every due consent and
 * erases every due contact in batches, the run's counters moving after each batch. Audited per run and per erased
 * batch.
 */
export async function runRetentionPurge(ctx: Context, options: { dryRun: boolean }) {
  const { id, found } = await beginPurge(ctx, options.dryRun);
  try {
    if (!options.dryRun) await applyPurge(ctx, id, found);
  } catch (e) {
    await endPurge(ctx, id, options.dryRun, e);
    throw e;
  }
  return endPurge(ctx, id, options.dryRun, null);
}

/**
 * The purge an administrator starts: a dry run answers done; a real run answers RUNNING at once, its work queued
 * (retention.queue.ts) on the job runner, so that it outlives the request (and, on PostgreSQL, the process) and
 * shows its progress in the run's counters.
 */
export async function startRetentionPurge(ctx: Context, options: { dryRun: boolean }) {
  if (options.dryRun) return runRetentionPurge(ctx, options);
  const { id } = await beginPurge(ctx, false);
  await jobRunner(ctx).enqueue(retentionQueueName, { purgeId: id } satisfies RetentionPurgePayload, {
    singletonKey: `${retentionQueueName}:${id}`,
  });
  return ctx.db.retentionPurge.findUniqueOrThrow({ where: { id } });
}

/**
 * One queued run's share of a real purge: what is still due as of the run's day (an erased contact and a lapsed
 * consent are no longer due, so a resumed run redoes nothing), applied batch by batch. Answers false when the runner
 * asked it to pause (the rest is enqueued by the caller).
 */
export async function continuePurge(ctx: Context, purgeId: number, control: PurgeControl): Promise<boolean> {
  return applyPurge(ctx, purgeId, await findDue(ctx), control);
}
