import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import { contacts } from '../../privacy/access/contact-access.js';
import { appendConsentEvent } from '../../privacy/consent/consent.service.js';
import { type DeliveryEvent, messageIdForms } from './delivery-event.js';

/**
 * Applies what providers report about sent messages to their deliveries (MESSAGING.md, "Bounces, complaints and
 * tracking"). Runs as the system (`messaging:inbound-deliveries`): a provider is no staff user, and the consequences
 * (an address marked invalid, a withdrawal) follow from the recipient's own mail system, not from anyone's rights.
 *
 * Every event is applied in its own transaction and at most once: the delivery's status is claimed by a conditional
 * update, and the consequences are written only by the update that claimed it, so a provider retrying a batch, or
 * sending the same event as JSON and as a DSN, changes nothing the second time.
 */
export type EventOutcome = 'APPLIED' | 'ALREADY_APPLIED' | 'UNKNOWN_MESSAGE';

export interface EventResult {
  messageId: string;
  type: DeliveryEvent['type'];
  outcome: EventOutcome;
}

/** The system reason of this work in the audit log. */
export const INBOUND_DELIVERIES_REASON = 'messaging:inbound-deliveries';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

interface Found {
  id: number;
  contactId: number;
  medium: string;
  action: { requiredPurposeId: number };
}

/** Applies the events in order; an unknown message id is reported, never an error (another system's message). */
export async function applyDeliveryEvents(ctx: Context, events: readonly DeliveryEvent[]): Promise<EventResult[]> {
  const results: EventResult[] = [];
  for (const event of events) {
    const delivery = await ctx.db.messageDelivery.findFirst({
      where: { providerMessageId: { in: messageIdForms(event.messageId) } },
      select: { id: true, contactId: true, medium: true, action: { select: { requiredPurposeId: true } } },
    });
    const outcome = delivery ? await applyOne(ctx, delivery, event) : 'UNKNOWN_MESSAGE';
    results.push({ messageId: event.messageId, type: event.type, outcome });
  }
  return results;
}

const detailOf = (e: DeliveryEvent, what: string) =>
  `${what} at ${e.at.toISOString()}${e.diagnostic ? `: ${e.diagnostic}` : ''}`.slice(0, 1000);

async function applyOne(ctx: Context, d: Found, e: DeliveryEvent): Promise<EventOutcome> {
  const claimed = (count: number): EventOutcome => (count === 1 ? 'APPLIED' : 'ALREADY_APPLIED');
  if (e.type === 'delivered') {
    const { count } = await ctx.db.messageDelivery.updateMany({
      where: { id: d.id, status: { in: ['QUEUED', 'SENT'] } },
      data: { status: 'DELIVERED', deliveredAt: e.at, detail: detailOf(e, 'delivered') },
    });
    return claimed(count);
  }
  if (e.type === 'bounced' && e.bounce === 'soft') {
    // A full mailbox or a server down: worth knowing in the log, not a reason to stop using the address.
    const detail = detailOf(e, 'soft bounce');
    const { count } = await ctx.db.messageDelivery.updateMany({
      where: {
        id: d.id,
        status: { in: ['QUEUED', 'SENT', 'DELIVERED'] },
        OR: [{ detail: null }, { detail: { not: detail } }],
      },
      data: { detail },
    });
    return claimed(count);
  }
  if (e.type === 'bounced') return ctx.db.$transaction(async (tx) => claimed(await hardBounce(ctx, tx, d, e)));
  return ctx.db.$transaction(async (tx) => claimed(await complaint(ctx, tx, d, e)));
}

/** BOUNCED, and the contact's e-mail marked invalid until it changes (the targeting rules then skip it). */
async function hardBounce(ctx: Context, tx: Tx, d: Found, e: DeliveryEvent): Promise<number> {
  const { count } = await tx.messageDelivery.updateMany({
    where: { id: d.id, status: { notIn: ['BOUNCED', 'COMPLAINED'] } },
    data: { status: 'BOUNCED', reason: 'HARD_BOUNCE', bouncedAt: e.at, detail: detailOf(e, 'hard bounce') },
  });
  if (count === 1 && (d.medium === 'EMAIL' || d.medium === 'NEWSLETTER')) {
    await contacts(ctx, tx).update(d.contactId, { data: { emailInvalidAt: e.at }, where: { emailInvalidAt: null } });
  }
  return count;
}

/**
 * COMPLAINED, and a WITHDRAWN consent event for the action's purpose, source COMPLAINT, whose proof names the
 * provider's event: a recipient who reports a message as spam has said no to that use of their data. Written with
 * the delivery's change in one transaction (`appendConsentEvent`, the write half of `recordConsent`), so a
 * complaint is never half-recorded. A merged contact's withdrawal goes to the contact it was merged into.
 */
async function complaint(ctx: Context, tx: Tx, d: Found, e: DeliveryEvent): Promise<number> {
  const { count } = await tx.messageDelivery.updateMany({
    where: { id: d.id, status: { not: 'COMPLAINED' } },
    data: { status: 'COMPLAINED', reason: 'COMPLAINT', complainedAt: e.at, detail: detailOf(e, 'complaint') },
  });
  if (count === 0) return 0;
  const contact = await contacts(ctx, tx).findFirst({
    where: { id: d.contactId },
    select: { id: true, mergedIntoId: true, erasedAt: true },
  });
  if (!contact || contact.erasedAt) return count;
  const effectiveFrom = e.at <= ctx.now ? e.at : ctx.now;
  await appendConsentEvent(tx as unknown as Db, {
    contactId: contact.mergedIntoId ?? contact.id,
    purposeId: d.action.requiredPurposeId,
    status: 'WITHDRAWN',
    source: 'COMPLAINT',
    capturedAt: ctx.now,
    capturedById: null,
    proof: `provider complaint: message ${e.messageId}, ${detailOf(e, 'reported')}`.slice(0, 500),
    effectiveFrom,
    effectiveTo: null,
  });
  return count;
}
