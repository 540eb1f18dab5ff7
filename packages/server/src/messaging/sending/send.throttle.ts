/**
 * Throttling of a send: messages go out in batches, a batch every `windowMs`, so that the rate never exceeds the
 * action's `ratePerMinute` (or the deployment's FIDELE_SEND_RATE_PER_MINUTE). A batch is about a second's worth of
 * messages (at least one, at most MAX_BATCH), so a slow rate sends one message at a time and a fast one amortises
 * its queries over many.
 */
export const MAX_BATCH = 100;

export interface BatchPlan {
  /** Messages per batch. */
  size: number;
  /** Time from the start of one batch to the start of the next. */
  windowMs: number;
}

export function batchPlan(ratePerMinute: number): BatchPlan {
  const rate = Math.max(1, Math.floor(ratePerMinute));
  const size = Math.min(MAX_BATCH, Math.max(1, Math.round(rate / 60)));
  return { size, windowMs: (size * 60_000) / rate };
}

/**
 * The time of the send job: the real clock in production; tests give a clock whose `sleep` moves time forward at
 * once and records each wait, so throttling and backoff are asserted by the schedule, never by wall-clock timing.
 */
export interface SendClock {
  now(): Date;
  sleep(ms: number): Promise<void>;
}

export const realClock: SendClock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Waits until `until`, in steps of at most a second, returning early (false) once `stop()` says so. */
export async function waitUntil(clock: SendClock, until: Date, stop: () => boolean): Promise<boolean> {
  for (;;) {
    if (stop()) return false;
    const left = until.getTime() - clock.now().getTime();
    if (left <= 0) return true;
    await clock.sleep(Math.min(left, 1000));
  }
}
