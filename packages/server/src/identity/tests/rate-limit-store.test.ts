/**
 * The store of rate limits and login throttles: memory without Redis settings, Redis shared by several stores (as
 * several instances share it) with FIDELE_REDIS_URL, and the in-memory insurance when Redis cannot be reached. On
 * the real Redis of the machine (127.0.0.1:6379), with a key prefix of this run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { productionRefusal } from '../../platform/production-safety.js';
import { createTestDatabase } from '../../testing/databases.js';
import { createLoginThrottle } from '../login-throttle.js';
import { apiKeyRateLimiter, FixedWindowRateLimiter, StoreRateLimiter } from '../rate-limit.js';
import {
  closeRateLimitStore,
  createRateLimitStore,
  rateLimitStore,
  rateLimitSettings,
  type RateLimitStore,
  sharedStoreProblem,
} from '../rate-limit-store.js';

const redisUrl = process.env.FIDELE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `fidele-test-${process.pid}-${Date.now().toString(36)}`;
const stores: RateLimitStore[] = [];
const redisStore = (url = redisUrl) => {
  const store = createRateLimitStore({ FIDELE_REDIS_URL: url, FIDELE_RATE_LIMIT_PREFIX: prefix });
  stores.push(store);
  return store;
};

/** A port nothing listens on: opened by the system, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

describe('rate-limit settings', () => {
  it('uses memory without Redis settings, Redis with FIDELE_REDIS_URL, and ignores a bare REDIS_URL', () => {
    const memory = createRateLimitStore({});
    expect(memory.kind).toBe('memory');
    expect(apiKeyRateLimiter(memory)).toBeInstanceOf(FixedWindowRateLimiter);
    expect(createRateLimitStore({ REDIS_URL: redisUrl }).kind).toBe('memory');
    const redis = redisStore();
    expect(redis.kind).toBe('redis');
    expect(apiKeyRateLimiter(redis)).toBeInstanceOf(StoreRateLimiter);
    expect(rateLimitSettings({ FIDELE_REDIS_URL: redisUrl, FIDELE_RATE_LIMIT_STORE: 'memory' }).kind).toBe('memory');
    expect(rateLimitSettings({}).prefix).toBe('fidele');
    expect(() => rateLimitSettings({ FIDELE_RATE_LIMIT_STORE: 'redis' })).toThrow(/needs FIDELE_REDIS_URL/);
    expect(() => rateLimitSettings({ FIDELE_RATE_LIMIT_STORE: 'disk' })).toThrow(/memory or redis/);
  });

  it("makes the process's store from the environment once, until it is closed", async () => {
    const saved = process.env.FIDELE_REDIS_URL;
    try {
      await closeRateLimitStore();
      process.env.FIDELE_REDIS_URL = redisUrl;
      const store = rateLimitStore();
      expect(store.kind).toBe('redis');
      expect(rateLimitStore()).toBe(store);
      await closeRateLimitStore();
      delete process.env.FIDELE_REDIS_URL;
      expect(rateLimitStore()).not.toBe(store);
      expect(rateLimitStore().kind).toBe('memory');
    } finally {
      if (saved === undefined) delete process.env.FIDELE_REDIS_URL;
      else process.env.FIDELE_REDIS_URL = saved;
      await closeRateLimitStore();
    }
  });

  it('refuses production on PostgreSQL without a shared store, unless one instance is declared', () => {
    expect(sharedStoreProblem('postgresql', {})).toMatch(/^rate limits and login throttles would be counted per/);
    expect(sharedStoreProblem('postgresql', { FIDELE_REDIS_URL: redisUrl })).toBeNull();
    expect(sharedStoreProblem('postgresql', { FIDELE_RATE_LIMIT_STORE: 'memory' })).toBeNull();
    expect(sharedStoreProblem('sqlite', {})).toBeNull();
    expect(sharedStoreProblem('sqlite', { FIDELE_RATE_LIMIT_STORE: 'disk' })).toMatch(/memory or redis/);
  });

  it('is one of the reasons a production server on PostgreSQL refuses to start', async () => {
    const t = await createTestDatabase('postgresql');
    try {
      const prod = { NODE_ENV: 'production', FIDELE_TOKEN_SECRET: 'k3Jx9-vQ2mW7pL0zR4tY8uN1bC6dF5gH' };
      const refusal = 'refusing to start in production: rate limits and login throttles would be counted per process';
      // The provider, as `fidele start` reads it: from DATABASE_URL.
      expect(await productionRefusal(t.db, { ...prod, DATABASE_URL: t.target.url })).toMatch(refusal);
      expect(await productionRefusal(t.db, prod, 'postgresql')).toMatch(refusal);
      expect(await productionRefusal(t.db, { ...prod, FIDELE_REDIS_URL: redisUrl }, 'postgresql')).toBeNull();
      expect(await productionRefusal(t.db, { ...prod, FIDELE_RATE_LIMIT_STORE: 'memory' }, 'postgresql')).toBeNull();
      expect(await productionRefusal(t.db, prod, 'sqlite')).toBeNull();
    } finally {
      await t.drop();
    }
  });
});

describe('counters in Redis, shared by two stores as by two instances', () => {
  it('refuses the (limit+1)th hit of a key whichever store receives it, with the seconds to wait', async () => {
    const [a, b] = [apiKeyRateLimiter(redisStore()), apiKeyRateLimiter(redisStore())];
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await (i % 2 ? b : a).hit('api-key:1', 3));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false]);
    expect(verdicts[3]!.retryAfterSeconds).toBeGreaterThan(0);
    expect(verdicts[3]!.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await a.hit('api-key:2', 3)).allowed).toBe(true);
  });

  it('locks an account on every store, clears it on a success, and keeps no e-mail in its keys', async () => {
    const account = { failures: 2, windowSeconds: 60 };
    const [a, b] = [redisStore(), redisStore()].map((store) => createLoginThrottle({ store, account }));
    await a!.failed('ana@example.com', '203.0.113.5');
    await b!.failed('ana@example.com', '203.0.113.6');
    expect(await a!.check('ana@example.com', '198.51.100.1')).toMatchObject({ allowed: false });
    const verdict = await b!.check('ana@example.com', '198.51.100.1');
    expect(verdict.allowed).toBe(false);
    expect(!verdict.allowed && verdict.retryAfterSeconds).toBeGreaterThan(0);
    expect(await b!.check('bob@example.com', '198.51.100.1')).toEqual({ allowed: true });
    await a!.succeeded('ana@example.com');
    expect(await b!.check('ana@example.com', '198.51.100.1')).toEqual({ allowed: true });
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${prefix}:login-*`);
    redis.disconnect();
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(' ')).not.toMatch(/@|203\.0\.113/);
  });
});

describe('Redis unreachable', () => {
  it('answers from the in-memory insurance: limits hold per instance and nothing fails', async () => {
    const store = redisStore(`redis://127.0.0.1:${await closedPort()}`);
    expect(store.kind).toBe('redis');
    const limiter = apiKeyRateLimiter(store);
    const allowed = [];
    for (let i = 0; i < 3; i++) allowed.push((await limiter.hit('api-key:1', 2)).allowed);
    expect(allowed).toEqual([true, true, false]);
    const throttle = createLoginThrottle({ store, account: { failures: 1, windowSeconds: 60 } });
    await throttle.failed('ana@example.com', '203.0.113.5');
    expect(await throttle.check('ana@example.com', '203.0.113.5')).toMatchObject({ allowed: false });
    await throttle.succeeded('ana@example.com');
    expect(await throttle.check('ana@example.com', '203.0.113.5')).toEqual({ allowed: true });
  });
});

/** A Redis server of this test's own on a free port, keeping nothing on disk, so that it can be stopped. */
async function ownRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  const probe = new Redis({ port, lazyConnect: true, retryStrategy: () => 100 });
  probe.on('error', () => {}); // refused until the server listens: expected
  await probe.connect().catch(() => {});
  for (;;)
    if (
      await probe.ping().then(
        () => true,
        () => false,
      )
    )
      break;
  probe.disconnect();
  return child;
}

