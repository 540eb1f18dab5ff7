import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../../kernel/context.js';
import type { ReadRouting } from '../../kernel/db/read-replicas.js';
import type { Principal } from '../../kernel/principal.js';
import { currentRequest } from '../observability/observe.js';
import { rootLogger } from '../observability/logger.js';
import { recordRoutedRead } from '../observability/metrics.js';

export interface ReplicaRoutingOptions {
  /** The routing of the primary client (kernel/db/read-replicas.ts); null or undefined: the plugin does nothing. */
  routing?: ReadRouting | null;
}

/** The key under which a principal's writes are remembered; null for an anonymous request (nothing to remember). */
export function principalKey(principal: Principal | null): string | null {
  if (principal?.kind === 'staff') return `staff:${principal.userId}`;
  if (principal?.kind === 'partner') return `partner:${principal.apiKeyId}`;
  return null;
}

/**
 * Routes a request's reads per request, not per statement (PRODUCTION.md#read-replicas). The context is built on
 * the primary; once the operation is known:
 *
 * - a query operation gets the client that reads from a replica (writes, such as its audit rows, still go to the
 *   primary) when a replica is reachable, within the lag limit and past the principal's last write; else it stays
 *   on the primary;
 * - a mutation runs entirely on the primary (the extension alone would send the re-read after a write to the
 *   replica), and once it is done the primary's WAL position is recorded for its principal, so that the
 *   principal's next query, on any instance, waits for a replica that has replayed it.
 *
 * Each query operation counts in `fidele_db_reads_total{target,reason}`.
 *
 * @example createYoga({ plugins: [useReplicaRouting({ routing: readRoutingFor(db, 'postgresql') })] })
 */
export function useReplicaRouting(options: ReplicaRoutingOptions = {}): Plugin<Context> {
  const routing = options.routing;
  return {
    async onExecute({ args, extendContext }) {
      if (!routing) return;
      const ctx = args.contextValue as Context;
      const key = principalKey(ctx.principal);
      const type = getOperationAST(args.document, args.operationName)?.operation;
      if (type === 'query') {
        const route = await routing.route(key);
        recordRoutedRead(route.target, route.reason);
        extendContext({ db: route.db });
        return;
      }
      if (!key) return;
      return {
        async onExecuteDone() {
          // After the mutation's writes (and its audit rows, written by an earlier plugin's onExecuteDone): the
          // response leaves only once the position is stored, so the next request already sees it.
          try {
            await routing.noteWrite(key);
          } catch (error) {
            (currentRequest()?.log ?? rootLogger()).warn(
              { err: error },
              'read replicas: the write position could not be recorded; this principal may read older data',
            );
          }
        },
      };
    },
  };
}
