/**
 * The limits suite (issue 15): every limit refuses an operation before it runs, for each principal tier. "Before it
 * runs" is asserted by the SQL statements sent (the same as for `{ __typename }`, which only builds the context)
 * and by the request budget's clock, which is read when execution starts: a refused operation never reads it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isObjectType } from 'graphql';
import { defaultTierLimits, type TierLimits } from '../http/use-operation-limits.js';
import type { Tier } from '../http/use-request-context.js';
import { MAX_PAGE_SIZE } from '../../kernel/graphql/page-size.js';
import { schema } from '../schema.js';
import { createFideleYoga, type FideleYogaOptions } from '../server.js';
import { issueToken } from '../../identity/token.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

interface Body {
  data?: any;
  errors?: { message: string; extensions?: { code?: string; limit?: string } }[];
}

/** One query per tier that is allowed to that tier and touches the database when it runs. */
const queries: Record<Tier, { headers: () => Record<string, string>; query: string }> = {} as never;

describeEachDatabase('operation limits', (provider) => {
  let h: ApiHarness;
  let partnerKey: string;
  let staffToken: string;
  let clockReads = 0;
  const clock = () => {
    clockReads += 1;
    return Date.now();
  };
  /** A server with these options and a clock that counts how often execution reads it. */
  const yogaWith = (options: Partial<FideleYogaOptions> = {}) =>
    createFideleYoga({ db: h.t.db, provider, audit: { disabled: true }, budget: { now: clock }, ...options });
  const run = async (
    yoga: ReturnType<typeof yogaWith>,
    headers: Record<string, string>,
    query: string,
    variables: Record<string, unknown> = {},
  ) => {
    const res = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as Body };
  };
  /** Statements and clock reads of one request. */
  const measure = async (
    yoga: ReturnType<typeof yogaWith>,
    headers: Record<string, string>,
    query: string,
    variables?: Record<string, unknown>,
  ) => {
    h.statements.length = 0;
    clockReads = 0;
    const result = await run(yoga, headers, query, variables);
    return { ...result, statements: h.statements.length, clockReads };
  };

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    for (const lastName of ['Durand', 'Martin', 'Petit']) {
      const id = (
        await h.t.db.contact.create({ data: { kind: 'CLIENT', lastName, brandId: h.brands.a, zoneId: h.zones.north } })
      ).id;
      await h.consent(id, 'partner_sharing');
    }
    const created = await h.as('ADMIN')('mutation($input: ApiKeyInput!) { createApiKey(input: $input) { key } }', {
      input: {
        name: 'Limits',
        brands: [gid('Brand', h.brands.a)],
        purposes: ['partner_sharing'],
        rateLimitPerMinute: 10_000,
      },
    });
    expect(created.errors).toBeUndefined();
    partnerKey = created.data.createApiKey.key;
    staffToken = (await issueToken(h.users.ADMIN)).token;
    queries.anonymous = { headers: () => ({}), query: '{ health { status database } }' };
    queries.partner = {
      headers: () => ({ 'x-api-key': partnerKey, 'x-fidele-purpose': 'partner_sharing' }),
      query: '{ contacts(first: 2) { totalCount edges { node { id } } } }',
    };
    queries.staff = {
      headers: () => ({ authorization: `Bearer ${staffToken}`, 'x-fidele-purpose': 'customer_service' }),
      query: '{ contacts(first: 2) { totalCount edges { node { id } } } }',
    };
    // Warm-up: the key's first use is verified with argon2 and stamps lastUsedAt; later requests do neither.
    await run(yogaWith(), queries.partner.headers(), '{ __typename }');
  });
  afterAll(() => h?.drop());

  it('parses a document once per token limit: parsed for staff, it is still refused to a tier with a lower one', async () => {
    const yoga = yogaWith({ limits: { tiers: { anonymous: { tokens: 5 } } } });
    const doc = '{ health { status database version } }';
    for (let i = 0; i < 2; i++) {
      const staff = await run(yoga, queries.staff.headers(), doc);
      expect(staff.body.errors, JSON.stringify(staff.body)).toBeUndefined();
      const anonymous = await run(yoga, {}, doc);
      expect(anonymous.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'tokens' });
    }
  });

  /** An operation over one limit, allowed otherwise: `base` with aliases, directives or padding as needed. */
  const over: Record<keyof TierLimits, (q: string) => { query: string; limit: number }> = {
    depth: (q) => ({ query: q, limit: 1 }),
    aliases: (q) => ({ query: q.replace(/^\{ (\w+)/, '{ one: $1'), limit: 0 }),
    tokens: (q) => ({ query: q, limit: 5 }),
    directives: (q) => ({ query: q.replace(/(\w+)( \})/, '$1 @include(if: true)$2'), limit: 0 }),
    cost: (q) => ({ query: q, limit: 2 }),
  };

  for (const tier of ['anonymous', 'partner', 'staff'] as Tier[]) {
    describe(`${tier} tier`, () => {
      for (const limit of Object.keys(over) as (keyof TierLimits)[]) {
        it(`refuses an operation over its ${limit} limit before it runs; the same operation runs under the default`, async () => {
          const { headers, query: base } = queries[tier];
          const { query, limit: n } = over[limit](base);
          const baseline = await measure(yogaWith(), headers(), '{ __typename }');
          expect(baseline.status).toBe(200);
          const refused = await measure(yogaWith({ limits: { tiers: { [tier]: { [limit]: n } } } }), headers(), query);
          expect(
            refused.body.errors?.map((e) => e.extensions?.code),
            JSON.stringify(refused.body),
          ).toContain('LIMIT_EXCEEDED');
          expect(refused.body.data).toBeUndefined();
          expect(refused.status).toBe(400);
          expect(refused.statements).toBe(baseline.statements);
          expect(refused.clockReads).toBe(0);
          const accepted = await measure(yogaWith(), headers(), query);
          expect(accepted.body.errors, JSON.stringify(accepted.body)).toBeUndefined();
          expect(accepted.statements).toBeGreaterThan(baseline.statements);
          expect(accepted.clockReads).toBeGreaterThan(0);
        });
      }

      it('refuses `first`/`last` above the maximum or negative (literal or variable) with VALIDATION, before it runs', async () => {
        if (tier === 'anonymous') return; // no connection is open to anonymous callers (next test)
        const { headers } = queries[tier];
        const baseline = await measure(yogaWith(), headers(), '{ __typename }');
        const page = 'query($n: Int) { contacts(first: $n) { totalCount } }';
        for (const [query, variables] of [
          [page, { n: MAX_PAGE_SIZE + 1 }],
          [page, { n: -1 }],
          [`{ contacts(first: ${MAX_PAGE_SIZE + 1}) { totalCount } }`, {}],
          ['{ contacts(last: -3) { totalCount } }', {}],
          [`{ contacts(first: 10, last: ${MAX_PAGE_SIZE * 2}) { totalCount } }`, {}],
        ] as const) {
          const refused = await measure(yogaWith(), headers(), query, variables);
          expect(
            refused.body.errors?.map((e) => e.extensions?.code),
            `${query} ${JSON.stringify(variables)}`,
          ).toContain('VALIDATION');
          // Each bad argument with its catalogue code, for a client to translate.
          const codes = refused.body.errors?.flatMap((e) =>
            ((e.extensions as { fields?: { code: string }[] } | undefined)?.fields ?? []).map((f) => f.code),
          );
          expect(codes?.length, query).toBeGreaterThan(0);
          for (const code of codes ?? []) expect(['BETWEEN', 'AT_LEAST']).toContain(code);
          expect(refused.status).toBe(400);
          expect(refused.statements).toBe(baseline.statements);
          expect(refused.clockReads).toBe(0);
        }
        const max = await measure(yogaWith(), headers(), page, { n: MAX_PAGE_SIZE });
        expect(max.body.errors).toBeUndefined();
      });
    });
  }

  it('lets anonymous callers run only login, health (and me, which reads nothing): anything else is 401 before it runs', async () => {
    const yoga = yogaWith();
    for (const query of [
      '{ contacts(first: 1) { totalCount } }',
      '{ health { status } overview { contactCount } }',
      '{ ...F } fragment F on Query { products { totalCount } }',
    ]) {
      const refused = await measure(yoga, {}, query);
      expect(refused.status, query).toBe(401);
      expect(
        refused.body.errors?.map((e) => e.extensions?.code),
        query,
      ).toContain('UNAUTHENTICATED');
      expect(refused.statements, query).toBe(0);
      expect(refused.clockReads, query).toBe(0);
    }
    const health = await measure(yoga, {}, '{ health { status } me { id } }');
    expect(health.body).toEqual({ data: { health: { status: 'ok' }, me: null } });
  });

  it('orders the default tiers: anonymous stricter than partners, partners stricter than staff', () => {
    for (const limit of Object.keys(defaultTierLimits.staff) as (keyof TierLimits)[]) {
      expect(defaultTierLimits.anonymous[limit], limit).toBeLessThanOrEqual(defaultTierLimits.partner[limit]);
      expect(defaultTierLimits.partner[limit], limit).toBeLessThan(defaultTierLimits.staff[limit]);
    }
  });

  it('bounds relations without paging that multiply (products → actions → products → actions) by the default cost', async () => {
    const { headers } = queries.staff;
    const baseline = await measure(yogaWith(), headers(), '{ __typename }');
    const query =
      '{ products(first: 100) { edges { node { actions { products { actions { products { actions { products { code } } } } } } } } } }';
    const refused = await measure(yogaWith(), headers(), query);
    expect(refused.body.errors?.map((e) => e.extensions?.limit)).toContain('cost');
    expect(refused.statements).toBe(baseline.statements);
    expect(refused.clockReads).toBe(0);
  });

  it('applies the page-size rule to every connection of the schema (each has first/last)', () => {
    const connections = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((f) => getNamedType(f.type).name.endsWith('Connection'))
          .map((f) => ({ f, at: `${type.name}.${f.name}` })),
      );
    expect(connections.length).toBeGreaterThan(10);
    for (const { f, at } of connections)
      expect(
        f.args.map((a) => a.name),
        at,
      ).toEqual(expect.arrayContaining(['first', 'last']));
  });

  describe('time budget and client disconnects', () => {
    // totalCount is resolved after the page: its COUNT statement is work started after the first statement.
    const query = '{ contacts(first: 2) { totalCount edges { node { id } } } }';
    const counts = () => h.statements.filter((sql) => /count\(/i.test(sql)).length;

    /** Runs `query` as staff; `onStatement` is called for each statement sent once execution has started. */
    const withStatementHook = async (onStatement: () => void, run: () => Promise<unknown>) => {
      const push = h.statements.push;
      h.statements.push = (...sql: string[]) => {
        onStatement();
        return push.apply(h.statements, sql);
      };
      try {
        return await run();
      } finally {
        h.statements.push = push;
      }
    };

    it('starts no resolver once the budget is spent: totalCount answers TIMEOUT and its COUNT is never sent', async () => {
      const { headers } = queries.staff;
      const normal = await measure(yogaWith(), headers(), query);
      expect(normal.body.errors).toBeUndefined();
      expect(counts()).toBe(1);
      let t = 1_000_000;
      let started = false;
      const jumpy = createFideleYoga({
        db: h.t.db,
        provider,
        audit: { disabled: true },
        budget: { timeoutMs: 5_000, now: () => ((started = true), t) },
      });
      h.statements.length = 0;
      // The clock jumps past the budget when the first statement is sent after execution started (not while the
      // context is built).
      const result = (await withStatementHook(
        () => {
          if (started) t += 10_000;
        },
        () => run(jumpy, headers(), query),
      )) as { body: Body };
      expect(result.body.errors?.map((e) => e.extensions?.code)).toEqual(['TIMEOUT']);
      expect(counts()).toBe(0);
      expect(h.statements.length).toBeLessThan(normal.statements);
    });

    it('starts no resolver once the client has gone', async () => {
      const { headers } = queries.staff;
      const controller = new AbortController();
      let started = false;
      const watching = createFideleYoga({
        db: h.t.db,
        provider,
        audit: { disabled: true },
        budget: { now: () => ((started = true), Date.now()) },
      });
      h.statements.length = 0;
      await withStatementHook(
        () => {
          if (started) controller.abort();
        },
        async () => {
          try {
            const res = await watching.fetch('http://test/graphql', {
              method: 'POST',
              signal: controller.signal,
              headers: { 'content-type': 'application/json', ...headers() },
              body: JSON.stringify({ query }),
            });
            await res.text();
          } catch {
            // The client gave up: nobody reads the answer.
          }
        },
      );
      // The page's statement finishes (a statement is not interrupted); totalCount never starts. Wait well past the
      // time a COUNT takes before looking.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(controller.signal.aborted).toBe(true);
      expect(counts()).toBe(0);
    });
  });
});
