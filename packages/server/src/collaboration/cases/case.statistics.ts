import type { Context } from '../../kernel/context.js';
import type { CaseCategory } from '../../generated/sqlite/enums.js';
import type { Prisma } from '../../generated/sqlite/client.js';
import { contactRelation } from '../../privacy/access/contact-access.js';
import { caseStatisticsRoles } from './case.rules.js';

export interface CaseCategoryStatistics {
  category: CaseCategory;
  caseCount: number;
  openCount: number;
  resolvedCount: number;
  /** Mean of resolvedAt - openedAt over resolved cases, in hours; null when none is resolved. */
  averageResolutionHours: number | null;
}

/**
 * The cases the figures cover: a role of `caseStatisticsRoles`, the case's contact visible to the caller (the
 * contacts' rule, through the access layer: a sales user counts its own prospects only) and the case's brand one
 * of the caller's (or none). An analyst sees no case, but counts those of its scope.
 */
function statisticsWhere(ctx: Context): Prisma.ServiceCaseWhereInput {
  const p = ctx.principal;
  if (p?.kind !== 'staff' || !caseStatisticsRoles.includes(p.role)) return { id: -1 };
  if (p.role === 'ADMIN') return {};
  return { contact: contactRelation(ctx), OR: [{ brandId: null }, { brandId: { in: p.brandIds } }] };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Cases per category, open and resolved, and the mean time to resolution. The row rule is the layer's (no SQL
 * copy of it to keep in step); one statement reads the three columns the figures need.
 */
export async function caseStatistics(ctx: Context, range: { from?: Date | null; to?: Date | null } | null | undefined) {
  const openedAt =
    range?.from || range?.to
      ? { ...(range.from ? { gte: range.from } : {}), ...(range.to ? { lte: range.to } : {}) }
      : undefined;
  const rows = await ctx.db.serviceCase.findMany({
    where: { AND: [statisticsWhere(ctx), openedAt ? { openedAt } : {}] },
    select: { category: true, openedAt: true, resolvedAt: true },
  });
  const byCategory = new Map<CaseCategory, { n: number; resolved: number; hours: number }>();
  for (const r of rows) {
    const c = byCategory.get(r.category) ?? { n: 0, resolved: 0, hours: 0 };
    c.n += 1;
    if (r.resolvedAt) {
      c.resolved += 1;
      c.hours += (r.resolvedAt.getTime() - r.openedAt.getTime()) / 3_600_000;
    }
    byCategory.set(r.category, c);
  }
  return [...byCategory.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([category, c]): CaseCategoryStatistics => ({
      category,
      caseCount: c.n,
      openCount: c.n - c.resolved,
      resolvedCount: c.resolved,
      averageResolutionHours: c.resolved ? round2(c.hours / c.resolved) : null,
    }));
}
