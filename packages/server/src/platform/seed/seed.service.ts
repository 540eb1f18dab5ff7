import { base, Faker, fr } from '@faker-js/faker';
import { hash } from '@node-rs/argon2';
import type { Db } from '../../kernel/db/client.js';
import type { RequestPurpose } from '../../kernel/purpose.js';
import { planActions } from './action-plans.js';
import { brands, categories, products, purposes, zones, type BrandCode, type ZoneCode } from './catalog-data.js';
import { generateContact, type GeneratedContact, type GeneratedSale, type SeedWorld } from './contact-generator.js';
import { DEMO_PASSWORD, demoUsers, salesReps } from './demo-users.js';
import { Random } from './random.js';
import { seedCampaigns } from './campaigns-seed.js';
import { seedTriggers } from './triggers-seed.js';
import { seedService } from './service-seed.js';
import { seedSurveys } from './surveys-seed.js';

export interface SeedOptions {
  /** Number of contacts to generate. */
  contacts: number;
  /**
   * Random seed: the same seed, size and `asOf` give the same data.
   * @default 1
   */
  seed?: number;
  /**
   * The day the demo data ends (sales and actions cover the three years before it).
   * @default today (UTC midnight)
   */
  asOf?: Date;
  /**
   * Contacts generated and written per transaction; memory stays bounded by this, whatever `contacts` is.
   * @default 500
   */
  batchSize?: number;
  onProgress?: (progress: { phase: string; done: number; total: number }) => void;
}

export interface SeedSummary {
  contacts: number;
  sales: number;
  targets: number;
  responses: number;
  conversions: number;
  consentEvents: number;
  activities: number;
  tasks: number;
  actions: number;
  products: number;
  staffUsers: number;
}

/** Seeding only fills a database without contacts. */
export async function databaseIsEmpty(db: Db): Promise<boolean> {
  return (await db.contact.count()) === 0;
}

const today = () => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};

/**
 * Fills an empty database with realistic French demo data. Reference data (brands, zones, catalog, purposes,
 * staff, actions) is upserted by its unique code, so a run interrupted before the contacts can be started again;
 * contacts then come in batches, each written in one transaction.
 */
export async function seedDatabase(db: Db, options: SeedOptions): Promise<SeedSummary> {
  const { contacts: count, seed = 1, asOf = today(), batchSize = 500, onProgress } = options;
  const random = new Random(seed);
  const faker = new Faker({ locale: [fr, base] });
  faker.seed(seed);

  onProgress?.({ phase: 'reference data', done: 0, total: 1 });
  const world = await seedReferenceData(db, asOf, count);
  onProgress?.({ phase: 'reference data', done: 1, total: 1 });

  const summary: SeedSummary = {
    contacts: 0,
    sales: 0,
    targets: 0,
    responses: 0,
    conversions: 0,
    consentEvents: 0,
    activities: 0,
    tasks: 0,
    actions: world.actions.length,
    products: world.productByCode.size,
    staffUsers: world.staffIds.length,
  };
  // Earlier contacts a relation (influencer, prescriber) can be the relation of: a bounded reservoir.
  const earlier: number[] = [];
  onProgress?.({ phase: 'contacts', done: 0, total: count });
  for (let done = 0; done < count;) {
    const n = Math.min(batchSize, count - done);
    const batch = Array.from({ length: n }, () => generateContact(world, random, faker));
    const relationOf = batch.map((g) => (g.isRelationOfSomeone && earlier.length ? random.pick(earlier) : null));
    const ids = await writeBatch(db, batch, relationOf, world, summary);
    for (const id of ids) {
      if (earlier.length < 5000) earlier.push(id);
      else earlier[random.int(0, earlier.length - 1)] = id;
    }
    done += n;
    onProgress?.({ phase: 'contacts', done, total: count });
  }
  await seedCampaigns(db, asOf);
  await seedTriggers(db, asOf);
  await seedService(db, asOf);
  await seedSurveys(db, asOf);
  return summary;
}

