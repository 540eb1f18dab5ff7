import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Context } from '../../context.js';
import { ApiError } from '../../errors.js';
import { type ConfidentialField, confidentialFields, mayReadConfidential } from '../access/field-rules.js';
import { consentWhere } from '../consent/consent.rules.js';
import { contactWhere } from '../contacts/contact.filter.js';

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
  'id', 'kind', 'civility', 'firstName', 'lastName', 'companyName', 'jobTitle', 'email', 'phone', 'mobile',
  'addressLine1', 'addressLine2', 'addressLine3', 'postalCode', 'city', 'countryCode', 'language', 'brand', 'zone',
  'externalRef', 'incomeBand', 'maritalStatus', 'discountRate', 'grossMarginClass', 'firstContactAt', 'firstSaleAt', 'createdAt',
] as const;

export type ExportColumn = (typeof exportColumns)[number];

export interface ExportOptions {
  format: ExportFormat;
  /** The contacts list filter (the typed ContactFilter input). */
  filter?: Parameters<typeof contactWhere>[1];
  /** A saved segment: its criteria are the filter (combined with `filter` when both are given). */
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
const cell = (v: unknown): string | number | Date | null => (v === null || v === undefined ? null : typeof v === 'object' && !(v instanceof Date) ? String(v) : (v as string | number | Date));

export async function exportContacts(ctx: Context, options: ExportOptions): Promise<ExportSummary> {
  if (!ctx.purpose) throw new ApiError('CONSENT_REQUIRED', 'Declare the purpose of the export (header x-fidele-purpose, or --purpose): it decides which contacts may be exported.', { purpose: null });
  const requested = options.columns?.length ? [...options.columns] : null;
  const unknown = (requested ?? []).filter((c) => !(exportColumns as readonly string[]).includes(c));
  if (unknown.length) throw new ApiError('VALIDATION', `Unknown columns: ${unknown.join(', ')}.`, { fields: unknown.map((c) => ({ path: ['columns'], message: `unknown column ${c}` })) });
  const mayRead = (c: string) => !(confidentialOf(c) in confidentialFields) || mayReadConfidential(ctx.principal, confidentialOf(c));
  const forbidden = (requested ?? []).filter((c) => !mayRead(c));
  if (forbidden.length) throw new ApiError('FORBIDDEN', `Your role may not export ${forbidden.join(', ')}.`, { fields: forbidden });
  const columns = (requested ?? [...exportColumns]).filter(mayRead);
  const withheldColumns = requested ? [] : exportColumns.filter((c) => !mayRead(c));

  let filter = options.filter ?? null;
  if (options.segmentId) {
    const segment = await ctx.db.segment.findFirst({ where: { id: options.segmentId, ...(ctx.principal?.role === 'ADMIN' ? {} : { OR: [{ brandId: null }, { brandId: { in: ctx.principal?.brandIds ?? [] } }] }) } });
    if (!segment) throw new ApiError('NOT_FOUND', 'Segment not found.');
    filter = { ...(segment.criteria as object), ...(filter ?? {}) } as typeof filter;
  }
  const listWhere = contactWhere(ctx, filter);
  const where = { AND: [listWhere, consentWhere(ctx.purpose, ctx.now)] };

  const write = await writer(options.format, options.out, columns);
  let rows = 0;
  let lastId = 0;
  for (;;) {
    const page = await ctx.db.contact.findMany({
      where: { AND: [where, { id: { gt: lastId } }] },
      include: { brand: { select: { code: true } }, zone: { select: { code: true } } },
      orderBy: { id: 'asc' },
      take: 1000,
    });
    if (!page.length) break;
    for (const c of page) {
      const record = c as unknown as Record<string, unknown>;
      await write.row(columns.map((col) => cell(col === 'brand' ? c.brand.code : col === 'zone' ? c.zone.code : record[col])));
    }
    rows += page.length;
    lastId = page[page.length - 1]!.id;
  }
  await write.end();
  const excludedWithoutConsent = (await ctx.db.contact.count({ where: listWhere })) - rows;

  await ctx.db.auditLog.create({
    data: {
      at: ctx.now,
      actorType: ctx.principal?.kind === 'staff' ? 'STAFF' : 'SYSTEM',
      actorUserId: ctx.principal?.kind === 'staff' ? ctx.principal.userId : null,
      purpose: ctx.purpose.code,
      operation: 'EXPORT',
      operationName: `${options.operationName ?? 'exportContacts'} ${options.format}: ${rows} rows`,
      entity: 'Contact',
      fields: columns,
      outcome: 'ALLOWED',
    },
  });
  return { rows, columns, withheldColumns, excludedWithoutConsent };
}

/** A streaming CSV (UTF-8 with BOM, `;` as French spreadsheets expect) or XLSX writer. */
async function writer(format: ExportFormat, out: Writable, header: string[]) {
  if (format === 'XLSX') {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
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
      if (!csv.write(values)) await once(csv, 'drain');
    },
    end: async () => {
      csv.end();
      await once(out, 'finish');
    },
  };
}
