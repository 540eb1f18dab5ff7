import type { Db } from '../../kernel/db/client.js';
import type { WebhookEventType } from '../../generated/sqlite/enums.js';
import { anySubscriber, emitEvent, type EventFacts, type OutboxTx } from '../../kernel/outbox.js';
import { brandOfContact } from './contact-access.js';

/*
 * The outbox events about a contact (kernel/outbox.ts writes the rows). They live in the access layer because
 * routing an event to brand-scoped subscriptions needs the contact's brand, which only the layer reads.
 */

/** `emitEvent` for a change of a contact whose brand the caller has not loaded (read only when someone subscribes). */
export async function emitContactEvent(
  tx: OutboxTx,
  event: WebhookEventType,
  contactId: number,
  facts: Omit<EventFacts, 'contactId' | 'brandId'> = {},
) {
  if (!(await anySubscriber(tx, event))) return null;
  return emitEvent(tx, event, { ...facts, contactId, brandId: await brandOfContact(tx, contactId) });
}

/** CONSENT_CHANGED for a consent event being appended (every path: API, import, restriction of processing). */
export async function emitConsentChanged(
  tx: OutboxTx & Pick<Db, 'purpose'>,
  e: {
    contactId: number;
    purposeId: number;
    status: string;
    source: string;
    capturedAt: Date;
    effectiveFrom: Date;
    effectiveTo: Date | null;
  },
) {
  if (!(await anySubscriber(tx, 'CONSENT_CHANGED'))) return null;
  const purpose = await tx.purpose.findUnique({ where: { id: e.purposeId }, select: { code: true } });
  return emitContactEvent(tx, 'CONSENT_CHANGED', e.contactId, {
    occurredAt: e.capturedAt,
    data: {
      purpose: purpose?.code ?? null,
      status: e.status,
      source: e.source,
      effectiveFrom: e.effectiveFrom.toISOString(),
      effectiveTo: e.effectiveTo?.toISOString() ?? null,
    },
  });
}

/** RESPONSE_RECORDED for a target's response (by target id, or by action code for partners). */
export async function emitResponseRecorded(
  tx: OutboxTx & Pick<Db, 'marketingAction'>,
  r: {
    id: number;
    contactId: number;
    actionId: number;
    actionCode?: string;
    channel: string;
    respondedAt: Date;
    now: Date;
  },
) {
  if (!(await anySubscriber(tx, 'RESPONSE_RECORDED'))) return null;
  const actionCode =
    r.actionCode ??
    (await tx.marketingAction.findUnique({ where: { id: r.actionId }, select: { code: true } }))?.code ??
    null;
  return emitContactEvent(tx, 'RESPONSE_RECORDED', r.contactId, {
    occurredAt: r.now,
    targetId: r.id,
    actionId: r.actionId,
    data: { actionCode, channel: r.channel, respondedAt: r.respondedAt.toISOString() },
  });
}
