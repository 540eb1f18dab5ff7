/**
 * API over HTTP (issue 17): Fidele, PostGraphile 5 and a hand-written SQL baseline, each a separate process on the
 * same seeded database, answer the same four queries; the bench first checks that they return the same rows, then
 * drives each with autocannon in alternating rounds and prints throughput, latency, CPU per request and memory of
 * each server process, and the ratios of the issue's goals. The same on SQLite without PostGraphile (PostgreSQL
 * only). How to run it and what each figure means: BENCH.md. Prints figures; asserts nothing.
 *
 * FIDELE_BENCH_HTTP_CONTACTS (default 20000), FIDELE_BENCH_HTTP_SECONDS per run (10), FIDELE_BENCH_HTTP_ROUNDS (3),
 * FIDELE_BENCH_HTTP_CONNECTIONS (8), FIDELE_BENCH_HTTP_WARMUP seconds per query and server (2),
 * FIDELE_BENCH_HTTP_DATABASES (`postgresql,sqlite`).
 */
import type { Provider } from '../../kernel/db/paths.js';
import { prepareDatabase, startServers, stopServers } from './api-http/harness.js';
import { runLoad, Tally } from './api-http/load.js';
import type { ServerKind, ServerProcess } from './api-http/processes.js';
import { benchQueries, type BenchQuery, type QueryName } from './api-http/queries.js';
import { checkRows, requestFor, type RowCheck } from './api-http/row-check.js';
import { pgAdminUrl, scratchDatabase } from './scratch-database.js';

interface Settings {
  contacts: number;
  seconds: number;
  rounds: number;
  connections: number;
  warmup: number;
  databases: Provider[];
}

