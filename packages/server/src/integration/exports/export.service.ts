import { once } from 'node:events';
import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type ExcelJS from 'exceljs';
import type { Context } from '../../kernel/context.js';
import { ApiError, fieldProblem, validationError } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import { type ConfidentialField, confidentialFields, mayReadConfidential } from '../../kernel/field-rules.js';
import { comparisonConsent, contacts } from '../../privacy/access/contact-access.js';
import { contactWhere } from '../../contacts/contact.filter.js';
import { findSegment, segmentWhere } from '../../campaigns/segments/segment.service.js';
import { neutraliseFormula } from './csv-cell.js';
import { actorOf } from '../../privacy/audit/audit-actor.js';

const require = createRequire(import.meta.url);
/**
 * exceljs takes about a second to load and only spreadsheet exports need it: it is loaded on their first use
 * (`require`, cached by Node), not with the server (platform/bench/BENCH.md, startup).
 */
const excel = () => require('exceljs') as typeof ExcelJS;

/**
 * Export of a list or segment of contacts to CSV or XLSX, under the same rules as the API: the caller's row rule, the
 * field rules of its role (a confidential column the role may not read is left out, and asking for it is FORBIDDEN),
 * and consent: only contacts whose consent covers the declared purpose are exported at all (a contact who did not
 * consent to the purpose is not in the file). Rows are read in id order, 1,000 at a time, and streamed to the output,
 * so memory does not grow with the list. Every export is audited (EXPORT: who, purpose, columns, row count).
 */

export type ExportFormat = 'CSV' | 'XLSX';

/** Exportable columns, in file order. `brand` and `zone` are codes. */
export const exportColumns = [
  'id',
  'kind',
  'civility',
  'firstName',
  'lastName',
  'companyName',
  'jobTitle',
  'email',
  'phone',
  'mobile',
  'addressLine1',
  'addressLine2',
  'addressLine3',
  'postalCode',
  'city',
  'countryCode',
  'language',
  'brand',
  'zone',
  'externalRef',
  'incomeBand',
  'maritalStatus',
  'discountRate',
  'grossMarginClass',
  'firstContactAt',
  'firstSaleAt',
  'createdAt',
] as const;

export type ExportColumn = (typeof exportColumns)[number];

export interface ExportOptions {
  format: ExportFormat;
  /** The contacts list filter (the typed ContactFilter input). */
  filter?: Parameters<typeof contactWhere>[1];
  /** A saved segment: its members (combined with `filter` when both are given). */
  segmentId?: number | null;
  /** Columns to export. @default every column the caller's role may read */
  columns?: readonly string[] | null;
  out: Writable;
  /** @default 'exportContacts' */
  operationName?: string;
}

export interface ExportSummary {
  rows: number;
  columns: string[];
  /** Confidential columns left out because the caller's role may not read them. */
  withheldColumns: string[];
  /** Contacts of the list left out because their consent does not cover the purpose. */
  excludedWithoutConsent: number;
}

const confidentialOf = (c: string) => `Contact.${c}` as ConfidentialField;
const cell = (v: unknown): string | number | Date | null =>
  v === null || v === undefined
    ? null
    : typeof v === 'object' && !(v instanceof Date)
      ? String(v)
      : (v as string | number | Date);

/** What an export will do, checked before the first byte is written (so an HTTP route can still answer an error). */
export interface ExportPlan {
  format: ExportFormat;
  columns: string[];
  withheldColumns: string[];
  /** The list: row rule and filter (or segment). */
  listWhere: object;
  /** The list restricted to contacts whose consent covers the purpose: what is exported. */
  where: object;
  operationName: string;
}

/** Checks the purpose, the columns (unknown: VALIDATION, confidential for the role: FORBIDDEN) and the segment. */
export async function planExport(ctx: Context, options: Omit<ExportOptions, 'out'>): Promise<ExportPlan> {
  if (!ctx.purpose)
    throw new ApiError(
      'CONSENT_REQUIRED',
      'Declare the purpose of the export (header x-fidele-purpose, or --purpose): it decides which contacts may be exported.',
      { purpose: null },
    );
  const requested = options.columns?.length ? [...options.columns] : null;
  const unknown = (requested ?? []).filter((c) => !(exportColumns as readonly string[]).includes(c));
  if (unknown.length)
    throw validationError(
      unknown.map((c) => fieldProblem(['columns'], fieldMessage('UNKNOWN_EXPORT_COLUMN', { column: c }))),
    );
  const mayRead = (c: string) =>
    !(confidentialOf(c) in confidentialFields) || mayReadConfidential(ctx.principal, confidentialOf(c));
  const forbidden = (requested ?? []).filter((c) => !mayRead(c));
  if (forbidden.length)
    throw new ApiError('FORBIDDEN', `Your role may not export ${forbidden.join(', ')}.`, { fields: forbidden });
  const columns = (requested ?? [...exportColumns]).filter(mayRead);
  const withheldColumns = requested ? [] : exportColumns.filter((c) => !mayRead(c));

  // A saved segment: its members as the caller sees them (segments module: dynamic criteria evaluated now, or the
  // frozen members of a static one), within the list filter when both are given.
  const segment = options.segmentId ? await findSegment(ctx, options.segmentId) : null;
  const filtered = await contactWhere(ctx, options.filter ?? null);
  const listWhere = segment ? { AND: [filtered, await segmentWhere(ctx, segment)] } : filtered;
  // Exported rows are read: only contacts whose consent covers the purpose (the layer's consent predicate).
  const where = { AND: [listWhere, comparisonConsent(ctx)] };
  return {
    format: options.format,
    columns,
    withheldColumns,
    listWhere,
    where,
    operationName: options.operationName ?? 'exportContacts',
  };
}

