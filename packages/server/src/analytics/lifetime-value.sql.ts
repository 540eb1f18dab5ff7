import type { Provider } from '../kernel/db/paths.js';
import { Prisma } from '../generated/sqlite/client.js';
import { clampAmount, isoDay, scoredSaleDates } from './analytics.sql.js';

/**
 * Fills the model inputs of every buyer of a snapshot in one UPDATE: purchase days (same-day sales merged, as the
 * BG/NBD literature counts them), x = purchase days after the first, t_x and T in weeks, z̄ = mean revenue of the
 * repeat days. Same sale filter as the scores: live contacts, sales up to the snapshot day, of the brand if any.
 */
export function updateLifetimeInputsSql(
  provider: Provider,
  o: { snapshotId: number; asOf: Date; brandId: number | null },
): Prisma.Sql {
  const pg = provider === 'postgresql';
  const dayOf = pg ? Prisma.sql`CAST(s."saleDate" AS date)` : Prisma.sql`substr(s."saleDate", 1, 10)`;
  const asOfDay = pg ? Prisma.sql`CAST(${isoDay(o.asOf)} AS date)` : Prisma.sql`${isoDay(o.asOf)}`;
  const days = (from: Prisma.Sql, to: Prisma.Sql) =>
    pg ? Prisma.sql`(${to} - ${from})` : Prisma.sql`(julianday(${to}) - julianday(${from}))`;
  const brand = o.brandId === null ? Prisma.empty : Prisma.sql`AND s."brandId" = ${o.brandId}`;
  return Prisma.sql`
WITH days AS (
  SELECT s."contactId", ${dayOf} AS day, SUM(s."total") AS amount
  FROM "Sale" s
  JOIN "Contact" c ON c."id" = s."contactId"
  WHERE ${scoredSaleDates(provider, o.asOf)} ${brand}
    AND c."deletedAt" IS NULL AND c."mergedIntoId" IS NULL
  GROUP BY s."contactId", ${dayOf}
),
ordered AS (
  SELECT days.*, ROW_NUMBER() OVER (PARTITION BY "contactId" ORDER BY day) AS k FROM days
),
per AS (
  SELECT "contactId", COUNT(*) - 1 AS x, MIN(day) AS first_day, MAX(day) AS last_day,
         SUM(CASE WHEN k > 1 THEN amount ELSE 0 END) AS repeat_amount
  FROM ordered GROUP BY "contactId"
)
UPDATE "ContactScore" SET
  "repeatPurchases" = per.x,
  "repeatSpanWeeks" = ${days(Prisma.raw('per.first_day'), Prisma.raw('per.last_day'))} / 7.0,
  "ageWeeks" = ${days(Prisma.raw('per.first_day'), asOfDay)} / 7.0,
  -- * 1.0: SQLite keeps whole amounts as integers (NUMERIC affinity), and would divide them as integers.
  -- Clamped like the scores' sums: one day of absurd sales must not overflow Decimal(12, 2) and stop the refresh.
  "meanRepeatSpend" = CASE WHEN per.x > 0 THEN ${clampAmount('ROUND(per.repeat_amount * 1.0 / per.x, 2)')} ELSE 0 END
FROM per
WHERE "ContactScore"."snapshotId" = ${o.snapshotId} AND "ContactScore"."contactId" = per."contactId"`;
}
