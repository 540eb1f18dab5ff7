import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { describeEachDatabase } from './databases.js';
import { adminQuery, postgresAdminUrl } from './postgres.js';
import { dropStaleDatabases } from './stale-databases.js';

/** The pid of a process that has exited: a child that ran and ended. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;

async function databases(): Promise<string[]> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database`);
    return rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}

describeEachDatabase('test databases left by a stopped run', (provider) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fidele-stale-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  if (provider === 'sqlite')
    it('drops the SQLite files of a process that is gone and keeps those of one still running', async () => {
      const gone = deadPid();
      const files = [`fidele_test_${gone}_x_0.db`, `fidele_test_${gone}_x_0.db-wal`, `fidele_template_${gone}_x.db`];
      const kept = [`fidele_test_${process.pid}_x_0.db`, `fidele_cli_${gone}.db`, 'other.db'];
      for (const f of [...files, ...kept]) writeFileSync(path.join(dir, f), '');
      expect((await dropStaleDatabases(['sqlite'], dir)).sort()).toEqual([...files].sort());
      for (const f of files) expect(existsSync(path.join(dir, f))).toBe(false);
      for (const f of kept) expect(existsSync(path.join(dir, f))).toBe(true);
    });

  if (provider === 'postgresql')
    it('drops the PostgreSQL databases of a process that is gone and keeps those of one still running', async () => {
      const gone = `fidele_template_${deadPid()}_stale`;
      const running = `fidele_test_${process.pid}_stale_0`;
      await adminQuery(`CREATE DATABASE "${gone}"`);
      await adminQuery(`CREATE DATABASE "${running}"`);
      try {
        expect(await dropStaleDatabases(['postgresql'], dir)).toContain(gone);
        const after = await databases();
        expect(after).not.toContain(gone);
        expect(after).toContain(running);
      } finally {
        await adminQuery(`DROP DATABASE IF EXISTS "${gone}" WITH (FORCE)`);
        await adminQuery(`DROP DATABASE IF EXISTS "${running}" WITH (FORCE)`);
      }
    });
});
