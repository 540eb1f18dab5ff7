import type { Context } from '../context.js';
import { idsIn, type DecodedGlobalId } from './global-id.js';
import { builder } from './builder.js';

/** Shared filter inputs. Each list declares a typed filter built from these; raw JSON filters are never accepted. */
export const DateTimeRange = builder.inputType('DateTimeRange', {
  description: 'An inclusive range of instants; either end may be left open.',
  fields: (t) => ({
    from: t.field({ type: 'DateTime', required: false }),
    to: t.field({ type: 'DateTime', required: false }),
  }),
});

export const IntRange = builder.inputType('IntRange', {
  description: 'An inclusive range of integers; either end may be left open.',
  fields: (t) => ({ min: t.int({ required: false }), max: t.int({ required: false }) }),
});

export const DecimalRange = builder.inputType('DecimalRange', {
  description: 'An inclusive range of decimals; either end may be left open.',
  fields: (t) => ({
    min: t.field({ type: 'Decimal', required: false }),
    max: t.field({ type: 'Decimal', required: false }),
  }),
});

type Range<T> = { from?: T | null; to?: T | null } | null | undefined;

/** Prisma condition of a range, or undefined when the range is absent. */
export const dateRange = (r: Range<Date>) =>
  r ? { ...(r.from ? { gte: r.from } : {}), ...(r.to ? { lte: r.to } : {}) } : undefined;

export const numberRange = (r: { min?: number | string | null; max?: number | string | null } | null | undefined) =>
  r ? { ...(r.min != null ? { gte: r.min } : {}), ...(r.max != null ? { lte: r.max } : {}) } : undefined;

/** `{ in: values }` when the list is given, undefined otherwise (an empty list matches nothing). */
export const oneOf = <T>(values: readonly T[] | null | undefined) => (values ? { in: [...values] } : undefined);

/**
 * `contains` ignoring case on both databases: SQLite's LIKE ignores ASCII case already; PostgreSQL needs it asked
 * for.
 */
export const containsText = (provider: 'sqlite' | 'postgresql', value: string) =>
  provider === 'postgresql' ? { contains: value, mode: 'insensitive' as const } : { contains: value };

/** Every word of `search` must be found in one of `fields` (AND of ORs); [] when there is no search. */
export const searchWords = (
  provider: 'sqlite' | 'postgresql',
  search: string | null | undefined,
  fields: readonly string[],
) =>
  (search?.trim().split(/\s+/).filter(Boolean) ?? []).map((w) => ({
    OR: fields.map((field) => ({ [field]: containsText(provider, w) })),
  }));

type Maybe<T> = T | null | undefined;
type IdKeys<F> = { [K in keyof F]-?: F[K] extends Maybe<readonly DecodedGlobalId[]> ? K : never }[keyof F] & string;
type IdColumns<M> = { [C in keyof M]?: { in: number[] } };

/**
 * The id conditions of a filter, `{ column: [typename, filter field] }` → `{ column: { in: ids } }`: each given list
 * of global ids must name rows of its type (VALIDATION at `filter.<field>.<i>` otherwise); an absent list adds no
 * condition. The field names are checked against the filter's type.
 *
 * @example idColumns(f, { contactId: ['Contact', 'contact'], assigneeId: ['StaffUser', 'assignee'] })
 */
export function idColumns<F extends object, const M extends Record<string, readonly [string, IdKeys<F>]>>(
  f: Maybe<F>,
  columns: M,
): IdColumns<M> {
  const given = new Map<string, Maybe<readonly DecodedGlobalId[]>>(Object.entries(f ?? {}));
  const out: IdColumns<M> = {};
  // Object.keys answers string[]; the keys of `columns` are exactly those of M.
  for (const column of Object.keys(columns) as (keyof M & string)[]) {
    const [typename, field] = columns[column]!;
    out[column] = idsIn(typename, given.get(field), ['filter', field]);
  }
  return out;
}

/** `{ not: null }` for true, `null` for false: a filter flag on whether a nullable column is set; absent: no condition. */
export const isSet = (flag: Maybe<boolean>) => (flag == null ? undefined : flag ? { not: null } : null);

/** `mine: true`: the rows assigned to the caller (a caller without a user sees none); no condition otherwise. */
export const assignedToMe = (ctx: Context, mine: Maybe<boolean>) =>
  mine ? { assigneeId: ctx.principal?.userId ?? -1 } : {};
