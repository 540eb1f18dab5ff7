import type { ActionMedium } from '../../generated/sqlite/enums.js';
import type { Context } from '../../kernel/context.js';
import type { Provider } from '../../kernel/db/paths.js';
import { runTargeting } from '../../campaigns/targeting/targeting.service.js';
import { systemContext } from '../../privacy/access/system.js';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';

/**
 * A harness for the tests of deliveries coming back (bounces, complaints, tracking): the demo purpose tree plus
 * `tracking`, contacts made with consent to marketing, actions targeted by the real engine, and deliveries as the
 * send job leaves them (SENT, with the provider's message id).
 */
export interface DeliveryWorld {
  h: ApiHarness;
  sys: () => Context;
  contact(data?: Record<string, unknown>, consents?: string[]): Promise<number>;
  action(extra?: Record<string, unknown>): Promise<{ id: number; code: string }>;
  /** Targets the contacts with the action through the engine; answers the run (targets, exclusions). */
  target(actionId: number, contactIds: number[], at?: Date): ReturnType<typeof runTargeting>;
  /** A SENT delivery of the action to the contact, with `providerMessageId`. */
  delivery(actionId: number, contactId: number, providerMessageId: string | null): Promise<number>;
}

export async function deliveryWorld(provider: Provider): Promise<DeliveryWorld> {
  const h = await createApiHarness(provider, { purposes: true });
  const db = h.t.db;
  h.purposes.tracking = (
    await db.purpose.create({ data: { code: 'tracking', name: 'Tracking', legalBasis: 'CONSENT' } })
  ).id;
  let seq = 0;
  const sys = () => systemContext(db, provider, 'test:messaging', { now: new Date() });
  return {
    h,
    sys,
    async contact(data = {}, consents = ['marketing']) {
      const n = seq++;
      const c = await db.contact.create({
        data: {
          kind: 'CLIENT',
          lastName: `Contact${n}`,
          brandId: h.brands.a,
          zoneId: h.zones.north,
          email: `c${n}@example.test`,
          ...data,
        },
        select: { id: true },
      });
      for (const p of consents) await h.consent(c.id, p);
      return c.id;
    },
    action: (extra = {}) =>
      db.marketingAction.create({
        data: {
          code: `ACT${seq++}`,
          name: 'an action',
          objective: 'LOYALTY',
          medium: 'EMAIL' as ActionMedium,
          brandId: h.brands.a,
          status: 'RUNNING',
          requiredPurposeId: h.purposes.newsletter!,
          startDate: new Date('2020-01-01T00:00:00Z'),
          endDate: new Date('2030-01-01T00:00:00Z'),
          ...extra,
        },
        select: { id: true, code: true },
      }),
    target: (actionId, contactIds, at) => runTargeting(sys(), { actionId, contactIds, randomSeed: 1, at }),
    async delivery(actionId, contactId, providerMessageId) {
      const target = await db.actionTarget.findUnique({
        where: { actionId_contactId: { actionId, contactId } },
        select: { id: true },
      });
      const action = await db.marketingAction.findUniqueOrThrow({ where: { id: actionId }, select: { medium: true } });
      const d = await db.messageDelivery.create({
        data: {
          actionId,
          contactId,
          targetId: target?.id ?? null,
          medium: action.medium,
          status: 'SENT',
          sentAt: new Date(),
          attempts: 1,
          providerMessageId,
        },
        select: { id: true },
      });
      return d.id;
    },
  };
}

/**
 * fetch, tried once more when the connection was reset: on a loaded machine a kept-alive socket that the server
 * closed as idle (5 s) can be reused by the client at the same moment (ECONNRESET before any byte was answered).
 * The routes tested are idempotent, so a second try asks the same question.
 */
export async function fetchAgain(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET') throw error;
    return fetch(url, init);
  }
}
