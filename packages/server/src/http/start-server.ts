import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Db } from '../db/client.js';
import type { Provider } from '../db/paths.js';
import { repoRoot } from '../db/paths.js';
import { createFideleYoga } from '../server.js';
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
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  close(): Promise<void>;
}

/** One HTTP server: the API at /graphql, the admin at /admin, and / redirecting to the admin. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const yoga = createFideleYoga({ db: options.db, provider: options.provider ?? 'sqlite' });
  const admin = serveSpa(options.adminDist ?? path.join(repoRoot, 'packages/admin/dist'), '/admin');
  const server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (pathname === '/') {
      res.writeHead(302, { location: '/admin/' }).end();
    } else if (pathname === '/admin' || pathname.startsWith('/admin/')) {
      admin(req, res);
    } else {
      void yoga(req, res);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, options.host ?? '127.0.0.1', resolve);
  });
  const { port, address } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
