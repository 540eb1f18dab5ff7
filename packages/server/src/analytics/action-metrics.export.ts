import { createRequire } from 'node:module';
import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';
import type { ActionAverages } from './action-metrics.compare.js';
import type { ActionComparison, ActionPerformance } from './action-metrics.service.js';

const require = createRequire(import.meta.url);
/**
 * exceljs takes about a second to load and only spreadsheet reports need it: it is loaded on their first use
 * (`require`, cached by Node), not with the server (platform/bench/BENCH.md, startup).
 */
const excel = () => require('exceljs') as typeof ExcelJS;

/**
 * The action comparison as a file (CSV or XLSX), for an analyst's own spreadsheet: every figure the API gives, one
 * row per action, then the plain mean, the pooled figures and the totals. Rates and shares are fractions like in
 * the API; the XLSX formats them as percents. Figures about actions, not persons: not audited as a contact export.
 * The file is small (one row per action the caller may see) and comes back in the GraphQL response.
 */

export type ReportFormat = 'CSV' | 'XLSX';

export interface ComparisonFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  rowCount: number;
}

/** What the file says of each action: its code and name, read with the comparison. */
export type ActionNames = Map<number, { code: string; name: string }>;

type Cell = string | number | boolean | null;
type Kind = 'text' | 'int' | 'money' | 'rate' | 'number' | 'pvalue';

/** The columns, in file order, with how XLSX formats them. */
const columns: [string, Kind][] = [
  ['row', 'text'],
  ['code', 'text'],
  ['name', 'text'],
  ['attributionDays', 'int'],
  ['cost', 'money'],
  ['targeted', 'int'],
  ['responses', 'int'],
  ['responseRate', 'rate'],
  ['responseRateLow', 'rate'],
  ['responseRateHigh', 'rate'],
  ['conversions', 'int'],
  ['conversionRate', 'rate'],
  ['conversionRateLow', 'rate'],
  ['conversionRateHigh', 'rate'],
  ['buyers', 'int'],
  ['purchaseRate', 'rate'],
  ['purchaseRateLow', 'rate'],
  ['purchaseRateHigh', 'rate'],
  ['costPerResponse', 'money'],
  ['costPerConversion', 'money'],
  ['attributedRevenue', 'money'],
  ['revenuePerTarget', 'money'],
  ['meanResponseDelayDays', 'number'],
  ['medianResponseDelayDays', 'number'],
  ['channels', 'text'],
  ['controlTargeted', 'int'],
  ['controlResponses', 'int'],
  ['controlBuyers', 'int'],
  ['controlResponseRate', 'rate'],
  ['controlPurchaseRate', 'rate'],
  ['responseUplift', 'rate'],
  ['responseUpliftLow', 'rate'],
  ['responseUpliftHigh', 'rate'],
  ['responseUpliftTest', 'text'],
  ['responseUpliftPValue', 'pvalue'],
  ['purchaseUplift', 'rate'],
  ['purchaseUpliftLow', 'rate'],
  ['purchaseUpliftHigh', 'rate'],
  ['purchaseUpliftTest', 'text'],
  ['purchaseUpliftPValue', 'pvalue'],
  ['smallSample', 'text'],
  ['targetShare', 'rate'],
  ['costShare', 'rate'],
  ['responseShare', 'rate'],
  ['conversionShare', 'rate'],
  ['revenueShare', 'rate'],
  // Responses from contacts the action did not target (press coupon, web form, event), apart from the above.
  ['untargetedResponses', 'int'],
  ['untargetedConversions', 'int'],
  ['untargetedConversionRate', 'rate'],
  ['untargetedRevenue', 'money'],
];

/**
 * A spreadsheet evaluates a text cell starting with `=`, `+`, `-`, `@`, tab or CR (OWASP "CSV injection"): such a
 * text (an action's name) is written with a leading `'`. The same rule as the contact export's
 * (integration/exports/csv-cell.ts), which this context may not import.
 */
const safeText = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

