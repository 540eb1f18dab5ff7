import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Provider } from '../kernel/db/paths.js';

/**
 * Where the API-key rate limits, the login throttles and the public routes' per-address limits keep their counters.
 *
 * - `memory`: in this process (the default when FIDELE_REDIS_URL is unset). Right for the single-process SQLite
 *   default; with N instances every limit would be N times larger, since each instance counts alone.
 * - `redis`: in a Redis shared by every instance (FIDELE_REDIS_URL). rate-limiter-flexible's `RateLimiterRedis`
 *   counts with one Lua script per hit (an atomic INCR and expiry), so concurrent instances never lose a hit, and
 *   the counters put no write load on the PostgreSQL primary.
 *
 * When Redis cannot be reached (down, restarting, a command slower than `commandTimeoutMs`), each counter falls
 * back to rate-limiter-flexible's `insuranceLimiter`: an in-memory counter of the same limits in this process. The
 * API stays up and limits still hold, per instance, until Redis answers again; nothing is refused because Redis is
 * down.
 */
export type RateLimitStoreKind = 'memory' | 'redis';

/** One kind of counter: `name` is part of every key, so two counters never share a key. */
export interface CounterSpec {
  name: string;
  /** Hits allowed per window. */
  points: number;
  durationSeconds: number;
}

export interface RateLimitStore {
  readonly kind: RateLimitStoreKind;
  /** A counter on this store (rate-limiter-flexible's interface: consume, penalty, get, delete). */
  counter(spec: CounterSpec): RateLimiterAbstract;
  /** Closes the Redis connection, if any. */
  close(): Promise<void>;
}

export interface RateLimitSettings {
  kind: RateLimitStoreKind;
  /** FIDELE_REDIS_URL, e.g. `redis://:password@redis.internal:6379/0`. */
  redisUrl?: string;
  /**
   * Prefix of every Redis key (FIDELE_RATE_LIMIT_PREFIX): one per Fidele database sharing a Redis, since counters
   * are keyed by row ids.
   * @default 'fidele'
   */
  prefix: string;
  /** How long a Redis command may take before the in-memory insurance answers instead. @default 500 */
  commandTimeoutMs: number;
}

/**
 * Reads the settings. FIDELE_RATE_LIMIT_STORE may force `memory` (a single instance, declared) or `redis`; unset,
 * the store is Redis when FIDELE_REDIS_URL is set. Only the FIDELE_ name is read, not a bare REDIS_URL: a platform
 * may set that one for another service, and a store chosen by accident would go unnoticed.
 */
export function rateLimitSettings(env: NodeJS.ProcessEnv = process.env): RateLimitSettings {
  const redisUrl = env.FIDELE_REDIS_URL?.trim() || undefined;
  const declared = env.FIDELE_RATE_LIMIT_STORE?.trim() || undefined;
  if (declared && declared !== 'memory' && declared !== 'redis')
    throw new Error(`FIDELE_RATE_LIMIT_STORE must be memory or redis, got "${declared}"`);
  const kind = (declared as RateLimitStoreKind | undefined) ?? (redisUrl ? 'redis' : 'memory');
  if (kind === 'redis' && !redisUrl) throw new Error('FIDELE_RATE_LIMIT_STORE=redis needs FIDELE_REDIS_URL');
  return {
    kind,
    redisUrl,
    prefix: env.FIDELE_RATE_LIMIT_PREFIX?.trim() || 'fidele',
    commandTimeoutMs: Number(env.FIDELE_REDIS_COMMAND_TIMEOUT_MS) || 500,
  };
}

/** Counters in this process only. */
export function memoryRateLimitStore(): RateLimitStore {
  return {
    kind: 'memory',
    counter: (s) => new RateLimiterMemory({ points: s.points, duration: s.durationSeconds }),
    close: async () => {},
  };
}

/** Counters in Redis, each insured by an in-memory counter of the same limits while Redis is unreachable. */
export function redisRateLimitStore(settings: RateLimitSettings): RateLimitStore {
  const client = new Redis(settings.redisUrl!, {
    // Commands wait for the first connection attempt (the first requests of a new instance count in Redis too),
    // for at most the command timeout; after it, see below.
    enableOfflineQueue: true,
    commandTimeout: settings.commandTimeoutMs,
    maxRetriesPerRequest: 1,
  });
  // Once the first attempt has succeeded or failed, a command while disconnected fails at once (the insurance
  // answers) instead of waiting in a queue, so an outage does not hold every request until the reconnection.
  // ioredis reads the option at each command.
  const settled = () => {
    client.options.enableOfflineQueue = false;
  };
  client.once('ready', settled);
  client.once('error', settled);
  // One line when Redis goes away and one when it is back, not one per failed reconnection; the URL may hold a
  // password, so it is never printed.
  let down = false;
  client.on('error', (error: Error) => {
    if (down) return;
    down = true;
    console.error(
      `fidele: rate-limit store (Redis) unreachable: ${error.message}; limits hold per instance until it returns`,
    );
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    console.error('fidele: rate-limit store (Redis) reachable again; limits are shared again');
  });
  return {
    kind: 'redis',
    counter: (s) =>
      new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `${settings.prefix}:${s.name}`,
        points: s.points,
        duration: s.durationSeconds,
        insuranceLimiter: new RateLimiterMemory({ points: s.points, duration: s.durationSeconds }),
      }),
    close: async () => {
      client.disconnect();
    },
  };
}

export function createRateLimitStore(env: NodeJS.ProcessEnv = process.env): RateLimitStore {
  const settings = rateLimitSettings(env);
  return settings.kind === 'redis' ? redisRateLimitStore(settings) : memoryRateLimitStore();
}

let processStore: RateLimitStore | undefined;

/** This process's store, made from the environment on first use and shared by every limiter of the process. */
export function rateLimitStore(): RateLimitStore {
  return (processStore ??= createRateLimitStore());
}

/**
 * Closes this process's store (its Redis connection), for a shutdown that waits for the event loop to empty rather
 * than exiting: an open ioredis connection, and its reconnection timer, would keep the process alive.
 */
export async function closeRateLimitStore(): Promise<void> {
  const store = processStore;
  processStore = undefined;
  await store?.close();
}

/**
 * Why production must not start with these settings, or null: on PostgreSQL (the database for several instances)
 * without a shared store, unless FIDELE_RATE_LIMIT_STORE=memory declares that one instance only runs. Several
 * instances on memory counters would multiply every partner's allowance and every login throttle silently.
 */
export function sharedStoreProblem(provider: Provider, env: NodeJS.ProcessEnv = process.env): string | null {
  let settings: RateLimitSettings;
  try {
    settings = rateLimitSettings(env);
  } catch (error) {
    return (error as Error).message;
  }
  if (provider !== 'postgresql' || settings.kind === 'redis' || env.FIDELE_RATE_LIMIT_STORE?.trim() === 'memory')
    return null;
  return (
    'rate limits and login throttles would be counted per process (FIDELE_REDIS_URL is not set): set ' +
    'FIDELE_REDIS_URL to share them across instances, or FIDELE_RATE_LIMIT_STORE=memory to run one instance only'
  );
}
