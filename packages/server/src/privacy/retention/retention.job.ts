import type { Job } from '../../kernel/job.js';
import { runRetentionPurge } from './retention.service.js';

const DAY_MS = 86_400_000;

/**
 * Whether the daily job purges for real: FIDELE_RETENTION_PURGE=on. Off by default: erasing contacts on a timer is a
 * decision the data controller takes once the rules are reviewed (the admin's Retention page shows what would go,
 * and an administrator may run a purge by hand); until then the job does nothing.
 */
export function retentionPurgeOn(env: NodeJS.ProcessEnv = process.env): boolean {
  const raw = env.FIDELE_RETENTION_PURGE;
  if (raw === undefined || raw === '' || raw === 'off') return false;
  if (raw === 'on') return true;
  throw new Error(`FIDELE_RETENTION_PURGE must be "on" or "off", got "${raw}"`);
}

/**
 * The daily retention purge (RETENTION.md): lapses the consents and erases the contacts whose period ran out, as the
 * system (`job:retention-purge`). Each run is a RetentionPurge row and audit entries. Safe when two instances run it:
 * an erased contact is skipped, a lapsed consent is no longer GRANTED.
 */
export const retentionPurgeJob: Job = {
  name: 'retention-purge',
  everyMs: DAY_MS,
  async run(_db, _provider, _now, ctx) {
    if (retentionPurgeOn()) await runRetentionPurge(ctx, { dryRun: false });
  },
};
