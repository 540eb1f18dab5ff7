import PgBoss from 'pg-boss';
import type { EnqueueOptions, Job, JobControl, JobEnv, JobRunner, QueueHandler } from '../../kernel/job.js';
import { runRecorded } from '../../kernel/job-record.js';
import { rootLogger } from '../observability/logger.js';
import type { JobSettings } from './settings.js';

/** pg-boss's own tables live in this schema of the application's database (created and migrated at start). */
const bossSchema = 'pgboss';

/** A scheduled job's period in whole seconds (the unit of pg-boss's throttling). */
const periodSeconds = (job: Job) => Math.max(1, Math.round(job.everyMs / 1000));

/** The queue a scheduled job's runs go through. */
const scheduledQueue = (job: Job) => `scheduled.${job.name}`;

/**
 * The PostgreSQL runner, on pg-boss (JOBS.md says why): jobs are rows of the database, so they outlive the
 * process. A run whose process dies stays `active` until its expiry; pg-boss's maintenance (one instance at a time,
 * under an advisory lock) then fails it and, while retries remain, puts it back with backoff for any instance to
 * take. Handlers resume from the progress they keep in the application's tables.
 */
export class PgBossRunner implements JobRunner {
  /** Made at start, once the scheduled jobs (whose longest period it must know) are registered. */
  private boss!: PgBoss;
  private readonly handlers = new Map<string, QueueHandler<never>>();
  private readonly scheduledJobs: Job[] = [];
  private readonly timers: NodeJS.Timeout[] = [];
  private stopping = false;
  /** Resolved once the queues exist: an enqueue before that waits for it. */
  private ready: Promise<void> | null = null;

  constructor(
    private readonly env: JobEnv,
    private readonly connectionString: string,
    private readonly settings: JobSettings,
    /** Runs one scheduled job once (the platform audits each run). */
    private readonly runScheduled: (job: Job) => Promise<void>,
  ) {}

  private createBoss(): PgBoss {
    const longest = Math.max(0, ...this.scheduledJobs.map(periodSeconds));
    const boss = new PgBoss({
      connectionString: this.connectionString,
      schema: bossSchema,
      max: this.settings.concurrency + 3,
      maintenanceIntervalSeconds: this.settings.maintenanceSeconds,
      // A period's job must stay in the job table (where its slot is unique) for the whole period: a daily job
      // needs finished jobs kept a day before they are archived (pg-boss's default: 12 hours).
      archiveCompletedAfterSeconds: Math.max(12 * 3600, longest + 60),
      // Schedules are throttled sends (below), not pg-boss's cron, whose granularity is a minute.
      schedule: false,
    });
    // A lost connection or a failed maintenance pass: logged, and pg-boss tries again at its next interval.
    boss.on('error', (err) => rootLogger().error({ err }, 'job queue error'));
    return boss;
  }

  handle(handler: QueueHandler<never>): void {
    this.handlers.set(handler.name, handler);
  }

  schedule(jobs: Job[]): void {
    this.scheduledJobs.push(...jobs);
  }

  async enqueue(queue: string, payload: object, options: EnqueueOptions = {}): Promise<void> {
    if (!this.ready) throw new Error('the job runner is not started');
    await this.ready;
    await this.boss.send(queue, payload, options.singletonKey ? { singletonKey: options.singletonKey } : {});
  }

  start(): Promise<void> {
    this.ready ??= this.openWithRetries();
    return this.ready;
  }

