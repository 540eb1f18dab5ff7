/**
 * One timed run of the api-http bench: autocannon sends one query to one server with a fixed number of connections
 * for a fixed time, while /proc measures the server process: CPU time used during the run, its peak and final
 * resident memory. Runs of the same query and server over several rounds add up in a `Tally`.
 */
import autocannon from 'autocannon';
import { cpuMs, memoryMb, resetPeak } from './processes.js';
import type { HttpRequestSpec } from './row-check.js';

export interface LoadRun {
  requests: number;
  seconds: number;
  /** Latency percentiles of the run, in ms. */
  p50: number;
  p99: number;
  /** Responses other than 2xx, connection errors and timeouts. */
  failures: number;
  cpuMs: number;
  peakMb: number;
  rssMb: number;
}

export async function runLoad(
  url: string,
  pid: number,
  spec: HttpRequestSpec,
  options: { seconds: number; connections: number },
): Promise<LoadRun> {
  resetPeak(pid);
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({
    url: new URL(spec.path, url).toString(),
    method: spec.method,
    headers: spec.headers,
    body: spec.body,
    connections: options.connections,
    duration: options.seconds,
    // A slow server answers late rather than being counted as failing.
    timeout: 60,
  });
  const cpu = cpuMs(pid) - cpuBefore;
  const memory = memoryMb(pid);
  return {
    requests: result.requests.total,
    seconds: result.duration,
    // No answer within the run: no latency to report (autocannon would say 0).
    p50: result.requests.total ? result.latency.p50 : NaN,
    p99: result.requests.total ? result.latency.p99 : NaN,
    failures: result.non2xx + result.errors + result.timeouts,
    cpuMs: cpu,
    peakMb: memory.peak,
    rssMb: memory.rss,
  };
}

/** The runs of one query on one server, over the rounds. */
export class Tally {
  readonly runs: LoadRun[] = [];

  add(run: LoadRun): void {
    this.runs.push(run);
  }

  private sum(f: (r: LoadRun) => number): number {
    return this.runs.reduce((s, r) => s + f(r), 0);
  }

  get requests(): number {
    return this.sum((r) => r.requests);
  }

  get reqPerSecond(): number {
    const seconds = this.sum((r) => r.seconds);
    return seconds ? this.requests / seconds : 0;
  }

  /** Median over the rounds of each round's percentile: one noisy round does not decide. */
  private medianOf(f: (r: LoadRun) => number): number {
    const xs = this.runs
      .map(f)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    return xs.length ? xs[Math.floor(xs.length / 2)]! : NaN;
  }

  get p50(): number {
    return this.medianOf((r) => r.p50);
  }

  get p99(): number {
    return this.medianOf((r) => r.p99);
  }

  get cpuPerRequest(): number {
    return this.requests ? this.sum((r) => r.cpuMs) / this.requests : NaN;
  }

  get failures(): number {
    return this.sum((r) => r.failures);
  }

  get peakMb(): number {
    return Math.max(...this.runs.map((r) => r.peakMb));
  }

  /** Resident memory at the end of the last run. */
  get rssMb(): number {
    return this.runs.at(-1)?.rssMb ?? NaN;
  }
}
