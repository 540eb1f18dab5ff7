import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const page = `query($first: Int, $after: String, $last: Int, $before: String, $filter: ContactFilter, $orderBy: [ContactOrder!]) {
  contacts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id lastName kind } }
  } }`;

describeEachDatabase('contacts API', (provider) => {
  let h: ApiHarness;
  const names = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand'];

  beforeAll(async () => {
    // Each role declares its default purpose; every contact below consented to marketing, profiling and
    // customer_service, so the personal fields read here are allowed (consent itself is tested in consent-*.test.ts;
    // customer_service no longer opens a contact without a contract on record).
    h = await createApiHarness(provider, { purposes: true });
    const { a, b } = h.brands;
    const { north, south } = h.zones;
    // 8 visible to a brand-A/north user, plus 2 outside that scope and 1 deleted.
    for (const [i, lastName] of names.entries()) {
      await h.t.db.contact.create({
        data: {
          kind: i % 2 ? 'PROSPECT' : 'CLIENT',
          lastName,
          email: `${lastName.toLowerCase()}@example.fr`,
          brandId: a,
          zoneId: north,
          ownerId: i % 2 ? h.users.SALES : null,
          incomeBand: 'OVER_80K',
        },
      });
    }
    await h.t.db.contact.create({ data: { kind: 'CLIENT', lastName: 'OtherBrand', brandId: b, zoneId: north } });
    await h.t.db.contact.create({ data: { kind: 'CLIENT', lastName: 'OtherZone', brandId: a, zoneId: south } });
    await h.t.db.contact.create({
      data: { kind: 'CLIENT', lastName: 'Gone', brandId: a, zoneId: north, deletedAt: new Date() },
    });
    for (const c of await h.t.db.contact.findMany({ select: { id: true } })) {
      await h.consent(c.id, 'marketing');
      await h.consent(c.id, 'profiling');
      await h.consent(c.id, 'customer_service');
    }
  });
  afterAll(() => h?.drop());

  describe('lists', () => {
    it('pages forward with first/after and reports totalCount within the caller rights', async () => {
      const q = h.as('MARKETING');
      const p1 = await q(page, { first: 3, orderBy: [{ field: 'LAST_NAME' }] });
      expect(p1.errors).toBeUndefined();
      expect(p1.data.contacts.totalCount).toBe(8);
      expect(p1.data.contacts.edges.map((e: any) => e.node.lastName)).toEqual(['Bernard', 'Dubois', 'Durand']);
      expect(p1.data.contacts.pageInfo.hasNextPage).toBe(true);
      const p2 = await q(page, {
        first: 10,
        after: p1.data.contacts.pageInfo.endCursor,
        orderBy: [{ field: 'LAST_NAME' }],
      });
      expect(p2.data.contacts.edges.map((e: any) => e.node.lastName)).toEqual([
        'Martin',
        'Petit',
        'Richard',
        'Robert',
        'Thomas',
      ]);
      expect(p2.data.contacts.pageInfo.hasNextPage).toBe(false);
    });

    it('pages backward with last/before', async () => {
      const q = h.as('MARKETING');
      const last = await q(page, { last: 2, orderBy: [{ field: 'LAST_NAME' }] });
      expect(last.data.contacts.edges.map((e: any) => e.node.lastName)).toEqual(['Robert', 'Thomas']);
      expect(last.data.contacts.pageInfo.hasPreviousPage).toBe(true);
      const before = await q(page, {
        last: 2,
        before: last.data.contacts.pageInfo.startCursor,
        orderBy: [{ field: 'LAST_NAME' }],
      });
      expect(before.data.contacts.edges.map((e: any) => e.node.lastName)).toEqual(['Petit', 'Richard']);
    });

    it('returns an empty page past the end and for a filter that matches nothing', async () => {
      const q = h.as('MARKETING');
      const all = await q(page, { first: 100 });
      const end = await q(page, { first: 5, after: all.data.contacts.pageInfo.endCursor });
      expect(end.data.contacts.edges).toEqual([]);
      expect(end.data.contacts.pageInfo.hasNextPage).toBe(false);
      const none = await q(page, { first: 5, filter: { search: 'zzzz' } });
      expect(none.data.contacts).toMatchObject({ totalCount: 0, edges: [] });
    });

    it('sorts descending, filters by kind, search (any case) and deleted state', async () => {
      const q = h.as('MARKETING');
      const desc = await q(page, { first: 2, orderBy: [{ field: 'LAST_NAME', direction: 'DESC' }] });
      expect(desc.data.contacts.edges.map((e: any) => e.node.lastName)).toEqual(['Thomas', 'Robert']);
      const prospects = await q(page, { first: 20, filter: { kind: ['PROSPECT'] } });
      expect(prospects.data.contacts.totalCount).toBe(4);
      const search = await q(page, { first: 20, filter: { search: 'DUBOIS' } });
      expect(search.data.contacts.edges.map((e: any) => e.node.lastName)).toEqual(['Dubois']);
      const deleted = await q(page, { first: 20, filter: { deleted: true } });
      expect(deleted.data.contacts.edges.map((e: any) => e.node.lastName)).toEqual(['Gone']);
    });

    it('confines each role to its rows: brand and zone scopes, a sales user sees only its own prospects', async () => {
      const admin = await h.as('ADMIN')(page, { first: 50 });
      expect(admin.data.contacts.totalCount).toBe(10);
      const sales = await h.as('SALES')(page, { first: 50 });
      expect(sales.data.contacts.totalCount).toBe(8); // its 4 prospects + 4 clients
      const anonymous = await h.anonymous(page, { first: 5 });
      expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    });

    it('rejects a filter id of the wrong type as VALIDATION', async () => {
      const r = await h.as('MARKETING')(page, { first: 5, filter: { brand: [gid('Zone', h.zones.north)] } });
      expect(r.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION',
        fields: [{ path: ['filter', 'brand', '0'] }],
      });
    });
  });

  describe('node and confidential fields', () => {
    it('node(id) finds a contact in scope and answers null outside it', async () => {
      const other = await h.t.db.contact.findFirstOrThrow({ where: { lastName: 'OtherBrand' } });
      const mine = await h.t.db.contact.findFirstOrThrow({ where: { lastName: 'Martin' } });
      const q = `query($id: ID!) { node(id: $id) { id ... on Contact { lastName } } }`;
      expect((await h.as('MARKETING')(q, { id: gid('Contact', mine.id) })).data.node.lastName).toBe('Martin');
      expect((await h.as('MARKETING')(q, { id: gid('Contact', other.id) })).data.node).toBeNull();
      expect((await h.as('ADMIN')(q, { id: gid('Contact', other.id) })).data.node.lastName).toBe('OtherBrand');
    });

    it('withholds a confidential field from a role that may not read it, with FORBIDDEN', async () => {
      const q = `{ contacts(first: 1, orderBy: [{ field: LAST_NAME }]) { edges { node { lastName incomeBand } } } }`;
      const analyst = await h.as('ANALYST')(q);
      expect(analyst.data.contacts.edges[0].node).toEqual({ lastName: 'Bernard', incomeBand: 'OVER_80K' });
      const support = await h.as('SUPPORT')(q);
      expect(support.data.contacts.edges[0].node).toEqual({ lastName: 'Bernard', incomeBand: null });
      expect(support.errors?.[0]).toMatchObject({
        path: ['contacts', 'edges', 0, 'node', 'incomeBand'],
        extensions: { code: 'FORBIDDEN' },
      });
    });
  });

  describe('mutations', () => {
    const create = `mutation($input: ContactInput!) { createContact(input: $input) { id version lastName email kind interests } }`;
    const update = `mutation($id: ID!, $version: Int!, $input: ContactPatch!) { updateContact(id: $id, version: $version, input: $input) { version lastName } }`;

    it('creates a contact and normalises its e-mail', async () => {
      // Support works under customer_service: the consent given on the form is the new contact's basis.
      const r = await h.as('SUPPORT')(create, {
        input: {
          kind: 'RELATION',
          lastName: 'Leroy',
          email: ' Leroy@Example.FR ',
          brand: gid('Brand', h.brands.a),
          zone: gid('Zone', h.zones.north),
          relationType: 'PRESCRIBER',
          interests: ['TRAVEL', 'CULTURE'],
          consents: [{ purpose: 'customer_service', source: 'PHONE' }],
        },
      });
      expect(r.errors).toBeUndefined();
      expect(r.data.createContact).toMatchObject({
        version: 1,
        lastName: 'Leroy',
        email: 'leroy@example.fr',
        kind: 'RELATION',
        interests: ['CULTURE', 'TRAVEL'],
      });
    });

    it('answers bad input with VALIDATION listing every bad field, and writes nothing', async () => {
      const before = await h.t.db.contact.count();
      const r = await h.as('MARKETING')(create, {
        input: {
          kind: 'CLIENT',
          email: 'not-an-email',
          brand: gid('Brand', h.brands.b),
          zone: gid('Zone', h.zones.north),
          pipelineStage: 'WON',
          discountRate: '120',
        },
      });
      expect(r.data).toBeNull();
      expect(r.errors?.[0]?.extensions.code).toBe('VALIDATION');
      const paths = r.errors?.[0]?.extensions.fields?.map((f) => f.path.join('.')).sort();
      expect(paths).toEqual([
        'input.brand',
        'input.discountRate',
        'input.email',
        'input.lastName',
        'input.pipelineStage',
      ]);
      expect(await h.t.db.contact.count()).toBe(before);
    });

    it('refuses a confidential write from a role that may not write it', async () => {
      const r = await h.as('SUPPORT')(create, {
        input: {
          kind: 'CLIENT',
          lastName: 'X',
          brand: gid('Brand', h.brands.a),
          zone: gid('Zone', h.zones.north),
          incomeBand: 'UNDER_20K',
        },
      });
      expect(r.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });

    it('updates with the current version, and a stale version is CONFLICT that changes nothing', async () => {
      const c = await h.t.db.contact.findFirstOrThrow({ where: { lastName: 'Petit' } });
      const ok = await h.as('MARKETING')(update, {
        id: gid('Contact', c.id),
        version: c.version,
        input: { lastName: 'Petit-Jean' },
      });
      expect(ok.data.updateContact).toEqual({ version: c.version + 1, lastName: 'Petit-Jean' });
      const stale = await h.as('MARKETING')(update, {
        id: gid('Contact', c.id),
        version: c.version,
        input: { lastName: 'Lost update' },
      });
      expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
      expect((await h.t.db.contact.findUniqueOrThrow({ where: { id: c.id } })).lastName).toBe('Petit-Jean');
    });

    it('answers NOT_FOUND for a contact outside the caller rights', async () => {
      const other = await h.t.db.contact.findFirstOrThrow({ where: { lastName: 'OtherBrand' } });
      const r = await h.as('MARKETING')(update, {
        id: gid('Contact', other.id),
        version: 1,
        input: { lastName: 'Hack' },
      });
      expect(r.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect((await h.t.db.contact.findUniqueOrThrow({ where: { id: other.id } })).lastName).toBe('OtherBrand');
    });

    it('soft-deletes and restores', async () => {
      const c = await h.t.db.contact.findFirstOrThrow({ where: { lastName: 'Richard' } });
      const del = await h.as('MARKETING')(
        `mutation($id: ID!, $v: Int!) { deleteContact(id: $id, version: $v) { version deletedAt } }`,
        { id: gid('Contact', c.id), v: c.version },
      );
      expect(del.data.deleteContact.deletedAt).not.toBeNull();
      const listed = await h.as('MARKETING')(page, { first: 50, filter: { search: 'Richard' } });
      expect(listed.data.contacts.totalCount).toBe(0);
      const res = await h.as('MARKETING')(
        `mutation($id: ID!, $v: Int!) { restoreContact(id: $id, version: $v) { deletedAt } }`,
        { id: gid('Contact', c.id), v: del.data.deleteContact.version },
      );
      expect(res.data.restoreContact.deletedAt).toBeNull();
    });

    it('is refused to an analyst (read-only role)', async () => {
      const r = await h.as('ANALYST')(create, {
        input: { kind: 'CLIENT', lastName: 'X', brand: gid('Brand', h.brands.a), zone: gid('Zone', h.zones.north) },
      });
      expect(r.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });
  });

  describe('statement count', () => {
    it('does not grow with the number of rows (10 vs 60 contacts with brand, zone, owner)', async () => {
      const q = `query($n: Int!) { contacts(first: $n) { totalCount edges { node { lastName brand { code } zone { code } owner { email } interests } } } }`;
      const count = async (n: number) => {
        h.statements.length = 0;
        const r = await h.as('ADMIN')(q, { n });
        expect(r.errors).toBeUndefined();
        return { rows: r.data.contacts.edges.length, statements: h.statements.length };
      };
      for (let i = 0; i < 50; i++) {
        const bulk = await h.t.db.contact.create({
          data: {
            kind: 'CLIENT',
            lastName: `Bulk${i}`,
            brandId: h.brands.a,
            zoneId: h.zones.north,
            ownerId: h.users.SALES,
          },
        });
        await h.consent(bulk.id, 'customer_service');
      }
      const small = await count(10);
      const large = await count(60);
      expect(large.rows).toBe(60);
      console.log(`statements for 10 rows: ${small.statements}, for 60 rows: ${large.statements}`);
      expect(large.statements).toBe(small.statements);
    });
  });
});
