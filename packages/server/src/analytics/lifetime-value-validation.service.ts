/**
 * Holdout validation of the lifetime-value models on a brand's sales: the database reduces the sales to grouped
 * calibration histories (one row per distinct x, t_x, T with the count, sum and sum of squares of the holdout
 * purchase days) and holdout purchase days per week; clv/validation.ts fits and compares the models on those.
 * Nothing here reads or returns a person: only groups.
 */
import type { Db } from '../kernel/db/client.js';
import type { Provider } from '../kernel/db/paths.js';
import { Prisma } from '../generated/sqlite/client.js';
import { DATE_WINDOW } from '../kernel/graphql/input-policy.js';
import { dialect, isoDay, nextDay } from './analytics.sql.js';
import { type ValidationGroup, type ValidationResult, validateModels } from './clv/validation.js';
import { MIN_BUYERS, MIN_REPEAT_BUYERS } from './lifetime-value.service.js';

/** Buyers a validation reads at most; beyond, a systematic sample of contact ids (documented in ANALYTICS.md). */
export const MAX_VALIDATION_BUYERS = 5000;
/** Longest holdout accepted, in weeks (two years). */
export const MAX_HOLDOUT_WEEKS = 104;

type Reader = Pick<Db, '$queryRaw'>;

/** The period split of a validation. */
export interface ValidationPeriod {
  /** First and last sale day of the brand ('YYYY-MM-DD'). */
  firstSaleDay: string;
  lastSaleDay: string;
  calibrationEnd: string;
  holdoutEnd: string;
}

/** A validation with its period and sampling. */
export interface BrandValidation extends ValidationResult {
  period: ValidationPeriod;
  holdoutWeeks: number;
  /** Buyers of the calibration cohort in the brand, and 1 in `sampleStep` of them read (1: all). */
  cohortBuyers: number;
  sampleStep: number;
  /** True when too few buyers (or repeat buyers) to fit: models is empty. */
  insufficientData: boolean;
  computeMs: number;
}

const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS));
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);

/** First and last sale day of a brand, in the window the policy accepts; null without sales. */
export async function brandSaleDays(
  db: Reader,
  provider: Provider,
  brandId: number,
): Promise<{ first: string; last: string } | null> {
  const d = dialect(provider);
  const [row] = await db.$queryRaw<{ first: Date | string | null; last: Date | string | null }[]>(Prisma.sql`
    SELECT MIN(s."saleDate") AS "first", MAX(s."saleDate") AS "last" FROM "Sale" s
    WHERE s."brandId" = ${brandId} AND s."saleDate" >= ${d.day(isoDay(DATE_WINDOW.min))}
      AND s."saleDate" < ${d.day(nextDay(DATE_WINDOW.max))}`);
  if (!row?.first || !row.last) return null;
  const day = (v: Date | string) => (v instanceof Date ? isoDay(v) : String(v).slice(0, 10));
  return { first: day(row.first), last: day(row.last) };
}

/**
 * The sales as purchase days relative to the calibration end (dn ≤ 0 in calibration, dn > 0 in the holdout),
 * per contact, for the brand, live contacts only, optionally 1 contact id in `step`.
 */
function purchaseDays(provider: Provider, brandId: number, calEnd: string, holdEnd: string, step: number) {
  const d = dialect(provider);
  const sample = step > 1 ? Prisma.sql`AND s."contactId" % ${step} = 0` : Prisma.empty;
  return Prisma.sql`
    sale_days AS (
      SELECT s."contactId" AS c, 0 - ${d.daysFrom(Prisma.sql`s."saleDate"`, calEnd)} AS dn
      FROM "Sale" s JOIN "Contact" k ON k."id" = s."contactId"
      WHERE s."brandId" = ${brandId} AND k."deletedAt" IS NULL AND k."mergedIntoId" IS NULL
        AND s."saleDate" >= ${d.day(isoDay(DATE_WINDOW.min))}
        AND s."saleDate" < ${d.day(nextDay(new Date(`${holdEnd}T00:00:00Z`)))}
        ${sample}
    ),
    -- Same-day sales make one purchase day (grouped on the computed column: PostgreSQL would not match two
    -- parameterised copies of the expression).
    days AS (SELECT c, dn FROM sale_days GROUP BY c, dn),
    per AS (
      SELECT c, MIN(dn) AS first_dn, MAX(CASE WHEN dn <= 0 THEN dn END) AS last_dn,
             SUM(CASE WHEN dn <= 0 THEN 1 ELSE 0 END) - 1 AS x, SUM(CASE WHEN dn > 0 THEN 1 ELSE 0 END) AS y
      FROM days GROUP BY c HAVING MIN(dn) <= 0
    )`;
}

