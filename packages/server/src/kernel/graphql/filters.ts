import type { Context } from '../context.js';
import { idsIn, type DecodedGlobalId } from './global-id.js';
import type { InputObjectRef } from '@pothos/core';
import { builder } from './builder.js';
import { orderInput } from './order.js';

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

export const FloatRange = builder.inputType('FloatRange', {
  description: 'An inclusive range of real numbers; either end may be left open.',
  fields: (t) => ({ min: t.float({ required: false }), max: t.float({ required: false }) }),
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

type KeysOf<F, V> = { [K in keyof F]-?: NonNullable<F[K]> extends V ? K : never }[keyof F] & string;
type Item<T> = NonNullable<T> extends readonly (infer E)[] ? E : never;
type DateBounds = { gte?: Date; lte?: Date } | undefined;
type NumberBounds = { gte?: number | string; lte?: number | string } | undefined;

/** Filter fields named as their columns, by kind of condition (each field's type is checked against its kind). */
export interface ColumnConditions<L, D, N, E> {
  /** List fields: the column is any of the values (`oneOf`). */
  oneOf?: readonly L[];
  /** DateTimeRange fields (`dateRange`). */
  dates?: readonly D[];
  /** IntRange and DecimalRange fields (`numberRange`). */
  numbers?: readonly N[];
  /** Plain fields: the column equals the value when it is given. */
  equals?: readonly E[];
}

type Columns<F, L extends keyof F, D extends string, N extends string, E extends keyof F> = {
  [K in L]?: { in: Item<F[K]>[] };
} & { [K in D]?: DateBounds } & { [K in N]?: NumberBounds } & { [K in E]?: NonNullable<F[K]> };

/**
 * The column conditions of a filter whose fields are named as their columns: absent fields add no condition.
 *
 * @example columns(f, { oneOf: ['status', 'priority'], dates: ['openedAt'], equals: ['active'] })
 */
export function columns<
  F extends object,
  const L extends KeysOf<F, readonly unknown[]> = never,
  const D extends KeysOf<F, { from?: unknown }> = never,
  const N extends KeysOf<F, { min?: unknown }> = never,
  const E extends KeysOf<F, string | number | boolean | Date> = never,
>(f: Maybe<F>, kinds: ColumnConditions<L, D, N, E>): Columns<F, L, D, N, E> {
  const given = new Map<string, unknown>(Object.entries(f ?? {}));
  const out: Record<string, unknown> = {};
  for (const k of kinds.oneOf ?? []) out[k] = oneOf(given.get(k) as Maybe<unknown[]>);
  for (const k of kinds.dates ?? []) out[k] = dateRange(given.get(k) as Range<Date>);
  for (const k of kinds.numbers ?? []) out[k] = numberRange(given.get(k) as Parameters<typeof numberRange>[0]);
  for (const k of kinds.equals ?? []) out[k] = given.get(k) ?? undefined;
  // Each key was checked above against the kind of its field, so the conditions are those Columns describes.
  return out as Columns<F, L, D, N, E>;
}

/** The parts of a list's `where` (see `filterWhere`). */
export interface WhereParts<S, C, A> {
  /** The row rule (none: every row). */
  scope?: S;
  /** The column conditions (`idColumns`, `columns` and the like). */
  columns: C;
  /** Further conditions, each of which must hold. */
  also?: A;
  /** Every word of `text` must be found in one of the `in` columns. */
  search?: { text: Maybe<string>; in: readonly string[] };
}

/**
 * The `where` of a list filter, in the layout every list shares: its row rule, its column conditions, any further
 * conditions, then one condition per word of the search, all of which must hold.
 */
export function filterWhere<S extends object, C extends object, const A extends readonly object[] = []>(
  ctx: Context,
  parts: WhereParts<S, C, A>,
) {
  const words = searchWords(ctx.provider, parts.search?.text, parts.search?.in ?? []);
  return { AND: [parts.scope ?? {}, parts.columns, ...(parts.also ?? []), ...words] };
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * A list's typed filter, sort and `where` in one, to spread into `filteredList`: `order` names the sort fields
 * besides the id (always sortable, and always the last key), `where` the parts of the `where` of a filter. The sort
 * input is named after the filter (`<Entity>Filter` sorts by `<Entity>Order`).
 *
 * @example export const taskList = listFilter(TaskFilter, { TITLE: 'title' }, (ctx, f) => ({
 *   scope: taskScope(ctx), columns: columns(f, { oneOf: ['status'] }), search: { text: f?.search, in: ['title'] } }));
 */
export function listFilter<
  F,
  const O extends Record<string, string>,
  S extends object,
  C extends object,
  const A extends readonly object[] = [],
>(filter: InputObjectRef<Types, F>, order: O, where: (ctx: Context, f: Maybe<F>) => WhereParts<S, C, A>) {
  return {
    filter,
    // TaskFilter sorts by TaskOrder: the sort input is named after the filter's entity.
    order: orderInput(filter.name.replace(/Filter$/, ''), { ID: 'id', ...order }),
    where: (ctx: Context, f: Maybe<F>) => filterWhere(ctx, where(ctx, f)),
  };
}
