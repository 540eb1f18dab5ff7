/**
 * The record of every run of a background job (JobRun), on both databases: a scheduled run and a queued run write one
 * row each through the same path, with the state, the attempt, the progress and the failure's code and scrubbed
 * message; a run left RUNNING by a dead process is marked INTERRUPTED when another takes its job over; the API shows
 * runs and queues to admins only; and the queue depth the runner counts is the one /metrics serves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../kernel/errors.js';
import { InProcessRunner, registerQueue, setJobRunner } from '../../kernel/job-runner.js';
import type { QueueHandler } from '../../kernel/job.js';
import { type ApiHarness, createApiHarness } from '../../testing/api.js';
import { describeEachDatabase, testProviders } from '../../testing/databases.js';
import { type RunningServer, startServer } from '../http/start-server.js';
import { jobRunRetentionJob } from '../jobs/job-run-retention.job.js';
import { runJob } from '../jobs/scheduler.js';

const noScheduled = async () => {};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(read: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out');
    await sleep(50);
  }
}

describeEachDatabase('job runs', (provider) => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
  });
  afterAll(() => h?.drop());
  const env = () => ({ db: h.t.db, provider });

  it("writes one run per scheduled run: SUCCEEDED, or FAILED with the error's code and no personal value", async () => {
    await runJob({ name: 'runs-ok', everyMs: 1000, run: async () => {} }, h.t.db, provider, new Date());
    const failing = {
      name: 'runs-ko',
      everyMs: 1000,
      run: () => Promise.reject(new ApiError('CONFLICT', 'contact zoe@perso.example changed meanwhile')),
    };
    await expect(runJob(failing, h.t.db, provider, new Date())).rejects.toThrow();
    const ok = await h.t.db.jobRun.findMany({ where: { name: 'runs-ok' } });
    expect(ok).toHaveLength(1);
    expect(ok[0]).toMatchObject({ kind: 'SCHEDULED', state: 'SUCCEEDED', attempt: 1, errorCode: null });
    expect(ok[0]!.finishedAt).not.toBeNull();
    expect(ok[0]!.durationMs).toBeGreaterThanOrEqual(0);
    expect(ok[0]!.instance).toBe(`${(await import('node:os')).hostname()}:${process.pid}`);
    const ko = await h.t.db.jobRun.findMany({ where: { name: 'runs-ko' } });
    expect(ko).toHaveLength(1);
    expect(ko[0]).toMatchObject({ state: 'FAILED', errorCode: 'CONFLICT' });
    expect(ko[0]!.errorMessage).toBe('contact [email] changed meanwhile');
    // The audit row of the failure is kept as before.
    const audit = await h.t.db.auditLog.findMany({ where: { entity: 'Job', entityId: 'runs-ko' } });
    expect(audit.map((a) => [a.outcome, a.errorCode])).toEqual([['FAILED', 'CONFLICT']]);
  });

  it('records a queued run that fails RETRYING, then FAILED on its last attempt', async () => {
    const runner = new InProcessRunner(env(), noScheduled, { retryLimit: 1, retryDelayMs: 1 });
    let givenUp!: () => void;
    const done = new Promise<void>((resolve) => (givenUp = resolve));
    const handler: QueueHandler<object> = {
      name: 'runs-flaky',
      run: () => Promise.reject(new ApiError('VALIDATION', 'bad payload')),
      giveUp: async () => givenUp(),
    };
    runner.handle(handler as QueueHandler<never>);
    await runner.start();
    await runner.enqueue('runs-flaky', {}, { singletonKey: 'flaky:1' });
    await done;
    await runner.stop();
    const runs = await h.t.db.jobRun.findMany({ where: { name: 'runs-flaky' }, orderBy: { id: 'asc' } });
    expect(runs.map((r) => [r.kind, r.key, r.attempt, r.resumed, r.state, r.errorCode])).toEqual([
      ['QUEUED', 'flaky:1', 1, false, 'RETRYING', 'VALIDATION'],
      ['QUEUED', 'flaky:1', 2, true, 'FAILED', 'VALIDATION'],
    ]);
  });

  it('marks INTERRUPTED the run a dead process left RUNNING once another run takes its job over', async () => {
    const dead = await h.t.db.jobRun.create({
      data: { name: 'runs-resumable', kind: 'QUEUED', key: 'res:1', instance: 'gone-host:1', progressDone: 10 },
    });
    const runner = new InProcessRunner(env(), noScheduled, { retryLimit: 0, retryDelayMs: 1, recover: true });
    let ran!: () => void;
    const finished = new Promise<void>((resolve) => (ran = resolve));
    const handler: QueueHandler<object> = {
      name: 'runs-resumable',
      run: async (_p, control) => {
        control.progress(20, 20);
        ran();
      },
      unfinished: async () => [{ payload: {}, singletonKey: 'res:1' }],
    };
    runner.handle(handler as QueueHandler<never>);
    await runner.start();
    await finished;
    await runner.stop();
    const runs = await h.t.db.jobRun.findMany({ where: { name: 'runs-resumable' }, orderBy: { id: 'asc' } });
    expect(runs.map((r) => [r.id === dead.id, r.state, r.resumed, r.errorCode])).toEqual([
      [true, 'INTERRUPTED', false, 'JOB_INTERRUPTED'],
      [false, 'SUCCEEDED', true, null],
    ]);
    expect(runs[1]).toMatchObject({ progressDone: 20, progressTotal: 20 });
  });

  it("records an import's run with its key and its progress reaching the total", async () => {
    const lines = ['email;lastName;postalCode;city'];
    for (let i = 1; i <= 700; i++) lines.push(`p${i}@runs.test;Nom${i};69001;Lyon`);
    const r = await h.as('MARKETING')(
      `mutation($content: String!) { startImport(entity: CONTACT, format: CSV, fileName: "runs.csv", content: $content,
        defaults: [{ field: "brand", value: "A" }, { field: "zone", value: "N" }]) { id } }`,
      { content: `${lines.join('\n')}\n` },
    );
    expect(r.errors).toBeUndefined();
    const job = await until(async () => {
      const j = await h.t.db.importJob.findFirst({ where: { fileName: 'runs.csv' } });
      return j && j.status !== 'RUNNING' ? j : null;
    });
    expect(job.status).toBe('COMPLETED');
    const run = await until(() =>
      h.t.db.jobRun.findFirst({ where: { name: 'import', key: `import:${job.id}`, state: { not: 'RUNNING' } } }),
    );
    expect(run).toMatchObject({ kind: 'QUEUED', state: 'SUCCEEDED', progressDone: 700, progressTotal: 700 });
  });

  it('shows runs and queues to admins, filtered by name and state', async () => {
    const admin = h.as('ADMIN');
    const runs = await admin(
      `{ jobRuns(filter: { name: ["runs-ko", "runs-ok"], state: [FAILED] }) {
           totalCount edges { node { id name kind state attempt errorCode errorMessage instance durationMs } } } }`,
    );
    expect(runs.errors).toBeUndefined();
    expect(runs.data.jobRuns.totalCount).toBe(1);
    expect(runs.data.jobRuns.edges[0].node).toMatchObject({ name: 'runs-ko', state: 'FAILED', errorCode: 'CONFLICT' });
    const since = await admin(`{ jobRuns(filter: { since: "2099-01-01T00:00:00Z" }) { totalCount } }`);
    expect(since.data.jobRuns.totalCount).toBe(0);
    const queues = await admin(`{ jobQueues { name kind periodSeconds waiting running lastRun { state } } }`);
    expect(queues.errors).toBeUndefined();
    const byName = Object.fromEntries(queues.data.jobQueues.map((q: { name: string }) => [q.name, q]));
    expect(byName.import).toMatchObject({ kind: 'QUEUED', waiting: 0, running: 0, lastRun: { state: 'SUCCEEDED' } });
    expect(byName['job-run-retention']).toMatchObject({ kind: 'SCHEDULED', periodSeconds: 86_400, lastRun: null });
  });

  it('refuses runs and queues to non-admins, and a run answers them like a missing one', async () => {
    const marketing = h.as('MARKETING');
    for (const query of ['{ jobRuns { totalCount } }', '{ jobQueues { name } }']) {
      const r = await marketing(query);
      expect(r.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(r.data).toBeNull();
    }
    const admin = await h.as('ADMIN')(`{ jobRuns(first: 1) { edges { node { id } } } }`);
    const id: string = admin.data.jobRuns.edges[0].node.id;
    const missing = Buffer.from('JobRun:999999').toString('base64');
    expect(id).toMatch(/^\d+$/);
    const node = (nodeId: string) => marketing(`query($id: ID!) { node(id: $id) { id } }`, { id: nodeId });
    const hidden = Buffer.from(`JobRun:${id}`).toString('base64');
    const [seen, absent] = await Promise.all([node(hidden), node(missing)]);
    expect(seen).toEqual(absent);
  });

  it('prunes the finished runs older than the retention, never a RUNNING one', async () => {
    const old = new Date(Date.now() - 40 * 86_400_000);
    await h.t.db.jobRun.createMany({
      data: [
        { name: 'runs-old', kind: 'SCHEDULED', state: 'SUCCEEDED', instance: 'h:1', startedAt: old },
        { name: 'runs-old', kind: 'SCHEDULED', state: 'RUNNING', instance: 'h:1', startedAt: old },
        { name: 'runs-old', kind: 'SCHEDULED', state: 'FAILED', instance: 'h:1' },
      ],
    });
    await jobRunRetentionJob.run(h.t.db, provider, new Date(), undefined as never);
    const left = await h.t.db.jobRun.findMany({ where: { name: 'runs-old' }, orderBy: { id: 'asc' } });
    expect(left.map((r) => r.state)).toEqual(['RUNNING', 'FAILED']);
  });
});

describeEachDatabase('queue depth', (provider) => {
  let h: ApiHarness;
  let server: RunningServer;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  beforeAll(async () => {
    h = await createApiHarness(provider);
    // One run per key at a time: the second job of the key waits while the first is held.
    registerQueue<object>({ name: 'runs-held', run: () => released });
    process.env.FIDELE_JOBS_POLL_SECONDS = '1';
    process.env.DATABASE_URL = h.t.target.url;
    server = await startServer({ db: h.t.db, provider, port: 0, jobs: true });
  }, 120_000);
  afterAll(async () => {
    release();
    await server?.close();
    setJobRunner(null);
    delete process.env.FIDELE_JOBS_POLL_SECONDS;
    await h?.drop();
  }, 120_000);

  it('serves the jobs waiting in a queue as fidele_queue_depth and in jobQueues', async () => {
    const { jobRunner } = await import('../../kernel/job-runner.js');
    const runner = jobRunner({ db: h.t.db, provider });
    await runner.enqueue('runs-held', { n: 1 }, { singletonKey: 'held' });
    await until(() => h.t.db.jobRun.findFirst({ where: { name: 'runs-held', state: 'RUNNING' } }));
    await runner.enqueue('runs-held', { n: 2 }, { singletonKey: 'held' });
    const text = await until(async () => {
      const body = await (await fetch(`${server.url}/metrics`)).text();
      return /^fidele_queue_depth\{queue="runs-held"\} 1$/m.test(body) ? body : null;
    });
    expect(text).toMatch(/^fidele_queue_depth\{queue="import"\} 0$/m);
    const queues = await h.as('ADMIN')(`{ jobQueues { name waiting running lastRun { state } } }`);
    const held = queues.data.jobQueues.find((q: { name: string }) => q.name === 'runs-held');
    expect(held).toEqual({ name: 'runs-held', waiting: 1, running: 1, lastRun: { state: 'RUNNING' } });
  }, 60_000);
});

/**
 * On PostgreSQL, a run pg-boss gives up for dead (its expiry passed, as after `kill -9`) and retries on another
 * instance: the new run (resumed) marks the old one INTERRUPTED, which stays so even when the old one ends.
 */
