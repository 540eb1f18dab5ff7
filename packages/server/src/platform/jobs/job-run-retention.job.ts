import type { Job } from '../../kernel/job.js';

const DAY_MS = 86_400_000;

/**
 * How long the runs of jobs (JobRun) are kept, in days: FIDELE_JOBS_RUN_RETENTION_DAYS, default 30. Runs are for
 * operators watching the jobs and looking into a recent failure; failures stay in the audit log for its own
 * retention (a year by default), so a month of runs is enough.
 */
export function jobRunRetentionDays(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.FIDELE_JOBS_RUN_RETENTION_DAYS;
  if (raw === undefined || raw === '') return 30;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1 || days > 36_500)
    throw new Error(`FIDELE_JOBS_RUN_RETENTION_DAYS must be a whole number of days from 1 to 36500, got "${raw}"`);
  return days;
}

/**
 * Deletes the runs that ended before the retention period (a run still RUNNING is kept, whatever its age), in
 * batches so that a first run never holds one long transaction. Daily; safe when two instances run it at once.
 */
export const jobRunRetentionJob: Job = {
  name: 'job-run-retention',
  everyMs: DAY_MS,
  async run(db, _provider, now) {
    const before = new Date(now.getTime() - jobRunRetentionDays() * DAY_MS);
    const where = { startedAt: { lt: before }, state: { not: 'RUNNING' as const } };
    for (;;) {
      const batch = await db.jobRun.findMany({ where, select: { id: true }, take: 5000 });
      if (batch.length === 0) return;
      await db.jobRun.deleteMany({ where: { id: { in: batch.map((r) => r.id) } } });
    }
  },
};
