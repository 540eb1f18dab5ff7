/**
 * The stored value of each buyer of a snapshot: `ContactScore.probabilityAlive` and `predictedValue`, written once
 * after the lifetime-value fit so that segments, targeting and sorts select and order by them in the database.
 * The figures are exactly what the live `ContactScore.predictedValue(model, horizon, horizonUnit: WEEKS,
 * monthlyDiscountRate)` computes for the same buyer (the same `predictValue`), the value rounded to the cent.
 */
import { Prisma, type LifetimeValueModel } from '../generated/sqlite/client.js';
import type { Db } from '../kernel/db/client.js';
import type { Provider } from '../kernel/db/paths.js';
import { type PurchaseModelKind, fitPurchaseModel, purchaseModel } from './clv/models.js';
import { bgnbdParamsOf, predictValue, type LifetimeInputs } from './lifetime-value.service.js';

type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** How a snapshot scores its buyers' value; the defaults are the stored figures' meaning (ANALYTICS.md). */
export interface ScoringOptions {
  /**
   * The purchase model (Gamma-Gamma always gives the spend per purchase).
   * @default 'BG_NBD'
   */
  model: PurchaseModelKind;
  /**
   * The horizon of `predictedValue`, in weeks (weekly periods, discounted at the end of each week).
   * @default 52
   */
  horizonWeeks: number;
  /**
   * The discount rate per month, as a fraction; weekly periods use the equivalent weekly rate (1.01^(12/52.18) − 1).
   * Not stored: it is the live API's default, and the stored value is that of the default.
   * @default 0.01
   */
  monthlyDiscountRate: number;
}

export const defaultScoring: ScoringOptions = { model: 'BG_NBD', horizonWeeks: 52, monthlyDiscountRate: 0.01 };

/** Rows per UPDATE statement: 6 parameters each, far below SQLite's 32,766 and PostgreSQL's 65,535. */
const CHUNK = 1000;

/** The largest value Decimal(12, 2) holds; beyond it (absurd fits) the value is not stored. */
const MAX_VALUE = 9_999_999_999.99;

type GroupValue = LifetimeInputs & { probabilityAlive: number; predictedValue: string | null };

/**
 * One buyer-history group's figures (every buyer with the same x, t_x, T, z̄ gets the same ones); null when the
 * model cannot be evaluated there (degenerate parameters: the live API answers null too).
 */
function groupValue(
  stored: LifetimeValueModel,
  model: ReturnType<typeof purchaseModel>,
  s: LifetimeInputs,
  o: ScoringOptions,
): GroupValue | null {
  try {
    const v = predictValue(stored, model, s, { periods: o.horizonWeeks, unit: 'WEEKS' }, o.monthlyDiscountRate);
    if (!Number.isFinite(v.probabilityAlive)) return null;
    const value = Number.isFinite(v.lifetimeValue) && Math.abs(v.lifetimeValue) <= MAX_VALUE ? v.lifetimeValue : null;
    return { ...s, probabilityAlive: v.probabilityAlive, predictedValue: value === null ? null : value.toFixed(2) };
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

/** One UPDATE joining a VALUES list of groups to the snapshot's rows with the same history. */
function updateSql(provider: Provider, snapshotId: number, groups: GroupValue[]): Prisma.Sql {
  const pg = provider === 'postgresql';
  const float = (v: number) => (pg ? Prisma.sql`CAST(${v} AS double precision)` : Prisma.sql`${v}`);
  const decimal = (v: string | null) =>
    pg ? Prisma.sql`CAST(${v} AS numeric(12, 2))` : v === null ? Prisma.sql`NULL` : Prisma.sql`${Number(v)}`;
  const rows = groups.map(
    (g) =>
      Prisma.sql`(${pg ? Prisma.sql`CAST(${g.repeatPurchases} AS integer)` : g.repeatPurchases}, ${float(g.repeatSpanWeeks)}, ${float(g.ageWeeks)}, ${decimal(String(g.meanRepeatSpend))}, ${float(g.probabilityAlive)}, ${decimal(g.predictedValue)})`,
  );
  // The join reads back the exact values the groups were read with (doubles round-trip through their shortest
  // decimal form), so equality on t_x and T is exact.
  return Prisma.sql`
WITH v(x, tx, age, zbar, alive, value) AS (VALUES ${Prisma.join(rows)})
UPDATE "ContactScore" SET "probabilityAlive" = v.alive, "predictedValue" = v.value
FROM v
WHERE "ContactScore"."snapshotId" = ${snapshotId}
  AND "ContactScore"."repeatPurchases" = v.x AND "ContactScore"."repeatSpanWeeks" = v.tx
  AND "ContactScore"."ageWeeks" = v.age AND "ContactScore"."meanRepeatSpend" = v.zbar`;
}

/**
 * Fills `probabilityAlive` and `predictedValue` of every buyer of a snapshot that has a model, and records the
 * scoring model and horizon on the model row. The work is per distinct history (x, t_x, T, z̄), never per buyer:
 * one grouped read, one prediction per group, one UPDATE per 1,000 groups. Returns the number of groups.
 */
export async function storeScoredValues(
  tx: Tx,
  provider: Provider,
  stored: LifetimeValueModel,
  options: Partial<ScoringOptions> = {},
): Promise<number> {
  const o = { ...defaultScoring, ...options };
  const histories = await tx.contactScore.groupBy({
    by: ['repeatPurchases', 'repeatSpanWeeks', 'ageWeeks', 'meanRepeatSpend'],
    where: { snapshotId: stored.snapshotId },
    _count: { _all: true },
  });
  const model =
    o.model === 'BG_NBD'
      ? purchaseModel('BG_NBD', { ...bgnbdParamsOf(stored) })
      : fitPurchaseModelOf(
          o.model,
          histories.map((h) => ({ x: h.repeatPurchases, tx: h.repeatSpanWeeks, T: h.ageWeeks, count: h._count._all })),
        ).model;
  const groups = histories.flatMap((h) => groupValue(stored, model, h, o) ?? []);
  for (let i = 0; i < groups.length; i += CHUNK)
    await tx.$executeRaw(updateSql(provider, stored.snapshotId, groups.slice(i, i + CHUNK)));
  await tx.lifetimeValueModel.update({
    where: { id: stored.id },
    data: { scoringModel: o.model, scoringHorizonWeeks: o.horizonWeeks },
  });
  return groups.length;
}

/**
 * The fit of another purchase model on the snapshot's histories, merged by (x, t_x, T) as the live API's fit reads
 * them, so that both find the same parameters.
 */
function fitPurchaseModelOf(kind: PurchaseModelKind, rows: { x: number; tx: number; T: number; count: number }[]) {
  const merged = new Map<string, { x: number; tx: number; T: number; count: number }>();
  for (const r of rows) {
    const key = `${r.x}:${r.tx}:${r.T}`;
    const m = merged.get(key);
    if (m) m.count += r.count;
    else merged.set(key, { ...r });
  }
  return fitPurchaseModel(kind, [...merged.values()]);
}
