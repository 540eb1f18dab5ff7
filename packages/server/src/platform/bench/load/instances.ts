/**
 * The two Fidele instances of the load bench: real `fidele start` processes (platform/cli.ts) on the same
 * PostgreSQL database and the same Redis, in production mode, scheduled jobs on in each, as two replicas behind a
 * load balancer run. Spawned as `node --import tsx` (no wrapper process), so the pid is the server's and /proc
 * measures it alone; ready once /health/ready answers 200; always stopped (SIGTERM, then SIGKILL).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../../kernel/db/paths.js';
import { freePort } from '../../../testing/server-process.js';
import { cpuMs, memoryMb, resetPeak } from '../api-http/processes.js';

const cli = path.join(repoRoot, 'packages/server/src/platform/cli.ts');

export interface Instance {
  name: string;
  url: string;
  pid: number;
  /** Null while it runs; once it has exited, how, with the end of its output. */
  exitReport(): string | null;
  /** The first lines it logged at level error or fatal (pino 50, 60): why an answer was INTERNAL_SERVER_ERROR. */
  errorLines(): string[];
  stop(): Promise<void>;
}

export interface InstanceSettings {
  databaseUrl: string;
  redisUrl: string;
  tokenSecret: string;
  /** Added to the environment of each instance (e.g. FIDELE_LOG_LEVEL). */
  env?: Record<string, string>;
}

/** The environment of an instance: production mode, the shared token key, the shared rate-limit store. */
export function instanceEnv(s: InstanceSettings): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['FIDELE_ENV', 'FIDELE_WORKERS', 'FIDELE_READ_REPLICA_URL']) delete env[k];
  return {
    ...env,
    NODE_ENV: 'production',
    DATABASE_URL: s.databaseUrl,
    FIDELE_TOKEN_SECRET: s.tokenSecret,
    FIDELE_REDIS_URL: s.redisUrl,
    // Counters are keyed by row ids: a prefix per run keeps another database's counters apart.
    FIDELE_RATE_LIMIT_PREFIX: `fidele-bench-load-${process.pid}`,
    ...s.env,
  };
}

async function waitReady(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`fidele start exited (${child.exitCode ?? child.signalCode}):\n${output().slice(-2000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`fidele start not ready within ${timeoutMs} ms:\n${output().slice(-2000)}`);
    }
    try {
      if ((await fetch(`${url}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

export async function startInstance(name: string, s: InstanceSettings, timeoutMs = 180_000): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', cli, 'start', '--no-seed', '--port', String(port)], {
    cwd: repoRoot,
    env: instanceEnv(s),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Keep reading (a server logging every request must never block on a full pipe), keep the end to explain an exit.
  let output = '';
  const errors: string[] = [];
  let partial = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop()!.slice(-20_000);
    for (const line of lines)
      if (errors.length < 20 && /"level":(50|60)\b/.test(line)) errors.push(line.slice(0, 3000));
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exit: string | null = null;
  child.once('exit', (code, signal) => void (exit = `exited (${code ?? signal})`));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitReady(url, child, () => output, timeoutMs);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return {
    name,
    url,
    pid: child.pid!,
    exitReport: () => (exit ? `${name} ${exit}:\n${output.slice(-2000)}` : null),
    errorLines: () => [...errors],
    stop: () => stopChild(child),
  };
}

/** Starts the instances one after the other (a start is CPU-heavy); on a failure stops those already started. */
export async function startInstances(count: number, s: InstanceSettings): Promise<Instance[]> {
  const started: Instance[] = [];
  try {
    for (let i = 0; i < count; i++) started.push(await startInstance(`instance ${String.fromCharCode(65 + i)}`, s));
    return started;
  } catch (error) {
    await stopInstances(started);
    throw error;
  }
}

export async function stopInstances(instances: Instance[]): Promise<void> {
  await Promise.all(instances.map((i) => i.stop().catch(() => {})));
}

/** CPU and memory of an instance over the timed run: `begin` before it, `end` after. */
export interface InstanceUsage {
  cpuMs: number;
  peakMb: number;
  rssMb: number;
}

export function measureInstance(instance: Instance): { end(): InstanceUsage } {
  resetPeak(instance.pid);
  const before = cpuMs(instance.pid);
  return {
    end: () => {
      const memory = memoryMb(instance.pid);
      return { cpuMs: cpuMs(instance.pid) - before, peakMb: memory.peak, rssMb: memory.rss };
    },
  };
}
