/**
 * The harness of the load bench (platform/bench/load), without timing anything: on a small PostgreSQL seed, two
 * real `fidele start` processes (production mode, shared Redis, jobs on) and the bench's engine with 4 clients
 * for a few seconds. Every operation of the mix must succeed, both instances must answer, each write must land
 * exactly once, and an injected operation the server refuses must be counted as an error, so that the bench's
 * `errors: 0` means something.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../kernel/db/client.js';
import { createEmptyDatabase } from '../../testing/databases.js';
import { checkConsistency } from '../bench/load/consistency.js';
import { type EngineResult, runEngine } from '../bench/load/engine.js';
import { type PreparedLoad, prepareLoad } from '../bench/load/harness.js';
import { type Instance, startInstances, stopInstances } from '../bench/load/instances.js';
import { loadOperations, type Operation } from '../bench/load/operations.js';
import { errorCount, percentile } from '../bench/load/report.js';

/** A read the server refuses: a field the schema does not have. */
const failing: Operation = {
  name: 'injected failure',
  kind: 'read',
  weight: 15,
  request: () => ({ query: '{ contacts(first: 1) { edges { node { noSuchField } } } }' }),
};

describe('load bench: the engine against two instances', () => {
  let instances: Instance[] = [];
  let prepared: PreparedLoad;
  let drop: () => Promise<void> = async () => {};
  let url = '';
  let result: EngineResult;

  beforeAll(async () => {
    const scratch = await createEmptyDatabase('postgresql');
    drop = scratch.drop;
    url = scratch.target.url;
    prepared = await prepareLoad(scratch.target, 120);
    instances = await startInstances(2, {
      databaseUrl: url,
      redisUrl: process.env.FIDELE_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
      tokenSecret: prepared.tokenSecret,
    });
    result = await runEngine({
      urls: instances.map((i) => i.url),
      clients: 4,
      seconds: 3,
      warmupSeconds: 1,
      writeShare: 0.5,
      operations: [...loadOperations, failing],
      fixture: prepared.fixture,
      token: prepared.token,
    });
  }, 400_000);

  afterAll(async () => {
    await stopInstances(instances);
    await drop();
  });

  it('runs the mix with no error, on both instances', () => {
    const real = result.operations.filter((o) => o.name !== failing.name);
    for (const op of real) expect(`${op.name}: ${[...op.examples].join('; ')}`).toBe(`${op.name}: `);
    expect(real.reduce((n, o) => n + errorCount(o), 0)).toBe(0);
    expect(result.warmupErrors.filter((w) => w.name !== failing.name)).toEqual([]);
    expect(result.perInstance).toHaveLength(2);
    for (const answers of result.perInstance) expect(answers).toBeGreaterThan(0);
    // Reads and writes both ran and were timed.
    expect(real.filter((o) => o.kind === 'read').flatMap((o) => o.latencies).length).toBeGreaterThan(0);
    expect(real.filter((o) => o.kind === 'write').flatMap((o) => o.latencies).length).toBeGreaterThan(0);
  });

  it('finds each successful write in the database exactly once', async () => {
    expect(result.ledger.contacts.size + result.ledger.sales.size).toBeGreaterThan(0);
    const db = createDb({ provider: 'postgresql', url });
    try {
      const checks = await checkConsistency(db, prepared.fixture.before, result.ledger);
      expect(checks.map((c) => c.table)).toEqual(['Contact', 'Sale', 'Task', 'Activity']);
      for (const c of checks) expect(c, c.table).toMatchObject({ ok: true, inDatabase: c.answered });
      // A created row the engine did not count would make the check fail: it compares ids, not only counts.
      const missing = { ...result.ledger, contacts: new Set([...result.ledger.contacts].slice(1)) };
      const wrong = await checkConsistency(db, prepared.fixture.before, missing);
      expect(wrong.find((c) => c.table === 'Contact')!.ok).toBe(result.ledger.contacts.size === 0);
    } finally {
      await db.$disconnect();
    }
  });

  it('counts every answer of the injected failing operation as an error, with its code', () => {
    const op = result.operations.find((o) => o.name === failing.name)!;
    expect(op.latencies.length).toBeGreaterThan(0);
    expect(errorCount(op)).toBe(op.latencies.length);
    expect([...op.errors.keys()]).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('takes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(xs, 50), percentile(xs, 99), percentile(xs, 100), percentile([7], 99)]).toEqual([
      50, 99, 100, 7,
    ]);
    expect(percentile([], 50)).toBeNaN();
  });
});
