/**
 * The rows the load bench's operations are about, looked up once in the seeded database: brands, zones, products,
 * actions, the seeded contacts with their optimistic-lock versions, and the highest ids before the run (the
 * consistency check counts what came after). Also makes the seeded database fit for production mode: the demo
 * users get random passwords, since a production server refuses to start while they open with the public one.
 */
import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Db } from '../../../kernel/db/client.js';

export interface LoadFixture {
  brandIds: number[];
  zoneIds: number[];
  productCodes: string[];
  actionIds: number[];
  /** Seeded, live contacts (id and version), ordered by id. */
  contacts: { id: number; version: number }[];
  /** The seeded admin, who is the tasks' assignee. */
  adminId: number;
  /** Highest ids before any request: rows above them were written by the bench. */
  before: Baseline;
}

export interface Baseline {
  contactId: number;
  saleId: number;
  taskId: number;
  activityId: number;
}

export async function baseline(db: Db): Promise<Baseline> {
  const max = async (table: string) =>
    Number((await db.$queryRawUnsafe<{ max: number | null }[]>(`SELECT MAX(id) AS max FROM "${table}"`))[0]?.max ?? 0);
  return {
    contactId: await max('Contact'),
    saleId: await max('Sale'),
    taskId: await max('Task'),
    activityId: await max('Activity'),
  };
}

export async function lookUpLoadFixture(db: Db): Promise<LoadFixture> {
  const [brands, zones, products, actions, contacts, admin] = await Promise.all([
    db.brand.findMany({ select: { id: true }, orderBy: { id: 'asc' } }),
    db.zone.findMany({ select: { id: true }, orderBy: { id: 'asc' } }),
    db.product.findMany({ select: { code: true }, orderBy: { id: 'asc' }, take: 20 }),
    db.marketingAction.findMany({ select: { id: true }, orderBy: { id: 'asc' } }),
    db.contact.findMany({
      where: { deletedAt: null, mergedIntoId: null },
      select: { id: true, version: true },
      orderBy: { id: 'asc' },
    }),
    db.staffUser.findUniqueOrThrow({ where: { email: 'admin@fidele.demo' }, select: { id: true } }),
  ]);
  if (!brands.length || !zones.length || !products.length || !contacts.length)
    throw new Error('the seeded database has no brands, zones, products or contacts');
  return {
    brandIds: brands.map((b) => b.id),
    zoneIds: zones.map((z) => z.id),
    productCodes: products.map((p) => p.code),
    actionIds: actions.map((a) => a.id),
    contacts,
    adminId: admin.id,
    before: await baseline(db),
  };
}

/** Gives every demo user a random password nobody knows (production mode refuses the public demo password). */
export async function closeDemoAccounts(db: Db): Promise<void> {
  const passwordHash = await hash(randomBytes(24).toString('base64url'));
  await db.staffUser.updateMany({ where: { email: { endsWith: '@fidele.demo' } }, data: { passwordHash } });
}
