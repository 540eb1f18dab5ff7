import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Logger } from 'pino';
import { CliError } from '../../kernel/cli-error.js';
import type { Provider } from '../../kernel/db/paths.js';
import { serveClusterMetrics } from '../observability/cluster-metrics.js';
import { shutdownTimeoutMs } from '../observability/shutdown.js';

/**
 * How many API processes `fidele start` runs on this machine: FIDELE_WORKERS, a number or `auto` (one per core).
 * A request is CPU-bound in Node (GraphQL, Prisma's query compiler, JSON), so one process uses one core; several
 * share the port through Node's cluster module. PostgreSQL only: SQLite is the single-process embedded default
 * (one writer; its in-process job runner is per process).
 * @default 1
 */
export function workerCount(env: NodeJS.ProcessEnv, provider: Provider): number {
  const raw = env.FIDELE_WORKERS?.trim();
  if (!raw) return 1;
  const n = raw === 'auto' ? availableParallelism() : Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new CliError(`FIDELE_WORKERS must be a whole number from 1 to 64 or "auto", got "${raw}"`, 2);
  if (n > 1 && provider !== 'postgresql')
    throw new CliError('FIDELE_WORKERS above 1 needs PostgreSQL: SQLite runs as one process', 2);
  return n;
}

/** True in a process forked by `superviseWorkers`: the primary already migrated and seeded. */
export const isClusterWorker = (): boolean => cluster.isWorker;

/**
 * The primary of a cluster: forks `n` workers (each runs `fidele start` and serves the shared port), replaces one
 * that dies unexpectedly, and on SIGTERM / SIGINT passes the signal on and exits once every worker has drained
 * (each within FIDELE_SHUTDOWN_TIMEOUT_MS, see observability/shutdown.ts); 1 if any worker failed to. It also
 * gathers the workers' metrics for the one that takes a scrape (observability/cluster-metrics.ts).
 * Resolves with the URL once the first worker listens.
 */
export function superviseWorkers(n: number, log: Logger): Promise<string> {
  let stopping = false;
  let failed = false;
  let listened = false;
  const fork = () => cluster.fork({ FIDELE_WORKER: '1' });
  serveClusterMetrics();
  cluster.on('listening', () => (listened = true));
  cluster.on('exit', (worker: Worker, code, signal) => {
    if (!stopping && !listened) {
      // No worker ever served (the port is taken, the configuration refused): forking again would loop forever.
      log.error({ pid: worker.process.pid, code, signal }, 'API worker stopped before serving: stopping');
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
      process.exit(1);
    }
    if (stopping) {
      // A worker still starting when the signal came has no handler yet: the signal ends it, with nothing to drain.
      if (code !== 0 && signal !== 'SIGTERM' && signal !== 'SIGINT') failed = true;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failed ? 1 : 0);
      return;
    }
    log.error({ pid: worker.process.pid, code, signal }, 'API worker stopped unexpectedly: starting another');
    fork();
  });
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, workers: n }, 'shutting down the workers');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    // The workers keep their own deadline; this one only guards against a worker that never exits.
    setTimeout(() => process.exit(1), shutdownTimeoutMs() + 5000).unref();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return new Promise((resolve) => {
    cluster.once('listening', (_worker, address) => {
      const host = address.address && address.address !== '::' ? address.address : '127.0.0.1';
      resolve(`http://${host.includes(':') ? `[${host}]` : host}:${address.port}`);
    });
    for (let i = 0; i < n; i++) fork();
  });
}
