/**
 * The SQL of the analytics module. One statement per figure set, written once for both databases; only the
 * fragments where SQLite and PostgreSQL differ (date arithmetic, enum casts) come from `dialect(provider)`.
 *
 * SQLite stores instants as ISO-8601 text ('2026-06-30T10:00:00.000+00:00'), PostgreSQL as timestamp(3) in UTC.
 * Both have had window functions (RANK, ROW_NUMBER, COUNT() OVER) since SQLite 3.25.
 */
import type { Provider } from '../kernel/db/paths.js';
import { Prisma } from '../generated/sqlite/client.js';
import { DATE_WINDOW } from '../kernel/graphql/input-policy.js';

type Sql = Prisma.Sql;

/** The fragments that differ between the two databases. */
export function dialect(provider: Provider) {
  const pg = provider === 'postgresql';
  return {
    /** An instant parameter, comparable with a DateTime column (`day` is 'YYYY-MM-DD', midnight UTC). */
    day: (day: string): Sql => (pg ? Prisma.sql`CAST(${day} AS timestamp(3))` : Prisma.sql`${day}`),
    /** Whole days from the calendar day of `column` to `day` ('YYYY-MM-DD'). */
    daysFrom: (column: Sql, day: string): Sql =>
      pg
        ? Prisma.sql`(CAST(${day} AS date) - CAST(${column} AS date))`
        : Prisma.sql`CAST(julianday(${day}) - julianday(substr(${column}, 1, 10)) AS INTEGER)`,
    /** Fractional days between two instants (b - a). */
    daysBetween: (a: Sql, b: Sql): Sql =>
      pg ? Prisma.sql`(EXTRACT(EPOCH FROM (${b} - ${a})) / 86400.0)` : Prisma.sql`(julianday(${b}) - julianday(${a}))`,
    /** `instant` <= `column` < `instant` + `days` days (a number, or an integer column). */
    withinDays: (column: Sql, instant: Sql, days: number | Sql): Sql =>
      pg
        ? Prisma.sql`(${column} >= ${instant} AND ${column} < ${instant} + make_interval(days => ${days}::int))`
        : Prisma.sql`(julianday(${column}) >= julianday(${instant}) AND julianday(${column}) < julianday(${instant}) + ${days})`,
    /** A text value as the PostgreSQL enum type (SQLite stores enums as text). */
    asEnum: (value: Sql, type: string): Sql => (pg ? Prisma.sql`CAST(${value} AS ${Prisma.raw(`"${type}"`)})` : value),
    /** An instant parameter for a DateTime column written by raw SQL. */
    instant: (d: Date): Sql =>
      pg ? Prisma.sql`CAST(${d.toISOString()} AS timestamp(3))` : Prisma.sql`${d.toISOString().replace('Z', '+00:00')}`,
  };
}

/** 'YYYY-MM-DD' of an instant, in UTC. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** The day after, 'YYYY-MM-DD'. */
export const nextDay = (d: Date) => isoDay(new Date(d.getTime() + 86_400_000));

/**
 * The sales a snapshot counts, on the sale `s`: dated up to the snapshot day and not before the first day the
 * boundary policy accepts (lib/input-policy.ts). The API refuses such dates, but a row written around it (an old
 * import, a fix in SQL) must not stop the refresh for everyone: SQLite compares its ISO text dates as text, so a
 * year 275760 ('+275760-…') or 0001 sorts before '1900' and would be counted with a day count of null. Such sales
 * are left out and reported (`skippedSalesSql`).
 */
export function scoredSaleDates(provider: Provider, asOf: Date): Sql {
  const d = dialect(provider);
  return Prisma.sql`s."saleDate" >= ${d.day(isoDay(DATE_WINDOW.min))} AND s."saleDate" < ${d.day(nextDay(asOf))}`;
}

/** The largest amount a Decimal(12, 2) column holds: a sum beyond it is clamped (and reported), not an error. */
export const MAX_AMOUNT = '9999999999.99';

/** `value` (a column or an expression) clamped to ±MAX_AMOUNT, in SQL both databases run (no LEAST in SQLite). */
export const clampAmount = (value: string) =>
  Prisma.raw(
    `CASE WHEN ${value} > ${MAX_AMOUNT} THEN ${MAX_AMOUNT} WHEN ${value} < -${MAX_AMOUNT} THEN -${MAX_AMOUNT} ELSE ${value} END`,
  );

