import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness, type Gql } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

/**
 * Segments through the API: each kind of criterion returns exactly the contacts worked out by hand below, DYNAMIC
 * segments follow the data while STATIC ones keep their frozen members, the caller's row rule always applies, and
 * criteria on personal or profiling values cannot reveal what the caller may not read.
 *
 * Contacts (brand A, north unless said):
 * - ann: consents marketing + profiling; 2 wine sales in March 2026 (40 each); RFM CHAMPIONS (5,5,5)
 * - bob: consents marketing; 1 cheese sale in March 2026 (300); RFM LOYAL, but no profiling consent
 * - cid: no consent at all; 3 wine sales in 2025 (10 each); responded to action X
 * - dan: south zone; consents marketing; 1 wine sale in March 2026 (20)
 * - eve: brand B; consents marketing; 1 cheese sale of brand B in March 2026 (500)
 * - fay: consents marketing; no sale; targeted by X, no response; RFM LOST
 */
const codes = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.map((e) => e.extensions.code);
const fieldPaths = (r: { errors?: { extensions: { fields?: { path: string[] }[] } }[] }) =>
  r.errors?.[0]?.extensions.fields?.map((f) => f.path.join('.')).sort();

const INTEREST = 'GASTRONOMY' as const;
const preview = `query($c: SegmentCriteriaInput!) { previewSegment(criteria: $c, first: 100) { count contacts { id } } }`;

