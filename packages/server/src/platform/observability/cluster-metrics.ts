import cluster from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import { registry } from './metrics.js';

/**
 * /metrics for a cluster (`FIDELE_WORKERS` above 1): whichever worker takes the scrape answers for every worker.
 * Node's cluster hands each connection to one worker, so a worker's own registry would show a different share of
 * the traffic at each scrape, and counters would seem to go back. prom-client's AggregatorRegistry gathers every
 * worker's registry in the primary over the cluster's IPC channel (counters and histograms summed, default process
 * metrics with their own aggregators, gauges of shared state such as a queue's depth taken once: see metrics.ts);
 * the worker asks its primary for that text here.
 */

const REQUEST = 'fidele:cluster-metrics-request';
const RESPONSE = 'fidele:cluster-metrics-response';
/** prom-client waits 5 s for each worker; a worker stuck longer must not hold the scrape forever. */
const TIMEOUT_MS = 8000;

interface MetricsMessage {
  type: string;
  id: number;
  text?: string;
  error?: string;
}

const isMessage = (m: unknown): m is MetricsMessage =>
  typeof m === 'object' && m !== null && typeof (m as MetricsMessage).type === 'string';

/** In the primary: answers its workers' requests for the whole cluster's metrics. Call once, before forking. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: unknown) => {
    if (!isMessage(message) || message.type !== REQUEST) return;
    aggregator
      .clusterMetrics()
      .then((text) => ({ type: RESPONSE, id: message.id, text }))
      .catch((error: unknown) => ({ type: RESPONSE, id: message.id, error: String(error) }))
      .then((reply) => {
        if (worker.isConnected()) worker.send(reply);
      });
  });
}

let nextId = 0;
const pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
let listening = false;

/** In a worker: lets the primary's aggregator read this process's registry (not prom-client's global one). */
export function shareWorkerMetrics(): void {
  if (!cluster.isWorker || listening) return;
  listening = true;
  AggregatorRegistry.setRegistries([registry]);
  // prom-client adds a worker's answer to its primary's requests when an AggregatorRegistry is first built.
  new AggregatorRegistry();
  process.on('message', (message: unknown) => {
    if (!isMessage(message) || message.type !== RESPONSE) return;
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.text !== undefined) waiter.resolve(message.text);
    else waiter.reject(new Error(message.error ?? 'no metrics'));
  });
}

/**
 * The Prometheus text this process serves: the whole cluster's in a worker of a cluster, else its own registry.
 * A primary that does not answer in time fails the scrape (Prometheus marks it down) rather than serving one
 * worker's counters as if they were the cluster's.
 */
export async function metricsText(): Promise<string> {
  if (!cluster.isWorker || !listening || !process.send) return registry.metrics();
  const id = nextId++;
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error('the cluster primary did not send the metrics in time'));
    }, TIMEOUT_MS);
    pending.set(id, {
      resolve: (text) => (clearTimeout(timer), resolve(text)),
      reject: (error) => (clearTimeout(timer), reject(error)),
    });
    process.send!({ type: REQUEST, id });
  });
}
