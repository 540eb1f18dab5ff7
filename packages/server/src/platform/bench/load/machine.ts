/**
 * What else used the CPU during the timed run, to read the instances' figures against: PostgreSQL's backends
 * serving the scratch database (found in /proc by their process title, which names the database), the
 * bench process itself (the clients), and the machine's load average (other sessions on a shared machine).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { cpuMs } from '../api-http/processes.js';

function backends(database: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      // `postgres: [cluster: ]<user> <database> <client> <state>`
      if (title.startsWith('postgres: ') && title.includes(` ${database} `)) pids.push(Number(entry));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return pids;
}

export interface MachineUsage {
  /** CPU of the database's backends, ms (0 when they run on another machine). */
  databaseCpuMs: number;
  /** CPU of the bench process (the clients), ms. */
  clientCpuMs: number;
  /** The 1-minute load average at the end (runnable processes; 2 means both cores busy on a 2-core machine). */
  loadAverage: number;
  cores: number;
}

export function measureMachine(database: string): { end(): MachineUsage } {
  const before = new Map(backends(database).map((pid) => [pid, cpuMs(pid)]));
  const client = process.cpuUsage();
  return {
    end: () => {
      const databaseCpuMs = backends(database).reduce((sum, pid) => sum + cpuMs(pid) - (before.get(pid) ?? 0), 0);
      const used = process.cpuUsage(client);
      return {
        databaseCpuMs,
        clientCpuMs: (used.user + used.system) / 1000,
        loadAverage: loadavg()[0]!,
        cores: availableParallelism(),
      };
    },
  };
}