/** Reads the grouped histories and the weekly holdout counts. */
export async function validationAggregates(
  db: Reader,
  provider: Provider,
  o: { brandId: number; calibrationEnd: string; holdoutEnd: string; step: number },
): Promise<{ groups: ValidationGroup[]; weeklyHoldout: number[] }> {
  const ctes = purchaseDays(provider, o.brandId, o.calibrationEnd, o.holdoutEnd, o.step);
  const groups = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    WITH ${ctes}
    SELECT x, last_dn - first_dn AS span, 0 - first_dn AS age, COUNT(*) AS n, SUM(y) AS ysum, SUM(y * y) AS ysq
    FROM per GROUP BY x, last_dn - first_dn, 0 - first_dn`);
  const weeks = await db.$queryRaw<{ week: unknown; n: unknown }[]>(Prisma.sql`
    WITH ${ctes}
    SELECT (days.dn - 1) / 7 AS week, COUNT(*) AS n FROM days JOIN per ON per.c = days.c
    WHERE days.dn > 0 GROUP BY (days.dn - 1) / 7`);
  const holdoutDays = daysBetween(o.calibrationEnd, o.holdoutEnd);
  const weeklyHoldout = new Array<number>(Math.ceil(holdoutDays / 7)).fill(0);
  for (const w of weeks) weeklyHoldout[Number(w.week)] = Number(w.n);
  return {
    groups: groups.map((g) => ({
      x: Number(g.x),
      tx: Number(g.span) / 7,
      T: Number(g.age) / 7,
      count: Number(g.n),
      holdoutSum: Number(g.ysum),
      holdoutSquares: Number(g.ysq),
    })),
    weeklyHoldout,
  };
}

/** Options of {@link validateBrand}. */
export interface ValidateBrandOptions {
  brandId: number;
  /** Last day of the calibration period; default: two thirds of the way from the first to the last sale day. */
  calibrationEnd?: string;
  /** Holdout length; default: up to the last sale day. Capped at the last sale day. */
  holdoutWeeks?: number;
  maxBuyers?: number;
}

/** A calibration day outside the brand's sales: the schema answers it as a VALIDATION problem naming the span. */
export class CalibrationEndError extends RangeError {
  constructor(
    readonly first: string,
    readonly last: string,
  ) {
    super(`calibrationEnd must fall between ${first} and the day before ${last}`);
  }
}

/**
 * Validates the three purchase models on a brand: split, aggregate in SQL, fit and compare. Returns null when the
 * brand has no sales. Throws RangeError (turned into VALIDATION by the schema) when the calibration end leaves
 * no holdout.
 */
export async function validateBrand(
  db: Reader,
  provider: Provider,
  o: ValidateBrandOptions,
): Promise<BrandValidation | null> {
  const started = performance.now();
  const span = await brandSaleDays(db, provider, o.brandId);
  if (!span) return null;
  const total = daysBetween(span.first, span.last);
  const calibrationEnd = o.calibrationEnd ?? addDays(span.first, Math.floor((2 * total) / 3));
  if (!(calibrationEnd >= span.first && calibrationEnd < span.last))
    throw new CalibrationEndError(String(span.first), String(span.last));
  const untilLast = daysBetween(calibrationEnd, span.last);
  const holdoutDays = o.holdoutWeeks === undefined ? untilLast : Math.min(untilLast, o.holdoutWeeks * 7);
  const holdoutEnd = addDays(calibrationEnd, holdoutDays);
  const [cohort] = await db.$queryRaw<{ n: unknown }[]>(Prisma.sql`
    WITH ${purchaseDays(provider, o.brandId, calibrationEnd, calibrationEnd, 1)} SELECT COUNT(*) AS n FROM per`);
  const cohortBuyers = Number(cohort?.n ?? 0);
  const step = Math.max(1, Math.ceil(cohortBuyers / (o.maxBuyers ?? MAX_VALIDATION_BUYERS)));
  const { groups, weeklyHoldout } = await validationAggregates(db, provider, {
    brandId: o.brandId,
    calibrationEnd,
    holdoutEnd,
    step,
  });
  const buyers = groups.reduce((s, g) => s + g.count, 0);
  const repeaters = groups.reduce((s, g) => s + (g.x > 0 ? g.count : 0), 0);
  const period = { firstSaleDay: span.first, lastSaleDay: span.last, calibrationEnd, holdoutEnd };
  const base = { period, holdoutWeeks: holdoutDays / 7, cohortBuyers, sampleStep: step };
  if (buyers < MIN_BUYERS || repeaters < MIN_REPEAT_BUYERS)
    return {
      ...base,
      customers: buyers,
      groups: groups.length,
      models: [],
      recommended: null,
      insufficientData: true,
      computeMs: Math.round(performance.now() - started),
    };
  const result = validateModels({ groups, holdoutWeeks: holdoutDays / 7, weeklyHoldout });
  return { ...base, ...result, insufficientData: false, computeMs: Math.round(performance.now() - started) };
}
