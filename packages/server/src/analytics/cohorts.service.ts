/**
 * Cohort tables: buyers grouped by the month of their first purchase or by the action that brought them, followed
 * month by month after their first purchase (month 0 is the month of the first purchase): how many bought again
 * (retention) and what they spent. Computed by the database in one statement; JavaScript lays out the cells and
 * applies the small-group rule.
 */
import type { Context } from '../kernel/context.js';
import type { Provider } from '../kernel/db/paths.js';
import { validationError, fieldProblem, type FieldProblem } from '../kernel/errors.js';
import { fieldMessage } from '../kernel/field-messages.js';
import { Prisma } from '../generated/sqlite/client.js';
import { isSmallGroup, minGroupSize, suppressSmallCounts } from '../privacy/access/small-groups.js';
import { inList, money, num, type AnalyticsScope } from './analytics.service.js';
import { dialect } from './analytics.sql.js';

export type CohortBy = 'FIRST_PURCHASE_MONTH' | 'SOURCE_ACTION';

export interface CohortOptions {
  by: CohortBy;
  /** Only this brand's sales (must be one the caller may see); null: every brand the caller may see. */
  brandId: number | null;
  /** First purchases from this instant (inclusive). */
  from: Date;
  /** First purchases before this instant. */
  to: Date;
  /** Months followed after the first purchase (columns 0 .. months − 1). */
  months: number;
}

export interface CohortCell {
  /** Months since the month of the first purchase (0: that month). */
  month: number;
  /** Members who bought in that month; null when suppressed. */
  activeBuyers: number | null;
  /** activeBuyers / cohort size; null when suppressed. */
  retention: number | null;
  /** Revenue of the members in that month (net of discounts); null when suppressed. */
  revenue: number | null;
  /** revenue / cohort size; null when suppressed. */
  revenuePerMember: number | null;
  suppressed: boolean;
}

export interface CohortRow {
  /** 'YYYY-MM' of the first purchase, or the source action's id (null: no source action you may see). */
  key: string | null;
  actionId: number | null;
  /** The source action's name (null for a month cohort or no source action). */
  label: string | null;
  size: number | null;
  suppressed: boolean;
  cells: CohortCell[];
}

/** The most months a table follows (three years), and the widest first-purchase period (ten years). */
export const MAX_COHORT_MONTHS = 36;
export const MAX_COHORT_PERIOD_DAYS = 3660;

export function checkCohortOptions(o: CohortOptions): void {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(o.months) || o.months < 1 || o.months > MAX_COHORT_MONTHS)
    problems.push(fieldProblem(['months'], fieldMessage('MONTHS_RANGE', { min: 1, max: MAX_COHORT_MONTHS })));
  if (!(o.from < o.to)) problems.push(fieldProblem(['from'], fieldMessage('BEFORE_FIELD', { field: 'to' })));
  else if (o.to.getTime() - o.from.getTime() > MAX_COHORT_PERIOD_DAYS * 86_400_000)
    problems.push(fieldProblem(['from'], fieldMessage('COHORT_PERIOD', { max: MAX_COHORT_PERIOD_DAYS })));
  if (problems.length) throw validationError(problems);
}

/** The month number (year × 12 + month − 1) of an instant column, on both databases (UTC). */
function monthNumber(provider: Provider, column: string): Prisma.Sql {
  const c = Prisma.raw(column);
  return provider === 'postgresql'
    ? Prisma.sql`(CAST(EXTRACT(YEAR FROM ${c}) AS integer) * 12 + CAST(EXTRACT(MONTH FROM ${c}) AS integer) - 1)`
    : // SQLite keeps instants as ISO-8601 text in UTC ('2026-06-30T10:00:00.000+00:00').
      Prisma.sql`(CAST(substr(${c}, 1, 4) AS INTEGER) * 12 + CAST(substr(${c}, 6, 2) AS INTEGER) - 1)`;
}

/**
 * Per cohort and month since the first purchase: members who bought, and their revenue; plus each cohort's size
 * (the row of month −1 carries it). Buyers: live contacts within the caller's brands and zones; sales: of `brandId`
 * or of the caller's brands. The first purchase is the buyer's first such sale.
 */