/**
 * What a snapshot had to leave out or clamp: sales dated before the policy's first day (with a date up to the
 * snapshot day by the database's own comparison), and buyers whose revenue or margin exceeds MAX_AMOUNT.
 */
export function skippedSalesSql(provider: Provider, o: { asOf: Date; brandId: number | null }): Sql {
  const d = dialect(provider);
  const brand = o.brandId === null ? Prisma.empty : Prisma.sql`AND s."brandId" = ${o.brandId}`;
  return Prisma.sql`
SELECT
  (SELECT COUNT(*) FROM "Sale" s WHERE s."saleDate" < ${d.day(nextDay(o.asOf))} ${brand}
     AND NOT (${scoredSaleDates(provider, o.asOf)})) AS "skippedSales",
  (SELECT COUNT(*) FROM (
     SELECT s."contactId" FROM "Sale" s WHERE ${scoredSaleDates(provider, o.asOf)} ${brand}
     GROUP BY s."contactId"
     HAVING ABS(SUM(s."total")) > ${Prisma.raw(MAX_AMOUNT)} OR ABS(SUM(COALESCE(s."grossMargin", 0))) > ${Prisma.raw(MAX_AMOUNT)}
   ) big) AS "clampedBuyers"`;
}

/**
 * score = 1 + floor(5 × (rank − 1) / n), rank being RANK() (the rank of the first of equal values) in the order
 * where better comes last. Equal values always get equal scores; a score tells which fifth of the buyers lies
 * strictly below the value. Both databases divide integers by truncation, which is floor for these non-negative
 * operands.
 */
const scoreOf = (rank: string) => Prisma.raw(`1 + (5 * (${rank} - 1)) / n`);

/**
 * The segment of a (recency score, frequency score) pair: the table of ANALYTICS.md, first match wins. Reads
 * the columns `r` and `f`.
 */
export const segmentCase = Prisma.raw(`CASE
    WHEN r >= 5 AND f >= 4 THEN 'CHAMPIONS'
    WHEN r >= 3 AND f >= 4 THEN 'LOYAL'
    WHEN r = 5 AND f = 1 THEN 'NEW_CUSTOMER'
    WHEN r = 4 AND f = 1 THEN 'PROMISING'
    WHEN r >= 4 THEN 'POTENTIAL_LOYALIST'
    WHEN r = 3 AND f = 3 THEN 'NEED_ATTENTION'
    WHEN r = 3 THEN 'ABOUT_TO_SLEEP'
    WHEN f = 5 THEN 'CANNOT_LOSE'
    WHEN f >= 3 THEN 'AT_RISK'
    WHEN r = 1 AND f = 1 THEN 'LOST'
    ELSE 'HIBERNATING'
  END`);

export interface ScoreSqlOptions {
  snapshotId: number;
  /** The snapshot day: sales dated before the next day count. */
  asOf: Date;
  /** Only the sales of this brand; null for all brands. */
  brandId: number | null;
  now: Date;
}

/**
 * The model inputs of a buyer (BG/NBD, Gamma-Gamma), as fragments of the score INSERT, so that the snapshot reads
 * the sales once and writes each row once: purchase days (same-day sales merged, as the BG/NBD literature counts
 * them), x = purchase days after the first, t_x and T in weeks, z̄ = mean revenue of the repeat days.
 */
function lifetimeInputs(provider: Provider, asOf: Date) {
  const pg = provider === 'postgresql';
  const asOfDay = pg ? Prisma.sql`CAST(${isoDay(asOf)} AS date)` : Prisma.sql`${isoDay(asOf)}`;
  const weeks = (from: string, to: Sql) =>
    pg
      ? Prisma.sql`(${to} - ${Prisma.raw(from)}) / 7.0`
      : Prisma.sql`(julianday(${to}) - julianday(${Prisma.raw(from)})) / 7.0`;
  return {
    /** The calendar day of the sale `s` (a date on PostgreSQL, 'YYYY-MM-DD' text on SQLite). */
    dayOf: pg ? Prisma.sql`CAST(s."saleDate" AS date)` : Prisma.sql`substr(s."saleDate", 1, 10)`,
    /** The four columns, from the buyer row `b` (x, first_day, last_day, repeat_amount). */
    columns: Prisma.sql`b.x, ${weeks('b.first_day', Prisma.raw('b.last_day'))}, ${weeks('b.first_day', asOfDay)},
       -- * 1.0: SQLite keeps whole amounts as integers (NUMERIC affinity), and would divide them as integers.
       -- Clamped like the sums: one day of absurd sales must not overflow Decimal(12, 2) and stop the refresh.
       CASE WHEN b.x > 0 THEN ${clampAmount('ROUND(b.repeat_amount * 1.0 / b.x, 2)')} ELSE 0 END`,
  };
}