/** How many contacts of the list are exported, and how many are left out for want of consent. */
export async function countExport(
  ctx: Context,
  plan: ExportPlan,
): Promise<{ rows: number; excludedWithoutConsent: number }> {
  const [list, rows] = await Promise.all([
    contacts(ctx).count({ where: plan.listWhere }),
    contacts(ctx).count({ where: plan.where }),
  ]);
  return { rows, excludedWithoutConsent: list - rows };
}

/**
 * Writes the file of a plan to `out`, 1,000 contacts at a time, waiting for `out` to drain between pages so that a
 * slow reader (an HTTP client) holds the export back instead of letting it pile up in memory. The audit entry is
 * written at the end, also when the export failed or the reader went away (outcome FAILED: rows may have left).
 */
export async function writeExport(ctx: Context, plan: ExportPlan, out: Writable): Promise<ExportSummary> {
  const { columns } = plan;
  let rows = 0;
  let audited = false;
  const audit = (outcome: 'ALLOWED' | 'FAILED') => {
    audited = true;
    return ctx.db.auditLog.create({
      data: {
        ...actorOf(ctx),
        operation: 'EXPORT',
        operationName: `${plan.operationName} ${plan.format}: ${rows} rows${outcome === 'FAILED' ? ' (interrupted)' : ''}`,
        entity: 'Contact',
        fields: columns,
        outcome,
      },
    });
  };
  try {
    const write = await writer(plan.format, out, columns);
    let lastId = 0;
    for (;;) {
      const page = await contacts(ctx).findMany({
        where: { AND: [plan.where, { id: { gt: lastId } }] },
        include: { brand: { select: { code: true } }, zone: { select: { code: true } } },
        orderBy: { id: 'asc' },
        take: 1000,
      });
      if (!page.length) break;
      for (const c of page) {
        const record = c as unknown as Record<string, unknown>;
        await write.row(
          columns.map((col) => cell(col === 'brand' ? c.brand.code : col === 'zone' ? c.zone.code : record[col])),
        );
      }
      rows += page.length;
      lastId = page[page.length - 1]!.id;
      if (out.writableNeedDrain || out.destroyed) await drained(out, out);
    }
    // Audited before the file is closed: whoever holds the whole file finds the entry already written.
    await audit('ALLOWED');
    await write.end();
  } catch (error) {
    if (!audited) await audit('FAILED');
    throw error;
  }
  const excludedWithoutConsent = (await contacts(ctx).count({ where: plan.listWhere })) - rows;
  return { rows, columns, withheldColumns: plan.withheldColumns, excludedWithoutConsent };
}

export async function exportContacts(ctx: Context, options: ExportOptions): Promise<ExportSummary> {
  return writeExport(ctx, await planExport(ctx, options), options.out);
}

/** Waits for `stream` to drain; fails if `out` closes first (the reader went away: nothing will ever drain). */
async function drained(stream: Writable, out: Writable): Promise<void> {
  if (out.destroyed) throw new Error('the reader went away');
  const stop = new AbortController();
  try {
    await Promise.race([
      once(stream, 'drain', { signal: stop.signal }),
      once(out, 'close', { signal: stop.signal }).then(() => Promise.reject(new Error('the reader went away'))),
    ]);
  } finally {
    stop.abort();
  }
}

/** A streaming CSV (UTF-8 with BOM, `;` as French spreadsheets expect) or XLSX writer. */
async function writer(format: ExportFormat, out: Writable, header: string[]) {
  if (format === 'XLSX') {
    const wb = new (excel().stream.xlsx.WorkbookWriter)({ stream: out, useStyles: false, useSharedStrings: false });
    const ws = wb.addWorksheet('contacts');
    ws.addRow(header).commit();
    return {
      row: async (values: unknown[]) => ws.addRow(values).commit(),
      end: async () => {
        ws.commit();
        await wb.commit();
      },
    };
  }
  const csv = stringify({ delimiter: ';', bom: true, cast: { date: (d) => d.toISOString() } });
  csv.pipe(out);
  csv.write(header);
  return {
    row: async (values: unknown[]) => {
      // Text a spreadsheet would evaluate is written as text (csv-cell.ts); XLSX cells are typed, never formulas.
      if (!csv.write(values.map(neutraliseFormula))) await drained(csv, out);
    },
    end: async () => {
      csv.end();
      await finished(out, { readable: false });
    },
  };
}
