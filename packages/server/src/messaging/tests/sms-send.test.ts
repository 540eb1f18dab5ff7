/**
 * An SMS action end to end through the fake provider: sendAction queues one delivery per target, the send job
 * renders the SMS and hands it to the SMS adapter (channels/sms.ts) registered on the fake provider; the provider
 * receives the text at the E.164 mobile, and the delivery keeps the provider's id, by which a later bounce report
 * (POST /inbound/deliveries) finds it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../platform/http/start-server.js';
import { sign } from '../../integration/webhooks/webhook.signature.js';
import { describeEachDatabase } from '../../testing/databases.js';
import { gid } from '../../testing/api.js';
import { startFakeSmsProvider, type FakeSmsProvider } from '../../testing/fake-sms-provider.js';
import type { ChannelAdapter } from '../channels/channel.js';
import { registerChannelAdapter, unregisterChannelAdapter } from '../channels/registry.js';
import { smsAdapter } from '../channels/sms.js';
import { deliveryWorld, type DeliveryWorld, fetchAgain } from './delivery-fixtures.js';

const SECRET = 'inbound-delivery-secret-of-the-tests-0123456789';

async function until<T>(read: () => Promise<T | null>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (v !== null) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describeEachDatabase('SMS sent through the provider', (provider) => {
  let w: DeliveryWorld;
  let sms: FakeSmsProvider;
  let adapter: ChannelAdapter;
  let server: RunningServer;
  const saved = process.env.FIDELE_INBOUND_DELIVERY_SECRET;

  beforeAll(async () => {
    process.env.FIDELE_INBOUND_DELIVERY_SECRET = SECRET;
    w = await deliveryWorld(provider);
    sms = await startFakeSmsProvider('sms-token');
    adapter = smsAdapter({ smsUrl: sms.url, smsToken: 'sms-token' });
    registerChannelAdapter(adapter);
    server = await startServer({ db: w.h.t.db, provider, port: 0 });
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.FIDELE_INBOUND_DELIVERY_SECRET;
    else process.env.FIDELE_INBOUND_DELIVERY_SECRET = saved;
    unregisterChannelAdapter(adapter);
    await server?.close();
    await sms?.close();
    await w?.h.drop();
  });

  it('sends the SMS to the E.164 mobile, keeps the provider id, and a bounce report finds the delivery', async () => {
    const db = w.h.t.db;
    const ann = await w.contact({ firstName: 'Ann', mobile: '06 12 34 56 78' });
    const bob = await w.contact({ firstName: 'Bob', mobile: '+33698765432' });
    const action = await w.action({ medium: 'SMS', code: `SMS-${provider}` });
    await db.actionMessage.create({
      data: { actionId: action.id, bodyText: 'Bonjour {{ firstName }}, -20 % ce samedi.' },
    });
    await w.target(action.id, [ann, bob]);

    const sent = await w.h.as('MARKETING')(`mutation($id: ID!) { sendAction(action: $id) { id } }`, {
      id: gid('MarketingAction', action.id),
    });
    expect(sent.errors).toBeUndefined();
    const deliveries = await until(async () => {
      const rows = await db.messageDelivery.findMany({ where: { actionId: action.id }, orderBy: { contactId: 'asc' } });
      return rows.length === 2 && rows.every((d) => d.status !== 'QUEUED') ? rows : null;
    });
    expect(deliveries.map((d) => d.status)).toEqual(['SENT', 'SENT']);
    const mine = sms.received.filter((m) => m.text.includes('ce samedi'));
    // The text as rendered by the send job (which appends the unsubscribe and preference links).
    expect(mine.map((m) => [m.to, m.text.split('\n')[0], m.token]).sort()).toEqual([
      ['+33612345678', 'Bonjour Ann, -20 % ce samedi.', 'sms-token'],
      ['+33698765432', 'Bonjour Bob, -20 % ce samedi.', 'sms-token'],
    ]);
    expect(deliveries.map((d) => d.providerMessageId).sort()).toEqual(mine.map((m) => m.id).sort());

    // The provider reports the first number as unknown: BOUNCED, found by its id; no e-mail is invalidated.
    const body = JSON.stringify({
      events: [
        { messageId: deliveries[0]!.providerMessageId, type: 'bounced', bounce: 'hard', at: new Date().toISOString() },
      ],
    });
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetchAgain(`${server.url}/inbound/deliveries`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-fidele-timestamp': String(ts),
        'x-fidele-signature': sign(SECRET, ts, body),
      },
      body,
    });
    expect(((await res.json()) as any).results[0].outcome).toBe('APPLIED');
    expect((await db.messageDelivery.findUniqueOrThrow({ where: { id: deliveries[0]!.id } })).status).toBe('BOUNCED');
    expect((await db.contact.findUniqueOrThrow({ where: { id: ann } })).emailInvalidAt).toBeNull();
  });
});
