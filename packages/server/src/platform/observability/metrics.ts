import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { rootLogger } from './logger.js';

/**
 * The process's Prometheus metrics (prom-client), served at GET /metrics (metrics-route.ts). One registry per
 * process: jobs run outside any server (`jobs:run`), and a process serves one API. OPERATIONS.md#metrics lists them.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'fidele_' });

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

const graphqlRequests = new Counter({
  name: 'fidele_graphql_requests_total',
  help: 'GraphQL requests by operation name and outcome (ok, or the first error code)',
  labelNames: ['operation', 'outcome'] as const,
  registers: [registry],
});

const graphqlDuration = new Histogram({
  name: 'fidele_graphql_request_duration_seconds',
  help: 'Duration of GraphQL requests by operation name, from the request to the end of the response',
  labelNames: ['operation'] as const,
  buckets: SECONDS,
  registers: [registry],
});

const httpRequests = new Counter({
  name: 'fidele_http_requests_total',
  help: 'HTTP requests by route (the route pattern, never the path), method and status',
  labelNames: ['route', 'method', 'status'] as const,
  registers: [registry],
});

const httpDuration = new Histogram({
  name: 'fidele_http_request_duration_seconds',
  help: 'Duration of HTTP requests by route',
  labelNames: ['route'] as const,
  buckets: SECONDS,
  registers: [registry],
});

const jobRuns = new Counter({
  name: 'fidele_job_runs_total',
  help: 'Runs of scheduled jobs by job and outcome (ok or failed)',
  labelNames: ['job', 'outcome'] as const,
  registers: [registry],
});

const jobDuration = new Histogram({
  name: 'fidele_job_run_duration_seconds',
  help: 'Duration of runs of scheduled jobs',
  labelNames: ['job'] as const,
  buckets: [0.01, 0.1, 0.5, 1, 5, 15, 60, 300],
  registers: [registry],
});

/** Reads the depth of a queue (jobs waiting); registered by whoever owns the queue. */
export type QueueDepthReader = () => number | Promise<number>;
const queues = new Map<string, QueueDepthReader>();

new Gauge({
  name: 'fidele_queue_depth',
  help: 'Jobs waiting in each registered queue, read at scrape time',
  labelNames: ['queue'] as const,
  registers: [registry],
  // Every worker of a cluster reads the same queue in the database: the cluster's value is one reading, not the sum.
  aggregator: 'max',
  async collect() {
    this.reset();
    for (const [queue, read] of queues) {
      try {
        this.set({ queue }, await read());
      } catch (error) {
        // A queue that cannot be read is left out of this scrape rather than failing the others.
        rootLogger().warn({ err: error, queue }, 'queue depth unreadable');
      }
    }
  },
});

/**
 * Makes a queue's depth a metric (`fidele_queue_depth{queue}`), read at each scrape; returns a function that
 * removes it. A second registration under the same name replaces the first.
 */
export function registerQueueDepth(queue: string, read: QueueDepthReader): () => void {
  queues.set(queue, read);
  return () => {
    if (queues.get(queue) === read) queues.delete(queue);
  };
}

/** Connection counts of a database pool, read at scrape time (a PostgreSQL pool; SQLite has none). */
export type PoolReader = () => { totalCount: number; idleCount: number; waitingCount: number } | undefined;
const pools = new Set<PoolReader>();

new Gauge({
  name: 'fidele_db_pool_connections',
  help: 'PostgreSQL pool: connections open (total), idle, and queries waiting for a connection (waiting)',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    this.reset();
    const counts = { total: 0, idle: 0, waiting: 0 };
    let any = false;
    for (const read of pools) {
      const pool = read();
      if (!pool) continue;
      any = true;
      counts.total += pool.totalCount;
      counts.idle += pool.idleCount;
      counts.waiting += pool.waitingCount;
    }
    if (any) for (const [state, value] of Object.entries(counts)) this.set({ state }, value);
  },
});

/** Adds a pool to `fidele_db_pool_connections`; returns a function that removes it. */
export function registerPool(read: PoolReader): () => void {
  pools.add(read);
  return () => void pools.delete(read);
}

/**
 * Operation names are chosen by clients: past this many distinct names, new ones count as `other`, so that a
 * client inventing names cannot grow the metrics without bound.
 */
const MAX_OPERATIONS = 200;
const seenOperations = new Set<string>();

function operationLabel(name: string | null): string {
  if (!name) return '(anonymous)';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATIONS) return 'other';
  seenOperations.add(name);
  return name;
}

/** Counts one GraphQL request and its duration. */
export function recordGraphqlRequest(name: string | null, errorCodes: string[], seconds: number): void {
  const operation = operationLabel(name);
  graphqlRequests.inc({ operation, outcome: errorCodes[0] ?? 'ok' });
  graphqlDuration.observe({ operation }, seconds);
}

/** Counts one HTTP request (every route, /graphql included) and its duration. */
export function recordHttpRequest(route: string, method: string, status: number, seconds: number): void {
  httpRequests.inc({ route, method, status: String(status) });
  httpDuration.observe({ route }, seconds);
}

/** Counts one run of a scheduled job. */
export function recordJobRun(job: string, failed: boolean, seconds: number): void {
  jobRuns.inc({ job, outcome: failed ? 'failed' : 'ok' });
  jobDuration.observe({ job }, seconds);
}

// Read replicas (kernel/db/read-replicas.ts, http/use-replica-routing.ts).
const routedReads = new Counter({
  name: 'fidele_db_reads_total',
  help:
    'GraphQL query operations by the database that served their reads (primary or replica) and why (replica, ' +
    'own_write, lagging, unreachable, position_unknown); replica_failed counts reads run again on the primary',
  labelNames: ['target', 'reason'] as const,
  registers: [registry],
});

/** Counts one query operation's reads by where they went (or one read that failed over to the primary). */
export function recordRoutedRead(target: 'primary' | 'replica', reason: string): void {
  routedReads.inc({ target, reason });
}
