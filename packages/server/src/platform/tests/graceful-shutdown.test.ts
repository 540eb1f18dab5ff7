import { type ChildProcess, spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../kernel/db/paths.js';
import { createTestDatabase, type TestDatabase, testProviders } from '../../testing/databases.js';

/**
 * SIGTERM to a real `fidele start` process on PostgreSQL. A request is made slow without touching production
 * code: the test holds an exclusive lock on the Contact table, so the request's query waits until the test lets
 * it go. Every wait below is on an event (a line printed, a lock waited on, a connection refused, an exit).
 */

const TOKEN_SECRET = 'graceful-shutdown-test-secret-0123456789abcdef';
process.env.FIDELE_TOKEN_SECRET = TOKEN_SECRET;
const { issueToken } = await import('../../identity/token.js');

interface Child {
  process: ChildProcess;
  port: number;
  stdout: () => string;
  exited: Promise<number | null>;
}

/** `fidele start --no-seed --port 0` in its own Node process (no wrapper between the test and its signals). */
async function startChild(databaseUrl: string, env: Record<string, string> = {}): Promise<Child> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(repoRoot, 'packages/server/src/platform/cli.ts'),
      'start',
      '--no-seed',
      '--port',
      '0',
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, FIDELE_LOG_LEVEL: 'info', FIDELE_ENV: 'development', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const onData = () => {
      const m = /Admin:\s+http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) {
        child.stdout!.off('data', onData);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => reject(new Error(`fidele start exited with ${code}: ${err}`)));
  });
  return { process: child, port, stdout: () => out, exited };
}

/** A raw HTTP/1.1 request, kept alive so that another may follow it on the same connection. */
function rawRequest(method: string, target: string, headers: Record<string, string>, body = ''): string {
  const lines = [`${method} ${target} HTTP/1.1`, 'host: 127.0.0.1', 'connection: keep-alive'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  if (body) lines.push('content-type: application/json', `content-length: ${Buffer.byteLength(body)}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** Everything the server sends on a socket until it closes it. */
const readAll = (socket: Socket) =>
  new Promise<string>((resolve) => {
    let text = '';
    socket.on('data', (c: Buffer) => (text += c.toString()));
    socket.on('close', () => resolve(text));
  });

/** Resolves once a new connection to the port is refused (the server stopped listening). */
async function untilRefused(port: number): Promise<void> {
  for (;;) {
    const refused = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => (s.destroy(), resolve(false)));
      s.once('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ECONNREFUSED'));
    });
    if (refused) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Resolves once a session of the database waits for a lock (the slow request reached its query). */
async function untilLockWaited(admin: pg.Client): Promise<void> {
  for (;;) {
    const { rows } = await admin.query(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
       WHERE NOT l.granted AND d.datname = current_database()`,
    );
    if (rows[0].n > 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('graceful shutdown of `fidele start` [sqlite]', () => {
  it('exits 0 on SIGTERM when idle, after refusing new connections', async () => {
    const t = await createTestDatabase('sqlite');
    try {
      const child = await startChild(t.target.url);
      child.process.kill('SIGTERM');
      await untilRefused(child.port);
      expect(await child.exited).toBe(0);
      expect(child.stdout()).toContain('"msg":"shut down"');
    } finally {
      await t.drop();
    }
  });
});

// The slow request needs PostgreSQL's table lock (CI always has PostgreSQL: testing/global-setup.ts).
if (testProviders().includes('postgresql')) describePostgres();

function describePostgres() {
  describe('graceful shutdown of `fidele start` [postgresql]', () => {
    let t: TestDatabase;
    let token: string;
    beforeAll(async () => {
      t = await createTestDatabase('postgresql');
      const admin = await t.db.staffUser.create({
        data: {
          email: 'admin@shutdown.test',
          firstName: 'A',
          lastName: 'Admin',
          role: 'ADMIN',
          passwordHash: 'unused',
        },
      });
      token = (await issueToken(admin.id)).token;
    });
    afterAll(() => t?.drop());

    const slowQuery = JSON.stringify({ query: 'query Slow { contacts(first: 1) { totalCount } }' });

    /** Holds the Contact table so that a request reading it waits; returns the release. */
    async function holdContacts(): Promise<{ client: pg.Client; release: () => Promise<void> }> {
      const client = new pg.Client({ connectionString: t.target.url });
      client.on('error', () => {});
      await client.connect();
      await client.query('BEGIN');
      await client.query('LOCK TABLE "Contact" IN ACCESS EXCLUSIVE MODE');
      return { client, release: async () => (await client.query('COMMIT'), await client.end()) };
    }

    it('finishes the request in flight, refuses new connections and requests, and exits 0', async () => {
      const child = await startChild(t.target.url);
      const lock = await holdContacts();
      const socket = connect(child.port, '127.0.0.1');
      const received = readAll(socket);
      socket.write(rawRequest('POST', '/graphql', { authorization: `Bearer ${token}` }, slowQuery));
      await untilLockWaited(lock.client);

      child.process.kill('SIGTERM');
      await untilRefused(child.port);
      // The same kept-alive connection asks again once shutdown began: readiness, then the API.
      socket.write(rawRequest('GET', '/health/ready', {}));
      socket.write(rawRequest('POST', '/graphql', { authorization: `Bearer ${token}` }, slowQuery));
      await lock.release();

      const [first, ready, refused, ...rest] = (await received).split(/(?=HTTP\/1\.1 )/);
      expect(first).toMatch(/^HTTP\/1\.1 200/);
      expect(first).toContain('"totalCount":0');
      expect(ready).toMatch(/^HTTP\/1\.1 503/);
      expect(ready).toContain('"reason":"SHUTTING_DOWN"');
      expect(refused).toMatch(/^HTTP\/1\.1 503/);
      expect(refused).toMatch(/\r\nconnection: close\r\n/i);
      expect(refused).toContain('"code":"SHUTTING_DOWN"');
      expect(rest).toEqual([]);
      expect(await child.exited).toBe(0);
      const logged = child
        .stdout()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l));
      expect(logged.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down', 'shut down']));
      expect(logged.find((l) => l.msg === 'request' && l.operationName === 'Slow')).toMatchObject({
        status: 200,
        outcome: 'ok',
      });
    });

    it('exits 1 with a log line at the deadline when a request never ends', async () => {
      const child = await startChild(t.target.url, {
        FIDELE_SHUTDOWN_TIMEOUT_MS: '1500',
        // The job runner's stop must fit in the deadline (settings-check.ts).
        FIDELE_JOBS_STOP_TIMEOUT_SECONDS: '1',
      });
      const lock = await holdContacts();
      try {
        const socket = connect(child.port, '127.0.0.1');
        socket.on('error', () => {});
        socket.write(rawRequest('POST', '/graphql', { authorization: `Bearer ${token}` }, slowQuery));
        await untilLockWaited(lock.client);
        child.process.kill('SIGTERM');
        expect(await child.exited).toBe(1);
        expect(child.stdout()).toContain('shutdown deadline passed');
        socket.destroy();
      } finally {
        await lock.release();
      }
    });
  });
}
