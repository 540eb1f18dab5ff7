import type { Context } from './context.js';
import type { Db } from './db/client.js';
import type { Provider } from './db/paths.js';

/**
 * A background job the API server runs on a timer (trigger evaluation, webhook delivery, reminders). A run must be
 * idempotent and safe when two instances run it at once: jobs rely on unique keys and conditional updates in the
 * database, never on being alone.
 */
export interface Job {
  /** Stable name, used by `fidele jobs:run NAME` and in logs. */
  name: string;
  /** Period between two runs, in milliseconds. */
  everyMs: number;
  /**
   * One run. `ctx` is the system context of the run (`job:<name>`, at `now`): every read and write of the job
   * goes through it, so its work is confined by the access layer and audited as the system with that reason.
   */
  run(db: Db, provider: Provider, now: Date, ctx: Context): Promise<void>;
}

/** The system reason a job runs under, in its context and its audit row. */
export const jobReason = (job: Pick<Job, 'name'>) => `job:${job.name}`;
