/**
 * Migrations without the native schema engine: the WebAssembly schema engine from the npm registry, driven
 * through the same driver adapters the application uses. Migration folders follow Prisma's layout
 * (prisma/<provider>/migrations/<timestamp>_<name>/migration.sql) and the `_prisma_migrations` table is Prisma's
 * own, so the Prisma CLI (where it can run) sees the same history.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { adapterFactoryFor } from './adapters.js';
import { type DatabaseTarget, parseDatabaseUrl } from './database-url.js';
import { type Provider, migrationsDirOf, schemaPathOf } from './paths.js';
import { loadSchemaEngine } from './schema-engine.js';

const noFilter = { externalTables: [], externalEnums: [] };

export function readMigrations(provider: Provider): MigrationList {
  const baseDir = migrationsDirOf(provider);
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  const dirs = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok' as const, value: readFileSync(path.join(baseDir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

async function withEngine<T>(target: DatabaseTarget, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const schemaPath = schemaPathOf(target.provider);
  // The engine opens connections through the factory but never closes them: an open SQLite connection keeps a
  // lock that makes the application's first write time out, so we track and dispose them ourselves.
  const opened: { dispose(): Promise<void> }[] = [];
  const base = adapterFactoryFor(target);
  const tracked = Object.assign(Object.create(Object.getPrototypeOf(base)), base, {
    connect: async () => remember(await base.connect()),
    connectToShadowDb: async () => remember(await base.connectToShadowDb()),
  });
  const remember = <A extends { dispose(): Promise<void> }>(adapter: A): A => (opened.push(adapter), adapter);
  const factory = bindMigrationAwareSqlAdapterFactory(tracked);
  const logs: string[] = [];
  const { SchemaEngine } = await loadSchemaEngine();
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, readFileSync(schemaPath, 'utf8')]] },
    (line: string) => logs.push(line),
    factory,
  );
  try {
    return await run(engine);
  } catch (error) {
    throw new Error(`schema engine: ${describe(error)}`, { cause: error });
  } finally {
    engine.free();
    await Promise.all(opened.map((a) => a.dispose().catch(() => {})));
  }
}

/** Error objects of the WebAssembly engine carry their message in different places. */
function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object') {
    const e = error as { message?: string; error?: { message?: string } };
    return e.message ?? e.error?.message ?? JSON.stringify(error);
  }
  return String(error);
}

/** Prisma's checksum of a migration: the SHA-256 of its script, in hexadecimal. */
const checksumOf = (script: string): string => createHash('sha256').update(script).digest('hex');

/**
 * Whether the database's history records exactly the folder's migrations, each finished with the script's checksum
 * and none failed: one query, no schema engine. Every `fidele start` asks (each cluster worker, each instance of a
 * scale-out), and loading the WebAssembly engine to learn that nothing is pending took seconds. Anything else, and
 * any error (no history table yet), answers false: the engine then decides, and reports what is wrong.
 */
export async function migrationsUpToDate(target: DatabaseTarget, list: MigrationList): Promise<boolean> {
  let adapter: Awaited<ReturnType<ReturnType<typeof adapterFactoryFor>['connect']>> | undefined;
  try {
    adapter = await adapterFactoryFor(target).connect();
    const { rows } = await adapter.queryRaw({
      sql: 'SELECT migration_name, checksum, finished_at IS NOT NULL, rolled_back_at IS NULL FROM _prisma_migrations',
      args: [],
      argTypes: [],
    });
    const applied = new Map<string, string>();
    for (const [name, checksum, finished, current] of rows) {
      if (!current) continue;
      if (!finished) return false;
      applied.set(String(name), String(checksum));
    }
    const folder = list.migrationDirectories;
    return (
      applied.size === folder.length &&
      folder.every((d) => {
        const script = d.migrationFile.content;
        return script.tag === 'ok' && applied.get(d.path) === checksumOf(script.value);
      })
    );
  } catch {
    return false;
  } finally {
    await adapter?.dispose().catch(() => {});
  }
}

/**
 * Applies the pending migrations; returns the names applied (none on a database that is up to date).
 * `until` stops after that migration (tests build a database as an older release left it).
 */
