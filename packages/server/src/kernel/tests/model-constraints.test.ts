/**
 * The data model's key constraints, proved against the real databases (SQLite and PostgreSQL) through the
 * Prisma client: unique keys, foreign keys, on-delete behaviour, defaults, Decimal/Json/enum round-trips.
 *
 * Every test inserts its own minimal rows with fresh codes, so the tests of a block share one database and do
 * not depend on each other's order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, Model } from '../db/client.js';
import type { Provider } from '../db/paths.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../testing/databases.js';

// ---------------------------------------------------------------------------------------------------------------
// Minimal rows
// ---------------------------------------------------------------------------------------------------------------

let seq = 0;
/** A code no other row of this file uses. */
const uid = (prefix: string) => `${prefix}-${++seq}`;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const brand = (db: Db, code = uid('BR')) => db.brand.create({ data: { code, name: `Brand ${code}` } });
const zone = (db: Db, code = uid('ZN')) => db.zone.create({ data: { code, name: `Zone ${code}` } });
const category = (db: Db, code = uid('CAT')) => db.productCategory.create({ data: { code, name: `Category ${code}` } });
const purpose = (db: Db, code = uid('PUR'), parentId?: number) =>
  db.purpose.create({ data: { code, name: `Purpose ${code}`, legalBasis: 'CONSENT', parentId } });
const staffUser = (db: Db, email = `${uid('user')}@fidele.test`) =>
  db.staffUser.create({ data: { email, firstName: 'Ada', lastName: 'Staff', passwordHash: 'x', role: 'SALES' } });

async function contact(
  db: Db,
  data: { brandId?: number; zoneId?: number; ownerId?: number; sourceActionId?: number } = {},
) {
  const brandId = data.brandId ?? (await brand(db)).id;
  const zoneId = data.zoneId ?? (await zone(db)).id;
  return db.contact.create({ data: { kind: 'CLIENT', lastName: 'Martin', ...data, brandId, zoneId } });
}

async function product(db: Db, code = uid('PRD'), listPrice: string = '10.00') {
  const categoryId = (await category(db)).id;
  return db.product.create({ data: { code, name: `Product ${code}`, categoryId, listPrice } });
}

async function action(db: Db, code = uid('ACT')) {
  const requiredPurposeId = (await purpose(db)).id;
  return db.marketingAction.create({
    data: {
      code,
      name: `Action ${code}`,
      objective: 'LOYALTY',
      medium: 'EMAIL',
      startDate: day('2026-01-01'),
      endDate: day('2026-01-31'),
      requiredPurposeId,
    },
  });
}

const sale = (
  db: Db,
  c: { id: number; brandId: number },
  extra: { externalRef?: string | null; total?: string } = {},
) =>
  db.sale.create({
    data: {
      contactId: c.id,
      brandId: c.brandId,
      saleDate: day('2026-02-01'),
      channel: 'STORE',
      total: '10.00',
      ...extra,
    },
  });

const target = (db: Db, actionId: number, contactId: number, conversionSaleId?: number) =>
  db.actionTarget.create({ data: { actionId, contactId, targetedAt: day('2026-01-02'), conversionSaleId } });

const apiKey = (db: Db, prefix = uid('fk')) =>
  db.apiKey.create({ data: { name: `Key ${prefix}`, prefix, keyHash: 'hash' } });

// ---------------------------------------------------------------------------------------------------------------
// Refusals
// ---------------------------------------------------------------------------------------------------------------

/** The error of a write the database must refuse; fails the test when the write succeeds. */
async function refusal(write: PromiseLike<unknown>): Promise<{ code?: string; meta?: any }> {
  let result: unknown;
  try {
    result = await write;
  } catch (error) {
    return error as { code?: string; meta?: any };
  }
  throw new Error(`the database accepted the write: ${JSON.stringify(result)}`);
}

