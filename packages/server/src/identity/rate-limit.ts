/**
 * A fixed-window counter per key: at most `limit` hits per window of `windowMs`. In memory, so the limit holds per
 * API instance: behind a load balancer with N instances a key may make up to N × limit requests a minute. A shared
 * store (Redis) replaces it when the API scales out; the interface stays.
 */
export class FixedWindowRateLimiter {
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
