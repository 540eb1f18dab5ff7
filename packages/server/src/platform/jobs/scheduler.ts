import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import type { Provider } from '../../kernel/db/paths.js';
import { auditActor, systemContext } from '../../privacy/access/system.js';
import { type Job, jobReason } from '../../kernel/job.js';
import { InProcessRunner, registeredQueues, setJobRunner } from '../../kernel/job-runner.js';
import { PgBossRunner } from './pg-boss-runner.js';
import { type JobSettings, jobSettings } from './settings.js';
import { RunRecord } from '../../kernel/job-record.js';
import type { JobRunner } from '../../kernel/job.js';
import { recordJobRun, registerQueueDepth } from '../observability/metrics.js';
import { rootLogger } from '../observability/logger.js';

/**
 * Runs a job once under its system context and writes one audit row for the run (operation UPDATE, operationName
 * and entityId the job's name, outcome ALLOWED or FAILED with the error's code), then rethrows a failure. The row
 * is written whatever the outcome, so a job that fails is as visible in the audit log as one that succeeds. The
 * run has its JobRun row too (kernel/job-record.ts, as queued runs), and counts in `fidele_job_runs_total`.
 */
export async function runJob(
  job: Job,
  db: Db,
  provider: Provider,
  now: Date,
  options: { staleAfterMs?: number } = {},
): Promise<void> {
  const ctx = systemContext(db, provider, jobReason(job), { now });
  const record = await RunRecord.open(db, {
    name: job.name,
    kind: 'SCHEDULED',
    attempt: 1,
    resumed: false,
    ...options,
  });
  let failure: unknown = null;
  const started = performance.now();
  try {
    await job.run(db, provider, now, ctx);
  } catch (e) {
    failure = e;
  }
  recordJobRun(job.name, failure !== null, (performance.now() - started) / 1000);
  await record.finish(failure === null ? 'SUCCEEDED' : 'FAILED', failure);
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

/**
 * Starts the process's job runner (pg-boss on PostgreSQL, in-process on SQLite) with the queues the modules
 * registered and their scheduled jobs, and makes it the runner startImport enqueues on; returns the graceful stop
 * (running jobs end their current step). The runner starts in the background (pg-boss creates or migrates its
 * schema first); an enqueue meanwhile waits for it. PostgreSQL's URL is DATABASE_URL, as for the application.
 */
export function startScheduler(
  db: Db,
  provider: Provider,
  list: Job[],
  settings: JobSettings = jobSettings(),
  databaseUrl = process.env.DATABASE_URL,
): () => Promise<void> {
  const log = rootLogger(); // installs pino as the kernel's system log: the in-process runner logs through it
  const staleAfterMs = settings.expireSeconds * 1000;
  const runScheduled = (job: Job) =>
    runJob(job, db, provider, new Date(), { staleAfterMs }).catch((err: unknown) => {
      log.error({ err, job: job.name }, 'scheduled job failed');
      throw err; // pg-boss records the job failed
    });
  const runner =
    provider === 'postgresql' && databaseUrl
      ? new PgBossRunner({ db, provider }, databaseUrl, settings, runScheduled)
      : new InProcessRunner({ db, provider }, runScheduled, {
          retryLimit: settings.retryLimit,
          retryDelayMs: settings.retryDelaySeconds * 1000,
          recover: true, // the imports a stopped process left RUNNING
          staleAfterMs,
        });
  for (const handler of registeredQueues()) runner.handle(handler);
  // The operator's periods (FIDELE_JOBS_EVERY) over the modules' own.
  runner.schedule(list.map((j) => ({ ...j, everyMs: (settings.every[j.name] ?? j.everyMs / 1000) * 1000 })));
  setJobRunner(runner);
  const unregister = feedQueueDepth(runner, [...registeredQueues().map((h) => h.name), ...list.map((j) => j.name)]);
  const started = runner
    .start()
    .then(() => log.info({ runner: runner.constructor.name }, 'job runner started'))
    .catch((err: unknown) => log.error({ err }, 'the job runner did not start'));
  return async () => {
    await started;
    await runner.stop();
    unregister();
    setJobRunner(null);
  };
}

/**
 * Feeds `fidele_queue_depth{queue}` from the runner's own count (`waiting`): pg-boss's queue sizes on PostgreSQL,
 * the memory's on SQLite. One count serves every queue of a scrape (read again after a second).
 */
function feedQueueDepth(runner: JobRunner, names: string[]): () => void {
  let read: { at: number; counts: Promise<Map<string, number>> } | null = null;
  const counts = () => {
    if (!read || Date.now() - read.at > 1000) read = { at: Date.now(), counts: runner.waiting() };
    return read.counts;
  };
  const removers = names.map((name) => registerQueueDepth(name, async () => (await counts()).get(name) ?? 0));
  return () => removers.forEach((remove) => remove());
}
