import DataLoader from 'dataloader';
import type { Context } from '../../kernel/context.js';

const loaders = new WeakMap<Context, Map<string, DataLoader<number, unknown>>>();

/**
 * A DataLoader that lives as long as the request's context (never across requests: one caller's rows must not be
 * served to another), created on first use. `name` tells loaders of one request apart.
 */
export function perRequestLoader<V>(
  ctx: Context,
  name: string,
  batch: (keys: readonly number[]) => Promise<V[]>,
): DataLoader<number, V> {
  let byName = loaders.get(ctx);
  if (!byName) loaders.set(ctx, (byName = new Map()));
  let loader = byName.get(name);
  if (!loader) byName.set(name, (loader = new DataLoader<number, V>(batch) as DataLoader<number, unknown>));
  return loader as DataLoader<number, V>;
}