function positive(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got ${raw}`);
  return value;
}

function settings(): Settings {
  const databases = (process.env.FIDELE_BENCH_HTTP_DATABASES ?? 'postgresql,sqlite').split(',').map((d) => d.trim());
  for (const d of databases)
    if (d !== 'postgresql' && d !== 'sqlite') throw new Error(`FIDELE_BENCH_HTTP_DATABASES: unknown database ${d}`);
  return {
    contacts: positive('FIDELE_BENCH_HTTP_CONTACTS', 20_000),
    seconds: positive('FIDELE_BENCH_HTTP_SECONDS', 10),
    rounds: positive('FIDELE_BENCH_HTTP_ROUNDS', 3),
    connections: positive('FIDELE_BENCH_HTTP_CONNECTIONS', 8),
    warmup: positive('FIDELE_BENCH_HTTP_WARMUP', 2, 0),
    databases: databases as Provider[],
  };
}

const fideleWorkers = Number(process.env.FIDELE_BENCH_HTTP_WORKERS ?? 1);
const label: Record<ServerKind, string> = {
  fidele: fideleWorkers > 1 ? `Fidele (${fideleWorkers} workers)` : 'Fidele',
  postgraphile: 'PostGraphile 5',
  hand: 'hand SQL',
};
const fixed = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const ratio = (a: number, b: number) => (Number.isFinite(a / b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–');

function printRowChecks(checks: RowCheck[]): void {
  console.log('\nRow check (each server against the hand-SQL rows, before timing):\n');
  console.log('| query | server | rows | check |');
  console.log('| --- | --- | ---: | --- |');
  for (const c of checks)
    if (c.server !== 'hand') console.log(`| ${c.query.name} | ${label[c.server]} | ${c.rows} | ${c.verdict} |`);
  const failed = checks.filter((c) => !c.ok);
  if (failed.length)
    console.log(
      `\n**ROW CHECK FAILED** for ${failed.map((c) => `${c.query.name} on ${label[c.server]}`).join(', ')}: ` +
        'their figures below are for different rows.',
    );
}

type Tallies = Map<QueryName, Map<ServerKind, Tally>>;

async function drive(servers: ServerProcess[], prepared: Awaited<ReturnType<typeof prepareDatabase>>, s: Settings) {
  const tallies: Tallies = new Map(
    benchQueries.map((q) => [q.name, new Map(servers.map((x) => [x.kind, new Tally()]))]),
  );
  // A server that dies mid-run is reported with its exit and last output, not as a missing /proc file.
  const load = (server: ServerProcess, q: BenchQuery, seconds: number) =>
    runLoad(server.url, server.pid, requestFor(server.kind, q, prepared.fixture, prepared.caller), {
      connections: s.connections,
      seconds,
    }).catch((error: unknown) => {
      throw new Error(server.exitReport() ?? String(error), { cause: error });
    });
  if (s.warmup > 0) for (const q of benchQueries) for (const server of servers) await load(server, q, s.warmup);
  for (let round = 0; round < s.rounds; round++) {
    for (const q of benchQueries) {
      // Each round starts with another server, so none is always the one that runs after a given other.
      const order = servers.map((_, i) => servers[(i + round) % servers.length]!);
      for (const server of order) {
        const run = await load(server, q, s.seconds);
        tallies.get(q.name)!.get(server.kind)!.add(run);
      }
    }
    console.error(`  round ${round + 1}/${s.rounds} done`);
  }
  return tallies;
}

function printFigures(tallies: Tallies, checks: RowCheck[], kinds: ServerKind[]): void {
  console.log(
    '\n| query | server | rows | responses | req/s | p50 ms | p99 ms | CPU ms/req | peak RSS MB | RSS end MB | failed |',
  );
  console.log('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const q of benchQueries)
    for (const kind of kinds) {
      const t = tallies.get(q.name)!.get(kind)!;
      const check = checks.find((c) => c.query.name === q.name && c.server === kind);
      const rows = kind === 'hand' ? 'reference' : check?.ok ? 'OK' : '**DIFFERENT**';
      console.log(
        `| ${q.name}: ${q.title} | ${label[kind]} | ${rows} | ${t.requests} | ${fixed(t.reqPerSecond)} | ${fixed(t.p50)} | ` +
          `${fixed(t.p99)} | ${fixed(t.cpuPerRequest, 2)} | ${fixed(t.peakMb, 0)} | ${fixed(t.rssMb, 0)} | ${t.failures} |`,
      );
    }
}

function printRatios(tallies: Tallies, kinds: ServerKind[]): void {
  const pgl = kinds.includes('postgraphile');
  console.log(
    pgl
      ? '\n| query | Fidele ÷ PostGraphile req/s (goal ≥ 1) | Fidele ÷ hand SQL p50 (goal ≤ 2) | Fidele ÷ PostGraphile peak memory (goal ≤ 1.5) | Fidele ÷ hand SQL req/s |'
      : '\n| query | Fidele ÷ hand SQL req/s | Fidele ÷ hand SQL p50 (goal ≤ 2) | Fidele ÷ hand SQL peak memory |',
  );
  console.log(pgl ? '| --- | ---: | ---: | ---: | ---: |' : '| --- | ---: | ---: | ---: |');
  for (const q of benchQueries) {
    const t = tallies.get(q.name)!;
    const [f, h, p] = [t.get('fidele')!, t.get('hand')!, t.get('postgraphile')];
    const cells = p
      ? [
          ratio(f.reqPerSecond, p.reqPerSecond),
          ratio(f.p50, h.p50),
          ratio(f.peakMb, p.peakMb),
          ratio(f.reqPerSecond, h.reqPerSecond),
        ]
      : [ratio(f.reqPerSecond, h.reqPerSecond), ratio(f.p50, h.p50), ratio(f.peakMb, h.peakMb)];
    console.log(`| ${q.name} | ${cells.join(' | ')} |`);
  }
}

async function benchOn(provider: Provider, s: Settings): Promise<void> {
  const scratch = await scratchDatabase(provider, 'http');
  if (!scratch) {
    console.log(`\n(PostgreSQL not reachable at ${pgAdminUrl}: skipped)`);
    return;
  }
  let servers: ServerProcess[] = [];
  try {
    const prepared = await prepareDatabase(scratch.target, s.contacts);
    const kinds: ServerKind[] = provider === 'postgresql' ? ['fidele', 'postgraphile', 'hand'] : ['fidele', 'hand'];
    servers = await startServers(kinds, scratch.target);
    console.log(
      `\n## API over HTTP on ${provider}: ${s.contacts} seeded contacts (seeded in ${fixed(prepared.seedSeconds)} s), ` +
        `${s.connections} connections, ${s.rounds} rounds of ${s.seconds} s per query and server`,
    );
    const f = prepared.fixture;
    console.log(
      `\nRows asked: action ${f.actionId} (most targets), contact ${f.contactId} (most sales), ${f.productCode}.`,
    );
    const checks = await checkRows(servers, benchQueries, prepared.fixture, prepared.caller);
    printRowChecks(checks);
    const tallies = await drive(servers, prepared, s);
    printFigures(tallies, checks, kinds);
    printRatios(tallies, kinds);
  } finally {
    await stopServers(servers);
    await scratch.drop();
  }
}

export async function benchApiHttp(): Promise<void> {
  const s = settings();
  for (const provider of s.databases) await benchOn(provider, s);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchApiHttp();
