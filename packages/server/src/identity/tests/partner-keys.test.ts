import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const createKey = `mutation($input: ApiKeyInput!) { createApiKey(input: $input) { key apiKey { id prefix brandCodes purposeCodes rateLimitPerMinute } } }`;
const revokeKey = `mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`;
const list = `query($filter: ContactFilter) { contacts(first: 50, filter: $filter) { totalCount edges { node { id lastName email } } } }`;
const codes = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.map((e) => e.extensions.code);

describeEachDatabase('partner API keys', (provider) => {
  let h: ApiHarness;
  const c: Record<string, number> = {};
  const keys: Record<string, { key: string; id: string }> = {};

  const makeKey = async (name: string, brand: number, purposes: string[], extra: Record<string, unknown> = {}) => {
    const r = await h.as('ADMIN')(createKey, { input: { name, brands: [gid('Brand', brand)], purposes, ...extra } });
    expect(r.errors).toBeUndefined();
    return { key: r.data.createApiKey.key as string, id: r.data.createApiKey.apiKey.id as string };
  };

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const mk = async (lastName: string, brandId: number, sharing: boolean) => {
      const id = (
        await h.t.db.contact.create({
          data: {
            kind: 'CLIENT',
            lastName,
            email: `${lastName.toLowerCase()}@example.fr`,
            brandId,
            zoneId: h.zones.north,
            incomeBand: 'OVER_80K',
          },
        })
      ).id;
      if (sharing) await h.consent(id, 'partner_sharing');
      return id;
    };
    c.A1 = await mk('Ashared', h.brands.a, true);
    c.A2 = await mk('Aprivate', h.brands.a, false);
    c.B1 = await mk('Bshared', h.brands.b, true);
    keys.A = await makeKey('Partner A', h.brands.a, ['partner_sharing']);
    keys.B = await makeKey('Partner B', h.brands.b, ['partner_sharing']);
  });
  afterAll(() => h?.drop());

  describe('keys', () => {
    it('shows a new key once, in the fid_<prefix>_<secret> format, and stores only an argon2 hash', async () => {
      expect(keys.A!.key).toMatch(/^fid_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
      const prefix = keys.A!.key.split('_')[1]!;
      const row = await h.t.db.apiKey.findUniqueOrThrow({ where: { prefix } });
      expect(row.keyHash).toMatch(/^\$argon2id\$/);
      expect(row.keyHash).not.toContain(keys.A!.key.slice(17));
      const listed = await h.as('ADMIN')(`{ apiKeys { name prefix brandCodes purposeCodes } }`);
      expect(listed.data.apiKeys).toContainEqual({
        name: 'Partner A',
        prefix,
        brandCodes: ['A'],
        purposeCodes: ['partner_sharing'],
      });
      expect(JSON.stringify(listed)).not.toContain(keys.A!.key);
    });

    it('lets only admins create, list and revoke keys', async () => {
      for (const role of ['MARKETING', 'SALES', 'SUPPORT', 'ANALYST'] as const) {
        const r = await h.as(role)(createKey, {
          input: { name: 'x', brands: [gid('Brand', h.brands.a)], purposes: ['partner_sharing'] },
        });
        expect(codes(r), role).toEqual(['FORBIDDEN']);
        expect(codes(await h.as(role)(revokeKey, { id: keys.A!.id })), role).toEqual(['FORBIDDEN']);
        expect(codes(await h.as(role)(`{ apiKeys { name } }`)), role).toEqual(['FORBIDDEN']);
      }
      expect(codes(await h.partner(keys.A!.key, 'partner_sharing')(`{ apiKeys { name } }`))).toEqual(['FORBIDDEN']);
    });

    it('validates a new key: unknown purpose, no brand, past expiry', async () => {
      const r = await h.as('ADMIN')(createKey, {
        input: { name: ' ', brands: [], purposes: ['astrology'], expiresAt: '2001-01-01T00:00:00Z' },
      });
      expect(r.errors?.[0]?.extensions.code).toBe('VALIDATION');
      expect(r.errors?.[0]?.extensions.fields?.map((f) => f.path.join('.')).sort()).toEqual([
        'input.brands',
        'input.expiresAt',
        'input.name',
        'input.purposes',
      ]);
    });

    it('answers unknown, malformed, wrong-secret, expired and revoked keys alike: UNAUTHENTICATED', async () => {
      const expired = await makeKey('Expired', h.brands.a, ['partner_sharing']);
      await h.t.db.apiKey.update({
        where: { prefix: expired.key.split('_')[1]! },
        data: { expiresAt: new Date(Date.now() - 1000) },
      });
      const revoked = await makeKey('Revoked', h.brands.a, ['partner_sharing']);
      expect((await h.partner(revoked.key, 'partner_sharing')(list)).errors).toBeUndefined();
      expect((await h.as('ADMIN')(revokeKey, { id: revoked.id })).data.revokeApiKey.revokedAt).not.toBeNull();
      const wrongSecret = `${keys.A!.key.slice(0, 17)}${'x'.repeat(43)}`;
      const unknownPrefix = `fid_000000000000_${keys.A!.key.slice(17)}`;
      const answers = [];
      for (const key of ['nonsense', unknownPrefix, wrongSecret, expired.key, revoked.key]) {
        const r = await h.partner(key, 'partner_sharing')(list);
        answers.push({
          data: r.data ?? null,
          errors: r.errors?.map((e) => ({ message: e.message, code: e.extensions.code })),
        });
      }
      expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
      expect(answers[0]!.errors?.[0]?.code).toBe('UNAUTHENTICATED');
      // The right key still works after a wrong secret was tried with its prefix.
      expect((await h.partner(keys.A!.key, 'partner_sharing')(list)).errors).toBeUndefined();
    });

    it('refuses a request carrying both a token and a key', async () => {
      const res = await h.fetch({ 'x-api-key': keys.A!.key, authorization: 'Bearer x' }, list);
      expect((await res.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('limits each key per minute: RATE_LIMITED with HTTP 429 and Retry-After, other keys unaffected', async () => {
      const limited = await makeKey('Limited', h.brands.a, ['partner_sharing'], { rateLimitPerMinute: 2 });
      const statuses: number[] = [];
      let rejected: any = null;
      for (let i = 0; i < 6; i++) {
        const res = await h.fetch({ 'x-api-key': limited.key, 'x-fidele-purpose': 'partner_sharing' }, list);
        statuses.push(res.status);
        if (res.status === 429 && !rejected)
          rejected = { body: await res.json(), retryAfter: res.headers.get('retry-after') };
      }
      // A fixed window may reset during the loop, but 6 requests cannot fit in windows of 2 without a refusal.
      expect(statuses[0]).toBe(200);
      expect(statuses).toContain(429);
      expect(rejected.body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(Number(rejected.retryAfter)).toBeGreaterThan(0);
      expect((await h.partner(keys.B!.key, 'partner_sharing')(list)).errors).toBeUndefined();
    });
  });

  describe('what a partner sees', () => {
    it('sees only contacts of its brands who consented to partner sharing', async () => {
      const a = await h.partner(keys.A!.key, 'partner_sharing')(list);
      expect(a.errors).toBeUndefined();
      expect(a.data.contacts).toEqual({
        totalCount: 1,
        edges: [{ node: { id: gid('Contact', c.A1!), lastName: 'Ashared', email: 'ashared@example.fr' } }],
      });
      const b = await h.partner(keys.B!.key, 'partner_sharing')(list);
      expect(b.data.contacts.edges.map((e: any) => e.node.lastName)).toEqual(['Bshared']);
    });

    it("cannot read partner B's contact by id, global id, nodes or filter: the same answer as a missing row", async () => {
      const q = h.partner(keys.A!.key, 'partner_sharing');
      const missing = gid('Contact', 999_999);
      for (const target of [c.B1!, c.A2!]) {
        const id = gid('Contact', target);
        const byNode = await q(`query($id: ID!) { node(id: $id) { id ... on Contact { lastName } } }`, { id });
        const byNodeMissing = await q(`query($id: ID!) { node(id: $id) { id ... on Contact { lastName } } }`, {
          id: missing,
        });
        expect(byNode).toEqual(byNodeMissing);
        expect(byNode).toEqual({ data: { node: null } });
        const byField = await q(`query($id: ID!) { contact(id: $id) { lastName } }`, { id });
        expect(byField).toEqual({ data: { contact: null } });
        const byNodes = await q(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [id, missing] });
        expect(byNodes).toEqual({ data: { nodes: [null, null] } });
      }
      const byBrand = await q(list, { filter: { brand: [gid('Brand', h.brands.b)] } });
      expect(byBrand.data.contacts).toEqual({ totalCount: 0, edges: [] });
      const bySearch = await q(list, { filter: { search: 'bshared@example.fr' } });
      expect(bySearch.data.contacts).toEqual({ totalCount: 0, edges: [] });
    });

    it('never reads a confidential field, nor staff-only fields and lists', async () => {
      const q = h.partner(keys.A!.key, 'partner_sharing');
      const conf = await q(
        `{ contacts(first: 5) { edges { node { lastName incomeBand maritalStatus discountRate grossMarginClass } } } }`,
      );
      expect(conf.data.contacts.edges[0].node).toEqual({
        lastName: 'Ashared',
        incomeBand: null,
        maritalStatus: null,
        discountRate: null,
        grossMarginClass: null,
      });
      expect(new Set(codes(conf))).toEqual(new Set(['FORBIDDEN']));
      for (const staffOnly of [
        '{ brands { code } }',
        '{ sales(first: 1) { totalCount } }',
        '{ products(first: 1) { totalCount } }',
        '{ me { email } }',
      ]) {
        const r = await q(staffOnly);
        if (staffOnly.includes('me')) expect(r).toEqual({ data: { me: null } });
        else expect(codes(r), staffOnly).toEqual(['FORBIDDEN']);
      }
    });

    it('may only declare its own purposes; without a purpose personal fields are withheld', async () => {
      const other = await h.partner(keys.A!.key, 'marketing')(list);
      expect(codes(other)).toEqual(['FORBIDDEN']);
      const none = await h.partner(keys.A!.key, null)(list);
      expect(none.data.contacts.edges[0].node.lastName).toBeNull();
      expect(codes(none)).toEqual(['CONSENT_REQUIRED', 'CONSENT_REQUIRED']);
    });

    it('cannot write', async () => {
      const r = await h.partner(keys.A!.key, 'partner_sharing')(
        `mutation($input: ContactInput!) { createContact(input: $input) { id } }`,
        { input: { kind: 'CLIENT', lastName: 'X', brand: gid('Brand', h.brands.a), zone: gid('Zone', h.zones.north) } },
      );
      expect(codes(r)).toEqual(['FORBIDDEN']);
    });
  });
});