export async function applyMigrations(
  target: DatabaseTarget = parseDatabaseUrl(),
  options: { until?: string } = {},
): Promise<string[]> {
  const all = readMigrations(target.provider);
  const until = options.until;
  if (!until && (await migrationsUpToDate(target, all))) return [];
  const migrationsList = until
    ? { ...all, migrationDirectories: all.migrationDirectories.filter((d) => d.path <= until) }
    : all;
  const out = await withEngine(target, (engine) => engine.applyMigrations({ migrationsList, filters: noFilter }));
  return out.appliedMigrationNames;
}

/** Names of the migrations in the folder that the database has not applied yet. */
export async function pendingMigrations(target: DatabaseTarget = parseDatabaseUrl()): Promise<string[]> {
  const migrationsList = readMigrations(target.provider);
  const all = migrationsList.migrationDirectories.map((d) => d.path);
  if (await migrationsUpToDate(target, migrationsList)) return [];
  const out = await withEngine(target, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: noFilter }),
  ).catch((error: Error) => {
    // A database never migrated has no history table (P1014 on SQLite): everything is pending.
    if ((error.cause as { code?: string } | undefined)?.code === 'P1014') return null;
    throw error;
  });
  if (out === null) return all;
  const h = out.history;
  if (!h) return [];
  if (h.diagnostic === 'databaseIsBehind') return h.unappliedMigrationNames;
  if (h.diagnostic === 'historiesDiverge') return h.unappliedMigrationNames;
  return [];
}

/**
 * The SQL that takes a database built by the committed migrations to the current schema, or '' when they agree.
 * The migrations are applied to a scratch database (a temporary SQLite file, or a temporary PostgreSQL database
 * next to SHADOW_DATABASE_URL / DATABASE_URL) and the engine diffs that live database against the schema.
 */
export async function pendingSchemaSql(provider: Provider): Promise<string> {
  const schemaPath = schemaPathOf(provider);
  const files = [{ path: schemaPath, content: readFileSync(schemaPath, 'utf8') }];
  const scratch = await createScratchDatabase(provider);
  try {
    const migrationsList = readMigrations(provider);
    const out = await withEngine(scratch.target, async (engine) => {
      await engine.applyMigrations({ migrationsList, filters: noFilter });
      return engine.diff({
        from: { tag: 'schemaDatasource', files, configDir: path.dirname(schemaPath) },
        to: { tag: 'schemaDatamodel', files },
        script: true,
        exitCode: null,
        filters: noFilter,
      });
    });
    const sql = out.stdout ?? '';
    return /^\s*(--\s*This is an empty migration\.)?\s*$/.test(sql) ? '' : sql;
  } finally {
    await scratch.drop();
  }
}

async function createScratchDatabase(provider: Provider): Promise<{ target: DatabaseTarget; drop(): Promise<void> }> {
  const name = `fidele_scratch_${process.pid}_${Date.now()}`;
  if (provider === 'sqlite') {
    const file = path.join(tmpdir(), `${name}.db`);
    return { target: { provider, url: `file:${file}`, file }, drop: async () => rmSync(file, { force: true }) };
  }
  const base = process.env.SHADOW_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!base?.startsWith('postgres'))
    throw new Error('set SHADOW_DATABASE_URL (or DATABASE_URL) to a PostgreSQL server');
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    target: { provider, url: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Writes prisma/<provider>/migrations/<timestamp>_<name>/migration.sql for each database whose schema moved. */
export async function createMigration(name: string, providers: Provider[]): Promise<string[]> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error('migration name: lower-case letters, digits and _ only');
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const written: string[] = [];
  for (const provider of providers) {
    const sql = await pendingSchemaSql(provider);
    if (!sql) continue;
    const dir = path.join(migrationsDirOf(provider), `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'migration.sql'), sql);
    const lock = path.join(migrationsDirOf(provider), 'migration_lock.toml');
    if (!existsSync(lock)) writeFileSync(lock, `# Prisma migration lock file\nprovider = "${provider}"\n`);
    written.push(dir);
  }
  return written;
}
