import type { ArgBuilder, InputFieldMap, InputObjectRef, InputShapeFromFields } from '@pothos/core';
import type { Context } from '../context.js';
import type { builder } from './builder.js';
import { MAX_PAGE_SIZE } from './page-size.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type Maybe<T> = T | null | undefined;

/** The rows a list reads: a Prisma delegate, or the access layer's view of one. */
interface Rows<W, O, S> {
  count(args: { where: W }): PromiseLike<number>;
  findMany(args: { where: W; orderBy: O }): PromiseLike<S[]>;
}

/** How a list reads its rows from its arguments. */
interface Reading<Args, W, O, S> {
  /** The `where` of the arguments, row rule included. */
  where(ctx: Context, args: Args): W | Promise<W>;
  /** The sort of the arguments (the id last, so that cursors are stable). */
  orderBy(args: Args): O;
  rows(ctx: Context): Rows<W, O, S>;
}

/** The id cursor, page size limit, `totalCount` and `resolve` of a list: page and count share one `where`. */
function pageAndCount<Args, W, O, S>(spec: Reading<Args, W, O, S>) {
  return {
    cursor: 'id' as const,
    maxSize: MAX_PAGE_SIZE,
    totalCount: async (_parent: unknown, args: Args, ctx: Context) =>
      spec.rows(ctx).count({ where: await spec.where(ctx, args) }),
    resolve: async (query: object, _parent: unknown, args: Args, ctx: Context) =>
      spec.rows(ctx).findMany({ ...query, where: await spec.where(ctx, args), orderBy: spec.orderBy(args) }),
  };
}

/**
 * A paged list with arguments of its own (no typed sort, or arguments besides `filter`), to spread into
 * `t.prismaConnection`: the page and its total count read the same rows through the same `where`, so a count can
 * never include a row the page would hide. A list with a `filter` and an `orderBy` input uses `filteredList`.
 *
 * @example documents: t.prismaConnection({ type: 'Document', authScopes, ...pagedList({ args: { filter: … },
 *   where: (ctx, args) => documentWhere(ctx, args.filter), orderBy: () => latestFirst, rows: (ctx) => ctx.db.document }) })
 */
export function pagedList<A extends InputFieldMap, W, O, S>(
  spec: { args: A } & Reading<InputShapeFromFields<A>, W, O, S>,
) {
  return { args: spec.args, ...pageAndCount(spec) };
}

export interface FilteredList<F, OrderIn, W, O, S> {
  /** The list's typed filter input. */
  filter: InputObjectRef<Types, F>;
  /** The list's sort input (kernel/graphql/order.ts). */
  order: { Input: InputObjectRef<Types, OrderIn>; toOrderBy(orders: Maybe<readonly OrderIn[]>): O };
  /** The `where` of a filter, row rule included; it also sees the sort (a sort on a personal field narrows). */
  where(ctx: Context, filter: Maybe<F>, orderBy: Maybe<OrderIn[]>): W | Promise<W>;
  rows(ctx: Context): Rows<W, O, S>;
}

/**
 * The id cursor, the page size limit, the `filter` and `orderBy` arguments, `totalCount` and `resolve` of a paged
 * list with a typed filter and sort, to spread into `t.prismaConnection` (see `pagedList`).
 *
 * @example tasks: t.prismaConnection({ type: 'Task', authScopes, ...filteredList(t.arg, spec) })
 */
export function filteredList<F, OrderIn, W, O, S>(arg: ArgBuilder<Types>, spec: FilteredList<F, OrderIn, W, O, S>) {
  type Args = { filter?: Maybe<F>; orderBy?: Maybe<OrderIn[]> };
  return {
    args: {
      filter: arg({ type: spec.filter, required: false }),
      orderBy: arg({ type: [spec.order.Input], required: false }),
    },
    ...pageAndCount<Args, W, O, S>({
      where: (ctx, args) => spec.where(ctx, args.filter, args.orderBy),
      orderBy: (args) => spec.order.toOrderBy(args.orderBy),
      rows: spec.rows,
    }),
  };
}