/** The violated constraint as the driver adapter reports it (`meta.driverAdapterError.cause`). */
const causeOf = (e: { meta?: any }) => e.meta?.driverAdapterError?.cause ?? {};

/**
 * P2002 on both databases. SQLite names the columns (`constraint.fields`), PostgreSQL the unique index
 * (`constraint.index`, Prisma's `<Table>_<fields>_key`); both name the table.
 */
async function expectUniqueViolation(provider: Provider, write: PromiseLike<unknown>, table: string, fields: string[]) {
  const e = await refusal(write);
  expect(e.code).toBe('P2002');
  const cause = causeOf(e);
  expect(cause.kind).toBe('UniqueConstraintViolation');
  expect(cause.table).toBe(table);
  if (provider === 'sqlite') expect(cause.constraint).toEqual({ fields });
  else expect(cause.constraint).toEqual({ index: `${table}_${fields.join('_')}_key` });
}

/**
 * P2003 on both databases. PostgreSQL names the foreign key (`<Table>_<column>_fkey`); SQLite only says
 * "FOREIGN KEY constraint failed" (`constraint.foreignKey` is `{}`), so on SQLite each test varies one key at a time.
 */
async function expectForeignKeyViolation(provider: Provider, write: PromiseLike<unknown>, foreignKey: string) {
  const e = await refusal(write);
  expect(e.code).toBe('P2003');
  const cause = causeOf(e);
  expect(cause.kind).toBe('ForeignKeyConstraintViolation');
  if (provider === 'sqlite') expect(cause.originalMessage).toBe('FOREIGN KEY constraint failed');
  else expect(cause.constraint).toEqual({ index: foreignKey });
}

const missingId = 987_654;

// ---------------------------------------------------------------------------------------------------------------

