/**
 * The statements of a contact import do not grow with its rows: a batch of new contacts is one INSERT, the webhook
 * subscribers are looked for once per batch, and their events are still written, in file order.
 */
import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDb, type Db } from '../../kernel/db/client.js';
import { applyMigrations } from '../../kernel/db/migrate.js';
import { systemContext } from '../../privacy/access/system.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../testing/databases.js';
import { runImport } from '../imports/import.service.js';
import { encodeGlobalID } from '@pothos/plugin-relay';

const csv = (from: number, n: number) =>
  'lastName;email;postalCode;city;brand;zone\r\n' +
  Array.from({ length: n }, (_, i) => `DUPONT;c${from + i}@exemple.fr;75003;paris;B;Z\r\n`).join('');

describeEachDatabase('contact import: statements per batch', (provider) => {
  let t: TestDatabase;
  let db: Db;
  const statements: string[] = [];
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await applyMigrations(t.target);
    db = createDb(t.target, { onStatement: (sql) => void statements.push(sql) });
    await db.brand.create({ data: { code: 'B', name: 'B' } });
    await db.zone.create({ data: { code: 'Z', name: 'Z' } });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await t?.drop();
  });

  const importRows = (from: number, n: number) =>
    runImport(systemContext(db, provider, 'test:import'), {
      entity: 'contacts',
      format: 'CSV',
      fileName: 'contacts.csv',
      source: Readable.from([Buffer.from(csv(from, n))]),
      key: 'email',
      batchSize: 500,
    });
  const count = (re: RegExp) => statements.filter((s) => re.test(s)).length;

  it('writes 300 new contacts with one INSERT and one look for subscribers', async () => {
    statements.length = 0;
    const summary = await importRows(0, 300);
    expect(summary.created).toBe(300);
    expect(count(/^INSERT INTO\s+(\S+\.)?[`"]Contact[`"]\s/)).toBe(1);
    expect(count(/FROM\s+\S*WebhookSubscription/)).toBe(1);
    // Duplicates at entry (issue 21) look the batch up at once: a handful of statements, not a few per row.
    expect(count(/ContactMatchKey/)).toBeLessThan(10);
    expect(await db.contact.count({ where: { email: { startsWith: 'c' } } })).toBe(300);
  });

  it('still emits CONTACT_CREATED for each new contact, in file order, when someone listens', async () => {
    const s = await db.webhookSubscription.create({
      data: {
        name: 'hook',
        url: 'https://example.test/hook',
        secret: 'x'.repeat(32),
        events: { create: [{ event: 'CONTACT_CREATED' }] },
      },
    });
    statements.length = 0;
    expect((await importRows(1000, 3)).created).toBe(3);
    expect(count(/^INSERT INTO\s+(\S+\.)?[`"]Contact[`"]\s/)).toBe(1);
    const deliveries = await db.webhookDelivery.findMany({ where: { subscriptionId: s.id }, orderBy: { id: 'asc' } });
    const ids = (
      await db.contact.findMany({
        where: { email: { in: ['c1000@exemple.fr', 'c1001@exemple.fr', 'c1002@exemple.fr'] } },
        orderBy: { email: 'asc' },
        select: { id: true },
      })
    ).map((c) => c.id);
    expect(deliveries.map((d) => (d.payload as { data: { contact: string } }).data.contact)).toEqual(
      ids.map((id) => encodeGlobalID('Contact', id)),
    );
  });
});
