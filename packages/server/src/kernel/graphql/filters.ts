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
