/**
 * Production refuses unsafe defaults: `fidele start` in production mode (NODE_ENV or FIDELE_ENV) exits with code 2
 * and one line when FIDELE_TOKEN_SECRET is unset or a placeholder, or when demo users still open with the public
 * password; it never seeds demo data. Through the real command line, as test/cli.test.ts does; the refusal rule
 * itself on both databases.
 */
import { hash } from '@node-rs/argon2';
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../kernel/db/client.js';
import { parseDatabaseUrl } from '../../kernel/db/database-url.js';
import { isProduction } from '../../kernel/production-mode.js';
import { productionRefusal } from '../production-safety.js';
import { DEMO_PASSWORD } from '../seed/demo-users.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../testing/databases.js';

const root = path.resolve(import.meta.dirname, '../../../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const SECRET = 'k3Jx9-vQ2mW7pL0zR4tY8uN1bC6dF5gH';
const files: string[] = [];
const dbFile = (name: string) => {
  const f = path.join(tmpdir(), `fidele_prod_${name}_${process.pid}.db`);
  files.push(f);
  return f;
};

/** The environment of a child CLI: no inherited mode or secret, then the test's. */
function envFor(file: string, env: Record<string, string>) {
  const base = { ...process.env };
  for (const k of ['NODE_ENV', 'FIDELE_ENV', 'FIDELE_TOKEN_SECRET']) delete base[k];
  return { ...base, DATABASE_URL: `file:${file}`, ...env };
}

function cli(file: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(tsx, ['packages/server/src/platform/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: envFor(file, env),
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function countRows(file: string) {
  const db = createDb(parseDatabaseUrl(`file:${file}`));
  try {
    return { staff: await db.staffUser.count(), contacts: await db.contact.count() };
  } finally {
    await db.$disconnect();
  }
}

describe('fidele start in production mode', () => {
  afterAll(() => {
    for (const f of files) rmSync(f, { force: true });
  });

  it('refuses without FIDELE_TOKEN_SECRET (exit 2, one line) and seeds nothing', async () => {
    const file = dbFile('nosecret');
    const r = cli(file, ['start', '--port', '0'], { NODE_ENV: 'production' });
    expect(r.code).toBe(2);
    const lines = r.err
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('fidele:'));
    expect(lines).toEqual([
      'fidele: refusing to start in production: FIDELE_TOKEN_SECRET is not set (the default: a random key per process); set at least 32 random characters',
    ]);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(await countRows(file)).toEqual({ staff: 0, contacts: 0 });
  });

  it('refuses a placeholder secret under FIDELE_ENV=production', () => {
    const r = cli(dbFile('placeholder'), ['start', '--port', '0'], {
      FIDELE_ENV: 'production',
      FIDELE_TOKEN_SECRET: 'changeme'.repeat(4),
    });
    expect(r.code).toBe(2);
    expect(r.err).toContain('fidele: refusing to start in production: FIDELE_TOKEN_SECRET looks like a placeholder');
  });

  it('refuses while the seeded demo users keep the public password', () => {
    const file = dbFile('demo');
    expect(cli(file, ['seed', '--contacts', '20']).code).toBe(0);
    const r = cli(file, ['start', '--port', '0'], { NODE_ENV: 'production', FIDELE_TOKEN_SECRET: SECRET });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^fidele: refusing to start in production: demo users with the public password exist \(.*admin@fidele\.demo.*\): delete them or change their passwords$/m,
    );
  });

  it('starts with a real secret and no demo users, without seeding the empty database', async () => {
    const file = dbFile('ok');
    const child = spawn(tsx, ['packages/server/src/platform/cli.ts', 'start', '--port', '0'], {
      cwd: root,
      env: envFor(file, { NODE_ENV: 'production', FIDELE_TOKEN_SECRET: SECRET }),
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const running = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('\n')) resolve(out);
      });
      child.on('exit', (code) => reject(new Error(`exited with ${code}: ${err}`)));
    });
    try {
      expect(running).toMatch(/^Fidele is running in production mode at http:\/\/127\.0\.0\.1:\d+\n/);
      expect(running).not.toContain(DEMO_PASSWORD);
      expect(err).not.toContain('seeding');
      expect(await countRows(file)).toEqual({ staff: 0, contacts: 0 });
    } finally {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
  });
});

