import { afterAll, beforeAll, expect, it } from 'vitest';
import { applyMigrations, readMigrations } from '../kernel/db/migrate.js';
import type { Provider } from '../kernel/db/paths.js';
import { createEmptyDatabase, createTestDatabase, describeEachDatabase, type TestDatabase } from './databases.js';
import { createDb, type Db } from '../kernel/db/client.js';

/** Tables, columns, indexes and constraints as the database itself describes them. */
async function schemaOf(db: Db, provider: Provider): Promise<unknown[]> {
  if (provider === 'sqlite')
    return db.$queryRawUnsafe(`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`);
  const columns = await db.$queryRawUnsafe<unknown[]>(
    `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
     WHERE table_schema = 'public' ORDER BY table_name, column_name`,
  );
  const indexes = await db.$queryRawUnsafe<unknown[]>(
    `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`,
  );
  const constraints = await db.$queryRawUnsafe<unknown[]>(
    `SELECT conname, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
     JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' ORDER BY conname`,
  );
  return [columns, indexes, constraints];
}

describeEachDatabase('test databases copied from the migrated template', (provider) => {
  let copied: TestDatabase;
  let migrated: { db: Db; drop(): Promise<void> };

  beforeAll(async () => {
    copied = await createTestDatabase(provider);
    const empty = await createEmptyDatabase(provider);
    await applyMigrations(empty.target);
    const db = createDb(empty.target);
    migrated = { db, drop: async () => (await db.$disconnect(), await empty.drop()) };
  });
  afterAll(async () => {
    await copied?.drop();
    await migrated?.drop();
  });

  it('the run built a template for this database (global-setup.ts)', () => {
    expect(process.env[`FIDELE_TEST_TEMPLATE_${provider.toUpperCase()}`]).toBeTruthy();
  });

  it('has the schema of a database migrated from scratch', async () => {
    expect(await schemaOf(copied.db, provider)).toEqual(await schemaOf(migrated.db, provider));
  });

  it('has every migration recorded, so the schema engine finds nothing to apply', async () => {
    const names = readMigrations(provider).migrationDirectories.map((d) => d.path);
    const rows = await copied.db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(await applyMigrations(copied.target)).toEqual([]);
  });

  it('is a database of its own: a write does not reach another copy', async () => {
    const other = await createTestDatabase(provider);
    try {
      await copied.db.brand.create({ data: { code: 'TPL', name: 'Template check' } });
      expect(await other.db.brand.count({ where: { code: 'TPL' } })).toBe(0);
    } finally {
      await other.drop();
    }
  });
});
