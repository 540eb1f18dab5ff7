import type { EnqueueOptions, Job, JobControl, JobEnv, JobRunner, QueueHandler } from './job.js';
import { runRecorded } from './job-record.js';

/** Retries of a failed queued job: how many after the first run, and the delay before the first (doubling after). */
export interface RetrySettings {
  retryLimit: number;
  retryDelayMs: number;
  /**
   * At start, enqueue again the jobs the handlers say are unfinished (`unfinished`): the process's own runner, after
   * a restart. Off for the fallback runner of a process without jobs (another process may be running them).
   */
  recover?: boolean;
  /** A run left RUNNING this long is recorded INTERRUPTED by the next run of its job (RunStart.staleAfterMs). */
  staleAfterMs?: number;
}

interface Entry {
  queue: string;
  payload: object;
  key: string | null;
  /** Runs before this one (0 for the first). */
  attempt: number;
  /** Enqueued again at start for a job an earlier process left unfinished. */
  recovered?: boolean;
}

/**
 * The in-process runner: queued jobs held in memory and run in this process, scheduled jobs on timers. It gives
 * the PostgreSQL runner's guarantees within one process (one run at a time per singleton key, retries with
 * backoff, a scheduled job once per period, a graceful stop) but not beyond it: a job waiting in memory is lost
 * with the process. Work that must survive keeps its progress in the database (an import resumes from it).
 */
export class InProcessRunner implements JobRunner {
  private readonly handlers = new Map<string, QueueHandler<never>>();
  private readonly queued: Entry[] = [];
  private readonly active = new Map<Entry, Promise<void>>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly scheduled = new Map<string, Promise<void>>();
  private readonly scheduledNames: string[] = [];
  /** Failed jobs waiting for their retry's timer, by queue. */
  private readonly delayed = new Map<string, number>();
  private started = false;
  private stopped = false;

  constructor(
    private readonly env: JobEnv,
    /** Runs one scheduled job once (the platform records, audits and logs each run). */
    private readonly runScheduled: (job: Job) => Promise<void>,
    private readonly retry: RetrySettings = { retryLimit: 3, retryDelayMs: 1000 },
  ) {}

  handle(handler: QueueHandler<never>): void {
    this.handlers.set(handler.name, handler);
  }

  async enqueue(queue: string, payload: object, options: EnqueueOptions = {}): Promise<void> {
    this.add({ queue, payload, key: options.singletonKey ?? null, attempt: 0 });
  }

  private add(entry: Entry): void {
    if (!this.handlers.has(entry.queue)) throw new Error(`no handler for the queue ${entry.queue}`);
    if (this.stopped) return;
    const same = (e: Entry) => e.queue === entry.queue && e.key === entry.key;
    if (entry.key !== null && this.queued.some(same)) return;
    this.queued.push(entry);
    this.pump();
  }

  schedule(jobs: Job[]): void {
    for (const job of jobs) {
      this.scheduledNames.push(job.name);
      this.timers.push(
        setInterval(() => {
          // One run of a job at a time: a run longer than the period skips the next.
          if (this.stopped || this.scheduled.has(job.name)) return;
          const run = this.runScheduled(job)
            .catch(() => {}) // recorded, audited and logged by runScheduled
            .finally(() => this.scheduled.delete(job.name));
          this.scheduled.set(job.name, run);
        }, job.everyMs),
      );
    }
  }

  async start(): Promise<void> {
    if (this.retry.recover)
      for (const handler of this.handlers.values())
        for (const job of (await handler.unfinished?.(this.env)) ?? [])
          this.add({
            queue: handler.name,
            payload: job.payload,
            key: job.singletonKey ?? null,
            attempt: 0,
            recovered: true,
          });
    this.started = true;
    this.pump();
  }

  /** Starts every waiting job whose key is not running. */
  private pump(): void {
    if (!this.started || this.stopped) return;
    const running = new Set([...this.active.keys()].map((e) => `${e.queue}\u0000${e.key}`));
    for (let i = 0; i < this.queued.length; i++) {
      const entry = this.queued[i]!;
      if (entry.key !== null && running.has(`${entry.queue}\u0000${entry.key}`)) continue;
      this.queued.splice(i--, 1);
      running.add(`${entry.queue}\u0000${entry.key}`);
      const run = this.run(entry).finally(() => {
        this.active.delete(entry);
        this.pump();
      });
      this.active.set(entry, run);
    }
  }

  private async run(entry: Entry): Promise<void> {
    const handler = this.handlers.get(entry.queue)!;
    const control: Omit<JobControl, 'progress'> = {
      shouldPause: () => this.stopped,
      resumed: entry.attempt > 0 || !!entry.recovered,
      lastAttempt: entry.attempt >= this.retry.retryLimit,
      continueLater: async () => this.add({ queue: entry.queue, payload: entry.payload, key: entry.key, attempt: 0 }),
    };
    try {
      await runRecorded(handler, entry.payload, control, this.env, {
        key: entry.key,
        attempt: entry.attempt + 1,
        staleAfterMs: this.retry.staleAfterMs,
      });
    } catch {
      // Logged and recorded by runRecorded.
      if (control.lastAttempt) await handler.giveUp?.(entry.payload as never, this.env);
      if (control.lastAttempt || this.stopped) return;
      const delay = this.retry.retryDelayMs * 2 ** entry.attempt;
      this.delayed.set(entry.queue, (this.delayed.get(entry.queue) ?? 0) + 1);
      const timer = setTimeout(() => {
        this.delayed.set(entry.queue, (this.delayed.get(entry.queue) ?? 1) - 1);
        this.add({ ...entry, attempt: entry.attempt + 1 });
      }, delay);
      this.timers.push(timer);
    }
  }

  async waiting(): Promise<Map<string, number>> {
    const counts = new Map<string, number>([...this.scheduledNames, ...this.handlers.keys()].map((n) => [n, 0]));
    for (const e of this.queued) counts.set(e.queue, (counts.get(e.queue) ?? 0) + 1);
    for (const [queue, n] of this.delayed) counts.set(queue, (counts.get(queue) ?? 0) + n);
    return counts;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    await Promise.all([...this.active.values(), ...this.scheduled.values()]);
  }
}

const handlers = new Map<string, QueueHandler<never>>();

/**
 * Declares a queue's handler: the context that owns the work registers it when its module loads (as it adds its
 * GraphQL fields), and every runner of the process takes the handlers registered here.
 */
export function registerQueue<P>(handler: QueueHandler<P>): void {
  handlers.set(handler.name, handler as QueueHandler<never>);
}
export const registeredQueues = (): QueueHandler<never>[] => [...handlers.values()];

let current: JobRunner | null = null;
const fallbacks = new WeakMap<object, JobRunner>();

/**
 * The runner of this process, set by the server (platform/jobs/runners.ts); code that enqueues (startImport) reads
 * it here, because every context may enqueue and the platform, which builds it, is above them all. A process that
 * set none (a test's API harness) gets an in-process runner of the registered queues on its database.
 */
export function jobRunner(env: JobEnv): JobRunner {
  if (current) return current;
  let runner = fallbacks.get(env.db);
  if (!runner) {
    const created = new InProcessRunner(env, async () => {});
    for (const h of registeredQueues()) created.handle(h);
    void created.start();
    fallbacks.set(env.db, created);
    runner = created;
  }
  return runner;
}

export const setJobRunner = (runner: JobRunner | null): void => {
  current = runner;
};
