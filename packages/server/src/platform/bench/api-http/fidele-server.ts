/**
 * Child process of the api-http bench: the real Fidele server (platform/http/start-server.ts, audit on, the same
 * plugins as production) on DATABASE_URL, without the scheduled jobs, whose background work would be counted
 * in the CPU of the requests. Prints `listening <url>` once it answers. With FIDELE_BENCH_HTTP_WORKERS=N (N > 1) it
 * runs as `fidele start` does with FIDELE_WORKERS: a primary and N workers sharing the port (cluster module); the
 * bench then measures the whole process tree.
 */
import cluster from 'node:cluster';
import { createDb } from '../../../kernel/db/client.js';
import { parseDatabaseUrl } from '../../../kernel/db/database-url.js';
import { startServer } from '../../http/start-server.js';

const workers = Number(process.env.FIDELE_BENCH_HTTP_WORKERS ?? 1);

if (workers > 1 && cluster.isPrimary) {
  cluster.once('listening', (_worker, address) => console.log(`listening http://127.0.0.1:${address.port}`));
  for (let i = 0; i < workers; i++) cluster.fork();
  const stop = () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    cluster.on('exit', () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} else {
  const target = parseDatabaseUrl();
  const db = createDb(target);
  // Port 0 in every worker: the cluster hands them one shared port.
  const server = await startServer({ db, provider: target.provider, port: 0, jobs: false, production: false });
  if (!cluster.isWorker) console.log(`listening ${server.url}`);
  const stop = async () => {
    await server.close().catch(() => {});
    await db.$disconnect().catch(() => {});
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}
