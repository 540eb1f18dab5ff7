import { hostname } from 'node:os';
import type { Db } from './db/client.js';
import type { JobControl, JobEnv, QueueHandler } from './job.js';
import { systemLog } from './system-log.js';

/** How a run ended, as its JobRun row says (RUNNING while it runs; INTERRUPTED is set by the run that takes over). */
export type RunOutcome = 'SUCCEEDED' | 'FAILED' | 'RETRYING' | 'PAUSED';

/** What a runner knows of a run when it starts it. */
export interface RunStart {
  /** The queue or the scheduled job. */
  name: string;
  kind: 'SCHEDULED' | 'QUEUED';
  /** The job's singleton key (`import:12`). */
  key?: string | null;
  /** 1 for a job's first run, 2 for its first retry... */
  attempt: number;
  /** The run takes over a run of the same job that stopped without finishing. */
  resumed: boolean;
  /**
   * A run of this job still RUNNING after this long is taken for dead (its process was killed) and marked
   * INTERRUPTED: the runner's expiry (FIDELE_JOBS_EXPIRE_SECONDS), after which the queue itself gives it up.
   * @default 15 minutes
   */
  staleAfterMs?: number;
}

/** This process, as a JobRun names the instance that ran it. */
export const instanceName = (): string => `${hostname()}:${process.pid}`;

/** A run writes its progress at most this often: a job reporting every row costs one update a second. */
export const PROGRESS_WRITE_MS = 1000;

const DEFAULT_STALE_MS = 15 * 60_000;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const PHONE = /\+?\d[\d .()-]{6,}\d/g;

/** The stable code of a failure, as the audit row says it (`extensions.code`, else INTERNAL). */
export function failureCode(failure: unknown): string {
  const coded = failure as { extensions?: { code?: unknown } } | null;
  return String(coded?.extensions?.code ?? 'INTERNAL');
}

/**
 * A failure's message as a JobRun may keep it: the first line, 200 characters at most, scrubbed of what looks like
 * an e-mail or a phone number; none for a database error (drivers put the statement's values in their messages).
 */
export function failureMessage(failure: unknown): string | null {
  if (!(failure instanceof Error)) return null;
  const e = failure as Error & { code?: unknown; severity?: unknown };
  const fromDatabase =
    e.name.startsWith('Prisma') ||
    e.name === 'DriverAdapterError' ||
    typeof e.severity === 'string' ||
    (typeof e.code === 'string' && /^P\d{4}$/.test(e.code));
  if (fromDatabase) return e.name;
  return e.message.split('\n')[0]!.slice(0, 200).replace(EMAIL, '[email]').replace(PHONE, '[number]');
}

/**
 * The JobRun row of one run: opened when the run starts (RUNNING), its progress written at most once a second,
 * closed with the outcome, the duration and the failure's code and message. The one place both runners record a
 * run, so SQLite and PostgreSQL say the same. Writing the record never fails the job: a row that cannot be written
 * is logged and the run goes on.
 */
