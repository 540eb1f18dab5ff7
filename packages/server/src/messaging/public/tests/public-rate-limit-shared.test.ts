/**
 * The public routes' per-address limit is shared by every instance: two real `fidele start` processes on one
 * PostgreSQL database and one Redis (a key prefix of this run), the sign-up form asked of each in turn. The
 * (limit+1)th request is refused whichever instance receives it; with counters per process, two instances would
 * allow twice the limit. The Redis keys hold a digest of the client address, never the address.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../testing/databases.js';
import { type ServerProcess, startServerProcess } from '../../../testing/server-process.js';

const redisUrl = process.env.FIDELE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `fidele-test-public-${process.pid}-${Date.now().toString(36)}`;
const LIMIT = 4;

async function stop(instance: ServerProcess | undefined): Promise<void> {
  if (!instance || instance.child.exitCode !== null) return;
  instance.child.kill('SIGTERM');
  await instance.exited;
}

describe('the public routes of two instances on one Redis', () => {
  let t: TestDatabase;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;

  beforeAll(async () => {
    t = await createTestDatabase('postgresql');
    const env = {
      DATABASE_URL: t.target.url,
      FIDELE_RATE_LIMIT_STORE: 'redis',
      FIDELE_REDIS_URL: redisUrl,
      FIDELE_RATE_LIMIT_PREFIX: prefix,
      FIDELE_PUBLIC_RATE_PER_MINUTE: String(LIMIT),
    };
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([stop(a), stop(b)]);
    await t?.drop();
    const redis = new Redis(redisUrl);
    const stale = await redis.keys(`${prefix}:*`);
    if (stale.length) await redis.del(...stale);
    redis.disconnect();
  }, 60_000);

  const signUpForm = (instance: ServerProcess) =>
    fetch(`${instance.url}/subscribe?purpose=newsletter`, { headers: { accept: 'text/html' } });

  it('refuses the (limit+1)th hit of an address, whichever instance receives it, as one instance did alone', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++) {
      const res = await signUpForm(i % 2 ? b! : a!);
      statuses.push(res.status);
      await res.text();
    }
    // Each instance has had LIMIT / 2 hits: only a shared count has reached the limit.
    expect(statuses).toEqual(Array(LIMIT).fill(200));
    for (const instance of [a!, b!]) {
      const refused = await signUpForm(instance);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect((await refused.json()).error.code).toBe('RATE_LIMITED');
    }
  });

  it('keeps no client address in the shared keys', async () => {
    const redis = new Redis(redisUrl);
    try {
      const keys = await redis.keys(`${prefix}:*`);
      expect(keys.some((k) => k.includes('subscribe-page'))).toBe(true);
      expect(keys.filter((k) => k.includes('127.0.0.1') || k.includes('::1'))).toEqual([]);
    } finally {
      redis.disconnect();
    }
  });
});
