import { randomUUID } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Db } from './db/client.js';
import type { WebhookEventType } from '../generated/sqlite/enums.js';

/** The client of the transaction the change runs in (a transaction client or, in tests, the plain client). */
export type OutboxTx = Pick<Db, 'webhookSubscription' | 'webhookDelivery' | 'contact'>;

/**
 * What an event says. Only ids, kinds, dates and codes, never a personal field (names, e-mail, phones, address):
 * a subscription is configured by an admin, not scoped to a purpose or to a contact's consent, so a payload that
 * carried personal values would disclose them outside every access rule. A receiver that needs more reads the
 * entity through the API (`node(id)`) with its own key, rights and purpose, where consent applies as usual.
 */
export interface EventFacts {
  /** The contact the event is about (every event has one). */
  contactId: number;
  /** The brand the event belongs to: brand-scoped subscriptions only get their brand's events. */
  brandId: number | null;
  /** When the change happened (the sale date is in `data` for a sale). @default now */
  occurredAt?: Date;
  saleId?: number;
  targetId?: number;
  actionId?: number;
  /** Non-personal codes and dates: contact kind, purpose code, consent status, channel, action code, field names... */
  data?: Record<string, string | number | boolean | null | string[]>;
}

/** The JSON body a receiver gets (see WEBHOOKS.md). */
export interface WebhookPayload {
  id: string;
  event: WebhookEventType;
  occurredAt: string;
  brand: string | null;
  data: Record<string, unknown>;
}

/** The payload of an event, with global ids a receiver can pass to `node(id)`. */
export function payloadOf(
  eventId: string,
  event: WebhookEventType,
  facts: EventFacts,
  occurredAt: Date,
): WebhookPayload {
  const ids: Record<string, string> = { contact: encodeGlobalID('Contact', facts.contactId) };
  if (facts.saleId !== undefined) ids.sale = encodeGlobalID('Sale', facts.saleId);
  if (facts.targetId !== undefined) ids.target = encodeGlobalID('ActionTarget', facts.targetId);
  if (facts.actionId !== undefined) ids.action = encodeGlobalID('MarketingAction', facts.actionId);
  return {
    id: eventId,
    event,
    occurredAt: occurredAt.toISOString(),
    brand: facts.brandId === null ? null : encodeGlobalID('Brand', facts.brandId),
    data: { ...ids, ...facts.data },
  };
}

/**
 * Writes the outbox rows of an event: one WebhookDelivery per active subscription to `event` (brand-scoped ones only
 * for their brand), due at once. Call it with the transaction client of the change, so that a rolled-back change
 * emits nothing and a committed one cannot lose its event; the delivery job sends the rows later. Returns the event
 * id (shared by every subscription's row; receivers dedupe on it), or null when nobody subscribes.
 */
export async function emitEvent(tx: OutboxTx, event: WebhookEventType, facts: EventFacts): Promise<string | null> {
  const subscriptions = await tx.webhookSubscription.findMany({
    where: {
      active: true,
      events: { some: { event } },
      OR: [{ brandId: null }, ...(facts.brandId === null ? [] : [{ brandId: facts.brandId }])],
    },
    select: { id: true },
  });
  if (!subscriptions.length) return null;
  const eventId = randomUUID();
  const occurredAt = facts.occurredAt ?? new Date();
  const payload = JSON.parse(JSON.stringify(payloadOf(eventId, event, facts, occurredAt)));
  await tx.webhookDelivery.createMany({
    data: subscriptions.map((s) => ({ subscriptionId: s.id, event, eventId, payload, nextAttemptAt: occurredAt })),
  });
  return eventId;
}

/** Whether any active subscription listens to `event` (so that callers skip building facts nobody reads). */
export async function anySubscriber(tx: OutboxTx, event: WebhookEventType) {
  return (
    (await tx.webhookSubscription.findFirst({
      where: { active: true, events: { some: { event } } },
      select: { id: true },
    })) !== null
  );
}