function actionRow(a: ActionPerformance, names: ActionNames): Record<string, Cell> {
  const n = names.get(a.actionId);
  return {
    ...a,
    row: 'action',
    code: n ? safeText(n.code) : null,
    name: n ? safeText(n.name) : null,
    revenuePerTarget: a.targeted > 0 ? Math.round((a.attributedRevenue / a.targeted) * 100) / 100 : null,
    responseRateLow: a.responseRateInterval?.low ?? null,
    responseRateHigh: a.responseRateInterval?.high ?? null,
    conversionRateLow: a.conversionRateInterval?.low ?? null,
    conversionRateHigh: a.conversionRateInterval?.high ?? null,
    purchaseRateLow: a.purchaseRateInterval?.low ?? null,
    purchaseRateHigh: a.purchaseRateInterval?.high ?? null,
    channels: a.channels.map((c) => `${c.channel}:${c.responses}`).join(' '),
    responseUpliftLow: a.responseUpliftInterval?.low ?? null,
    responseUpliftHigh: a.responseUpliftInterval?.high ?? null,
    responseUpliftTest: a.responseUpliftTest?.method ?? null,
    responseUpliftPValue: a.responseUpliftTest?.pValue ?? null,
    purchaseUpliftLow: a.purchaseUpliftInterval?.low ?? null,
    purchaseUpliftHigh: a.purchaseUpliftInterval?.high ?? null,
    purchaseUpliftTest: a.purchaseUpliftTest?.method ?? null,
    purchaseUpliftPValue: a.purchaseUpliftTest?.pValue ?? null,
    smallSample: a.smallSample ? 'yes' : 'no',
  } as unknown as Record<string, Cell>;
}

function averageRow(row: string, m: ActionAverages): Record<string, Cell> {
  return {
    ...m,
    row,
    targeted: null,
    responseRateLow: m.responseRateInterval?.low ?? null,
    responseRateHigh: m.responseRateInterval?.high ?? null,
    conversionRateLow: m.conversionRateInterval?.low ?? null,
    conversionRateHigh: m.conversionRateInterval?.high ?? null,
    purchaseRateLow: m.purchaseRateInterval?.low ?? null,
    purchaseRateHigh: m.purchaseRateInterval?.high ?? null,
  } as unknown as Record<string, Cell>;
}

/** The rows of the file, as arrays in column order. */
export function comparisonRows(c: ActionComparison, names: ActionNames): Cell[][] {
  const rows = [
    ...c.actions.map((a) => actionRow(a, names)),
    averageRow('plain mean', c.averages),
    averageRow('pooled', c.pooled),
    { ...c.totals, row: 'total' } as unknown as Record<string, Cell>,
  ];
  return rows.map((r) => columns.map(([k]) => (typeof r[k] === 'object' ? null : (r[k] ?? null))));
}

const formats: Partial<Record<Kind, string>> = {
  money: '#,##0.00',
  rate: '0.0%',
  number: '0.0',
  pvalue: '0.0000',
};

async function xlsx(rows: Cell[][]): Promise<Buffer> {
  const book = new (excel().Workbook)();
  const sheet = book.addWorksheet('Actions');
  sheet.columns = columns.map(([key, kind]) => ({ header: key, key, width: kind === 'text' ? 18 : 12 }));
  for (const r of rows) sheet.addRow(r);
  columns.forEach(([, kind], i) => {
    const f = formats[kind];
    if (f) sheet.getColumn(i + 1).numFmt = f;
  });
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 3 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The comparison as a file; `now` names it (actions-YYYY-MM-DD.csv). */
export async function comparisonFile(
  c: ActionComparison,
  names: ActionNames,
  format: ReportFormat,
  now: Date,
): Promise<ComparisonFile> {
  const rows = comparisonRows(c, names);
  const day = now.toISOString().slice(0, 10);
  const content =
    format === 'XLSX'
      ? await xlsx(rows)
      : Buffer.from(stringify(rows, { header: true, columns: columns.map(([k]) => k) }), 'utf8');
  return {
    fileName: `actions-${day}.${format.toLowerCase()}`,
    mimeType:
      format === 'XLSX'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv; charset=utf-8',
    contentBase64: content.toString('base64'),
    rowCount: rows.length,
  };
}
