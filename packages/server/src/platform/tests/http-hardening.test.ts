/**
 * Hostile input on the HTTP server and /graphql (issue 15): no path, id, cursor or variable crashes the process or
 * answers 500; every error carries a code; production defaults (introspection, suggestions, GraphiQL, CORS,
 * security headers, 401/403 for request-level errors).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../http/start-server.js';
import { isProduction } from '../../kernel/production-mode.js';
import { corsOrigins } from '../http/security-headers.js';
import { createFideleYoga } from '../server.js';
import { issueToken } from '../../identity/token.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const post = (yoga: ReturnType<typeof createFideleYoga>, body: unknown, headers: Record<string, string> = {}) =>
  yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const codesOf = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  body.errors?.map((e) => e.extensions?.code);

describeEachDatabase('HTTP hardening', (provider) => {
  let h: ApiHarness;
  let server: RunningServer;
  let contactId: number;
  let adminToken: string;
  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    contactId = (
      await h.t.db.contact.create({
        data: { kind: 'CLIENT', lastName: 'Durand', brandId: h.brands.a, zoneId: h.zones.north },
      })
    ).id;
    await h.t.db.contact.create({
      data: { kind: 'CLIENT', lastName: 'Martin', brandId: h.brands.a, zoneId: h.zones.north },
    });
    const adminDist = mkdtempSync(path.join(tmpdir(), 'fidele-admin-'));
    writeFileSync(path.join(adminDist, 'index.html'), '<!doctype html><title>Fidele</title>');
    server = await startServer({ db: h.t.db, provider, port: 0, adminDist });
    adminToken = (await issueToken(h.users.ADMIN)).token;
  });
  afterAll(async () => {
    await server?.close();
    await h?.drop();
  });

  describe('paths', () => {
    it('answers 400 BAD_REQUEST to malformed percent-encoding under /admin and elsewhere, and stays up', async () => {
      for (const p of [
        '/admin/%E0%A4%A',
        '/admin/%',
        '/admin/assets/%C0%AF',
        '/surveys/answer/%ZZ',
        '/documents/%E0',
        '/graphql%',
      ]) {
        const res = await fetch(`${server.url}${p}`);
        expect(res.status, p).toBe(400);
        expect((await res.json()).error.code, p).toBe('BAD_REQUEST');
      }
      const nul = await fetch(`${server.url}/admin/index.html%00.js`);
      expect(nul.status).toBe(400);
      const alive = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ health { status } }')}`, {
        headers: { accept: 'application/json' },
      });
      expect(alive.status).toBe(200);
    });

    it('answers a malformed global id in a plain route path with 400, not 500', async () => {
      const res = await fetch(`${server.url}/documents/${encodeURIComponent('not-an-id')}`, {
        headers: { authorization: `Bearer ${adminToken}` },
      });
      expect(res.status).toBeLessThan(500);
      expect((await res.json()).error.code).toMatch(/^(VALIDATION|NOT_FOUND)$/);
    });
  });

  describe('security headers and CORS', () => {
    it('serves the admin with CSP (frame-ancestors), nosniff and a referrer policy', async () => {
      const res = await fetch(`${server.url}/admin/`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    });

    it('sends them on /graphql and plain route answers too', async () => {
      for (const url of [
        `${server.url}/graphql?query=${encodeURIComponent('{ health { status } }')}`,
        `${server.url}/export/contacts`,
      ]) {
        const res = await fetch(url, { headers: { accept: 'application/json' } });
        expect(res.headers.get('content-security-policy'), url).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
        expect(res.headers.get('x-content-type-options'), url).toBe('nosniff');
        expect(res.headers.get('referrer-policy'), url).toBe('no-referrer');
      }
    });

    it('reflects no origin by default, and only allow-listed origins when FIDELE_CORS_ORIGINS says so', async () => {
      const preflight = (yoga: ReturnType<typeof createFideleYoga>, origin: string) =>
        yoga.fetch('http://test/graphql', {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization, content-type',
          },
        });
      const closed = createFideleYoga({ db: h.t.db, provider, corsOrigins: [] });
      expect((await preflight(closed, 'https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
      const open = createFideleYoga({
        db: h.t.db,
        provider,
        corsOrigins: corsOrigins({ FIDELE_CORS_ORIGINS: 'https://crm.example.com' }),
      });
      const allowed = await preflight(open, 'https://crm.example.com');
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://crm.example.com');
      expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
      const refused = await preflight(open, 'https://evil.example');
      expect(refused.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
      expect(() => corsOrigins({ FIDELE_CORS_ORIGINS: '*' })).toThrow(/FIDELE_CORS_ORIGINS/);
    });
  });

  describe('production mode', () => {
    let prod: ReturnType<typeof createFideleYoga>;
    beforeAll(() => {
      prod = createFideleYoga({ db: h.t.db, provider, production: true });
    });

    it('is defined by FIDELE_ENV, else NODE_ENV', () => {
      expect(isProduction({ FIDELE_ENV: 'production' })).toBe(true);
      expect(isProduction({ NODE_ENV: 'production' })).toBe(true);
      expect(isProduction({ NODE_ENV: 'production', FIDELE_ENV: 'development' })).toBe(false);
      expect(isProduction({})).toBe(false);
    });

    it('serves introspection to staff only', async () => {
      const query = '{ __schema { queryType { name } } }';
      const anonymous = await post(prod, { query });
      expect(anonymous.status).toBe(400);
      expect(new Set(codesOf(await anonymous.json()))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
      const staff = await post(prod, { query }, { authorization: `Bearer ${adminToken}` });
      expect((await staff.json()).data.__schema.queryType.name).toBe('Query');
      // Development: GraphiQL's docs need it before anyone has logged in.
      const dev = await post(createFideleYoga({ db: h.t.db, provider, production: false }), { query });
      expect((await dev.json()).data.__schema.queryType.name).toBe('Query');
    });

    it('gives "Did you mean" suggestions to staff only, in validation and variable errors', async () => {
      const typo = { query: '{ health { statu } }' };
      const anonymous = await (await post(prod, typo)).json();
      expect(anonymous.errors[0].message).not.toMatch(/Did you mean/);
      const staff = await (await post(prod, typo, { authorization: `Bearer ${adminToken}` })).json();
      expect(staff.errors[0].message).toMatch(/Did you mean "status"\?/);
      const enumTypo = {
        query: 'query($k: [ContactKind!]) { contacts(first: 1, filter: { kind: $k }) { totalCount } }',
        variables: { k: ['CLIENTS'] },
      };
      const partnerLike = await (await post(prod, enumTypo, { authorization: `Bearer ${adminToken}` })).json();
      expect(codesOf(partnerLike)).toEqual(['VALIDATION']);
    });

    it('turns GraphiQL off', async () => {
      const res = await prod.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
      expect(await res.text()).not.toMatch(/graphiql/i);
      const dev = await createFideleYoga({ db: h.t.db, provider, production: false }).fetch('http://test/graphql', {
        headers: { accept: 'text/html' },
      });
      expect(await dev.text()).toMatch(/graphiql/i);
    });
  });

  describe('request-level errors on /graphql answer 401 / 403 like the plain routes', () => {
    it('401 for a forged token, 401 for an anonymous call of a closed field, 403 for a purpose the role may not declare', async () => {
      const forged = await h.fetch({ authorization: 'Bearer not.a.token' }, '{ health { status } }');
      expect(forged.status).toBe(401);
      expect(codesOf(await forged.json())).toEqual(['UNAUTHENTICATED']);
      const anonymous = await h.fetch({}, '{ contacts(first: 1) { totalCount } }');
      expect(anonymous.status).toBe(401);
      expect(codesOf(await anonymous.json())).toEqual(['UNAUTHENTICATED']);
      const purpose = await h.fetch(
        { authorization: `Bearer ${adminToken}`, 'x-fidele-purpose': 'profiling' },
        '{ health { status } }',
      );
      const token = (await issueToken(h.users.SUPPORT)).token;
      const support = await h.fetch(
        { authorization: `Bearer ${token}`, 'x-fidele-purpose': 'profiling' },
        '{ health { status } }',
      );
      expect([purpose.status, support.status]).toContain(403);
      expect(codesOf(await support.json())).toEqual(['FORBIDDEN']);
      const unknown = await h.fetch(
        { authorization: `Bearer ${adminToken}`, 'x-fidele-purpose': 'no_such_purpose' },
        '{ health { status } }',
      );
      expect(unknown.status).toBe(400);
    });
  });

  describe('global ids: only the canonical form resolves', () => {
    const node = '{ node(id: $id) { id } }'.replace('{', 'query($id: ID!) {');
    it('resolves the canonical id, answers null for a missing row, VALIDATION (400) for every other form', async () => {
      const admin = h.as('ADMIN');
      expect((await admin(node, { id: gid('Contact', contactId) })).data?.node?.id).toBe(gid('Contact', contactId));
      expect(await admin(node, { id: gid('Contact', 2_000_000_000) })).toEqual({ data: { node: null } });
      const malformed = [
        b64(`Contact:${contactId}.5`),
        b64(`Contact:0${contactId}`),
        b64(`Contact:+${contactId}`),
        b64(`Contact:${contactId}e0`),
        b64('Contact:2147483648'),
        b64('Contact:99999999999999999999'),
        b64('Contact:-1'),
        b64('Contact:0'),
        b64('Contact:'),
        `${gid('Contact', contactId)}\n`,
        gid('Contact', contactId).replace(/\+/g, '-').replace(/=+$/, '') + '=',
        'not base64 at all!',
        '',
        b64(`Contact:${contactId}:1`),
      ];
      for (const id of malformed) {
        const res = await h.fetch(
          { authorization: `Bearer ${adminToken}`, 'x-fidele-purpose': 'customer_service' },
          node,
          { id },
        );
        expect(res.status, id).toBe(400);
        const body = await res.json();
        expect(codesOf(body), id).toEqual(['VALIDATION']);
        expect(JSON.stringify(body), id).not.toContain(String(contactId) === '0' ? 'x' : 'Durand');
      }
    });

    it('refuses the same forms in arguments and in nodes(ids:)', async () => {
      const admin = h.as('ADMIN');
      const nodes = await admin('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids: [gid('Contact', contactId), b64(`Contact:${contactId}.5`)],
      });
      expect(codesOf(nodes)).toEqual(['VALIDATION']);
      const arg = await admin('query($id: ID!) { contact(id: $id) { id } }', { id: b64(`Contact:0${contactId}`) });
      expect(codesOf(arg)).toEqual(['VALIDATION']);
    });
  });

  describe('cursors, page sizes and variables', () => {
    const page =
      'query($first: Int, $after: String) { contacts(first: $first, after: $after) { edges { cursor node { id } } } }';
    it('answers VALIDATION (400), not 500, to crafted cursors', async () => {
      const admin = h.as('ADMIN');
      const real = (await admin(page, { first: 1 })).data.contacts.edges[0].cursor as string;
      const decoded = Buffer.from(real, 'base64').toString();
      const crafted = [
        'garbage',
        b64('GPC:'),
        b64('GPC:N:1e400'),
        b64('GPC:N:99999999999999999999'),
        b64(decoded.replace(/\d+$/, '2147483648')),
        b64(decoded.replace(/\d+$/, '-5')),
        b64(`${decoded}:extra`),
        b64('OffsetConnection:12'),
        real.slice(0, -2),
      ];
      for (const after of crafted) {
        const res = await h.fetch(
          { authorization: `Bearer ${adminToken}`, 'x-fidele-purpose': 'customer_service' },
          page,
          { first: 1, after },
        );
        expect(res.status, `${after} (${Buffer.from(after, 'base64').toString()})`).toBeLessThan(500);
        const body = await res.json();
        for (const code of codesOf(body) ?? []) expect(code, after).toMatch(/^(VALIDATION|BAD_REQUEST)$/);
      }
    });

    it('answers a variable coercion error with a code', async () => {
      const res = await h.fetch({ authorization: `Bearer ${adminToken}` }, page, { first: 'ten' });
      expect(res.status).toBe(400);
      expect(codesOf(await res.json())).toEqual(['VALIDATION']);
      const big = await h.fetch({ authorization: `Bearer ${adminToken}` }, page, { first: 2 ** 40 });
      expect(codesOf(await big.json())).toEqual(['VALIDATION']);
    });

    it('gives Yoga request errors a code: malformed JSON, no query, wrong content type', async () => {
      const yoga = createFideleYoga({ db: h.t.db, provider });
      for (const body of ['{', '{}', '[]', '{"query": 5}', '{"query": "{ health { status } }", "variables": "x"}']) {
        const res = await post(yoga, body);
        expect(res.status, body).toBeGreaterThanOrEqual(400);
        expect(res.status, body).toBeLessThan(500);
        for (const code of codesOf(await res.json()) ?? []) expect(code, body).toMatch(/^[A-Z_]+$/);
        expect(codesOf(await (await post(yoga, body)).json())?.length, body).toBeGreaterThan(0);
      }
    });
  });
});
