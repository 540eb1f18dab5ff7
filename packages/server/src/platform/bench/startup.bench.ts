/**
 * Startup: what a cold process pays before it serves, the cost every test file (vitest imports the server's module
 * graph per file) and every `fidele` child process of the CLI tests pays again. In alternating rounds, each a
 * fresh `node --import tsx` process:
 * - bare: the loader alone (Node and tsx), the floor;
 * - server graph: importing platform/http/start-server.ts (the whole schema, every module the API serves);
 * - graph + deferred: the same, then the libraries the server now loads on first use (startup/libraries.ts),
 *   i.e. what importing them with the server would cost;
 * - `fidele start`: spawned on a migrated scratch SQLite database until /health/live, then /health/ready, answer.
 * Prints medians, min and max, and the ratios; asserts nothing. FIDELE_BENCH_STARTUP_ROUNDS (default 5).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMigrations } from '../../kernel/db/migrate.js';
import { freePort, repoRoot } from '../../testing/server-process.js';
import { scratchDatabase } from './scratch-database.js';
import { deferredLibraries } from './startup/libraries.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const probe = path.join(here, 'startup/import-probe.ts');
const serverGraph = path.resolve(here, '../http/start-server.ts');
const cli = path.resolve(here, '../cli.ts');

interface Probe {
  graphMs: number;
  graphCpuMs: number;
  extraMs: number;
  extraCpuMs: number;
  loaded: string[];
  wallMs: number;
}

function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ out: string; wallMs: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: here, env });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((done, fail) =>
    child.once('exit', (code) =>
      code === 0 ? done({ out, wallMs: performance.now() - t0 }) : fail(new Error(`exit ${code}:\n${out}`)),
    ),
  );
}

async function importProbe(target: string, extra: string[] = []): Promise<Probe> {
  const { out, wallMs } = await run([probe, target, ...extra]);
  const line = out.trim().split('\n').at(-1)!;
  return { ...(JSON.parse(line) as Omit<Probe, 'wallMs'>), wallMs };
}

async function untilOk(url: string, child: ChildProcess, t0: number): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`fidele start exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return performance.now() - t0;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** User + system CPU milliseconds a process has used so far (Linux; ticks of 10 ms), NaN elsewhere. */
function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/**
 * `fidele start --no-seed` on an already migrated database: milliseconds to /health/live, then to /health/ready,
 * and the CPU milliseconds the process had used once ready.
 */
async function startToHealth(databaseUrl: string): Promise<{ live: number; ready: number; cpu: number }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, FIDELE_LOG_LEVEL: 'silent' };
  for (const k of ['NODE_ENV', 'FIDELE_ENV', 'FIDELE_WORKERS']) delete env[k];
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', cli, 'start', '--no-seed', '--port', String(port)], {
    cwd: repoRoot,
    env,
    stdio: 'ignore',
  });
  try {
    const live = await untilOk(`http://127.0.0.1:${port}/health/live`, child, t0);
    const ready = await untilOk(`http://127.0.0.1:${port}/health/ready`, child, t0);
    return { live, ready, cpu: cpuMsOf(child.pid!) };
  } finally {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => x.toFixed(0);
const row = (name: string, xs: number[]) =>
  console.log(`| ${name} | ${ms(median(xs))} | ${ms(Math.min(...xs))} | ${ms(Math.max(...xs))} |`);

export async function benchStartup(): Promise<void> {
  const rounds = Number(process.env.FIDELE_BENCH_STARTUP_ROUNDS ?? 5);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('FIDELE_BENCH_STARTUP_ROUNDS must be an integer ≥ 1');
  const scratch = (await scratchDatabase('sqlite', 'startup'))!;
  await applyMigrations(scratch.target);
  const f = {
    bare: [] as number[],
    graph: [] as number[],
    graphCpu: [] as number[],
    graphWall: [] as number[],
    deferred: [] as number[],
    deferredCpu: [] as number[],
  };
  const health = { live: [] as number[], ready: [] as number[], cpu: [] as number[] };
  let loaded: string[] = [];
  try {
    await importProbe(serverGraph); // warms tsx's transform cache: every round then measures the same thing
    for (let r = 0; r < rounds; r++) {
      f.bare.push((await importProbe('-')).wallMs);
      const g = await importProbe(serverGraph);
      f.graph.push(g.graphMs);
      f.graphCpu.push(g.graphCpuMs);
      f.graphWall.push(g.wallMs);
      loaded = g.loaded;
      const d = await importProbe(serverGraph, deferredLibraries);
      f.deferred.push(d.extraMs);
      f.deferredCpu.push(d.extraCpuMs);
      const h = await startToHealth(scratch.target.url);
      health.live.push(h.live);
      health.ready.push(h.ready);
      health.cpu.push(h.cpu);
    }
  } finally {
    await scratch.drop();
  }
  console.log(`\n## startup (${rounds} rounds, each a fresh process; ms)\n`);
  console.log('| step | median | min | max |');
  console.log('| --- | ---: | ---: | ---: |');
  row('bare process (node + tsx), spawn to exit', f.bare);
  row('import of the server graph (start-server.ts), in process', f.graph);
  row('the same, CPU time (all threads of the process)', f.graphCpu);
  row('process importing the server graph, spawn to exit', f.graphWall);
  row(`then loading the deferred libraries (${deferredLibraries.join(', ')})`, f.deferred);
  row('the same, CPU time', f.deferredCpu);
  row('`fidele start --no-seed` (migrated SQLite): spawn to /health/live', health.live);
  row('`fidele start --no-seed`: spawn to /health/ready', health.ready);
  row('`fidele start --no-seed`: CPU time used once ready', health.cpu);
  const graph = median(f.graphCpu);
  const deferred = median(f.deferredCpu);
  console.log(
    `\nLoading the deferred libraries with the server would make its import cost ${((graph + deferred) / graph).toFixed(2)}× ` +
      `the CPU (+${ms(deferred)} ms per process). Server process ÷ bare process (wall): ` +
      `${(median(f.graphWall) / median(f.bare)).toFixed(2)}×.`,
  );
  console.log(
    `Deferred libraries in the require cache after importing the server: ${loaded.length ? `**${loaded.join(', ')}**` : 'none'}.`,
  );
}
