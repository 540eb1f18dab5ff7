/**
 * The uncertainty of action figures through the API, on both databases, with the case: an uplift of
 * −5.4 points on a control group of 15. Action V: 1,000 treated of whom 146 respond (14.6%), 15 held out of whom
 * 3 respond anyway (20%). Action L: 100 treated, 30 respond; 50 held out, 5 respond. Expected values are worked
 * out in stats/intervals.test.ts's formulas and checked against scipy (fisher_exact, chi2_contingency without
 * correction) for the p-values.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const T = new Date('2026-01-10T09:00:00Z');
const R = new Date('2026-01-12T09:00:00Z');

const fields = `action { code } targeted responses responseRate controlTargeted controlResponses controlResponseRate
  responseUplift responseRateInterval { low high } controlResponseRateInterval { low high }
  responseUpliftInterval { low high } responseUpliftTest { method pValue significant }
  purchaseUpliftTest { method pValue significant } smallSample costPerResponse targetShare costShare responseShare`;

describeEachDatabase('analytics: intervals, uplift tests and small-sample warnings', (provider) => {
  let h: ApiHarness;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const { a } = h.brands;
    const zoneId = h.zones.north;
    await db.contact.createMany({
      data: Array.from({ length: 1015 }, (_, i) => ({
        kind: 'CLIENT' as const,
        lastName: `v${i}`,
        brandId: a,
        zoneId,
      })),
    });
    const ids = (await db.contact.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((c) => c.id);
    const action = (code: string, cost: number) =>
      db.marketingAction.create({
        data: {
          code,
          name: `Action ${code}`,
          objective: 'LOYALTY',
          medium: 'EMAIL',
          startDate: T,
          endDate: new Date(T.getTime() + 30 * 86_400_000),
          cost: cost.toFixed(2),
          requiredPurposeId: h.purposes.marketing!,
          brandId: a,
        },
      });
    const v = await action('V', 1000);
    const l = await action('L', 500);
    const targets = (
      actionId: number,
      from: number,
      treated: number,
      responded: number,
      control: number,
      back: number,
    ) =>
      db.actionTarget.createMany({
        data: Array.from({ length: treated + control }, (_, i) => ({
          actionId,
          contactId: ids[from + i]!,
          targetedAt: T,
          inControlGroup: i >= treated,
          respondedAt: i < responded || (i >= treated && i < treated + back) ? R : null,
        })),
      });
    // V: contacts 0-999 treated (0-145 respond), 1000-1014 held out (1000-1002 respond).
    await targets(v.id, 0, 1000, 146, 15, 3);
    // L: contacts 0-99 treated (0-29 respond), 100-149 held out (100-104 respond).
    await targets(l.id, 0, 100, 30, 50, 5);
  });
  afterAll(() => h?.drop());

  it('gives the issue\u2019s uplift of \u22125.4 points its interval, Fisher\u2019s test and a small-sample warning', async () => {
    const res = await h.as('ANALYST')(`{ actionComparison { minInferenceGroup actions { ${fields} } } }`);
    expect(res.errors).toBeUndefined();
    const { minInferenceGroup, actions } = res.data.actionComparison;
    expect(minInferenceGroup).toBe(30);
    const v = actions.find((x: any) => x.action.code === 'V');
    expect(v).toMatchObject({ targeted: 1000, responses: 146, controlTargeted: 15, controlResponses: 3 });
    expect(v.responseUplift).toBeCloseTo(-0.054, 10);
    // Wilson: 146/1000 → 12.55% to 16.92%; 3/15 → 7.05% to 45.19%.
    expect(v.responseRateInterval.low).toBeCloseTo(0.12547, 4);
    expect(v.responseRateInterval.high).toBeCloseTo(0.16924, 4);
    expect(v.controlResponseRateInterval.low).toBeCloseTo(0.07048, 4);
    expect(v.controlResponseRateInterval.high).toBeCloseTo(0.45185, 4);
    // Newcombe: −0.054 − √((0.146 − 0.12547)² + (0.45185 − 0.2)²) = −0.3067; −0.054 + √(0.02324² + 0.12952²) = 0.0776.
    // (The Wald interval −0.054 ± 1.96 × 0.1032, "about −26 to +15", is symmetric and too narrow here.)
    expect(v.responseUpliftInterval.low).toBeCloseTo(-0.30669, 4);
    expect(v.responseUpliftInterval.high).toBeCloseTo(0.07759, 4);
    // Expected responses in the control group: 15 × 149 / 1015 = 2.2 < 5, so Fisher: p = 0.47266 (scipy).
    expect(v.responseUpliftTest).toEqual({
      method: 'FISHER_EXACT',
      pValue: expect.closeTo(0.47266, 4),
      significant: false,
    });
    // Nobody bought in either group: no difference to test, p = 1.
    expect(v.purchaseUpliftTest).toEqual({ method: 'FISHER_EXACT', pValue: 1, significant: false });
    expect(v.smallSample).toBe(true);

    const l = actions.find((x: any) => x.action.code === 'L');
    // Expected count 50 × 35 / 150 = 11.7: z-test. Pooled p 35/150, se √(0.2333 × 0.7667 × 0.03) = 0.07326,
    // z = 0.2 / 0.07326 = 2.730, p = 0.00633 (uncorrected chi-square of the table, scipy).
    expect(l.responseUpliftTest).toEqual({ method: 'Z_TEST', pValue: expect.closeTo(0.006332, 5), significant: true });
    expect(l.responseUpliftInterval.low).toBeCloseTo(0.0604, 3);
    expect(l.responseUpliftInterval.high).toBeCloseTo(0.3112, 3);
    expect(l.smallSample).toBe(false);
  });

  it('weighs the averages two ways: pooled by size, plain per action; shares of targets, cost and responses', async () => {
    const avg = `actions responseRate costPerResponse revenuePerTarget responseRateInterval { low high }`;
    const res = await h.as('MARKETING')(
      `{ actionComparison { actions { ${fields} } averages { ${avg} } pooled { ${avg} } } }`,
    );
    expect(res.errors).toBeUndefined();
    const c = res.data.actionComparison;
    // Pooled: 176 responses / 1,100 targets; 1,500 € / 176 responses = 8.52 €.
    expect(c.pooled).toMatchObject({ actions: 2, responseRate: 0.16, costPerResponse: 8.52, revenuePerTarget: 0 });
    expect(c.pooled.responseRateInterval.low).toBeCloseTo(0.13954, 4); // Wilson 176/1100
    expect(c.pooled.responseRateInterval.high).toBeCloseTo(0.18284, 4);
    // Plain: (14.6% + 30%) / 2; (6.85 + 16.67) / 2 € (each action's cost per response rounded to the cent).
    expect(c.averages.responseRate).toBeCloseTo(0.223, 10);
    expect(c.averages.costPerResponse).toBeCloseTo(11.76, 10);
    expect(c.averages.responseRateInterval).toBeNull();
    const v = c.actions.find((x: any) => x.action.code === 'V');
    expect(v.targetShare).toBeCloseTo(1000 / 1100, 10);
    expect(v.costShare).toBeCloseTo(1000 / 1500, 10);
    expect(v.responseShare).toBeCloseTo(146 / 176, 10);
  });

  it('exports the comparison as CSV and XLSX with every figure, averages and totals', async () => {
    const q = `query($f: ReportFormat!) { actionComparisonFile(format: $f) { fileName mimeType contentBase64 rowCount } }`;
    const csv = await h.as('ANALYST')(q, { f: 'CSV' });
    expect(csv.errors).toBeUndefined();
    const file = csv.data.actionComparisonFile;
    expect(file.fileName).toMatch(/^actions-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows: Record<string, string>[] = parse(Buffer.from(file.contentBase64, 'base64'), { columns: true });
    expect(rows.map((r) => r.row)).toEqual(['action', 'action', 'plain mean', 'pooled', 'total']);
    expect(file.rowCount).toBe(5);
    const v = rows.find((r) => r.code === 'V')!;
    expect(v).toMatchObject({
      targeted: '1000',
      responses: '146',
      responseUpliftTest: 'FISHER_EXACT',
      smallSample: 'yes',
    });
    expect(Number(v.responseUpliftLow)).toBeCloseTo(-0.30669, 4);
    expect(rows[4]).toMatchObject({ row: 'total', targeted: '1100', responses: '176', cost: '1500' });

    const xlsx = await h.as('ANALYST')(q, { f: 'XLSX' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.data.actionComparisonFile.contentBase64, 'base64') as any);
    const sheet = book.getWorksheet('Actions')!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(sheet.rowCount).toBe(6);
    const pooled = sheet.getRow(5);
    expect(pooled.getCell(col('row')).value).toBe('pooled');
    expect(pooled.getCell(col('responseRate')).value).toBe(0.16);
    expect(sheet.getColumn(col('responseRate')).numFmt).toBe('0.0%');
  });

  it('refuses the file to roles outside analytics', async () => {
    const res = await h.as('SUPPORT')(`{ actionComparisonFile(format: CSV) { fileName } }`);
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
