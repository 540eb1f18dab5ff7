import type { Context } from '../../context.js';
import type { CaseCategory } from '../../generated/sqlite/enums.js';
import { Prisma } from '../../generated/sqlite/client.js';
import { caseStatisticsRoles } from './case.rules.js';

export interface CaseCategoryStatistics {
  category: CaseCategory;
  caseCount: number;
  openCount: number;
  resolvedCount: number;
  /** Mean of resolvedAt - openedAt over resolved cases, in hours; null when none is resolved. */
  averageResolutionHours: number | null;
}

const ids = (list: number[]) => (list.length ? Prisma.join(list) : Prisma.sql`NULL`);

/**
 * The caller's row rule in SQL, on the case (`sc`) and its contact (`c`): the same brands and zones as
 * `contactScope` and `caseScope` (a sales user counts its own prospects only), so the figures cover exactly the
 * cases the caller's role would see in its scope.
 */
function scopeSql(ctx: Context): Prisma.Sql {
  const p = ctx.principal;
  if (p?.kind !== 'staff' || !caseStatisticsRoles.includes(p.role)) return Prisma.sql`1 = 0`;
  if (p.role === 'ADMIN') return Prisma.sql`1 = 1`;
  const base = Prisma.sql`c."brandId" IN (${ids(p.brandIds)}) AND c."zoneId" IN (${ids(p.zoneIds)})
    AND (sc."brandId" IS NULL OR sc."brandId" IN (${ids(p.brandIds)}))`;
  return p.role === 'SALES'
    ? Prisma.sql`${base} AND (c."kind" <> ${Prisma.raw("'PROSPECT'")} OR c."ownerId" = ${p.userId})`
    : base;
}

/** Cases per category, open and resolved, and the mean time to resolution: one SQL statement on either database. */
export async function caseStatistics(ctx: Context, range: { from?: Date | null; to?: Date | null } | null | undefined) {
  const pg = ctx.provider === 'postgresql';
  const at = (d: Date) => (pg ? Prisma.sql`CAST(${d.toISOString()} AS timestamp(3))` : Prisma.sql`${d.toISOString().replace('Z', '+00:00')}`);
  const hours = pg
    ? Prisma.sql`EXTRACT(EPOCH FROM (sc."resolvedAt" - sc."openedAt")) / 3600.0`
    : Prisma.sql`(julianday(sc."resolvedAt") - julianday(sc."openedAt")) * 24.0`;
  // SQLite keeps instants as ISO text: compare through julianday so that the format of the bound does not matter.
  const cmp = (op: '>=' | '<=', d: Date) =>
    pg ? Prisma.sql`sc."openedAt" ${Prisma.raw(op)} ${at(d)}` : Prisma.sql`julianday(sc."openedAt") ${Prisma.raw(op)} julianday(${at(d)})`;
  const rows = await ctx.db.$queryRaw<{ category: CaseCategory; n: number | bigint; open: number | bigint; resolved: number | bigint; avg: number | string | null }[]>`
    SELECT sc."category" AS category, COUNT(*) AS n,
      SUM(CASE WHEN sc."resolvedAt" IS NULL THEN 1 ELSE 0 END) AS open,
      COUNT(sc."resolvedAt") AS resolved,
      AVG(CASE WHEN sc."resolvedAt" IS NULL THEN NULL ELSE ${hours} END) AS avg
    FROM "ServiceCase" sc JOIN "Contact" c ON c."id" = sc."contactId"
    WHERE ${scopeSql(ctx)}
      AND ${range?.from ? cmp('>=', range.from) : Prisma.sql`1 = 1`}
      AND ${range?.to ? cmp('<=', range.to) : Prisma.sql`1 = 1`}
    GROUP BY sc."category" ORDER BY sc."category"`;
  return rows.map(
    (r): CaseCategoryStatistics => ({
      category: String(r.category) as CaseCategory,
      caseCount: Number(r.n),
      openCount: Number(r.open),
      resolvedCount: Number(r.resolved),
      averageResolutionHours: r.avg == null ? null : Math.round(Number(r.avg) * 100) / 100,
    }),
  );
}
