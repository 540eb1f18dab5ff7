/**
 * Webhook targets: a receiver must resolve to public addresses (loopback, private, link-local with the cloud
 * metadata address, unique-local, multicast, unspecified and IPv4-mapped forms refused), checked at subscription
 * and again at each delivery, the delivery connecting to the address checked (DNS rebinding); an allow-list for
 * on-premises receivers; a ping without an answer says the same thing after the same time whatever the port did.
 * Names are resolved by a resolver injected in the service, never by the machine's DNS.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer } from 'node:net';
import path from 'node:path';
import { createSecureContext } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Context } from '../../kernel/context.js';
import { deliverDue, NO_ANSWER, ping, PING_NO_ANSWER } from '../webhooks/webhook.delivery.js';
import { emitEvent } from '../../kernel/outbox.js';
import { createSubscription } from '../webhooks/webhook.service.js';
import { checkTarget, type HostResolver, isPublicAddress, type ResolvedAddress } from '../webhooks/webhook.target.js';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';
import { type Receiver, startReceiver } from '../../testing/webhook-receiver.js';

const create = `mutation($input: WebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id } } }`;
const PUBLIC: ResolvedAddress = { address: '93.184.216.34', family: 4 };
const v4 = (address: string): ResolvedAddress => ({ address, family: 4 });

/** A resolver answering from a table; each call is counted (`calls`), and an entry may change between calls. */
function tableResolver(answers: Record<string, ResolvedAddress[] | (() => ResolvedAddress[])>) {
  const resolver = (async (host: string) => {
    resolver.calls.push(host);
    const a = answers[host];
    if (!a) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return typeof a === 'function' ? a() : a;
  }) as HostResolver & { calls: string[] };
  resolver.calls = [];
  return resolver;
}

describe('webhook targets: which addresses are public', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.10', 'private'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['::1', 'IPv6 loopback'],
    ['::', 'IPv6 unspecified'],
    ['fe80::1', 'IPv6 link-local'],
    ['fd00::1', 'unique-local'],
    ['ff02::1', 'IPv6 multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:169.254.169.254', 'IPv4-mapped metadata'],
    ['64:ff9b::a00:1', 'NAT64 of 10.0.0.1'],
  ])('refuses %s (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])(
    'accepts the public address %s',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );

  it('refuses URLs naming non-public addresses in any spelling, and names resolving to one', async () => {
    const resolve = tableResolver({
      'intranet.test': [v4('10.0.0.5')],
      'mixed.test': [PUBLIC, v4('192.168.0.2')],
      'shop.test': [PUBLIC],
    });
    const policy = { resolve, allow: [] };
    for (const url of [
      'http://127.0.0.1:8080/',
      'http://[::1]/x',
      'http://169.254.169.254/latest/meta-data/',
      'http://2130706433/',
      'http://0x7f.1/',
      'http://[::ffff:7f00:1]/',
      'http://[fd12::1]/',
      'http://0.0.0.0/',
    ]) {
      expect(await checkTarget(url, policy), url).toEqual({ ok: false, problem: 'not a public address' });
    }
    expect(await checkTarget('https://intranet.test/hooks', policy)).toEqual({
      ok: false,
      problem: 'the host name resolves to a non-public address',
    });
    // One private address among public ones is refused: the connection could pick it.
    expect(await checkTarget('https://mixed.test/hooks', policy)).toEqual({
      ok: false,
      problem: 'the host name resolves to a non-public address',
    });
    expect(await checkTarget('https://unknown.test/hooks', policy)).toEqual({
      ok: false,
      problem: 'the host name does not resolve',
    });
    expect(await checkTarget('https://shop.test/hooks', policy)).toEqual({ ok: true, connectTo: PUBLIC });
  });

  it('a name that takes too long to resolve counts as not resolving', async () => {
    const never: HostResolver = () => new Promise(() => undefined);
    expect(await checkTarget('https://slow.test/hooks', { resolve: never, allow: [], resolveTimeoutMs: 50 })).toEqual({
      ok: false,
      problem: 'the host name does not resolve',
    });
  });

  it('the allow-list admits on-premises receivers by name, domain suffix, address or CIDR, and nothing else', async () => {
    const resolve = tableResolver({ 'erp.lan': [v4('10.1.2.3')], 'bi.lan': [v4('10.9.0.1')] });
    const allow = ['.corp.example', '10.1.0.0/16', '192.168.5.5', 'fd00::/8'];
    expect(await checkTarget('http://erp.lan/in', { resolve, allow })).toEqual({ ok: true, connectTo: v4('10.1.2.3') });
    expect(await checkTarget('http://bi.lan/in', { resolve, allow })).toMatchObject({ ok: false });
    expect(await checkTarget('http://crm.corp.example/in', { resolve, allow })).toEqual({ ok: true, connectTo: null });
    expect(await checkTarget('http://corp.example/in', { resolve, allow })).toEqual({ ok: true, connectTo: null });
    expect(await checkTarget('http://evilcorp.example/in', { resolve, allow: ['.corp.example'] })).toMatchObject({
      ok: false,
    });
    expect(await checkTarget('http://192.168.5.5/in', { resolve, allow })).toEqual({ ok: true, connectTo: null });
    expect(await checkTarget('http://192.168.5.6/in', { resolve, allow })).toMatchObject({ ok: false });
    expect(await checkTarget('http://[fd00::7]/in', { resolve, allow })).toEqual({ ok: true, connectTo: null });
    expect(resolve.calls).toEqual(['erp.lan', 'bi.lan', 'evilcorp.example']); // allowed names and literal addresses need no resolution
  });
});

