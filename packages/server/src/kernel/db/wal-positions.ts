import { Redis } from 'ioredis';

/**
 * Where each principal's last write is remembered, as a position in the primary's write-ahead log (WAL): a later
 * read of that principal may go to a replica only once the replica has replayed past it (read-your-own-writes).
 *
 * - `memory`: in this process. Right for one API instance; with several behind a load balancer, a read that lands
 *   on another instance than the write does not know of it and may see the replica's older state.
 * - `redis`: in the Redis every instance shares (FIDELE_REDIS_URL, as the rate limits): a write on one instance
 *   holds back the principal's reads on all of them.
 *
 * A position is kept `ttlSeconds` after the write: a replica that has not caught up by then is past the lag limit
 * anyway and serves nobody.
 */
export interface WalPositions {
  readonly kind: 'memory' | 'redis';
  /** Raises the principal's position to `lsn` (never lowers it: two writes may report out of order). */
  note(principal: string, lsn: bigint): Promise<void>;
  /** The principal's last write, 0n if none is known; throws when the store cannot answer (then: primary). */
  get(principal: string): Promise<bigint>;
  close(): Promise<void>;
}

/** `0/16B3748` (PostgreSQL's pg_lsn text) → a number that orders as the log does. */
export function parseLsn(text: string): bigint {
  const m = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(text.trim());
  if (!m) throw new Error(`not a WAL position: ${text}`);
  return (BigInt(`0x${m[1]}`) << 32n) | BigInt(`0x${m[2]}`);
}

/** Most principals remembered by the memory store; past it the oldest are forgotten (their reads: primary). */
const MEMORY_LIMIT = 100_000;

export function memoryWalPositions(ttlSeconds: number): WalPositions {
  const positions = new Map<string, { lsn: bigint; until: number }>();
  return {
    kind: 'memory',
    async note(principal, lsn) {
      const now = Date.now();
      const known = positions.get(principal);
      positions.delete(principal);
      const keep = known && known.until > now && known.lsn > lsn ? known.lsn : lsn;
      positions.set(principal, { lsn: keep, until: now + ttlSeconds * 1000 });
      // A Map iterates in insertion order: the first entry is the least recently written.
      if (positions.size > MEMORY_LIMIT) positions.delete(positions.keys().next().value!);
    },
    async get(principal) {
      const known = positions.get(principal);
      return known && known.until > Date.now() ? known.lsn : 0n;
    },
    close: async () => positions.clear(),
  };
}

/** Keeps the larger of the stored and the given position, atomically (two instances may write at once). */
const RAISE = `local cur = redis.call('GET', KEYS[1])
if cur and tonumber(cur) >= tonumber(ARGV[1]) then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 0
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

export interface RedisWalPositionsOptions {
  url: string;
  /** Prefix of the keys (`<prefix>:wal:<principal>`), one per Fidele database sharing a Redis. */
  prefix: string;
  ttlSeconds: number;
  /** How long a command may take; past it the read goes to the primary. @default 500 */
  commandTimeoutMs?: number;
}

/**
 * Positions in Redis. A position fits a Lua number exactly (a double holds integers to 2^53, 8 PiB of WAL). When
 * Redis does not answer, `get` throws (the caller reads from the primary) and `note` keeps the position in this
 * process as well, so the instance that wrote still holds its own principal's reads back.
 */
export function redisWalPositions(options: RedisWalPositionsOptions): WalPositions {
  const client = new Redis(options.url, {
    commandTimeout: options.commandTimeoutMs ?? 500,
    maxRetriesPerRequest: 1,
    lazyConnect: false,
  });
  // Errors are reported by the commands that fail; without a listener ioredis would print each reconnection.
  client.on('error', () => {});
  const local = memoryWalPositions(options.ttlSeconds);
  const key = (principal: string) => `${options.prefix}:wal:${principal}`;
  const ttlMs = String(options.ttlSeconds * 1000);
  return {
    kind: 'redis',
    async note(principal, lsn) {
      await local.note(principal, lsn);
      await client.eval(RAISE, 1, key(principal), lsn.toString(), ttlMs);
    },
    async get(principal) {
      const [shared, own] = await Promise.all([client.get(key(principal)), local.get(principal)]);
      const stored = shared ? BigInt(shared) : 0n;
      return stored > own ? stored : own;
    },
    async close() {
      client.disconnect();
      await local.close();
    },
  };
}
