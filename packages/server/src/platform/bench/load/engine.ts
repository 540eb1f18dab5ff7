/**
 * The engine of the load bench: `clients` simulated users, each sending one request after the other (a closed
 * loop: a client waits for its answer before the next), spread over the instances round-robin per request, for a
 * warm-up and then a timed phase. Every request is checked: HTTP 200, a JSON body with `data` and no `errors`,
 * else it counts as an error under its code (the GraphQL `extensions.code`, `HTTP 429`, `NETWORK`, `TIMEOUT`).
 * Every latency of the timed phase is kept (an array per operation), so percentiles are exact.
 *
 * An update sends the version the client last saw. Each client updates only its own contacts (a share of the
 * seeded ones, and those it created), so a CONFLICT means someone else wrote the row (a job, say): the client then
 * does what the admin does, reads the current version and saves again, once; the retry is counted, and a second
 * CONFLICT is an error.
 */
import type { LoadFixture } from './fixture.js';
import { type ClientState, emptyLedger, type GraphqlRequest, type Ledger, type Operation } from './operations.js';

export interface EngineOptions {
  urls: string[];
  clients: number;
  seconds: number;
  /** Seconds of the same traffic before timing; its writes count in the ledger, its latencies do not. */
  warmupSeconds: number;
  /** Share of requests that are writes, 0 to 1. */
  writeShare: number;
  operations: Operation[];
  fixture: LoadFixture;
  token: string;
  /** @default 'customer_service' */
  purpose?: string;
  /** Called between the warm-up and the timed phase (to start measuring the instances), then after it. */
  beforeTimed?: () => unknown;
  afterTimed?: () => unknown;
  /** A request not answered within it is an error (TIMEOUT). @default 30_000 */
  timeoutMs?: number;
}

export interface OperationStats {
  name: string;
  kind: Operation['kind'];
  /** Latency of each successful or failed request of the timed phase, ms. */
  latencies: number[];
  /** Errors by code. */
  errors: Map<string, number>;
  /** The first message seen for each code, to say what went wrong. */
  examples: Map<string, string>;
}

export interface EngineResult {
  /** Length of the timed phase, s. */
  seconds: number;
  operations: OperationStats[];
  /** Answers (of any kind) each instance gave during the timed phase, in the order of `urls`. */
  perInstance: number[];
  /** Rows the successful writes of both phases created. */
  ledger: Ledger;
  /** Updates that met a CONFLICT and succeeded after re-reading the version. */
  conflictRetries: number;
  warmupRequests: number;
  /** Errors of the warm-up, by operation and code (also errors: the bench adds them to its count). */
  warmupErrors: { name: string; code: string; count: number; example: string }[];
}