describeEachDatabase('segments API', (provider) => {
  let h: ApiHarness;
  const c: Record<string, number> = {};
  let wine: number;
  let actionX: number;
  const names = (ids: string[]) =>
    ids.map((id) => Object.entries(c).find(([, v]) => gid('Contact', v) === id)?.[0] ?? id).sort();
  const select = async (gql: Gql, criteria: object) => {
    const r = await gql(preview, { c: criteria });
    expect(r.errors).toBeUndefined();
    const list = names(r.data.previewSegment.contacts.map((x: { id: string }) => x.id));
    expect(r.data.previewSegment.count).toBe(list.length);
    return list;
  };
  const admin = () => h.as('ADMIN', 'marketing');
  const y2026 = { from: '2026-01-01T00:00:00Z', to: '2026-06-30T00:00:00Z' };

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const { a, b } = h.brands;
    const [wineCat, cheeseCat] = [
      await db.productCategory.create({ data: { code: 'WINE', name: 'Wine' } }),
      await db.productCategory.create({ data: { code: 'CHEESE', name: 'Cheese' } }),
    ];
    wine = wineCat.id;
    const p1 = await db.product.create({
      data: { code: 'P1', name: 'Bordeaux', categoryId: wineCat.id, listPrice: '10' },
    });
    const p2 = await db.product.create({
      data: { code: 'P2', name: 'Comté', categoryId: cheeseCat.id, listPrice: '10' },
    });
    for (const [name, brandId, zoneId] of [
      ['ann', a, h.zones.north],
      ['bob', a, h.zones.north],
      ['cid', a, h.zones.north],
      ['dan', a, h.zones.south],
      ['eve', b, h.zones.north],
      ['fay', a, h.zones.north],
    ] as const) {
      c[name] = (
        await db.contact.create({ data: { kind: 'CLIENT', lastName: name, email: `${name}@x.test`, brandId, zoneId } })
      ).id;
    }
    for (const n of ['ann', 'bob', 'dan', 'eve', 'fay']) await h.consent(c[n]!, 'marketing');
    await h.consent(c.ann!, 'profiling');
    const sale = (who: string, date: string, productId: number, total: string, brandId = a) =>
      db.sale.create({
        data: {
          contactId: c[who]!,
          saleDate: new Date(date),
          channel: 'STORE',
          brandId,
          total,
          lines: { create: [{ productId, quantity: 1, unitPrice: total }] },
        },
      });
    await sale('ann', '2026-03-01T10:00:00Z', p1.id, '40');
    await sale('ann', '2026-03-20T10:00:00Z', p1.id, '40');
    await sale('bob', '2026-03-05T10:00:00Z', p2.id, '300');
    for (const d of ['2025-02-01', '2025-05-01', '2025-09-01']) await sale('cid', `${d}T10:00:00Z`, p1.id, '10');
    await sale('dan', '2026-03-07T10:00:00Z', p1.id, '20');
    await sale('eve', '2026-03-08T10:00:00Z', p2.id, '500', b);
    actionX = (
      await db.marketingAction.create({
        data: {
          code: 'X',
          name: 'X',
          objective: 'LOYALTY',
          medium: 'EMAIL',
          brandId: a,
          requiredPurposeId: h.purposes.newsletter!,
          startDate: new Date('2026-01-01'),
          endDate: new Date('2026-12-31'),
          status: 'RUNNING',
        },
      })
    ).id;
    await db.actionTarget.create({
      data: {
        actionId: actionX,
        contactId: c.cid!,
        targetedAt: new Date('2026-02-01'),
        respondedAt: new Date('2026-02-03'),
        responseChannel: 'WEB',
      },
    });
    await db.actionTarget.create({
      data: { actionId: actionX, contactId: c.fay!, targetedAt: new Date('2026-02-01') },
    });
    // An older snapshot says bob is a champion; the latest completed one is what counts.
    const snap = (asOf: string, status: 'COMPLETED' | 'RUNNING' = 'COMPLETED') =>
      db.scoreSnapshot.create({ data: { asOf: new Date(asOf), status, brandId: a } });
    const score = (snapshotId: number, who: string, segment: 'CHAMPIONS' | 'LOYAL' | 'LOST', s: number) =>
      db.contactScore.create({
        data: {
          snapshotId,
          contactId: c[who]!,
          recencyDays: 1,
          frequency: 1,
          monetary: '1',
          grossMargin: '0',
          firstPurchaseAt: new Date('2026-01-01'),
          lastPurchaseAt: new Date('2026-03-01'),
          recencyScore: s,
          frequencyScore: s,
          monetaryScore: s,
          segment,
        },
      });
    const old = await snap('2026-01-31T00:00:00Z');
    await score(old.id, 'fay', 'CHAMPIONS', 5);
    const latest = await snap('2026-04-30T00:00:00Z');
    await score(latest.id, 'ann', 'CHAMPIONS', 5);
    await score(latest.id, 'bob', 'LOYAL', 4);
    await score(latest.id, 'fay', 'LOST', 1);
    await h.consent(c.fay!, 'profiling');
    await db.contact.update({ where: { id: c.ann! }, data: { revenueClass: 'A', language: 'EN' } });
    await db.contact.update({ where: { id: c.bob! }, data: { revenueClass: 'B', countryCode: 'BE' } });
    await db.contactInterest.create({ data: { contactId: c.fay!, interest: INTEREST } });
    const running = await snap('2026-05-31T00:00:00Z', 'RUNNING');
    await score(running.id, 'bob', 'CHAMPIONS', 5);
  });
  afterAll(() => h?.drop());

  describe('criteria select exactly the contacts worked out by hand', () => {
    it('purchases of a category, a product, in a period, with counts and revenue bounds', async () => {
      const gql = admin();
      expect(await select(gql, { purchases: [{ categories: [gid('ProductCategory', wine)], period: y2026 }] })).toEqual(
        ['ann', 'dan'],
      );
      expect(await select(gql, { purchases: [{ minPurchases: 2, period: { from: '2025-01-01T00:00:00Z' } }] })).toEqual(
        ['ann', 'cid'],
      );
      expect(await select(gql, { purchases: [{ minPurchases: 3 }] })).toEqual(['cid']);
      expect(await select(gql, { purchases: [{ maxPurchases: 0, period: y2026 }] })).toEqual(['cid', 'fay']);
      expect(await select(gql, { purchases: [{ maxPurchases: 1, period: y2026 }] })).toEqual([
        'bob',
        'cid',
        'dan',
        'eve',
        'fay',
      ]);
      expect(await select(gql, { purchases: [{ minRevenue: '100', period: y2026 }] })).toEqual(['bob', 'eve']);
      expect(await select(gql, { purchases: [{ minRevenue: '30', maxRevenue: '100' }] })).toEqual(['ann', 'cid']);
      expect(
        await select(gql, {
          purchases: [{ period: y2026 }, { categories: [gid('ProductCategory', wine)], maxPurchases: 0 }],
        }),
      ).toEqual(['bob', 'eve']);
    });

    it('response history to an action (control-group rows are not solicitations)', async () => {
      const gql = admin();
      const x = gid('MarketingAction', actionX);
      expect(await select(gql, { responses: [{ action: x, history: 'RESPONDED' }] })).toEqual(['cid']);
      expect(await select(gql, { responses: [{ action: x, history: 'DID_NOT_RESPOND' }] })).toEqual(['fay']);
      expect(await select(gql, { responses: [{ action: x, history: 'TARGETED' }] })).toEqual(['cid', 'fay']);
      expect(await select(gql, { responses: [{ action: x, history: 'NOT_TARGETED' }] })).toEqual([
        'ann',
        'bob',
        'dan',
        'eve',
      ]);
    });

    it('RFM of the latest completed snapshot, only for contacts consenting to profiling', async () => {
      const gql = admin();
      const brand = gid('Brand', h.brands.a);
      expect(await select(gql, { rfm: { brand, segments: ['CHAMPIONS', 'LOYAL'] } })).toEqual(['ann']);
      expect(await select(gql, { rfm: { brand, recencyScore: { max: 2 } } })).toEqual(['fay']);
      expect(await select(h.as('ANALYST'), { rfm: { brand, monetaryScore: { min: 4 } } })).toEqual(['ann']);
      // No all-brands snapshot was computed: nothing matches it.
      expect(await select(gql, { rfm: { segments: ['CHAMPIONS'] } })).toEqual([]);
      expect(
        await select(gql, { consents: ['profiling'], purchases: [{ categories: [gid('ProductCategory', wine)] }] }),
      ).toEqual(['ann']);
    });

    it('catalog fields of the contact card', async () => {
      const gql = admin();
      expect(await select(gql, { attributes: { revenueClass: ['A', 'B'] } })).toEqual(['ann', 'bob']);
      expect(await select(gql, { attributes: { revenueClass: ['B'], countryCode: ['fr'] } })).toEqual([]);
      expect(await select(gql, { attributes: { countryCode: ['be'] } })).toEqual(['bob']);
      expect(await select(gql, { attributes: { language: ['EN'] } })).toEqual(['ann']);
      expect(await select(gql, { attributes: { interests: [INTEREST] } })).toEqual(['fay']);
    });

    it('the contacts filter, inside the row rule of the caller', async () => {
      expect(await select(admin(), { contact: { brand: [gid('Brand', h.brands.a)] } })).toEqual([
        'ann',
        'bob',
        'cid',
        'dan',
        'fay',
      ]);
      // Marketing sees brand A, north: dan (south) and eve (brand B) do not exist for it, nor their sales.
      expect(await select(h.as('MARKETING'), { contact: {} })).toEqual(['ann', 'bob', 'cid', 'fay']);
      expect(await select(h.as('MARKETING'), { purchases: [{ minRevenue: '100' }] })).toEqual(['bob']);
    });
  });

  describe('hidden means hidden', () => {
    it('a personal-value criterion only matches contacts whose consent covers the request purpose', async () => {
      // cid gave no consent: searching its e-mail for marketing finds nothing; fay consented.
      expect(await select(h.as('MARKETING'), { contact: { search: 'cid@x.test' } })).toEqual([]);
      expect(await select(h.as('MARKETING'), { contact: { search: 'fay@x.test' } })).toEqual(['fay']);
      // Customer service rests on the contract: no refusal, so cid is found for that purpose.
      expect(await select(h.as('ADMIN', 'customer_service'), { contact: { search: 'cid@x.test' } })).toEqual(['cid']);
    });

    it('scores cannot be probed without profiling consent, and roles outside segments are refused', async () => {
      // bob's LOYAL score exists, but he did not consent to profiling: not even an exact guess finds him.
      expect(
        await select(admin(), {
          rfm: { brand: gid('Brand', h.brands.a), segments: ['LOYAL'], recencyScore: { min: 4, max: 4 } },
        }),
      ).toEqual([]);
      for (const role of ['SALES', 'SUPPORT'] as const) {
        const r = await h.as(role)(preview, { c: { rfm: { segments: ['LOYAL'] } } });
        expect(codes(r)).toEqual(['FORBIDDEN']);
        expect(r.data).toBeNull();
      }
    });
  });

  describe('saved segments', () => {
    const create = `mutation($i: SegmentInput!) { createSegment(input: $i) { id kind version count memberCount frozenAt criteria contacts(first: 50) { totalCount edges { node { id } } } } }`;
    const read = `query($id: ID!) { node(id: $id) { ... on Segment { id kind version count memberCount contacts(first: 50) { totalCount edges { node { id } } } } } }`;
    const members = (s: { contacts: { edges: { node: { id: string } }[] } }) =>
      names(s.contacts.edges.map((e) => e.node.id));

    it('DYNAMIC re-evaluates, STATIC keeps what was frozen; freezeSegment freezes again', async () => {
      const criteria = { purchases: [{ categories: [gid('ProductCategory', wine)], period: y2026 }] };
      const dyn = await h.as('MARKETING')(create, {
        i: { name: 'wine 2026', criteria, brand: gid('Brand', h.brands.a) },
      });
      const stat = await h.as('MARKETING')(create, {
        i: { name: 'wine 2026 frozen', kind: 'STATIC', criteria, brand: gid('Brand', h.brands.a) },
      });
      expect(dyn.errors).toBeUndefined();
      expect(stat.errors).toBeUndefined();
      expect(members(dyn.data.createSegment)).toEqual(['ann']);
      expect(stat.data.createSegment).toMatchObject({ kind: 'STATIC', memberCount: 1, count: 1 });
      expect(JSON.parse(dyn.data.createSegment.criteria)).toEqual({
        purchases: [
          {
            categories: [gid('ProductCategory', wine)],
            period: { from: '2026-01-01T00:00:00.000Z', to: '2026-06-30T00:00:00.000Z' },
          },
        ],
      });

      // bob buys wine: the dynamic segment follows, the static one does not.
      const p1 = await h.t.db.product.findUniqueOrThrow({ where: { code: 'P1' } });
      await h.t.db.sale.create({
        data: {
          contactId: c.bob!,
          saleDate: new Date('2026-04-01T10:00:00Z'),
          channel: 'WEB',
          brandId: h.brands.a,
          total: '12',
          lines: { create: [{ productId: p1.id, quantity: 1, unitPrice: '12' }] },
        },
      });
      const d2 = (await h.as('MARKETING')(read, { id: dyn.data.createSegment.id })).data.node;
      const s2 = (await h.as('MARKETING')(read, { id: stat.data.createSegment.id })).data.node;
      expect(members(d2)).toEqual(['ann', 'bob']);
      expect(members(s2)).toEqual(['ann']);
      // The admin sees dan in the dynamic segment too: same criteria, wider row rule.
      expect((await admin()(read, { id: dyn.data.createSegment.id })).data.node.count).toBe(3);

      const frozen = await h.as('MARKETING')(
        `mutation($id: ID!) { freezeSegment(id: $id) { kind memberCount version } }`,
        { id: stat.data.createSegment.id },
      );
      expect(frozen.data.freezeSegment).toMatchObject({ kind: 'STATIC', memberCount: 2 });
      const toDynamic = await h.as('MARKETING')(
        `mutation($id: ID!, $v: Int!) { updateSegment(id: $id, version: $v, input: { kind: DYNAMIC }) { kind memberCount frozenAt version } }`,
        {
          id: stat.data.createSegment.id,
          v: frozen.data.freezeSegment.version,
        },
      );
      expect(toDynamic.data.updateSegment).toMatchObject({ kind: 'DYNAMIC', memberCount: null, frozenAt: null });
      expect(
        await h.t.db.segmentMember.count({
          where: { segmentId: Number(Buffer.from(stat.data.createSegment.id, 'base64').toString().split(':')[1]) },
        }),
      ).toBe(0);
    });

    it('a segment of brand B does not exist for a brand A user; analysts read but do not write', async () => {
      const b = await admin()(create, { i: { name: 'B only', criteria: {}, brand: gid('Brand', h.brands.b) } });
      expect(b.errors).toBeUndefined();
      const asMarketing = await h.as('MARKETING')(read, { id: b.data.createSegment.id });
      expect(asMarketing.data.node).toBeNull();
      const list = await h.as('MARKETING')(`{ segments(first: 50) { totalCount edges { node { name } } } }`);
      expect(list.data.segments.edges.map((e: { node: { name: string } }) => e.node.name)).not.toContain('B only');
      expect(codes(await h.as('ANALYST')(create, { i: { name: 'x', criteria: {} } }))).toEqual(['FORBIDDEN']);
      expect((await h.as('ANALYST')(`{ segments(first: 1) { totalCount } }`)).errors).toBeUndefined();
    });

    it('bad input: VALIDATION with paths, NOT_FOUND, CONFLICT; nothing saved', async () => {
      const before = await h.t.db.segment.count();
      const bad = await h.as('MARKETING')(create, {
        i: {
          name: ' ',
          criteria: {
            purchases: [{ minPurchases: 3, maxPurchases: 1, minRevenue: '1.234' }],
            rfm: { recencyScore: { min: 0, max: 9 } },
          },
        },
      });
      expect(codes(bad)).toEqual(['VALIDATION']);
      expect(fieldPaths(bad)).toEqual(['input.name']);
      const badCriteria = await h.as('MARKETING')(create, {
        i: {
          name: 'x',
          criteria: {
            purchases: [{ minPurchases: 3, maxPurchases: 1, minRevenue: '1.234' }],
            rfm: { recencyScore: { min: 0, max: 9 } },
          },
        },
      });
      expect(fieldPaths(badCriteria)).toEqual([
        'input.criteria.purchases.0.maxPurchases',
        'input.criteria.purchases.0.minRevenue',
        'input.criteria.rfm.recencyScore.max',
        'input.criteria.rfm.recencyScore.min',
      ]);
      // previewSegment takes the criteria as its own argument: paths start there.
      expect(fieldPaths(await h.as('MARKETING')(preview, { c: { purchases: [{ maxPurchases: -1 }] } }))).toEqual([
        'criteria.purchases.0.maxPurchases',
      ]);
      const unknownPurpose = await h.as('MARKETING')(create, { i: { name: 'x', criteria: { consents: ['nope'] } } });
      expect(fieldPaths(unknownPurpose)).toEqual(['input.criteria.consents.0']);
      const wrongType = await h.as('MARKETING')(create, {
        i: { name: 'x', criteria: { purchases: [{ products: [gid('Brand', 1)] }] } },
      });
      expect(fieldPaths(wrongType)).toEqual(['input.criteria.purchases.0.products.0']);
      const hiddenAction = await h.t.db.marketingAction.create({
        data: {
          code: 'BX',
          name: 'BX',
          objective: 'LOYALTY',
          medium: 'EMAIL',
          brandId: h.brands.b,
          requiredPurposeId: h.purposes.newsletter!,
          startDate: new Date(),
          endDate: new Date(),
        },
      });
      expect(
        codes(
          await h.as('MARKETING')(create, {
            i: {
              name: 'x',
              criteria: { responses: [{ action: gid('MarketingAction', hiddenAction.id), history: 'TARGETED' }] },
            },
          }),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(await h.t.db.segment.count()).toBe(before);

      // Criteria stored in a format this version does not know are refused, not misread.
      const future = await h.t.db.segment.create({
        data: { name: 'from the future', criteria: { version: 2, contact: { kind: ['CLIENT'] } } },
      });
      const unread = await h.as('MARKETING')(`query($id: ID!) { node(id: $id) { ... on Segment { count } } }`, {
        id: gid('Segment', future.id),
      });
      expect(codes(unread)).toEqual(['VALIDATION']);
      await h.t.db.segment.delete({ where: { id: future.id } });

      const ok = await h.as('MARKETING')(create, { i: { name: 'ok', criteria: {} } });
      const id = ok.data.createSegment.id;
      const upd = `mutation($id: ID!, $v: Int!) { updateSegment(id: $id, version: $v, input: { name: "renamed" }) { name version } }`;
      expect((await h.as('MARKETING')(upd, { id, v: 1 })).data.updateSegment).toEqual({ name: 'renamed', version: 2 });
      expect(codes(await h.as('MARKETING')(upd, { id, v: 1 }))).toEqual(['CONFLICT']);
      expect(codes(await h.as('MARKETING')(upd, { id: gid('Segment', 999_999), v: 1 }))).toEqual(['NOT_FOUND']);
      expect(
        codes(await h.as('MARKETING')(`mutation($id: ID!) { deleteSegment(id: $id, version: 1) }`, { id })),
      ).toEqual(['CONFLICT']);
      expect(
        (await h.as('MARKETING')(`mutation($id: ID!) { deleteSegment(id: $id, version: 2) }`, { id })).data
          .deleteSegment,
      ).toBe(id);
    });
  });
});