describe('production mode', () => {
  it('is FIDELE_ENV=production, or NODE_ENV=production when FIDELE_ENV is unset', () => {
    expect(isProduction({ NODE_ENV: 'production' })).toBe(true);
    expect(isProduction({ FIDELE_ENV: 'production' })).toBe(true);
    expect(isProduction({ NODE_ENV: 'production', FIDELE_ENV: 'development' })).toBe(false);
    expect(isProduction({ NODE_ENV: 'test' })).toBe(false);
    expect(isProduction({})).toBe(false);
  });
});

describeEachDatabase('production refusal rule', (provider) => {
  let t: TestDatabase;
  const prod = { NODE_ENV: 'production', FIDELE_TOKEN_SECRET: SECRET };
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t?.drop());

  it('names the demo accounts that open with the public password, and only those', async () => {
    expect(await productionRefusal(t.db, prod)).toBeNull();
    const demoHash = await hash(DEMO_PASSWORD);
    const user = (email: string, passwordHash: string, active = true) =>
      t.db.staffUser.create({ data: { email, firstName: 'D', lastName: 'U', role: 'ADMIN', passwordHash, active } });
    await user('changed@fidele.demo', await hash('a private passphrase'));
    await user('off@fidele.demo', demoHash, false);
    await user('someone@example.com', demoHash);
    expect(await productionRefusal(t.db, prod)).toBeNull();
    await user('admin@fidele.demo', demoHash);
    expect(await productionRefusal(t.db, prod)).toBe(
      'refusing to start in production: demo users with the public password exist (admin@fidele.demo): delete them or change their passwords',
    );
    expect(await productionRefusal(t.db, { NODE_ENV: 'development' })).toBeNull();
    expect(await productionRefusal(t.db, { NODE_ENV: 'production' })).toMatch(
      /FIDELE_TOKEN_SECRET is not set.*; demo users with the public password exist/,
    );
  });
});

describe('fidele start with a refused setting', () => {
  afterAll(() => {
    for (const f of files) rmSync(f, { force: true });
  });

  it('stops before migrating (exit 2, one line naming the variable) instead of failing the job later', async () => {
    const file = dbFile('retention');
    const r = cli(file, ['start', '--port', '0', '--no-seed'], { FIDELE_AUDIT_RETENTION_DAYS: '7' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^fidele: refusing to start: FIDELE_AUDIT_RETENTION_DAYS must be a whole number of days from 30 to 36500, got "7"$/m,
    );
    expect(r.err).not.toMatch(/\n\s+at /);
    // Nothing was written: the database file was not even migrated.
    const db = createDb(parseDatabaseUrl(`file:${file}`));
    try {
      await expect(db.staffUser.count()).rejects.toThrow();
    } finally {
      await db.$disconnect();
    }
  });

  it('refuses a job stop that would outlast the shutdown deadline, and a malformed deadline', () => {
    // Was: the stop waited 30 s by default for a job's step while the process exited after 25 s.
    const r = cli(dbFile('stop'), ['start', '--port', '0', '--no-seed'], {
      FIDELE_JOBS_STOP_TIMEOUT_SECONDS: '30',
      FIDELE_SHUTDOWN_TIMEOUT_MS: '25000',
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^fidele: refusing to start: FIDELE_JOBS_STOP_TIMEOUT_SECONDS \(30 s\) must be shorter/m);
    const bad = cli(dbFile('deadline'), ['start', '--port', '0', '--no-seed'], { FIDELE_SHUTDOWN_TIMEOUT_MS: 'soon' });
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^fidele: refusing to start: FIDELE_SHUTDOWN_TIMEOUT_MS must be/m);
  });

  it('stops on a refused job setting the same way', () => {
    const r = cli(dbFile('jobs'), ['start', '--port', '0', '--no-seed'], { FIDELE_JOBS_CONCURRENCY: 'lots' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^fidele: refusing to start: FIDELE_JOBS_CONCURRENCY/m);
  });
});
