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
import { fitMbgNbd, mbgnbdConditionalExpectedPurchases, mbgnbdProbabilityAlive } from '../clv/mbgnbd.js';
import { fitParetoNbd, paretoNbdProbabilityAlive } from '../clv/pareto-nbd.js';
import { validateModels, validationInputOf } from '../clv/validation.js';
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
      for (const user of [h.users.ANALYST, h.users.MARKETING]) {
        await h.t.db.staffUserBrand.create({ data: { userId: user, brandId: maison } });
        for (const z of await h.t.db.zone.findMany())
          await h.t.db.staffUserZone.upsert({
            where: { userId_zoneId: { userId: user, zoneId: z.id } },
            create: { userId: user, zoneId: z.id },
            update: {},
          });
      }
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

    const scoresQuery = (args: string, fields: string) => `query($s: ID!) {
      contactScores(snapshot: $s, first: 500) { edges { node {
        repeatPurchases repeatSpanWeeks ageWeeks meanRepeatSpend monetary firstPurchaseAt
        predictedValue(${args}) { ${fields} } } } } }`;

    it('predicts with the chosen model: MBG/NBD and Pareto/NBD lower P(alive) of one-time buyers', async () => {
      const summary = await independentSummary();
      const mbg = fitMbgNbd(summary).params;
      const pareto = fitParetoNbd(summary).params;
      const fields = 'model probabilityAlive expectedPurchases assumptions';
      const run = async (model: string) => {
        const res = await h.as('ANALYST')(scoresQuery(`model: ${model}, horizon: 26, horizonUnit: WEEKS`, fields), {
          s: gid('ScoreSnapshot', snapshotId),
        });
        expect(res.errors).toBeUndefined();
        return res.data.contactScores.edges.map((e: { node: Record<string, any> }) => e.node);
      };
      const [bgRows, mbgRows, paretoRows] = [await run('BG_NBD'), await run('MBG_NBD'), await run('PARETO_NBD')];
      const oneTime = bgRows.filter((n: any) => n.repeatPurchases === 0);
      expect(oneTime.length).toBeGreaterThan(0);
      for (const n of oneTime) expect(n.predictedValue.probabilityAlive).toBe(1);
      expect(bgRows[0].predictedValue.assumptions).toContain('ONE_TIME_BUYERS_ALIVE');
      mbgRows.forEach((n: any) => {
        const c = [n.repeatPurchases, n.repeatSpanWeeks, n.ageWeeks] as const;
        expect(n.predictedValue.model).toBe('MBG_NBD');
        expect(n.predictedValue.probabilityAlive).toBeCloseTo(mbgnbdProbabilityAlive(mbg, ...c), 3);
        expect(n.predictedValue.expectedPurchases).toBeCloseTo(mbgnbdConditionalExpectedPurchases(mbg, 26, ...c), 3);
        if (c[0] === 0 && c[2] > 0) expect(n.predictedValue.probabilityAlive).toBeLessThan(1);
      });
      paretoRows.forEach((n: any) => {
        const c = [n.repeatPurchases, n.repeatSpanWeeks, n.ageWeeks] as const;
        expect(n.predictedValue.probabilityAlive).toBeCloseTo(paretoNbdProbabilityAlive(pareto, ...c), 3);
        expect(n.predictedValue.assumptions).toContain('DROPOUT_ANY_TIME');
      });
    });

    it('shows CLV on margin to ANALYST only, and flags left-censored buyers', async () => {
      const fields = 'lifetimeValue marginLifetimeValue leftCensored degenerateFit';
      const res = await h.as('ANALYST')(scoresQuery('months: 12', fields), { s: gid('ScoreSnapshot', snapshotId) });
      expect(res.errors).toBeUndefined();
      const rows = await h.t.db.contactScore.findMany({ where: { snapshotId } });
      const start = Math.min(...rows.map((r) => r.firstPurchaseAt.getTime()));
      const byFirst = new Map(rows.map((r) => [r.firstPurchaseAt.toISOString() + r.monetary.toString(), r]));
      let censored = 0;
      for (const { node } of res.data.contactScores.edges) {
        const first = new Date(node.firstPurchaseAt).getTime();
        expect(node.predictedValue.leftCensored).toBe(first < start + 28 * 86_400_000);
        if (node.predictedValue.leftCensored) censored++;
        const row = byFirst.get(new Date(first).toISOString() + node.monetary)!;
        const rate = Number(row.grossMargin) / Number(row.monetary);
        expect(node.predictedValue.marginLifetimeValue).toBeCloseTo(node.predictedValue.lifetimeValue * rate, 6);
      }
      expect(censored).toBeGreaterThan(0);
      const marketing = await h.as('MARKETING')(scoresQuery('months: 12', 'lifetimeValue marginLifetimeValue'), {
        s: gid('ScoreSnapshot', snapshotId),
      });
      expect(marketing.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });

    it('lists every model fit with standard errors', async () => {
      const res = await h.as('ANALYST')(
        `query($id: ID!) { node(id: $id) { ... on ScoreSnapshot { lifetimeValueModel { r
          fits { model logLikelihood degenerate warnings parameters { name value standardError } }
          spendFit { degenerate warnings parameters { name value standardError } } } } } }`,
        { id: gid('ScoreSnapshot', snapshotId) },
      );
      expect(res.errors).toBeUndefined();
      const m = res.data.node.lifetimeValueModel;
      expect(m.fits.map((f: any) => f.model)).toEqual(['BG_NBD', 'MBG_NBD', 'PARETO_NBD']);
      expect(m.fits[0].parameters[0].value / m.r).toBeCloseTo(1, 3);
      for (const f of m.fits) expect(f.degenerate).toBe(f.warnings.length > 0);
      expect(m.spendFit.parameters.map((p: any) => p.name)).toEqual(['p', 'q', 'v']);
    });

    it('validates the models on a holdout of the brand, as the CDNOW-validated code does on the raw sales', async () => {
      const q = `query($b: ID!) { lifetimeValueValidation(brand: $b, calibrationEnd: "2026-01-31", holdoutWeeks: 20) {
        calibrationEnd holdoutEnd holdoutWeeks customers insufficientData recommended
        models { model rmse totalActual totalPredicted byFrequency { frequency customers actual predicted suppressed }
          tracking { week actual predicted } } } }`;
      const res = await h.as('ANALYST')(q, { b: gid('Brand', maison) });
      expect(res.errors).toBeUndefined();
      const v = res.data.lifetimeValueValidation;
      expect([v.calibrationEnd, v.holdoutEnd, v.holdoutWeeks]).toEqual(['2026-01-31', '2026-06-20', 20]);
      const sales = await h.t.db.sale.findMany({
        where: { brandId: maison, contact: { deletedAt: null, mergedIntoId: null } },
        select: { contactId: true, saleDate: true, total: true },
      });
      const input = validationInputOf(
        sales.map((s) => ({ customerId: String(s.contactId), date: s.saleDate, amount: Number(s.total) })),
        '2026-01-31',
        '2026-06-20',
      );
      const expected = validateModels(input);
      expect(v.customers).toBe(expected.customers);
      expect(v.recommended).toBe(expected.recommended);
      const bg = v.models.find((m: any) => m.model === 'BG_NBD');
      const bgExpected = expected.models.find((m) => m.model === 'BG_NBD')!;
      expect(bg.totalActual).toBe(bgExpected.totalActual);
      expect(bg.tracking.map((p: any) => p.actual)).toEqual(bgExpected.tracking.map((p) => p.actual));
      expect(bg.totalPredicted).toBeCloseTo(bgExpected.totalPredicted, 3);
      expect(bg.rmse).toBeCloseTo(bgExpected.rmse, 5);
      for (const b of bg.byFrequency) {
        expect(b.suppressed).toBe(b.customers > 0 && b.customers < 5);
        if (b.suppressed) expect(b.actual).toBeNull();
      }
    });

    it('answers NOT_FOUND for a brand out of scope, VALIDATION for a bad period, FORBIDDEN for SALES', async () => {
      const q = `query($b: ID!, $c: DateTime) { lifetimeValueValidation(brand: $b, calibrationEnd: $c) { recommended } }`;
      const other = await h.as('ANALYST')(q, { b: gid('Brand', h.brands.b) });
      expect(other.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      const late = await h.as('ANALYST')(q, { b: gid('Brand', maison), c: '2030-01-01' });
      expect(late.errors?.[0]?.extensions.code).toBe('VALIDATION');
      const sales = await h.as('SALES')(q, { b: gid('Brand', maison) });
      expect(sales.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });
  });
});
