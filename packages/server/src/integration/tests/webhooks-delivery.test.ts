/**
 * Webhooks: subscriptions (admin only, secret shown once, URL and event checks), events written in the transaction
 * of the change (outbox), brand scoping, payloads without personal data, and delivery to a REAL local HTTP receiver:
 * signature checked by the receiver, a receiver that fails (500, then a timeout) then recovers, FAILED after the
 * last attempt, redeliver, and two delivery runs at once sending each delivery once. The clock is passed to the job.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { jobs } from '../../platform/jobs/registry.js';
import { runJob } from '../../platform/jobs/scheduler.js';
import { deliverDue, webhookDeliveryJob } from '../webhooks/webhook.delivery.js';
import { emitEvent } from '../../kernel/outbox.js';
import { signatureMatches } from '../webhooks/webhook.signature.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';
import { type Receiver, startReceiver } from '../../testing/webhook-receiver.js';

const create = `mutation($input: WebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id name url active events version brand { code } } } }`;
const deliveries = `query($sub: [ID!], $status: [WebhookDeliveryStatus!]) {
  webhookDeliveries(subscription: $sub, status: $status, first: 50) { totalCount edges { node { id event eventId status attempts payload lastStatusCode lastError log { attempt statusCode error durationMs } } } } }`;
const codes = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.map((e) => e.extensions.code);
const minutes = (n: number) => n * 60_000;

// The receiver listens on 127.0.0.1 and the examples name .example hosts: on-premises receivers, allow-listed as an
// installation would (webhooks-targets.test.ts covers the refusals without the list).
process.env.FIDELE_WEBHOOK_ALLOW_HOSTS = '127.0.0.1,.example';

describeEachDatabase('webhooks: subscriptions, outbox and delivery', (provider) => {
  let h: ApiHarness;
  let receiver: Receiver;
  const ids: Record<string, number> = {};
  const contactInput = (brand: number, extra: Record<string, unknown> = {}) => ({
    kind: 'CLIENT',
    brand: gid('Brand', brand),
    zone: gid('Zone', h.zones.north),
    lastName: 'Client',
    ...extra,
  });

  /** Creates a subscription through the API and tells the receiver its secret. */
  async function subscribe(events: string[], brand?: number, url = receiver.url) {
    const r = await h.as('ADMIN')(create, {
      input: { name: `hook ${events.join(',')}`, url, events, ...(brand ? { brand: gid('Brand', brand) } : {}) },
    });
    expect(r.errors).toBeUndefined();
    receiver.secret = r.data.createWebhookSubscription.secret;
    return {
      id: r.data.createWebhookSubscription.subscription.id as string,
      dbId: Number(Buffer.from(r.data.createWebhookSubscription.subscription.id, 'base64').toString().split(':')[1]),
      secret: receiver.secret,
    };
  }

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const category = await h.t.db.productCategory.create({ data: { code: 'CAT', name: 'Category' } });
    ids.product = (
      await h.t.db.product.create({
        data: { code: 'P1', name: 'Product', categoryId: category.id, listPrice: '10.00' },
      })
    ).id;
  });
  beforeEach(async () => {
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await receiver.close();
    await h.t.db.webhookSubscription.deleteMany({});
  });
  afterAll(() => h?.drop());

  it('admins only; the secret is shown once; URL and events are checked with field paths', async () => {
    const r = await h.as('ADMIN')(create, {
      input: {
        name: 'ERP',
        url: 'https://erp.example/hooks',
        events: ['SALE_RECORDED', 'CONTACT_CREATED'],
        brand: gid('Brand', h.brands.a),
      },
    });
    expect(r.errors).toBeUndefined();
    const { secret, subscription } = r.data.createWebhookSubscription;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(subscription).toMatchObject({
      name: 'ERP',
      active: true,
      events: ['CONTACT_CREATED', 'SALE_RECORDED'],
      version: 1,
      brand: { code: 'A' },
    });
    // No field of the API reads the secret back.
    const read = await h.as('ADMIN')(`{ webhookSubscriptions(first: 5) { edges { node { secret } } } }`);
    expect(codes(read)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    // Rotation: a new secret, shown once, stored in place of the old one.
    const rotated = await h.as('ADMIN')(
      `mutation($id: ID!) { rotateWebhookSecret(id: $id, version: 1) { secret subscription { version } } }`,
      { id: subscription.id },
    );
    expect(rotated.data.rotateWebhookSecret.secret).not.toBe(secret);
    expect(rotated.data.rotateWebhookSecret.subscription.version).toBe(2);
    const stale = await h.as('ADMIN')(`mutation($id: ID!) { rotateWebhookSecret(id: $id, version: 1) { secret } }`, {
      id: subscription.id,
    });
    expect(codes(stale)).toEqual(['CONFLICT']);

    for (const role of ['MARKETING', 'SALES', 'SUPPORT', 'ANALYST'] as const) {
      const denied = await h.as(role)(create, {
        input: { name: 'x', url: 'https://x.example', events: ['SALE_RECORDED'] },
      });
      expect(codes(denied), role).toEqual(['FORBIDDEN']);
      expect(codes(await h.as(role)(deliveries, {})), role).toEqual(['FORBIDDEN']);
    }
    expect(await h.t.db.webhookSubscription.count()).toBe(1);

    const bad = await h.as('ADMIN')(create, {
      input: { name: ' ', url: 'ftp://erp.example/x', events: ['SALE_RECORDED', 'CONTACT_DELETED'] },
    });
    expect(codes(bad)).toEqual(['VALIDATION']);
    expect(bad.errors![0]!.extensions.fields!.map((f) => f.path.join('.'))).toEqual([
      'input.name',
      'input.url',
      'input.events.1',
    ]);
    const creds = await h.as('ADMIN')(create, {
      input: { name: 'x', url: 'https://user:pw@erp.example/x', events: [] },
    });
    expect(creds.errors![0]!.extensions.fields).toEqual([
      {
        path: ['input', 'url'],
        code: 'URL_WITH_CREDENTIALS',
        params: {},
        message: 'no user name or password in the URL',
      },
      { path: ['input', 'events'], code: 'EVENT_REQUIRED', params: {}, message: 'at least one event' },
    ]);
    expect(await h.t.db.webhookSubscription.count()).toBe(1);
  });

  it('updates (events replaced, brand cleared, stale version CONFLICT) and deletes a subscription with its deliveries', async () => {
    const sub = await subscribe(['CONTACT_CREATED'], h.brands.a);
    const up = `mutation($id: ID!, $v: Int!, $input: WebhookSubscriptionPatch!) { updateWebhookSubscription(id: $id, version: $v, input: $input) { events brand { code } version url } }`;
    const r = await h.as('ADMIN')(up, {
      id: sub.id,
      v: 1,
      input: {
        events: ['SALE_RECORDED', 'CONSENT_CHANGED', 'SALE_RECORDED'],
        brand: null,
        url: 'https://bi.example/in',
      },
    });
    expect(r.data.updateWebhookSubscription).toEqual({
      events: ['CONSENT_CHANGED', 'SALE_RECORDED'],
      brand: null,
      version: 2,
      url: 'https://bi.example/in',
    });
    expect(codes(await h.as('ADMIN')(up, { id: sub.id, v: 1, input: { name: 'late' } }))).toEqual(['CONFLICT']);
    const bad = await h.as('ADMIN')(up, {
      id: sub.id,
      v: 2,
      input: { events: ['SALE_RECORDED', 'SALE_DELETED'], url: 'javascript:alert(1)' },
    });
    expect(bad.errors![0]!.extensions.fields!.map((f) => f.path.join('.'))).toEqual(['input.url', 'input.events.1']);
    expect((await h.t.db.webhookSubscription.findUniqueOrThrow({ where: { id: sub.dbId } })).version).toBe(2);

    await emitEvent(h.t.db, 'SALE_RECORDED', {
      contactId: (
        await h.t.db.contact.create({
          data: { kind: 'CLIENT', lastName: 'Del', brandId: h.brands.a, zoneId: h.zones.north },
        })
      ).id,
      brandId: h.brands.a,
    });
    expect(await h.t.db.webhookDelivery.count({ where: { subscriptionId: sub.dbId } })).toBe(1);
    const del = `mutation($id: ID!, $v: Int!) { deleteWebhookSubscription(id: $id, version: $v) }`;
    expect(codes(await h.as('MARKETING')(del, { id: sub.id, v: 2 }))).toEqual(['FORBIDDEN']);
    expect(codes(await h.as('ADMIN')(del, { id: sub.id, v: 1 }))).toEqual(['CONFLICT']);
    expect((await h.as('ADMIN')(del, { id: sub.id, v: 2 })).data.deleteWebhookSubscription).toBe(sub.id);
    expect(await h.t.db.webhookDelivery.count({ where: { subscriptionId: sub.dbId } })).toBe(0);
    expect(codes(await h.as('ADMIN')(del, { id: sub.id, v: 2 }))).toEqual(['NOT_FOUND']);
  });

  it('delivers a signed event the receiver verifies; the attempt is logged', async () => {
    const sub = await subscribe(['CONTACT_CREATED']);
    const created = await h.as('ADMIN')(`mutation($input: ContactInput!) { createContact(input: $input) { id } }`, {
      input: contactInput(h.brands.a),
    });
    expect(created.errors).toBeUndefined();
    const row = await h.t.db.webhookDelivery.findFirstOrThrow({ where: { subscriptionId: sub.dbId } });
    expect(row).toMatchObject({ event: 'CONTACT_CREATED', status: 'PENDING', attempts: 0 });

    const now = new Date(Date.now() + 1000);
    // Through the scheduled job, as `fidele start` and `fidele jobs:run webhook-delivery` run it.
    expect(jobs).toContain(webhookDeliveryJob);
    await runJob(webhookDeliveryJob, h.t.db, provider, now);
    expect(receiver.received).toHaveLength(1);
    const got = receiver.received[0]!;
    expect(got.signatureValid).toBe(true);
    expect(got.headers).toMatchObject({
      'content-type': 'application/json',
      'x-fidele-event': 'CONTACT_CREATED',
      'x-fidele-delivery': row.eventId,
      'x-fidele-timestamp': String(Math.floor(now.getTime() / 1000)),
    });
    expect(JSON.parse(got.body)).toEqual({
      id: row.eventId,
      event: 'CONTACT_CREATED',
      occurredAt: expect.any(String),
      brand: gid('Brand', h.brands.a),
      data: { contact: created.data.createContact.id, kind: 'CLIENT' },
    });
    // A tampered body or another secret fails the receiver's check.
    const ts = String(got.headers['x-fidele-timestamp']);
    const header = String(got.headers['x-fidele-signature']);
    expect(header).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(signatureMatches(sub.secret, ts, got.body, header)).toBe(true);
    expect(signatureMatches('whsec_other', ts, got.body, header)).toBe(false);
    expect(signatureMatches(sub.secret, ts, got.body.replace('CLIENT', 'PROSPECT'), header)).toBe(false);
    expect(signatureMatches(sub.secret, String(Number(ts) + 1), got.body, header)).toBe(false);

    const log = await h.as('ADMIN')(deliveries, { sub: [sub.id], status: ['DELIVERED'] });
    expect(log.data.webhookDeliveries.totalCount).toBe(1);
    expect(log.data.webhookDeliveries.edges[0].node).toMatchObject({
      status: 'DELIVERED',
      attempts: 1,
      lastStatusCode: 200,
      lastError: null,
      log: [{ attempt: 1, statusCode: 200, error: null }],
    });
    // Nothing left to send.
    expect(await deliverDue(h.t.db, new Date(now.getTime() + minutes(60)))).toBe(0);
  });

  it('retries a failing receiver (500, then a timeout) with back-off until it recovers', async () => {
    const sub = await subscribe(['CONTACT_CREATED']);
    await h.as('ADMIN')(`mutation($input: ContactInput!) { createContact(input: $input) { id } }`, {
      input: contactInput(h.brands.a),
    });
    receiver.plan = [500, 'hang'];
    const options = { timeoutMs: 300, baseDelayMs: minutes(1) };
    const t0 = new Date(Date.now() + 1000);

    expect(await deliverDue(h.t.db, t0, options)).toBe(1);
    let d = await h.t.db.webhookDelivery.findFirstOrThrow({ where: { subscriptionId: sub.dbId } });
    expect(d).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: 500, lastError: 'HTTP 500' });
    const wait1 = d.nextAttemptAt.getTime() - t0.getTime();
    expect(wait1).toBeGreaterThanOrEqual(minutes(1) * 0.8);
    expect(wait1).toBeLessThanOrEqual(minutes(1) * 1.2);
    // Not due yet: nothing is sent.
    expect(await deliverDue(h.t.db, new Date(t0.getTime() + minutes(0.5)), options)).toBe(0);

    const t1 = new Date(t0.getTime() + minutes(2));
    expect(await deliverDue(h.t.db, t1, options)).toBe(1);
    d = await h.t.db.webhookDelivery.findFirstOrThrow({ where: { subscriptionId: sub.dbId } });
    expect(d).toMatchObject({
      status: 'PENDING',
      attempts: 2,
      lastStatusCode: null,
      lastError: 'timeout after 300 ms',
    });
    const wait2 = d.nextAttemptAt.getTime() - t1.getTime();
    expect(wait2).toBeGreaterThanOrEqual(minutes(2) * 0.8); // doubled
    expect(wait2).toBeLessThanOrEqual(minutes(2) * 1.2);

    const t2 = new Date(t1.getTime() + minutes(3));
    expect(await deliverDue(h.t.db, t2, options)).toBe(1);
    d = await h.t.db.webhookDelivery.findFirstOrThrow({ where: { subscriptionId: sub.dbId } });
    expect(d).toMatchObject({
      status: 'DELIVERED',
      attempts: 3,
      lastStatusCode: 200,
      lastError: null,
      deliveredAt: t2,
    });
    const attempts = await h.t.db.webhookAttempt.findMany({ where: { deliveryId: d.id }, orderBy: { id: 'asc' } });
    expect(attempts.map((a) => [a.attempt, a.statusCode, a.error, a.attemptedAt.getTime()])).toEqual([
      [1, 500, 'HTTP 500', t0.getTime()],
      [2, null, 'timeout after 300 ms', t1.getTime()],
      [3, 200, null, t2.getTime()],
    ]);
    expect(attempts.every((a) => a.durationMs >= 0)).toBe(true);
    // The same event id and a valid signature on every attempt.
    expect(new Set(receiver.received.map((x) => x.headers['x-fidele-delivery'])).size).toBe(1);
    expect(receiver.received.every((x) => x.signatureValid)).toBe(true);
  });

  it('gives up after the last attempt (FAILED); redeliver queues it again under the same event id', async () => {
    const sub = await subscribe(['CONTACT_CREATED']);
    await h.as('ADMIN')(`mutation($input: ContactInput!) { createContact(input: $input) { id } }`, {
      input: contactInput(h.brands.a),
    });
    receiver.fallback = 503;
    let now = Date.now() + 1000;
    for (let i = 0; i < 3; i++, now += minutes(60 * 24))
      expect(await deliverDue(h.t.db, new Date(now), { maxAttempts: 3 })).toBe(1);
    expect(await deliverDue(h.t.db, new Date(now), { maxAttempts: 3 })).toBe(0);
    const failed = await h.as('ADMIN')(deliveries, { sub: [sub.id], status: ['FAILED'] });
    const node = failed.data.webhookDeliveries.edges[0].node;
    expect(node).toMatchObject({ status: 'FAILED', attempts: 3, lastStatusCode: 503 });
    expect(node.log.map((a: { attempt: number }) => a.attempt)).toEqual([1, 2, 3]);
    expect(
      (await h.as('ADMIN')(deliveries, { sub: [sub.id], status: ['PENDING'] })).data.webhookDeliveries.totalCount,
    ).toBe(0);

    expect(
      codes(await h.as('MARKETING')(`mutation($id: ID!) { redeliverWebhook(id: $id) { status } }`, { id: node.id })),
    ).toEqual(['FORBIDDEN']);
    const again = await h.as('ADMIN')(`mutation($id: ID!) { redeliverWebhook(id: $id) { status attempts eventId } }`, {
      id: node.id,
    });
    expect(again.data.redeliverWebhook).toEqual({ status: 'PENDING', attempts: 0, eventId: node.eventId });
    receiver.fallback = 204;
    expect(await deliverDue(h.t.db, new Date(Date.now() + 2000))).toBe(1);
    const done = (await h.as('ADMIN')(deliveries, { sub: [sub.id] })).data.webhookDeliveries.edges[0].node;
    expect(done).toMatchObject({ status: 'DELIVERED', attempts: 1, lastStatusCode: 204, eventId: node.eventId });
    expect(done.log.map((a: { attempt: number; statusCode: number }) => [a.attempt, a.statusCode])).toEqual([
      [1, 503],
      [2, 503],
      [3, 503],
      [4, 204],
    ]);
    expect(
      codes(
        await h.as('ADMIN')(`mutation($id: ID!) { redeliverWebhook(id: $id) { status } }`, {
          id: gid('WebhookDelivery', 999999),
        }),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('two delivery runs at once send each delivery once (claimed by a conditional update)', async () => {
    const sub = await subscribe(['CONTACT_CREATED']);
    for (let i = 0; i < 6; i++)
      await h.as('ADMIN')(`mutation($input: ContactInput!) { createContact(input: $input) { id } }`, {
        input: contactInput(h.brands.a),
      });
    const now = new Date(Date.now() + 1000);
    const [a, b] = await Promise.all([deliverDue(h.t.db, now), deliverDue(h.t.db, now)]);
    expect(a + b).toBe(6);
    expect(receiver.received).toHaveLength(6);
    expect(new Set(receiver.received.map((x) => x.headers['x-fidele-delivery'])).size).toBe(6);
    expect(await h.t.db.webhookDelivery.count({ where: { subscriptionId: sub.dbId, status: 'DELIVERED' } })).toBe(6);
    expect(await h.t.db.webhookAttempt.count({ where: { delivery: { subscriptionId: sub.dbId } } })).toBe(6);
  });

  it('brand scoping: a brand subscription gets only its brand; inactive subscriptions get nothing', async () => {
    const all = await subscribe(['CONTACT_CREATED']);
    const onlyA = await subscribe(['CONTACT_CREATED'], h.brands.a);
    const onlyB = await subscribe(['CONTACT_CREATED'], h.brands.b);
    const off = await subscribe(['CONTACT_CREATED']);
    const version = (await h.t.db.webhookSubscription.findUniqueOrThrow({ where: { id: off.dbId } })).version;
    const u = await h.as('ADMIN')(
      `mutation($id: ID!, $v: Int!) { updateWebhookSubscription(id: $id, version: $v, input: { active: false }) { active } }`,
      { id: off.id, v: version },
    );
    expect(u.data.updateWebhookSubscription.active).toBe(false);
    await h.as('ADMIN')(`mutation($input: ContactInput!) { createContact(input: $input) { id } }`, {
      input: contactInput(h.brands.a),
    });
    await h.as('ADMIN')(`mutation($input: ContactInput!) { createContact(input: $input) { id } }`, {
      input: contactInput(h.brands.b),
    });
    const count = (s: { dbId: number }) => h.t.db.webhookDelivery.count({ where: { subscriptionId: s.dbId } });
    expect([await count(all), await count(onlyA), await count(onlyB), await count(off)]).toEqual([2, 1, 1, 0]);
    const brandOf = async (s: { dbId: number }) =>
      (await h.t.db.webhookDelivery.findFirstOrThrow({ where: { subscriptionId: s.dbId } })).payload as {
        brand: string;
      };
    expect((await brandOf(onlyA)).brand).toBe(gid('Brand', h.brands.a));
    expect((await brandOf(onlyB)).brand).toBe(gid('Brand', h.brands.b));
  });

  it('outbox: the event row is written in the transaction of the change, so a rolled-back change emits nothing', async () => {
    const sub = await subscribe(['CONTACT_CREATED', 'CONTACT_UPDATED']);
    const contact = await h.t.db.contact.create({
      data: { kind: 'CLIENT', lastName: 'Rollback', brandId: h.brands.a, zoneId: h.zones.north },
    });
    // Writing personal fields needs consent for the request's purpose (the admin's customer_service).
    await h.consent(contact.id, 'customer_service');
    await expect(
      h.t.db.$transaction(async (tx) => {
        expect(await emitEvent(tx, 'CONTACT_UPDATED', { contactId: contact.id, brandId: contact.brandId })).toEqual(
          expect.any(String),
        );
        expect(await tx.webhookDelivery.count({ where: { subscriptionId: sub.dbId } })).toBe(1); // visible inside
        throw new Error('the change fails after its event was written');
      }),
    ).rejects.toThrow('the change fails');
    expect(await h.t.db.webhookDelivery.count({ where: { subscriptionId: sub.dbId } })).toBe(0);

    // Through the API: a stale version (CONFLICT) and a bad input (VALIDATION) write no contact change and no event.
    const up = `mutation($id: ID!, $v: Int!, $input: ContactPatch!) { updateContact(id: $id, version: $v, input: $input) { version } }`;
    expect(codes(await h.as('ADMIN')(up, { id: gid('Contact', contact.id), v: 7, input: { jobTitle: 'x' } }))).toEqual([
      'CONFLICT',
    ]);
    expect(
      codes(await h.as('ADMIN')(up, { id: gid('Contact', contact.id), v: 1, input: { email: 'not an e-mail' } })),
    ).toEqual(['VALIDATION']);
    expect(await h.t.db.webhookDelivery.count({ where: { subscriptionId: sub.dbId } })).toBe(0);
    // A committed change has exactly one event, naming the fields changed.
    expect(
      (
        await h.as('ADMIN')(up, {
          id: gid('Contact', contact.id),
          v: 1,
          input: { jobTitle: 'Buyer', countryCode: 'FR' },
        })
      ).errors,
    ).toBeUndefined();
    const rows = await h.t.db.webhookDelivery.findMany({ where: { subscriptionId: sub.dbId } });
    expect(rows.map((r) => [r.event, (r.payload as { data: unknown }).data])).toEqual([
      ['CONTACT_UPDATED', { contact: gid('Contact', contact.id), fields: ['countryCode', 'jobTitle'] }],
    ]);
  });

  it('every event carries ids, kinds, dates and codes: no personal value reaches any payload', async () => {
    const sub = await subscribe([
      'CONTACT_CREATED',
      'CONTACT_UPDATED',
      'CONSENT_CHANGED',
      'SALE_RECORDED',
      'RESPONSE_RECORDED',
    ]);
    const personal = {
      civility: 'MRS',
      firstName: 'Zénobie',
      lastName: 'Quatremare',
      companyName: 'Quatremare Conseil',
      jobTitle: 'Directrice',
      email: 'zenobie.quatremare@exemple-secret.fr',
      phone: '+33145678912',
      mobile: '+33687654321',
      addressLine1: '12 rue des Secrets',
      postalCode: '75003',
      city: 'Paris',
    };
    const admin = h.as('ADMIN');
    const c = await admin(`mutation($input: ContactInput!) { createContact(input: $input) { id version } }`, {
      input: contactInput(h.brands.a, personal),
    });
    expect(c.errors).toBeUndefined();
    const contactId = c.data.createContact.id;
    await h.consent(Number(Buffer.from(contactId, 'base64').toString().split(':')[1]), 'customer_service');
    const upd = await admin(
      `mutation($id: ID!, $input: ContactPatch!) { updateContact(id: $id, version: 1, input: $input) { id } }`,
      {
        id: contactId,
        input: { firstName: 'Zénaïde', email: 'zenaide.autre@exemple-secret.fr', mobile: '+33611223344' },
      },
    );
    expect(upd.errors).toBeUndefined();
    const consent = await admin(`mutation($input: ConsentInput!) { grantConsent(input: $input) { status } }`, {
      input: { contact: contactId, purpose: 'targeted_offers', source: 'WEB_FORM', proof: 'form-77' },
    });
    expect(consent.errors).toBeUndefined();
    const action = await h.t.db.marketingAction.create({
      data: {
        code: 'SECRET-ACT',
        name: 'Action',
        objective: 'LOYALTY',
        medium: 'MAILING',
        startDate: new Date('2026-01-01'),
        endDate: new Date('2027-01-01'),
        requiredPurposeId: h.purposes.targeted_offers!,
        brandId: h.brands.a,
        status: 'RUNNING',
        responseChannels: { create: [{ channel: 'PHONE' }] },
      },
    });
    const rawContactId = Number(Buffer.from(contactId, 'base64').toString().split(':')[1]);
    const target = await h.t.db.actionTarget.create({
      data: { actionId: action.id, contactId: rawContactId, targetedAt: new Date('2026-02-01') },
    });
    const resp = await admin(
      `mutation($id: ID!) { recordResponse(targetId: $id, version: 1, channel: PHONE, respondedAt: "2026-02-03T10:00:00.000Z") { id } }`,
      { id: gid('ActionTarget', target.id) },
    );
    expect(resp.errors).toBeUndefined();
    const sale = await admin(`mutation($input: SaleInput!) { recordSale(input: $input) { id } }`, {
      input: {
        contact: contactId,
        saleDate: '2026-02-05T00:00:00.000Z',
        channel: 'STORE',
        externalRef: 'T-1',
        lines: [{ productCode: 'P1', quantity: 2 }],
      },
    });
    expect(sale.errors).toBeUndefined();

    const rows = await h.t.db.webhookDelivery.findMany({ where: { subscriptionId: sub.dbId }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => r.event)).toEqual([
      'CONTACT_CREATED',
      'CONTACT_UPDATED',
      'CONSENT_CHANGED',
      'RESPONSE_RECORDED',
      'SALE_RECORDED',
    ]);
    const data = rows.map((r) => (r.payload as { data: Record<string, unknown> }).data);
    expect(data[2]).toEqual({
      contact: contactId,
      purpose: 'targeted_offers',
      status: 'GRANTED',
      source: 'WEB_FORM',
      effectiveFrom: expect.any(String),
      effectiveTo: null,
    });
    expect(data[3]).toEqual({
      contact: contactId,
      target: gid('ActionTarget', target.id),
      action: gid('MarketingAction', action.id),
      actionCode: 'SECRET-ACT',
      channel: 'PHONE',
      respondedAt: '2026-02-03T10:00:00.000Z',
    });
    expect(data[4]).toEqual({
      contact: contactId,
      sale: sale.data.recordSale.id,
      saleDate: '2026-02-05T00:00:00.000Z',
      channel: 'STORE',
      externalRef: 'T-1',
    });

    // Every personal value written, in any case or spelling the normaliser may have produced, is absent.
    const stored = await h.t.db.contact.findUniqueOrThrow({ where: { id: rawContactId } });
    const values = [
      ...Object.values(personal),
      'Zénaïde',
      'zenaide.autre@exemple-secret.fr',
      '+33611223344',
      stored.firstName,
      stored.lastName,
      stored.email,
      stored.phone,
      stored.mobile,
      stored.addressLine1,
      stored.city,
      'form-77',
    ]
      .filter((v): v is string => !!v && v !== 'MRS')
      .flatMap((v) => [v, v.toLowerCase(), v.toUpperCase(), v.replace(/^\+33/, '0')]);
    for (const r of rows) {
      const text = JSON.stringify(r.payload).toLowerCase();
      for (const v of values) expect(text, `${r.event} leaks ${v}`).not.toContain(v.toLowerCase());
    }
    // And what is sent is exactly the stored payload.
    expect(await deliverDue(h.t.db, new Date(Date.now() + 1000))).toBe(5);
    // (sent concurrently: the order of arrival is not guaranteed, receivers order by occurredAt)
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(receiver.received.map((x) => JSON.parse(x.body)).sort(byId)).toEqual(
      rows.map((r) => r.payload as { id: string }).sort(byId),
    );
  });

  it('the delivery log and the subscriptions list run the same SQL statements for 5 rows as for 60 (no N+1)', async () => {
    const subs = [await subscribe(['CONTACT_CREATED'], h.brands.a), await subscribe(['CONTACT_CREATED'])];
    const contact = await h.t.db.contact.create({
      data: { kind: 'CLIENT', lastName: 'Many', brandId: h.brands.a, zoneId: h.zones.north },
    });
    for (let i = 0; i < 30; i++)
      await emitEvent(h.t.db, 'CONTACT_CREATED', { contactId: contact.id, brandId: h.brands.a });
    receiver.fallback = 500;
    await deliverDue(h.t.db, new Date(Date.now() + 1000), { batchSize: 100 }); // one attempt each
    const log = `query($n: Int!) { webhookDeliveries(first: $n) { totalCount edges { node { event status subscription { name brand { code } } log { attempt statusCode } } } }
      webhookSubscriptions(first: $n) { totalCount edges { node { name events brand { code } createdBy { email } } } } }`;
    const count = async (n: number) => {
      h.statements.length = 0;
      const r = await h.as('ADMIN')(log, { n });
      expect(r.errors).toBeUndefined();
      expect(r.data.webhookDeliveries.edges.length).toBe(Math.min(n, 60));
      return h.statements.filter((q) => !/^\s*(BEGIN|COMMIT|INSERT)/i.test(q)).length;
    };
    expect(subs).toHaveLength(2);
    expect(await count(60)).toBe(await count(5));
  });

  it('pingWebhook sends a signed PING and reports the answer', async () => {
    const sub = await subscribe(['SALE_RECORDED']);
    const ok = await h.as('ADMIN')(`mutation($id: ID!) { pingWebhook(id: $id) { ok statusCode error } }`, {
      id: sub.id,
    });
    expect(ok.data.pingWebhook).toEqual({ ok: true, statusCode: 200, error: null });
    expect(receiver.received[0]).toMatchObject({ signatureValid: true, headers: { 'x-fidele-event': 'PING' } });
    receiver.plan = [500];
    const ko = await h.as('ADMIN')(`mutation($id: ID!) { pingWebhook(id: $id) { ok statusCode error } }`, {
      id: sub.id,
    });
    expect(ko.data.pingWebhook).toEqual({ ok: false, statusCode: 500, error: 'HTTP 500' });
    expect(await h.t.db.webhookDelivery.count()).toBe(0);
  });
});
