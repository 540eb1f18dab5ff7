import type { Connection, FideleErrorEntry, FideleResult, SortDirection } from '@fidele/sdk';
import type { GetListParams } from 'react-admin';

/** The SDK's `Connection` (what its list methods resolve to), with each edge's cursor, which the pager keeps. */
export type ConnectionPage<N> = Omit<Connection<N>, 'edges'> & {
  edges: (Connection<N>['edges'][number] & { cursor: string })[];
};

/** The API caps a page at 100 rows (Pothos' `maxConnectionSize`). */
export const maxPageSize = 100;

/**
 * Why a field of a record is null: the access rules withheld it (`CONSENT_REQUIRED`: the contact's consent does not
 * cover the declared purpose; `FORBIDDEN`: the role may not read it). Kept on records as `_withheld`, so that the
 * UI shows the reason rather than an empty value.
 */
export type Withheld = Record<string, FideleErrorEntry['code']>;

/**
 * The withheld fields of each row of a connection, from the SDK's withheld-field entries, whose paths look like
 * `['contacts', 'edges', 3, 'node', 'email']`. Deeper paths (a related object's field) are keyed `brand.name`.
 */
export function withheldByRow(errors: readonly FideleErrorEntry[]): Map<number, Withheld> {
  const rows = new Map<number, Withheld>();
  for (const e of errors) {
    const path = e.path ?? [];
    if (path[1] !== 'edges' || typeof path[2] !== 'number' || path[3] !== 'node') continue;
    const row = rows.get(path[2]) ?? {};
    row[path.slice(4).join('.')] = e.code;
    rows.set(path[2], row);
  }
  return rows;
}

/** The withheld fields of a single object answered at `['contact', 'email']`. */
export function withheldOf(errors: readonly FideleErrorEntry[]): Withheld {
  const out: Withheld = {};
  for (const e of errors) if (e.path && e.path.length > 1) out[e.path.slice(1).join('.')] = e.code;
  return out;
}

/** One sort of react-admin → the API's `orderBy`, through a table of sortable sources (unknown sources: the API's default). */
export function toOrderBy<F extends string>(
  sort: GetListParams['sort'] | undefined,
  fields: Record<string, F>,
): { field: F; direction: SortDirection }[] | undefined {
  const field = sort?.field ? fields[sort.field] : undefined;
  return field ? [{ field, direction: sort?.order === 'DESC' ? 'DESC' : 'ASC' }] : undefined;
}

/** `[value]` for a single filter value, the array for several, undefined for none (react-admin sends either). */
export const asList = <T>(value: T | T[] | undefined | null | ''): T[] | undefined =>
  value === undefined || value === null || value === ''
    ? undefined
    : Array.isArray(value)
      ? value.length
        ? value
        : undefined
      : [value];

/**
 * Page numbers over cursor pagination. react-admin asks for page N of M rows; the API pages with `first`/`after`
 * cursors (opaque, tied to a row). The pager remembers the cursor after every row it has seen, per list (resource,
 * filter and sort): next and previous pages cost one request; a jump ahead walks from the nearest known cursor in
 * pages of up to 100 rows. Writes clear the resource's cursors (a deleted row's cursor would lead nowhere).
 */
export function createCursorPager() {
  const cursors = new Map<string, Map<number, string>>();

  function remember(key: string, offset: number, edges: readonly { cursor: string }[]) {
    let known = cursors.get(key);
    if (!known) cursors.set(key, (known = new Map()));
    edges.forEach((e, i) => known.set(offset + i + 1, e.cursor));
  }

  return {
    /**
     * Fetches rows `[(page - 1) * perPage, page * perPage)` of the list `key` with `fetchPage(first, after)`.
     */
    async page<P extends ConnectionPage<unknown>>(
      key: string,
      page: number,
      perPage: number,
      fetchPage: (first: number, after: string | undefined) => Promise<P>,
    ): Promise<P> {
      const target = Math.max(0, (page - 1) * perPage);
      const known = cursors.get(key);
      let offset = 0;
      for (const o of known?.keys() ?? []) if (o <= target && o > offset) offset = o;
      while (offset < target) {
        const first = Math.min(maxPageSize, target - offset);
        const skipped = await fetchPage(first, known?.get(offset) ?? cursors.get(key)?.get(offset));
        remember(key, offset, skipped.edges);
        if (skipped.edges.length < first) return { ...skipped, edges: [] }; // past the end
        offset += skipped.edges.length;
      }
      const result = await fetchPage(
        Math.min(perPage, maxPageSize),
        offset === 0 ? undefined : cursors.get(key)?.get(offset),
      );
      remember(key, offset, result.edges);
      return result;
    },
    /** Forgets the cursors of every list whose key starts with `prefix` (a resource, after a write). */
    clear(prefix = '') {
      for (const key of [...cursors.keys()]) if (key.startsWith(prefix)) cursors.delete(key);
    },
  };
}

export type CursorPager = ReturnType<typeof createCursorPager>;

/** A list key: the resource, then its filter and sort, so that two lists never share cursors. */
export const listKey = (resource: string, params: Pick<GetListParams, 'filter' | 'sort'>): string =>
  `${resource}\n${JSON.stringify(params.filter ?? {})}\n${JSON.stringify(params.sort ?? {})}`;

/** A connection's rows as react-admin records, each carrying its `_withheld` fields. */
export function recordsOf<N, R>(
  result: FideleResult<ConnectionPage<N>>,
  toRecord: (node: N, withheld: Withheld) => R,
): R[] {
  const withheld = withheldByRow(result.errors);
  return result.data.edges.map((e, i) => toRecord(e.node, withheld.get(i) ?? {}));
}

/**
 * The fields of `data` that differ from `previous`, restricted to `allowed`: an update sends only what the user
 * changed, so it does not overwrite a concurrent change to another field, nor touch a confidential field the role
 * may not write.
 */
export function changedFields(
  data: Record<string, unknown>,
  previous: Record<string, unknown>,
  allowed: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of allowed) {
    if (!(key in data)) continue;
    const now = normalize(data[key]);
    if (JSON.stringify(now) !== JSON.stringify(normalize(previous[key]))) out[key] = now;
  }
  return out;
}

/** The fields of `data` that are set, restricted to `allowed` (a create leaves the rest to the API's defaults). */
export function setFields(data: Record<string, unknown>, allowed: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of allowed) {
    const v = normalize(data[key]);
    if (v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)) out[key] = v;
  }
  return out;
}

/** Empty strings from cleared inputs mean "no value". */
const normalize = (v: unknown): unknown => (v === '' ? null : v);
