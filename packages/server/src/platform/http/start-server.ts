import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Db } from '../../kernel/db/client.js';
import type { Provider } from '../../kernel/db/paths.js';
import { repoRoot } from '../../kernel/db/paths.js';
import { jobs } from '../jobs/registry.js';
import { startScheduler } from '../jobs/scheduler.js';
import { createFideleYoga, createRequestContextFactory } from '../server.js';
import { schema } from '../schema.js';
import { keyRateLimiter } from '../../identity/rate-limit.js';
import { rateLimitStore } from '../../identity/rate-limit-store.js';
import { findRoute, sendError, sendFailure } from '../../kernel/route-kit.js';
import { securityHeaders } from './security-headers.js';
import { httpRoutes } from './routes.js';
import { serveSpa } from './serve-static.js';
import { answerClientErrors } from './use-coded-http-errors.js';
import { poolCountsOf } from '../../kernel/db/client.js';
import { type Logger, rootLogger } from '../observability/logger.js';
import { registerPool } from '../observability/metrics.js';
import { observedContextFactory, observeRequests, routeLabels } from '../observability/observe.js';
import { closeChannelAdapters } from '../../messaging/channels/registry.js';
import { Drain, drainServer } from '../observability/shutdown.js';
import { serveSignal } from '../observability/signal-routes.js';

export interface StartServerOptions {
  db: Db;
  /** Which database `db` talks to. @default 'sqlite' */
  provider?: Provider;
  /** @default 4000; 0 picks a free port */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Folder of the built admin, served at /admin. @default packages/admin/dist */
  adminDist?: string;
  /**
   * Run the scheduled jobs (modules register them in jobs/registry.ts). Tests run jobs explicitly instead.
   * @default false
   */
  jobs?: boolean;
  /** Production mode (no GraphiQL, schema hidden from non-staff). @default isProduction() */
  production?: boolean;
  /** Where the request and error logs go (tests capture them). @default rootLogger(): stdout, FIDELE_LOG_LEVEL */
  logger?: Logger;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  close(): Promise<void>;
  /**
   * Stops gracefully: no new connection, readiness 503, in-flight requests and running jobs finish, then
   * connections close (observability/shutdown.ts). Waits as long as that takes: the caller sets the deadline.
   */
  shutdown(): Promise<void>;
}

/**
 * One HTTP server: the API at /graphql, the plain HTTP routes of http/routes.ts, the admin at /admin, and /
 * redirecting to the admin; optionally the scheduled jobs.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const provider = options.provider ?? 'sqlite';
  const contextOf = observedContextFactory(createRequestContextFactory(options.db, provider));
  const yoga = createFideleYoga({
    db: options.db,
    provider,
    contextFactory: contextOf,
    production: options.production,
  });
  // The public routes' limits count in the same store as the API keys' (shared through Redis when configured).
  const deps = { db: options.db, provider, contextOf, schema, rateLimiter: keyRateLimiter(rateLimitStore(), 'route') };
  const admin = serveSpa(options.adminDist ?? path.join(repoRoot, 'packages/admin/dist'), '/admin');
  const drain = new Drain();
  const signals = { db: options.db, provider, drain };
  const observe = observeRequests({ logger: options.logger ?? rootLogger(), drain, routeOf: routeLabels(httpRoutes) });
  const dispatch = (req: IncomingMessage, res: ServerResponse): void => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    // Every response carries them; the admin and GraphiQL replace the policy with their own.
    for (const [name, value] of Object.entries(securityHeaders('api'))) res.setHeader(name, value);
    if (!isDecodablePath(pathname)) {
      sendError(res, 'BAD_REQUEST', 'The request path is not valid percent-encoding.');
    } else if (serveSignal(req, res, pathname, signals)) {
      // Answered: /health/live, /health/ready, /metrics (observability/signal-routes.ts).
    } else if (pathname === '/') {
      res.writeHead(302, { location: '/admin/' }).end();
    } else if (pathname === '/admin' || pathname.startsWith('/admin/')) {
      admin(req, res);
    } else if (pathname !== '/graphql' && findRoute(httpRoutes, req.method ?? 'GET', pathname)) {
      findRoute(httpRoutes, req.method ?? 'GET', pathname)!
        .handle(req, res, deps)
        .catch((error: unknown) => sendFailure(res, error));
    } else {
      Promise.resolve(yoga(req, res)).catch((error: unknown) => sendFailure(res, error));
    }
  };
  // Last line of defence: nothing a request carries may throw out of the handler and stop the process.
  // Each request gets an id, a log line and metrics, and a 503 once shutdown began (observability/observe.ts).
  const server = createServer((req, res) =>
    observe(req, res, () => {
      try {
        dispatch(req, res);
      } catch (error) {
        sendFailure(res, error);
      }
    }),
  );
  answerClientErrors(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, options.host ?? '127.0.0.1', resolve);
  });
  const { port, address } = server.address() as AddressInfo;
  const unregisterPool = registerPool(() => poolCountsOf(options.db));
  const stopJobs = options.jobs ? startScheduler(options.db, provider, jobs) : async () => {};
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    // The channel adapters' pooled connections (SMTP) close once the jobs that send through them have stopped.
    shutdown: () => drainServer(server, drain, stopJobs).then(closeChannelAdapters).finally(unregisterPool),
    close: async () => {
      unregisterPool();
      await stopJobs();
      await closeChannelAdapters();
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      });
    },
  };
}

/** A path every handler can decode: valid percent-encoding (UTF-8) and no NUL byte. */
function isDecodablePath(pathname: string): boolean {
  try {
    return !decodeURIComponent(pathname).includes('\0');
  } catch {
    return false;
  }
}
