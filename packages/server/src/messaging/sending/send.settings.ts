/**
 * Settings of the send job, read from the environment (SENDING in MESSAGING.md lists them). Each reader throws a
 * message naming the variable when its value is refused, so `fidele start` stops on a bad value.
 */
export interface SendSettings {
  /** Attempts of one delivery before it is FAILED (MAX_ATTEMPTS): the first send and its retries. @default 5 */
  maxAttempts: number;
  /** Delay before the first retry, doubled at each further one (exponential backoff). @default 60 seconds */
  retryBaseMs: number;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

export function readSendSettings(env: NodeJS.ProcessEnv = process.env): SendSettings {
  return {
    maxAttempts: int(env, 'FIDELE_SEND_MAX_ATTEMPTS', 5, 1, 20),
    retryBaseMs: int(env, 'FIDELE_SEND_RETRY_SECONDS', 60, 1, 86_400) * 1000,
  };
}

/** When the retry after failed attempt number `attempts` (1 for the first) is due: base × 2^(attempts − 1) later. */
export const retryAt = (now: Date, attempts: number, settings: SendSettings): Date =>
  new Date(now.getTime() + settings.retryBaseMs * 2 ** Math.max(0, attempts - 1));
