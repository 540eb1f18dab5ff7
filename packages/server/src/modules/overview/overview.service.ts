import type { Db } from '../../db/client.js';
import type { Provider } from '../../db/paths.js';
import { ActionMedium, ContactKind } from '../../generated/sqlite/enums.js';

export interface Overview {
  contactCount: number;
  contactsByKind: { kind: ContactKind; count: number }[];
  productCount: number;
  actionCount: number;
  saleCount: number;
  salesByMonth: { month: string; saleCount: number; revenue: number }[];
  actionsByMedium: { medium: ActionMedium; count: number }[];
}

/**
 * Non-personal figures about the whole database: counts by catalog value and sales per month. Every figure is
 * one aggregate query; soft-deleted and merged contacts are not counted.
 */
export async function getOverview(db: Db, provider: Provider): Promise<Overview> {
  const live = { deletedAt: null, mergedIntoId: null };
  const [contactCount, byKind, productCount, actionCount, saleCount, byMedium, salesByMonth] = await Promise.all([
    db.contact.count({ where: live }),
    db.contact.groupBy({ by: ['kind'], where: live, _count: { _all: true } }),
    db.product.count(),
    db.marketingAction.count(),
    db.sale.count(),
    db.marketingAction.groupBy({ by: ['medium'], _count: { _all: true } }),
    monthlySales(db, provider),
  ]);
  const kindCounts = new Map(byKind.map((r) => [r.kind, r._count._all]));
  const mediumCounts = new Map(byMedium.map((r) => [r.medium, r._count._all]));
  return {
    contactCount,
    contactsByKind: Object.values(ContactKind).map((kind) => ({ kind, count: kindCounts.get(kind) ?? 0 })),
    productCount,
    actionCount,
    saleCount,
    salesByMonth,
    actionsByMedium: Object.values(ActionMedium).map((medium) => ({ medium, count: mediumCounts.get(medium) ?? 0 })),
  };
}

/** The last 36 months that have sales, oldest first. SQLite stores dates as ISO-8601 text. */
async function monthlySales(db: Db, provider: Provider): Promise<Overview['salesByMonth']> {
  const rows =
    provider === 'sqlite'
      ? await db.$queryRaw<{ month: string; saleCount: bigint | number; revenue: number | string }[]>`
          SELECT substr("saleDate", 1, 7) AS month, COUNT(*) AS "saleCount", SUM("total") AS revenue
          FROM "Sale" GROUP BY month ORDER BY month DESC LIMIT 36`
      : await db.$queryRaw<{ month: string; saleCount: bigint | number; revenue: number | string }[]>`
          SELECT to_char("saleDate", 'YYYY-MM') AS month, COUNT(*) AS "saleCount", SUM("total") AS revenue
          FROM "Sale" GROUP BY month ORDER BY month DESC LIMIT 36`;
  return rows
    .map((r) => ({ month: r.month, saleCount: Number(r.saleCount), revenue: Math.round(Number(r.revenue) * 100) / 100 }))
    .reverse();
}
