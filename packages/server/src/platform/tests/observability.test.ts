import { request as httpRequest } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../identity/token.js';
import { createDb } from '../../kernel/db/client.js';
import { applyMigrations, readMigrations } from '../../kernel/db/migrate.js';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { createEmptyDatabase, createTestDatabase, describeEachDatabase } from '../../testing/databases.js';
import { databaseUrl } from '../../testing/postgres.js';
import { type RunningServer, startServer } from '../http/start-server.js';
import { runJob } from '../jobs/scheduler.js';
import { GraphQLError } from 'graphql';
import { setSystemLog, systemLog } from '../../kernel/system-log.js';
import { createLogger, errorFields, requestIdFrom } from '../observability/logger.js';
import { registerQueueDepth } from '../observability/metrics.js';

/** The personal values of the contact the requests read: none may appear in a log line. */
const personal = {
  email: 'zoe.quintessa@perso.example',
  lastName: 'Quintessa',
  firstName: 'Zoé',
  phone: '+33612345678',
  addressLine1: '17 rue des Lilas',
};

/** Every line the server logs, as text and parsed. */
function captureLogs() {
  const lines: string[] = [];
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(line) } });
  const parsed = () => lines.map((l) => JSON.parse(l) as Record<string, any>);
  /** The request lines are written when a response is done, just after the client has read it. */
  const requestLine = async (reqId: string) => {
    for (let i = 0; i < 200; i++) {
      const line = parsed().find((l) => l.reqId === reqId && l.msg === 'request');
      if (line) return line;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no request line for ${reqId}`);
  };
  return { lines, logger, parsed, requestLine };
}

describe('request logs and metrics [sqlite]', () => {
  let h: ApiHarness;
  let server: RunningServer;
  let token: string;
  const logs = captureLogs();
  beforeAll(async () => {
    h = await createApiHarness('sqlite', { purposes: true });
    const contact = await h.t.db.contact.create({
      data: { kind: 'CLIENT', brandId: h.brands.a, zoneId: h.zones.north, ...personal },
    });
    await h.consent(contact.id, 'customer_service');
    token = (await issueToken(h.users.ADMIN)).token;
    server = await startServer({ db: h.t.db, provider: 'sqlite', port: 0, logger: logs.logger });
  });
  afterAll(async () => {
    await server?.close();
    await h?.drop();
  });
  afterEach(() => {
    delete process.env.FIDELE_METRICS_TOKEN;
  });

  const graphql = (headers: Record<string, string>, body: unknown) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  const readContacts = {
    query: `query ReadContacts($search: String) {
      contacts(first: 5, filter: { search: $search }) { edges { node { email firstName lastName phone addressLine1 } } }
    }`,
    variables: { search: personal.email },
  };

  it('logs one line per GraphQL request with its id, operation, principal, purpose and outcome', async () => {
    const res = await graphql(
      { authorization: `Bearer ${token}`, 'x-fidele-purpose': 'customer_service', 'x-request-id': 'trace-0001-abcd' },
      readContacts,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('trace-0001-abcd');
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.contacts.edges[0].node.email).toBe(personal.email);
    const line = await logs.requestLine('trace-0001-abcd');
    expect(line).toMatchObject({
      level: 30,
      method: 'POST',
      route: '/graphql',
      status: 200,
      operationName: 'ReadContacts',
      operationType: 'query',
      principal: 'user',
      role: 'ADMIN',
      purpose: 'customer_service',
      outcome: 'ok',
    });
    expect(line.durationMs).toBeTypeOf('number');
    expect(line.errorCodes).toBeUndefined();
  });

  it('logs failures with their error codes, and generates an id when the incoming one is malformed', async () => {
    const anonymous = await graphql({ 'x-request-id': personal.email }, readContacts);
    const id = anonymous.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = await logs.requestLine(id);
    expect(line).toMatchObject({ principal: 'anonymous', outcome: 'error', operationName: 'ReadContacts' });
    expect(line.errorCodes.length).toBeGreaterThan(0);
    expect(line.role).toBeUndefined();

    const login = await graphql(
      { 'x-request-id': 'trace-0002-login' },
      {
        query:
          'mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        variables: { email: personal.email, password: 'not-the-password' },
      },
    );
    await login.text();
    expect(await logs.requestLine('trace-0002-login')).toMatchObject({
      operationName: 'SignIn',
      operationType: 'mutation',
      outcome: 'error',
      errorCodes: ['UNAUTHENTICATED'],
    });
  });

  it('logs plain routes by their pattern, never their path (a survey link carries a token)', async () => {
    const surveyToken = 'secret-survey-token-0123456789';
    const res = await fetch(`${server.url}/surveys/answer/${surveyToken}`, {
      headers: { 'x-request-id': 'trace-0003' },
    });
    await res.text();
    expect(await logs.requestLine('trace-0003')).toMatchObject({ route: '/surveys/answer/', method: 'GET' });
    const exportRes = await fetch(`${server.url}/export/contacts?purpose=x`, {
      headers: { 'x-request-id': 'trace-0004' },
    });
    await exportRes.text();
    expect(await logs.requestLine('trace-0004')).toMatchObject({
      route: '/export/contacts',
      status: 401,
      outcome: 'error',
      principal: 'anonymous',
    });
    expect(logs.lines.join('\n')).not.toContain(surveyToken);
  });

  it('writes no personal value, token or variable in any line', async () => {
    const text = logs.lines.join('\n');
    expect(logs.lines.length).toBeGreaterThanOrEqual(5);
    for (const value of [...Object.values(personal), '612345678', token, 'not-the-password', 'contacts(first'])
      expect(text).not.toContain(value);
  });

  it('serves the request counters, job outcomes and queue depths at /metrics to a loopback caller', async () => {
    const unregister = registerQueueDepth('test-queue', () => 7);
    await runJob({ name: 'metrics-ok', everyMs: 1000, run: async () => {} }, h.t.db, 'sqlite', new Date());
    await expect(
      runJob(
        { name: 'metrics-ko', everyMs: 1000, run: () => Promise.reject(new Error('x')) },
        h.t.db,
        'sqlite',
        new Date(),
      ),
    ).rejects.toThrow();
    const res = await fetch(`${server.url}/metrics`);
    unregister();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/^fidele_graphql_requests_total\{operation="ReadContacts",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^fidele_graphql_requests_total\{operation="SignIn",outcome="UNAUTHENTICATED"\} 1$/m);
    expect(text).toMatch(/^fidele_graphql_request_duration_seconds_count\{operation="ReadContacts"\} 2$/m);
    expect(text).toMatch(/^fidele_http_requests_total\{route="\/export\/contacts",method="GET",status="401"\} 1$/m);
    expect(text).toMatch(/^fidele_job_runs_total\{job="metrics-ok",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^fidele_job_runs_total\{job="metrics-ko",outcome="failed"\} 1$/m);
    expect(text).toMatch(/^fidele_queue_depth\{queue="test-queue"\} 7$/m);
    expect(text).toMatch(/^fidele_process_resident_memory_bytes \d+/m);
  });

  it('refuses /metrics to a proxied caller: 404 without a metrics token, 401 with a wrong one', async () => {
    const proxied = { 'x-forwarded-for': '203.0.113.9' };
    const hidden = await fetch(`${server.url}/metrics`, { headers: proxied });
    expect(hidden.status).toBe(404);
    expect((await hidden.json()).error.code).toBe('NOT_FOUND');
    process.env.FIDELE_METRICS_TOKEN = 'metrics-token-for-the-test-0123456789';
    const wrong = await fetch(`${server.url}/metrics`, { headers: { ...proxied, authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.code).toBe('UNAUTHENTICATED');
    const right = await fetch(`${server.url}/metrics`, {
      headers: { ...proxied, authorization: `Bearer ${process.env.FIDELE_METRICS_TOKEN}` },
    });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('fidele_graphql_requests_total');
  });
});

describe('what an error or a request id may put in a log', () => {
  it('keeps the type, code and frames of an error; its message without e-mails or phone numbers', () => {
    const fields = errorFields(new Error('no mail to zoe.quintessa@perso.example or +33 6 12 34 56 78\nsecond line'));
    expect(fields).toMatchObject({ type: 'Error', message: 'no mail to [email] or [number]' });
    expect((fields.stack as string[])[0]).toMatch(/^at /);
  });

  it('leaves out the message of a database error, and describes the original of a GraphQL error', () => {
    const prisma = Object.assign(new Error('Invalid `prisma.contact.create()`: lastName: "Quintessa"'), {
      name: 'PrismaClientKnownRequestError',
      code: 'P2002',
    });
    expect(errorFields(prisma)).toMatchObject({ type: 'PrismaClientKnownRequestError', code: 'P2002' });
    expect(errorFields(prisma).message).toBeUndefined();
    const wrapped = new GraphQLError(prisma.message, { originalError: prisma, path: ['contacts', 0] });
    expect(errorFields(wrapped)).toMatchObject({ type: 'PrismaClientKnownRequestError', path: ['contacts', 0] });
    expect(JSON.stringify(errorFields(wrapped))).not.toContain('Quintessa');
  });

  it('logs the errors of the contexts below the platform (a failed trigger) the same way', () => {
    const { lines, logger } = captureLogs();
    setSystemLog(logger);
    try {
      const prisma = Object.assign(new Error('Unique constraint failed: email "zoe.quintessa@perso.example"'), {
        name: 'PrismaClientKnownRequestError',
        code: 'P2002',
      });
      systemLog().error({ err: prisma, triggerId: 7 }, 'trigger failed');
    } finally {
      setSystemLog(null);
    }
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 50,
      msg: 'trigger failed',
      triggerId: 7,
      err: { code: 'P2002' },
    });
    expect(lines[0]).not.toContain('zoe.quintessa');
  });

  it('refuses an unknown level, naming the setting', () => {
    expect(() => createLogger({ level: 'verbose' })).toThrow(/FIDELE_LOG_LEVEL must be one of .*info.* or silent/);
  });

  it('takes a well-formed x-request-id, and makes a new one for anything else', () => {
    expect(requestIdFrom('0af7651916cd43dd8448eb211c80319c')).toBe('0af7651916cd43dd8448eb211c80319c');
    for (const bad of ['short', 'zoe@perso.example-0001', 'a b c d e f g h', 'x'.repeat(129), undefined])
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});

/** GET a path with Node's client (fetch refuses nothing here, but this keeps the status of a 503 body simple). */
const get = (url: string) =>
  new Promise<{ status: number; body: any }>((resolve, reject) => {
    httpRequest(url, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    })
      .on('error', reject)
      .end();
  });

describeEachDatabase('health endpoints', (provider) => {
  const silent = createLogger({ level: 'silent' });
  const serve = async <T>(db: ReturnType<typeof createDb>, check: (url: string) => Promise<T>, logger = silent) => {
    const server = await startServer({ db, provider, port: 0, logger });
    try {
      return await check(server.url);
    } finally {
      await server.close();
    }
  };

  it('is live, and ready on a migrated database', async () => {
    const t = await createTestDatabase(provider);
    try {
      await serve(t.db, async (url) => {
        expect(await get(`${url}/health/live`)).toEqual({ status: 200, body: { status: 'live' } });
        expect(await get(`${url}/health/ready`)).toEqual({ status: 200, body: { status: 'ready' } });
        // The pg adapter's pool, reached through kernel/db/client.ts; SQLite has no pool to show.
        const metrics = await (await fetch(`${url}/metrics`)).text();
        if (provider === 'postgresql') {
          expect(metrics).toMatch(/^fidele_db_pool_connections\{state="total"\} [1-9]\d*$/m);
          expect(metrics).toMatch(/^fidele_db_pool_connections\{state="waiting"\} 0$/m);
        } else expect(metrics).not.toMatch(/^fidele_db_pool_connections\{/m);
      });
    } finally {
      await t.drop();
    }
  });

  it('is not ready while migrations are pending: none applied, or all but the last', async () => {
    const empty = await createEmptyDatabase(provider);
    const db = createDb(empty.target);
    try {
      const names = readMigrations(provider).migrationDirectories.map((d) => d.path);
      await serve(db, async (url) => {
        expect(await get(`${url}/health/live`)).toMatchObject({ status: 200 });
        expect(await get(`${url}/health/ready`)).toEqual({
          status: 503,
          body: { status: 'unavailable', reason: 'MIGRATIONS_PENDING', pending: names.length },
        });
        await applyMigrations(empty.target, { until: names[names.length - 2] });
        expect(await get(`${url}/health/ready`)).toEqual({
          status: 503,
          body: { status: 'unavailable', reason: 'MIGRATIONS_PENDING', pending: 1 },
        });
      });
    } finally {
      await db.$disconnect();
      await empty.drop();
    }
  });

  if (provider === 'postgresql')
    it('is not ready when the database does not answer, and logs the unexpected errors with the request id', async () => {
      const db = createDb({ provider, url: databaseUrl(`fidele_missing_${process.pid}`) });
      const logs = captureLogs();
      try {
        await serve(
          db,
          async (url) => {
            expect(await get(`${url}/health/ready`)).toEqual({
              status: 503,
              body: { status: 'unavailable', reason: 'DATABASE_UNAVAILABLE' },
            });
            // A valid token makes the context factory read the user: the database error is unexpected.
            const res = await fetch(`${url}/graphql`, {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${(await issueToken(1)).token}`,
                'x-request-id': 'trace-db-down-1',
              },
              body: JSON.stringify({ query: 'query Me { me { id } }' }),
            });
            expect(res.status).toBe(500);
            expect(await logs.requestLine('trace-db-down-1')).toMatchObject({ status: 500, outcome: 'error' });
            const error = logs.parsed().find((l) => l.msg === 'unexpected error');
            expect(error).toMatchObject({ level: 50, reqId: 'trace-db-down-1' });
            expect(error!.err.type).toBeTypeOf('string');
            expect(error!.err.stack.length).toBeGreaterThan(0);
            // A database error's message may quote a statement's values: only its type and code are kept.
            expect(error!.err.message).toBeUndefined();
          },
          logs.logger,
        );
      } finally {
        await db.$disconnect();
      }
    });
});
