/**
 * Tracking bound to consent, over real HTTP: the open pixel and the click redirect answer the same with or without
 * consent to the `tracking` purpose, but record (TrackingEvent, openedAt, clickedAt, the target's response on
 * EMAIL_CLICK with its delay) only for a contact who consented. The click route is no open redirect: only a URL
 * inside a valid, unexpired click token is redirected to.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../platform/http/start-server.js';
import { describeEachDatabase } from '../../testing/databases.js';
import { gid } from '../../testing/api.js';
import { clickUrl, openPixelUrl, publicPaths } from '../links.js';
import { signLink } from '../signed-link.js';
import { deliveryWorld, type DeliveryWorld, fetchAgain } from './delivery-fixtures.js';

const DAY = 86_400_000;

describeEachDatabase('tracking bound to consent', (provider) => {
  let w: DeliveryWorld;
  let server: RunningServer;
  let actionId: number;
  const c: Record<string, number> = {};
  const d: Record<string, number> = {};
  const get = (url: string) => fetchAgain(`${server.url}${new URL(url, 'http://x').pathname}`, { redirect: 'manual' });

  beforeAll(async () => {
    w = await deliveryWorld(provider);
    server = await startServer({ db: w.h.t.db, provider, port: 0 });
    c.tracked = await w.contact({}, ['marketing', 'tracking']);
    c.untracked = await w.contact({}, ['marketing']);
    c.refused = await w.contact({}, ['marketing', 'tracking']);
    await w.h.consent(c.refused, 'tracking', { status: 'WITHDRAWN', from: new Date('2021-01-01T00:00:00Z') });
    const a = await w.action({ responseChannels: { create: [{ channel: 'EMAIL_CLICK' }] } });
    actionId = a.id;
    // Targeted two days ago: a click now is a response with a delay of two days.
    await w.target(a.id, [c.tracked, c.untracked, c.refused], new Date(Date.now() - 2 * DAY));
    for (const k of ['tracked', 'untracked', 'refused']) d[k] = await w.delivery(a.id, c[k]!, `<${k}@fidele.test>`);
  });
  afterAll(async () => {
    await server?.close();
    await w?.h.drop();
  });

  it('the pixel is the same GIF for everyone; the open is recorded only with consent to tracking', async () => {
    const db = w.h.t.db;
    const bodies: Buffer[] = [];
    for (const k of ['tracked', 'untracked', 'refused']) {
      const res = await get(openPixelUrl(d[k]!, new Date()));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/gif');
      expect(res.headers.get('cache-control')).toContain('no-store');
      bodies.push(Buffer.from(await res.arrayBuffer()));
    }
    expect(bodies[0]!.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
    // A forged token gets the pixel too (the answer says nothing), and records nothing.
    const forged = await fetchAgain(`${server.url}${publicPaths.open}not-a-token`);
    expect([forged.status, Buffer.from(await forged.arrayBuffer())]).toEqual([200, bodies[0]]);

    expect(await db.trackingEvent.findMany({ select: { deliveryId: true, kind: true } })).toEqual([
      { deliveryId: d.tracked, kind: 'OPEN' },
    ]);
    const deliveries = await db.messageDelivery.findMany({ where: { actionId }, orderBy: { id: 'asc' } });
    expect(deliveries.map((x) => x.openedAt !== null)).toEqual([true, false, false]);
  });

  it('a click redirects everyone; only a consenting contact is recorded, as a response with its delay', async () => {
    const db = w.h.t.db;
    const target = 'https://shop.example/offer?utm_source=fidele&x=1';
    for (const k of ['tracked', 'untracked', 'refused']) {
      const res = await get(clickUrl(d[k]!, target, new Date()));
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe(target);
    }
    const clicks = await db.trackingEvent.findMany({ where: { kind: 'CLICK' } });
    expect(clicks.map((e) => [e.deliveryId, e.url])).toEqual([[d.tracked, target]]);
    const tracked = await db.messageDelivery.findUniqueOrThrow({ where: { id: d.tracked } });
    expect(tracked.clickedAt).toBeInstanceOf(Date);
    const targets = await db.actionTarget.findMany({ where: { actionId }, orderBy: { contactId: 'asc' } });
    expect(targets.map((t) => [t.contactId, t.responseChannel])).toEqual([
      [c.tracked, 'EMAIL_CLICK'],
      [c.untracked, null],
      [c.refused, null],
    ]);
    // The response as the API shows it: channel and delay computed by the campaigns' own fields.
    const r = await w.h.as('MARKETING')(
      `query($id: ID!) { node(id: $id) { ... on ActionTarget { responded responseChannel responseDelayDays } } }`,
      { id: gid('ActionTarget', targets[0]!.id) },
    );
    expect(r.data.node).toMatchObject({ responded: true, responseChannel: 'EMAIL_CLICK' });
    expect(r.data.node.responseDelayDays).toBeCloseTo(2, 1);

    // A second click: another event, the first response kept.
    await get(clickUrl(d.tracked!, target, new Date()));
    expect(await db.trackingEvent.count({ where: { kind: 'CLICK', deliveryId: d.tracked } })).toBe(2);
    const again = await db.actionTarget.findUniqueOrThrow({ where: { id: targets[0]!.id } });
    expect(again.respondedAt).toEqual(targets[0]!.respondedAt);
  });

  it('an action that does not offer EMAIL_CLICK records the click but no response', async () => {
    const db = w.h.t.db;
    const cx = await w.contact({}, ['marketing', 'tracking']);
    const a = await w.action();
    await w.target(a.id, [cx]);
    const dx = await w.delivery(a.id, cx, '<no-click-channel@fidele.test>');
    const res = await get(clickUrl(dx, 'https://shop.example/', new Date()));
    expect(res.status).toBe(302);
    expect(await db.trackingEvent.count({ where: { deliveryId: dx } })).toBe(1);
    expect(
      (await db.actionTarget.findUniqueOrThrow({ where: { actionId_contactId: { actionId: a.id, contactId: cx } } }))
        .respondedAt,
    ).toBeNull();
  });

  it('is no open redirect: tampered, expired, other-kind and non-web tokens are 404, nothing recorded', async () => {
    const db = w.h.t.db;
    const before = await db.trackingEvent.count();
    const good = new URL(clickUrl(d.tracked!, 'https://shop.example/', new Date())).pathname;
    const token = good.slice(publicPaths.click.length);
    const [body, mac] = token.split('.');
    const evilBody = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body!, 'base64url').toString()), u: 'https://evil.example/' }),
    ).toString('base64url');
    const future = new Date(Date.now() + DAY);
    const attempts = [
      `${publicPaths.click}${evilBody}.${mac}`, // the URL swapped, the signature kept
      `${publicPaths.click}?u=https://evil.example/`,
      `${publicPaths.click}https%3A%2F%2Fevil.example%2F`,
      `${publicPaths.click}${signLink('open', { d: d.tracked, u: 'https://evil.example/' }, future)}`,
      `${publicPaths.click}${signLink('click', { d: d.tracked, u: 'https://shop.example/' }, new Date(Date.now() - 1000))}`,
      `${publicPaths.click}${signLink('click', { d: d.tracked, u: 'javascript:alert(1)' }, future)}`,
      `${publicPaths.click}${signLink('click', { d: d.tracked }, future)}`,
    ];
    for (const path of attempts) {
      const res = await fetchAgain(`${server.url}${path}`, { redirect: 'manual' });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('location')).toBeNull();
      expect(((await res.json()) as any).error.code).toBe('NOT_FOUND');
    }
    expect(await db.trackingEvent.count()).toBe(before);
  });
});
