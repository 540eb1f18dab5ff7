import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe } from 'vitest';
import { createDb, type Db, type DbOptions } from '../kernel/db/client.js';
import type { DatabaseTarget } from '../kernel/db/database-url.js';
import { applyMigrations } from '../kernel/db/migrate.js';
import type { Provider } from '../kernel/db/paths.js';
import { adminQuery, databaseUrl } from './postgres.js';
import { copyTemplate } from './template-databases.js';

/** The databases this run covers (decided by global-setup.ts). */
export const testProviders = (): Provider[] => (process.env.FIDELE_TEST_DATABASES ?? 'sqlite').split(',') as Provider[];

export interface TestDatabase {
  provider: Provider;
  target: DatabaseTarget;
  db: Db;
  /** Disconnects and deletes the database. */
  drop(): Promise<void>;
}

let counter = 0;

/** A fresh name, its target and how to drop it; the database itself is not created yet. */
function newDatabase(provider: Provider): { name: string; file?: string; database: Omit<TestDatabase, 'db'> } {
  const name = `fidele_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  if (provider === 'sqlite') {
    const file = path.join(tmpdir(), `${name}.db`);
    const drop = async () => {
      for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true });
    };
    return { name, file, database: { provider, target: { provider, url: `file:${file}`, file }, drop } };
  }
  const drop = () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  return { name, database: { provider, target: { provider, url: databaseUrl(name) }, drop } };
}

/** A new, empty database of the given kind, not migrated. */
export async function createEmptyDatabase(provider: Provider): Promise<Omit<TestDatabase, 'db'>> {
  const { name, database } = newDatabase(provider);
  if (provider === 'postgresql') await adminQuery(`CREATE DATABASE "${name}"`);
  return database;
}

/**
 * A new database with every migration applied and a connected client: a copy of this run's migrated template
 * (template-databases.ts), or, without one, an empty database migrated here.
 */
export async function createTestDatabase(provider: Provider, options: DbOptions = {}): Promise<TestDatabase> {
  const { name, file, database: empty } = newDatabase(provider);
  if (!(await copyTemplate(provider, { name, file }))) {
    if (provider === 'postgresql') await adminQuery(`CREATE DATABASE "${name}"`);
    await applyMigrations(empty.target);
  }
  const db = createDb(empty.target, options);
  return {
    ...empty,
    db,
    drop: async () => {
      await db.$disconnect();
      await empty.drop();
    },
  };
}

/** Runs a describe block once per database of this run, named after it. */
export function describeEachDatabase(name: string, body: (provider: Provider) => void): void {
  for (const provider of testProviders()) describe(`${name} [${provider}]`, () => body(provider));
}
