import DataLoader from 'dataloader';
import type { Context } from './context.js';

/*
 * Two per-request structures are deliberately not built on this module:
 * - `ctx.loaders.consent` is part of the Context itself: it is made for the request's purpose when the context is
 *   made, and systemContext replaces it with a loader for another purpose, so it belongs to whoever builds contexts.
 * - privacy/access/contact-access.ts keeps a WeakMap keyed by the `where` objects it builds (which context built them,
 *   whether they hold the consent rule). It caches no data: it marks its own results so that a reused where can be
 *   checked, and it dies with the where.
 */

/**
 * A value made once per request, on first use, and kept as long as the request's context: the one per-request cache
 * of the server. Each memo keys its values by the Context object, never by anything that outlives a request, so one
 * caller's rows are never served to another; a derived context (systemContext) is a new request for it. A value
 * computed by `make` may be a promise: concurrent resolvers then share the one in flight.
 *
 * @example const profiling = perRequest((ctx) => loadPurposes(ctx.db)); // profiling(ctx) in any resolver
 */
export function perRequest<T>(make: (ctx: Context) => T): (ctx: Context) => T {
  const values = new WeakMap<Context, { value: T }>();
  return (ctx) => {
    let entry = values.get(ctx);
    if (!entry) values.set(ctx, (entry = { value: make(ctx) }));
    return entry.value;
  };
}

/**
 * A DataLoader per request: the keys asked for in one tick are read with one `batch` call, and each key once per
 * request. `batch` answers one value per key, in the order of the keys.
 */
export function perRequestLoader<K, V>(
  batch: (ctx: Context, keys: readonly K[]) => Promise<V[]>,
): (ctx: Context) => DataLoader<K, V> {
  return perRequest((ctx) => new DataLoader<K, V>((keys) => batch(ctx, keys)));
}

/**
 * A DataLoader per request whose batch function is the one given by the request's first use: for a loader whose
 * batch closes over what that use knows (the selections of the field being resolved), the same for every use of
 * one field in one request.
 */
export function perRequestLoaderOnFirstUse<K, V>(): (
  ctx: Context,
  batch: (keys: readonly K[]) => Promise<V[]>,
) => DataLoader<K, V> {
  const slot = perRequest((): { loader?: DataLoader<K, V> } => ({}));
  return (ctx, batch) => {
    const s = slot(ctx);
    return (s.loader ??= new DataLoader<K, V>(batch));
  };
}
