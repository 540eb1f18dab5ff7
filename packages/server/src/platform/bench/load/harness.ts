/**
 * The parts of the load bench that time nothing, shared with its test: a seeded database fit for production mode
 * (the api-http bench's seed and token, demo passwords closed), the settings, and PostgreSQL's transaction counter.
 */
import pg from 'pg';
import { createDb } from '../../../kernel/db/client.js';
import type { DatabaseTarget } from '../../../kernel/db/database-url.js';
import { prepareDatabase, tokenSecret } from '../api-http/harness.js';
import { closeDemoAccounts, type LoadFixture, lookUpLoadFixture } from './fixture.js';

export interface LoadSettings {
  contacts: number;
  seconds: number;
  clients: number;
  warmupSeconds: number;
  /** Share of writes, 0 to 1. */
  writeShare: number;
  redisUrl: string;
}

function integer(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got ${raw}`);
  return value;
}

/**
 * FIDELE_BENCH_LOAD_CONTACTS (20000), FIDELE_BENCH_LOAD_SECONDS (60), FIDELE_BENCH_LOAD_CLIENTS (50),
 * FIDELE_BENCH_LOAD_WARMUP seconds (10), FIDELE_BENCH_LOAD_WRITES percent of requests that are writes (20),
 * FIDELE_BENCH_REDIS_URL (redis://127.0.0.1:6379).
 */
export function loadSettings(): LoadSettings {
  const writes = integer('FIDELE_BENCH_LOAD_WRITES', 20, 0);
  if (writes > 100) throw new Error(`FIDELE_BENCH_LOAD_WRITES is a percentage, got ${writes}`);
  return {
    contacts: integer('FIDELE_BENCH_LOAD_CONTACTS', 20_000, 1),
    seconds: integer('FIDELE_BENCH_LOAD_SECONDS', 60, 1),
    clients: integer('FIDELE_BENCH_LOAD_CLIENTS', 50, 1),
    warmupSeconds: integer('FIDELE_BENCH_LOAD_WARMUP', 10, 0),
    writeShare: writes / 100,
    redisUrl: process.env.FIDELE_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
  };
}

export interface PreparedLoad {
  fixture: LoadFixture;
  /** The seeded admin's token, signed with the key the instances get (tokenSecret()). */
  token: string;
  tokenSecret: string;
  seedSeconds: number;
}

/** Migrates, seeds, closes the demo accounts and looks up the fixture. */
export async function prepareLoad(target: DatabaseTarget, contacts: number): Promise<PreparedLoad> {
  const prepared = await prepareDatabase(target, contacts);
  const db = createDb(target);
  try {
    await closeDemoAccounts(db);
    return {
      fixture: await lookUpLoadFixture(db),
      token: prepared.caller.token,
      tokenSecret: tokenSecret(),
      seedSeconds: prepared.seedSeconds,
    };
  } finally {
    await db.$disconnect();
  }
}

/** Transactions committed so far in the database of `url` (pg_stat_database), read when asked. */
export async function committedTransactions(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The statistics are sent by each backend at most every 1 s (PostgreSQL 15+: when idle); clear this snapshot.
    await client.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await client.query<{ n: string }>(
      'SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()',
    );
    return Number(rows[0]?.n ?? NaN);
  } finally {
    await client.end();
  }
}
