/**
 * Action performance, contact distributions and the personal response rate on a hand-built fixture; every
 * expected figure is worked out by hand in the comments.
 */
import { afterAll, beforeAll, expect, it, onTestFinished } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const T = new Date('2026-01-10T09:00:00Z'); // targeting of action X
const U = new Date('2026-03-01T09:00:00Z'); // targeting of action Y
const plus = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

const perf = `fragment P on ActionPerformance {
  action { code } cost targeted responses responseRate conversions conversionRate costPerResponse costPerConversion
  channels { channel responses share } meanResponseDelayDays medianResponseDelayDays buyers purchaseRate
  attributedRevenue controlTargeted controlResponseRate controlPurchaseRate responseUplift purchaseUplift
  targetShare costShare responseShare conversionShare revenueShare smallSample }`;

describeEachDatabase('analytics: action performance and contact distributions', (provider) => {
  let h: ApiHarness;
  const c: Record<string, number> = {};
  const actions: Record<string, number> = {};

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const { a, b } = h.brands;
    const { north } = h.zones;
    const contact = async (name: string, data: Record<string, unknown> = {}) =>
      (c[name] = (
        await db.contact.create({ data: { kind: 'CLIENT', lastName: name, brandId: a, zoneId: north, ...data } as any })
      ).id);
    const action = async (code: string, cost: number, brandId: number | null, channels: string[]) =>
      (actions[code] = (
        await db.marketingAction.create({
          data: {
            code,
            name: `Action ${code}`,
            objective: 'LOYALTY',
            medium: 'EMAIL',
            startDate: T,
            endDate: plus(T, 60),
            cost: cost.toFixed(2),
            requiredPurposeId: h.purposes.marketing!,
            brandId,
            responseChannels: { create: channels.map((channel) => ({ channel: channel as any })) },
          },
        })
      ).id);
    const sale = async (contactId: number, at: Date, total: number, brandId = a) =>
      (await db.sale.create({ data: { contactId, brandId, saleDate: at, channel: 'WEB', total: total.toFixed(2) } }))
        .id;
    const target = (actionId: number, contactId: number, at: Date, extra: Record<string, unknown> = {}) =>
      db.actionTarget.create({ data: { actionId, contactId, targetedAt: at, ...extra } as any });

    // Contacts (brand A, north) with what the distributions count.
    await contact('c1', { postalCode: '75001' });
    await contact('c2', { postalCode: '20000' }); // Corse-du-Sud: 2A
    await contact('c3', { postalCode: '20200' }); // Haute-Corse: 2B
    await contact('c4', { postalCode: '13001', incomeBand: 'OVER_80K' });
    await contact('c5', { kind: 'PROSPECT', incomeBand: 'OVER_80K' }); // no postal code
    await contact('c6', { postalCode: '69001' });
    await contact('c7', { kind: 'SUPPLIER', postalCode: '75011' });
    await contact('c8', { kind: 'JOURNALIST', countryCode: 'BE', postalCode: '1000' });
    await contact('c9', { brandId: b, postalCode: '75002' }); // brand B: outside a MARKETING user's rights
    await contact('c10', { postalCode: '75003', deletedAt: new Date() }); // deleted: never counted

    await action('X', 1000, a, ['WEB', 'PHONE', 'MAIL_COUPON']);
    await action('Y', 200, a, ['EMAIL_REPLY']);
    await action('W', 0, a, ['WEB']); // no target
    await action('Z', 50, b, ['WEB']); // brand B
    await db.contact.update({ where: { id: c.c1 }, data: { sourceActionId: actions.X } });
    await db.contact.update({ where: { id: c.c2 }, data: { sourceActionId: actions.X } });
    await db.contact.update({ where: { id: c.c3 }, data: { sourceActionId: actions.Y } });

    /*
     * Action X, cost 1000, targeted at T; window 30 days, brand A purchases only:
     * c1 responds T+2 (WEB), converts with a sale of 100 at T+3          -> buyer, 100
     * c2 responds T+4 (PHONE), buys 70 at T+40 (outside 30, inside 45)
     * c3 responds T+10 (WEB)
     * c4 no response, buys 60 at T+5, and 999 of brand B at T+6          -> buyer, 60 (brand B ignored)
     * c5 nothing, bought 40 at T-1 (before the targeting: ignored)
     * control: c6 buys 50 at T+7, c7 nothing
     */
    const s1 = await sale(c.c1!, plus(T, 3), 100);
    await target(actions.X!, c.c1!, T, { respondedAt: plus(T, 2), responseChannel: 'WEB', conversionSaleId: s1 });
    await target(actions.X!, c.c2!, T, { respondedAt: plus(T, 4), responseChannel: 'PHONE' });
    await sale(c.c2!, plus(T, 40), 70);
    await target(actions.X!, c.c3!, T, { respondedAt: plus(T, 10), responseChannel: 'WEB' });
    await target(actions.X!, c.c4!, T);
    await sale(c.c4!, plus(T, 5), 60);
    await sale(c.c4!, plus(T, 6), 999, b);
    await target(actions.X!, c.c5!, T);
    await sale(c.c5!, plus(T, -1), 40);
    await target(actions.X!, c.c6!, T, { inControlGroup: true });
    await sale(c.c6!, plus(T, 7), 50);
    await target(actions.X!, c.c7!, T, { inControlGroup: true });
    /*
     * Action Y, cost 200, targeted at U (2026-03-01):
     * c1 responds U+1 (EMAIL_REPLY), converts with a sale of 40 at U+1 -> buyer, 40
     * c2 nothing (its T+40 = 02-19 purchase is before U)
     * c3 responds U+3 (EMAIL_REPLY)
     */
    const s2 = await sale(c.c1!, plus(U, 1), 40);
    await target(actions.Y!, c.c1!, U, {
      respondedAt: plus(U, 1),
      responseChannel: 'EMAIL_REPLY',
      conversionSaleId: s2,
    });
    await target(actions.Y!, c.c2!, U);
    await target(actions.Y!, c.c3!, U, { respondedAt: plus(U, 3), responseChannel: 'EMAIL_REPLY' });
    // Action Z of brand B: one target who responds.
    await target(actions.Z!, c.c9!, T, { respondedAt: plus(T, 1), responseChannel: 'WEB' });

    // Consent: marketing for everyone but c6 (its postal code is then withheld from a marketing request);
    // profiling for c1 and c2 only.
    for (const n of ['c1', 'c2', 'c3', 'c4', 'c5', 'c7', 'c8', 'c9']) await h.consent(c[n]!, 'marketing');
    for (const n of ['c1', 'c2']) await h.consent(c[n]!, 'profiling');
  });
  afterAll(() => h?.drop());

  const xExpected = {
    action: { code: 'X' },
    cost: 1000,
    targeted: 5,
    responses: 3,
    responseRate: 0.6,
    conversions: 1,
    conversionRate: 0.2,
    costPerResponse: 333.33,
    costPerConversion: 1000,
    channels: [
      { channel: 'MAIL_COUPON', responses: 0, share: 0 },
      { channel: 'PHONE', responses: 1, share: 1 / 3 },
      { channel: 'WEB', responses: 2, share: 2 / 3 },
    ],
    // Delays 2, 4, 10 days.
    medianResponseDelayDays: 4,
    buyers: 2,
    purchaseRate: 0.4,
    attributedRevenue: 160,
    controlTargeted: 2,
    controlResponseRate: 0,
    controlPurchaseRate: 0.5,
    responseUplift: 0.6,
  };

  it('measures one action: rates, costs, channels, delays, attributed revenue, control group and uplift', async () => {
    const res = await h.as('ANALYST')(`${perf} query($a: ID!) { actionPerformance(action: $a) { ...P } }`, {
      a: gid('MarketingAction', actions.X!),
    });
    expect(res.errors).toBeUndefined();
    const p = res.data.actionPerformance;
    const sorted = { ...p, channels: [...p.channels].sort((x: any, y: any) => x.channel.localeCompare(y.channel)) };
    expect(sorted).toMatchObject(xExpected);
    expect(p.meanResponseDelayDays).toBeCloseTo(16 / 3, 6);
    expect(p.purchaseUplift).toBeCloseTo(0.4 - 0.5, 10);
    expect(p.channels.find((ch: any) => ch.channel === 'PHONE').share).toBeCloseTo(1 / 3, 10);
    // Alone, an action holds all of its own targets, cost, responses, conversions and revenue.
    expect([p.targetShare, p.costShare, p.responseShare, p.conversionShare, p.revenueShare]).toEqual([1, 1, 1, 1, 1]);
    // 3 of 5 responded, none of the 2 held out: Wilson 23.07% to 88.24%; Newcombe −15.42 to +88.24 points; the
    // expected counts are under 5, so Fisher: of the 3 responders among the 7, x1 = 1, 2, 3 treated have probability
    // 5, 20, 10 / 35; the tables no more likely than the one seen (10/35) add up to 15/35 = 3/7. Not significant.
    const u = await h.as('ANALYST')(
      `query($a: ID!) { actionPerformance(action: $a) { responseRateInterval { low high }
        responseUpliftInterval { low high } responseUpliftTest { method pValue significant } } }`,
      { a: gid('MarketingAction', actions.X!) },
    );
    const ux = u.data.actionPerformance;
    expect(ux.responseRateInterval.low).toBeCloseTo(0.23072, 4);
    expect(ux.responseRateInterval.high).toBeCloseTo(0.88238, 4);
    expect(ux.responseUpliftInterval.low).toBeCloseTo(-0.15421, 4);
    expect(ux.responseUpliftInterval.high).toBeCloseTo(0.88238, 4);
    expect(ux.responseUpliftTest).toEqual({
      method: 'FISHER_EXACT',
      pValue: expect.closeTo(3 / 7, 8),
      significant: false,
    });
  });

  it('attributes purchases within the window given (45 days takes c2\u2019s purchase at T+40)', async () => {
    const res = await h.as('ANALYST')(
      `query($a: ID!) { actionPerformance(action: $a, attributionDays: 45) { buyers attributedRevenue purchaseRate } }`,
      { a: gid('MarketingAction', actions.X!) },
    );
    expect(res.data.actionPerformance).toEqual({ buyers: 3, attributedRevenue: 230, purchaseRate: 0.6 });
    const bad = await h.as('ANALYST')(
      `query($a: ID!) { actionPerformance(action: $a, attributionDays: -1) { buyers } }`,
      { a: gid('MarketingAction', actions.X!) },
    );
    expect(bad.errors?.[0]?.extensions.code).toBe('VALIDATION');
  });

  it('compares the actions of the caller\u2019s brands: totals, averages over actions with targets, shares', async () => {
    const res = await h.as('MARKETING')(`${perf} { actionComparison {
      attributionDays actions { ...P } totals { actions cost targeted responses conversions buyers attributedRevenue }
      averages { responseRate conversionRate purchaseRate costPerResponse costPerConversion attributedRevenue
        revenuePerTarget meanResponseDelayDays }
      pooled { actions responseRate conversionRate purchaseRate costPerResponse costPerConversion attributedRevenue
        revenuePerTarget meanResponseDelayDays responseRateInterval { low high } } } }`);
    expect(res.errors).toBeUndefined();
    const cmp = res.data.actionComparison;
    expect(cmp.attributionDays).toBeNull(); // no window asked: each action's own (30 by default)
    // Z is brand B's: not shown to a brand A user. Ordered by start date, then id.
    expect(cmp.actions.map((x: any) => x.action.code)).toEqual(['X', 'Y', 'W']);
    const [x, y, w] = cmp.actions;
    // Y: 3 targeted, responses c1 and c3 (delays 1 and 3: mean 2, median 2), one conversion, buyer c1 (40).
    expect(y).toMatchObject({
      targeted: 3,
      responses: 2,
      conversions: 1,
      costPerResponse: 100,
      costPerConversion: 200,
      meanResponseDelayDays: 2,
      medianResponseDelayDays: 2,
      buyers: 1,
      attributedRevenue: 40,
      controlTargeted: 0,
      responseUplift: null,
      purchaseUplift: null,
      channels: [{ channel: 'EMAIL_REPLY', responses: 2, share: 1 }],
    });
    expect(y.responseRate).toBeCloseTo(2 / 3, 10);
    expect(w).toMatchObject({
      targeted: 0,
      responses: 0,
      responseRate: null,
      costPerResponse: null,
      meanResponseDelayDays: null,
      medianResponseDelayDays: null,
      conversionShare: 0,
      revenueShare: 0,
    });
    // Shares: conversions 1 + 1 = 2; revenue 160 + 40 = 200.
    expect([x.conversionShare, y.conversionShare]).toEqual([0.5, 0.5]);
    expect([x.revenueShare, y.revenueShare]).toEqual([0.8, 0.2]);
    expect(cmp.totals).toEqual({
      actions: 3,
      cost: 1200,
      targeted: 8,
      responses: 5,
      conversions: 2,
      buyers: 3,
      attributedRevenue: 200,
    });
    // Means over X and Y (W has no targets).
    expect(cmp.averages.responseRate).toBeCloseTo((0.6 + 2 / 3) / 2, 10);
    expect(cmp.averages.conversionRate).toBeCloseTo((0.2 + 1 / 3) / 2, 10);
    expect(cmp.averages.purchaseRate).toBeCloseTo((0.4 + 1 / 3) / 2, 10);
    expect(cmp.averages.costPerResponse).toBeCloseTo((333.33 + 100) / 2, 10);
    expect(cmp.averages.costPerConversion).toBe(600);
    expect(cmp.averages.attributedRevenue).toBe(100);
    // Plain mean delay: (16/3 + 2) / 2; revenue per target: (160/5 + 40/3) / 2.
    expect(cmp.averages.meanResponseDelayDays).toBeCloseTo(11 / 3, 10);
    expect(cmp.averages.revenuePerTarget).toBeCloseTo((32 + 40 / 3) / 2, 10);
    // Pooled over X and Y: 5 responses / 8 targets, 2 conversions, 3 buyers; 1,200 € / 5 responses = 240 €,
    // / 2 conversions = 600 €; 200 € / 8 targets = 25 €; delays 2 + 4 + 10 + 1 + 3 = 20 days over 5 responses.
    expect(cmp.pooled).toMatchObject({
      actions: 2,
      responseRate: 0.625,
      conversionRate: 0.25,
      purchaseRate: 0.375,
      costPerResponse: 240,
      costPerConversion: 600,
      revenuePerTarget: 25,
      attributedRevenue: 100,
    });
    expect(cmp.pooled.meanResponseDelayDays).toBeCloseTo(4, 10);
    // Wilson 5/8: centre (0.625 + 0.2401) / 1.4802 = 0.5845, half 0.2787.
    expect(cmp.pooled.responseRateInterval.low).toBeCloseTo(0.30574, 4);
    expect(cmp.pooled.responseRateInterval.high).toBeCloseTo(0.86316, 4);
    // Shares of targets (8), cost (1,200) and responses (5); W has cost 0 and no target.
    expect([x.targetShare, y.targetShare, w.targetShare]).toEqual([0.625, 0.375, 0]);
    expect(x.costShare).toBeCloseTo(5 / 6, 10);
    expect(y.costShare).toBeCloseTo(1 / 6, 10);
    expect([x.responseShare, y.responseShare, w.responseShare]).toEqual([0.6, 0.4, 0]);
    // X has 5 treated and 2 held out, Y 3 treated: both under 30. W has nobody: nothing to warn about.
    expect([x.smallSample, y.smallSample, w.smallSample]).toEqual([true, true, false]);
    // An admin sees Z too.
    const admin = await h.as('ADMIN')(
      `{ actionComparison { actions { action { code } responses } totals { actions responses } } }`,
    );
    expect(admin.data.actionComparison.totals).toEqual({ actions: 4, responses: 6 });
  });

  it('refuses action figures to roles outside analytics, and another brand\u2019s action is null', async () => {
    expect((await h.as('SUPPORT')(`{ actionComparison { attributionDays } }`)).errors?.[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
    const z = await h.as('MARKETING')(`query($a: ID!) { actionPerformance(action: $a) { targeted } }`, {
      a: gid('MarketingAction', actions.Z!),
    });
    expect(z).toEqual({ data: { actionPerformance: null } });
  });

  const dist = `query($by: ContactDimension!) { contactDistribution(by: $by) { by withheld buckets { key label count } } }`;

  it('counts contacts by kind, by source action and by a catalog field, within the caller\u2019s brands and zones', async () => {
    // Hand counts of groups of 1 and 2; small-group suppression is tested in privacy-aggregates.test.ts.
    process.env.FIDELE_MIN_GROUP_SIZE = '1';
    onTestFinished(() => void delete process.env.FIDELE_MIN_GROUP_SIZE);
    // Brand A, live: c1-c8. Kinds: CLIENT c1-c4, c6; PROSPECT c5; SUPPLIER c7; JOURNALIST c8.
    const kind = await h.as('MARKETING')(dist, { by: 'KIND' });
    expect(kind.errors).toBeUndefined();
    expect(kind.data.contactDistribution).toEqual({
      by: 'KIND',
      withheld: 0,
      buckets: [
        { key: 'CLIENT', label: null, count: 5 },
        { key: 'JOURNALIST', label: null, count: 1 },
        { key: 'PROSPECT', label: null, count: 1 },
        { key: 'SUPPLIER', label: null, count: 1 },
      ],
    });
    const source = await h.as('MARKETING')(dist, { by: 'SOURCE_ACTION' });
    expect(source.data.contactDistribution.buckets).toEqual([
      { key: null, label: null, count: 5 },
      { key: 'X', label: 'Action X', count: 2 },
      { key: 'Y', label: 'Action Y', count: 1 },
    ]);
    const income = await h.as('MARKETING')(dist, { by: 'INCOME_BAND' });
    expect(income.data.contactDistribution.buckets).toEqual([
      { key: null, label: null, count: 6 },
      { key: 'OVER_80K', label: null, count: 2 },
    ]);
    // Gross margin class is confidential to ADMIN and ANALYST: it cannot be counted by MARKETING either.
    expect((await h.as('MARKETING')(dist, { by: 'GROSS_MARGIN_CLASS' })).errors?.[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
    // An admin counts every brand (c9 too).
    const all = await h.as('ADMIN', 'marketing')(dist, { by: 'KIND' });
    expect(all.data.contactDistribution.buckets[0]).toEqual({ key: 'CLIENT', label: null, count: 6 });
  });

  it('counts by département and région from the postal code (Corsica 2A/2B), only where consent covers the purpose', async () => {
    // Hand counts of groups of 1 and 2; small-group suppression is tested in privacy-aggregates.test.ts.
    process.env.FIDELE_MIN_GROUP_SIZE = '1';
    onTestFinished(() => void delete process.env.FIDELE_MIN_GROUP_SIZE);
    // Marketing consent: all but c6 (69001), which is withheld. 75: c1, c7; 2A: c2; 2B: c3; 13: c4;
    // none: c5 (no code), c8 (Belgium).
    const dep = await h.as('MARKETING')(dist, { by: 'DEPARTMENT' });
    expect(dep.errors).toBeUndefined();
    expect(dep.data.contactDistribution).toEqual({
      by: 'DEPARTMENT',
      withheld: 1,
      buckets: [
        { key: '75', label: 'Paris', count: 2 },
        { key: null, label: null, count: 2 },
        { key: '13', label: 'Bouches-du-Rhône', count: 1 },
        { key: '2A', label: 'Corse-du-Sud', count: 1 },
        { key: '2B', label: 'Haute-Corse', count: 1 },
      ],
    });
    const reg = await h.as('MARKETING')(dist, { by: 'REGION' });
    expect(reg.data.contactDistribution).toEqual({
      by: 'REGION',
      withheld: 1,
      buckets: [
        { key: 'COR', label: 'Corse', count: 2 },
        { key: 'IDF', label: 'Île-de-France', count: 2 },
        { key: null, label: null, count: 2 },
        { key: 'PAC', label: "Provence-Alpes-Côte d'Azur", count: 1 },
      ],
    });
    // Without a declared purpose every contact's postal code is withheld.
    const none = await h.as('MARKETING', null)(dist, { by: 'REGION' });
    expect(none.data.contactDistribution).toEqual({ by: 'REGION', withheld: 8, buckets: [] });
  });

  it('gives a contact\u2019s personal response rate only with its consent to profiling', async () => {
    const q = `query($c: ID!) { contactResponseRate(contact: $c) { targeted responded rate } }`;
    // c1: X and Y, answered both. c2: X answered, Y not.
    expect((await h.as('ANALYST')(q, { c: gid('Contact', c.c1!) })).data.contactResponseRate).toEqual({
      targeted: 2,
      responded: 2,
      rate: 1,
    });
    expect((await h.as('ANALYST')(q, { c: gid('Contact', c.c2!) })).data.contactResponseRate).toEqual({
      targeted: 2,
      responded: 1,
      rate: 0.5,
    });
    const c3 = await h.as('ANALYST')(q, { c: gid('Contact', c.c3!) });
    expect(c3.data.contactResponseRate).toBeNull();
    expect(c3.errors?.[0]?.extensions.code).toBe('CONSENT_REQUIRED');
  });
});