  /**
   * Opens the runner, again after a failure: two instances that start together create the same queues at once,
   * and PostgreSQL may refuse one of them as a deadlock victim. Without a retry that instance would serve the API
   * with no job runner at all (seen in the two-instance tests under load).
   */
  private async openWithRetries(attempts = 5): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.open();
      } catch (error) {
        await this.boss?.stop({ graceful: false, wait: true }).catch(() => {});
        if (attempt >= attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt + Math.random() * 500));
      }
    }
  }

  private async open(): Promise<void> {
    this.boss = this.createBoss();
    await this.boss.start();
    const queueOptions = {
      retryLimit: this.settings.retryLimit,
      retryDelay: this.settings.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: this.settings.expireSeconds,
    };
    for (const handler of this.handlers.values()) {
      const deadLetter = handler.giveUp ? await this.deadLetterQueue(handler, queueOptions) : undefined;
      // stately: per singleton key, at most one job waits and one runs (an import is never run twice at once).
      const options = {
        name: handler.name,
        policy: 'stately' as const,
        ...queueOptions,
        // pg-boss refuses `deadLetter: undefined`: a queue whose handler has no giveUp has none.
        ...(deadLetter ? { deadLetter } : {}),
      };
      await this.boss.createQueue(handler.name, options);
      await this.boss.updateQueue(handler.name, options);
      for (let i = 0; i < this.settings.concurrency; i++)
        await this.boss.work<object>(
          handler.name,
          { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: this.settings.pollSeconds },
          async ([job]) => this.runQueued(handler, job!),
        );
    }
    for (const job of this.scheduledJobs) await this.startScheduled(job, queueOptions);
  }

  /**
   * The queue pg-boss moves a job to once it failed for good (its last run threw, or expired: a process killed on
   * the last attempt), whose worker lets the handler record the failure (giveUp).
   */
  private async deadLetterQueue(handler: QueueHandler<never>, queueOptions: object): Promise<string> {
    const name = `${handler.name}.failed`;
    await this.boss.createQueue(name, { name, ...queueOptions });
    await this.boss.work<never>(name, { batchSize: 1, pollingIntervalSeconds: this.settings.pollSeconds }, ([job]) =>
      handler.giveUp!(job!.data, this.env),
    );
    return name;
  }

  /**
   * Every instance offers a run of the job twice a period, as a send throttled to one job per period slot
   * (`singletonSeconds`: a unique index of pg-boss on the slot), so the job runs once per period whatever the
   * number of instances, and still runs while any one of them is up.
   */
  private async startScheduled(job: Job, queueOptions: object): Promise<void> {
    const name = scheduledQueue(job);
    // A scheduled run is not retried: the next period runs it again, and its failure is audited.
    const options = { name, ...queueOptions, retryLimit: 0 };
    await this.boss.createQueue(name, options);
    await this.boss.updateQueue(name, options);
    await this.boss.work(name, { batchSize: 1, pollingIntervalSeconds: this.settings.pollSeconds }, async () =>
      this.runScheduled(job),
    );
    const period = periodSeconds(job);
    const offer = () => {
      if (this.stopping) return;
      this.boss
        .send(name, {}, { singletonKey: job.name, singletonSeconds: period })
        .catch((err: unknown) => rootLogger().error({ err, job: job.name }, 'scheduled job not offered'));
    };
    offer();
    this.timers.push(setInterval(offer, (period * 1000) / 2));
  }

  private async runQueued(handler: QueueHandler<never>, job: PgBoss.JobWithMetadata<object>): Promise<void> {
    const startedAt = Date.now();
    // A run ends its step and hands over before a third of the expiry: a live run is never taken for a dead one.
    const sliceMs = (this.settings.expireSeconds * 1000) / 3;
    const control: Omit<JobControl, 'progress'> = {
      shouldPause: () => this.stopping || Date.now() - startedAt > sliceMs,
      resumed: job.retryCount > 0,
      lastAttempt: job.retryCount >= job.retryLimit,
      // A second later: the run hands over first (its key is still active, and stately admits one active per key).
      continueLater: async () => {
        const key = job.singletonKey ? { singletonKey: job.singletonKey } : {};
        await this.boss.sendAfter(handler.name, job.data, key, 1);
      },
    };
    await runRecorded(handler, job.data, control, this.env, {
      key: job.singletonKey,
      attempt: job.retryCount + 1,
      staleAfterMs: this.settings.expireSeconds * 1000,
    });
  }

  /**
   * Jobs waiting in each queue (created, or failed and waiting for a retry: pg-boss's `getQueueSize`, which counts
   * the jobs before `active`), and in each scheduled job's queue under the job's name. Across every instance.
   */
  async waiting(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (!this.ready) return counts;
    await this.ready;
    for (const name of this.handlers.keys()) counts.set(name, await this.boss.getQueueSize(name));
    for (const job of this.scheduledJobs) counts.set(job.name, await this.boss.getQueueSize(scheduledQueue(job)));
    return counts;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    for (const t of this.timers) clearInterval(t);
    if (!this.ready) return;
    await this.ready.catch(() => {}); // a start that failed has nothing to stop
    // graceful: waits for running handlers (they pause at their next step) up to the timeout, then closes the pool.
    await this.boss.stop({ graceful: true, wait: true, timeout: this.settings.stopTimeoutSeconds * 1000 });
  }
}
