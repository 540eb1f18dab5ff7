/**
 * POST /inbound/deliveries over real HTTP: a provider's signed batch of delivery events. A hard bounce marks the
 * delivery BOUNCED and the contact's e-mail invalid, so the next targeting excludes it as NO_CHANNEL_ADDRESS until the
 * address changes; a complaint withdraws the action's purpose with provenance (source COMPLAINT, the provider's
 * event as proof) and the next targeting excludes the contact as NO_CONSENT; a soft bounce is logged only; replays
 * change nothing; a bad signature, an old timestamp, no secret, bad bodies are refused with stable codes, never 500.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../platform/http/start-server.js';
import { sign } from '../../integration/webhooks/webhook.signature.js';
import { describeEachDatabase } from '../../testing/databases.js';
import { gid } from '../../testing/api.js';
import { deliveryWorld, type DeliveryWorld, fetchAgain } from './delivery-fixtures.js';

const SECRET = 'inbound-delivery-secret-of-the-tests-0123456789';

describeEachDatabase('inbound deliveries: bounces and complaints', (provider) => {
  let w: DeliveryWorld;
  let server: RunningServer;
  const saved = process.env.FIDELE_INBOUND_DELIVERY_SECRET;

  async function post(body: unknown, o: { at?: number; signature?: string; path?: string; type?: string } = {}) {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    const ts = o.at ?? Math.floor(Date.now() / 1000);
    const res = await fetchAgain(`${server.url}${o.path ?? '/inbound/deliveries'}`, {
      method: 'POST',
      headers: {
        'content-type': o.type ?? 'application/json',
        'x-fidele-timestamp': String(ts),
        'x-fidele-signature': o.signature ?? sign(SECRET, ts, raw),
      },
      body: raw,
    });
    return { status: res.status, body: (await res.json()) as any };
  }
  const event = (messageId: string, type: string, extra: Record<string, unknown> = {}) => ({
    messageId,
    type,
    at: new Date().toISOString(),
    diagnostic: 'smtp; 550 5.1.1 user unknown',
    ...extra,
  });

  beforeAll(async () => {
    process.env.FIDELE_INBOUND_DELIVERY_SECRET = SECRET;
    w = await deliveryWorld(provider);
    server = await startServer({ db: w.h.t.db, provider, port: 0 });
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.FIDELE_INBOUND_DELIVERY_SECRET;
    else process.env.FIDELE_INBOUND_DELIVERY_SECRET = saved;
    await server?.close();
    await w?.h.drop();
  });

  it('a hard bounce marks the address invalid: the next targeting excludes it until the e-mail changes', async () => {
    const db = w.h.t.db;
    const c = await w.contact();
    const first = await w.action();
    await w.target(first.id, [c]);
    const d = await w.delivery(first.id, c, '<hard-1@fidele.test>');

    // The provider drops the angle brackets: the message is found all the same.
    const r = await post({ events: [event('hard-1@fidele.test', 'bounced', { bounce: 'hard' })] });
    expect(r.status).toBe(200);
    expect(r.body.results).toEqual([{ messageId: 'hard-1@fidele.test', type: 'bounced', outcome: 'APPLIED' }]);
    const delivery = await db.messageDelivery.findUniqueOrThrow({ where: { id: d } });
    expect(delivery).toMatchObject({ status: 'BOUNCED', reason: 'HARD_BOUNCE' });
    expect(delivery.bouncedAt).toBeInstanceOf(Date);
    expect(delivery.detail).toContain('550 5.1.1');
    const invalidAt = (await db.contact.findUniqueOrThrow({ where: { id: c } })).emailInvalidAt;
    expect(invalidAt).toBeInstanceOf(Date);

    // A replay changes nothing (same outcome for the provider, no second write).
    const again = await post({ events: [event('<hard-1@fidele.test>', 'bounced', { bounce: 'hard' })] });
    expect(again.body.results[0].outcome).toBe('ALREADY_APPLIED');
    expect((await db.contact.findUniqueOrThrow({ where: { id: c } })).emailInvalidAt).toEqual(invalidAt);

    const next = await w.action();
    const run = await w.target(next.id, [c]);
    expect(run.excluded).toEqual([{ contactId: c, reason: 'NO_CHANNEL_ADDRESS', detail: 'EMAIL' }]);
    // An SMS action does not care about the e-mail.
    const sms = await w.action({ medium: 'SMS' });
    await db.contact.update({ where: { id: c }, data: { mobile: '+33612345678' } });
    expect((await w.target(sms.id, [c])).targeted).toBe(1);

    // The same address typed again is still invalid; a new one is tried again.
    const update = `mutation($id: ID!, $v: Int!, $input: ContactPatch!) { updateContact(id: $id, version: $v, input: $input) { version } }`;
    const gql = w.h.as('MARKETING');
    const version = async () => (await db.contact.findUniqueOrThrow({ where: { id: c } })).version;
    const old = (await db.contact.findUniqueOrThrow({ where: { id: c } })).email;
    let u = await gql(update, { id: gid('Contact', c), v: await version(), input: { email: old } });
    expect(u.errors).toBeUndefined();
    expect((await db.contact.findUniqueOrThrow({ where: { id: c } })).emailInvalidAt).not.toBeNull();
    u = await gql(update, { id: gid('Contact', c), v: await version(), input: { email: 'new.address@example.test' } });
    expect(u.errors).toBeUndefined();
    expect((await db.contact.findUniqueOrThrow({ where: { id: c } })).emailInvalidAt).toBeNull();
    const third = await w.action();
    expect((await w.target(third.id, [c])).targeted).toBe(1);
  });

  it('a complaint withdraws the purpose with provenance; the next targeting excludes the contact', async () => {
    const db = w.h.t.db;
    const c = await w.contact();
    const a = await w.action();
    await w.target(a.id, [c]);
    const d = await w.delivery(a.id, c, '<complaint-1@fidele.test>');
    const r = await post([event('<complaint-1@fidele.test>', 'complained', { diagnostic: 'abuse' })]);
    expect(r.body.results[0].outcome).toBe('APPLIED');
    expect(await db.messageDelivery.findUniqueOrThrow({ where: { id: d } })).toMatchObject({
      status: 'COMPLAINED',
      reason: 'COMPLAINT',
    });
    const events = await db.consentEvent.findMany({ where: { contactId: c, source: 'COMPLAINT' } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ purposeId: w.h.purposes.newsletter, status: 'WITHDRAWN', capturedById: null });
    expect(events[0]!.proof).toContain('complaint-1@fidele.test');
    const state = await db.consentState.findUniqueOrThrow({
      where: { contactId_purposeId: { contactId: c, purposeId: w.h.purposes.newsletter! } },
    });
    expect(state).toMatchObject({ status: 'WITHDRAWN', lastEventId: events[0]!.id });

    const again = await post([event('<complaint-1@fidele.test>', 'complained')]);
    expect(again.body.results[0].outcome).toBe('ALREADY_APPLIED');
    expect(await db.consentEvent.count({ where: { contactId: c, source: 'COMPLAINT' } })).toBe(1);

    const next = await w.action();
    expect((await w.target(next.id, [c])).excluded).toEqual([
      { contactId: c, reason: 'NO_CONSENT', detail: 'newsletter' },
    ]);
  });

  it('delivered and soft-bounced events: recorded, no invalidation; unknown messages reported', async () => {
    const db = w.h.t.db;
    const c = await w.contact();
    const a = await w.action();
    await w.target(a.id, [c]);
    const soft = await w.delivery(a.id, c, '<soft-1@fidele.test>');
    const c2 = await w.contact();
    await w.target(a.id, [c2]);
    const ok = await w.delivery(a.id, c2, '<ok-1@fidele.test>');
    const r = await post({
      events: [
        event('<soft-1@fidele.test>', 'bounced', { bounce: 'soft', diagnostic: '452 4.2.2 mailbox full' }),
        event('<ok-1@fidele.test>', 'delivered', { diagnostic: null }),
        event('<elsewhere@other.test>', 'delivered'),
      ],
    });
    expect(r.body.results.map((x: { outcome: string }) => x.outcome)).toEqual([
      'APPLIED',
      'APPLIED',
      'UNKNOWN_MESSAGE',
    ]);
    const s = await db.messageDelivery.findUniqueOrThrow({ where: { id: soft } });
    expect(s.status).toBe('SENT');
    expect(s.detail).toContain('soft bounce');
    expect(s.detail).toContain('mailbox full');
    expect((await db.contact.findUniqueOrThrow({ where: { id: c } })).emailInvalidAt).toBeNull();
    const o = await db.messageDelivery.findUniqueOrThrow({ where: { id: ok } });
    expect(o.status).toBe('DELIVERED');
    expect(o.deliveredAt).toBeInstanceOf(Date);
  });

  it('refuses a bad signature, an old timestamp, bad bodies and an unset secret, each with its code', async () => {
    const body = { events: [event('<x@fidele.test>', 'delivered')] };
    const bad = await post(body, { signature: sign('another-secret', Math.floor(Date.now() / 1000), '{}') });
    expect([bad.status, bad.body.error.code]).toEqual([401, 'UNAUTHENTICATED']);
    const old = Math.floor(Date.now() / 1000) - 3600;
    const stale = await post(body, { at: old });
    expect([stale.status, stale.body.error.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect(stale.body.error.message).toContain('x-fidele-timestamp');

    const notJson = await post('{"events": [');
    expect([notJson.status, notJson.body.error.code]).toEqual([400, 'VALIDATION']);
    const shapes = await post({ events: [{ messageId: '', type: 'opened', at: 'yesterday' }, null] });
    expect(shapes.status).toBe(400);
    expect(shapes.body.error.fields.map((f: { path: string[] }) => f.path.join('.'))).toEqual([
      'events.0.messageId',
      'events.0.type',
      'events.0.at',
      'events.1',
    ]);
    const noBounceKind = await post({ events: [event('<x@fidele.test>', 'bounced')] });
    expect(noBounceKind.body.error.fields[0].path).toEqual(['events', '0', 'bounce']);
    const tooMany = await post({ events: Array.from({ length: 501 }, () => event('<x@fidele.test>', 'delivered')) });
    expect([tooMany.status, tooMany.body.error.code]).toEqual([400, 'VALIDATION']);
    const huge = await post({ events: [event('<x@fidele.test>', 'delivered', { diagnostic: 'x'.repeat(300_000) })] });
    expect([huge.status, huge.body.error.code]).toEqual([400, 'VALIDATION']);
    for (const garbage of ['', 'null', '[]', '"text"', '{"events": 3}']) {
      const g = await post(garbage);
      expect([g.status, g.body.error.code]).toEqual([400, 'VALIDATION']);
    }

    delete process.env.FIDELE_INBOUND_DELIVERY_SECRET;
    try {
      const off = await post(body);
      expect([off.status, off.body.error.code]).toEqual([403, 'FORBIDDEN']);
    } finally {
      process.env.FIDELE_INBOUND_DELIVERY_SECRET = SECRET;
    }
    // Signed requests are audited as the system acting for the provider; refused signatures are not.
    const audited = await w.h.t.db.auditLog.findMany({ where: { systemReason: 'messaging:inbound-deliveries' } });
    expect(audited.length).toBeGreaterThan(0);
    expect(audited.every((a) => a.actorType === 'SYSTEM')).toBe(true);
  });
});
