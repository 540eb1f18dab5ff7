/**
 * Contacts selected, sorted, segmented and targeted by their stored value (probability alive, CLV), RFM segment and
 * FRAT type. The fixture is written by hand and every expected selection is worked out in the comments.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RfmSegment } from '../../generated/sqlite/enums.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

/*
 * The latest completed snapshot of brand A:
 *
 * | contact | segment   | FRAT  | P(alive) | CLV    | profiling consent |
 * | v1      | CHAMPIONS | Bags  | 0.90     | 120.00 | yes               |
 * | v2      | LOST      | Bags  | 0.20     | 15.50  | yes               |
 * | v3      | LOYAL     | Shoes | 0.55     | 300.00 | yes               |
 * | v4      | LOYAL     | Shoes | 0.95     | 500.00 | no: hidden        |
 * | v5      | LOYAL     | Bags  | 0.55     | 80.00  | yes               |
 * | v6      | AT_RISK   | Bags  | -        | -      | yes (no model value) |
 * | v7      | not a buyer                            | yes               |
 *
 * Every contact has an e-mail and consents to marketing e-mails.
 */
type Name = 'v1' | 'v2' | 'v3' | 'v4' | 'v5' | 'v6' | 'v7';
const plan: [Name, RfmSegment | null, 'bags' | 'shoes' | null, number | null, string | null, boolean][] = [
  ['v1', 'CHAMPIONS', 'bags', 0.9, '120.00', true],
  ['v2', 'LOST', 'bags', 0.2, '15.50', true],
  ['v3', 'LOYAL', 'shoes', 0.55, '300.00', true],
  ['v4', 'LOYAL', 'shoes', 0.95, '500.00', false],
  ['v5', 'LOYAL', 'bags', 0.55, '80.00', true],
  ['v6', 'AT_RISK', 'bags', null, null, true],
  ['v7', null, null, null, null, true],
];

