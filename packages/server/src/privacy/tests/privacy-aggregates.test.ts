/**
 * Aggregates protect small groups (issue 14, `access/small-groups.ts`, default minimum 5) beyond surveys
 * (surveys-small-groups.test.ts): distributions of contacts by a personal or confidential attribute suppress
 * groups of 1 to 4 (and, when only one would be hidden, the next smallest, which would give it away by
 * difference); the sums and means of an RFM segment or FRAT type of fewer buyers are null; catalogue dimensions
 * and counts of buyers are shown as they are.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { minGroupSize, suppressSmallCounts } from '../access/small-groups.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const dist = `query($by: ContactDimension!) { contactDistribution(by: $by) { by withheld minGroupSize buckets { key count suppressed } } }`;

it('the rule: the minimum comes from FIDELE_MIN_GROUP_SIZE (default 5, a bad value is an error); one hidden group hides the next smallest', () => {
  expect(minGroupSize({})).toBe(5);
  expect(minGroupSize({ FIDELE_MIN_GROUP_SIZE: '10' })).toBe(10);
  for (const bad of ['0', '2.5', 'five', '-1'])
    expect(() => minGroupSize({ FIDELE_MIN_GROUP_SIZE: bad })).toThrow(/FIDELE_MIN_GROUP_SIZE/);
  expect(suppressSmallCounts([{ count: 9 }, { count: 6 }, { count: 1 }, { count: 0 }], 5)).toEqual([
    { count: 9, suppressed: false },
    { count: null, suppressed: true },
    { count: null, suppressed: true },
    { count: 0, suppressed: false },
  ]);
  expect(suppressSmallCounts([{ count: 9 }, { count: 2 }, { count: 3 }], 5).map((b) => b.suppressed)).toEqual([
    false,
    true,
    true,
  ]);
  expect(suppressSmallCounts([{ count: 9 }, { count: 5 }], 5).map((b) => b.suppressed)).toEqual([false, false]);
});

describeEachDatabase('privacy: small groups in analytics', (provider) => {
  let h: ApiHarness;
  let snapshot: string;

  beforeAll(async () => {
    delete process.env.FIDELE_MIN_GROUP_SIZE;
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const category = await db.productCategory.create({ data: { code: 'C', name: 'C' } });
    const product = await db.product.create({
      data: { code: 'P', name: 'P', categoryId: category.id, listPrice: '10.00' },
    });
    // Brand A, north. Paris (75) x6, Lyon (69) x1, one with an income band; eight consent to marketing, one not.
    const rows: { postalCode: string; incomeBand?: 'OVER_80K'; consent: boolean }[] = [
      ...Array.from({ length: 6 }, () => ({ postalCode: '75001', consent: true })),
      { postalCode: '69001', consent: true, incomeBand: 'OVER_80K' },
      { postalCode: '13001', consent: false },
    ];
    const ids: number[] = [];
    for (const [i, r] of rows.entries()) {
      const id = (
        await db.contact.create({
          data: {
            kind: 'CLIENT',
            lastName: `C${i}`,
            countryCode: 'FR',
            postalCode: r.postalCode,
            incomeBand: r.incomeBand ?? null,
            brandId: h.brands.a,
            zoneId: h.zones.north,
          },
        })
      ).id;
      if (r.consent) await h.consent(id, 'marketing');
      ids.push(id);
    }
    // Buyers: seven bought once on the same day for 10 (all tied: LOST); one bought three times lately (CHAMPIONS).
    const sale = (contactId: number, day: string) =>
      db.sale.create({
        data: {
          contactId,
          brandId: h.brands.a,
          channel: 'STORE',
          saleDate: new Date(`${day}T10:00:00Z`),
          total: '10.00',
          lines: { create: { productId: product.id, quantity: 1, unitPrice: '10.00' } },
        },
      });
    for (const id of ids.slice(0, 7)) await sale(id, '2025-01-10');
    for (const day of ['2026-05-01', '2026-05-10', '2026-05-20']) await sale(ids[7]!, day);
    const refreshed = await h.as('ADMIN')(
      `mutation($b: ID!) { refreshScores(asOf: "2026-06-01T00:00:00Z", brand: $b) { id buyerCount } }`,
      { b: gid('Brand', h.brands.a) },
    );
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.data.refreshScores.buyerCount).toBe(8);
    snapshot = refreshed.data.refreshScores.id;
  });
  afterAll(() => h?.drop());

  it('suppresses small groups of a consent-bound dimension, withheld contacts included', async () => {
    const r = await h.as('MARKETING')(dist, { by: 'DEPARTMENT' });
    expect(r.errors).toBeUndefined();
    // 75: 6 shown; 69: 1 and the one withheld (13001, no consent) are groups of one.
    expect(r.data.contactDistribution).toEqual({
      by: 'DEPARTMENT',
      minGroupSize: 5,
      withheld: null,
      buckets: [
        { key: '75', count: 6, suppressed: false },
        { key: '69', count: null, suppressed: true },
      ],
    });
  });

  it('suppresses a lone small group of a confidential dimension together with the next smallest', async () => {
    const r = await h.as('MARKETING')(dist, { by: 'INCOME_BAND' });
    expect(r.errors).toBeUndefined();
    // 7 without a band and 1 OVER_80K: the total is known, so the 7 would give the 1 away.
    expect(r.data.contactDistribution.buckets).toEqual([
      { key: null, count: null, suppressed: true },
      { key: 'OVER_80K', count: null, suppressed: true },
    ]);
    expect(r.data.contactDistribution.withheld).toBe(0);
  });

  it('shows catalogue dimensions as they are, small groups included', async () => {
    const r = await h.as('MARKETING')(dist, { by: 'KIND' });
    expect(r.data.contactDistribution.buckets).toEqual([{ key: 'CLIENT', count: 8, suppressed: false }]);
  });

  it('nulls the revenue and means of an RFM segment or FRAT type of fewer buyers than the minimum, not its count', async () => {
    const q = `query($id: ID!) { node(id: $id) { ... on ScoreSnapshot {
      segments { segment count suppressed revenue meanRecencyDays meanFrequency meanMonetary } fratTypes { count revenue } } } }`;
    const r = await h.as('ANALYST')(q, { id: snapshot });
    expect(r.errors).toBeUndefined();
    const segs = Object.fromEntries(
      r.data.node.segments
        .filter((s: { count: number }) => s.count > 0)
        .map((s: { segment: string }) => [s.segment, s]),
    );
    expect(segs.LOST).toEqual({
      segment: 'LOST',
      count: 7,
      suppressed: false,
      revenue: 70,
      meanRecencyDays: 507,
      meanFrequency: 1,
      meanMonetary: 10,
    });
    expect(segs.CHAMPIONS).toEqual({
      segment: 'CHAMPIONS',
      count: 1,
      suppressed: true,
      revenue: null,
      meanRecencyDays: null,
      meanFrequency: null,
      meanMonetary: null,
    });
    expect(r.data.node.fratTypes).toEqual([{ count: 8, revenue: 100 }]);
  });
});