/**
 * One INSERT ... SELECT that scores every buyer of the snapshot, reading the sales once: recency, frequency and
 * monetary value (revenue net of discounts), gross margin, the three 1-5 scores, the segment, the FRAT type (the
 * category with the most revenue, net of line discounts; ties go to the lowest category id) and the lifetime-value
 * model inputs. Deleted and merged contacts are left out; a missing sale margin counts as 0. The sales are grouped
 * by buyer and day first (the model counts purchase days), then by buyer: every figure comes from those groups.
 */
export function insertScoresSql(provider: Provider, o: ScoreSqlOptions): Sql {
  const d = dialect(provider);
  const life = lifetimeInputs(provider, o.asOf);
  const asOf = isoDay(o.asOf);
  const brand = o.brandId === null ? Prisma.empty : Prisma.sql`AND s."brandId" = ${o.brandId}`;
  const now = d.instant(o.now);
  return Prisma.sql`
WITH sales AS (
  SELECT s."id", s."contactId", s."saleDate", s."total", s."grossMargin", ${life.dayOf} AS day
  FROM "Sale" s
  JOIN "Contact" c ON c."id" = s."contactId"
  WHERE ${scoredSaleDates(provider, o.asOf)} ${brand}
    AND c."deletedAt" IS NULL AND c."mergedIntoId" IS NULL
),
days AS (
  SELECT "contactId", day, COUNT(*) AS n, SUM("total") AS amount, SUM(COALESCE("grossMargin", 0)) AS margin,
         MIN("saleDate") AS first_at, MAX("saleDate") AS last_at
  FROM sales GROUP BY "contactId", day
),
firsts AS (
  SELECT days.*, MIN(day) OVER (PARTITION BY "contactId") AS first_day FROM days
),
sums AS (
  SELECT "contactId", SUM(n) AS frequency, ROUND(SUM(amount), 2) AS monetary, ROUND(SUM(margin), 2) AS margin,
         MIN(first_at) AS first_at, MAX(last_at) AS last_at, COUNT(*) - 1 AS x, MIN(day) AS first_day,
         MAX(day) AS last_day, SUM(CASE WHEN day > first_day THEN amount ELSE 0 END) AS repeat_amount
  FROM firsts GROUP BY "contactId"
),
buyers AS (
  SELECT "contactId", frequency, ${clampAmount('monetary')} AS monetary, ${clampAmount('margin')} AS margin, first_at,
         last_at, x, first_day, last_day, repeat_amount, ${d.daysFrom(Prisma.raw('last_at'), asOf)} AS recency
  FROM sums
),
ranked AS (
  SELECT b.*, COUNT(*) OVER () AS n,
         RANK() OVER (ORDER BY recency DESC) AS r_rank,
         RANK() OVER (ORDER BY frequency) AS f_rank,
         RANK() OVER (ORDER BY monetary) AS m_rank
  FROM buyers b
),
scored AS (
  SELECT ranked.*, ${scoreOf('r_rank')} AS r, ${scoreOf('f_rank')} AS f, ${scoreOf('m_rank')} AS m_score FROM ranked
),
category_revenue AS (
  SELECT s."contactId", p."categoryId", SUM(l."quantity" * l."unitPrice" * (100 - l."discountRate")) AS revenue
  FROM sales s
  JOIN "SaleLine" l ON l."saleId" = s."id"
  JOIN "Product" p ON p."id" = l."productId"
  GROUP BY s."contactId", p."categoryId"
),
frat AS (
  SELECT "contactId", "categoryId",
         ROW_NUMBER() OVER (PARTITION BY "contactId" ORDER BY revenue DESC, "categoryId") AS position
  FROM category_revenue
)
INSERT INTO "ContactScore" (
  "snapshotId", "contactId", "recencyDays", "frequency", "monetary", "grossMargin", "firstPurchaseAt",
  "lastPurchaseAt", "recencyScore", "frequencyScore", "monetaryScore", "segment", "fratCategoryId",
  "repeatPurchases", "repeatSpanWeeks", "ageWeeks", "meanRepeatSpend", "createdAt", "updatedAt"
)
SELECT ${o.snapshotId}, b."contactId", b.recency, b.frequency, b.monetary, b.margin, b.first_at, b.last_at,
       b.r, b.f, b.m_score, ${d.asEnum(segmentCase, 'RfmSegment')}, frat."categoryId", ${life.columns}, ${now}, ${now}
FROM scored b
LEFT JOIN frat ON frat."contactId" = b."contactId" AND frat.position = 1`;
}

