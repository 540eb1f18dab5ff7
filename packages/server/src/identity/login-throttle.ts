import { createHash } from 'node:crypto';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { memoryRateLimitStore, type RateLimitStore } from './rate-limit-store.js';

/** How many failed logins a key may make in a window before logins for it are refused until the window ends. */
export interface LoginLimit {
  /** Failed attempts allowed per window. */
  failures: number;
  /** Window length in seconds. */
  windowSeconds: number;
}

export interface LoginThrottleOptions {
  /**
   * Failures per account (the e-mail tried, known or not), from any client: stops a password being guessed slowly
   * from many addresses.
   * @default { failures: 10, windowSeconds: 900 }
   */
  account?: LoginLimit;
  /**
   * Failures per client address, whatever the account: stops one client spraying passwords over many accounts.
   * @default { failures: 30, windowSeconds: 900 }
   */
  client?: LoginLimit;
  /**
   * Where the counters live: this process's memory, or the Redis every instance shares (rate-limit-store.ts).
   * @default memoryRateLimitStore()
   */
  store?: RateLimitStore;
}

/** The verdict before a login attempt: refused with the seconds until a key's window ends, or allowed. */
export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * What the login asks of a throttle. The counters live in the store given to `createLoginThrottle`: in memory they
 * hold per API instance (N instances: up to N × the limits); in Redis every instance counts against the same ones,
 * so an account locked on one instance is locked on all.
 */
export interface LoginThrottle {
  /** Whether an attempt for this account from this client may be checked at all (before any password work). */
  check(account: string, client: string): Promise<ThrottleVerdict>;
  /** Counts a failed attempt against both keys. */
  failed(account: string, client: string): Promise<void>;
  /** A successful login clears the account's failures (the client's stay: they may concern other accounts). */
  succeeded(account: string): Promise<void>;
}

const defaults = { account: { failures: 10, windowSeconds: 900 }, client: { failures: 30, windowSeconds: 900 } };

/**
 * Counters are keyed by a digest of the e-mail or the address, not the value itself: a shared store then holds no
 * personal value in its keys.
 */
const digest = (value: string) => createHash('sha256').update(value).digest('base64url');

/** A throttle on rate-limiter-flexible counters (one per key and window, expired keys dropped). */
export function createLoginThrottle(options: LoginThrottleOptions = {}): LoginThrottle {
  const limits = { ...defaults, ...options };
  const store = options.store ?? memoryRateLimitStore();
  const limiter = (name: string, l: LoginLimit) =>
    store.counter({ name, points: l.failures, durationSeconds: l.windowSeconds });
  const byAccount = limiter('login-account', limits.account);
  const byClient = limiter('login-client', limits.client);
  /** Seconds until the key may try again, or 0 while it has failures left. */
  const wait = async (rl: RateLimiterAbstract, key: string, limit: LoginLimit) => {
    const res = await rl.get(digest(key));
    return res && res.consumedPoints >= limit.failures ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
  };
  return {
    async check(account, client) {
      const seconds = Math.max(
        await wait(byAccount, account, limits.account),
        await wait(byClient, client, limits.client),
      );
      return seconds ? { allowed: false, retryAfterSeconds: seconds } : { allowed: true };
    },
    async failed(account, client) {
      // penalty() counts without rejecting: the verdict comes from check(), before the next attempt.
      await Promise.all([byAccount.penalty(digest(account)), byClient.penalty(digest(client))]);
    },
    async succeeded(account) {
      await byAccount.delete(digest(account));
    },
  };
}
