import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../platform/http/start-server.js';
import { createApiHarness, gid, type ApiHarness } from '../../../testing/api.js';
import { describeEachDatabase } from '../../../testing/databases.js';
import { signLink } from '../../signed-link.js';
import { confirmUrl, preferencesUrl, unsubscribeUrl } from '../../links.js';

/**
 * The public links over HTTP against a started server: one-click unsubscribe withdraws the purpose and the next
 * targeting excludes the contact; refused tokens answer like unknown ones; the preference centre writes events with
 * proof; a double opt-in is not active until confirmed (a GET does not confirm) and keeps both timestamps; the
 * sign-up answers alike for known and unknown addresses.
 */
const target = `mutation($i: TargetActionInput!) { targetAction(input: $i) {
  targetedCount exclusions(first: 50) { edges { node { reason contact { id } } } } } }`;

describeEachDatabase('public links', (provider) => {
  let h: ApiHarness;
  let server: RunningServer;
  let actionId: number;
  const c: Record<string, number> = {};

  beforeAll(async () => {
    process.env.FIDELE_PUBLIC_URL = 'http://public.test';
    process.env.FIDELE_MAIL = 'catch';
    // Many requests from one address in a minute: the limit has its own test below.
    process.env.FIDELE_PUBLIC_RATE_PER_MINUTE = '100000';
    // Sign-ups land where the marketing user works (brand A, zone North), so that the targeting checks below see
    // them: by default they would go to the first brand by id, which the harness creates concurrently.
    process.env.FIDELE_SIGNUP_BRAND = 'A';
    process.env.FIDELE_SIGNUP_ZONE = 'N';
    h = await createApiHarness(provider, { purposes: true });
    server = await startServer({ db: h.t.db, provider, port: 0 });
    await h.t.db.purpose.update({
      where: { code: 'newsletter' },
      data: { inPreferenceCentre: true, doubleOptIn: true, name: 'Newsletter', description: 'Our monthly news' },
    });
    await h.t.db.purpose.update({ where: { code: 'targeted_offers' }, data: { inPreferenceCentre: true } });
    const mk = async (name: string, email: string, language: 'FR' | 'EN' = 'FR') =>
      (
        await h.t.db.contact.create({
          data: { kind: 'CLIENT', brandId: h.brands.a, zoneId: h.zones.north, lastName: name, email, language },
        })
      ).id;
    c.reader = await mk('reader', 'reader@x.test', 'EN');
    c.other = await mk('other', 'other@x.test');
    c.prefs = await mk('prefs', 'prefs@x.test');
    c.known = await mk('known', 'known@x.test');
    for (const id of [c.reader, c.other, c.prefs]) await h.consent(id!, 'newsletter');
    actionId = (
      await h.t.db.marketingAction.create({
        data: {
          code: 'NEWS-1',
          name: 'News',
          objective: 'LOYALTY',
          medium: 'EMAIL',
          brandId: h.brands.a,
          requiredPurposeId: h.purposes.newsletter!,
          status: 'RUNNING',
          startDate: new Date('2026-01-01'),
          endDate: new Date('2027-12-31'),
        },
      })
    ).id;
  });
  afterAll(async () => {
    delete process.env.FIDELE_PUBLIC_URL;
    delete process.env.FIDELE_MAIL;
    delete process.env.FIDELE_PUBLIC_RATE_PER_MINUTE;
    delete process.env.FIDELE_SIGNUP_BRAND;
    delete process.env.FIDELE_SIGNUP_ZONE;
    await server?.close();
    await h?.drop();
  });

  /** A link of links.ts, opened on the test server instead of the public URL. */
  const local = (url: string) => url.replace('http://public.test', server.url);
  const excluded = async (contactIds: number[]) => {
    const r = await h.as('MARKETING')(target, {
      i: {
        action: gid('MarketingAction', actionId),
        contacts: contactIds.map((id) => gid('Contact', id)),
        dryRun: true,
      },
    });
    expect(r.errors).toBeUndefined();
    return Object.fromEntries(
      r.data.targetAction.exclusions.edges.map((e: any) => [e.node.contact.id, e.node.reason]),
    ) as Record<string, string>;
  };
  const form = (body: Record<string, string | string[]>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(body)) for (const x of [v].flat()) params.append(k, x);
    return params.toString();
  };
  const post = (url: string, body: string, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'TestMail/1.0', ...headers },
      body,
      redirect: 'manual',
    });

  it('one-click POST withdraws the purpose with proof; the next targeting excludes the contact (NO_CONSENT)', async () => {
    expect(await excluded([c.reader!, c.other!])).toEqual({});
    const url = local(unsubscribeUrl(c.reader!, actionId, h.purposes.newsletter!, new Date()));
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('lang="en"'); // the contact's language
    expect(html).toContain('Unsubscribe me');
    expect(await h.t.db.consentEvent.count({ where: { source: 'UNSUBSCRIBE_LINK' } })).toBe(0); // GET changes nothing

    const res = await post(url, 'List-Unsubscribe=One-Click');
    expect(res.status).toBe(200);
    const event = await h.t.db.consentEvent.findFirstOrThrow({
      where: { contactId: c.reader, source: 'UNSUBSCRIBE_LINK' },
    });
    expect(event).toMatchObject({ status: 'WITHDRAWN', purposeId: h.purposes.newsletter, capturedById: null });
    expect(event.proof).toMatch(new RegExp(`action=${actionId}; link=[0-9a-f]{32}; at=.*; ua=TestMail/1.0`));
    expect(await excluded([c.reader!, c.other!])).toEqual({ [gid('Contact', c.reader!)]: 'NO_CONSENT' });

    // Idempotent: a second click (or the page's button) writes nothing more.
    expect((await post(url, 'token=x')).status).toBe(200);
    expect(await h.t.db.consentEvent.count({ where: { contactId: c.reader, source: 'UNSUBSCRIBE_LINK' } })).toBe(1);
  });

  it('refuses expired, tampered, other-kind and unknown tokens with the same 404 page, never a 500', async () => {
    const now = new Date();
    const valid = unsubscribeUrl(c.other!, actionId, h.purposes.newsletter!, now).split('/u/')[1]!;
    const expired = signLink(
      'unsubscribe',
      { c: c.other, a: actionId, p: h.purposes.newsletter },
      new Date(now.getTime() - 1000),
    );
    const [body, sig] = valid.split('.');
    const forged = Buffer.from(
      JSON.stringify({ k: 'unsubscribe', x: 9e9, c: c.known, p: h.purposes.newsletter }),
    ).toString('base64url');
    const tampered = [`${forged}.${sig}`, `${body}.${sig!.slice(0, -2)}AA`, `${body}x.${sig}`];
    const otherKind = preferencesUrl(c.other!, now).split('/preferences/')[1]!;
    const unknown = signLink(
      'unsubscribe',
      { c: 999_999, a: actionId, p: h.purposes.newsletter },
      new Date(now.getTime() + 60_000),
    );
    const answers = new Set<string>();
    for (const token of [expired, ...tampered, otherKind, unknown, 'garbage', 'a.b.c', 'x'.repeat(5000)]) {
      for (const method of ['GET', 'POST']) {
        const res = await fetch(`${server.url}/u/${token}`, {
          method,
          headers: { 'accept-language': 'fr' },
          body: method === 'POST' ? 'List-Unsubscribe=One-Click' : undefined,
        });
        expect(res.status, `${method} ${token}`).toBe(404);
        answers.add(await res.text());
      }
    }
    expect(answers.size).toBe(1);
    // A path that is not valid percent-encoding is refused by the server before any route: 400, not 500.
    expect((await fetch(`${server.url}/u/%E0%A4%A`)).status).toBe(400);
    expect([...answers][0]).toContain('Lien introuvable');
    expect(
      await h.t.db.consentEvent.count({ where: { source: 'UNSUBSCRIBE_LINK', contactId: { not: c.reader } } }),
    ).toBe(0);
  });

  it('the preference centre shows purposes and channels, and saves each change as an event with proof', async () => {
    const url = local(preferencesUrl(c.prefs!, new Date()));
    const token = url.split('/preferences/')[1]!;
    const page = await fetch(url, { headers: { 'accept-language': 'en' } });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('lang="fr"'); // the contact's language wins over the browser's
    expect(html).toMatch(/name="purpose" value="newsletter" checked/);
    expect(html).toMatch(/name="purpose" value="targeted_offers">/);
    expect(html).toContain('Our monthly news');
    expect(html).not.toContain('value="profiling"'); // not in the preference centre

    // Without the token in the body: refused like an unknown link (a form elsewhere cannot post it blind).
    const blind = await post(url, form({ shown: ['newsletter'], channel: ['EMAIL'] }));
    expect(blind.status).toBe(404);

    const save = await post(
      url,
      form({
        token,
        shown: ['newsletter', 'targeted_offers'],
        purpose: ['targeted_offers'],
        channel: ['EMAIL', 'MAILING'],
      }),
    );
    expect(save.status).toBe(200);
    expect(await save.text()).toContain('Vos choix sont enregistrés.');
    const events = await h.t.db.consentEvent.findMany({
      where: { contactId: c.prefs, source: 'PREFERENCE_CENTRE' },
      orderBy: { id: 'asc' },
      select: { purposeId: true, status: true, proof: true },
    });
    expect(events.map((e) => [e.purposeId, e.status])).toEqual([
      [h.purposes.targeted_offers, 'GRANTED'],
      [h.purposes.newsletter, 'WITHDRAWN'],
    ]);
    for (const e of events) expect(e.proof).toMatch(/^link=[0-9a-f]{32}; at=\d{4}-.*Z; ua=TestMail\/1.0$/);
    const prefs = await h.t.db.contactChannelPreference.findMany({
      where: { contactId: c.prefs },
      select: { medium: true, optedOut: true, source: true },
    });
    expect(prefs.sort((a, b) => a.medium.localeCompare(b.medium))).toEqual([
      { medium: 'SMS', optedOut: true, source: 'PREFERENCE_CENTRE' },
      { medium: 'TELEMARKETING', optedOut: true, source: 'PREFERENCE_CENTRE' },
    ]);
    // Saving the same choices again writes nothing.
    await post(
      url,
      form({
        token,
        shown: ['newsletter', 'targeted_offers'],
        purpose: ['targeted_offers'],
        channel: ['EMAIL', 'MAILING'],
      }),
    );
    expect(await h.t.db.consentEvent.count({ where: { contactId: c.prefs, source: 'PREFERENCE_CENTRE' } })).toBe(2);
    expect(await excluded([c.prefs!])).toEqual({ [gid('Contact', c.prefs!)]: 'NO_CONSENT' });
  });

  it('double opt-in: inactive until confirmed, a GET does not confirm, both timestamps kept', async () => {
    const res = await fetch(`${server.url}/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: ' New.Reader@Example.org ',
        firstName: 'Ann',
        purpose: 'newsletter',
        language: 'en',
      }),
    });
    expect(res.status).toBe(202);
    const contact = await h.t.db.contact.findFirstOrThrow({ where: { email: 'new.reader@example.org' } });
    expect(contact).toMatchObject({
      kind: 'PROSPECT',
      brandId: h.brands.a,
      zoneId: h.zones.north,
      language: 'EN',
      firstName: 'Ann',
    });
    const request = await h.t.db.consentRequest.findFirstOrThrow({ where: { contactId: contact.id } });
    expect(request.expiresAt.getTime() - request.requestedAt.getTime()).toBe(7 * 24 * 3600 * 1000);
    const mail = await h.t.db.caughtMail.findFirstOrThrow({ where: { recipient: 'new.reader@example.org' } });
    expect(mail.subject).toBe('Confirm your sign-up: Newsletter');
    const link = local(confirmUrl(request.id, request.expiresAt));
    expect(mail.raw.replace(/=\r?\n/g, '')).toContain(link.split('/confirm/')[1]!.slice(0, 40));
    expect(await h.t.db.consentState.count({ where: { contactId: contact.id } })).toBe(0);
    expect(await excluded([contact.id])).toEqual({ [gid('Contact', contact.id)]: 'NO_CONSENT' });

    const get = await fetch(link);
    expect(get.status).toBe(200);
    expect(await get.text()).toContain('I confirm');
    expect((await h.t.db.consentRequest.findUniqueOrThrow({ where: { id: request.id } })).confirmedAt).toBeNull();
    expect(await excluded([contact.id])).toEqual({ [gid('Contact', contact.id)]: 'NO_CONSENT' });

    const confirm = await post(link, 'token=x');
    expect(confirm.status).toBe(200);
    const done = await h.t.db.consentRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(done.confirmedAt).not.toBeNull();
    const event = await h.t.db.consentEvent.findUniqueOrThrow({ where: { id: done.consentEventId! } });
    expect(event).toMatchObject({ status: 'GRANTED', source: 'DOUBLE_OPT_IN', contactId: contact.id });
    expect(event.requestedAt).toEqual(request.requestedAt);
    expect(event.capturedAt).toEqual(done.confirmedAt);
    expect(event.capturedAt.getTime()).toBeGreaterThanOrEqual(request.requestedAt.getTime());
    expect(event.proof).toMatch(/request=\d+; link=[0-9a-f]{32}; ua=TestMail\/1.0; signup: form=\/subscribe/);
    expect(await excluded([contact.id])).toEqual({});
    // A second confirmation writes nothing more.
    expect((await post(link, 'token=x')).status).toBe(200);
    expect(await h.t.db.consentEvent.count({ where: { contactId: contact.id } })).toBe(1);
    // An expired request's link is refused like an unknown one.
    const old = await h.t.db.consentRequest.create({
      data: {
        contactId: contact.id,
        purposeId: h.purposes.targeted_offers!,
        source: 'WEB_FORM',
        requestedAt: new Date(Date.now() - 8 * 86400e3),
        expiresAt: new Date(Date.now() - 86400e3),
      },
    });
    const stale = signLink('confirm', { r: old.id }, new Date(Date.now() + 60_000));
    expect((await post(`${server.url}/confirm/${stale}`, 'token=x')).status).toBe(404);
  });

  it('/subscribe answers alike for a known and an unknown address; bad input is a 400; bodies are capped', async () => {
    const send = (email: string) =>
      post(`${server.url}/subscribe`, form({ email, purpose: 'newsletter' }), { 'accept-language': 'fr' });
    const known = await send('KNOWN@x.test');
    const unknown = await send('nobody@x.test');
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(await known.text()).toBe(await unknown.text());
    expect(await h.t.db.contact.count({ where: { email: { in: ['known@x.test', 'KNOWN@x.test'] } } })).toBe(1);
    expect(await h.t.db.consentRequest.count({ where: { contactId: c.known } })).toBe(1);
    for (const body of [
      form({ email: 'not-an-address', purpose: 'newsletter' }),
      form({ email: 'a@b.test', purpose: 'profiling' }),
    ]) {
      const bad = await post(`${server.url}/subscribe`, body);
      expect(bad.status).toBe(400);
      expect((await bad.json()).error.code).toBe('VALIDATION');
    }
    const huge = await post(
      `${server.url}/subscribe`,
      form({ email: 'x'.repeat(20_000) + '@x.test', purpose: 'newsletter' }),
    );
    expect(huge.status).toBe(400);
  });

  it('rate-limits the public routes per client address (429 with Retry-After, nothing written)', async () => {
    process.env.FIDELE_PUBLIC_RATE_PER_MINUTE = '3';
    try {
      const before = await h.t.db.consentRequest.count();
      const statuses: number[] = [];
      let refused: Response | undefined;
      // 7 hits span at most two one-minute windows, of which at most 6 are allowed.
      for (let i = 0; i < 7; i++) {
        const res = await post(`${server.url}/subscribe`, form({ email: `flood${i}@x.test`, purpose: 'newsletter' }));
        statuses.push(res.status);
        if (res.status === 429) refused ??= res;
        else await res.text();
      }
      expect(statuses).toContain(429);
      expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await refused!.json()).error.code).toBe('RATE_LIMITED');
      expect(await h.t.db.consentRequest.count()).toBe(before + statuses.filter((x) => x === 202).length);
    } finally {
      process.env.FIDELE_PUBLIC_RATE_PER_MINUTE = '100000';
    }
  });
});
