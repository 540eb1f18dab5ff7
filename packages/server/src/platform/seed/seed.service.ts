import type { Db } from '../../kernel/db/client.js';
import type { Provider } from '../../kernel/db/paths.js';
import { reattributeSales } from '../../campaigns/attribution/attribution.service.js';
import { refreshScoreSnapshot } from '../../analytics/analytics.service.js';
import { systemContext } from '../../privacy/access/system.js';
import { ensureDefaultRetentionRules } from '../../privacy/retention/retention.rules.js';
import { writeBatch, type SeedSummary } from './contact-batch.js';
import { generateContact } from './contact-generator.js';
import { Random } from './random.js';
import { seedReferenceData } from './reference-seed.js';
import { seedCampaigns } from './campaigns-seed.js';
import { seedTriggers } from './triggers-seed.js';
import { seedService } from './service-seed.js';
import { seedSurveys } from './surveys-seed.js';
import { seedAcquisitionResponses } from './responses-seed.js';

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
  /**
   * The database behind `db`, for the statements written per database (attribution, scores).
   * @default the client's own provider
   */
  provider?: Provider;
  onProgress?: (progress: { phase: string; done: number; total: number }) => void;
}

/** The provider a Prisma client was generated for (both clients carry it). */
const providerOf = (db: Db): Provider =>
  (db as unknown as { _activeProvider?: string })._activeProvider === 'postgresql' ? 'postgresql' : 'sqlite';

/**
 * What the API would have stored and computed had the demo data come through it (issue 19): every sale attributed
 * by the attribution rule itself (`reattributeSales`, the statement `recordSale` and the sales import apply to each
 * sale; conversions keep their action), then a score snapshot as of the last day for each brand and for all
 * brands, so that the RFM pages and the score-based segments and triggers have data from the first start.
 */
async function closeTheLoop(db: Db, provider: Provider, asOf: Date, onProgress: SeedOptions['onProgress']) {
  const ctx = systemContext(db, provider, 'seed');
  onProgress?.({ phase: 'attribution', done: 0, total: 1 });
  await reattributeSales(ctx, { from: new Date(Date.UTC(1900, 0, 1)), to: new Date(asOf.getTime() + 86_400_000) });
  onProgress?.({ phase: 'attribution', done: 1, total: 1 });
  const brands = await db.brand.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
  for (const brandId of [...brands.map((b) => b.id), null])
    await refreshScoreSnapshot(db, provider, { asOf, brandId, onProgress, onWarning: () => {} });
}

export type { SeedSummary } from './contact-batch.js';

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
  // Imported here, not with the module: faker and its French locale take about half a second to load, and
  // `fidele start` imports this module for databaseIsEmpty while seeding only an empty database.
  const { base, Faker, fr } = await import('@faker-js/faker');
  const faker = new Faker({ locale: [fr, base] });
  faker.seed(seed);

  onProgress?.({ phase: 'reference data', done: 0, total: 1 });
  const world = await seedReferenceData(db, asOf, count);
  // The retention defaults (CNIL periods), once the purposes they name exist.
  await ensureDefaultRetentionRules(db);
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
  // Before the closing attribution pass, which then sees the responses.
  await seedAcquisitionResponses(db, options.provider ?? providerOf(db), asOf);
  await closeTheLoop(db, options.provider ?? providerOf(db), asOf, onProgress);
  return summary;
}
