/**
 * The servers of the api-http bench as child processes, so that each one's CPU time and memory are its own: spawned
 * with `node --import tsx` (no wrapper process, so the pid is the server's), ready when it prints
 * `listening <url>`, measured through /proc, and always killed (SIGTERM, then SIGKILL).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../../../kernel/db/paths.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export type ServerKind = 'fidele' | 'postgraphile' | 'hand';

const entries: Record<ServerKind, string> = {
  fidele: 'fidele-server.ts',
  postgraphile: 'postgraphile-server.ts',
  hand: 'hand-server.ts',
};

export interface ServerProcess {
  kind: ServerKind;
  url: string;
  pid: number;
  /** Stops the process (idempotent). */
  kill(): Promise<void>;
  /** Null while it runs; once it has exited, how (code or signal) and the end of its output. */
  exitReport(): string | null;
}

/** Starts one server on `databaseUrl`; rejects with its output if it exits or stays silent for `timeoutMs`. */
export async function startServerProcess(
  kind: ServerKind,
  databaseUrl: string,
  env: Record<string, string> = {},
  timeoutMs = 180_000,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, entries[kind])], {
    cwd: repoRoot,
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl, GRAPHILE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(`no "listening" line after ${timeoutMs} ms`), timeoutMs);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${kind} server: ${why}\n${output.slice(-2000)}`));
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.once('exit', (code, signal) => fail(`exited (${code ?? signal}) before listening`));
    child.once('error', (error) => fail(error.message));
  });
  // Keep reading (a chatty server must never block on a full pipe), and keep the end of the output to explain an
  // exit in the middle of the bench.
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4000));
  child.stdout!.removeAllListeners('data').on('data', keep);
  child.stderr!.removeAllListeners('data').on('data', keep);
  child.removeAllListeners('exit');
  let exit: string | null = null;
  child.once('exit', (code, signal) => void (exit = `exited (${code ?? signal})`));
  return {
    kind,
    url,
    pid: child.pid!,
    kill: () => stop(child),
    exitReport: () => (exit ? `${kind} server ${exit}:\n${output.slice(-2000)}` : null),
  };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** The process and its descendants (a server in cluster mode has its workers as children), from /proc. */
export function processTree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${pids[i]}/task`)) {
        const children = readFileSync(`/proc/${pids[i]}/task/${task}/children`, 'utf8').trim();
        if (children) pids.push(...children.split(' ').map(Number));
      }
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** CPU time (user + system) the process and its descendants have used, in ms, from /proc/<pid>/stat. */
export function cpuMs(pid: number): number {
  return processTree(pid).reduce((sum, p) => sum + ownCpuMs(p), 0);
}

function ownCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / clockTicks()) * 1000;
  } catch {
    return 0;
  }
}

/**
 * Resident memory now and its peak since the last `resetPeak`, in MB, from /proc/<pid>/status: summed over the
 * process and its descendants (the peak is then the sum of each one's peak, an upper bound).
 */
export function memoryMb(pid: number): { rss: number; peak: number } {
  let rss = 0;
  let peak = 0;
  for (const p of processTree(pid)) {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      rss += kb('VmRSS') / 1024;
      peak += kb('VmHWM') / 1024;
    } catch {
      // gone meanwhile
    }
  }
  return { rss, peak };
}

/**
 * Resets the peak (VmHWM) to the current resident size (`5` to /proc/<pid>/clear_refs, Linux 4.0+) of the process
 * and its descendants, so the peak of one run is measured alone. False when the kernel refuses; the peak then
 * covers the process's whole life.
 */
export function resetPeak(pid: number): boolean {
  try {
    for (const p of processTree(pid)) writeFileSync(`/proc/${p}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}
