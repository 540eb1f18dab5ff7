import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimitStore } from './rate-limit-store.js';

/** A hit's verdict: `allowed` is false once the window is full, with the seconds until it resets. */
export interface RateLimitVerdict {
  allowed: boolean;
  retryAfterSeconds: number;
}

/** Counts hits per key against a limit given with each hit (each API key has its own limit a minute). */
export interface KeyRateLimiter {
  hit(key: string, limit: number, now?: number): RateLimitVerdict | Promise<RateLimitVerdict>;
}

/**
 * A fixed-window counter per key: at most `limit` hits per window of `windowMs`, windows aligned on the clock. In
 * memory, so the limit holds per API instance: the single-process default. With several instances,
 * `keyRateLimiter` counts in the shared store instead.
 */
export class FixedWindowRateLimiter implements KeyRateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    /** @default 60_000 (one minute) */
    private readonly windowMs = 60_000,
  ) {}

  /** Counts a hit; `allowed` is false once the window is full, with the seconds until it resets. */
  hit(key: string, limit: number, now = Date.now()): { allowed: boolean; retryAfterSeconds: number } {
    const start = now - (now % this.windowMs);
    let w = this.windows.get(key);
    if (!w || w.start !== start) {
      w = { start, count: 0 };
      this.windows.set(key, w);
      if (this.windows.size > 10_000) this.prune(start);
    }
    w.count += 1;
    return { allowed: w.count <= limit, retryAfterSeconds: Math.ceil((start + this.windowMs - now) / 1000) };
  }

  private prune(current: number) {
    for (const [k, w] of this.windows) if (w.start !== current) this.windows.delete(k);
  }
}

/**
 * The API-key limiter on a shared store: one counter per key and window of 60 s, opened by the key's first hit in
 * it (rate-limiter-flexible's windows start with their first hit, not on the clock). Each key has its own limit,
 * so the counter is given a ceiling no key reaches and the verdict compares the count with the key's limit; a
 * limit changed during a window applies to its next hit.
 */
export class StoreRateLimiter implements KeyRateLimiter {
  constructor(private readonly counter: RateLimiterAbstract) {}

  async hit(key: string, limit: number): Promise<RateLimitVerdict> {
    // Over the ceiling the counter rejects with its result instead of resolving: both carry the count.
    const res = await this.counter.consume(key).catch((reason: unknown) => {
      if (reason instanceof RateLimiterRes) return reason;
      throw reason;
    });
    return {
      allowed: res.consumedPoints <= limit,
      retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
    };
  }
}

/**
 * Far above the largest limit a key may have (100 000 a minute, as FIDELE_PUBLIC_RATE_PER_MINUTE), so that only
 * the limit given with each hit refuses.
 */
const COUNTER_CEILING = 1_000_000_000;

/**
 * A limiter of a store, per key and minute, whose counters are named `name` (a part of every Redis key, so two
 * limiters never share a key): clock-aligned windows in memory; on Redis, the counter every instance shares,
 * insured in this process's memory while Redis is unreachable.
 */
export function keyRateLimiter(store: RateLimitStore, name: string): KeyRateLimiter {
  if (store.kind === 'memory') return new FixedWindowRateLimiter();
  return new StoreRateLimiter(store.counter({ name, points: COUNTER_CEILING, durationSeconds: 60 }));
}

/** The API-key limiter of a store. */
export const apiKeyRateLimiter = (store: RateLimitStore): KeyRateLimiter => keyRateLimiter(store, 'api-key');
