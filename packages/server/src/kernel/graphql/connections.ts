import type { ArgBuilder, InputObjectRef } from '@pothos/core';
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
 * The id cursor, the page size limit, the `filter` and `orderBy` arguments, `totalCount` and `resolve` of a paged list, to spread into
 * `t.prismaConnection`: the page and its total count read the same rows through the same `where`, so a count can
 * never include a row the page would hide.
 *
 * @example tasks: t.prismaConnection({ type: 'Task', authScopes, ...filteredList(t.arg, spec) })
 */
export function filteredList<F, OrderIn, W, O, S>(arg: ArgBuilder<Types>, spec: FilteredList<F, OrderIn, W, O, S>) {
  type Args = { filter?: Maybe<F>; orderBy?: Maybe<OrderIn[]> };
  const where = (ctx: Context, args: Args) => spec.where(ctx, args.filter, args.orderBy);
  return {
    cursor: 'id' as const,
    maxSize: MAX_PAGE_SIZE,
    args: {
      filter: arg({ type: spec.filter, required: false }),
      orderBy: arg({ type: [spec.order.Input], required: false }),
    },
    totalCount: async (_parent: unknown, args: Args, ctx: Context) =>
      spec.rows(ctx).count({ where: await where(ctx, args) }),
    resolve: async (query: object, _parent: unknown, args: Args, ctx: Context) =>
      spec.rows(ctx).findMany({ ...query, where: await where(ctx, args), orderBy: spec.order.toOrderBy(args.orderBy) }),
  };
}
