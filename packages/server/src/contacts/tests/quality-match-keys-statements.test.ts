/**
 * The blocking keys of a batch of contacts go to the database as one INSERT of a few parameters, whatever the
 * number of keys, and a second refresh finds nothing stale (computedAt written as the database writes updatedAt).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDb, type Db } from '../../kernel/db/client.js';
import { applyMigrations } from '../../kernel/db/migrate.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../testing/databases.js';
import { matchKeys, refreshMatchKeys } from '../quality/match-keys.system.js';

describeEachDatabase('duplicate keys: statements per batch', (provider) => {
  let t: TestDatabase;
  let db: Db;
  const statements: string[] = [];
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await applyMigrations(t.target);
    db = createDb(t.target, { onStatement: (sql) => void statements.push(sql) });
    const brand = await db.brand.create({ data: { code: 'B', name: 'B' } });
    const zone = await db.zone.create({ data: { code: 'Z', name: 'Z' } });
    await db.contact.createMany({
      data: Array.from({ length: 1500 }, (_, i) => ({
        kind: 'CLIENT' as const,
        lastName: `Dupont${i}`,
        firstName: 'Jean',
        email: `jean.dupont${i}@exemple.fr`,
        addressLine1: `${i} rue de la Gare`,
        postalCode: '75003',
        brandId: brand.id,
        zoneId: zone.id,
      })),
    });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await t?.drop();
  });

  it('writes the keys of 1,500 contacts (6,000 keys) with one INSERT, then finds nothing stale', async () => {
    statements.length = 0;
    expect(await refreshMatchKeys(db, { batchSize: 2000, provider })).toEqual({ refreshed: 1500 });
    expect(statements.filter((s) => /^INSERT INTO\s+"?(main"?\.)?"?ContactMatchKey/.test(s.trim()))).toHaveLength(1);
    const stored = await db.contactMatchKey.findMany({ orderBy: [{ contactId: 'asc' }, { key: 'asc' }] });
    const contacts = await db.contact.findMany({ orderBy: { id: 'asc' } });
    const expected = contacts
      .flatMap((c) => matchKeys(c).map((key) => ({ key, contactId: c.id })))
      .sort((a, b) => a.contactId - b.contactId || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    expect(stored.map((k) => ({ key: k.key, contactId: k.contactId }))).toEqual(expected);
    const updatedAt = new Map(contacts.map((c) => [c.id, +c.updatedAt]));
    expect(stored.filter((k) => +k.computedAt !== updatedAt.get(k.contactId))).toEqual([]);
    expect(await refreshMatchKeys(db, { provider })).toEqual({ refreshed: 0 });
  });
});
