/**
 * Who may refresh a score snapshot (issue 19): the roles that read snapshots refresh those they may read, one brand
 * at a time; a brand outside the caller's answers exactly like a brand that does not exist (hidden = missing).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Role } from '../../generated/sqlite/enums.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const refresh = `mutation($brand: ID) { refreshScores(asOf: "2026-06-30T00:00:00.000Z", brand: $brand) { brand { code } status buyerCount } }`;

describeEachDatabase('analytics: refreshing score snapshots, by role and brand', (provider) => {
  let h: ApiHarness;
  const code = (r: { errors?: { extensions: { code: string }; message: string }[] }) => r.errors?.[0]?.extensions.code;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const cat = await db.productCategory.create({ data: { code: 'C', name: 'C' } });
    const product = await db.product.create({ data: { code: 'P', name: 'P', categoryId: cat.id, listPrice: '10.00' } });
    for (const brandId of [h.brands.a, h.brands.a, h.brands.b]) {
      const c = await db.contact.create({ data: { kind: 'CLIENT', brandId, zoneId: h.zones.north } });
      await db.sale.create({
        data: {
          contactId: c.id,
          brandId,
          saleDate: new Date('2026-06-01T12:00:00Z'),
          channel: 'WEB',
          total: '10.00',
          lines: { create: { productId: product.id, quantity: 1, unitPrice: '10.00' } },
        },
      });
    }
  });
  afterAll(() => h.drop());

  // Every role, each on its own brand (A), the other brand (B), an unknown brand and all brands together.
  const matrix: [Role, 'A' | 'B' | 'unknown' | 'all', string | null][] = [
    ['ANALYST', 'A', null],
    ['ANALYST', 'B', 'NOT_FOUND'],
    ['ANALYST', 'unknown', 'NOT_FOUND'],
    ['ANALYST', 'all', 'FORBIDDEN'],
    ['MARKETING', 'A', null],
    ['MARKETING', 'B', 'NOT_FOUND'],
    ['ADMIN', 'A', null],
    ['ADMIN', 'B', null],
    ['ADMIN', 'unknown', 'NOT_FOUND'],
    ['ADMIN', 'all', null],
    ['SALES', 'A', 'FORBIDDEN'],
    ['SUPPORT', 'A', 'FORBIDDEN'],
  ];

  it.each(matrix)('%s refreshing brand %s: %s', async (role, brand, expected) => {
    const brandId = brand === 'A' ? h.brands.a : brand === 'B' ? h.brands.b : 999_999;
    const res = await h.as(role)(refresh, brand === 'all' ? {} : { brand: gid('Brand', brandId) });
    expect(code(res) ?? null).toBe(expected);
    if (expected === null) {
      expect(res.data.refreshScores).toMatchObject({
        status: 'COMPLETED',
        buyerCount: brand === 'all' ? 3 : brand === 'A' ? 2 : 1,
      });
    }
  });

  it('a brand outside the caller answers exactly like a missing one (same code, message and fields)', async () => {
    const hidden = await h.as('ANALYST')(refresh, { brand: gid('Brand', h.brands.b) });
    const missing = await h.as('ANALYST')(refresh, { brand: gid('Brand', 999_999) });
    expect(hidden.errors).toEqual(missing.errors);
    expect(
      await h.t.db.scoreSnapshot.count({ where: { brandId: h.brands.b, asOf: new Date('2026-06-30T00:00:00Z') } }),
    ).toBe(
      // Only the administrator's refresh of B above.
      1,
    );
  });

  it('the analyst then reads the snapshot it refreshed, and only the brands it may read', async () => {
    const res = await h.as('ANALYST')(`{ scoreSnapshots { brand { code } status } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.scoreSnapshots.map((s: { brand: { code: string } | null }) => s.brand?.code ?? null)).toEqual([
      'A',
    ]);
  });
});
