import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Db } from '../db/client.js';
import type { Provider } from '../db/paths.js';
import { repoRoot } from '../db/paths.js';
import { jobs } from '../jobs/registry.js';
import { startScheduler } from '../jobs/scheduler.js';
import { createFideleYoga, createRequestContextFactory } from '../server.js';
import { findRoute, sendFailure } from './route-kit.js';
import { httpRoutes } from './routes.js';
import { serveSpa } from './serve-static.js';

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
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  close(): Promise<void>;
}

/**
 * One HTTP server: the API at /graphql, the plain HTTP routes of http/routes.ts, the admin at /admin, and /
 * redirecting to the admin; optionally the scheduled jobs.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const provider = options.provider ?? 'sqlite';
  const contextOf = createRequestContextFactory(options.db, provider);
  const yoga = createFideleYoga({ db: options.db, provider, contextFactory: contextOf });
  const deps = { db: options.db, provider, contextOf };
  const admin = serveSpa(options.adminDist ?? path.join(repoRoot, 'packages/admin/dist'), '/admin');
  const server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (pathname === '/') {
      res.writeHead(302, { location: '/admin/' }).end();
    } else if (pathname === '/admin' || pathname.startsWith('/admin/')) {
      admin(req, res);
    } else if (pathname !== '/graphql' && findRoute(httpRoutes, req.method ?? 'GET', pathname)) {
      findRoute(httpRoutes, req.method ?? 'GET', pathname)!.handle(req, res, deps).catch((error: unknown) => sendFailure(res, error));
    } else {
      void yoga(req, res);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, options.host ?? '127.0.0.1', resolve);
  });
  const { port, address } = server.address() as AddressInfo;
  const stopJobs = options.jobs ? startScheduler(options.db, provider, jobs) : async () => {};
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    close: async () => {
      await stopJobs();
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      });
    },
  };
}