const provider = 'postgresql' as const;
// PostgreSQL only (pg-boss's expiry): defined when the tests run on PostgreSQL.
if (testProviders().includes(provider))
  describe('a run taken over after its expiry [postgresql]', () => {
    let h: ApiHarness;
    beforeAll(async () => {
      h = await createApiHarness(provider);
    });
    afterAll(() => h?.drop());

    it('marks the expired run INTERRUPTED when another instance resumes its job', async () => {
      const { PgBossRunner } = await import('../jobs/pg-boss-runner.js');
      const settings = {
        concurrency: 1,
        expireSeconds: 2,
        retryLimit: 2,
        retryDelaySeconds: 0,
        maintenanceSeconds: 1,
        pollSeconds: 1,
        stopTimeoutSeconds: 5,
        every: {},
      };
      let releaseFirst!: () => void;
      const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
      const handler: QueueHandler<object> = {
        name: 'runs-expiring',
        // The first run hangs past its expiry (a process that died, as far as the queue can tell); the next one ends.
        run: async (_p, control) => {
          if (control.resumed) control.progress(5, 5);
          else await firstHeld;
        },
      };
      const env = { db: h.t.db, provider };
      const first = new PgBossRunner(env, h.t.target.url, settings, noScheduled);
      first.handle(handler as QueueHandler<never>);
      await first.start();
      await first.enqueue('runs-expiring', {}, { singletonKey: 'exp:1' });
      await until(() => h.t.db.jobRun.findFirst({ where: { name: 'runs-expiring', state: 'RUNNING' } }));
      const second = new PgBossRunner(env, h.t.target.url, settings, noScheduled);
      second.handle(handler as QueueHandler<never>);
      await second.start();
      try {
        await until(() => h.t.db.jobRun.findFirst({ where: { name: 'runs-expiring', state: 'SUCCEEDED' } }), 45_000);
      } finally {
        releaseFirst();
        await second.stop();
        await first.stop();
      }
      const runs = await h.t.db.jobRun.findMany({ where: { name: 'runs-expiring' }, orderBy: { id: 'asc' } });
      expect(runs.map((r) => [r.attempt, r.resumed, r.state, r.errorCode])).toEqual([
        [1, false, 'INTERRUPTED', 'JOB_INTERRUPTED'],
        [2, true, 'SUCCEEDED', null],
      ]);
      expect(runs[1]).toMatchObject({ key: 'exp:1', progressDone: 5, progressTotal: 5 });
    }, 90_000);
  });