async function seedReferenceData(db: Db, asOf: Date, contactCount: number): Promise<SeedWorld> {
  const passwordHash = await hash(DEMO_PASSWORD);
  return db.$transaction(
    async (tx) => {
      const brandIds = {} as Record<BrandCode, number>;
      for (const b of brands)
        brandIds[b.code] = (await tx.brand.upsert({ where: { code: b.code }, create: b, update: {} })).id;
      const zoneIds = {} as Record<ZoneCode, number>;
      for (const z of zones)
        zoneIds[z.code] = (
          await tx.zone.upsert({ where: { code: z.code }, create: { code: z.code, name: z.name }, update: {} })
        ).id;

      const categoryIds = new Map<string, number>();
      for (const c of categories)
        categoryIds.set(
          c.code,
          (
            await tx.productCategory.upsert({
              where: { code: c.code },
              create: { code: c.code, name: c.name },
              update: {},
            })
          ).id,
        );
      const productsByBrand: SeedWorld['productsByBrand'] = { MAISON: [], SPORT: [] };
      const productByCode: SeedWorld['productByCode'] = new Map();
      for (const [code, name, category, price, cost, warranty] of products) {
        const row = await tx.product.upsert({
          where: { code },
          create: {
            code,
            name,
            categoryId: categoryIds.get(category)!,
            listPrice: price.toFixed(2),
            unitCost: cost.toFixed(2),
            warrantyMonths: warranty,
          },
          update: {},
        });
        const p = { id: row.id, code, price, cost };
        productByCode.set(code, p);
        const brand = categories.find((c) => c.code === category)!.brand;
        for (const b of brand ? [brand] : (['MAISON', 'SPORT'] as const)) productsByBrand[b].push(p);
      }

      const purposeRows = new Map<
        string,
        { id: number; parentId: number | null; legalBasis: RequestPurpose['legalBasis'] }
      >();
      for (const p of purposes) {
        const parentId = p.parent ? purposeRows.get(p.parent)!.id : null;
        const row = await tx.purpose.upsert({
          where: { code: p.code },
          create: { code: p.code, name: p.name, description: p.description, legalBasis: p.legalBasis, parentId },
          update: {},
        });
        purposeRows.set(p.code, { id: row.id, parentId: row.parentId, legalBasis: row.legalBasis });
      }
      const requestPurposes = new Map<string, RequestPurpose>();
      for (const [code, row] of purposeRows) {
        const chain: RequestPurpose['chain'] = [];
        for (let c: string | undefined = code; c; c = purposes.find((p) => p.code === c)!.parent)
          chain.push({ id: purposeRows.get(c)!.id, code: c });
        requestPurposes.set(code, { id: row.id, code, legalBasis: row.legalBasis, chain });
      }

      const staff = [
        ...demoUsers,
        ...salesReps.map((r) => ({ ...r, password: DEMO_PASSWORD, role: 'SALES' as const })),
      ];
      const owners: SeedWorld['owners'] = [];
      const staffIds: number[] = [];
      for (const u of staff) {
        const row = await tx.staffUser.upsert({
          where: { email: u.email },
          create: {
            email: u.email,
            firstName: u.firstName,
            lastName: u.lastName,
            role: u.role,
            passwordHash,
            // Scopes are explicit rows: a user listed without brands or zones gets all of them.
            brands: {
              create: (u.brands.length ? u.brands : brands.map((b) => b.code)).map((b) => ({
                brandId: brandIds[b as BrandCode],
              })),
            },
            zones: {
              create: (u.zones.length ? u.zones : zones.map((z) => z.code)).map((z) => ({
                zoneId: zoneIds[z as ZoneCode],
              })),
            },
          },
          update: {},
        });
        staffIds.push(row.id);
        if (u.role === 'SALES') {
          owners.push({
            id: row.id,
            brands: u.brands.length ? (u.brands as BrandCode[]) : brands.map((b) => b.code),
            zones: u.zones.length ? (u.zones as ZoneCode[]) : zones.map((z) => z.code),
          });
        }
      }

      const actions: SeedWorld['actions'] = [];
      for (const plan of planActions(asOf, contactCount)) {
        const data = {
          code: plan.code,
          name: plan.name,
          objective: plan.objective,
          medium: plan.medium,
          targetDescription: `${plan.audience.map((k) => k.toLowerCase().replace('_', ' ')).join(', ')}${plan.brand ? ` of ${plan.brand}` : ''}`,
          plannedQuantity: plan.plannedQuantity,
          startDate: plan.startDate,
          endDate: plan.endDate,
          cost: plan.cost,
          promiseType: plan.promiseType,
          promiseSummary: plan.promiseSummary,
          status: plan.status,
          requiredPurposeId: purposeRows.get(plan.purpose)!.id,
          controlGroupPercent: plan.controlGroupPercent,
          brandId: plan.brand ? brandIds[plan.brand] : null,
        };
        const row = await tx.marketingAction.upsert({
          where: { code: plan.code },
          create: {
            ...data,
            responseChannels: { create: plan.responseChannels.map((channel) => ({ channel })) },
            products: { create: plan.products.map((code) => ({ productId: productByCode.get(code)!.id })) },
          },
          update: {},
        });
        actions.push({ ...plan, id: row.id });
      }

      return {
        asOf,
        salesFrom: new Date(Date.UTC(asOf.getUTCFullYear() - 3, asOf.getUTCMonth(), asOf.getUTCDate())),
        brandIds,
        zoneIds,
        actions,
        productsByBrand,
        productByCode,
        purposes: requestPurposes,
        owners,
        staffIds,
      };
    },
    { timeout: 60_000 },
  );
}

