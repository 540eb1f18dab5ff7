import type { Context } from '../../kernel/context.js';
import type { TrackingKind } from '../../generated/sqlite/enums.js';
import { contacts, purposeConsent } from '../../privacy/access/contact-access.js';
import { withPurpose } from '../../privacy/access/system.js';
import { loadPurposes, purposeIn } from '../../privacy/consent/purpose.service.js';
import { recordResponse } from '../../campaigns/targets/target.service.js';
import { systemLog } from '../../kernel/system-log.js';

/**
 * Opens and clicks, recorded only for contacts whose consent covers the `tracking` purpose (MESSAGING.md). A
 * contact without it gets exactly the same answer (the pixel, the redirect) and nothing is written: no event, no
 * `openedAt`, no response. A click of a consenting contact counts as the target's response on EMAIL_CLICK, through
 * the campaigns' own `recordResponse`, so the response delay, the webhook and the sales attribution follow the same
 * rules as a response typed in by staff.
 */
export const TRACKING_PURPOSE = 'tracking';
export const TRACKING_REASON = 'messaging:tracking';

/** Events kept per delivery and kind: a forwarded message opened a thousand times is not a thousand rows. */
export const MAX_EVENTS_PER_DELIVERY = 50;

export type TrackingOutcome = 'RECORDED' | 'NO_CONSENT' | 'UNKNOWN_DELIVERY' | 'CAPPED';

/** Records an open or click of delivery `deliveryId` at `ctx.now` when the contact consented to tracking. */
export async function recordTracking(
  ctx: Context,
  deliveryId: number,
  kind: TrackingKind,
  url: string | null,
): Promise<TrackingOutcome> {
  const delivery = await ctx.db.messageDelivery.findUnique({
    where: { id: deliveryId },
    select: { id: true, contactId: true, targetId: true, sentAt: true },
  });
  if (!delivery) return 'UNKNOWN_DELIVERY';
  if (!(await consentsToTracking(ctx, delivery.contactId))) return 'NO_CONSENT';
  const kept = await ctx.db.trackingEvent.count({ where: { deliveryId, kind } });
  if (kept >= MAX_EVENTS_PER_DELIVERY) return 'CAPPED';
  const at = ctx.now;
  await ctx.db.$transaction(async (tx) => {
    await tx.trackingEvent.create({ data: { deliveryId, kind, url, at } });
    // First open and first click; a click is an open too (images are often blocked, links are not).
    await tx.messageDelivery.updateMany({ where: { id: deliveryId, openedAt: null }, data: { openedAt: at } });
    if (kind === 'CLICK')
      await tx.messageDelivery.updateMany({ where: { id: deliveryId, clickedAt: null }, data: { clickedAt: at } });
  });
  if (kind === 'CLICK' && delivery.targetId) await clickResponse(ctx, delivery.targetId);
  return 'RECORDED';
}

/** Does the contact's consent cover `tracking` now? Decided by the one consent rule, in SQL, through the layer. */
async function consentsToTracking(ctx: Context, contactId: number): Promise<boolean> {
  const purpose = purposeIn(await loadPurposes(ctx.db), TRACKING_PURPOSE);
  if (!purpose) return false; // no such purpose on this deployment: nobody consented to it
  const count = await contacts(withPurpose(ctx, purpose)).count({
    where: { AND: [{ id: contactId }, purposeConsent(purpose, ctx.now)] },
  });
  return count === 1;
}

/**
 * The click as the target's response on EMAIL_CLICK, when the target has not responded yet and the action offers
 * that channel (an action's response channels say what counts as a response to it: a marketer who does not want
 * clicks counted leaves EMAIL_CLICK out). A control-group target was sent nothing, so it has no click to record.
 */
async function clickResponse(ctx: Context, targetId: number): Promise<void> {
  const target = await ctx.db.actionTarget.findUnique({
    where: { id: targetId },
    select: {
      version: true,
      respondedAt: true,
      inControlGroup: true,
      action: { select: { responseChannels: { where: { channel: 'EMAIL_CLICK' }, select: { channel: true } } } },
    },
  });
  if (!target || target.respondedAt || target.inControlGroup || !target.action.responseChannels.length) return;
  try {
    await recordResponse(ctx, targetId, 'EMAIL_CLICK', ctx.now, target.version);
  } catch (error) {
    // Two clicks racing: the other one recorded the response (CONFLICT). The click itself is recorded either way.
    systemLog().warn({ targetId, err: error }, 'click response not recorded');
  }
}
