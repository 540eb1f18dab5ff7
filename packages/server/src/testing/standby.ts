import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { postgresAdminUrl } from './postgres.js';
import { freePort } from './server-process.js';

/**
 * A real streaming standby of the test cluster (127.0.0.1:5432), built with PostgreSQL's own tools: pg_basebackup
 * with -R (standby.signal and primary_conninfo) and -X stream, started with pg_ctl on a free port. PostgreSQL
 * refuses to run as root: as root (CI), the commands run as the postgres OS user in a folder it owns.
 */
export interface Standby {
  port: number;
  /** The URL of a database on the standby. */
  url(database: string): string;
  /** Runs SQL on the standby's `postgres` database (pause or resume replay, read its state). */
  query<T extends pg.QueryResultRow>(sql: string): Promise<T[]>;
  stop(): Promise<void>;
  /** Stops it if running and deletes its folder. */
  remove(): Promise<void>;
}

/** The folder of PostgreSQL's programs: `pg_config --bindir`, else the newest /usr/lib/postgresql/N/bin. */
export function postgresBinDir(): string {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(path.join(dir, 'pg_ctl'))) return dir;
  } catch {
    // No pg_config on PATH: look where Debian installs the versions.
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, 'bin/pg_ctl')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length)
    throw new Error('PostgreSQL programs not found (pg_config --bindir, /usr/lib/postgresql/*/bin)');
  return path.join(root, versions[0]!, 'bin');
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL program, as the postgres OS user when this process is root. */
function run(bin: string, args: string[]): string {
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  try {
    return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`${path.basename(bin)} failed: ${e.stderr || e.message}`);
  }
}

export async function startStandby(): Promise<Standby> {
  const bin = postgresBinDir();
  const primary = new URL(postgresAdminUrl);
  const dir = mkdtempSync(path.join(tmpdir(), 'fidele-standby-'));
  const data = path.join(dir, 'data');
  const owner = asRoot
    ? {
        uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
        gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
      }
    : null;
  if (owner) chownSync(dir, owner.uid, owner.gid);
  chmodSync(dir, 0o700);
  const port = await freePort();
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    run(path.join(bin, 'pg_basebackup'), [
      ...['-h', primary.hostname, '-p', primary.port || '5432', '-U', primary.username || 'postgres'],
      ...['-D', data, '-R', '-X', 'stream'],
    ]);
  } catch (error) {
    remove();
    throw new Error(
      `${(error as Error).message}\nThe test cluster must accept replication connections from 127.0.0.1: add ` +
        '"host replication all 127.0.0.1/32 trust" to its pg_hba.conf and reload it (.ci/run does so).',
    );
  }
  // Debian keeps the configuration outside the data folder: the copy has none. Hot standby, and at least the
  // primary's connection limit (a standby refuses to start below it).
  const [{ max_connections: maxConnections }] = (await adminRows<{ max_connections: string }>(
    'SHOW max_connections',
  )) as [{ max_connections: string }];
  const conf = [
    `port = ${port}`,
    `listen_addresses = '127.0.0.1'`,
    `unix_socket_directories = '${dir}'`,
    'hot_standby = on',
    `max_connections = ${maxConnections}`,
    'shared_buffers = 32MB',
    'fsync = off',
  ];
  writeFileSync(path.join(data, 'postgresql.conf'), `${conf.join('\n')}\n`);
  writeFileSync(path.join(data, 'pg_hba.conf'), 'local all all trust\nhost all all 127.0.0.1/32 trust\n');
  for (const f of ['postgresql.conf', 'pg_hba.conf']) if (owner) chownSync(path.join(data, f), owner.uid, owner.gid);
  const pgCtl = path.join(bin, 'pg_ctl');
  run(pgCtl, ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
  let running = true;
  const url = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  const stop = async () => {
    if (!running) return;
    running = false;
    run(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop']);
  };
  return {
    port,
    url,
    query: async (sql) => {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        return (await client.query(sql)).rows;
      } finally {
        await client.end();
      }
    },
    stop,
    remove: async () => {
      try {
        await stop();
      } finally {
        remove();
      }
    },
  };
}

async function adminRows<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}
