import type { Context } from '../../kernel/context.js';
import type { DeliveryStatus } from '../../generated/sqlite/enums.js';
import { perRequestLoader } from '../../kernel/request-cache.js';

/** Counts of an action's deliveries: its send's progress and results. */
export interface DeliverySummary {
  total: number;
  queued: number;
  sent: number;
  delivered: number;
  bounced: number;
  complained: number;
  failed: number;
  skipped: number;
  /** First opens and first clicks (recorded only with consent to tracking). */
  opened: number;
  clicked: number;
  /** Nothing left QUEUED (false for an action never sent: total 0). */
  done: boolean;
}

const statusKey: Record<DeliveryStatus, keyof DeliverySummary> = {
  QUEUED: 'queued',
  SENT: 'sent',
  DELIVERED: 'delivered',
  BOUNCED: 'bounced',
  COMPLAINED: 'complained',
  FAILED: 'failed',
  SKIPPED: 'skipped',
};

/**
 * The summaries of the actions asked for in one request, in three grouped queries whatever their number. Like the
 * action figures of analytics (ANALYTICS.md, "Small groups"), they count every delivery of an action the caller
 * may see: an action's audience is chosen by its own staff, and a count names nobody.
 */
export const deliverySummaries = perRequestLoader<number, DeliverySummary>(async (ctx: Context, actionIds) => {
  const ids = { in: [...actionIds] };
  const [byStatus, opened, clicked] = await Promise.all([
    ctx.db.messageDelivery.groupBy({ by: ['actionId', 'status'], where: { actionId: ids }, _count: { _all: true } }),
    ctx.db.messageDelivery.groupBy({
      by: ['actionId'],
      where: { actionId: ids, openedAt: { not: null } },
      _count: { _all: true },
    }),
    ctx.db.messageDelivery.groupBy({
      by: ['actionId'],
      where: { actionId: ids, clickedAt: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const empty = (): DeliverySummary => ({
    total: 0,
    queued: 0,
    sent: 0,
    delivered: 0,
    bounced: 0,
    complained: 0,
    failed: 0,
    skipped: 0,
    opened: 0,
    clicked: 0,
    done: false,
  });
  const out = new Map(actionIds.map((id) => [id, empty()]));
  for (const row of byStatus) {
    const s = out.get(row.actionId)!;
    (s[statusKey[row.status]] as number) += row._count._all;
    s.total += row._count._all;
  }
  for (const row of opened) out.get(row.actionId)!.opened = row._count._all;
  for (const row of clicked) out.get(row.actionId)!.clicked = row._count._all;
  for (const s of out.values()) s.done = s.total > 0 && s.queued === 0;
  return actionIds.map((id) => out.get(id)!);
});
