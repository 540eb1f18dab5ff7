/**
 * Several API instances share rate limits and login throttles: two real `fidele start` processes on one PostgreSQL
 * database and one Redis (a key prefix of this run), requests sent to them in turn. A partner's (limit+1)th request
 * is refused whichever instance receives it, an account locked through one instance is locked on the other, and a
 * key revoked through one is refused at once by the other, which had it in its cache of verified keys. With counters
 * per process, two instances would allow twice every limit.
 */
import { hash } from '@node-rs/argon2';
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../api-key.service.js';
import { createTestDatabase, type TestDatabase } from '../../testing/databases.js';
import { freePort } from '../../testing/server-process.js';

const root = path.resolve(import.meta.dirname, '../../../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const redisUrl = process.env.FIDELE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `fidele-test-${process.pid}-${Date.now().toString(36)}`;
const PASSWORD = 'a long and private passphrase';
const LIMIT = 4;

interface Instance {
  url: string;
  child: ChildProcess;
  output: () => string;
}

/** `fidele start` in a child process, resolved once it answers HTTP (rejected if it exits first). */
async function startInstance(databaseUrl: string): Promise<Instance> {
  const port = await freePort();
  const env = { ...process.env };
  for (const k of ['NODE_ENV', 'FIDELE_ENV', 'FIDELE_RATE_LIMIT_STORE']) delete env[k];
  const child = spawn(tsx, ['packages/server/src/platform/cli.ts', 'start', '--no-seed', '--port', String(port)], {
    cwd: root,
    env: {
      ...env,
      DATABASE_URL: databaseUrl,
      FIDELE_REDIS_URL: redisUrl,
      FIDELE_RATE_LIMIT_PREFIX: prefix,
      // One signing key for both, so that a token issued by one instance is accepted by the other.
      FIDELE_TOKEN_SECRET: 'k3Jx9-vQ2mW7pL0zR4tY8uN1bC6dF5gH-shared-rate-limits',
    },
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`instance exited with ${code}:\n${output}`))),
  );
  const answering = (async () => {
    for (;;) {
      try {
        await fetch(`${url}/graphql?query=%7B__typename%7D`);
        return;
      } catch {
        await new Promise((done) => setTimeout(done, 200));
      }
    }
  })();
  await Promise.race([answering, exited]);
  exited.catch(() => {});
  return { url, child, output: () => output };
}

async function stopInstance(instance: Instance | undefined): Promise<void> {
  if (!instance || instance.child.exitCode !== null) return;
  const exited = new Promise((done) => instance.child.once('exit', done));
  instance.child.kill('SIGTERM');
  await exited;
}

/** One GraphQL request: status, Retry-After and the first error code. */
async function gql(instance: Instance, headers: Record<string, string>, query: string, variables = {}) {
  const res = await fetch(`${instance.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: { extensions: { code: string } }[] };
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    code: body.errors?.[0]?.extensions.code ?? null,
    data: body.data,
  };
}

const loginMutation = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

describe('two API instances on one PostgreSQL database and one Redis', () => {
  let t: TestDatabase;
  let a: Instance | undefined;
  let b: Instance | undefined;
  const keys: Record<string, { key: string; id: number }> = {};

  beforeAll(async () => {
    t = await createTestDatabase('postgresql');
    const brand = await t.db.brand.create({ data: { code: 'A', name: 'Brand A' } });
    const purpose = await t.db.purpose.create({
      data: { code: 'partner_sharing', name: 'Partner sharing', legalBasis: 'CONSENT' },
    });
    const passwordHash = await hash(PASSWORD);
    for (const email of ['admin@example.com', 'locked@example.com'])
      await t.db.staffUser.create({ data: { email, firstName: 'S', lastName: 'U', role: 'ADMIN', passwordHash } });
    for (const [name, rateLimitPerMinute] of [
      ['limited', LIMIT],
      ['revoked', 1000],
    ] as const) {
      const { key, prefix: keyPrefix } = generateApiKey();
      const row = await t.db.apiKey.create({
        data: {
          name,
          prefix: keyPrefix,
          keyHash: await hash(key),
          rateLimitPerMinute,
          brands: { create: { brandId: brand.id } },
          purposes: { create: { purposeId: purpose.id } },
        },
      });
      keys[name] = { key, id: row.id };
    }
    [a, b] = await Promise.all([startInstance(t.target.url), startInstance(t.target.url)]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([stopInstance(a), stopInstance(b)]);
    await t?.drop();
    const redis = new Redis(redisUrl);
    const stale = await redis.keys(`${prefix}:*`);
    if (stale.length) await redis.del(...stale);
    redis.disconnect();
  }, 60_000);

  const partner = (name: string) => ({ 'x-api-key': keys[name]!.key, 'x-fidele-purpose': 'partner_sharing' });

  it("refuses a partner's (limit+1)th request, whichever instance receives it, with RATE_LIMITED and Retry-After", async () => {
    const answers = [];
    for (let i = 0; i <= LIMIT; i++) answers.push(await gql(i % 2 ? b! : a!, partner('limited'), '{ __typename }'));
    expect(answers.slice(0, LIMIT).map((r) => [r.status, r.code])).toEqual(Array(LIMIT).fill([200, null]));
    const refused = answers[LIMIT]!;
    expect([refused.status, refused.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    // The other instance refuses too: the window is full for both.
    const other = await gql(LIMIT % 2 ? a! : b!, partner('limited'), '{ __typename }');
    expect([other.status, other.code]).toEqual([429, 'RATE_LIMITED']);
  });

  it('locks an account on both instances after the failures made through both (10 by default)', async () => {
    for (let i = 0; i < 10; i++) {
      const r = await gql(i % 2 ? b! : a!, {}, loginMutation, { e: 'locked@example.com', p: 'wrong' });
      expect(r.code, `failure ${i + 1}`).toBe('UNAUTHENTICATED');
    }
    for (const instance of [a!, b!]) {
      const r = await gql(instance, {}, loginMutation, { e: 'locked@example.com', p: PASSWORD });
      expect([r.status, r.code]).toEqual([429, 'RATE_LIMITED']);
      expect(Number(r.retryAfter)).toBeGreaterThan(0);
    }
    // Another account is not affected.
    const other = await gql(b!, {}, loginMutation, { e: 'admin@example.com', p: PASSWORD });
    expect(other.code).toBeNull();
  });

  it('refuses a key revoked through one instance at once on the other, which had verified it', async () => {
    for (const instance of [a!, b!])
      expect((await gql(instance, partner('revoked'), '{ __typename }')).code).toBeNull();
    const login = await gql(a!, {}, loginMutation, { e: 'admin@example.com', p: PASSWORD });
    const revoke = await gql(
      a!,
      { authorization: `Bearer ${login.data.login.token}` },
      'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
      { id: Buffer.from(`ApiKey:${keys.revoked!.id}`).toString('base64') },
    );
    expect(revoke.code).toBeNull();
    const refused = await gql(b!, partner('revoked'), '{ __typename }');
    expect([refused.status, refused.code]).toEqual([401, 'UNAUTHENTICATED']);
  });
});
