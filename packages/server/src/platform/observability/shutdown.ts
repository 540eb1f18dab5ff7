import type { Server, ServerResponse } from 'node:http';
import type { Logger } from './logger.js';

/**
 * The drain of one HTTP server: which responses are in flight, and whether shutdown began. Once it has, readiness
 * answers 503 and a new request on a kept-alive connection gets 503 SHUTTING_DOWN with `connection: close`
 * (observe.ts), so that its client retries on another instance; the requests already in flight finish normally.
 */
export class Drain {
  draining = false;
  private readonly inFlight = new Set<ServerResponse>();
  private waiters: (() => void)[] = [];

  /** Follows a response until its connection is done with it. */
  track(res: ServerResponse): void {
    this.inFlight.add(res);
    res.once('close', () => {
      this.inFlight.delete(res);
      if (this.inFlight.size === 0) for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** Shutdown began. */
  begin(): void {
    this.draining = true;
  }

  /** Resolves once no response is in flight. */
  settled(): Promise<void> {
    return this.inFlight.size === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}

/**
 * Stops a server gracefully: no new connection (server.close; Node also closes the idle keep-alive ones), the
 * requests in flight finish, the scheduler's running jobs finish their current step (`stopJobs` awaits them),
 * then the connections left idle are closed. It never forces anything: the caller's deadline does.
 */
export async function drainServer(server: Server, drain: Drain, stopJobs: () => Promise<void>): Promise<void> {
  drain.begin();
  const closed = new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  const jobsStopped = stopJobs();
  await drain.settled();
  server.closeIdleConnections();
  await Promise.all([closed, jobsStopped]);
}

/** FIDELE_SHUTDOWN_TIMEOUT_MS: below Kubernetes' default 30 s grace period, so that we exit before SIGKILL. */
export const shutdownTimeoutMs = (): number => Number(process.env.FIDELE_SHUTDOWN_TIMEOUT_MS) || 25_000;

export interface StopSignalOptions {
  log: Logger;
  /** @default shutdownTimeoutMs() */
  timeoutMs?: number;
  /** @default process.exit */
  exit?: (code: number) => void;
}

/**
 * On SIGTERM or SIGINT, runs `stop` (drain, close pools) and exits 0; exits 1 with a log line if it fails or is
 * still running at the deadline, or on a second signal (an impatient Ctrl-C).
 */
export function exitGracefullyOnSignals(stop: () => Promise<void>, options: StopSignalOptions): void {
  const { log } = options;
  const timeoutMs = options.timeoutMs ?? shutdownTimeoutMs();
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting without waiting');
      exit(1);
      return;
    }
    stopping = true;
    log.info({ signal, timeoutMs }, 'shutting down');
    setTimeout(() => {
      log.error({ timeoutMs }, 'shutdown deadline passed: exiting with work still in flight');
      exit(1);
    }, timeoutMs);
    stop().then(
      () => {
        log.info('shut down');
        exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