export interface ActionSqlOptions {
  /** Extra condition on the action `a` (row rule, one action). */
  actionWhere: Sql;
  /** One window for every action; null: each action's own `attributionWindowDays`. */
  attributionDays: number | null;
}

/** A row of `actionMetricsSql`; counts come back as bigint on PostgreSQL, sums as Decimal or string. */
export interface ActionMetricsRow {
  actionId: number;
  windowDays: unknown;
  targeted: unknown;
  responses: unknown;
  conversions: unknown;
  buyers: unknown;
  revenue: unknown;
  delayMean: unknown;
  controlTargeted: unknown;
  controlResponses: unknown;
  controlBuyers: unknown;
  untargetedResponses: unknown;
  untargetedConversions: unknown;
  untargetedRevenue: unknown;
}

/**
 * Per action: treated targets (not in the control group), responses, conversions, targets who bought within the
 * attribution window after their targeting (response or not) and the revenue of those purchases, the mean
 * response delay, and the same counts for the control group. A purchase counts when it is of the action's brand
 * (any brand for an action without one) and dated in [targetedAt, targetedAt + window).
 *
 * Untargeted responses (press coupon, web form, event: `untargeted`, targetedAt = the response) are counted apart
 * and never in the figures above: their responses, conversions, and the revenue of their purchases in the window
 * after the response.
 */
