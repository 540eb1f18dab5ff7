/**
 * Login throttling over the real HTTP server: per account (from any client) and per client address (over any
 * account), RATE_LIMITED with HTTP 429 and Retry-After, even with the right password; unknown e-mails take the same
 * code path as known ones (one argon2 verification, against a dummy hash: counted with a spy, not timed); the audit
 * row names the account tried, never the password. Client addresses differ by binding the test's sockets to other
 * loopback addresses (127.0.0.x), so the server sees real peers.
 */
import { hash } from '@node-rs/argon2';
import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from '../../platform/http/start-server.js';
import { clientAddress, clientKey, dummyPasswordHash, login, passwordCheck } from '../auth.service.js';
import { createLoginThrottle } from '../login-throttle.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../testing/databases.js';

const PASSWORD = 'correct horse battery';
const loginMutation = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: {
    data?: { login: { token: string } } | null;
    errors?: { message: string; extensions: { code: string; retryAfterSeconds?: number } }[];
  };
}

describeEachDatabase('login throttling over HTTP', (provider) => {
  let t: TestDatabase;
  let server: RunningServer;

  /** POSTs a login from the loopback address `from` (127.0.0.x). */
  const attempt = (
    email: string,
    password: string,
    from: string,
    extra: Record<string, string> = {},
  ): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ query: loginMutation, variables: { e: email, p: password } });
      const req = request(`${server.url}/graphql`, {
        method: 'POST',
        localAddress: from,
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          'content-length': Buffer.byteLength(body),
          ...extra,
        },
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            retryAfter: res.headers['retry-after'] as string | undefined,
            body: JSON.parse(Buffer.concat(chunks).toString()),
          }),
        );
      });
      req.on('error', reject);
      req.end(body);
    });
  const code = (a: Answer) => a.body.errors?.[0]?.extensions.code;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    const passwordHash = await hash(PASSWORD);
    for (const name of ['victim', 'sprayed', 'reset', 'other', 'off', 'proxied', 'spoofer']) {
      await t.db.staffUser.create({
        data: {
          email: `${name}@example.com`,
          firstName: name,
          lastName: 'T',
          role: 'MARKETING',
          passwordHash,
          active: name !== 'off',
        },
      });
    }
    server = await startServer({ db: t.db, provider, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await t?.drop();
  });

  it('after 30 failures the 31st attempt, with the right password, is refused: 429, Retry-After, RATE_LIMITED', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 30; i++) codes.push(code(await attempt('victim@example.com', `guess ${i}`, '127.0.0.2')));
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    expect(codes.slice(10)).toEqual(Array(20).fill('RATE_LIMITED'));
    const right = await attempt('Victim@Example.com ', PASSWORD, '127.0.0.2');
    expect(right.status).toBe(429);
    expect(right.body.data ?? null).toBeNull();
    expect(code(right)).toBe('RATE_LIMITED');
    const seconds = Number(right.retryAfter);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(900);
    expect(right.body.errors![0]!.extensions.retryAfterSeconds).toBe(seconds);
  });

  it('the account limit holds from another client address too', async () => {
    const elsewhere = await attempt('victim@example.com', PASSWORD, '127.0.0.3');
    expect(code(elsewhere)).toBe('RATE_LIMITED');
    // ...while another account logs in from that address.
    const other = await attempt('other@example.com', PASSWORD, '127.0.0.3');
    expect(other.status).toBe(200);
    expect(other.body.data?.login.token).toEqual(expect.any(String));
  });

  it('one client spraying passwords over many accounts is stopped after 30 failures, other clients are not', async () => {
    for (let i = 0; i < 30; i++)
      expect(code(await attempt(`user${i}@example.com`, 'Spring2026!', '127.0.0.4'))).toBe('UNAUTHENTICATED');
    const refused = await attempt('sprayed@example.com', PASSWORD, '127.0.0.4');
    expect(refused.status).toBe(429);
    expect(code(refused)).toBe('RATE_LIMITED');
    const fromElsewhere = await attempt('sprayed@example.com', PASSWORD, '127.0.0.5');
    expect(fromElsewhere.body.data?.login.token).toEqual(expect.any(String));
  });

  it('behind a trusted proxy, clients are told apart by X-Forwarded-For; elsewhere the header is ignored', async () => {
    process.env.FIDELE_TRUSTED_PROXIES = '127.0.0.8';
    try {
      const via = (xff: string) => ({ 'x-forwarded-for': xff });
      for (let i = 0; i < 30; i++)
        expect(code(await attempt(`p${i}@example.com`, 'x', '127.0.0.8', via(`10.9.9.9, 198.51.100.1`)))).toBe(
          'UNAUTHENTICATED',
        );
      expect(code(await attempt('proxied@example.com', PASSWORD, '127.0.0.8', via('198.51.100.1')))).toBe(
        'RATE_LIMITED',
      );
      expect(
        (await attempt('proxied@example.com', PASSWORD, '127.0.0.8', via('198.51.100.2'))).body.data?.login.token,
      ).toEqual(expect.any(String));
      // Not a trusted proxy: rotating the header does not make a new client.
      for (let i = 0; i < 30; i++)
        expect(code(await attempt(`s${i}@example.com`, 'x', '127.0.0.9', via(`203.0.113.${i}`)))).toBe(
          'UNAUTHENTICATED',
        );
      expect(code(await attempt('spoofer@example.com', PASSWORD, '127.0.0.9', via('203.0.113.200')))).toBe(
        'RATE_LIMITED',
      );
    } finally {
      delete process.env.FIDELE_TRUSTED_PROXIES;
    }
  });

  it('a successful login clears the account failures', async () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 9; i++)
        expect(code(await attempt('reset@example.com', 'nope', '127.0.0.6'))).toBe('UNAUTHENTICATED');
      expect((await attempt('reset@example.com', PASSWORD, '127.0.0.7')).body.data?.login.token).toEqual(
        expect.any(String),
      );
    }
  });

  it('audits each attempt under the account tried (its e-mail), never the password', async () => {
    const rows = await t.db.auditLog.findMany({
      where: { operation: 'LOGIN', entityId: 'victim@example.com' },
      orderBy: { id: 'asc' },
    });
    expect(rows).toHaveLength(32);
    expect(rows.every((r) => r.entity === 'StaffUser' && r.actorUserId === null)).toBe(true);
    expect(rows.slice(0, 10).map((r) => [r.outcome, r.errorCode])).toEqual(
      Array(10).fill(['DENIED', 'UNAUTHENTICATED']),
    );
    expect(rows.slice(10).map((r) => [r.outcome, r.errorCode])).toEqual(Array(22).fill(['DENIED', 'RATE_LIMITED']));
    const unknown = await t.db.auditLog.findMany({ where: { operation: 'LOGIN', entityId: 'user7@example.com' } });
    expect(unknown).toHaveLength(1);
    const all = JSON.stringify(await t.db.auditLog.findMany({ where: { operation: 'LOGIN' } }));
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toContain('guess 3');
    expect(all).not.toContain('Spring2026!');
  });
});