describeEachDatabase('analytics: selecting contacts by their value', (provider) => {
  let h: ApiHarness;
  const v = {} as Record<Name, number>;
  const cat = {} as Record<'bags' | 'shoes', number>;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    cat.bags = (await db.productCategory.create({ data: { code: 'B', name: 'Bags' } })).id;
    cat.shoes = (await db.productCategory.create({ data: { code: 'S', name: 'Shoes' } })).id;
    const snapshotId = (
      await db.scoreSnapshot.create({
        data: { asOf: new Date('2026-09-30T00:00:00Z'), brandId: h.brands.a, status: 'COMPLETED' },
      })
    ).id;
    for (const [name, segment, frat, alive, value, profiling] of plan) {
      v[name] = (
        await db.contact.create({
          data: {
            kind: 'CLIENT',
            lastName: name,
            email: `${name}@x.test`,
            brandId: h.brands.a,
            zoneId: h.zones.north,
          },
        })
      ).id;
      await h.consent(v[name], 'marketing');
      if (profiling) await h.consent(v[name], 'profiling');
      if (segment)
        await db.contactScore.create({
          data: {
            snapshotId,
            contactId: v[name],
            segment,
            fratCategoryId: frat ? cat[frat] : null,
            probabilityAlive: alive,
            predictedValue: value,
            recencyScore: 3,
            frequencyScore: 3,
            monetaryScore: 3,
            recencyDays: 10,
            frequency: 2,
            monetary: '100',
            grossMargin: '0',
            firstPurchaseAt: new Date('2026-01-01T12:00:00Z'),
            lastPurchaseAt: new Date('2026-09-20T12:00:00Z'),
          },
        });
    }
  });
  afterAll(() => h?.drop());

  const list = `query($filter: ContactFilter, $scoreOrder: ContactScoreOrder, $first: Int, $after: String) {
    contacts(filter: $filter, scoreOrder: $scoreOrder, first: $first, after: $after) {
      totalCount pageInfo { endCursor hasNextPage } edges { node { id } } } }`;
  const ours = () => Object.values(v).map((id) => gid('Contact', id));
  const brandA = () => gid('Brand', h.brands.a);
  const nameOf = (id: string) => Object.entries(v).find(([, n]) => gid('Contact', n) === id)?.[0] ?? id;
  const run = (role: 'ANALYST' | 'MARKETING' | 'SALES', vars: Record<string, unknown>) =>
    h.as(role)(list, {
      ...vars,
      // A score filter reads brand A's snapshot; a sort alone lists everyone (its own `brand` says which snapshot).
      filter: { ids: ours(), ...(vars.filter ? { rfmBrand: brandA(), ...(vars.filter as object) } : {}) },
    });
  const names = async (role: 'ANALYST' | 'MARKETING', vars: Record<string, unknown>) => {
    const r = await run(role, vars);
    expect(r.errors).toBeUndefined();
    return r.data.contacts.edges.map((e: { node: { id: string } }) => nameOf(e.node.id));
  };

  it('filters by probability alive and CLV as selected by hand; a hidden value never matches', async () => {
    // P(alive) ≥ 0.5: v1, v3, v5 (v4's 0.95 is hidden; v6 has no value).
    expect(await names('ANALYST', { filter: { probabilityAlive: { min: 0.5 } } })).toEqual(['v1', 'v3', 'v5']);
    // CLV ≥ 100: v1 (120), v3 (300); v4's 500 is hidden.
    expect(await names('MARKETING', { filter: { predictedValue: { min: '100' } } })).toEqual(['v1', 'v3']);
    // 0.5 ≤ P(alive) ≤ 0.6 and CLV ≤ 100: v5 alone.
    const both = { probabilityAlive: { min: 0.5, max: 0.6 }, predictedValue: { max: '100' } };
    expect(await names('ANALYST', { filter: both })).toEqual(['v5']);
    // With the FRAT type and the RFM segment: LOYAL, Shoes, CLV ≥ 100: v3 (v4 hidden).
    const mixed = {
      rfmSegment: ['LOYAL'],
      fratCategory: [gid('ProductCategory', cat.shoes)],
      predictedValue: { min: '100' },
    };
    expect(await names('ANALYST', { filter: mixed })).toEqual(['v3']);
    const r = await run('ANALYST', { filter: { probabilityAlive: { max: 0.5 } } });
    expect(r.data.contacts.totalCount).toBe(1); // v2
  });

  it('refuses bad ranges with VALIDATION and other roles with FORBIDDEN', async () => {
    const code = async (filter: object, role: 'ANALYST' | 'SALES' = 'ANALYST') =>
      (await run(role, { filter })).errors?.[0]?.extensions.code;
    expect(await code({ probabilityAlive: { min: 1.5 } })).toBe('VALIDATION');
    expect(await code({ probabilityAlive: { min: -0.1 } })).toBe('VALIDATION');
    expect(await code({ probabilityAlive: { min: 0.8, max: 0.2 } })).toBe('VALIDATION');
    expect(await code({ predictedValue: { min: '100', max: '10' } })).toBe('VALIDATION');
    expect(await code({ predictedValue: { min: '1.234' } })).toBe('VALIDATION');
    expect(await code({ probabilityAlive: { min: 0.5 } }, 'SALES')).toBe('FORBIDDEN');
  });

  it('sorts by probability alive and CLV: ties by contact, hidden and missing values last in list order', async () => {
    const sorted = (key: string, direction: string) =>
      names('ANALYST', { scoreOrder: { key, direction, brand: brandA() }, first: 10 });
    // 0.20 (v2), 0.55 (v3, v5: by contact), 0.90 (v1); then v4 (hidden), v6 (no value), v7 (no score) by id.
    expect(await sorted('PROBABILITY_ALIVE', 'ASC')).toEqual(['v2', 'v3', 'v5', 'v1', 'v4', 'v6', 'v7']);
    expect(await sorted('PROBABILITY_ALIVE', 'DESC')).toEqual(['v1', 'v3', 'v5', 'v2', 'v4', 'v6', 'v7']);
    // 300 (v3), 120 (v1), 80 (v5), 15.50 (v2); v4's hidden 500 does not put it first.
    expect(await sorted('PREDICTED_VALUE', 'DESC')).toEqual(['v3', 'v1', 'v5', 'v2', 'v4', 'v6', 'v7']);
    // With a filter: P(alive) ≥ 0.5 by CLV ascending: v5, v1, v3.
    const filtered = await names('ANALYST', {
      filter: { probabilityAlive: { min: 0.5 } },
      scoreOrder: { key: 'PREDICTED_VALUE', direction: 'ASC', brand: brandA() },
      first: 10,
    });
    expect(filtered).toEqual(['v5', 'v1', 'v3']);
  });

  it('pages a continuous sort with contact cursors, from the valued contacts into the rest', async () => {
    const vars = { scoreOrder: { key: 'PROBABILITY_ALIVE', direction: 'DESC', brand: brandA() } };
    const pages: string[][] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const r = await run('ANALYST', { ...vars, first: 2, after });
      expect(r.errors).toBeUndefined();
      pages.push(r.data.contacts.edges.map((e: { node: { id: string } }) => nameOf(e.node.id)));
      expect(r.data.contacts.totalCount).toBe(7);
      if (!r.data.contacts.pageInfo.hasNextPage) break;
      after = r.data.contacts.pageInfo.endCursor;
    }
    // Through the tie at 0.55 (v3 then v5 across a page), then from v2 into the rest.
    expect(pages).toEqual([['v1', 'v3'], ['v5', 'v2'], ['v4', 'v6'], ['v7']]);
  });

  it('a saved segment on these criteria holds the hand selection, and targeting from it targets exactly them', async () => {
    // LOYAL, P(alive) ≥ 0.5: v3, v5 (v4 is LOYAL and 0.95 but hidden).
    const criteria = {
      contact: { ids: ours(), rfmBrand: brandA(), rfmSegment: ['LOYAL'], probabilityAlive: { min: 0.5 } },
    };
    const created = await h.as('MARKETING')(
      `mutation($i: SegmentInput!) { createSegment(input: $i) { id contacts(first: 50) { totalCount edges { node { id } } } } }`,
      { i: { name: 'loyal alive', criteria, brand: brandA() } },
    );
    expect(created.errors).toBeUndefined();
    const members = created.data.createSegment.contacts.edges.map((e: { node: { id: string } }) => nameOf(e.node.id));
    expect(members.sort()).toEqual(['v3', 'v5']);
    // Bags and CLV between 50 and 200: v1 (120), v5 (80).
    const bags = {
      contact: {
        ids: ours(),
        rfmBrand: brandA(),
        fratCategory: [gid('ProductCategory', cat.bags)],
        predictedValue: { min: '50', max: '200' },
      },
    };
    const preview = await h.as('MARKETING')(
      `query($c: SegmentCriteriaInput!) { previewSegment(criteria: $c, first: 10) { count } }`,
      { c: bags },
    );
    expect(preview.errors).toBeUndefined();
    expect(preview.data.previewSegment.count).toBe(2);

    const action = await h.t.db.marketingAction.create({
      data: {
        code: 'VALUE',
        name: 'value',
        objective: 'LOYALTY',
        medium: 'EMAIL',
        brandId: h.brands.a,
        requiredPurposeId: h.purposes.marketing!,
        status: 'RUNNING',
        startDate: new Date('2026-01-01'),
        endDate: new Date('2027-12-31'),
        responseChannels: { create: [{ channel: 'WEB' }] },
      },
    });
    const r = await h.as('MARKETING')(
      `mutation($i: TargetActionInput!) { targetAction(input: $i) {
        targetedCount controlCount targets(first: 50) { edges { node { inControlGroup contact { id } } } } } }`,
      {
        i: {
          action: gid('MarketingAction', action.id),
          segment: created.data.createSegment.id,
          controlGroupPercent: 0,
        },
      },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.targetAction.targetedCount).toBe(2);
    expect(r.data.targetAction.controlCount).toBe(0);
    const targeted = r.data.targetAction.targets.edges.map((e: { node: { contact: { id: string } } }) =>
      nameOf(e.node.contact.id),
    );
    expect(targeted.sort()).toEqual(['v3', 'v5']);
  });

  it("without a brand, a score sort or value filter reads the snapshot of the caller's only brand", async () => {
    // Before, it read the all-brands snapshot, which only an administrator may read: none was found, so the sort
    // left the list in its own order and the filter matched nobody, without a word.
    const sort = { scoreOrder: { key: 'PROBABILITY_ALIVE', direction: 'DESC' }, first: 10 };
    expect(await names('ANALYST', sort)).toEqual(['v1', 'v3', 'v5', 'v2', 'v4', 'v6', 'v7']);
    const r = await h.as('ANALYST')(list, { filter: { ids: ours(), probabilityAlive: { min: 0.5 } } });
    expect(r.errors).toBeUndefined();
    expect(r.data.contacts.edges.map((e: { node: { id: string } }) => nameOf(e.node.id))).toEqual(['v1', 'v3', 'v5']);
  });

  it('with several brands and none named, asks which brand (VALIDATION), for the sort and for the filter', async () => {
    await h.t.db.staffUserBrand.create({ data: { userId: h.users.ANALYST, brandId: h.brands.b } });
    try {
      const sort = await h.as('ANALYST')(list, {
        filter: { ids: ours() },
        scoreOrder: { key: 'PROBABILITY_ALIVE' },
      });
      expect(sort.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION',
        fields: [{ path: ['scoreOrder', 'brand'] }],
      });
      const filter = await h.as('ANALYST')(list, { filter: { ids: ours(), rfmSegment: ['LOYAL'] } });
      expect(filter.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION',
        fields: [{ path: ['filter', 'rfmBrand'] }],
      });
      // Named, the brand's snapshot is read as before.
      const named = { scoreOrder: { key: 'PROBABILITY_ALIVE', direction: 'DESC', brand: brandA() }, first: 10 };
      expect(await names('ANALYST', named)).toEqual(['v1', 'v3', 'v5', 'v2', 'v4', 'v6', 'v7']);
    } finally {
      await h.t.db.staffUserBrand.deleteMany({ where: { userId: h.users.ANALYST, brandId: h.brands.b } });
    }
  });

  it('with no brand at all, reads no scores and asks nothing: the sort keeps the order, the filter finds nobody', async () => {
    // Asking such a caller to "choose one of your brands" named a choice they do not have; like a caller whose brand
    // has no snapshot yet, they simply read no scores.
    const mine = await h.t.db.staffUserBrand.findMany({ where: { userId: h.users.ANALYST } });
    await h.t.db.staffUserBrand.deleteMany({ where: { userId: h.users.ANALYST } });
    try {
      const sort = await h.as('ANALYST')(list, { scoreOrder: { key: 'PROBABILITY_ALIVE', direction: 'DESC' } });
      expect(sort.errors).toBeUndefined();
      const filter = await h.as('ANALYST')(list, { filter: { probabilityAlive: { min: 0.5 } } });
      expect(filter.errors).toBeUndefined();
      expect(filter.data.contacts.edges).toEqual([]);
    } finally {
      await h.t.db.staffUserBrand.createMany({ data: mine });
    }
  });
});