describeEachDatabase('data model constraints', (provider) => {
  let t: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    db = t.db;
  });
  afterAll(() => t?.drop());

  describe('unique keys (P2002)', () => {
    const singleColumnKeys: [string, string, (code: string) => PromiseLike<unknown>][] = [
      ['Product', 'code', (code) => product(db, code)],
      ['MarketingAction', 'code', (code) => action(db, code)],
      ['Brand', 'code', (code) => brand(db, code)],
      ['Zone', 'code', (code) => zone(db, code)],
      ['ProductCategory', 'code', (code) => category(db, code)],
      ['Purpose', 'code', (code) => purpose(db, code)],
      ['StaffUser', 'email', (code) => staffUser(db, `${code}@fidele.test`)],
      ['ApiKey', 'prefix', (code) => apiKey(db, code)],
    ];

    it.each(singleColumnKeys)('%s.%s is unique', async (table, field, create) => {
      const code = uid(`${table}-dup`);
      await create(code);
      await create(uid(`${table}-other`)); // another value is accepted
      await expectUniqueViolation(provider, create(code), table, [field]);
    });

    it('Sale.externalRef is unique when present, and any number of sales may have none', async () => {
      const c = await contact(db);
      const ref = uid('ERP');
      await sale(db, c, { externalRef: null });
      await sale(db, c, { externalRef: null });
      await sale(db, c, {}); // omitted: null as well
      await sale(db, c, { externalRef: ref });
      await expectUniqueViolation(provider, sale(db, c, { externalRef: ref }), 'Sale', ['externalRef']);
      expect(await db.sale.count({ where: { contactId: c.id, externalRef: null } })).toBe(3);
      expect(await db.sale.count({ where: { externalRef: ref } })).toBe(1);
    });

    it('an action targets a contact at most once (actionId, contactId)', async () => {
      const a = await action(db);
      const c1 = await contact(db);
      const c2 = await contact(db, { brandId: c1.brandId, zoneId: c1.zoneId });
      await target(db, a.id, c1.id);
      await target(db, a.id, c2.id); // same action, another contact
      await target(db, (await action(db)).id, c1.id); // same contact, another action
      await expectUniqueViolation(provider, target(db, a.id, c1.id), 'ActionTarget', ['actionId', 'contactId']);
    });

    it('one sale converts at most one target (ActionTarget.conversionSaleId)', async () => {
      const c = await contact(db);
      const s = await sale(db, c);
      await target(db, (await action(db)).id, c.id, s.id);
      await target(db, (await action(db)).id, c.id); // unconverted targets are not affected
      await target(db, (await action(db)).id, c.id);
      await expectUniqueViolation(provider, target(db, (await action(db)).id, c.id, s.id), 'ActionTarget', [
        'conversionSaleId',
      ]);
      // Also through an update of an existing target.
      const other = await target(db, (await action(db)).id, c.id);
      await expectUniqueViolation(
        provider,
        db.actionTarget.update({ where: { id: other.id }, data: { conversionSaleId: s.id } }),
        'ActionTarget',
        ['conversionSaleId'],
      );
    });
  });

  describe('foreign keys (P2003)', () => {
    it('a contact needs an existing brand', async () => {
      const z = await zone(db);
      await expectForeignKeyViolation(
        provider,
        db.contact.create({ data: { kind: 'CLIENT', brandId: missingId, zoneId: z.id } }),
        'Contact_brandId_fkey',
      );
      expect(await db.contact.count({ where: { zoneId: z.id } })).toBe(0);
      await db.contact.create({ data: { kind: 'CLIENT', brandId: (await brand(db)).id, zoneId: z.id } }); // control
    });

    it('a contact needs an existing zone', async () => {
      const b = await brand(db);
      await expectForeignKeyViolation(
        provider,
        db.contact.create({ data: { kind: 'CLIENT', brandId: b.id, zoneId: missingId } }),
        'Contact_zoneId_fkey',
      );
      expect(await db.contact.count({ where: { brandId: b.id } })).toBe(0);
    });

    it('a sale line needs an existing product', async () => {
      const s = await sale(db, await contact(db));
      const line = (productId: number) =>
        db.saleLine.create({ data: { saleId: s.id, productId, quantity: 1, unitPrice: '10.00' } });
      await expectForeignKeyViolation(provider, line(missingId), 'SaleLine_productId_fkey');
      await line((await product(db)).id); // control
      expect(await db.saleLine.count({ where: { saleId: s.id } })).toBe(1);
    });

    it('an action target needs an existing action', async () => {
      const c = await contact(db);
      await expectForeignKeyViolation(provider, target(db, missingId, c.id), 'ActionTarget_actionId_fkey');
      expect(await db.actionTarget.count({ where: { contactId: c.id } })).toBe(0);
    });

    it('an update to a nonexistent key is refused too', async () => {
      const c = await contact(db);
      await expectForeignKeyViolation(
        provider,
        db.contact.update({ where: { id: c.id }, data: { zoneId: missingId } }),
        'Contact_zoneId_fkey',
      );
      expect((await db.contact.findUniqueOrThrow({ where: { id: c.id } })).zoneId).toBe(c.zoneId);
    });
  });

  describe('on delete', () => {
    /** A contact with one row of every kind that belongs to it (no sale). */
    async function contactWithHistory() {
      const c = await contact(db);
      const a = await action(db);
      const p = await purpose(db);
      await target(db, a.id, c.id);
      await db.activity.create({
        data: { contactId: c.id, type: 'CALL', occurredAt: day('2026-01-03'), subject: 'Call' },
      });
      await db.task.create({ data: { contactId: c.id, title: 'Call back', dueDate: day('2026-01-10') } });
      const event = await db.consentEvent.create({
        data: {
          contactId: c.id,
          purposeId: p.id,
          status: 'GRANTED',
          source: 'WEB_FORM',
          capturedAt: day('2026-01-01'),
          effectiveFrom: day('2026-01-01'),
        },
      });
      await db.consentState.create({
        data: {
          contactId: c.id,
          purposeId: p.id,
          status: 'GRANTED',
          effectiveFrom: day('2026-01-01'),
          lastEventId: event.id,
        },
      });
      await db.contactInterest.createMany({
        data: [
          { contactId: c.id, interest: 'SPORTS' },
          { contactId: c.id, interest: 'TRAVEL' },
        ],
      });
      return { c, a, p };
    }

    const history = async (contactId: number) => ({
      targets: await db.actionTarget.count({ where: { contactId } }),
      activities: await db.activity.count({ where: { contactId } }),
      tasks: await db.task.count({ where: { contactId } }),
      consentEvents: await db.consentEvent.count({ where: { contactId } }),
      consentStates: await db.consentState.count({ where: { contactId } }),
      interests: await db.contactInterest.count({ where: { contactId } }),
    });
    const full = { targets: 1, activities: 1, tasks: 1, consentEvents: 1, consentStates: 1, interests: 2 };
    const none = { targets: 0, activities: 0, tasks: 0, consentEvents: 0, consentStates: 0, interests: 0 };

    it('deleting a contact deletes its targets, activities, tasks, consent events and states, interests (Cascade)', async () => {
      const gone = await contactWithHistory();
      const kept = await contactWithHistory();
      expect(await history(gone.c.id)).toEqual(full);
      await db.contact.delete({ where: { id: gone.c.id } });
      expect(await db.contact.findUnique({ where: { id: gone.c.id } })).toBeNull();
      expect(await history(gone.c.id)).toEqual(none);
      // Only that contact's rows: the other contact, the action and the purpose remain.
      expect(await history(kept.c.id)).toEqual(full);
      expect(await db.marketingAction.findUnique({ where: { id: gone.a.id } })).not.toBeNull();
      expect(await db.purpose.findUnique({ where: { id: gone.p.id } })).not.toBeNull();
    });

    it('a contact with sales cannot be deleted (Restrict), and nothing of it is deleted', async () => {
      const { c } = await contactWithHistory();
      const s = await sale(db, c);
      await expectForeignKeyViolation(provider, db.contact.delete({ where: { id: c.id } }), 'Sale_contactId_fkey');
      expect(await db.contact.findUnique({ where: { id: c.id } })).not.toBeNull();
      expect(await history(c.id)).toEqual(full); // the cascades were rolled back with the refused delete
      await db.sale.delete({ where: { id: s.id } });
      await db.contact.delete({ where: { id: c.id } }); // without sales it goes
      expect(await history(c.id)).toEqual(none);
    });

    it('a product on a sale line cannot be deleted (Restrict)', async () => {
      const p = await product(db);
      const s = await sale(db, await contact(db));
      await db.saleLine.create({ data: { saleId: s.id, productId: p.id, quantity: 2, unitPrice: '10.00' } });
      await expectForeignKeyViolation(provider, db.product.delete({ where: { id: p.id } }), 'SaleLine_productId_fkey');
      expect(await db.product.findUnique({ where: { id: p.id } })).not.toBeNull();
      expect(await db.saleLine.count({ where: { productId: p.id } })).toBe(1);
    });

    it('deleting a product removes its ActionProduct links, not the actions (Cascade)', async () => {
      const a = await action(db);
      const gone = await product(db);
      const kept = await product(db);
      await db.actionProduct.createMany({
        data: [
          { actionId: a.id, productId: gone.id },
          { actionId: a.id, productId: kept.id },
        ],
      });
      await db.product.delete({ where: { id: gone.id } });
      expect(await db.actionProduct.findMany({ where: { actionId: a.id }, select: { productId: true } })).toEqual([
        { productId: kept.id },
      ]);
      expect(await db.marketingAction.findUnique({ where: { id: a.id } })).not.toBeNull();
    });

    it("deleting an action clears the contacts' sourceActionId (SetNull)", async () => {
      const a = await action(db);
      const c = await contact(db, { sourceActionId: a.id });
      expect(c.sourceActionId).toBe(a.id);
      await db.marketingAction.delete({ where: { id: a.id } });
      expect(await db.marketingAction.findUnique({ where: { id: a.id } })).toBeNull();
      expect((await db.contact.findUniqueOrThrow({ where: { id: c.id } })).sourceActionId).toBeNull();
    });

    it('an action with targets cannot be deleted (ActionTarget.action is Restrict)', async () => {
      const a = await action(db);
      const c = await contact(db, { sourceActionId: a.id });
      await target(db, a.id, c.id);
      await expectForeignKeyViolation(
        provider,
        db.marketingAction.delete({ where: { id: a.id } }),
        'ActionTarget_actionId_fkey',
      );
      expect(await db.marketingAction.findUnique({ where: { id: a.id } })).not.toBeNull();
      // The refused delete changed nothing, not even the SetNull side.
      expect((await db.contact.findUniqueOrThrow({ where: { id: c.id } })).sourceActionId).toBe(a.id);
    });

    it("deleting a sale deletes its lines (Cascade) and clears the target's conversionSaleId (SetNull)", async () => {
      const c = await contact(db);
      const s = await sale(db, c);
      const p = await product(db);
      await db.saleLine.createMany({
        data: [
          { saleId: s.id, productId: p.id, quantity: 1, unitPrice: '10.00' },
          { saleId: s.id, productId: p.id, quantity: 3, unitPrice: '5.00' },
        ],
      });
      const tg = await target(db, (await action(db)).id, c.id, s.id);
      expect(tg.conversionSaleId).toBe(s.id);
      await db.sale.delete({ where: { id: s.id } });
      expect(await db.saleLine.count({ where: { saleId: s.id } })).toBe(0);
      const after = await db.actionTarget.findUniqueOrThrow({ where: { id: tg.id } });
      expect(after.conversionSaleId).toBeNull();
      expect(await db.product.findUnique({ where: { id: p.id } })).not.toBeNull();
    });

    it('deleting a staff user clears Contact.ownerId, Activity.authorId and Task.assigneeId (SetNull)', async () => {
      const u = await staffUser(db);
      const c = await contact(db, { ownerId: u.id });
      const activity = await db.activity.create({
        data: { contactId: c.id, type: 'NOTE', occurredAt: day('2026-01-03'), subject: 'Note', authorId: u.id },
      });
      const task = await db.task.create({
        data: { contactId: c.id, title: 'Visit', dueDate: day('2026-01-10'), assigneeId: u.id },
      });
      expect([c.ownerId, activity.authorId, task.assigneeId]).toEqual([u.id, u.id, u.id]);
      await db.staffUser.delete({ where: { id: u.id } });
      expect((await db.contact.findUniqueOrThrow({ where: { id: c.id } })).ownerId).toBeNull();
      expect((await db.activity.findUniqueOrThrow({ where: { id: activity.id } })).authorId).toBeNull();
      expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).assigneeId).toBeNull();
    });

    it('a purpose with consent events cannot be deleted (Restrict)', async () => {
      const p = await purpose(db); // referenced by the event only (no action, no state)
      const c = await contact(db);
      await db.consentEvent.create({
        data: {
          contactId: c.id,
          purposeId: p.id,
          status: 'DENIED',
          source: 'PHONE',
          capturedAt: day('2026-01-01'),
          effectiveFrom: day('2026-01-01'),
        },
      });
      await expectForeignKeyViolation(
        provider,
        db.purpose.delete({ where: { id: p.id } }),
        'ConsentEvent_purposeId_fkey',
      );
      expect(await db.purpose.findUnique({ where: { id: p.id } })).not.toBeNull();
      expect(await db.consentEvent.count({ where: { purposeId: p.id } })).toBe(1);
    });

    it('a purpose with children cannot be deleted (Restrict); a leaf can', async () => {
      const parent = await purpose(db);
      const child = await purpose(db, uid('PUR-child'), parent.id);
      await expectForeignKeyViolation(
        provider,
        db.purpose.delete({ where: { id: parent.id } }),
        'Purpose_parentId_fkey',
      );
      expect(await db.purpose.count({ where: { id: { in: [parent.id, child.id] } } })).toBe(2);
      await db.purpose.delete({ where: { id: child.id } });
      await db.purpose.delete({ where: { id: parent.id } });
      expect(await db.purpose.count({ where: { id: { in: [parent.id, child.id] } } })).toBe(0);
    });
  });

  describe('defaults', () => {
    it('versioned records start at version 1', async () => {
      const c = await contact(db);
      const a = await action(db);
      const s = await sale(db, c);
      const records = [
        c,
        a,
        s,
        await product(db),
        await purpose(db),
        await staffUser(db),
        await apiKey(db),
        await target(db, a.id, c.id),
      ];
      expect(records.map((r) => r.version)).toEqual(records.map(() => 1));
    });

    it('createdAt and updatedAt are set on create; updatedAt moves on update, createdAt does not', async () => {
      const before = Date.now();
      const c = await contact(db);
      expect(c.createdAt).toBeInstanceOf(Date);
      expect(c.updatedAt).toBeInstanceOf(Date);
      expect(Math.abs(c.createdAt.getTime() - before)).toBeLessThan(60_000);
      expect(Math.abs(c.updatedAt.getTime() - before)).toBeLessThan(60_000);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const updated = await db.contact.update({
        where: { id: c.id },
        data: { firstName: 'Jeanne', version: { increment: 1 } },
      });
      expect(updated.version).toBe(2);
      expect(updated.createdAt.getTime()).toBe(c.createdAt.getTime());
      expect(updated.updatedAt.getTime()).toBeGreaterThan(c.updatedAt.getTime());
      // And what was stored, not only what the update returned.
      const reread = await db.contact.findUniqueOrThrow({ where: { id: c.id } });
      expect(reread.updatedAt.getTime()).toBe(updated.updatedAt.getTime());
      expect(reread.createdAt.getTime()).toBe(c.createdAt.getTime());
    });

    it('Contact.countryCode defaults to FR; MarketingAction.status to DRAFT', async () => {
      const c = await contact(db);
      expect(c.countryCode).toBe('FR');
      expect(c.language).toBe('FR');
      const a = await action(db);
      expect(a.status).toBe('DRAFT');
      expect(a.promiseType).toBe('NONE');
      expect(a.cost.toFixed(2)).toBe('0.00');
    });

    it('the defaults are the database columns’ own (a raw insert that omits them gets them)', async () => {
      const b = await brand(db);
      const z = await zone(db);
      const p = await purpose(db);
      const now = new Date();
      const lastName = uid('raw');
      await db.$executeRaw`INSERT INTO "Contact" ("kind", "lastName", "brandId", "zoneId", "updatedAt") VALUES ('CLIENT', ${lastName}, ${b.id}, ${z.id}, ${now})`;
      const c = await db.contact.findFirstOrThrow({ where: { lastName } });
      expect([c.countryCode, c.language, c.version]).toEqual(['FR', 'FR', 1]);
      expect(c.createdAt).toBeInstanceOf(Date);
      const code = uid('ACT-raw');
      await db.$executeRaw`INSERT INTO "MarketingAction" ("code", "name", "objective", "medium", "startDate", "endDate", "requiredPurposeId", "updatedAt")
        VALUES (${code}, 'Raw', 'LOYALTY', 'EMAIL', ${now}, ${now}, ${p.id}, ${now})`;
      const a = await db.marketingAction.findUniqueOrThrow({ where: { code } });
      expect([a.status, a.promiseType, a.version, a.cost.toFixed(2)]).toEqual(['DRAFT', 'NONE', 1, '0.00']);
    });

    it('Decimal money round-trips exactly', async () => {
      const prices = ['1234.56', '0.01', '0.10', '19.99', '9999999999.99', '1234567890.12'];
      for (const listPrice of prices) {
        const p = await product(db, uid('PRD-money'), listPrice);
        expect(p.listPrice.toFixed(2)).toBe(listPrice);
        expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).listPrice.toFixed(2)).toBe(listPrice);
      }
      const c = await contact(db);
      const withRate = await db.contact.update({
        where: { id: c.id },
        data: { discountRate: '12.34', estimatedPotential: '250000.75' },
      });
      expect(withRate.discountRate?.toFixed(2)).toBe('12.34');
      expect(withRate.estimatedPotential?.toFixed(2)).toBe('250000.75');
      const s = await sale(db, c, { total: '1234.56' });
      const line = await db.saleLine.create({
        data: { saleId: s.id, productId: (await product(db)).id, quantity: 1, unitPrice: '1234.56' },
      });
      expect(line.discountRate.toFixed(2)).toBe('0.00');
      const reread = await db.sale.findUniqueOrThrow({ where: { id: s.id }, include: { lines: true } });
      expect(reread.total.toString()).toBe('1234.56');
      expect(reread.lines[0]!.unitPrice.toString()).toBe('1234.56');
      // Equality filters on money match exactly.
      expect(await db.sale.count({ where: { id: s.id, total: '1234.56' } })).toBe(1);
      expect(await db.sale.count({ where: { id: s.id, total: '1234.57' } })).toBe(0);
    });
  });

  describe('Decimal(12, 2) semantics', () => {
    // SQLite has no decimal type: Prisma stores Decimal as an 8-byte float (15 significant digits). Amounts of
    // a CRM stay far below that, so sums are exact once rounded to cents; scale and precision are enforced by
    // the database on PostgreSQL only, and by the API's input validation on both (see README, "money").
    it('sums money exactly to the cent in the database', async () => {
      const c = await contact(db);
      for (const total of ['0.10', '0.20', '1234.56', '0.01', '99999.99']) await sale(db, c, { total });
      const sum = await db.sale.aggregate({ where: { contactId: c.id }, _sum: { total: true } });
      expect(Number(sum._sum.total).toFixed(2)).toBe('101234.86');
    });

    if (provider === 'postgresql') {
      it('keeps two decimals and refuses more than 12 digits (PostgreSQL enforces the column type)', async () => {
        const c = await contact(db);
        const rounded = await sale(db, c, { total: '1.005' });
        expect(rounded.total.toString()).toBe('1.01');
        const e = await refusal(sale(db, c, { total: '99999999999.99' }));
        expect(e.code).toBe('P2020');
      });
    }
  });

  describe('Json and enum columns', () => {
    it('AuditLog.fields (Json) and its enums round-trip', async () => {
      const fields = ['email', 'lastName', 'incomeBand'];
      const log = await db.auditLog.create({
        data: {
          actorType: 'STAFF',
          operation: 'EXPORT',
          entity: 'Contact',
          entityId: '42',
          fields,
          outcome: 'DENIED',
          errorCode: 'FORBIDDEN_FIELD',
        },
      });
      const reread = await db.auditLog.findUniqueOrThrow({ where: { id: log.id } });
      expect(reread.fields).toEqual(fields);
      expect([reread.actorType, reread.operation, reread.outcome]).toEqual(['STAFF', 'EXPORT', 'DENIED']);
      expect(
        await db.auditLog.count({ where: { id: log.id, operation: 'EXPORT', outcome: { in: ['DENIED', 'FAILED'] } } }),
      ).toBe(1);
      expect(await db.auditLog.count({ where: { id: log.id, operation: 'READ' } })).toBe(0);
      const withoutFields = await db.auditLog.create({
        data: { actorType: 'SYSTEM', operation: 'LOGIN', entity: 'Session', outcome: 'ALLOWED' },
      });
      expect((await db.auditLog.findUniqueOrThrow({ where: { id: withoutFields.id } })).fields).toBeNull();
    });

    it('every value of the AuditLog enums is stored and read back', async () => {
      const operations = Object.values(Model.AuditOperation);
      const actors = Object.values(Model.ActorType);
      const outcomes = Object.values(Model.AuditOutcome);
      const entity = uid('Enum');
      await db.auditLog.createMany({
        data: operations.map((operation, i) => ({
          operation,
          actorType: actors[i % actors.length]!,
          outcome: outcomes[i % outcomes.length]!,
          entity,
        })),
      });
      const rows = await db.auditLog.findMany({ where: { entity }, orderBy: { id: 'asc' } });
      expect(rows.map((r) => r.operation)).toEqual(operations);
      expect(new Set(rows.map((r) => r.actorType))).toEqual(new Set(actors));
      expect(new Set(rows.map((r) => r.outcome))).toEqual(new Set(outcomes));
    });

    it('Segment.criteria (Json) round-trips nested values, unicode and numbers', async () => {
      const criteria = {
        kinds: ['CLIENT', 'PROSPECT'],
        search: 'Élodie «  » "quoted" \\ back\\slash 日本',
        minTotal: 1234.5,
        maxCount: 3,
        hasEmail: true,
        owner: null,
        nested: { deep: [1, { x: 'y' }, [], {}] },
      };
      const s = await db.segment.create({ data: { name: uid('Segment'), criteria } });
      expect((await db.segment.findUniqueOrThrow({ where: { id: s.id } })).criteria).toEqual(criteria);
      const updated = await db.segment.update({ where: { id: s.id }, data: { criteria: [] } });
      expect(updated.criteria).toEqual([]);
      expect((await db.segment.findUniqueOrThrow({ where: { id: s.id } })).criteria).toEqual([]);
    });

    it('contact enums round-trip', async () => {
      const c = await contact(db);
      const data = {
        kind: 'JOURNALIST',
        civility: 'MX',
        language: 'NL',
        incomeBand: 'FROM_50K_TO_80K',
        maritalStatus: 'CIVIL_UNION',
        journalistBeat: 'TRADE_PRESS',
        pipelineStage: 'REQUIREMENTS_STUDY',
      } as const;
      await db.contact.update({ where: { id: c.id }, data });
      expect(
        await db.contact.findUniqueOrThrow({
          where: { id: c.id },
          select: Object.fromEntries(Object.keys(data).map((k) => [k, true])),
        }),
      ).toEqual(data);
    });
  });

  if (provider === 'sqlite') {
    describe('SQLite specifics', () => {
      it('foreign keys are ON on the connection the client uses, in and out of transactions', async () => {
        const pragma = async (q: Pick<Db, '$queryRawUnsafe'>) =>
          Number(
            ((await q.$queryRawUnsafe('PRAGMA foreign_keys')) as { foreign_keys: bigint | number }[])[0]!.foreign_keys,
          );
        expect(await pragma(db)).toBe(1);
        expect(await db.$transaction((tx) => pragma(tx))).toBe(1);
      });

      it('the SQLite engine itself refuses a dangling key (raw SQL, no Prisma checks involved)', async () => {
        const z = await zone(db);
        const e = await refusal(
          db.$executeRaw`INSERT INTO "Contact" ("kind", "brandId", "zoneId", "updatedAt") VALUES ('CLIENT', ${missingId}, ${z.id}, ${new Date()})`,
        );
        expect(String((e as { message?: string }).message)).toMatch(/FOREIGN KEY constraint failed/);
        expect(await db.contact.count({ where: { zoneId: z.id } })).toBe(0);
      });

      it('the database holds no dangling key after the tests above (PRAGMA foreign_key_check)', async () => {
        expect(await db.$queryRawUnsafe('PRAGMA foreign_key_check')).toEqual([]);
      });
    });
  }
});
