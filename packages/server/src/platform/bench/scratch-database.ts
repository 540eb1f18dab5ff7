/**
 * Scratch databases for the benchmarks: a temporary SQLite file, or a temporary database on the PostgreSQL server
 * of FIDELE_BENCH_PG_URL (default: the local one). Null when PostgreSQL does not answer, so a bench can say so and
 * go on with SQLite.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseTarget } from '../../kernel/db/database-url.js';
import type { Provider } from '../../kernel/db/paths.js';

export const pgAdminUrl = process.env.FIDELE_BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function pgAdmin(sql: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: pgAdminUrl, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query(sql);
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

export async function scratchDatabase(
  provider: Provider,
  name: string,
): Promise<{ target: DatabaseTarget; drop(): Promise<void> } | null> {
  const db = `fidele_bench_${name}_${process.pid}`;
  if (provider === 'sqlite') {
    const file = path.join(tmpdir(), `${db}.db`);
    const drop = async () => {
      for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true });
    };
    await drop();
    return { target: { provider, url: `file:${file}`, file }, drop };
  }
  if (!(await pgAdmin(`CREATE DATABASE "${db}"`))) return null;
  const url = new URL(pgAdminUrl);
  url.pathname = `/${db}`;
  return {
    target: { provider, url: url.toString() },
    drop: async () => void (await pgAdmin(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`)),
  };
}
