/**
 * The in-process job runner (SQLite, and any process without the PostgreSQL queue): the interface of the
 * PostgreSQL runner with its guarantees within one process. A job enqueued runs once, a singleton key is never run
 * twice at once, a failure is retried and told so, a stop lets the running step end; and an import run through it
 * in slices (a pause after every batch, as a run that hands over) resumes from its committed batches, every row
 * exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InProcessRunner, setJobRunner } from '../../kernel/job-runner.js';
import type { JobControl, QueueHandler } from '../../kernel/job.js';
import { importQueue } from '../../integration/imports/import.queue.js';
import type { ImportJobPayload } from '../../integration/imports/import.payload.js';
import { type ApiHarness, createApiHarness } from '../../testing/api.js';

const noScheduled = async () => {};

/** A handler recording its runs; `body` decides what each run does. */
function recorder(name: string, body: (control: JobControl, n: number) => Promise<void> = async () => {}) {
  const runs: { payload: unknown; resumed: boolean; lastAttempt: boolean }[] = [];
  const handler: QueueHandler<object> = {
    name,
    async run(payload, control) {
      runs.push({ payload, resumed: control.resumed, lastAttempt: control.lastAttempt });
      await body(control, runs.length);
    },
  };
  return { handler, runs };
}

describe('in-process job runner', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await createApiHarness('sqlite', { purposes: true });
  });
  afterAll(() => h?.drop());
  const env = () => ({ db: h.t.db, provider: 'sqlite' as const });

  it('runs a job enqueued once, and a singleton key once while it waits', async () => {
    const runner = new InProcessRunner(env(), noScheduled);
    const { handler, runs } = recorder('count');
    runner.handle(handler as QueueHandler<never>);
    await runner.enqueue('count', { n: 1 });
    await runner.enqueue('count', { n: 2 }, { singletonKey: 'k' });
    await runner.enqueue('count', { n: 3 }, { singletonKey: 'k' }); // waits already: not added
    await runner.start();
    await runner.stop();
    expect(runs.map((r) => r.payload)).toEqual([{ n: 1 }, { n: 2 }]);
    expect(runs.every((r) => !r.resumed)).toBe(true);
  });

  it('retries a failed run, saying it resumes, until the last attempt', async () => {
    const runner = new InProcessRunner(env(), noScheduled, { retryLimit: 2, retryDelayMs: 1 });
    let settled!: () => void;
    const done = new Promise<void>((resolve) => (settled = resolve));
    const { handler, runs } = recorder('flaky', async (_c, n) => {
      throw new Error(`run ${n} fails`);
    });
    const givenUp: unknown[] = [];
    handler.giveUp = async (payload) => {
      givenUp.push(payload);
      settled();
    };
    runner.handle(handler as QueueHandler<never>);
    await runner.start();
    await runner.enqueue('flaky', { n: 1 });
    await done;
    await runner.stop();
    expect(givenUp).toEqual([{ n: 1 }]);
    expect(runs.map((r) => [r.resumed, r.lastAttempt])).toEqual([
      [false, false],
      [true, false],
      [true, true],
    ]);
  });

  it('stops gracefully: the running job sees shouldPause and ends its step', async () => {
    const runner = new InProcessRunner(env(), noScheduled);
    let steps = 0;
    let began!: () => void;
    const running = new Promise<void>((resolve) => (began = resolve));
    const { handler } = recorder('long', async (control) => {
      began();
      while (!control.shouldPause()) {
        steps++;
        await new Promise((r) => setTimeout(r, 5));
      }
    });
    runner.handle(handler as QueueHandler<never>);
    await runner.start();
    await runner.enqueue('long', {});
    await running;
    await runner.stop(); // resolves only once the handler returned
    const after = steps;
    await new Promise((r) => setTimeout(r, 20));
    expect(steps).toBe(after);
  });

  it('gives an import up after its last attempt: FAILED, said on the job and audited', async () => {
    const runner = new InProcessRunner(env(), noScheduled, { retryLimit: 1, retryDelayMs: 1 });
    const failing: QueueHandler<ImportJobPayload> = {
      name: importQueue.name,
      run: async () => {
        throw new Error('the database went away');
      },
      giveUp: importQueue.giveUp,
    };
    runner.handle(failing as QueueHandler<never>);
    await runner.start();
    setJobRunner(runner);
    try {
      const r = await h.as('MARKETING')(
        `mutation { startImport(entity: CONTACT, format: CSV, fileName: "f.csv", content: "email;lastName\\nf@fails.test;F\\n",
          defaults: [{ field: "brand", value: "A" }, { field: "zone", value: "N" }]) { id } }`,
      );
      expect(r.errors).toBeUndefined();
      for (;;) {
        const job = await h.t.db.importJob.findFirstOrThrow({ where: { fileName: 'f.csv' } });
        if (job.status !== 'RUNNING') break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await runner.stop();
      setJobRunner(null);
    }
    const job = await h.t.db.importJob.findFirstOrThrow({ where: { fileName: 'f.csv' }, include: { errors: true } });
    expect(job).toMatchObject({ status: 'FAILED', content: null });
    expect(job.errors.map((e) => e.code)).toEqual(['IMPORT_FAILED']);
    const audit = await h.t.db.auditLog.findMany({
      where: { entity: 'ImportJob', entityId: String(job.id), operation: 'IMPORT' },
    });
    expect(audit.map((a) => [a.outcome, a.errorCode])).toEqual([['FAILED', 'IMPORT_FAILED']]);
  });

  it('runs an import in slices that resume from the committed batches, every row once', async () => {
    const runner = new InProcessRunner(env(), noScheduled);
    let slices = 0;
    // The import's own handler, pausing after every batch as a run that used its share of time.
    const sliced: QueueHandler<ImportJobPayload> = {
      name: importQueue.name,
      run: (payload, control, e) => {
        slices++;
        return importQueue.run(payload, { ...control, shouldPause: () => true }, e);
      },
    };
    runner.handle(sliced as QueueHandler<never>);
    await runner.start();
    setJobRunner(runner);
    const lines = ['email;lastName;postalCode;city'];
    for (let i = 1; i <= 1200; i++) lines.push(`s${i}@slices.test;Nom${i};69001;Lyon`);
    lines.push('s7@slices.test;Again;69001;Lyon'); // a key repeated in a later batch: reported, not imported
    try {
      const r = await h.as('MARKETING')(
        `mutation($content: String!) { startImport(entity: CONTACT, format: CSV, fileName: "s.csv", content: $content,
          defaults: [{ field: "brand", value: "A" }, { field: "zone", value: "N" }]) { id } }`,
        { content: `${lines.join('\n')}\n` },
      );
      expect(r.errors).toBeUndefined();
      for (;;) {
        const job = await h.t.db.importJob.findFirstOrThrow({ where: { fileName: 's.csv' } });
        if (job.status !== 'RUNNING') break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await runner.stop();
      setJobRunner(null);
    }
    const job = await h.t.db.importJob.findFirstOrThrow({ where: { fileName: 's.csv' }, include: { errors: true } });
    expect(job).toMatchObject({ status: 'COMPLETED', totalRows: 1201, processedRows: 1201, createdCount: 1200 });
    expect(job.errorCount).toBe(1);
    expect(job.committedBatches).toBe(3);
    expect(slices).toBe(3);
    expect(job.errors.map((e) => [e.line, e.code])).toEqual([[1202, 'DUPLICATE_IN_FILE']]);
    expect(await h.t.db.contact.count({ where: { email: { endsWith: '@slices.test' } } })).toBe(1200);
  });

  it('resumes at start the imports a stopped process left RUNNING (a restart on SQLite)', async () => {
    // The first process: its run commits one batch, then the process stops before the rest is enqueued.
    const first = new InProcessRunner(env(), noScheduled);
    let ran!: () => void;
    const once = new Promise<void>((resolve) => (ran = resolve));
    const dying: QueueHandler<ImportJobPayload> = {
      name: importQueue.name,
      run: async (payload, control, e) => {
        await importQueue.run(payload, { ...control, shouldPause: () => true, continueLater: async () => {} }, e);
        ran();
      },
    };
    first.handle(dying as QueueHandler<never>);
    await first.start();
    setJobRunner(first);
    const lines = ['email;lastName;postalCode;city'];
    for (let i = 1; i <= 1200; i++) lines.push(`r${i}@restart.test;Nom${i};69001;Lyon`);
    try {
      const r = await h.as('MARKETING')(
        `mutation($content: String!) { startImport(entity: CONTACT, format: CSV, fileName: "r.csv", content: $content,
          defaults: [{ field: "brand", value: "A" }, { field: "zone", value: "N" }],
          duplicates: { confirm: true }) { id } }`,
        { content: `${lines.join('\n')}\n` },
      );
      expect(r.errors).toBeUndefined();
      await once;
    } finally {
      await first.stop();
      setJobRunner(null);
    }
    const left = await h.t.db.importJob.findFirstOrThrow({ where: { fileName: 'r.csv' } });
    expect(left).toMatchObject({ status: 'RUNNING', committedBatches: 1 });

    // The restarted process: its runner (the server's, with recover) finds the job at start and finishes it.
    const second = new InProcessRunner(env(), noScheduled, { retryLimit: 3, retryDelayMs: 1, recover: true });
    second.handle(importQueue as QueueHandler<never>);
    await second.start();
    try {
      for (;;) {
        const job = await h.t.db.importJob.findUniqueOrThrow({ where: { id: left.id } });
        if (job.status !== 'RUNNING') break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await second.stop();
    }
    const job = await h.t.db.importJob.findUniqueOrThrow({ where: { id: left.id } });
    expect(job).toMatchObject({ status: 'COMPLETED', processedRows: 1200, createdCount: 1200, interruptions: 1 });
    expect(await h.t.db.contact.count({ where: { email: { endsWith: '@restart.test' } } })).toBe(1200);
    const audit = await h.t.db.auditLog.findMany({ where: { entity: 'ImportJob', entityId: String(job.id) } });
    expect(audit.filter((a) => a.errorCode === 'JOB_INTERRUPTED')).toHaveLength(1);
  });

  it('retries an import whose database failed mid-way (not the file’s fault), every row once', async () => {
    // The database answers the import's first read of contacts with an error (a lost connection), then recovers.
    let failures = 1;
    const bind = (o: object, p: string | symbol) => {
      const v = Reflect.get(o, p) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(o) : v;
    };
    const contacts = new Proxy(h.t.db.contact, {
      get: (m, p) =>
        p === 'findMany' && failures > 0
          ? async () => {
              failures--;
              throw new Error('Connection terminated unexpectedly');
            }
          : bind(m, p),
    });
    const flaky = new Proxy(h.t.db, { get: (db, p) => (p === 'contact' ? contacts : bind(db, p)) });
    const runner = new InProcessRunner({ db: flaky, provider: 'sqlite' }, noScheduled, {
      retryLimit: 2,
      retryDelayMs: 1,
    });
    runner.handle(importQueue as QueueHandler<never>);
    await runner.start();
    setJobRunner(runner);
    const lines = ['email;lastName;postalCode;city'];
    for (let i = 1; i <= 700; i++) lines.push(`d${i}@dbfail.test;Nom${i};69001;Lyon`);
    try {
      const r = await h.as('MARKETING')(
        `mutation($content: String!) { startImport(entity: CONTACT, format: CSV, fileName: "d.csv", content: $content,
          defaults: [{ field: "brand", value: "A" }, { field: "zone", value: "N" }],
          duplicates: { confirm: true }) { id } }`,
        { content: `${lines.join('\n')}\n` },
      );
      expect(r.errors).toBeUndefined();
      for (;;) {
        const job = await h.t.db.importJob.findFirstOrThrow({ where: { fileName: 'd.csv' } });
        if (job.status !== 'RUNNING') break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await runner.stop();
      setJobRunner(null);
    }
    expect(failures).toBe(0);
    const job = await h.t.db.importJob.findFirstOrThrow({ where: { fileName: 'd.csv' }, include: { errors: true } });
    expect(job).toMatchObject({ status: 'COMPLETED', processedRows: 700, createdCount: 700, interruptions: 1 });
    expect(job.errors).toEqual([]);
    expect(await h.t.db.contact.count({ where: { email: { endsWith: '@dbfail.test' } } })).toBe(700);
  });
});
