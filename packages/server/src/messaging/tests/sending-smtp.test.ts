/**
 * sendAction end to end, on both databases: the mutation queues one delivery per target, the in-process job runner
 * sends them over SMTP to a real server started here, and the messages arrive with the RFC 8058 unsubscribe
 * headers, our Message-ID, a visible unsubscribe link, and tracking only for the contact who consented to it. The
 * control group and an untargeted responder get nothing; a contact whose consent was withdrawn after targeting,
 * or who opted out of e-mail since, is SKIPPED with the engine's reason; sending twice sends once.
 */
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';
import { registerChannelAdapter, unregisterChannelAdapter } from '../channels/registry.js';
import type { ChannelAdapter } from '../channels/channel.js';
import { verifyLink } from '../signed-link.js';
import { publicPaths } from '../links.js';
import { startSmtp, smtpAdapter, world, type TestSmtp } from './sending-fixture.js';

process.env.FIDELE_PUBLIC_URL = 'https://fidele.example';

const summaryQuery = `query($id: ID!) { node(id: $id) { ... on MarketingAction {
  deliverySummary { total queued sent delivered bounced complained failed skipped opened clicked done }
  deliveries(first: 50) { totalCount edges { node { status reason attempts contact { id } } } } } } }`;

/** A header as it was sent (unfolded), not as mailparser interprets it. */
const rawHeader = (mail: ParsedMail, name: string) => {
  const line = mail.headerLines.find((l) => l.key === name)?.line ?? '';
  return line
    .slice(line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim();
};

async function until<T>(read: () => Promise<T | null>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (v !== null) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describeEachDatabase('sending over SMTP', (provider) => {
  let h: ApiHarness;
  let smtp: TestSmtp;
  let adapter: ChannelAdapter;
  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    await h.t.db.purpose.create({ data: { code: 'tracking', name: 'tracking', legalBasis: 'CONSENT' } });
    smtp = await startSmtp();
    adapter = smtpAdapter(smtp, h.t.db);
    registerChannelAdapter(adapter);
  });
  afterAll(async () => {
    unregisterChannelAdapter(adapter);
    await adapter?.close?.();
    await smtp?.close();
    await h?.drop();
  });

  it('sends each target one message with the unsubscribe headers and links, and nothing to the others', async () => {
    const w = await world(h, `e2e${provider}`, ['ann', 'bob', 'cat', 'dan'], {
      control: true,
      untargeted: true,
      tracked: ['ann'],
    });
    // After targeting: cat withdraws her consent, dan opts out of e-mail.
    await h.consent(w.c.cat!, 'newsletter', { status: 'WITHDRAWN', from: new Date(Date.now() - 1000) });
    await h.t.db.contactChannelPreference.create({
      data: { contactId: w.c.dan!, medium: 'EMAIL', source: 'WEB_FORM', changedAt: new Date() },
    });
    const marketing = h.as('MARKETING');
    const id = gid('MarketingAction', w.actionId);
    const sent = await marketing(`mutation($id: ID!) { sendAction(action: $id) { id } }`, { id });
    expect(sent.errors).toBeUndefined();

    await until(async () => {
      const r = await marketing(summaryQuery, { id });
      expect(r.errors).toBeUndefined();
      return r.data.node.deliverySummary.done ? r.data.node : null;
    });
    // Read again once done: a response's list of deliveries is read before its summary (the list with the action,
    // the summary by its loader), so the response that first says done may list deliveries written after it.
    const summary = (await marketing(summaryQuery, { id })).data.node;
    expect(summary.deliverySummary).toEqual({
      total: 4,
      queued: 0,
      sent: 2,
      delivered: 0,
      bounced: 0,
      complained: 0,
      failed: 0,
      skipped: 2,
      opened: 0,
      clicked: 0,
      done: true,
    });
    const byContact = Object.fromEntries(
      summary.deliveries.edges.map((e: any) => [e.node.contact.id, [e.node.status, e.node.reason]]),
    );
    expect(byContact).toEqual({
      [gid('Contact', w.c.ann!)]: ['SENT', null],
      [gid('Contact', w.c.bob!)]: ['SENT', null],
      [gid('Contact', w.c.cat!)]: ['SKIPPED', 'NO_CONSENT'],
      [gid('Contact', w.c.dan!)]: ['SKIPPED', 'CHANNEL_OPT_OUT'],
    });

    const mine = smtp.received.filter((r) => r.to.endsWith(`e2e${provider}@mail.test`));
    expect(mine.map((r) => r.to).sort()).toEqual([w.email('ann'), w.email('bob')]);
    const rows = await h.t.db.messageDelivery.findMany({ where: { actionId: w.actionId, status: 'SENT' } });
    for (const { to, mail } of mine) {
      const contactId = to.startsWith('ann') ? w.c.ann! : w.c.bob!;
      const listUnsubscribe = rawHeader(mail, 'list-unsubscribe');
      const url = /^<(https?:\/\/[^>]+)>$/.exec(listUnsubscribe.trim())?.[1];
      expect(url).toMatch(/^https:\/\/fidele\.example\/u\//);
      expect(rawHeader(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      // The link unsubscribes this contact from the action's purpose, and the body shows it.
      const token = url!.slice(`https://fidele.example${publicPaths.unsubscribe}`.length);
      expect(verifyLink('unsubscribe', token, new Date())).toMatchObject({
        c: contactId,
        a: w.actionId,
        p: h.purposes.newsletter,
      });
      expect(mail.text).toContain(url);
      expect(mail.html).toContain(`href="${url}"`);
      expect(mail.text).toContain(`https://fidele.example${publicPaths.preferences}`);
      // Our Message-ID, recorded on the delivery so that bounces find it.
      expect(rows.find((d) => d.contactId === contactId)!.providerMessageId).toBe(mail.messageId);
      expect(mail.subject).toBe('Nos offres');
    }
    // Tracking only with consent to the tracking purpose: ann's links go through the redirect, bob's do not.
    const ann = mine.find((r) => r.to === w.email('ann'))!.mail.html as string;
    const bob = mine.find((r) => r.to === w.email('bob'))!.mail.html as string;
    expect(ann).not.toContain('href="https://shop.example/offre');
    expect(ann).toContain(`https://fidele.example${publicPaths.click}`);
    expect(ann).toContain(`https://fidele.example${publicPaths.open}`);
    expect(bob).toContain('href="https://shop.example/offre?a=1&amp;b=2"');
    expect(bob).not.toContain(publicPaths.click);
    expect(bob).not.toContain(publicPaths.open);
    const clickToken = /\/t\/c\/([^"]+)"/.exec(ann)![1]!;
    expect(verifyLink('click', clickToken, new Date())?.u).toBe('https://shop.example/offre?a=1&b=2');

    // Sending again queues nothing and sends nothing more.
    const again = await marketing(`mutation($id: ID!) { sendAction(action: $id) { id } }`, { id });
    expect(again.errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 500));
    expect(await h.t.db.messageDelivery.count({ where: { actionId: w.actionId } })).toBe(4);
    expect(smtp.received.filter((r) => r.to.endsWith(`e2e${provider}@mail.test`))).toHaveLength(2);
    // The control group and the untargeted responder have no delivery at all.
    expect(await h.t.db.messageDelivery.count({ where: { contactId: { in: [w.c.held!, w.c.reader!] } } })).toBe(0);
  });

  it('refuses what cannot be sent: no message, no target, a role that may not target, an unknown action', async () => {
    const w = await world(h, `ko${provider}`, []);
    const id = gid('MarketingAction', w.actionId);
    const send = (role: 'MARKETING' | 'ANALYST', action = id) =>
      h.as(role)(`mutation($id: ID!) { sendAction(action: $id) { id } }`, { id: action });
    expect((await send('MARKETING')).errors?.[0]?.extensions.code).toBe('VALIDATION');
    expect((await send('ANALYST')).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await send('MARKETING', gid('MarketingAction', 999_999))).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    await h.t.db.actionMessage.delete({ where: { actionId: w.actionId } });
    const r = await send('MARKETING');
    expect(r.errors?.[0]?.extensions.fields?.map((f: any) => f.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/no message/), expect.stringMatching(/no target/)]),
    );
    expect(await h.t.db.messageDelivery.count({ where: { actionId: w.actionId } })).toBe(0);
  });
});
