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

/** How a job is enqueued. */
export interface EnqueueOptions {
  /**
   * At most one job with this key waits and one runs at a time (an import's id): enqueueing it again while one
   * waits is a no-op. Without it every enqueue is a new job.
   */
  singletonKey?: string;
}

/** The database a runner's jobs work on. */
export interface JobEnv {
  db: Db;
  provider: Provider;
}

/** What a running job may ask of its runner. */
export interface JobControl {
  /**
   * True once the runner is stopping, or once this run has used its share of time (a run is bounded so that a live
   * run is never taken for a dead one): a long job ends its current step, calls `continueLater` and returns.
   */
  shouldPause(): boolean;
  /**
   * True when this run takes over a run of the same job that stopped without finishing (its process was killed,
   * or it threw): the job resumes from the progress it keeps in the database.
   */
  resumed: boolean;
  /** True when a failure of this run is final (no retry follows): the job records it as failed. */
  lastAttempt: boolean;
  /** Enqueues the rest of this job (a long job cut into slices): the runner takes it like any other job. */
  continueLater(): Promise<void>;
  /**
   * Reports the work done and the work to do (an import's rows): the run's JobRun row shows it, written at most once
   * a second (kernel/job-record.ts), so a job may call it after every step.
   */
  progress(done: number, total: number): void;
}

/**
 * A queued job's handler: runs the job's steps, each idempotent with its progress kept in the database, so that a
 * run that resumes after a crash redoes nothing already committed. Throwing fails the run: the runner retries it
 * with backoff, and `lastAttempt` says when no retry follows.
 */
export interface QueueHandler<P = unknown> {
  /** The queue's name (`import`, ...). */
  name: string;
  run(payload: P, control: JobControl, env: JobEnv): Promise<void>;
  /**
   * Called once when the job has failed for good (its last run threw, or died and expired with no retry left):
   * records the failure where people look (the import's job, the audit log).
   */
  giveUp?(payload: P, env: JobEnv): Promise<void>;
  /**
   * The jobs the handler's own tables say are unfinished (an import still RUNNING), for a runner whose waiting jobs
   * die with its process (the in-process one): it enqueues them again at start, as resumed runs.
   */
  unfinished?(env: JobEnv): Promise<{ payload: P; singletonKey?: string }[]>;
}

/**
 * Runs background work: queued jobs (enqueue) and the scheduled jobs of the modules. Two runners implement it: the
 * PostgreSQL one (pg-boss: durable, shared by every instance) and the in-process one (SQLite, tests without a
 * worker). Both give the same guarantees within one process; only the PostgreSQL one survives the process.
 */
export interface JobRunner {
  /** Adds a job to a queue registered with `handle`; resolves once it is durable (committed, on PostgreSQL). */
  enqueue(queue: string, payload: object, options?: EnqueueOptions): Promise<void>;
  /** Registers the handler of a queue (before `start`). */
  handle(handler: QueueHandler<never>): void;
  /** Registers scheduled jobs: each runs once per period (`everyMs`) across every instance of the runner. */
  schedule(jobs: Job[]): void;
  /** Starts taking jobs. */
  start(): Promise<void>;
  /** Stops taking jobs, lets running ones end their current step, and waits for them (graceful stop). */
  stop(): Promise<void>;
  /**
   * Jobs waiting in each queue and scheduled job, by name (a job waiting for a retry included): what
   * `fidele_queue_depth` and the admin's Jobs page show.
   */
  waiting(): Promise<Map<string, number>>;
}
