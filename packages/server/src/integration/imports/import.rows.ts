import type { Context } from '../../kernel/context.js';
import type { DuplicateDecision } from '../../contacts/quality/entry-duplicates.service.js';
import type { Db } from '../../kernel/db/client.js';

/**
 * What every import handler shares: the unit of a file (a row, or the rows of one sale), the row errors, and the
 * parsing of cells. No import of the handlers here: they all import this file.
 */

/** One problem of one row. Codes: see QUALITY.md. */
export interface RowError {
  line: number;
  field: string | null;
  code: string;
  message: string;
}

/** A row of the file, mapped to fields (empty cells left out). */
export interface UnitRow {
  line: number;
  fields: Record<string, string>;
  cellCount?: number;
  expectedCells: number;
}

/** What is written or rejected as a whole: one row, or the consecutive rows of one sale (its lines). */
export interface Unit {
  line: number;
  group?: string;
  rows: UnitRow[];
}

export type Outcome = 'created' | 'updated' | 'unchanged';

export interface Prepared<T> {
  line: number;
  outcome: Outcome;
  data: T;
}

export interface ImportHandler<T, S = unknown> {
  /** The Prisma model (for the confidential-field rule). */
  model: string;
  fields: readonly string[];
  /** Upsert keys, the default first. */
  keys: readonly string[];
  /** Each inner list: at least one of these fields must be mapped (or defaulted). */
  requiredFields(key: string): string[][];
  keyOf(unit: Unit, key: string): string | null;
  /** Consecutive rows with the same group form one unit. */
  groupOf?(fields: Record<string, string>): string | undefined;
  /** Fields beyond `fields` (e.g. `consent.<purpose>` columns of contacts). */
  extraField?(field: string): boolean;
  /** File-level problems of the mapped fields (line 1), e.g. a consent column naming an unknown purpose. */
  checkFields?(state: S, fields: string[]): RowError[];
  /** `duplicates`: the import's decision about duplicates at entry (contacts: import.contact-duplicates.ts). */
  start(ctx: Context, job: { jobId: number; key: string; duplicates?: DuplicateDecision | null }): Promise<S>;
  prepare(
    ctx: Context,
    state: S,
    units: Unit[],
    key: string,
    defaults: Record<string, string>,
  ): Promise<{ ok: Prepared<T>[]; errors: RowError[] }>;
  /** Writes one prepared unit in `tx`, for `ctx` (whose rights the writes go through). */
  write(tx: Db, p: Prepared<T>, ctx: Context): Promise<void>;
  /** Writes a batch's units in `tx` as `write` would one by one, in fewer statements. @default `write` for each */
  writeMany?(tx: Db, ps: Prepared<T>[], ctx: Context): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------------
// Cell parsing
// ---------------------------------------------------------------------------------------------------------------

/** An enum value, whatever the case and with spaces or hyphens for underscores ("former client" → FORMER_CLIENT). */
export function enumValue<V extends string>(values: Record<string, V>, raw: string): V | null {
  const k = raw
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  return (Object.values(values) as string[]).includes(k) ? (k as V) : null;
}

/** A date: YYYY-MM-DD (or ISO date-time), or DD/MM/YYYY as French files write it. */
export function parseDate(raw: string): Date | null {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return valid(new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`), +m[2]!, +m[3]!);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m)
    return valid(new Date(`${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}T00:00:00Z`), +m[2]!, +m[1]!);
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.test(s)) {
    const d = new Date(s);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}
const valid = (d: Date, month: number, day: number) =>
  Number.isNaN(d.getTime()) || d.getUTCMonth() + 1 !== month || d.getUTCDate() !== day ? null : d;

/** A decimal as text: French decimal comma accepted, spaces, currency and percent signs dropped. */
export const parseDecimal = (raw: string): string =>
  raw
    .trim()
    .replace(/[\s\u00a0€%]/g, '')
    .replace(',', '.');

export const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? +a === +b : String(a ?? '') === String(b ?? '');
export const chunk = <T>(list: T[], n = 5000): T[][] =>
  Array.from({ length: Math.ceil(list.length / n) }, (_, i) => list.slice(i * n, i * n + n));

/** Rows whose cell count differs from the header: a broken line (an unescaped delimiter, a lost quote). */
export function shapeErrors(unit: Unit): RowError[] {
  const errors = unit.rows
    .filter((r) => r.cellCount !== undefined && r.cellCount !== r.expectedCells)
    .map((r) => ({
      line: r.line,
      field: null as string | null,
      code: 'COLUMN_COUNT',
      message: `${r.cellCount} cells where the header has ${r.expectedCells}: a broken line`,
    }));
  for (const r of unit.rows) {
    for (const [field, value] of Object.entries(r.fields)) {
      if (badlyDecoded(value))
        errors.push({
          line: r.line,
          field,
          code: 'INVALID_ENCODING',
          message: `"${value}" was not written in the file's encoding (the file mixes encodings): save the file as UTF-8`,
        });
    }
  }
  return errors;
}

/**
 * Text that did not decode with the file's encoding: U+FFFD where UTF-8 met bytes that are not UTF-8 (Latin-1 rows in
 * a UTF-8 file), or UTF-8 read as Windows-1252 (`Ã©` for `é`, `â€™` for `’`: UTF-8 rows in a Latin-1 file).
 */
export const badlyDecoded = (value: string): boolean =>
  value.includes('\uFFFD') ||
  /Ã[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]|â€/.test(
    value,
  );
/**
 * Whether a failed batch write is one row's fault (a constraint, a value the column refuses: Prisma's P2xxx data
 * errors), so that writing the rows one by one keeps the others. Not a pool timeout (P2024), an interactive
 * transaction error (P2028) or a write conflict (P2034), and nothing without a Prisma code (a dropped connection).
 */
export function isRowFault(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^P2\d{3}$/.test(code) && !['P2024', 'P2028', 'P2034'].includes(code);
}
