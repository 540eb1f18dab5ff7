/**
 * Load on two instances (issue 18): two `fidele start` processes in production mode on one seeded PostgreSQL
 * database and one Redis (shared rate limits), scheduled jobs on in both, and `clients` simulated back-office users
 * sending a mix of reads and writes through GraphQL, round-robin per request over the two instances, for a
 * warm-up and then a timed run. Prints per operation and overall the requests, errors by code, req/s, p50, p95,
 * p99 and max latency; each instance's answers, CPU and peak memory; PostgreSQL's transactions/s; then checks that
 * each write landed exactly once. Ends with `errors: N (zero expected)` and exits 1 when N > 0 or a write did not
 * land exactly once. Settings (load/harness.ts): FIDELE_BENCH_LOAD_CONTACTS, _SECONDS, _CLIENTS, _WARMUP, _WRITES.
 */
import { createDb } from '../../kernel/db/client.js';
import { checkConsistency, printConsistency } from './load/consistency.js';
import { runEngine } from './load/engine.js';
import { committedTransactions, loadSettings, prepareLoad } from './load/harness.js';
import { type Instance, type InstanceUsage, measureInstance, startInstances, stopInstances } from './load/instances.js';
import { measureMachine, type MachineUsage } from './load/machine.js';
import { loadOperations } from './load/operations.js';
import { errorCount, printInstances, printOperations } from './load/report.js';
import { pgAdminUrl, scratchDatabase } from './scratch-database.js';

export async function benchLoad(): Promise<void> {
  const s = loadSettings();
  const scratch = await scratchDatabase('postgresql', 'load');
  if (!scratch) throw new Error(`PostgreSQL not reachable at ${pgAdminUrl}: the load bench needs it`);
  let instances: Instance[] = [];
  let failed = 0;
  try {
    const prepared = await prepareLoad(scratch.target, s.contacts);
    instances = await startInstances(2, {
      databaseUrl: scratch.target.url,
      redisUrl: s.redisUrl,
      tokenSecret: prepared.tokenSecret,
    });
    const mix = loadOperations.map((op) => `${op.name} (${op.kind}, weight ${op.weight})`).join('; ');
    console.log(
      `\n## Load on two instances: ${s.contacts} seeded contacts (seeded in ${prepared.seedSeconds.toFixed(1)} s), ` +
        `${s.clients} clients round-robin per request over the two, ${s.warmupSeconds} s warm-up then ${s.seconds} s ` +
        `timed, ${Math.round(s.writeShare * 100)} % writes\n\nMix: ${mix}.`,
    );
    let usage: ReturnType<typeof measureInstance>[] = [];
    let used: InstanceUsage[] = [];
    let xacts = 0;
    let transactions = 0;
    let machine: ReturnType<typeof measureMachine> | undefined;
    let machineUsed: MachineUsage | undefined;
    const database = new URL(scratch.target.url).pathname.slice(1);
    const result = await runEngine({
      urls: instances.map((i) => i.url),
      clients: s.clients,
      seconds: s.seconds,
      warmupSeconds: s.warmupSeconds,
      writeShare: s.writeShare,
      operations: loadOperations,
      fixture: prepared.fixture,
      token: prepared.token,
      beforeTimed: async () => {
        usage = instances.map(measureInstance);
        machine = measureMachine(database);
        xacts = await committedTransactions(scratch.target.url);
      },
      afterTimed: async () => {
        used = usage.map((u) => u.end());
        machineUsed = machine!.end();
        transactions = (await committedTransactions(scratch.target.url)) - xacts;
      },
    }).catch((error: unknown) => {
      throw new Error(instances.map((i) => i.exitReport()).find(Boolean) ?? String(error), { cause: error });
    });
    printOperations(result);
    printInstances(
      instances.map((i) => i.name),
      result,
      used,
      { ...machineUsed!, transactionsPerSecond: transactions / result.seconds },
    );
    const db = createDb(scratch.target);
    const checks = await checkConsistency(db, prepared.fixture.before, result.ledger).finally(() => db.$disconnect());
    printConsistency(checks);
    if (result.conflictRetries) console.log(`\n${result.conflictRetries} updates saved again after a CONFLICT.`);
    for (const w of result.warmupErrors) console.log(`warm-up error: ${w.name}: ${w.count} × ${w.code}: ${w.example}`);
    failed =
      result.operations.reduce((n, op) => n + errorCount(op), 0) + result.warmupErrors.reduce((n, w) => n + w.count, 0);
    for (const i of instances) for (const line of i.errorLines()) console.log(`${i.name} logged: ${line}`);
    console.log(`\nerrors: ${failed} (zero expected)`);
    if (checks.some((c) => !c.ok)) {
      console.log('a write did not land exactly once (table above)');
      failed += 1;
    }
  } finally {
    await stopInstances(instances);
    await scratch.drop();
  }
  if (failed > 0) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLoad();
