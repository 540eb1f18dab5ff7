/**
 * Analytics, callable without GraphQL (the CLI, jobs, tests): score snapshots (RFM / FRAT) here, action
 * performance in action-metrics.service.ts, contact distributions in contact-figures.service.ts. Every figure is
 * computed by the database; JavaScript only shapes the few grouped rows that come back (never one row per contact).
 */
import { fitLifetimeValueModel } from './lifetime-value.service.js';
import type { Db } from '../kernel/db/client.js';
import type { Provider } from '../kernel/db/paths.js';
import { Prisma } from '../generated/sqlite/client.js';
import { insertScoresSql, skippedSalesSql } from './analytics.sql.js';
import { storeScoredValues, type ScoringOptions } from './stored-value.service.js';

/** What a caller may see: null = everything (ADMIN), else these brands and zones. */
export interface AnalyticsScope {
  brandIds: number[] | null;
  zoneIds: number[] | null;
}

export const everything: AnalyticsScope = { brandIds: null, zoneIds: null };

// Number helpers of every analytics figure: SQL drivers return counts and sums as bigint, Decimal or null.
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
export const money = (v: number) => Math.round(v * 100) / 100;
export const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
export const inList = (column: string, ids: number[]) =>
  ids.length ? Prisma.sql`${Prisma.raw(column)} IN (${Prisma.join(ids)})` : Prisma.sql`1 = 0`;

// ---------------------------------------------------------------------------------------------------------------
// Score snapshots
// ---------------------------------------------------------------------------------------------------------------

export interface RefreshOptions {
  /** The day scored (UTC midnight); sales dated that day or before count. */
  asOf: Date;
  /** One brand's sales, or null for all brands together. */
  brandId: number | null;
  /** Called at each step: the refresh is one SQL statement between a few bookkeeping ones. */
  onProgress?: (p: { phase: string; done: number; total: number }) => void;
  /**
   * Time limit of the refresh transaction.
   * @default 600000 (10 minutes)
   */
  timeoutMs?: number;
  /**
   * Told what the refresh left out or clamped (see `ScoreWarnings`), when it did.
   * @default logs a warning on the console
   */
  onWarning?: (warnings: ScoreWarnings) => void;
  /**
   * The model and horizon of the stored `probabilityAlive` and `predictedValue` of each buyer.
   * @default { model: 'BG_NBD', horizonWeeks: 52, monthlyDiscountRate: 0.01 }
   */
  scoring?: Partial<ScoringOptions>;
}

/**
 * Rows a refresh could not score as they are: one absurd row (written around the API's checks) must not stop the
 * scores of every user, so it is left out or clamped, and said.
 */
export interface ScoreWarnings {
  /** Sales dated before 1900-01-01 or unreadable as a date, left out of the snapshot. */
  skippedSales: number;
  /** Buyers whose revenue or margin exceeds what Decimal(12, 2) holds, clamped to 9,999,999,999.99. */
  clampedBuyers: number;
}

const logWarnings = (w: ScoreWarnings) =>
  console.warn(
    `score refresh: ${w.skippedSales} sale(s) with an out-of-range date left out, ${w.clampedBuyers} buyer total(s) clamped`,
  );

/**
 * Computes a snapshot of the scores of every buyer as of a day, for a brand or all brands, and replaces the
 * previous snapshot of the same (day, brand). It runs in one transaction: readers see the old snapshot until the
 * new one is complete, never a half-written one.
 */
export async function refreshScoreSnapshot(db: Db, provider: Provider, options: RefreshOptions) {
  const { asOf, brandId, onProgress, timeoutMs = 600_000, onWarning = logWarnings } = options;
  const day = new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate()));
  const phase = `scores ${brandId ?? 'all'}`;
  const started = Date.now();
  onProgress?.({ phase, done: 0, total: 4 });
  const snapshot = await db.$transaction(
    async (tx) => {
      // The pass sorts every buyer three times: with PostgreSQL's default 4 MB per sort they spill to disk.
      if (provider === 'postgresql') await tx.$executeRawUnsafe(`SET LOCAL work_mem = '64MB'`);
      await tx.scoreSnapshot.deleteMany({ where: { asOf: day, brandId } });
      const snapshot = await tx.scoreSnapshot.create({ data: { asOf: day, brandId, status: 'RUNNING' } });
      onProgress?.({ phase, done: 1, total: 4 });
      const buyerCount = await tx.$executeRaw(
        insertScoresSql(provider, { snapshotId: snapshot.id, asOf: day, brandId, now: new Date() }),
      );
      onProgress?.({ phase, done: 2, total: 4 });
      const model = await fitLifetimeValueModel(tx, snapshot.id);
      // Each buyer's value under the scoring model, so that segments and sorts read it in SQL (none without a model).
      if (model) await storeScoredValues(tx, provider, model, options.scoring);
      onProgress?.({ phase, done: 3, total: 4 });
      const sales = await tx.contactScore.aggregate({ where: { snapshotId: snapshot.id }, _sum: { frequency: true } });
      const done = await tx.scoreSnapshot.update({
        where: { id: snapshot.id },
        data: {
          status: 'COMPLETED',
          computedAt: new Date(),
          buyerCount,
          saleCount: sales._sum.frequency ?? 0,
          durationMs: Date.now() - started,
        },
      });
      onProgress?.({ phase, done: 4, total: 4 });
      return done;
    },
    { timeout: timeoutMs, maxWait: 30_000 },
  );
  const warnings = await scoreWarnings(db, provider, day, brandId);
  if (warnings.skippedSales || warnings.clampedBuyers) onWarning(warnings);
  return { ...snapshot, warnings };
}

async function scoreWarnings(db: Db, provider: Provider, asOf: Date, brandId: number | null): Promise<ScoreWarnings> {
  const [row] = await db.$queryRaw<{ skippedSales: unknown; clampedBuyers: unknown }[]>(
    skippedSalesSql(provider, { asOf, brandId }),
  );
  return { skippedSales: num(row?.skippedSales), clampedBuyers: num(row?.clampedBuyers) };
}
