/**
 * Derived values stay right after any write (issue 15): the contact's first sale date follows a deletion or a
 * change of date of its sales, and one absurd sale written around the API (straight into the database) can never
 * make the score refresh fail for everyone: it is left out or clamped, and reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshScoreSnapshot, type ScoreWarnings } from '../packages/server/src/analytics/analytics.service.js';
import { createApiHarness, gid, type ApiHarness } from '../packages/server/src/testing/api.js';
import { describeEachDatabase } from '../packages/server/src/testing/databases.js';

const record = `mutation($input: SaleInput!) { recordSale(input: $input) { id version } }`;
const update = `mutation($id: ID!, $v: Int!, $input: SalePatch!) { updateSale(id: $id, version: $v, input: $input) { version } }`;
const remove = `mutation($id: ID!, $v: Int!) { deleteSale(id: $id, version: $v) }`;

describeEachDatabase('derived values', (provider) => {
  let h: ApiHarness;
  let productId: number;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const category = await h.t.db.productCategory.create({ data: { code: 'C', name: 'Category' } });
    productId = (
      await h.t.db.product.create({ data: { code: 'P', name: 'Product', categoryId: category.id, listPrice: '10.00' } })
    ).id;
  });
  afterAll(() => h?.drop());

  const newContact = async (data: { firstSaleAt?: Date } = {}) =>
    (
      await h.t.db.contact.create({
        data: { kind: 'CLIENT', lastName: 'Buyer', brandId: h.brands.a, zoneId: h.zones.north, ...data },
      })
    ).id;
  const sell = async (contactId: number, saleDate: string) => {
    const r = await h.as('ADMIN')(record, {
      input: {
        contact: gid('Contact', contactId),
        saleDate,
        channel: 'STORE',
        lines: [{ productCode: 'P', quantity: 1 }],
      },
    });
    expect(r.errors).toBeUndefined();
    return {
      id: Number(Buffer.from(r.data.recordSale.id, 'base64').toString().split(':')[1]),
      version: r.data.recordSale.version as number,
    };
  };
  const firstSaleAt = async (contactId: number) =>
    (await h.t.db.contact.findUniqueOrThrow({ where: { id: contactId } })).firstSaleAt?.toISOString() ?? null;

  describe('first sale date', () => {
    it('moves to the next sale when the first is deleted, and to none when the last is', async () => {
      const c = await newContact();
      const first = await sell(c, '2026-01-10T10:00:00.000Z');
      const second = await sell(c, '2026-03-05T10:00:00.000Z');
      expect(await firstSaleAt(c)).toBe('2026-01-10T10:00:00.000Z');
      expect((await h.as('ADMIN')(remove, { id: gid('Sale', first.id), v: first.version })).errors).toBeUndefined();
      expect(await firstSaleAt(c)).toBe('2026-03-05T10:00:00.000Z');
      expect((await h.as('ADMIN')(remove, { id: gid('Sale', second.id), v: second.version })).errors).toBeUndefined();
      expect(await firstSaleAt(c)).toBeNull();
    });

    it('follows the first sale when its date moves later', async () => {
      const c = await newContact();
      const first = await sell(c, '2026-01-10T10:00:00.000Z');
      await sell(c, '2026-03-05T10:00:00.000Z');
      const moved = await h.as('ADMIN')(update, {
        id: gid('Sale', first.id),
        v: first.version,
        input: { saleDate: '2026-06-01T10:00:00.000Z' },
      });
      expect(moved.errors).toBeUndefined();
      expect(await firstSaleAt(c)).toBe('2026-03-05T10:00:00.000Z');
    });

    it('keeps an earlier first purchase made before the CRM (a date no sale row carries)', async () => {
      const c = await newContact({ firstSaleAt: new Date('2019-05-01T00:00:00.000Z') });
      const sale = await sell(c, '2026-01-10T10:00:00.000Z');
      expect((await h.as('ADMIN')(remove, { id: gid('Sale', sale.id), v: sale.version })).errors).toBeUndefined();
      expect(await firstSaleAt(c)).toBe('2019-05-01T00:00:00.000Z');
    });
  });

  describe('score refresh with absurd rows written straight into the database', () => {
    const asOf = new Date('2026-06-30T00:00:00.000Z');
    let normal: number;

    beforeAll(async () => {
      normal = await newContact();
      await sell(normal, '2026-06-01T10:00:00.000Z');
    });

    /** A sale inserted without the API's checks, as an old import or a manual fix could have left it. */
    const rawSale = async (contactId: number, saleDate: Date, total: string) =>
      h.t.db.sale.create({
        data: {
          contactId,
          brandId: h.brands.a,
          saleDate,
          channel: 'STORE',
          total,
          grossMargin: null,
          lines: { create: [{ productId, quantity: 1, unitPrice: total, discountRate: '0' }] },
        },
      });

    const refresh = async () => {
      const told: ScoreWarnings[] = [];
      const snapshot = await refreshScoreSnapshot(h.t.db, provider, {
        asOf,
        brandId: null,
        onWarning: (w) => told.push(w),
      });
      return { snapshot, told };
    };

    it('leaves out sales dated in year 0001 or 275760, scores everyone else and reports them', async () => {
      const ancient = await newContact();
      const far = await newContact();
      const a = await rawSale(ancient, new Date('0001-01-01T00:00:00.000Z'), '10.00');
      const f = await rawSale(far, new Date('+275760-09-13T00:00:00.000Z'), '10.00');
      try {
        const { snapshot, told } = await refresh();
        expect(snapshot.status).toBe('COMPLETED');
        const scored = await h.t.db.contactScore.findMany({
          where: { snapshotId: snapshot.id },
          select: { contactId: true },
        });
        expect(scored.map((s) => s.contactId)).toContain(normal);
        expect(scored.map((s) => s.contactId)).not.toContain(ancient);
        expect(scored.map((s) => s.contactId)).not.toContain(far);
        // SQLite compares its text dates as text: there the year 275760 sorts before the snapshot day too.
        expect(told).toEqual([{ skippedSales: provider === 'sqlite' ? 2 : 1, clampedBuyers: 0 }]);
        expect(snapshot.warnings).toEqual(told[0]);
      } finally {
        await h.t.db.sale.deleteMany({ where: { id: { in: [a.id, f.id] } } });
      }
    });

    it('clamps a buyer whose revenue exceeds what Decimal(12, 2) holds instead of failing', async () => {
      const rich = await newContact();
      // Two of them on one later day: that repeat day alone spends more than Decimal(12, 2) holds too.
      const big = [
        await rawSale(rich, new Date('2026-05-01T10:00:00.000Z'), '9999999999.99'),
        await rawSale(rich, new Date('2026-05-02T10:00:00.000Z'), '9999999999.99'),
        await rawSale(rich, new Date('2026-05-02T11:00:00.000Z'), '9999999999.99'),
      ];
      try {
        const { snapshot, told } = await refresh();
        expect(snapshot.status).toBe('COMPLETED');
        const score = await h.t.db.contactScore.findFirstOrThrow({
          where: { snapshotId: snapshot.id, contactId: rich },
        });
        expect(score.monetary.toString()).toBe('9999999999.99');
        expect(score.frequency).toBe(3);
        expect(score.repeatPurchases).toBe(1);
        expect(score.meanRepeatSpend.toString()).toBe('9999999999.99');
        expect(told).toEqual([{ skippedSales: 0, clampedBuyers: 1 }]);
      } finally {
        await h.t.db.sale.deleteMany({ where: { id: { in: big.map((s) => s.id) } } });
      }
    });

    it('says nothing when every row is sound', async () => {
      const { snapshot, told } = await refresh();
      expect(snapshot.status).toBe('COMPLETED');
      expect(told).toEqual([]);
      expect(snapshot.warnings).toEqual({ skippedSales: 0, clampedBuyers: 0 });
    });
  });
});
