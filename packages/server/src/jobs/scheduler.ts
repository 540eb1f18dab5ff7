import type { Db } from '../db/client.js';
import type { Provider } from '../db/paths.js';

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
  run(db: Db, provider: Provider, now: Date): Promise<void>;
}

/** Runs each job every `everyMs`, one run of a job at a time; returns a function that stops them. */
export function startScheduler(db: Db, provider: Provider, list: Job[]): () => Promise<void> {
  const running = new Map<string, Promise<void>>();
  const timers = list.map((job) =>
    setInterval(() => {
      if (running.has(job.name)) return;
      const p = job
        .run(db, provider, new Date())
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
