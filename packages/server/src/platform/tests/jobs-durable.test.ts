/**
 * Durable jobs on PostgreSQL (issue 18), with two real server processes on one database (testing/jobs-instance.ts,
 * jobs on, pg-boss): a scheduled job runs once per period across both; an import whose instance is killed with
 * SIGKILL mid-way is finished by the other, every row exactly once, and the stop is recorded. Expiry, retries and
 * periods are made short through the FIDELE_JOBS_* settings the instances read, as an operator would set them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../kernel/db/paths.js';
import { type ApiHarness, createApiHarness, defaultPurposes } from '../../testing/api.js';
import { testProviders } from '../../testing/databases.js';
import { issueToken } from '../../identity/token.js';

process.env.FIDELE_TOKEN_SECRET = 'jobs-durable-test-secret-0123456789abcdefghijklmnop';

const ROWS = 20_000;
/** The period of the scheduled job under test, in seconds. */
const PERIOD = 2;

interface Instance {
  url: string;
  child: ChildProcess;
}

const settings = {
  FIDELE_JOBS_EVERY: `reminders=${PERIOD}`,
  // A run of an import hands over after a third of this; a dead run is retried once it is this old.
  FIDELE_JOBS_EXPIRE_SECONDS: '24',
  FIDELE_JOBS_MAINTENANCE_SECONDS: '1',
  FIDELE_JOBS_RETRY_DELAY_SECONDS: '0',
  FIDELE_JOBS_RETRY_LIMIT: '3',
  FIDELE_JOBS_POLL_SECONDS: '1',
};