/** A small seeded generator (mulberry32): each client's choices are the same from run to run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function chooser(o: EngineOptions): (random: () => number) => Operation {
  const byKind = (kind: Operation['kind']) => o.operations.filter((op) => op.kind === kind && op.weight > 0);
  const weighted = (ops: Operation[], random: () => number) => {
    let x = random() * ops.reduce((s, op) => s + op.weight, 0);
    for (const op of ops) if ((x -= op.weight) < 0) return op;
    return ops.at(-1)!;
  };
  const [reads, writes] = [byKind('read'), byKind('write')];
  return (random) => {
    const write = writes.length > 0 && (reads.length === 0 || random() < o.writeShare);
    return weighted(write ? writes : reads, random);
  };
}

interface Outcome {
  instance: number;
  error?: { code: string; message: string };
  data?: any;
}

export async function runEngine(o: EngineOptions): Promise<EngineResult> {
  const ledger = emptyLedger();
  const choose = chooser(o);
  let next = 0;
  let conflictRetries = 0;
  const headers = {
    'content-type': 'application/json',
    accept: 'application/json',
    authorization: `Bearer ${o.token}`,
    'x-fidele-purpose': o.purpose ?? 'customer_service',
  };

  const send = async (body: GraphqlRequest): Promise<Outcome> => {
    const instance = next++ % o.urls.length;
    try {
      const res = await fetch(`${o.urls[instance]}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(o.timeoutMs ?? 30_000),
      });
      const text = await res.text();
      let json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
      try {
        json = JSON.parse(text) as typeof json;
      } catch {
        // not JSON: reported below
      }
      const first = json?.errors?.[0];
      if (res.status !== 200) return { instance, error: { code: `HTTP ${res.status}`, message: text.slice(0, 300) } };
      if (first)
        return { instance, error: { code: first.extensions?.code ?? 'GRAPHQL_ERROR', message: first.message } };
      if (!json?.data) return { instance, error: { code: 'NO_DATA', message: text.slice(0, 300) } };
      return { instance, data: json.data };
    } catch (error) {
      const timeout = error instanceof Error && error.name === 'TimeoutError';
      return { instance, error: { code: timeout ? 'TIMEOUT' : 'NETWORK', message: String(error) } };
    }
  };

  /** One operation, with the update's single retry after a CONFLICT. */
  const perform = async (op: Operation, client: ClientState): Promise<Outcome> => {
    const request = op.request(client);
    const first = await send(request);
    const vars = request.variables as { id?: string; version?: number } | undefined;
    if (first.error?.code !== 'CONFLICT' || vars?.version === undefined || !vars.id) return first;
    const current = await send({
      query: `query($id: ID!) { contact(id: $id) { version } }`,
      variables: { id: vars.id },
    });
    if (current.error) return current;
    vars.version = current.data.contact.version as number;
    const again = await send(request);
    if (!again.error) conflictRetries++;
    return again;
  };

  const clients: ClientState[] = Array.from({ length: o.clients }, (_, index) => ({
    index,
    random: generator(index + 1),
    fixture: o.fixture,
    versions: new Map(
      o.fixture.contacts.filter((_, i) => i % o.clients === index).map((c) => [c.id, c.version] as [number, number]),
    ),
  }));

  const phase = async (seconds: number, stats: Map<Operation, OperationStats>, perInstance: number[]) => {
    const end = performance.now() + seconds * 1000;
    let requests = 0;
    await Promise.all(
      clients.map(async (client) => {
        while (performance.now() < end) {
          const op = choose(client.random);
          const t0 = performance.now();
          const outcome = await perform(op, client);
          const ms = performance.now() - t0;
          requests++;
          perInstance[outcome.instance]! += 1;
          const s = stats.get(op)!;
          s.latencies.push(ms);
          if (outcome.error) {
            s.errors.set(outcome.error.code, (s.errors.get(outcome.error.code) ?? 0) + 1);
            if (!s.examples.has(outcome.error.code)) s.examples.set(outcome.error.code, outcome.error.message);
          } else op.done?.(outcome.data, client, ledger);
        }
      }),
    );
    return requests;
  };

  const newStats = () =>
    new Map(
      o.operations.map((op) => [
        op,
        { name: op.name, kind: op.kind, latencies: [], errors: new Map(), examples: new Map() } as OperationStats,
      ]),
    );
  const warmupStats = newStats();
  const warmupRequests =
    o.warmupSeconds > 0
      ? await phase(
          o.warmupSeconds,
          warmupStats,
          o.urls.map(() => 0),
        )
      : 0;
  const warmupErrors = [...warmupStats.values()].flatMap((s) =>
    [...s.errors].map(([code, count]) => ({ name: s.name, code, count, example: s.examples.get(code) ?? '' })),
  );
  const stats = newStats();
  const perInstance = o.urls.map(() => 0);
  await o.beforeTimed?.();
  const t0 = performance.now();
  await phase(o.seconds, stats, perInstance);
  const seconds = (performance.now() - t0) / 1000;
  await o.afterTimed?.();
  return {
    seconds,
    operations: [...stats.values()],
    perInstance,
    ledger,
    conflictRetries,
    warmupRequests,
    warmupErrors,
  };
}
