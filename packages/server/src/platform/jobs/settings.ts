/** The job runners' settings, read from the environment (JOBS.md lists them with their defaults and reasons). */
export interface JobSettings {
  /** Jobs of one queue one instance runs at once. */
  concurrency: number;
  /** A run older than this is taken for dead (its process killed): the job is failed and retried elsewhere. */
  expireSeconds: number;
  /** Retries after a failed or expired run. */
  retryLimit: number;
  /** Delay before the first retry; doubled at each further retry. */
  retryDelaySeconds: number;
  /** How often one instance looks for expired runs (and archives finished jobs). */
  maintenanceSeconds: number;
  /** How often an idle worker asks for a job. */
  pollSeconds: number;
  /** How long a stop waits for running jobs to end their current step. */
  stopTimeoutSeconds: number;
  /** Periods of scheduled jobs set by the operator, in seconds, by job name (FIDELE_JOBS_EVERY="reminders=30"). */
  every: Record<string, number>;
}

function int(name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return n;
}

function periods(raw: string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const pair of (raw ?? '').split(',').filter(Boolean)) {
    const [name, seconds] = pair.split('=');
    const n = Number(seconds);
    if (!name || !Number.isInteger(n) || n < 1)
      throw new Error(`FIDELE_JOBS_EVERY takes name=seconds pairs separated by commas, got "${pair}"`);
    out[name.trim()] = n;
  }
  return out;
}

export function jobSettings(): JobSettings {
  return {
    concurrency: int('FIDELE_JOBS_CONCURRENCY', 2, 1),
    // pg-boss refuses an expiry of a day or more.
    expireSeconds: int('FIDELE_JOBS_EXPIRE_SECONDS', 15 * 60, 1, 24 * 3600 - 1),
    retryLimit: int('FIDELE_JOBS_RETRY_LIMIT', 5, 0),
    retryDelaySeconds: int('FIDELE_JOBS_RETRY_DELAY_SECONDS', 10, 0),
    maintenanceSeconds: int('FIDELE_JOBS_MAINTENANCE_SECONDS', 60, 1),
    pollSeconds: int('FIDELE_JOBS_POLL_SECONDS', 2, 1),
    // Within the process's shutdown deadline (25 s), so that a step ends and hands over before the process exits:
    // settings-check.ts refuses a longer one.
    stopTimeoutSeconds: int('FIDELE_JOBS_STOP_TIMEOUT_SECONDS', 20, 1),
    every: periods(process.env.FIDELE_JOBS_EVERY),
  };
}