async function startInstance(databaseUrl: string): Promise<Instance> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'packages/server/src/testing/jobs-instance.ts')],
    {
      cwd: repoRoot,
      env: { ...process.env, ...settings, DATABASE_URL: databaseUrl, FIDELE_ENV: 'development' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the instance exited (${code}) before listening`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /^listening (\S+)/.exec(line);
      if (m) resolve(m[1]!);
    });
  });
  return { url, child };
}

async function stopInstance(i: Instance): Promise<void> {
  if (i.child.exitCode !== null || i.child.signalCode !== null) return;
  const exited = new Promise((resolve) => i.child.once('exit', resolve));
  i.child.kill('SIGTERM');
  await exited;
}

/**
 * Waits until `check` answers a value (polling the database), or fails saying what the job runs recorded (their
 * states and errors), so that a CI failure tells why the job did not get there.
 */
async function until<T>(
  what: string,
  check: () => Promise<T | null>,
  runs?: () => Promise<unknown>,
  timeoutMs = 240_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== null) return v;
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}${runs ? `; job runs: ${JSON.stringify(await runs())}` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const onPostgres = testProviders().includes('postgresql') ? describe : describe.skip;

onPostgres('durable jobs across two instances [postgresql]', () => {
  let h: ApiHarness;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    h = await createApiHarness('postgresql', { purposes: true });
    [a, b] = await Promise.all([startInstance(h.t.target.url), startInstance(h.t.target.url)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map(stopInstance));
    await h?.drop();
  });

  it('runs a scheduled job once per period across both instances', async () => {
    const runs = () => h.t.db.auditLog.count({ where: { entity: 'Job', entityId: 'reminders' } });
    // From the first run on (both instances up), a window of at least twelve runs.
    const before = await until('a first run of the reminders job', async () => {
      const n = await runs();
      return n >= 1 ? n : null;
    });
    const from = Date.now();
    const after = await until('twelve more runs', async () => {
      const n = await runs();
      return n >= before + 12 ? n : null;
    });
    const slot = (ms: number) => Math.floor(ms / 1000 / PERIOD);
    const periods = slot(Date.now()) - slot(from) + 1;
    // Each instance offers a run twice a period: without the one job per period slot there would be about four
    // runs a period. One run per period, give or take the slots still waiting when the window opened.
    expect(after - before).toBeLessThanOrEqual(periods + 2);
    const failed = await h.t.db.auditLog.count({ where: { entityId: 'reminders', outcome: 'FAILED' } });
    expect(failed).toBe(0);
  }, 300_000);

  /**
   * Starts an import of ROWS new contacts (e-mails at `domain`) on `on`; returns the job's id. The generated rows
   * share a postal code and a name stem, so the import confirms them as distinct people (duplicates at entry).
   */
  async function startImport(on: Instance, domain: string): Promise<number> {
    const rows = ['email;lastName;postalCode;city'];
    for (let i = 1; i <= ROWS; i++) rows.push(`k${i}@${domain};Nom${i};69001;Lyon`);
    const { token } = await issueToken(h.users.MARKETING);
    const res = await fetch(`${on.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-fidele-purpose': defaultPurposes.MARKETING,
      },
      body: JSON.stringify({
        query: `mutation($content: String!) { startImport(entity: CONTACT, format: CSV, fileName: "${domain}.csv",
          content: $content, defaults: [{ field: "brand", value: "A" }, { field: "zone", value: "N" }],
          duplicates: { confirm: true }) { id status } }`,
        variables: { content: `${rows.join('\n')}\n` },
      }),
    });
    const started = (await res.json()) as { data?: { startImport: { id: string } }; errors?: unknown };
    expect(started.errors).toBeUndefined();
    return Number(Buffer.from(started.data!.startImport.id, 'base64').toString().split(':')[1]);
  }

  /** The runs of import `id` as the runners recorded them, for a timeout's message. */
  const runsOf = (id: number) => () =>
    h.t.db.jobRun.findMany({
      where: { key: `import:${id}` },
      select: { state: true, attempt: true, errorCode: true, errorMessage: true, progressDone: true, instance: true },
      orderBy: { id: 'asc' },
    });

  /** Mid-way (some batches committed, most not): the job and the instance whose run holds it. */
  async function midWay(id: number, among: Instance[]) {
    const holder = await until(
      'the import mid-way',
      async () => {
        const job = await h.t.db.importJob.findUniqueOrThrow({ where: { id } });
        return job.committedBatches >= 3 && job.worker ? job : null;
      },
      runsOf(id),
    );
    expect(holder.committedBatches).toBeLessThan(ROWS / 500);
    const pid = Number(holder.worker!.split(':').pop());
    const instance = among.find((i) => i.child.pid === pid)!;
    expect(instance).toBeDefined();
    return instance;
  }

  /** Waits for the job's end; checks it COMPLETED with every row of `domain` exactly once. */
  async function finishedOnce(id: number, domain: string) {
    const done = await until(
      'the import to end',
      async () => {
        const job = await h.t.db.importJob.findUniqueOrThrow({ where: { id } });
        return job.status === 'RUNNING' ? null : job;
      },
      runsOf(id),
    );
    expect(done).toMatchObject({
      status: 'COMPLETED',
      totalRows: ROWS,
      processedRows: ROWS,
      createdCount: ROWS,
      errorCount: 0,
      committedBatches: ROWS / 500,
      content: null,
    });
    // Every row once: as many contacts as rows, no e-mail twice.
    const contacts = await h.t.db.contact.count({ where: { email: { endsWith: `@${domain}` } } });
    expect(contacts).toBe(ROWS);
    const repeated = await h.t.db.contact.groupBy({
      by: ['email'],
      where: { email: { endsWith: `@${domain}` } },
      having: { email: { _count: { gt: 1 } } },
    });
    expect(repeated).toEqual([]);
    const errors = await h.t.db.importRowError.count({ where: { jobId: id } });
    expect(errors).toBe(0);
    const audit = await h.t.db.auditLog.findMany({ where: { entity: 'ImportJob', entityId: String(id) } });
    expect(audit.filter((r) => r.operationName === 'import contacts')).toHaveLength(1);
    return { done, audit };
  }

  it('finishes an import whose instance was killed, every row exactly once', async () => {
    const id = await startImport(a, 'kill9.test');
    const victim = await midWay(id, [a, b]);
    const survivor = victim === a ? b : a;
    victim.child.kill('SIGKILL'); // no warning: its batch's transaction dies with its connection

    const { done, audit } = await finishedOnce(id, 'kill9.test');
    // The other instance finished it, and the unexpected stop is on the job and in the audit log.
    expect(Number(done.worker!.split(':').pop())).toBe(survivor.child.pid);
    expect(done.interruptions).toBeGreaterThanOrEqual(1);
    expect(audit.filter((r) => r.errorCode === 'JOB_INTERRUPTED').length).toBe(done.interruptions);
  }, 400_000);

  it('hands an import over on SIGTERM: the other instance goes on at once, nothing interrupted', async () => {
    const alive = [a, b].find((i) => i.child.exitCode === null && i.child.signalCode === null)!;
    const fresh = await startInstance(h.t.target.url);
    try {
      const id = await startImport(alive, 'sigterm.test');
      const leaving = await midWay(id, [alive, fresh]);
      const staying = leaving === alive ? fresh : alive;
      await stopInstance(leaving); // ends its batch, enqueues the rest, exits

      const { done, audit } = await finishedOnce(id, 'sigterm.test');
      expect(Number(done.worker!.split(':').pop())).toBe(staying.child.pid);
      expect(done.interruptions).toBe(0);
      expect(audit.filter((r) => r.errorCode === 'JOB_INTERRUPTED')).toEqual([]);
    } finally {
      await stopInstance(fresh);
    }
  }, 400_000);

  it('finishes an import whose batch lost its database connection, every row exactly once', async () => {
    const instance = await startInstance(h.t.target.url);
    try {
      const id = await startImport(instance, 'cut.test');
      await midWay(id, [a, b, instance]);
      // The connection writing a batch is cut (a failover, a restarted PostgreSQL): its transaction is lost.
      const dbName = new URL(h.t.target.url).pathname.slice(1);
      const cut = await until('a batch in flight, cut', async () => {
        const rows = await h.t.db.$queryRawUnsafe<{ pid: number }[]>(
          `SELECT pg_terminate_backend(pid)::int AS pid FROM pg_stat_activity
            WHERE datname = $1 AND pid <> pg_backend_pid() AND state = 'idle in transaction'
              AND query NOT ILIKE '%pgboss%'`,
          dbName,
        );
        return rows.length ? rows : null;
      });
      expect(cut.length).toBeGreaterThanOrEqual(1);

      // The batch is written again (unit by unit, then committed with the progress): COMPLETED, no row error (not
      // the file's fault: no UNREADABLE_FILE), every row once.
      const { done } = await finishedOnce(id, 'cut.test');
      expect(done.status).toBe('COMPLETED');
    } finally {
      await stopInstance(instance);
    }
  }, 400_000);
});