async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

describe('Redis going away and coming back', () => {
  it('falls back to per-instance limits while Redis is away, and shares them again once it is back', async () => {
    const port = await closedPort();
    let redis = await ownRedis(port);
    try {
      const url = `redis://127.0.0.1:${port}`;
      const [a, b] = [apiKeyRateLimiter(redisStore(url)), apiKeyRateLimiter(redisStore(url))];
      expect((await a.hit('api-key:1', 1)).allowed).toBe(true);
      expect((await b.hit('api-key:1', 1)).allowed).toBe(false);

      await stopRedis(redis);
      // Each instance counts alone: one hit allowed on each, the second refused on each, no error.
      expect((await a.hit('api-key:2', 1)).allowed).toBe(true);
      expect((await b.hit('api-key:2', 1)).allowed).toBe(true);
      expect((await a.hit('api-key:2', 1)).allowed).toBe(false);

      redis = await ownRedis(port);
      // Until both clients have reconnected, their hits still go to the insurance; a key of each probe shows when a
      // client's hits reach Redis again.
      const direct = new Redis({ port });
      for (const [name, limiter] of [
        ['a', a],
        ['b', b],
      ] as const)
        for (let i = 0; !(await direct.exists(`${prefix}:api-key:probe-${name}-${i}`)); i++) {
          await limiter.hit(`probe-${name}-${i + 1}`, 1000);
          await new Promise((done) => setTimeout(done, 50));
        }
      direct.disconnect();
      expect((await a.hit('api-key:3', 1)).allowed).toBe(true);
      expect((await b.hit('api-key:3', 1)).allowed).toBe(false);
    } finally {
      await stopRedis(redis);
    }
  }, 60_000);
});
