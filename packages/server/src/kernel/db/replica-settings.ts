import { CliError } from '../cli-error.js';

/** The read replicas' settings (read-replicas.ts; PRODUCTION.md#read-replicas). */
export interface ReplicaSettings {
  /** FIDELE_REPLICA_URLS: PostgreSQL URLs of the replicas, comma-separated. */
  urls: string[];
  /**
   * FIDELE_REPLICA_MAX_LAG_SECONDS: a replica further behind the primary than this serves nobody (its reads go to
   * the primary). @default 30
   */
  maxLagSeconds: number;
  /** FIDELE_REPLICA_PROBE_MS: how long a replica's replay position is reused before it is read again. @default 100 */
  probeMs: number;
  /** FIDELE_REPLICA_PROBE_TIMEOUT_MS: a probe slower than this counts as unreachable. @default 1000 */
  probeTimeoutMs: number;
  /** FIDELE_REDIS_URL: where the principals' write positions are shared; this process's memory when unset. */
  redisUrl?: string;
  /** FIDELE_RATE_LIMIT_PREFIX, as the rate limits: one per database sharing a Redis. @default 'fidele' */
  redisPrefix: string;
}

const positive = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new CliError(`${name} must be a positive number, got "${value}"`, 2);
  return n;
};

/** The settings, or null when FIDELE_REPLICA_URLS is unset or empty (replicas off: nothing changes). */
export function replicaSettings(env: NodeJS.ProcessEnv = process.env): ReplicaSettings | null {
  const urls = (env.FIDELE_REPLICA_URLS ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  if (!urls.length) return null;
  for (const url of urls)
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new CliError(`FIDELE_REPLICA_URLS holds a URL that is not postgresql://…: "${safeLabel(url)}"`, 2);
  return {
    urls,
    maxLagSeconds: positive(env.FIDELE_REPLICA_MAX_LAG_SECONDS, 30, 'FIDELE_REPLICA_MAX_LAG_SECONDS'),
    probeMs: positive(env.FIDELE_REPLICA_PROBE_MS, 100, 'FIDELE_REPLICA_PROBE_MS'),
    probeTimeoutMs: positive(env.FIDELE_REPLICA_PROBE_TIMEOUT_MS, 1000, 'FIDELE_REPLICA_PROBE_TIMEOUT_MS'),
    redisUrl: env.FIDELE_REDIS_URL?.trim() || undefined,
    redisPrefix: env.FIDELE_RATE_LIMIT_PREFIX?.trim() || 'fidele',
  };
}

/** host:port/database of a URL, never its password (logs, metrics, readiness). */
export function safeLabel(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'an unparsable URL';
  }
}
