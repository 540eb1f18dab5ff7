import { createHash } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyMigrations, readMigrations } from '../kernel/db/migrate.js';
import type { Provider } from '../kernel/db/paths.js';
import { adminQuery, databaseUrl } from './postgres.js';

/**
 * Migrated template databases, built once per test run (global-setup.ts) and copied for each test database.
 * Migrating through the WebAssembly schema engine costs 2 to 4 s per database on a loaded 2-core machine and the
 * suite creates hundreds of them; copying a SQLite file or `CREATE DATABASE ... TEMPLATE` costs milliseconds.
 * The templates are named in environment variables, which vitest's workers inherit.
 */
const envName = (provider: Provider) => `FIDELE_TEST_TEMPLATE_${provider.toUpperCase()}`;

/**
 * What the template was migrated from: a copy is used only while the migration folder is unchanged, so a run in
 * watch mode that adds a migration falls back to migrating rather than testing a stale schema.
 */
function migrationsFingerprint(provider: Provider): string {
  const hash = createHash('sha256');
  for (const d of readMigrations(provider).migrationDirectories) {
    const content = d.migrationFile.content;
    hash
      .update(d.path)
      .update('\0')
      .update(content.tag === 'ok' ? content.value : '')
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

interface Template {
  /** A SQLite file, or a PostgreSQL database name. */
  location: string;
  fingerprint: string;
}

/** Builds the migrated template of each provider, names it in the environment and returns how to drop them all. */
export async function buildTemplates(providers: Provider[]): Promise<() => Promise<void>> {
  const name = `fidele_template_${process.pid}_${Date.now().toString(36)}`;
  const built = await Promise.all(
    providers.map(async (provider) => {
      const fingerprint = migrationsFingerprint(provider);
      if (provider === 'sqlite') {
        const file = path.join(tmpdir(), `${name}.db`);
        await applyMigrations({ provider, url: `file:${file}`, file });
        process.env[envName(provider)] = JSON.stringify({ location: file, fingerprint } satisfies Template);
        return () => rmSync(file, { force: true });
      }
      await adminQuery(`CREATE DATABASE "${name}"`);
      await applyMigrations({ provider, url: databaseUrl(name) });
      process.env[envName(provider)] = JSON.stringify({ location: name, fingerprint } satisfies Template);
      return () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }),
  );
  return async () => {
    for (const drop of built) await drop();
  };
}

function templateOf(provider: Provider): Template | undefined {
  const raw = process.env[envName(provider)];
  if (!raw) return undefined;
  const template = JSON.parse(raw) as Template;
  return template.fingerprint === migrationsFingerprint(provider) ? template : undefined;
}

/**
 * Fills a new, empty database with a copy of this run's migrated template; false when there is none (the tests
 * run without global-setup.ts, or the migrations changed since it ran), and the caller migrates instead.
 */
export async function copyTemplate(provider: Provider, target: { file?: string; name: string }): Promise<boolean> {
  const template = templateOf(provider);
  if (!template) return false;
  if (provider === 'sqlite') {
    // The template is in rollback-journal mode and no connection is open on it: the file is the whole database.
    copyFileSync(template.location, target.file!);
    return true;
  }
  await adminQuery(`CREATE DATABASE "${target.name}" TEMPLATE "${template.location}"`);
  return true;
}
