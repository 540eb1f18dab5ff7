import { perRequestLoader } from '../../kernel/request-cache.js';
import { contactRelation } from '../../privacy/access/contact-access.js';

export interface ActionTargetStats {
  targets: number;
  responses: number;
  conversions: number;
  /** Responses from contacts the action did not target (press coupon, web form): counted apart from the above. */
  untargetedResponses: number;
  untargetedConversions: number;
}

/**
 * Per request (keyed by the request's context, never shared between requests): the target, response and
 * conversion counts of actions, counting only the targets whose contact the caller may see. One grouped SQL query
 * per batch of actions, whatever their number. The counts go through a loader rather than `_count` selections
 * because three counts of one relation with different filters cannot fold into one Prisma query.
 */
export const actionStats = perRequestLoader<number, ActionTargetStats>(async (ctx, actionIds) => {
  const rows = await ctx.db.actionTarget.groupBy({
    by: ['actionId', 'untargeted'],
    where: { actionId: { in: [...actionIds] }, contact: contactRelation(ctx) },
    // _count of a column counts its non-null values: responded and converted targets.
    _count: { _all: true, respondedAt: true, conversionSaleId: true },
  });
  const key = (id: number, untargeted: boolean) => `${id}:${untargeted}`;
  const byAction = new Map(rows.map((r) => [key(r.actionId, r.untargeted), r._count]));
  return actionIds.map((id) => {
    const c = byAction.get(key(id, false));
    const u = byAction.get(key(id, true));
    return {
      targets: c?._all ?? 0,
      responses: c?.respondedAt ?? 0,
      conversions: c?.conversionSaleId ?? 0,
      untargetedResponses: u?.respondedAt ?? 0,
      untargetedConversions: u?.conversionSaleId ?? 0,
    };
  });
});