describeEachDatabase('login: unknown e-mails take the same code path', (provider) => {
  let t: TestDatabase;
  let userHash: string;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    userHash = await hash(PASSWORD);
    await t.db.staffUser.create({
      data: { email: 'ana@example.com', firstName: 'Ana', lastName: 'L', role: 'SALES', passwordHash: userHash },
    });
    await t.db.staffUser.create({
      data: {
        email: 'gone@example.com',
        firstName: 'G',
        lastName: 'O',
        role: 'SALES',
        passwordHash: userHash,
        active: false,
      },
    });
  });
  afterAll(() => t?.drop());
  afterEach(() => vi.restoreAllMocks());

  it('runs one argon2 verification for a wrong password, a disabled account and an unknown e-mail (a dummy hash)', async () => {
    const spy = vi.spyOn(passwordCheck, 'verify');
    const throttle = createLoginThrottle();
    for (const email of ['ana@example.com', 'gone@example.com', 'nobody@example.com']) {
      spy.mockClear();
      await expect(
        login(t.db, email, email === 'gone@example.com' ? PASSWORD : 'wrong', { throttle, client: 'c' }),
      ).rejects.toMatchObject({
        message: 'Wrong e-mail or password.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(spy, email).toHaveBeenCalledTimes(1);
    }
    const dummy = await dummyPasswordHash();
    expect(spy).toHaveBeenLastCalledWith(dummy, 'wrong');
    // The dummy costs what a real hash costs: same algorithm, version and parameters.
    const params = (h: string) => h.split('$').slice(1, 4).join('$');
    expect(params(dummy)).toBe(params(userHash));
    expect(params(dummy)).toMatch(/^argon2id\$v=19\$m=\d+,t=\d+,p=\d+$/);
  });

  it('refuses over the limit before any password work', async () => {
    const spy = vi.spyOn(passwordCheck, 'verify');
    const throttle = createLoginThrottle({ account: { failures: 2, windowSeconds: 60 } });
    for (let i = 0; i < 2; i++)
      await expect(login(t.db, 'ana@example.com', 'x', { throttle, client: 'c' })).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
      });
    spy.mockClear();
    await expect(login(t.db, 'ana@example.com', PASSWORD, { throttle, client: 'c' })).rejects.toMatchObject({
      extensions: { code: 'RATE_LIMITED' },
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it('lets the account in again once the window has passed', async () => {
    const throttle = createLoginThrottle({ account: { failures: 1, windowSeconds: 1 } });
    await expect(login(t.db, 'ana@example.com', 'x', { throttle, client: 'c' })).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(login(t.db, 'ana@example.com', PASSWORD, { throttle, client: 'c' })).rejects.toMatchObject({
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1 },
    });
    await new Promise((done) => setTimeout(done, 1100));
    expect((await login(t.db, 'ana@example.com', PASSWORD, { throttle, client: 'c' })).token).toEqual(
      expect.any(String),
    );
  });
});

describe('client addresses', () => {
  it('reads X-Forwarded-For only from trusted proxies, from the nearest untrusted hop', () => {
    expect(clientAddress('203.0.113.5', '198.51.100.1', [])).toBe('203.0.113.5');
    expect(clientAddress('203.0.113.5', '198.51.100.1', ['10.0.0.0/8'])).toBe('203.0.113.5');
    expect(clientAddress('10.0.0.2', '198.51.100.1, 10.0.0.7', ['10.0.0.0/8'])).toBe('198.51.100.1');
    expect(clientAddress('::ffff:10.0.0.2', 'spoofed, 198.51.100.1', ['10.0.0.0/8'])).toBe('198.51.100.1');
    expect(clientAddress('10.0.0.2', 'garbage', ['10.0.0.0/8'])).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', null, ['10.0.0.0/8'])).toBe('10.0.0.2');
    expect(clientAddress(undefined, '198.51.100.1', ['10.0.0.0/8'])).toBeNull();
  });
});

describe('client keys', () => {
  it('unwraps IPv4-mapped addresses and counts IPv6 clients by /64', () => {
    expect(clientKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe(clientKey('2001:db8:1:2:ffff::9'));
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:3::1')).not.toBe(clientKey('2001:db8:1:2::1'));
    expect(clientKey(undefined)).toBe('unknown');
  });
});
