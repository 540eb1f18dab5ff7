/**
 * Lifetime value on score snapshots: the model inputs written by SQL (checked by hand, then against the CDNOW-
 * validated TypeScript summary on seeded data), the fitted models, and the predictions served by GraphQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshScoreSnapshot } from '../analytics.service.js';
import { bgnbdConditionalExpectedPurchases, bgnbdProbabilityAlive, fitBgNbd } from '../clv/bgnbd.js';
import { customerLifetimeValue } from '../clv/clv.js';
import { fitGammaGamma } from '../clv/gamma-gamma.js';
import { summarizeTransactions } from '../clv/summary.js';
import { seedDatabase } from '../../platform/seed/seed.service.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const asOf = new Date('2026-06-30T00:00:00Z');

describeEachDatabase('analytics: lifetime value', (provider) => {
  describe('model inputs on a hand-built fixture', () => {
    let h: ApiHarness;
    const ids: Record<string, number> = {};
    beforeAll(async () => {
      h = await createApiHarness(provider, { purposes: true });
      const db = h.t.db;
      const category = await db.productCategory.create({ data: { code: 'C', name: 'C' } });
      const product = await db.product.create({
        data: { code: 'P', name: 'P', categoryId: category.id, listPrice: '10' },
      });
      const sale = (contactId: number, at: string, total: number) =>
        db.sale.create({
          data: {
            contactId,
            brandId: h.brands.a,
            saleDate: new Date(at),
            channel: 'STORE',
            total: total.toFixed(2),
            lines: { create: { productId: product.id, quantity: 1, unitPrice: total.toFixed(2) } },
          },
        });
      for (const name of ['p', 'q', 'r'])
        ids[name] = (
          await db.contact.create({
            data: { kind: 'CLIENT', lastName: name, brandId: h.brands.a, zoneId: h.zones.north },
          })
        ).id;
      // p: two sales on 01-01 (one purchase day of 150), then 01-15 (30) and 03-12 (70).
      await sale(ids.p!, '2026-01-01T09:00:00Z', 100);
      await sale(ids.p!, '2026-01-01T17:00:00Z', 50);
      await sale(ids.p!, '2026-01-15T12:00:00Z', 30);
      await sale(ids.p!, '2026-03-12T12:00:00Z', 70);
      // q: one sale; r: one on the snapshot day and one after it.
      await sale(ids.q!, '2026-06-01T12:00:00Z', 80);
      await sale(ids.r!, '2026-06-30T23:59:00Z', 20);
      await sale(ids.r!, '2026-07-05T12:00:00Z', 20);
      await refreshScoreSnapshot(h.t.db, provider, { asOf, brandId: h.brands.a });
    });
    afterAll(() => h?.drop());

    it('counts purchase days, weeks and the mean repeat spend as the BG/NBD literature does', async () => {
      const rows = await h.t.db.contactScore.findMany({ orderBy: { contactId: 'asc' } });
      const of = (id: number) => rows.find((r) => r.contactId === id)!;
      // p: days 01-01, 01-15, 03-12: x = 2, t_x = 70 days = 10 weeks, T = 180 days, z̄ = (30 + 70) / 2.
      expect(of(ids.p!)).toMatchObject({ repeatPurchases: 2, repeatSpanWeeks: 10, meanRepeatSpend: expect.anything() });
      expect(of(ids.p!).ageWeeks).toBeCloseTo(180 / 7, 10);
      expect(Number(of(ids.p!).meanRepeatSpend)).toBe(50);
      // q: x = 0, t_x = 0, T = 29 days, z̄ = 0.
      expect(of(ids.q!)).toMatchObject({ repeatPurchases: 0, repeatSpanWeeks: 0 });
      expect(of(ids.q!).ageWeeks).toBeCloseTo(29 / 7, 10);
      expect(Number(of(ids.q!).meanRepeatSpend)).toBe(0);
      // r: first purchase on the snapshot day, the later sale does not count: T = 0.
      expect(of(ids.r!)).toMatchObject({ repeatPurchases: 0, repeatSpanWeeks: 0, ageWeeks: 0 });
    });

    it('fits no model on three buyers (too few to say anything)', async () => {
      expect(await h.t.db.lifetimeValueModel.count()).toBe(0);
      const snapshot = await h.t.db.scoreSnapshot.findFirstOrThrow();
      const res = await h.as('ANALYST')(
        `query($id: ID!) { node(id: $id) { ... on ScoreSnapshot { lifetimeValueModel { r } } } }`,
        { id: gid('ScoreSnapshot', snapshot.id) },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.node.lifetimeValueModel).toBeNull();
    });
  });

  describe('on seeded data', () => {
    let h: ApiHarness;
    let snapshotId: number;
    let maison: number;
    beforeAll(async () => {
      h = await createApiHarness(provider, { purposes: true });
      await seedDatabase(h.t.db, { contacts: 500, asOf });
      maison = (await h.t.db.brand.findUniqueOrThrow({ where: { code: 'MAISON' } })).id;
      // The harness analyst is scoped to brand A: give it the seeded brand and zones too (test data, not a bypass).
      const analyst = h.users.ANALYST;
      await h.t.db.staffUserBrand.create({ data: { userId: analyst, brandId: maison } });
      for (const z of await h.t.db.zone.findMany())
        await h.t.db.staffUserZone.upsert({
          where: { userId_zoneId: { userId: analyst, zoneId: z.id } },
          create: { userId: analyst, zoneId: z.id },
          update: {},
        });
      snapshotId = (await refreshScoreSnapshot(h.t.db, provider, { asOf, brandId: maison })).id;
    });
    afterAll(() => h?.drop());

    /** The same buyers summarised by the TypeScript summary validated on CDNOW, from the raw sales. */
    async function independentSummary() {
      const sales = await h.t.db.sale.findMany({
        where: {
          brandId: maison,
          saleDate: { lt: new Date('2026-07-01T00:00:00Z') },
          contact: { deletedAt: null, mergedIntoId: null },
        },
        select: { contactId: true, saleDate: true, total: true },
      });
      return summarizeTransactions(
        sales.map((s) => ({ customerId: String(s.contactId), date: s.saleDate, amount: Number(s.total) })),
        { calibrationEnd: '2026-06-30' },
      );
    }

    it('writes the same (x, t_x, T, z̄) as the CDNOW-validated summary, for every buyer', async () => {
      const expected = await independentSummary();
      const rows = await h.t.db.contactScore.findMany({ where: { snapshotId } });
      expect(rows.length).toBe(expected.length);
      const byId = new Map(rows.map((r) => [String(r.contactId), r]));
      for (const e of expected) {
        const row = byId.get(e.customerId)!;
        expect(row.repeatPurchases).toBe(e.x);
        expect(row.repeatSpanWeeks).toBeCloseTo(e.tx, 9);
        expect(row.ageWeeks).toBeCloseTo(e.T, 9);
        // Stored rounded to the cent: within half a cent (a mean ending in 5 may round either way in binary).
        expect(Math.abs(Number(row.meanRepeatSpend) - e.zbar)).toBeLessThanOrEqual(0.005 + 1e-9);
      }
    });

    it('stores the maximum-likelihood fit of both models on the snapshot', async () => {
      const model = await h.t.db.lifetimeValueModel.findUniqueOrThrow({ where: { snapshotId } });
      const summary = await independentSummary();
      const bg = fitBgNbd(summary);
      expect(model.customers).toBe(summary.length);
      expect(model.bgnbdLogLikelihood).toBeCloseTo(bg.logLikelihood, 4);
      for (const [stored, fitted] of [
        [model.bgnbdR, bg.params.r],
        [model.bgnbdAlpha, bg.params.alpha],
        [model.bgnbdA, bg.params.a],
        [model.bgnbdB, bg.params.b],
      ] as const) {
        expect(Math.abs(stored / fitted - 1)).toBeLessThan(1e-3);
      }
      // Spend: the stored z̄ is rounded to cents, so the fits agree closely but not to the last digit.
      const gg = fitGammaGamma(
        summary.filter((s) => s.x > 0 && s.zbar > 0).map((s) => ({ x: s.x, zbar: Math.round(s.zbar * 100) / 100 })),
      );
      expect(model.spendCustomers).toBe(summary.filter((s) => s.x > 0 && s.zbar > 0).length);
      expect(Math.abs(model.spendP / gg.params.p - 1)).toBeLessThan(1e-3);
      expect(Math.abs(model.spendQ / gg.params.q - 1)).toBeLessThan(1e-3);
      expect(Math.abs(model.spendV / gg.params.v - 1)).toBeLessThan(1e-3);
    });

    it('serves the model and each consenting buyer\u2019s predicted value through GraphQL', async () => {
      const q = `query($id: ID!, $s: ID!) {
        node(id: $id) { ... on ScoreSnapshot { lifetimeValueModel { r alpha a b p q v customers } } }
        contactScores(snapshot: $s, first: 5) { edges { node {
          repeatPurchases repeatSpanWeeks ageWeeks meanRepeatSpend
          predictedValue(months: 12, monthlyDiscountRate: 0.01) { probabilityAlive expectedPurchases expectedSpend lifetimeValue }
        } } } }`;
      const res = await h.as('ANALYST')(q, {
        id: gid('ScoreSnapshot', snapshotId),
        s: gid('ScoreSnapshot', snapshotId),
      });
      expect(res.errors).toBeUndefined();
      const m = res.data.node.lifetimeValueModel;
      expect(m.customers).toBeGreaterThan(30);
      const edges = res.data.contactScores.edges;
      expect(edges.length).toBe(5);
      for (const { node } of edges) {
        const c = {
          x: node.repeatPurchases,
          tx: node.repeatSpanWeeks,
          T: node.ageWeeks,
          zbar: Number(node.meanRepeatSpend),
        };
        const value = customerLifetimeValue({ r: m.r, alpha: m.alpha, a: m.a, b: m.b }, { p: m.p, q: m.q, v: m.v }, c, {
          periods: 12,
          period: 'month',
          discountRate: 0.01,
        });
        expect(node.predictedValue.lifetimeValue).toBeCloseTo(value.clv, 6);
        expect(node.predictedValue.expectedSpend).toBeCloseTo(value.expectedSpend, 6);
        // 12 months of 365.25 / 12 days, in weeks.
        expect(node.predictedValue.expectedPurchases).toBeCloseTo(
          bgnbdConditionalExpectedPurchases({ r: m.r, alpha: m.alpha, a: m.a, b: m.b }, 365.25 / 7, c.x, c.tx, c.T),
          9,
        );
        expect(node.predictedValue.probabilityAlive).toBeCloseTo(
          bgnbdProbabilityAlive({ r: m.r, alpha: m.alpha, a: m.a, b: m.b }, c.x, c.tx, c.T),
          9,
        );
        expect(node.predictedValue.probabilityAlive).toBeGreaterThan(0);
        expect(node.predictedValue.probabilityAlive).toBeLessThanOrEqual(1);
      }
    });

    it('refuses a horizon or discount rate out of range with VALIDATION', async () => {
      const q = `query($s: ID!) { contactScores(snapshot: $s, first: 1) { edges { node { predictedValue(months: -1, monthlyDiscountRate: 2) { lifetimeValue } } } } }`;
      const res = await h.as('ANALYST')(q, { s: gid('ScoreSnapshot', snapshotId) });
      expect(res.errors?.[0]?.extensions.code).toBe('VALIDATION');
      expect(res.errors?.[0]?.extensions.fields?.map((f) => f.path.join('.'))).toEqual([
        'months',
        'monthlyDiscountRate',
      ]);
    });
  });
});
