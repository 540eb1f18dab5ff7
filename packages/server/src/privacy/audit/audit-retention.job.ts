import type { Job } from '../../kernel/job.js';

const DAY_MS = 86_400_000;

/**
 * How long audit entries are kept, in days: FIDELE_AUDIT_RETENTION_DAYS, default 365. The French regulator
 * (CNIL) recommends keeping access logs six months to a year; a year lets a data protection officer answer a
 * complaint about last year's campaign. Below 30 days is refused: an audit that forgets within weeks audits nothing.
 */
export function auditRetentionDays(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.FIDELE_AUDIT_RETENTION_DAYS;
  if (raw === undefined || raw === '') return 365;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 30 || days > 36_500)
    throw new Error(`FIDELE_AUDIT_RETENTION_DAYS must be a whole number of days from 30 to 36500, got "${raw}"`);
  return days;
}

/**
 * The audit's own retention: deletes the entries older than the retention period, in batches so that a first run
 * on a large log never holds one long transaction. Daily; safe when two instances run it at once (each batch
 * deletes what is still there).
 */
export const auditRetentionJob: Job = {
  name: 'audit-retention',
  everyMs: DAY_MS,
  async run(db, _provider, now) {
    const before = new Date(now.getTime() - auditRetentionDays() * DAY_MS);
    for (;;) {
      const batch = await db.auditLog.findMany({ where: { at: { lt: before } }, select: { id: true }, take: 5000 });
      if (batch.length === 0) return;
      await db.auditLog.deleteMany({ where: { id: { in: batch.map((r) => r.id) } } });
    }
  },
};
