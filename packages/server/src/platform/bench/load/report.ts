/**
 * The load bench's tables: per operation and overall, requests, errors by code, req/s and exact latency
 * percentiles (from every recorded latency); per instance, the answers it gave, its CPU and its peak memory.
 */
import type { EngineResult, OperationStats } from './engine.js';
import type { InstanceUsage } from './instances.js';
import type { MachineUsage } from './machine.js';

/** The nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const errorCount = (s: Pick<OperationStats, 'errors'>): number =>
  [...s.errors.values()].reduce((a, b) => a + b, 0);

const fixed = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const codes = (errors: Map<string, number>) =>
  errors.size ? [...errors].map(([code, n]) => `${n} ${code}`).join(', ') : '0';

function row(label: string, kind: string, latencies: number[], errors: Map<string, number>, seconds: number) {
  const sorted = Float64Array.from(latencies).sort();
  const xs = Array.from(sorted);
  return (
    `| ${label} | ${kind} | ${latencies.length} | ${codes(errors)} | ${fixed(latencies.length / seconds)} | ` +
    `${fixed(percentile(xs, 50))} | ${fixed(percentile(xs, 95))} | ${fixed(percentile(xs, 99))} | ${fixed(xs.at(-1) ?? NaN)} |`
  );
}

export function printOperations(r: EngineResult): void {
  console.log('\n| operation | kind | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |');
  console.log('| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const s of r.operations) console.log(row(s.name, s.kind, s.latencies, s.errors, r.seconds));
  for (const kind of ['read', 'write'] as const) {
    const ops = r.operations.filter((s) => s.kind === kind);
    console.log(
      row(
        `**all ${kind}s**`,
        kind,
        ops.flatMap((s) => s.latencies),
        merged(ops),
        r.seconds,
      ),
    );
  }
  console.log(
    row(
      '**all**',
      '',
      r.operations.flatMap((s) => s.latencies),
      merged(r.operations),
      r.seconds,
    ),
  );
  const examples = r.operations.flatMap((s) => [...s.examples].map(([code, m]) => `- ${s.name}, ${code}: ${m}`));
  if (examples.length) console.log(`\nFirst error of each kind:\n${examples.join('\n')}`);
}

function merged(ops: OperationStats[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of ops) for (const [code, n] of s.errors) out.set(code, (out.get(code) ?? 0) + n);
  return out;
}

export function printInstances(
  names: string[],
  r: EngineResult,
  usage: InstanceUsage[],
  machine: MachineUsage & { transactionsPerSecond: number },
): void {
  const share = (ms: number) => `${fixed(ms / 10 / r.seconds, 0)} %`;
  console.log('\n| instance | answers | CPU s | CPU (% of one core) | CPU ms/answer | peak RSS MB | RSS end MB |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  names.forEach((name, i) => {
    const u = usage[i]!;
    const answers = r.perInstance[i]!;
    console.log(
      `| ${name} | ${answers} | ${fixed(u.cpuMs / 1000)} | ${share(u.cpuMs)} | ` +
        `${fixed(u.cpuMs / answers, 2)} | ${fixed(u.peakMb, 0)} | ${fixed(u.rssMb, 0)} |`,
    );
  });
  console.log(
    `\nPostgreSQL backends of the scratch database: ${fixed(machine.databaseCpuMs / 1000)} s CPU ` +
      `(${share(machine.databaseCpuMs)} of one core), ${fixed(machine.transactionsPerSecond)} transactions/s ` +
      `committed. Clients (the bench process): ${fixed(machine.clientCpuMs / 1000)} s CPU ` +
      `(${share(machine.clientCpuMs)}). Machine: ${machine.cores} cores, load average ${fixed(machine.loadAverage)} ` +
      'at the end of the run (other work included).',
  );
}
