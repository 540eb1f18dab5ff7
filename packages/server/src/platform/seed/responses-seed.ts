import type { Db } from '../../kernel/db/client.js';
import type { Provider } from '../../kernel/db/paths.js';
import type { ResponseChannel } from '../../generated/sqlite/enums.js';
import { systemContext } from '../../privacy/access/system.js';
import { recordUntargetedResponses } from '../../messaging/responses/untargeted.service.js';

/**
 * The demo's acquisition responses (issue 20): every contact a press, web or event action brought (its source
 * action) answered it when it first came, on one of the channels the action offers (a coupon for the press, the
 * web form on the web), and its first purchase in the attribution window after that converts the response. Written
 * through the service the response form and coupons use (`recordUntargetedResponses`), an action at a time, with the
 * re-attribution left to the seed's closing pass. Contacts the action also targeted keep their target.
 */
export async function seedAcquisitionResponses(db: Db, provider: Provider, asOf: Date): Promise<number> {
  const ctx = systemContext(db, provider, 'seed', { now: asOf });
  const actions = await db.marketingAction.findMany({
    where: { publicResponses: true },
    select: { id: true, medium: true, responseChannels: { select: { channel: true } } },
    orderBy: { id: 'asc' },
  });
  let recorded = 0;
  for (const a of actions) {
    const offered = a.responseChannels.map((c) => c.channel);
    const channel: ResponseChannel =
      a.medium === 'PRESS' && offered.includes('MAIL_COUPON')
        ? 'MAIL_COUPON'
        : offered.includes('WEB')
          ? 'WEB'
          : (offered[0] ?? 'WEB');
    const brought = await db.contact.findMany({
      where: { sourceActionId: a.id, firstContactAt: { not: null }, deletedAt: null, mergedIntoId: null },
      select: { id: true, firstContactAt: true },
      orderBy: { id: 'asc' },
    });
    if (!brought.length) continue;
    const { created } = await recordUntargetedResponses(
      ctx,
      a.id,
      brought.map((c) => ({ contactId: c.id, channel, at: c.firstContactAt! })),
      { linkConversions: true, deferReattribution: true },
    );
    recorded += created.size;
  }
  return recorded;
}