export function cohortSql(provider: Provider, scope: AnalyticsScope, o: CohortOptions): Prisma.Sql {
  const d = dialect(provider);
  const brands =
    o.brandId !== null
      ? Prisma.sql`s."brandId" = ${o.brandId}`
      : scope.brandIds
        ? inList('s."brandId"', scope.brandIds)
        : Prisma.sql`1 = 1`;
  const contactBrands = scope.brandIds ? inList('c."brandId"', scope.brandIds) : Prisma.sql`1 = 1`;
  const zones = scope.zoneIds ? inList('c."zoneId"', scope.zoneIds) : Prisma.sql`1 = 1`;
  const cohort =
    o.by === 'FIRST_PURCHASE_MONTH'
      ? Prisma.sql`CAST(f.first_month AS TEXT)`
      : Prisma.sql`CAST(f."sourceActionId" AS TEXT)`;
  return Prisma.sql`
WITH sales AS (
  SELECT s."contactId", s."total", ${monthNumber(provider, 's."saleDate"')} AS month, s."saleDate", c."sourceActionId"
  FROM "Sale" s JOIN "Contact" c ON c."id" = s."contactId"
  WHERE ${brands} AND ${contactBrands} AND ${zones} AND c."deletedAt" IS NULL AND c."mergedIntoId" IS NULL
),
firsts AS (
  SELECT "contactId", MIN("saleDate") AS first_at, MIN(month) AS first_month, MIN("sourceActionId") AS "sourceActionId"
  FROM sales GROUP BY "contactId"
),
members AS (
  SELECT f.*, ${cohort} AS cohort FROM firsts f
  WHERE f.first_at >= ${d.instant(o.from)} AND f.first_at < ${d.instant(o.to)}
)
SELECT m.cohort, -1 AS month, COUNT(*) AS buyers, 0 AS revenue FROM members m GROUP BY m.cohort
UNION ALL
SELECT m.cohort, s.month - m.first_month AS month, COUNT(DISTINCT s."contactId") AS buyers, SUM(s."total") AS revenue
FROM members m JOIN sales s ON s."contactId" = m."contactId"
WHERE s.month - m.first_month < ${o.months}
GROUP BY m.cohort, s.month - m.first_month`;
}

/** Source actions among `ids` the caller may see (the actions' row rule: no brand, or one of the caller's brands). */
async function visibleActions(ctx: Context, scope: AnalyticsScope, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const brand = scope.brandIds === null ? {} : { OR: [{ brandId: null }, { brandId: { in: scope.brandIds } }] };
  const rows = await ctx.db.marketingAction.findMany({
    where: { AND: [{ id: { in: ids } }, brand] },
    select: { id: true, name: true },
  });
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A month cohort is followed up to the current month (later months have not happened yet). */
function observedMonths(now: Date, key: string | null, byAction: boolean, months: number): number {
  if (byAction || key === null) return months;
  const [year, month] = key.split('-').map(Number) as [number, number];
  const elapsed = now.getUTCFullYear() * 12 + now.getUTCMonth() - (year * 12 + month - 1);
  return Math.max(0, Math.min(months, elapsed + 1));
}

const monthKey = (n: number) => `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;

/**
 * The cohort table for the caller. Cohort sizes follow the small-group rule of a breakdown (small ones hidden, and
 * one more when a single one would be, `suppressSmallCounts`); a cell whose active buyers are 1 to min − 1 is
 * hidden (count, retention and revenue: a revenue of one buyer is that buyer's spending). No total across cells is
 * published (the same buyer is active in several months), so no cell can be worked out by difference. Rows of
 * source actions the caller may not see are merged into the row without a source action.
 */
export async function cohortTable(ctx: Context, scope: AnalyticsScope, o: CohortOptions): Promise<CohortRow[]> {
  checkCohortOptions(o);
  const rows = await ctx.db.$queryRaw<{ cohort: string | null; month: unknown; buyers: unknown; revenue: unknown }[]>(
    cohortSql(ctx.provider, scope, o),
  );
  const byAction = o.by === 'SOURCE_ACTION';
  const visible = byAction
    ? await visibleActions(ctx, scope, [...new Set(rows.flatMap((r) => (r.cohort === null ? [] : [Number(r.cohort)])))])
    : new Map<number, string>();
  const keyOf = (cohort: string | null) =>
    cohort === null ? null : byAction ? (visible.has(Number(cohort)) ? cohort : null) : monthKey(Number(cohort));
  const table = new Map<string | null, { size: number; months: Map<number, { buyers: number; revenue: number }> }>();
  for (const r of rows) {
    const key = keyOf(r.cohort);
    const row = table.get(key) ?? { size: 0, months: new Map() };
    table.set(key, row);
    const month = num(r.month);
    if (month < 0) row.size += num(r.buyers);
    else {
      const cell = row.months.get(month) ?? { buyers: 0, revenue: 0 };
      cell.buyers += num(r.buyers);
      cell.revenue += num(r.revenue);
      row.months.set(month, cell);
    }
  }
  const ordered = [...table.entries()].sort(([a], [b]) =>
    a === null ? 1 : b === null ? -1 : byAction ? Number(a) - Number(b) : a.localeCompare(b),
  );
  const min = minGroupSize();
  const sizes = suppressSmallCounts(
    ordered.map(([, r]) => ({ count: r.size })),
    min,
  );
  return ordered.map(([key, r], i) => {
    const rowHidden = sizes[i]!.suppressed;
    const cells = Array.from({ length: observedMonths(ctx.now, key, byAction, o.months) }, (_, month): CohortCell => {
      const c = r.months.get(month) ?? { buyers: 0, revenue: 0 };
      const hidden = rowHidden || isSmallGroup(c.buyers, min);
      return {
        month,
        activeBuyers: hidden ? null : c.buyers,
        retention: hidden ? null : c.buyers / r.size,
        revenue: hidden ? null : money(c.revenue),
        revenuePerMember: hidden ? null : money(c.revenue / r.size),
        suppressed: hidden,
      };
    });
    return {
      key,
      actionId: byAction && key !== null ? Number(key) : null,
      label: byAction && key !== null ? (visible.get(Number(key)) ?? null) : null,
      size: sizes[i]!.count,
      suppressed: rowHidden,
      cells,
    };
  });
}
