import { perRequestLoader } from '../request-cache.js';
import type { Context } from '../context.js';
import type { builder } from './builder.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
/** The connection object of the Prisma plugin: it carries its parent row and arguments. */
type Connection = { parent: { id: number }; args: object };

/** One count per parent, for the parents asked in one tick and one set of arguments. */
type CountRows = (ctx: Context, parentIds: number[], argsKey: string) => Promise<Map<number, number>>;

/**
 * The `totalCount` of a related connection, counted by a query that filters to the parents of the response before it
 * groups: `WHERE productId IN (…) AND <row rule> GROUP BY productId`. The Prisma plugin's own count (`_count`)
 * groups the whole child table, then joins: on 10M sale lines that is every line of every product, for one page
 * of one product. A per-request loader batches the parents of one tick, per distinct arguments (a filtered
 * connection counts what it lists).
 *
 * @example t.relatedConnection('saleLines', { cursor: 'id', query }, relatedCount(countSaleLines))
 */
export function relatedCount(count: CountRows) {
  const loader = perRequestLoader<string, number>(async (ctx, keys) => {
    const byArgs = new Map<string, number[]>();
    for (const key of keys) {
      const [id, argsKey] = splitKey(key);
      byArgs.set(argsKey, [...(byArgs.get(argsKey) ?? []), id]);
    }
    const counts = new Map<string, number>();
    await Promise.all(
      [...byArgs].map(async ([argsKey, ids]) => {
        for (const [id, n] of await count(ctx, ids, argsKey)) counts.set(`${id}\u0000${argsKey}`, n);
      }),
    );
    return keys.map((k) => counts.get(k) ?? 0);
  });
  const options = {
    fields: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, Connection>) => ({
      totalCount: t.int({
        resolve: (connection, _args, ctx) =>
          loader(ctx).load(`${connection.parent.id}\u0000${argsKeyOf(connection.args)}`),
      }),
    }),
  };
  // Cast: the plugin types a connection's own fields by its edges only; its object holds the parent as well.
  return options as never;
}

/** The arguments that filter a connection (not its paging), as a stable key. */
function argsKeyOf(args: object): string {
  const { first: _f, last: _l, before: _b, after: _a, ...filters } = args as Record<string, unknown>;
  return JSON.stringify(Object.entries(filters).sort(([a], [b]) => a.localeCompare(b)));
}

function splitKey(key: string): [number, string] {
  const at = key.indexOf('\u0000');
  return [Number(key.slice(0, at)), key.slice(at + 1)];
}

/** The filter arguments of a key, as the connection received them. */
export const argsOfKey = (argsKey: string): Record<string, unknown> =>
  Object.fromEntries(JSON.parse(argsKey) as [string, unknown][]);

/** The rows of a Prisma `groupBy` with `_count._all`, as a map from the parent id. */
export const countsByParent = (rows: readonly object[], key: string): Map<number, number> =>
  new Map(
    (rows as ({ _count: { _all: number } } & Record<string, unknown>)[]).map((r) => [Number(r[key]), r._count._all]),
  );