/** Inserted ids come back in insertion order once sorted: each batch is one transaction on an otherwise idle table. */
const sortedIds = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);

async function writeBatch(
  db: Db,
  batch: GeneratedContact[],
  relationOf: (number | null)[],
  world: SeedWorld,
  summary: SeedSummary,
): Promise<number[]> {
  return db.$transaction(
    async (tx) => {
      const contactIds = sortedIds(
        await tx.contact.createManyAndReturn({
          data: batch.map((g, i) => ({ ...(g.contact as any), relationOfId: relationOf[i] })),
          select: { id: true },
        }),
      );

      await tx.contactInterest.createMany({
        data: batch.flatMap((g, i) => g.interests.map((interest) => ({ contactId: contactIds[i]!, interest }))),
      });

      const events = batch.flatMap((g, i) => g.consents.map((c) => ({ contactId: contactIds[i]!, c })));
      const eventIds = sortedIds(
        await tx.consentEvent.createManyAndReturn({
          data: events.map(({ contactId, c }) => ({
            contactId,
            purposeId: world.purposes.get(c.purpose)!.id,
            status: c.status,
            source: c.source,
            capturedAt: c.capturedAt,
            capturedById: c.capturedById,
            proof: c.proof,
            effectiveFrom: c.capturedAt,
          })),
          select: { id: true },
        }),
      );
      // The current state is each contact's latest event per purpose (events are generated in time order).
      const states = new Map<
        string,
        {
          contactId: number;
          purposeId: number;
          status: (typeof events)[number]['c']['status'];
          effectiveFrom: Date;
          lastEventId: number;
        }
      >();
      events.forEach(({ contactId, c }, k) => {
        const purposeId = world.purposes.get(c.purpose)!.id;
        states.set(`${contactId}:${purposeId}`, {
          contactId,
          purposeId,
          status: c.status,
          effectiveFrom: c.capturedAt,
          lastEventId: eventIds[k]!,
        });
      });
      await tx.consentState.createMany({ data: [...states.values()] });

      const sales = batch.flatMap((g, i) =>
        g.sales.map((s) => ({ contactId: contactIds[i]!, s, brandId: g.contact.brandId as number })),
      );
      const saleIds = sortedIds(
        await tx.sale.createManyAndReturn({
          data: sales.map(({ contactId, s, brandId }) => ({
            contactId,
            brandId,
            saleDate: s.saleDate,
            channel: s.channel,
            total: s.total,
            grossMargin: s.grossMargin,
            attributedActionId: s.attributedActionId,
            externalRef: null,
          })),
          select: { id: true },
        }),
      );
      const saleId = new Map<GeneratedSale, number>(sales.map(({ s }, k) => [s, saleIds[k]!]));
      await tx.saleLine.createMany({
        data: sales.flatMap(({ s }) => s.lines.map((l) => ({ ...l, saleId: saleId.get(s)! }))),
      });

      const targets = batch.flatMap((g, i) =>
        g.targets.map((t) => ({
          actionId: t.actionId,
          contactId: contactIds[i]!,
          targetedAt: t.targetedAt,
          respondedAt: t.respondedAt,
          responseChannel: t.responseChannel,
          inControlGroup: t.inControlGroup,
          conversionSaleId: t.conversion ? saleId.get(t.conversion)! : null,
        })),
      );
      await tx.actionTarget.createMany({ data: targets });

      const activities = batch.flatMap((g, i) => g.activities.map((a) => ({ ...a, contactId: contactIds[i]! })));
      await tx.activity.createMany({ data: activities });
      const tasks = batch.flatMap((g, i) => g.tasks.map((t) => ({ ...t, contactId: contactIds[i]! })));
      await tx.task.createMany({ data: tasks });

      summary.contacts += batch.length;
      summary.sales += sales.length;
      summary.targets += targets.length;
      summary.responses += targets.filter((t) => t.respondedAt).length;
      summary.conversions += targets.filter((t) => t.conversionSaleId).length;
      summary.consentEvents += events.length;
      summary.activities += activities.length;
      summary.tasks += tasks.length;
      return contactIds;
    },
    { timeout: 120_000 },
  );
}