export class RunRecord {
  private progressDone: number | null = null;
  private progressTotal: number | null = null;
  private lastWrite = 0;
  private writing: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly db: Db,
    private readonly id: number | null,
    private readonly startedAt: number,
  ) {}

  /** Writes the run's row, first marking as INTERRUPTED the earlier runs of the job this one takes over. */
  static async open(db: Db, start: RunStart, now = new Date()): Promise<RunRecord> {
    try {
      await interruptEarlier(db, start, now);
      const row = await db.jobRun.create({
        data: {
          name: start.name,
          kind: start.kind,
          key: start.key ?? null,
          attempt: start.attempt,
          resumed: start.resumed,
          instance: instanceName(),
          startedAt: now,
        },
        select: { id: true },
      });
      return new RunRecord(db, row.id, now.getTime());
    } catch (err) {
      systemLog().warn({ err, job: start.name }, 'job run not recorded');
      return new RunRecord(db, null, now.getTime());
    }
  }

  /** Reports the work done and to do; written now if the last write is a second old, else with a later report. */
  progress(done: number, total: number): void {
    this.progressDone = Math.max(0, Math.round(done));
    this.progressTotal = Math.max(0, Math.round(total));
    const at = Date.now();
    if (this.id === null || at - this.lastWrite < PROGRESS_WRITE_MS) return;
    this.lastWrite = at;
    const data = { progressDone: this.progressDone, progressTotal: this.progressTotal };
    this.writing = this.writing
      .then(() => this.db.jobRun.updateMany({ where: { id: this.id!, state: 'RUNNING' }, data }))
      .catch((err: unknown) => systemLog().warn({ err }, 'job run progress not recorded'));
  }

  /** Closes the row: the outcome, the last progress reported, the duration, the failure's code and message. */
  async finish(outcome: RunOutcome, failure: unknown = null): Promise<void> {
    if (this.id === null) return;
    await this.writing;
    const finishedAt = new Date();
    try {
      // Only a run still RUNNING: one another instance marked INTERRUPTED (it took the job over) stays so.
      await this.db.jobRun.updateMany({
        where: { id: this.id, state: 'RUNNING' },
        data: {
          state: outcome,
          finishedAt,
          durationMs: Math.max(0, finishedAt.getTime() - this.startedAt),
          ...(this.progressDone !== null ? { progressDone: this.progressDone, progressTotal: this.progressTotal } : {}),
          ...(failure !== null ? { errorCode: failureCode(failure), errorMessage: failureMessage(failure) } : {}),
        },
      });
    } catch (err) {
      systemLog().warn({ err }, 'job run end not recorded');
    }
  }
}

/**
 * The earlier runs of a job still RUNNING that this run shows dead: for a keyed job that resumes, the runs of the
 * same key (one runs per key at a time, so the one left RUNNING died: its process was killed); for any job, the runs
 * older than the runner's expiry. They become INTERRUPTED, so a takeover is visible.
 */
async function interruptEarlier(db: Db, start: RunStart, now: Date): Promise<void> {
  const stale = new Date(now.getTime() - (start.staleAfterMs ?? DEFAULT_STALE_MS));
  const sameKey = start.resumed && start.key ? [{ key: start.key }] : [];
  await db.jobRun.updateMany({
    where: { name: start.name, state: 'RUNNING', OR: [...sameKey, { startedAt: { lt: stale } }] },
    data: { state: 'INTERRUPTED', finishedAt: now, errorCode: 'JOB_INTERRUPTED', errorMessage: 'taken over' },
  });
}

/**
 * Runs one queued job through its handler and records it (RunRecord): the one path both runners take, so a run is
 * recorded alike on either database. The handler's control reports progress to the record, and a `continueLater`
 * ends the run PAUSED. A failure is logged (pino, through the system log), recorded RETRYING or, on the last
 * attempt, FAILED, and rethrown for the runner to retry.
 */
export async function runRecorded(
  handler: QueueHandler<never>,
  payload: object,
  control: Omit<JobControl, 'progress'>,
  env: JobEnv,
  start: Omit<RunStart, 'kind' | 'name' | 'resumed'>,
): Promise<void> {
  const record = await RunRecord.open(env.db, {
    ...start,
    name: handler.name,
    kind: 'QUEUED',
    resumed: control.resumed,
  });
  let paused = false;
  const recorded: JobControl = {
    ...control,
    continueLater: async () => {
      paused = true;
      await control.continueLater();
    },
    progress: (done, total) => record.progress(done, total),
  };
  try {
    await handler.run(payload as never, recorded, env);
  } catch (err) {
    systemLog().error({ err, job: handler.name, attempt: start.attempt }, 'job failed');
    await record.finish(control.lastAttempt ? 'FAILED' : 'RETRYING', err);
    throw err;
  }
  await record.finish(paused ? 'PAUSED' : 'SUCCEEDED');
}