describeEachDatabase('webhook targets: at subscription, at delivery, and pings', (provider) => {
  let h: ApiHarness;
  let receiver: Receiver;
  const ctx = (): Context =>
    ({ ...h.t, db: h.t.db, provider, principal: null, purpose: null, now: new Date() }) as unknown as Context;

  beforeAll(async () => {
    delete process.env.FIDELE_WEBHOOK_ALLOW_HOSTS;
    h = await createApiHarness(provider);
  });
  beforeEach(async () => {
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await receiver.close();
    await h.t.db.webhookSubscription.deleteMany({});
  });
  afterAll(() => h?.drop());

  it('createWebhookSubscription refuses private, metadata and IPv6 loopback URLs (VALIDATION at input.url)', async () => {
    for (const url of [
      receiver.url,
      'http://10.0.0.8/hooks',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]:8080/hooks',
    ]) {
      const r = await h.as('ADMIN')(create, { input: { name: 'internal', url, events: ['SALE_RECORDED'] } });
      expect(r.errors?.[0]?.extensions.code, url).toBe('VALIDATION');
      expect(r.errors![0]!.extensions.fields).toEqual([
        {
          path: ['input', 'url'],
          code: 'RECEIVER_NOT_PUBLIC',
          params: {},
          message: 'not a public address: receivers must be public unless listed in FIDELE_WEBHOOK_ALLOW_HOSTS',
        },
      ]);
    }
    expect(await h.t.db.webhookSubscription.count()).toBe(0);
  });

  it('refuses at subscription a name that resolves to a private address', async () => {
    const resolve = tableResolver({ 'erp.partner.test': [v4('192.168.10.4')] });
    await expect(
      createSubscription(
        ctx(),
        { name: 'ERP', url: 'https://erp.partner.test/in', events: ['SALE_RECORDED'] },
        { resolve, allow: [] },
      ),
    ).rejects.toMatchObject({
      extensions: {
        code: 'VALIDATION',
        fields: [
          {
            path: ['input', 'url'],
            code: 'RECEIVER_RESOLVES_PRIVATE',
            message: expect.stringContaining('resolves to a non-public address'),
          },
        ],
      },
    });
    expect(await h.t.db.webhookSubscription.count()).toBe(0);
  });

  it('a name whose address changes to a private one after the check is refused at delivery (nothing sent)', async () => {
    let answer = [PUBLIC];
    const resolve = tableResolver({ 'hooks.rebind.test': () => answer });
    const { subscription } = await createSubscription(
      ctx(),
      { name: 'rebind', url: 'http://hooks.rebind.test/in', events: ['SALE_RECORDED'] },
      { resolve, allow: [] },
    );
    await emitEvent(h.t.db, 'SALE_RECORDED', { contactId: 1, brandId: null, data: {} });
    answer = [v4('127.0.0.1')]; // the attacker's DNS now points at the server itself
    const now = new Date();
    expect(await deliverDue(h.t.db, now, { targets: { resolve, allow: [] }, timeoutMs: 500 })).toBe(1);
    const d = await h.t.db.webhookDelivery.findFirstOrThrow({ where: { subscriptionId: subscription.id } });
    expect(d).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastStatusCode: null,
      lastError: 'target refused: the host name resolves to a non-public address',
    });
    expect(receiver.received).toHaveLength(0);
    expect(resolve.calls).toEqual(['hooks.rebind.test', 'hooks.rebind.test']);
  });

  it('delivery connects to the address it checked, with the name as Host: the name is resolved once per attempt', async () => {
    const port = Number(new URL(receiver.url).port);
    // First answer: the receiver (allowed as on-premises); any later answer would be an unreachable address.
    let calls = 0;
    const resolve = tableResolver({
      'hooks.pinned.test': () => (calls++ === 0 ? [v4('127.0.0.1')] : [v4('10.255.255.1')]),
    });
    const allow = ['127.0.0.1'];
    const { subscription, secret } = await createSubscription(
      ctx(),
      { name: 'pinned', url: `http://hooks.pinned.test:${port}/hooks`, events: ['SALE_RECORDED'] },
      { resolve: tableResolver({ 'hooks.pinned.test': [v4('127.0.0.1')] }), allow },
    );
    receiver.secret = secret;
    await emitEvent(h.t.db, 'SALE_RECORDED', { contactId: 1, brandId: null, data: {} });
    expect(await deliverDue(h.t.db, new Date(), { targets: { resolve, allow }, timeoutMs: 2000 })).toBe(1);
    expect(resolve.calls).toEqual(['hooks.pinned.test']);
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]!.headers.host).toBe(`hooks.pinned.test:${port}`);
    expect(receiver.received[0]!.signatureValid).toBe(true);
    expect(await h.t.db.webhookDelivery.findFirstOrThrow({ where: { subscriptionId: subscription.id } })).toMatchObject(
      { status: 'DELIVERED', lastStatusCode: 200 },
    );
  });

  it('over https the pinned connection still sends the name as TLS server name and checks the certificate', async () => {
    // A receiver with a self-signed certificate for hooks.tls.test (test/fixtures/webhook-tls): the client must ask
    // for that name (SNI) although it connects to 127.0.0.1, and must refuse the untrusted certificate.
    const fixtures = path.join(import.meta.dirname, '../../../../../test/fixtures/webhook-tls');
    const names: string[] = [];
    const context = createSecureContext({
      cert: readFileSync(path.join(fixtures, 'receiver-cert.pem')),
      key: readFileSync(path.join(fixtures, 'receiver-key.pem')),
    });
    const tls = createHttpsServer(
      { SNICallback: (name, done) => (names.push(name), done(null, context)) },
      (_req, res) => res.writeHead(200).end('ok'),
    );
    await new Promise<void>((done) => tls.listen(0, '127.0.0.1', () => done()));
    try {
      const port = (tls.address() as AddressInfo).port;
      const targets = { resolve: tableResolver({ 'hooks.tls.test': [v4('127.0.0.1')] }), allow: ['127.0.0.1'] };
      const { subscription } = await createSubscription(
        ctx(),
        { name: 'tls', url: `https://hooks.tls.test:${port}/in`, events: ['SALE_RECORDED'] },
        targets,
      );
      await emitEvent(h.t.db, 'SALE_RECORDED', { contactId: 1, brandId: null, data: {} });
      expect(await deliverDue(h.t.db, new Date(), { targets, timeoutMs: 2000 })).toBe(1);
      expect(names).toEqual(['hooks.tls.test']);
      expect(
        await h.t.db.webhookDelivery.findFirstOrThrow({ where: { subscriptionId: subscription.id } }),
      ).toMatchObject({ status: 'PENDING', lastStatusCode: null, lastError: NO_ANSWER });
    } finally {
      await new Promise((done) => tls.close(done));
    }
  });

  it('a ping to a closed port and a ping to a silent receiver answer the same thing after the same time', async () => {
    const closedPort = await new Promise<number>((done) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as AddressInfo;
        s.close(() => done(port));
      });
    });
    receiver.fallback = 'hang';
    const allow = ['127.0.0.1'];
    const closed = await createSubscription(
      ctx(),
      { name: 'closed', url: `http://127.0.0.1:${closedPort}/x`, events: ['SALE_RECORDED'] },
      { allow },
    );
    const silent = await createSubscription(
      ctx(),
      { name: 'silent', url: receiver.url, events: ['SALE_RECORDED'] },
      { allow },
    );
    const timeoutMs = 400;
    const timed = async (id: number) => {
      const t0 = performance.now();
      const outcome = await ping(h.t.db, id, new Date(), timeoutMs, { allow });
      return { outcome, elapsed: performance.now() - t0 };
    };
    const a = await timed(closed.subscription.id);
    const b = await timed(silent.subscription.id);
    expect(a.outcome).toEqual({ statusCode: null, error: PING_NO_ANSWER, durationMs: timeoutMs });
    expect(b.outcome).toEqual(a.outcome);
    // The refused connection is answered only once the timeout has run, like the silent one.
    expect(a.elapsed).toBeGreaterThanOrEqual(timeoutMs - 5);
    expect(receiver.received).toHaveLength(1);
  });

  it('a ping to a target refused by the policy sends nothing', async () => {
    const resolve = tableResolver({ 'ping.rebind.test': [PUBLIC] });
    const { subscription } = await createSubscription(
      ctx(),
      { name: 'p', url: `http://ping.rebind.test/x`, events: ['SALE_RECORDED'] },
      { resolve, allow: [] },
    );
    const outcome = await ping(h.t.db, subscription.id, new Date(), 300, {
      resolve: tableResolver({ 'ping.rebind.test': [v4('169.254.169.254')] }),
      allow: [],
    });
    expect(outcome).toMatchObject({
      statusCode: null,
      error: 'target refused: the host name resolves to a non-public address',
    });
  });
});
