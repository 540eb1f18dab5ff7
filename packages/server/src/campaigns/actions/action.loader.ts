import { perRequestLoader } from '../../kernel/request-cache.js';
import { contactRelation } from '../../privacy/access/contact-access.js';

export interface ActionTargetStats {
  targets: number;
  responses: number;
  conversions: number;
}

/**
 * Per request (keyed by the request's context, never shared between requests): the target, response and
 * conversion counts of actions, counting only the targets whose contact the caller may see. One grouped SQL query
 * per batch of actions, whatever their number. The counts go through a loader rather than `_count` selections
 * because three counts of one relation with different filters cannot fold into one Prisma query.
 */
export const actionStats = perRequestLoader<number, ActionTargetStats>(async (ctx, actionIds) => {
  const rows = await ctx.db.actionTarget.groupBy({
    by: ['actionId'],
    where: { actionId: { in: [...actionIds] }, contact: contactRelation(ctx) },
    // _count of a column counts its non-null values: responded and converted targets.
    _count: { _all: true, respondedAt: true, conversionSaleId: true },
  });
  const byAction = new Map(rows.map((r) => [r.actionId, r._count]));
  return actionIds.map((id) => {
    const c = byAction.get(id);
    return { targets: c?._all ?? 0, responses: c?.respondedAt ?? 0, conversions: c?.conversionSaleId ?? 0 };
  });
});
