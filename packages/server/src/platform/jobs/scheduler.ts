import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import type { Provider } from '../../kernel/db/paths.js';
import { auditActor, systemContext } from '../../privacy/access/system.js';
import { type Job, jobReason } from '../../kernel/job.js';
import { recordJobRun } from '../observability/metrics.js';

/**
 * Runs a job once under its system context and writes one audit row for the run (operation UPDATE, operationName
 * and entityId the job's name, outcome ALLOWED or FAILED with the error's code), then rethrows a failure. The row
 * is written whatever the outcome, so a job that fails is as visible in the audit log as one that succeeds.
 */
export async function runJob(job: Job, db: Db, provider: Provider, now: Date): Promise<void> {
  const ctx = systemContext(db, provider, jobReason(job), { now });
  let failure: unknown = null;
  const started = performance.now();
  try {
    await job.run(db, provider, now, ctx);
  } catch (e) {
    failure = e;
  }
  recordJobRun(job.name, failure !== null, (performance.now() - started) / 1000);
  await auditRun(ctx, 'Job', job.name, failure);
  if (failure) throw failure;
}

/** One audit row for a run of system work (a job, a command), named by its context's reason. */
export async function auditRun(ctx: Context, entity: string, name: string, failure: unknown): Promise<void> {
  const code = failure
    ? String((failure as { code?: unknown; extensions?: { code?: unknown } }).extensions?.code ?? 'INTERNAL')
    : null;
  await ctx.db.auditLog.create({
    data: {
      at: ctx.now,
      ...auditActor(ctx),
      purpose: ctx.purpose?.code ?? null,
      operation: 'UPDATE',
      operationName: ctx.principal?.kind === 'system' ? ctx.principal.reason : name,
      entity,
      entityId: name,
      outcome: failure ? 'FAILED' : 'ALLOWED',
      errorCode: code,
    },
  });
}

/** Runs each job every `everyMs`, one run of a job at a time; returns a function that stops them. */
export function startScheduler(db: Db, provider: Provider, list: Job[]): () => Promise<void> {
  const running = new Map<string, Promise<void>>();
  const timers = list.map((job) =>
    setInterval(() => {
      if (running.has(job.name)) return;
      const p = runJob(job, db, provider, new Date())
        .catch((error: unknown) => console.error(`job ${job.name} failed`, error))
        .finally(() => running.delete(job.name));
      running.set(job.name, p);
    }, job.everyMs),
  );
  return async () => {
    for (const t of timers) clearInterval(t);
    await Promise.all(running.values());
  };
}
