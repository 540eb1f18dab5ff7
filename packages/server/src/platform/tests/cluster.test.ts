/**
 * `fidele start` with FIDELE_WORKERS: several API processes share the port (Node's cluster module), a worker that
 * dies is replaced, and SIGTERM drains them all before the primary exits 0. On PostgreSQL; SQLite refuses.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../kernel/cli-error.js';
import { applyMigrations } from '../../kernel/db/migrate.js';
import { createTestDatabase, type TestDatabase } from '../../testing/databases.js';
import { repoRoot, type ServerProcess, startServerProcess } from '../../testing/server-process.js';
import { workerCount } from '../cli/cluster.js';

const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');

describe('FIDELE_WORKERS', () => {
  it('is 1 by default, a number, or one per core; above 1 only on PostgreSQL', () => {
    expect(workerCount({}, 'sqlite')).toBe(1);
    expect(workerCount({ FIDELE_WORKERS: '3' }, 'postgresql')).toBe(3);
    expect(workerCount({ FIDELE_WORKERS: 'auto' }, 'postgresql')).toBeGreaterThanOrEqual(1);
    expect(workerCount({ FIDELE_WORKERS: '1' }, 'sqlite')).toBe(1);
    for (const bad of ['0', '-2', '1.5', 'many', '65'])
      expect(() => workerCount({ FIDELE_WORKERS: bad }, 'postgresql'), bad).toThrow(CliError);
    expect(() => workerCount({ FIDELE_WORKERS: '2' }, 'sqlite')).toThrow(/needs PostgreSQL/);
  });
});

describe('a cluster whose workers cannot serve', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase('postgresql');
    await applyMigrations(t.target);
  }, 120_000);
  afterAll(() => t?.drop());

  it('stops with exit 1 instead of forking workers forever (the port is taken)', async () => {
    // A listener that is not Fidele holds the port: every worker fails to listen.
    const taken = createServer((socket) => socket.destroy());
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
    const { port } = taken.address() as { port: number };
    try {
      const child = spawn(tsx, ['packages/server/src/platform/cli.ts', 'start', '--no-seed', '--port', String(port)], {
        cwd: repoRoot,
        env: {
          ...process.env,
          DATABASE_URL: t.target.url,
          FIDELE_WORKERS: '2',
          FIDELE_RATE_LIMIT_STORE: 'memory',
          FIDELE_LOG_LEVEL: 'info',
        },
      });
      let output = '';
      child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
      child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
      const code = await new Promise<number | null>((done) => child.once('exit', done));
      expect(code, output.slice(-2000)).toBe(1);
      expect(output).toMatch(/stopped before serving/);
    } finally {
      await new Promise((done) => taken.close(done));
    }
  }, 120_000);
});

describe('a cluster of API workers on PostgreSQL', () => {
  let t: TestDatabase;
  let server: ServerProcess;
  const pids = () => new Set([...server.output().matchAll(/"pid":(\d+)[^\n]*"msg":"request"/g)].map((m) => m[1]));
  const health = async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    return ((await res.json()) as { data: { health: { status: string } } }).data.health.status;
  };

  beforeAll(async () => {
    t = await createTestDatabase('postgresql');
    await applyMigrations(t.target);
    server = await startServerProcess({
      DATABASE_URL: t.target.url,
      FIDELE_WORKERS: '2',
      FIDELE_RATE_LIMIT_STORE: 'memory',
      FIDELE_LOG_LEVEL: 'info',
    });
  }, 180_000);
  afterAll(async () => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
    await t?.drop();
  });

  it('answers from two processes on one port', async () => {
    // Each request on a new connection: the primary hands connections to the workers in turn.
    await expect
      .poll(
        async () => {
          expect(await health()).toBe('ok');
          return pids().size;
        },
        { timeout: 60_000, interval: 200 },
      )
      .toBe(2);
  }, 60_000);

  it('answers /metrics for the whole cluster, whichever worker takes the scrape', async () => {
    const served = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close' },
        body: JSON.stringify({ query: 'query ClusterPing { health { status } }', operationName: 'ClusterPing' }),
      });
      expect(res.status).toBe(200);
    }
    for (const line of server.output().split('\n'))
      if (line.includes('"operationName":"ClusterPing"')) served.add(/"pid":(\d+)/.exec(line)?.[1] ?? '');
    expect(served.size).toBe(2);
    // Several scrapes on new connections reach both workers; each reports the 20 requests, not its own share.
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${server.url}/metrics`, { headers: { connection: 'close' } });
      expect(res.status, server.output().slice(-3000)).toBe(200);
      expect(await res.text()).toMatch(/^fidele_graphql_requests_total\{operation="ClusterPing",outcome="ok"\} 20$/m);
    }
  }, 60_000);

  it('replaces a worker that dies, and goes on answering', async () => {
    const before = pids();
    process.kill(Number([...before][0]), 'SIGKILL');
    await expect
      .poll(() => /stopped unexpectedly: starting another/.test(server.output()), { timeout: 20_000 })
      .toBe(true);
    // Requests keep being answered, and before long some by the new process.
    await expect
      .poll(
        async () => {
          expect(await health()).toBe('ok');
          return [...pids()].some((pid) => !before.has(pid));
        },
        { timeout: 90_000, interval: 500 },
      )
      .toBe(true);
  }, 120_000);

  it('drains every worker on SIGTERM and exits 0', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited, server.output().slice(-3000)).toBe(0);
    expect(server.output().match(/"msg":"shut down"/g)?.length).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
