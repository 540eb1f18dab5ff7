/**
 * Attribution: sales recorded through the API are attributed by the rule (last touch within each action's
 * window, responded targets first, control groups never, conversions kept), re-attribution of a period gives the
 * same table and is idempotent, and the action analytics use each action's window. Every expected figure is worked
 * out by hand in the comments.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const at = (iso: string) => new Date(iso.length === 10 ? `${iso}T09:00:00Z` : iso);

describeEachDatabase('campaigns: attribution', (provider) => {
  let h: ApiHarness;
  const k: Record<string, number> = {};
  const act: Record<string, number> = {};
  const sales: Record<string, string> = {}; // label -> global id
  const product = { id: 0 };

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const { a, b } = h.brands;
    const cat = await db.productCategory.create({ data: { code: 'C', name: 'C' } });
    product.id = (
      await db.product.create({ data: { code: 'P', name: 'P', categoryId: cat.id, listPrice: '10.00' } })
    ).id;
    for (const n of ['k1', 'k2', 'k3', 'k4', 'k5', 'k6']) {
      k[n] = (await db.contact.create({ data: { kind: 'CLIENT', lastName: n, brandId: a, zoneId: h.zones.north } })).id;
    }
    const action = async (code: string, windowDays: number, brandId: number | null) =>
      (act[code] = (
        await db.marketingAction.create({
          data: {
            code,
            name: code,
            objective: 'LOYALTY',
            medium: 'EMAIL',
            startDate: at('2026-01-01'),
            endDate: at('2026-12-31'),
            requiredPurposeId: h.purposes.marketing!,
            brandId,
            attributionWindowDays: windowDays,
            responseChannels: { create: { channel: 'WEB' } },
          },
        })
      ).id);
    await action('X', 30, a);
    await action('Y', 10, a);
    await action('Z', 60, null);
    await action('W', 30, b);
    const target = (code: string, who: string, when: string, extra: Record<string, unknown> = {}) =>
      db.actionTarget.create({ data: { actionId: act[code]!, contactId: k[who]!, targetedAt: at(when), ...extra } });
    await target('X', 'k1', '2026-03-01');
    await target('Y', 'k1', '2026-03-10');
    await target('X', 'k2', '2026-03-01', { respondedAt: at('2026-03-02'), responseChannel: 'WEB' });
    await target('Y', 'k2', '2026-03-10');
    await target('X', 'k3', '2026-03-01', { inControlGroup: true });
    await target('Z', 'k4', '2026-02-01');
    await target('W', 'k4', '2026-03-01');
    k.y5 = (await target('Y', 'k5', '2026-03-10', { respondedAt: at('2026-03-11'), responseChannel: 'WEB' })).id;
    await target('X', 'k5', '2026-03-11');
    await target('X', 'k6', '2026-03-01');
  });
  afterAll(() => h?.drop());

  /*
   * The sales and the action the rule gives each (window [targetedAt, targetedAt + N days)):
   * k1 03-15  X (03-01..03-31) and Y (03-10..03-20) both in window, no response: last touch  -> Y
   * k1 03-25  Y's 10 days are over (03-20); X still in                                       -> X
   * k1 04-05  X's 30 days are over (03-31)                                                    -> none
   * k2 03-15  X responded (03-02), Y more recent but not responded: the response wins         -> X
   * k3 03-05  only a control-group target of X                                                -> none
   * k4 03-20 brand A: Z (no brand, 02-01..04-02) in window; W is brand B's                   -> Z
   * k4 03-21 brand B: Z and W (03-01..03-31) in window, W more recent                        -> W
   * k5 03-12  converts Y's target explicitly (X targeted 03-11 is more recent): kept          -> Y
   * k6 03-31 08:59  X targeted 03-01 09:00: 29 days 23h59 later, inside                       -> X
   * k6 03-31 09:00  exactly 30 days later: outside                                            -> none
   */
  const expected: [string, string, string, string | null, string?][] = [
    ['k1a', 'k1', '2026-03-15', 'Y'],
    ['k1b', 'k1', '2026-03-25', 'X'],
    ['k1c', 'k1', '2026-04-05', null],
    ['k2a', 'k2', '2026-03-15', 'X'],
    ['k3a', 'k3', '2026-03-05', null],
    ['k4a', 'k4', '2026-03-20', 'Z'],
    ['k4b', 'k4', '2026-03-21', 'W', 'B'],
    ['k5a', 'k5', '2026-03-12', 'Y'],
    ['k6a', 'k6', '2026-03-31T08:59:00Z', 'X'],
    ['k6b', 'k6', '2026-03-31T09:00:00Z', null],
  ];

  const table = async () => {
    const rows = await h.t.db.sale.findMany({ select: { id: true, attributedAction: { select: { code: true } } } });
    const codeOf = new Map(rows.map((r) => [gid('Sale', r.id), r.attributedAction?.code ?? null]));
    return Object.fromEntries(expected.map(([label]) => [label, codeOf.get(sales[label]!)]));
  };
  const want = Object.fromEntries(expected.map(([label, , , code]) => [label, code]));

  it('attributes each sale recorded through the API by the rule', async () => {
    const m = `mutation($i: SaleInput!, $t: ID) { recordSale(input: $i, conversionTargetId: $t) { id attributedAction { code } } }`;
    for (const [label, who, when, , brand] of expected) {
      const res = await h.as('ADMIN')(m, {
        i: {
          contact: gid('Contact', k[who]!),
          saleDate: at(when).toISOString(),
          channel: 'STORE',
          ...(brand === 'B' ? { brand: gid('Brand', h.brands.b) } : {}),
          lines: [{ product: gid('Product', product.id), quantity: 1, unitPrice: '100.00' }],
        },
        t: label === 'k5a' ? gid('ActionTarget', k.y5!) : null,
      });
      expect(res.errors).toBeUndefined();
      sales[label] = res.data.recordSale.id;
    }
    expect(await table()).toEqual(want);
    // An explicit attribution is kept as given.
    const explicit = await h.as('ADMIN')(
      `mutation($i: SaleInput!) { recordSale(input: $i) { id attributedAction { code } } }`,
      {
        i: {
          contact: gid('Contact', k.k3!),
          saleDate: at('2026-03-06').toISOString(),
          channel: 'WEB',
          attributedAction: gid('MarketingAction', act.Y!),
          lines: [{ product: gid('Product', product.id), quantity: 1 }],
        },
      },
    );
    expect(explicit.data.recordSale.attributedAction).toEqual({ code: 'Y' });
    await h.t.db.sale.delete({
      where: { id: Number(Buffer.from(explicit.data.recordSale.id, 'base64').toString().split(':')[1]) },
    });
  });

  it('re-attributes a period to the same table, keeps conversions, and changes nothing the second time', async () => {
    // Wipe the attributions (but the conversion's), then re-attribute March and April.
    await h.t.db.sale.updateMany({ where: { conversion: null }, data: { attributedActionId: null } });
    const m = `mutation($f: DateTime!, $t: DateTime!) { reattributeSales(from: $f, to: $t) { sales attributed changed } }`;
    const vars = { f: '2026-03-01T00:00:00Z', t: '2026-05-01T00:00:00Z' };
    const first = await h.as('MARKETING')(m, vars);
    expect(first.errors).toBeUndefined();
    // MARKETING is scoped to brand A: the brand B sale (k4b) is not its to re-attribute and stays null.
    // Brand A sales without a conversion: 8 (k5a converts); attributed: Y, X, X, Z, X = 5.
    expect(first.data.reattributeSales).toEqual({ sales: 8, attributed: 5, changed: 5 });
    expect(await table()).toEqual({ ...want, k4b: null });
    const admin = await h.as('ADMIN')(m, vars);
    expect(admin.data.reattributeSales).toEqual({ sales: 9, attributed: 6, changed: 1 });
    expect(await table()).toEqual(want);
    expect((await h.as('ADMIN')(m, vars)).data.reattributeSales).toEqual({ sales: 9, attributed: 6, changed: 0 });
    // Per action, by hand: X 3 sales (k1b, k2a, k6a) = 300; Y 2 (k1a, k5a) = 200; Z 1 = 100; W 1 = 100.
    const per = await h.t.db.sale.groupBy({
      by: ['attributedActionId'],
      _count: { _all: true },
      _sum: { total: true },
    });
    const byCode = Object.fromEntries(
      Object.entries(act).map(([code, id]) => {
        const r = per.find((p) => p.attributedActionId === id);
        return [code, [r?._count._all ?? 0, Number(r?._sum.total ?? 0)]];
      }),
    );
    expect(byCode).toEqual({ X: [3, 300], Y: [2, 200], Z: [1, 100], W: [1, 100] });
  });

  it('refuses a bad period and other roles', async () => {
    const m = `mutation($f: DateTime!, $t: DateTime!) { reattributeSales(from: $f, to: $t) { changed } }`;
    const bad = await h.as('ADMIN')(m, { f: '2026-05-01T00:00:00Z', t: '2026-03-01T00:00:00Z' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: ['to'], message: 'must come after from' }],
    });
    const analyst = await h.as('ANALYST')(m, { f: '2026-03-01T00:00:00Z', t: '2026-05-01T00:00:00Z' });
    expect(analyst.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('measures each action over its own window unless a window is asked for', async () => {
    const q = `query($a: ID!, $d: Int) { actionPerformance(action: $a, attributionDays: $d) { attributionDays buyers attributedRevenue controlTargeted controlPurchaseRate } }`;
    // Y (10 days, 03-10..03-20): k1 bought 03-15, k2 03-15, k5 03-12: 3 buyers, 300. Over 30 days (03-10..04-09)
    // k1's purchases of 03-25 and 04-05 count too: 3 buyers, 500.
    const y = await h.as('ANALYST')(q, { a: gid('MarketingAction', act.Y!) });
    expect(y.data.actionPerformance).toEqual({
      attributionDays: 10,
      buyers: 3,
      attributedRevenue: 300,
      controlTargeted: 0,
      controlPurchaseRate: null,
    });
    const y30 = await h.as('ANALYST')(q, { a: gid('MarketingAction', act.Y!), d: 30 });
    expect(y30.data.actionPerformance).toMatchObject({ attributionDays: 30, buyers: 3, attributedRevenue: 500 });
    // X (30 days), treated targets k1, k2, k5, k6: k1 03-15 + 03-25 (200), k2 03-15 (100), k5 03-12 (100), k6 03-31
    // 08:59 (100) = 4 buyers, 500. The control group (k3, who bought 03-05) is not attributed the sale but counts
    // for uplift: control purchase rate 1.
    const x = await h.as('ANALYST')(q, { a: gid('MarketingAction', act.X!) });
    expect(x.data.actionPerformance).toEqual({
      attributionDays: 30,
      buyers: 4,
      attributedRevenue: 500,
      controlTargeted: 1,
      controlPurchaseRate: 1,
    });
  });
  it('attributes a sale imported from a file without an action by the same rule', async () => {
    await h.t.db.contact.update({ where: { id: k.k1! }, data: { email: 'k1@example.org' } });
    // k1 on 03-16: X (03-01) and Y (03-10, 10 days) both in window, no response: last touch, Y.
    const content =
      'externalRef;contactEmail;saleDate;channel;productCode;quantity;unitPrice\nIMP-1;k1@example.org;2026-03-16;STORE;P;1;100\n';
    const res = await h.as('ADMIN')(
      `mutation($c: String!) { importFile(entity: SALE, format: CSV, fileName: "s.csv", content: $c) { createdCount rejectedCount errors { line code message } } }`,
      { c: content },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.importFile).toMatchObject({ createdCount: 1, rejectedCount: 0 });
    const sale = await h.t.db.sale.findUniqueOrThrow({
      where: { externalRef: 'IMP-1' },
      select: { attributedAction: { select: { code: true } } },
    });
    expect(sale.attributedAction?.code).toBe('Y');
  });
});