export function actionMetricsSql(provider: Provider, o: ActionSqlOptions): Sql {
  const d = dialect(provider);
  const inWindow = d.withinDays(
    Prisma.raw('s."saleDate"'),
    Prisma.raw('t."targetedAt"'),
    o.attributionDays ?? Prisma.raw('t."windowDays"'),
  );
  const delay = d.daysBetween(Prisma.raw('t."targetedAt"'), Prisma.raw('t."respondedAt"'));
  return Prisma.sql`
WITH targets AS (
  SELECT t."id", t."actionId", t."contactId", t."targetedAt", t."respondedAt", t."conversionSaleId",
         t."inControlGroup" AND NOT t."untargeted" AS "inControlGroup", NOT t."inControlGroup" AND NOT t."untargeted" AS treated,
         t."untargeted", a."brandId", a."attributionWindowDays" AS "windowDays"
  FROM "ActionTarget" t JOIN "MarketingAction" a ON a."id" = t."actionId"
  WHERE ${o.actionWhere}
),
attributed AS (
  SELECT t."id", COUNT(s."id") AS purchases, COALESCE(SUM(s."total"), 0) AS revenue
  FROM targets t
  LEFT JOIN "Sale" s ON s."contactId" = t."contactId" AND (t."brandId" IS NULL OR s."brandId" = t."brandId") AND ${inWindow}
  GROUP BY t."id"
),
per_action AS (
  SELECT t."actionId",
    SUM(CASE WHEN t.treated THEN 1 ELSE 0 END) AS targeted,
    SUM(CASE WHEN t.treated AND t."respondedAt" IS NOT NULL THEN 1 ELSE 0 END) AS responses,
    SUM(CASE WHEN t.treated AND t."conversionSaleId" IS NOT NULL THEN 1 ELSE 0 END) AS conversions,
    SUM(CASE WHEN t.treated AND x.purchases > 0 THEN 1 ELSE 0 END) AS buyers,
    SUM(CASE WHEN t.treated THEN x.revenue ELSE 0 END) AS revenue,
    AVG(CASE WHEN t.treated AND t."respondedAt" IS NOT NULL THEN ${delay} END) AS "delayMean",
    SUM(CASE WHEN t."inControlGroup" THEN 1 ELSE 0 END) AS "controlTargeted",
    SUM(CASE WHEN t."inControlGroup" AND t."respondedAt" IS NOT NULL THEN 1 ELSE 0 END) AS "controlResponses",
    SUM(CASE WHEN t."inControlGroup" AND x.purchases > 0 THEN 1 ELSE 0 END) AS "controlBuyers",
    SUM(CASE WHEN t."untargeted" AND t."respondedAt" IS NOT NULL THEN 1 ELSE 0 END) AS "untargetedResponses",
    SUM(CASE WHEN t."untargeted" AND t."conversionSaleId" IS NOT NULL THEN 1 ELSE 0 END) AS "untargetedConversions",
    SUM(CASE WHEN t."untargeted" THEN x.revenue ELSE 0 END) AS "untargetedRevenue"
  FROM targets t JOIN attributed x ON x."id" = t."id"
  GROUP BY t."actionId"
)
SELECT a."id" AS "actionId", a."attributionWindowDays" AS "windowDays", COALESCE(p.targeted, 0) AS targeted, COALESCE(p.responses, 0) AS responses,
       COALESCE(p.conversions, 0) AS conversions, COALESCE(p.buyers, 0) AS buyers, COALESCE(p.revenue, 0) AS revenue,
       p."delayMean", COALESCE(p."controlTargeted", 0) AS "controlTargeted",
       COALESCE(p."controlResponses", 0) AS "controlResponses", COALESCE(p."controlBuyers", 0) AS "controlBuyers",
       COALESCE(p."untargetedResponses", 0) AS "untargetedResponses",
       COALESCE(p."untargetedConversions", 0) AS "untargetedConversions",
       COALESCE(p."untargetedRevenue", 0) AS "untargetedRevenue"
FROM "MarketingAction" a
LEFT JOIN per_action p ON p."actionId" = a."id"
WHERE ${o.actionWhere}
ORDER BY a."startDate", a."id"`;
}

/** The median response delay (days) of the treated targets of each action: the middle row, or the mean of two. */
export function medianDelaySql(provider: Provider, actionWhere: Sql): Sql {
  const d = dialect(provider);
  const delay = d.daysBetween(Prisma.raw('t."targetedAt"'), Prisma.raw('t."respondedAt"'));
  return Prisma.sql`
WITH delays AS (
  SELECT t."actionId", ${delay} AS delay
  FROM "ActionTarget" t JOIN "MarketingAction" a ON a."id" = t."actionId"
  WHERE ${actionWhere} AND t."respondedAt" IS NOT NULL AND NOT t."inControlGroup" AND NOT t."untargeted"
),
ordered AS (
  SELECT "actionId", delay, ROW_NUMBER() OVER (PARTITION BY "actionId" ORDER BY delay) AS position,
         COUNT(*) OVER (PARTITION BY "actionId") AS n
  FROM delays
)
SELECT "actionId", AVG(delay) AS median FROM ordered
WHERE position IN ((n + 1) / 2, (n + 2) / 2)
GROUP BY "actionId"`;
}

/**
 * Responses of treated targets on each channel an action offers (0 for a channel nobody used). An action without
 * targets (press, web, event) counts its untargeted responses instead: the channels they came on.
 */
export function channelUseSql(actionWhere: Sql): Sql {
  return Prisma.sql`
SELECT c."actionId", c."channel", COUNT(t."id") AS responses
FROM "ActionResponseChannel" c
JOIN "MarketingAction" a ON a."id" = c."actionId"
LEFT JOIN "ActionTarget" t ON t."actionId" = c."actionId" AND t."responseChannel" = c."channel"
  AND t."respondedAt" IS NOT NULL AND NOT t."inControlGroup"
  AND (NOT t."untargeted" OR NOT EXISTS (
    SELECT 1 FROM "ActionTarget" o WHERE o."actionId" = c."actionId" AND NOT o."untargeted" AND NOT o."inControlGroup"))
WHERE ${actionWhere}
GROUP BY c."actionId", c."channel"
ORDER BY c."actionId", c."channel"`;
}
