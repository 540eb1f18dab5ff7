import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveSchema } from '../db/derive-schemas.js';
import { applyMigrations, pendingMigrations, pendingSchemaSql, readMigrations } from '../db/migrate.js';
import { schemaPathOf } from '../db/paths.js';
import { createDb } from '../db/client.js';
import { seedDatabase } from '../../platform/seed/seed.service.js';
import {
  createEmptyDatabase,
  createTestDatabase,
  describeEachDatabase,
  type TestDatabase,
} from '../../testing/databases.js';
import { postgresAdminUrl } from '../../testing/postgres.js';

const asOf = new Date('2026-06-30T00:00:00Z');

describeEachDatabase('migrations', (provider) => {
  beforeAll(() => {
    // The scratch database of the drift check lives next to the test server.
    if (provider === 'postgresql') process.env.SHADOW_DATABASE_URL = postgresAdminUrl;
  });

  it('the derived schema of this database is up to date with prisma/schema.prisma (run pnpm generate)', () => {
    expect(readFileSync(schemaPathOf(provider), 'utf8')).toBe(deriveSchema(provider));
  });

  it('the committed migrations build exactly the schema (run migrate:create when this fails)', async () => {
    expect(await pendingSchemaSql(provider)).toBe('');
  });

  it('apply from empty, and a second run changes nothing', async () => {
    const empty = await createEmptyDatabase(provider);
    try {
      const all = readMigrations(provider).migrationDirectories.map((d) => d.path.split(/[\\/]/).pop());
      expect(await pendingMigrations(empty.target)).toEqual(all);
      expect(await applyMigrations(empty.target)).toEqual(all);
      expect(await applyMigrations(empty.target)).toEqual([]);
      expect(await pendingMigrations(empty.target)).toEqual([]);
    } finally {
      await empty.drop();
    }
  });

  it('an older database holding data takes the newer migrations and loses nothing', async () => {
    const names = readMigrations(provider).migrationDirectories.map((d) => d.path);
    expect(names.length).toBeGreaterThan(1);
    const empty = await createEmptyDatabase(provider);
    const db = createDb(empty.target);
    try {
      expect(await applyMigrations(empty.target, { until: names[0] })).toEqual([names[0]]);
      // Rows written as the first release would: raw SQL on the tables of the first migration only.
      const now = new Date().toISOString();
      await db.$executeRawUnsafe(
        `INSERT INTO "Brand" ("code", "name", "createdAt", "updatedAt") VALUES ('B', 'Brand', '${now}', '${now}')`,
      );
      await db.$executeRawUnsafe(
        `INSERT INTO "Zone" ("code", "name", "createdAt", "updatedAt") VALUES ('Z', 'Zone', '${now}', '${now}')`,
      );
      await db.$executeRawUnsafe(
        `INSERT INTO "Contact" ("kind", "lastName", "email", "brandId", "zoneId", "createdAt", "updatedAt")
         SELECT 'CLIENT', 'Durand', 'durand@example.fr', b."id", z."id", '${now}', '${now}' FROM "Brand" b, "Zone" z`,
      );
      expect(await applyMigrations(empty.target)).toEqual(names.slice(1));
      const contacts = await db.contact.findMany({
        select: { lastName: true, email: true, kind: true, version: true },
      });
      expect(contacts).toEqual([{ lastName: 'Durand', email: 'durand@example.fr', kind: 'CLIENT', version: 1 }]);
      expect(await pendingMigrations(empty.target)).toEqual([]);
    } finally {
      await db.$disconnect();
      await empty.drop();
    }
  });

  describe('on a database that holds data', () => {
    let t: TestDatabase;
    const counts = async () => ({
      contacts: await t.db.contact.count(),
      sales: await t.db.sale.count(),
      lines: await t.db.saleLine.count(),
      targets: await t.db.actionTarget.count(),
      consents: await t.db.consentEvent.count(),
      users: await t.db.staffUser.count(),
    });
    beforeAll(async () => {
      t = await createTestDatabase(provider);
      await seedDatabase(t.db, { contacts: 60, asOf });
    });
    afterAll(() => t?.drop());

    it('applying the migrations again loses and changes nothing', async () => {
      const before = await counts();
      const firstContact = await t.db.contact.findFirst({ orderBy: { id: 'asc' } });
      expect(before.contacts).toBe(60);
      expect(await applyMigrations(t.target)).toEqual([]);
      expect(await pendingMigrations(t.target)).toEqual([]);
      expect(await counts()).toEqual(before);
      expect(await t.db.contact.findFirst({ orderBy: { id: 'asc' } })).toEqual(firstContact);
    });
  });
});
