import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applyMigrations, migrationsUpToDate, pendingMigrations, readMigrations } from '../db/migrate.js';
import {
  createEmptyDatabase,
  createTestDatabase,
  describeEachDatabase,
  type TestDatabase,
} from '../../testing/databases.js';

// Counts the loads of the WebAssembly schema engine, the step a start on a migrated database should skip.
const engineLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../db/schema-engine.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../db/schema-engine.js')>();
  return {
    ...original,
    loadSchemaEngine: () => {
      engineLoads.count += 1;
      return original.loadSchemaEngine();
    },
  };
});

describeEachDatabase('a start on a migrated database', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t?.drop());

  it('reads the history in one query and does not load the schema engine', async () => {
    engineLoads.count = 0;
    expect(await applyMigrations(t.target)).toEqual([]);
    expect(await pendingMigrations(t.target)).toEqual([]);
    expect(engineLoads.count).toBe(0);
  });

  it('leaves to the engine a database never migrated, a failed migration, a changed script or an unknown one', async () => {
    const list = readMigrations(provider);
    expect(await migrationsUpToDate(t.target, list)).toBe(true);

    const empty = await createEmptyDatabase(provider);
    try {
      expect(await migrationsUpToDate(empty.target, list)).toBe(false);
    } finally {
      await empty.drop();
    }

    const [first, ...rest] = list.migrationDirectories;
    const edited = {
      ...first!,
      migrationFile: { ...first!.migrationFile, content: { tag: 'ok' as const, value: '-- edited' } },
    };
    expect(await migrationsUpToDate(t.target, { ...list, migrationDirectories: [edited, ...rest] })).toBe(false);
    // The database holds a migration this release does not know (a newer release migrated it).
    expect(await migrationsUpToDate(t.target, { ...list, migrationDirectories: rest })).toBe(false);

    const last = list.migrationDirectories.at(-1)!.path;
    await t.db.$executeRawUnsafe(`UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = '${last}'`);
    expect(await migrationsUpToDate(t.target, list)).toBe(false);
    engineLoads.count = 0;
    await expect(applyMigrations(t.target)).rejects.toThrow(/schema engine/);
    expect(engineLoads.count).toBe(1);
  });
});

describe('the checksum a migration is recorded with', () => {
  it('is the one Prisma’s engine wrote, so a migrated database is recognised', async () => {
    // Written by the engine when the test database was built: the first test above would fail otherwise; this one
    // names the cause when it does.
    const t = await createTestDatabase('sqlite');
    try {
      const rows = await t.db.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
        'SELECT migration_name, checksum FROM _prisma_migrations ORDER BY migration_name',
      );
      const { createHash } = await import('node:crypto');
      const expected = readMigrations('sqlite').migrationDirectories.map((d) => ({
        migration_name: d.path,
        checksum: createHash('sha256')
          .update(d.migrationFile.content.tag === 'ok' ? d.migrationFile.content.value : '')
          .digest('hex'),
      }));
      expect(rows).toEqual(expected);
    } finally {
      await t.drop();
    }
  });
});
