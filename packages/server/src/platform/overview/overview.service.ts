import type { Context } from '../../kernel/context.js';
import { ActionMedium, ContactKind } from '../../generated/sqlite/enums.js';
import { contacts } from '../../privacy/access/contact-access.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';
import { saleScope } from '../../sales/sale.filter.js';

export interface Overview {
  contactCount: number;
  contactsByKind: { kind: ContactKind; count: number }[];
  productCount: number;
  actionCount: number;
  saleCount: number;
  salesByMonth: { month: string; saleCount: number; revenue: number }[];
  actionsByMedium: { medium: ActionMedium; count: number }[];
}

/** How many calendar months `salesByMonth` covers, ending with the month of the latest sale the caller may see. */
export const OVERVIEW_MONTHS = 36;

/**
 * Figures about the part of the database the caller may see: contacts of its brands and zones (the access layer's
 * row rule), the sales of those contacts, the actions of its brands or of no brand; the product catalogue is shared.
 * Every figure is an aggregate query; soft-deleted and merged contacts are not counted. No personal field is read.
 */
export async function getOverview(ctx: Context): Promise<Overview> {
  const live = { deletedAt: null, mergedIntoId: null };
  const sales = saleScope(ctx);
  const actions = actionScope(ctx);
  // Contacts through the access layer: one count per kind (the layer has no groupBy; seven indexed counts).
  const kinds = Object.values(ContactKind);
  const [contactCount, kindCounts, productCount, actionCount, saleCount, byMedium, salesByMonth] = await Promise.all([
    contacts(ctx).count({ where: live }),
    Promise.all(kinds.map((kind) => contacts(ctx).count({ where: { ...live, kind } }))),
    ctx.db.product.count(),
    ctx.db.marketingAction.count({ where: actions }),
    ctx.db.sale.count({ where: sales }),
    ctx.db.marketingAction.groupBy({ by: ['medium'], where: actions, _count: { _all: true } }),
    monthlySales(ctx),
  ]);
  const mediumCounts = new Map(byMedium.map((r) => [r.medium, r._count._all]));
  return {
    contactCount,
    contactsByKind: kinds.map((kind, i) => ({ kind, count: kindCounts[i]! })),
    productCount,
    actionCount,
    saleCount,
    salesByMonth,
    actionsByMedium: Object.values(ActionMedium).map((medium) => ({ medium, count: mediumCounts.get(medium) ?? 0 })),
  };
}

const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month, 1));
const monthKey = (d: Date) => d.toISOString().slice(0, 7);

/**
 * Sales and revenue per calendar month (UTC) over the `OVERVIEW_MONTHS` months that end with the caller's latest
 * sale, oldest first; months without sales are left out. One aggregate per month under the sales' row rule: the
 * rule is a Prisma `where` (the access layer's), which raw SQL grouping by month could only copy by hand.
 */
async function monthlySales(ctx: Context): Promise<Overview['salesByMonth']> {
  const scope = saleScope(ctx);
  const latest = (await ctx.db.sale.aggregate({ where: scope, _max: { saleDate: true } }))._max.saleDate;
  if (!latest) return [];
  const months = Array.from({ length: OVERVIEW_MONTHS }, (_, i) =>
    monthStart(latest.getUTCFullYear(), latest.getUTCMonth() - (OVERVIEW_MONTHS - 1) + i),
  );
  const figures = await Promise.all(
    months.map(async (from) => {
      const to = monthStart(from.getUTCFullYear(), from.getUTCMonth() + 1);
      const r = await ctx.db.sale.aggregate({
        where: { AND: [scope, { saleDate: { gte: from, lt: to } }] },
        _count: { _all: true },
        _sum: { total: true },
      });
      return {
        month: monthKey(from),
        saleCount: r._count._all,
        revenue: Math.round(Number(r._sum.total ?? 0) * 100) / 100,
      };
    }),
  );
  return figures.filter((f) => f.saleCount > 0);
}
