import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Provider } from '../kernel/db/paths.js';
import { adminQuery, postgresAdminUrl } from './postgres.js';

/**
 * The databases tests create are named after the process that made them (`fidele_test_<pid>_…`, the run's
 * `fidele_template_<pid>_…`, a migration's `fidele_scratch_<pid>_…`) and dropped by it. A run killed mid-way drops
 * nothing, and the next runs on the same machine found them piling up (a template is a whole migrated database).
 */
const pattern = /^fidele_(?:test|template|scratch)_(\d+)_/;

/** Whether a process of this machine still runs: signal 0 tests without sending anything. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const staleOwner = (name: string): boolean => {
  const pid = pattern.exec(name)?.[1];
  return pid !== undefined && !alive(Number(pid));
};

/** Drops the test databases whose creating process is gone; returns their names. Run before a test run starts. */
export async function dropStaleDatabases(providers: Provider[], dir = tmpdir()): Promise<string[]> {
  const dropped: string[] = [];
  if (providers.includes('sqlite')) {
    for (const file of readdirSync(dir).filter(staleOwner)) {
      rmSync(path.join(dir, file), { force: true });
      dropped.push(file);
    }
  }
  if (providers.includes('postgresql')) {
    const client = new pg.Client({ connectionString: postgresAdminUrl });
    await client.connect();
    const names = await client
      .query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'fidele\\_%'`)
      .finally(() => client.end());
    for (const { datname } of names.rows.filter((r) => staleOwner(r.datname))) {
      await adminQuery(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      dropped.push(datname);
    }
  }
  return dropped;
}
