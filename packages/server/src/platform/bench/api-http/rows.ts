/**
 * The row check of the api-http bench: brings the answers of three different servers (Fidele, PostGraphile, hand
 * SQL) to one comparable form, so that the bench can prove they return the same rows before it times them.
 *
 * 1. `unify` folds each dialect into one shape: connections (`edges`/`node` or `nodes`) become
 *    `{ totalCount, items }`, Fidele's global ids become numbers, and PostGraphile's `respondedAt` /
 *    `conversionSaleId` become the booleans `responded` / `converted`.
 * 2. Each query of queries.ts turns that shape into canonical rows: a key naming the row (`c12/s0/l1`: contact 12,
 *    its first sale, that sale's second line) and its fields as strings (dates in ISO UTC, money with 2 decimals).
 * 3. `compareRows` matches rows by key: missing, extra or differing rows are differences. A personal field Fidele
 *    withholds for consent (null with CONSENT_REQUIRED at its path) is the access layer at work, not a wrong row:
 *    it matches anything and is counted apart.
 */

/** A field Fidele withheld because the contact's consent does not cover the request's purpose. */
export const WITHHELD = '⊘';

export interface Row {
  key: string;
  fields: string[];
}

export interface GraphqlBody {
  data?: unknown;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** Replaces, in place, each field a CONSENT_REQUIRED error names by WITHHELD. Other errors are returned. */
export function markWithheld(body: GraphqlBody): GraphqlBody['errors'] {
  const others: NonNullable<GraphqlBody['errors']> = [];
  for (const error of body.errors ?? []) {
    const path = error.path;
    if (error.extensions?.code !== 'CONSENT_REQUIRED' || !path?.length || !body.data) {
      others.push(error);
      continue;
    }
    let parent = body.data as Record<string | number, unknown> | null;
    for (const step of path.slice(0, -1)) parent = (parent?.[step] as typeof parent) ?? null;
    if (parent && parent[path.at(-1)!] == null) parent[path.at(-1)!] = WITHHELD;
  }
  return others;
}

/** Fidele's global id (base64 of `Type:id`) as the number it names; other values unchanged. */
function decodeId(value: unknown): unknown {
  if (typeof value !== 'string' || /^\d+$/.test(value)) return value;
  const match = /^[A-Za-z]+:(\d+)$/.exec(Buffer.from(value, 'base64').toString('utf8'));
  return match ? Number(match[1]) : value;
}

/** One shape for the three dialects (see the file comment). */
export function unify(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unify);
  if (!value || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (Array.isArray(o.edges) || Array.isArray(o.nodes)) {
    const list = Array.isArray(o.edges) ? o.edges.map((e: { node: unknown }) => e.node) : (o.nodes as unknown[]);
    return { totalCount: o.totalCount, items: list.map(unify) };
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (k === 'id') out.id = decodeId(v);
    else if (k === 'respondedAt') out.responded = v != null;
    else if (k === 'conversionSaleId') out.converted = v != null;
    else out[k] = unify(v);
  }
  return out;
}

/** A list, whether it came as a plain list or as a unified connection. */
export function listOf(value: unknown): any[] {
  if (Array.isArray(value)) return value;
  const items = (value as { items?: unknown[] } | null)?.items;
  return Array.isArray(items) ? items : [];
}

/** An instant in ISO UTC: PostgreSQL's JSON writes `timestamp` without zone (stored in UTC), SQLite `+00:00`. */
export function iso(value: unknown): string {
  if (value === WITHHELD || value == null) return String(value);
  const s = String(value);
  const date = new Date(/(Z|[+-]\d\d:?\d\d)$/.test(s) ? s : `${s}Z`);
  return Number.isNaN(date.getTime()) ? `invalid date ${s}` : date.toISOString();
}

/** A decimal with 2 places: Fidele and PostGraphile send strings, PostgreSQL's JSON numbers, SQLite reals. */
export const money = (value: unknown): string =>
  value === WITHHELD || value == null ? String(value) : Number(value).toFixed(2);

/** A boolean from true/false or SQLite's 1/0. */
export const bool = (value: unknown): string => String(value === true || value === 1 || value === 'true');

/** A plain field (text, number, withheld) as a string. */
export const text = (value: unknown): string => String(value);

export interface RowComparison {
  /** Rows of the reference. */
  rows: number;
  /** Fields withheld for consent on either side (matched, not differences). */
  withheld: number;
  missing: string[];
  extra: string[];
  differing: string[];
}

export function compareRows(reference: Row[], other: Row[]): RowComparison {
  const theirs = new Map(other.map((r) => [r.key, r.fields]));
  const ours = new Set(reference.map((r) => r.key));
  const result: RowComparison = { rows: reference.length, withheld: 0, missing: [], extra: [], differing: [] };
  for (const { key, fields } of reference) {
    const found = theirs.get(key);
    if (!found) {
      result.missing.push(key);
      continue;
    }
    const same =
      fields.length === found.length &&
      fields.every((f, i) => {
        const withheld = f === WITHHELD || found[i] === WITHHELD;
        if (withheld && f !== found[i]) result.withheld += 1;
        return withheld || f === found[i];
      });
    if (!same) result.differing.push(`${key}: ${fields.join('|')} ≠ ${found.join('|')}`);
  }
  for (const r of other) if (!ours.has(r.key)) result.extra.push(r.key);
  return result;
}

export const sameRows = (c: RowComparison): boolean => !c.missing.length && !c.extra.length && !c.differing.length;

/** One line for the bench's table: OK, or what differs with the first examples. */
export function describeComparison(c: RowComparison): string {
  const note = c.withheld ? ` (${c.withheld} fields withheld for consent)` : '';
  if (sameRows(c)) return `OK, ${c.rows} rows${note}`;
  const sample = (xs: string[]) => xs.slice(0, 3).join('; ') + (xs.length > 3 ? '; …' : '');
  return [
    `**DIFFERENT** from hand SQL (${c.rows} rows)${note}:`,
    c.missing.length ? `${c.missing.length} missing (${sample(c.missing)})` : '',
    c.extra.length ? `${c.extra.length} extra (${sample(c.extra)})` : '',
    c.differing.length ? `${c.differing.length} differ (${sample(c.differing)})` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
