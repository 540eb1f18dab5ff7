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

interface Instance {
  url: string;
  child: ChildProcess;
}

const settings = {
  FIDELE_JOBS_EVERY: 'reminders=1',
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

/** Waits until `check` answers a value (polling the database), or fails with what it last saw. */
async function until<T>(what: string, check: () => Promise<T | null>, timeoutMs = 240_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== null) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
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
    const periods = Math.floor(Date.now() / 1000) - Math.floor(from / 1000) + 1;
    // Each instance offers a run twice a period: without the one job per period slot there would be about four
    // runs a period. One run per period, give or take the slot that was waiting when the window opened.
    expect(after - before).toBeLessThanOrEqual(periods + 1);
    const failed = await h.t.db.auditLog.count({ where: { entityId: 'reminders', outcome: 'FAILED' } });
    expect(failed).toBe(0);
  }, 300_000);

  it('finishes an import whose instance was killed, every row exactly once', async () => {
    const rows = ['email;lastName;postalCode;city'];
    for (let i = 1; i <= ROWS; i++) rows.push(`k${i}@kill9.test;Nom${i};69001;Lyon`);
    const { token } = await issueToken(h.users.MARKETING);
    const res = await fetch(`${a.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-fidele-purpose': defaultPurposes.MARKETING,
      },
      body: JSON.stringify({
        query: `mutation($content: String!) { startImport(entity: CONTACT, format: CSV, fileName: "kill9.csv",
          content: $content, defaults: [{ field: "brand", value: "A" }, { field: "zone", value: "N" }]) { id status } }`,
        variables: { content: `${rows.join('\n')}\n` },
      }),
    });
    const started = (await res.json()) as { data?: { startImport: { id: string } }; errors?: unknown };
    expect(started.errors).toBeUndefined();
    const id = Number(Buffer.from(started.data!.startImport.id, 'base64').toString().split(':')[1]);

    // Mid-way (some batches committed, most not): kill the instance whose run holds the job, without warning.
    const holder = await until('the import mid-way', async () => {
      const job = await h.t.db.importJob.findUniqueOrThrow({ where: { id } });
      return job.committedBatches >= 3 && job.worker ? job : null;
    });
    expect(holder.committedBatches).toBeLessThan(ROWS / 500);
    const pid = Number(holder.worker!.split(':').pop());
    const victim = [a, b].find((i) => i.child.pid === pid)!;
    expect(victim).toBeDefined();
    const survivor = victim === a ? b : a;
    victim.child.kill('SIGKILL');

    const done = await until('the import to end', async () => {
      const job = await h.t.db.importJob.findUniqueOrThrow({ where: { id } });
      return job.status === 'RUNNING' ? null : job;
    });
    expect(done).toMatchObject({
      status: 'COMPLETED',
      totalRows: ROWS,
      processedRows: ROWS,
      createdCount: ROWS,
      errorCount: 0,
      committedBatches: ROWS / 500,
      content: null,
    });
    // The other instance finished it, and the unexpected stop is on the job and in the audit log.
    expect(Number(done.worker!.split(':').pop())).toBe(survivor.child.pid);
    expect(done.interruptions).toBeGreaterThanOrEqual(1);
    const audit = await h.t.db.auditLog.findMany({ where: { entity: 'ImportJob', entityId: String(id) } });
    expect(audit.filter((r) => r.errorCode === 'JOB_INTERRUPTED').length).toBe(done.interruptions);
    expect(audit.filter((r) => r.operationName === 'import contacts')).toHaveLength(1);
    // Every row once: as many contacts as rows, no e-mail twice.
    const contacts = await h.t.db.contact.count({ where: { email: { endsWith: '@kill9.test' } } });
    expect(contacts).toBe(ROWS);
    const repeated = await h.t.db.contact.groupBy({
      by: ['email'],
      where: { email: { endsWith: '@kill9.test' } },
      having: { email: { _count: { gt: 1 } } },
    });
    expect(repeated).toEqual([]);
    const errors = await h.t.db.importRowError.count({ where: { jobId: id } });
    expect(errors).toBe(0);
  }, 400_000);
});
