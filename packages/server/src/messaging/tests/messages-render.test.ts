/**
 * Messages per action: templates validated with coded errors, merge fields bound to consent (a personal field
 * never carries a value the consent withholds: the message is refused with NO_CONSENT instead), HTML escaping of
 * merged values, and the preview answering NOT_FOUND for a contact the caller cannot see, like a missing one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/databases.js';
import { gid } from '../../testing/api.js';
import { systemContext } from '../../privacy/access/system.js';
import { renderForContact } from '../messages/render.js';
import { parseTemplate } from '../messages/template.js';
import { parseSender } from '../messages/message.service.js';
import { messageWorld, PREVIEW, SET_MESSAGE, type MessageWorld } from './messages-fixture.js';

describe('the template grammar', () => {
  const known = (f: string) => f === 'firstName';
  it('parses fields with spaces, keeps text, refuses what is not a field', () => {
    expect(parseTemplate('Hi {{ firstName }}, }} ok', known)).toEqual({
      parts: ['Hi ', { field: 'firstName' }, ', }} ok'],
      problems: [],
    });
    expect(parseTemplate('Hi {{firstName', known).problems.map((p) => p.code)).toEqual(['TEMPLATE_SYNTAX']);
    expect(parseTemplate('{{#each x}}{{ }}{{a.b}}', known).problems.map((p) => p.code)).toEqual([
      'TEMPLATE_SYNTAX',
      'TEMPLATE_SYNTAX',
      'TEMPLATE_SYNTAX',
    ]);
    expect(parseTemplate('{{lastname}}', known).problems.map((p) => p.code)).toEqual(['UNKNOWN_MERGE_FIELD']);
    // A hostile template gets a bounded answer.
    expect(parseTemplate('{{x.}}'.repeat(10_000), known).problems).toHaveLength(20);
  });
  it('reads senders with or without a name, on one line only', () => {
    expect(parseSender('Fidele Shop <News@Shop.example>')).toBe('Fidele Shop <news@shop.example>');
    expect(parseSender('"Shop, Inc" <a@shop.example>')).toBe('Shop, Inc <a@shop.example>');
    expect(parseSender('a@shop.example')).toBe('a@shop.example');
    expect(parseSender('Shop <a@shop.example>\r\nBcc: x@evil.example')).toBeNull();
    expect(parseSender('not an address')).toBeNull();
  });
});

describeEachDatabase('messages and merge fields', (provider) => {
  let w: MessageWorld;
  let actionId: number;
  const c: Record<string, number> = {};
  const marketing = () => w.h.as('MARKETING');

  beforeAll(async () => {
    w = await messageWorld(provider);
    actionId = await w.action();
    c.consenting = await w.contact({ firstName: 'Zoé <b>&"' });
    c.none = await w.contact({}, []);
    c.withdrawn = await w.contact();
    await w.h.consent(c.withdrawn, 'marketing', { status: 'WITHDRAWN', from: new Date('2021-01-01T00:00:00Z') });
    c.hidden = await w.contact({ brandId: w.h.brands.b });
    c.noEmail = await w.contact({ email: null });
    c.invalid = await w.contact({ emailInvalidAt: new Date('2024-01-01T00:00:00Z') });
    const set = await marketing()(SET_MESSAGE, {
      input: {
        action: gid('MarketingAction', actionId),
        sender: 'Fidele Shop <news@shop.example>',
        subject: 'Hello {{firstName}}',
        bodyText: 'Dear {{ firstName }}, see {{actionName}}. Unsubscribe: {{unsubscribeUrl}}',
        bodyHtml: '<p>Dear {{firstName}}</p><a href="{{unsubscribeUrl}}">stop</a>',
        ratePerMinute: 120,
      },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data.setActionMessage).toMatchObject({ version: 1, ratePerMinute: 120 });
  });
  afterAll(async () => w?.h.drop());

  it('lists the merge fields with whether each is personal', async () => {
    const r = await marketing()('{ mergeFields { name personal } }');
    const fields = Object.fromEntries(r.data.mergeFields.map((f: any) => [f.name, f.personal]));
    expect(fields).toMatchObject({
      firstName: true,
      email: true,
      city: true,
      actionName: false,
      unsubscribeUrl: false,
    });
  });

  it('merges personal fields for a contact whose consent covers the purpose, escaped in HTML', async () => {
    const r = await marketing()(PREVIEW, { a: gid('MarketingAction', actionId), c: gid('Contact', c.consenting!) });
    const p = r.data.actionMessagePreview;
    expect(p).toMatchObject({ sendable: true, reason: null, to: expect.stringMatching(/@example\.test$/) });
    expect(p.subject).toBe('Hello Zoé <b>&"');
    expect(p.text).toMatch(/^Dear Zoé <b>&", see Spring offer\. Unsubscribe: http.*\/u\//);
    expect(p.html).toContain('<p>Dear Zoé &lt;b&gt;&amp;&quot;</p>');
    expect(p.html).not.toContain('<b>');
  });

  it('refuses (NO_CONSENT) a contact without consent or with a withdrawn one, never merging a value', async () => {
    for (const id of [c.none!, c.withdrawn!]) {
      const r = await marketing()(PREVIEW, { a: gid('MarketingAction', actionId), c: gid('Contact', id) });
      expect(r.data.actionMessagePreview).toEqual({
        sendable: false,
        reason: 'NO_CONSENT',
        to: null,
        subject: null,
        text: null,
        html: null,
        // The detail as a code and parameters the admin translates, and in English.
        detailCode: 'CONSENT_PURPOSE',
        detailParams: [{ name: 'purpose', value: 'marketing' }],
        detail: "the contact's consent does not cover marketing",
      });
      // The send job's path (the system, no declared purpose) refuses them too.
      const sys = systemContext(w.h.t.db, provider, 'test:messages', { now: new Date() });
      const rendered = await renderForContact(sys, actionId, id);
      expect(rendered).toMatchObject({ ok: false, reason: 'NO_CONSENT' });
      expect(JSON.stringify(rendered)).not.toContain('First');
    }
  });

  it('renders for the send job (system) what consent allows, with mergedPersonal', async () => {
    const sys = systemContext(w.h.t.db, provider, 'test:messages', { now: new Date() });
    const r = await renderForContact(sys, actionId, c.consenting!);
    expect(r).toMatchObject({ ok: true, mergedPersonal: true, subject: 'Hello Zoé <b>&"' });
  });

  it('a contact consenting to the action purpose but not to the request purpose is not shown to staff', async () => {
    const newsletterAction = await w.action({ requiredPurposeId: w.h.purposes.newsletter! });
    await w.h.t.db.actionMessage.create({
      data: { actionId: newsletterAction, subject: 'Hi {{firstName}}', bodyText: 'Hi {{firstName}}' },
    });
    const id = await w.contact({}, ['newsletter']);
    const r = await marketing()(PREVIEW, { a: gid('MarketingAction', newsletterAction), c: gid('Contact', id) });
    expect(r.data.actionMessagePreview).toMatchObject({ sendable: false, reason: 'NO_CONSENT', text: null });
    expect(r.data.actionMessagePreview).toMatchObject({
      detail: "REQUEST_PURPOSE: the request's purpose does not cover this contact",
      detailCode: 'REQUEST_PURPOSE',
      detailParams: [],
    });
    const sys = systemContext(w.h.t.db, provider, 'test:messages', { now: new Date() });
    expect(await renderForContact(sys, newsletterAction, id)).toMatchObject({
      ok: true,
      text: expect.stringMatching(/^Hi First/),
    });
  });

  it('answers NOT_FOUND alike for a hidden contact and a missing one; NO_CHANNEL_ADDRESS without a usable e-mail', async () => {
    const preview = async (contactId: number) =>
      (await marketing()(PREVIEW, { a: gid('MarketingAction', actionId), c: gid('Contact', contactId) })).data
        .actionMessagePreview;
    const hidden = await preview(c.hidden!);
    expect(hidden).toEqual(await preview(999_999));
    expect(hidden).toMatchObject({ sendable: false, reason: 'NOT_FOUND' });
    // The admin sees brand B: the same contact renders for it.
    const admin = await w.h.as('ADMIN', 'marketing')(PREVIEW, {
      a: gid('MarketingAction', actionId),
      c: gid('Contact', c.hidden!),
    });
    expect(admin.data.actionMessagePreview.sendable).toBe(true);
    expect(await preview(c.noEmail!)).toMatchObject({
      sendable: false,
      reason: 'NO_CHANNEL_ADDRESS',
      detailCode: 'NO_ADDRESS',
      detailParams: [{ name: 'channel', value: 'email' }],
      detail: 'no email',
    });
    expect(await preview(c.invalid!)).toMatchObject({
      sendable: false,
      reason: 'NO_CHANNEL_ADDRESS',
      detailCode: 'EMAIL_INVALID',
      detailParams: [],
    });
    expect(hidden).toMatchObject({ detailCode: null, detailParams: [] });
    // Roles that may not edit actions may not preview.
    const sales = await w.h.as('SALES')(PREVIEW, {
      a: gid('MarketingAction', actionId),
      c: gid('Contact', c.consenting!),
    });
    expect(sales.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('names why a message cannot be rendered at all: a medium without messages, a saved template that no longer reads', async () => {
    const consenting = gid('Contact', c.consenting!);
    const mailing = await w.action({ medium: 'MAILING' });
    await w.h.t.db.actionMessage.create({ data: { actionId: mailing, bodyText: 'Hello' } });
    const m = await marketing()(PREVIEW, { a: gid('MarketingAction', mailing), c: consenting });
    expect(m.data.actionMessagePreview).toMatchObject({
      sendable: false,
      reason: 'NO_MESSAGE',
      detailCode: 'MEDIUM_SENDS_NONE',
      detailParams: [{ name: 'medium', value: 'MAILING' }],
      detail: 'MAILING actions send no message',
    });
    // Saved before a merge field was withdrawn: written here as the database would hold it.
    const broken = await w.action();
    await w.h.t.db.actionMessage.create({
      data: { actionId: broken, subject: 'Hi {{loyaltyTier}}', bodyText: 'Hi {{ firstName }', bodyHtml: '<p>Hi</p>' },
    });
    const b = await marketing()(PREVIEW, { a: gid('MarketingAction', broken), c: consenting });
    expect(b.data.actionMessagePreview).toMatchObject({
      sendable: false,
      reason: 'NO_MESSAGE',
      detailCode: 'TEMPLATE_BROKEN',
      detailParams: [{ name: 'parts', value: 'subject, bodyText' }],
      detail: 'the saved message no longer reads in: subject, bodyText',
    });
  });

  it('validates templates, lengths, the SMS limit, the rate and the sender with coded errors; writes nothing', async () => {
    const codes = async (input: Record<string, unknown>) => {
      const r = await marketing()(SET_MESSAGE, { input: { action: gid('MarketingAction', actionId), ...input } });
      expect(r.errors?.[0]?.extensions.code).toBe('VALIDATION');
      return (r.errors![0]!.extensions.fields as any[]).map((f) => `${f.path.join('.')}:${f.code}`);
    };
    expect(
      await codes({ subject: 'Hi {{firstName', bodyText: '{{nope}}', ratePerMinute: 0, sender: 'x', version: 1 }),
    ).toEqual([
      'input.ratePerMinute:OUT_OF_RANGE',
      'input.sender:INVALID_SENDER',
      'input.subject:TEMPLATE_SYNTAX',
      'input.bodyText:UNKNOWN_MERGE_FIELD',
    ]);
    expect(await codes({ bodyText: 'no subject', ratePerMinute: 600_001, version: 1 })).toEqual([
      'input.subject:REQUIRED',
      'input.ratePerMinute:OUT_OF_RANGE',
    ]);
    // Lengths are refused at the boundary (the input policy), before the service, with the field named.
    const long = await marketing()(SET_MESSAGE, {
      input: { action: gid('MarketingAction', actionId), subject: 'x'.repeat(256), bodyText: 'x', version: 1 },
    });
    expect(long.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: ['input', 'subject'], message: 'at most 255 characters' }],
    });
    const sms = await w.action({ medium: 'SMS' });
    const smsCodes = async (input: Record<string, unknown>) => {
      const r = await marketing()(SET_MESSAGE, { input: { action: gid('MarketingAction', sms), ...input } });
      return (r.errors![0]!.extensions.fields as any[]).map((f) => `${f.path.join('.')}:${f.code}`);
    };
    expect(await smsCodes({ bodyText: 'x'.repeat(1601), subject: 'x' })).toEqual([
      'input.bodyText:SMS_TOO_LONG',
      'input.subject:NOT_FOR_SMS',
    ]);
    const ok = await marketing()(SET_MESSAGE, {
      input: { action: gid('MarketingAction', sms), bodyText: `${'x'.repeat(1580)} {{firstName}}` },
    });
    expect(ok.errors).toBeUndefined();
    const stored = await w.h.t.db.actionMessage.findUniqueOrThrow({ where: { actionId } });
    expect(stored).toMatchObject({ version: 1, subject: 'Hello {{firstName}}' });
  });

  it('updates with the version read: CONFLICT without it or with a stale one', async () => {
    const base = { action: gid('MarketingAction', actionId), subject: 'New {{actionCode}}', bodyText: 'Body' };
    const missing = await marketing()(SET_MESSAGE, { input: base });
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ path: ['input', 'version'], code: 'VERSION_REQUIRED_TO_CHANGE' }],
    });
    const updated = await marketing()(SET_MESSAGE, { input: { ...base, version: 1 } });
    expect(updated.data.setActionMessage).toMatchObject({
      version: 2,
      bodyHtml: null,
      sender: null,
      ratePerMinute: null,
    });
    const stale = await marketing()(SET_MESSAGE, { input: { ...base, version: 1 } });
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const q = await marketing()(`query($id: ID!) { marketingAction(id: $id) { message { subject version } } }`, {
      id: gid('MarketingAction', actionId),
    });
    expect(q.data.marketingAction.message).toEqual({ subject: 'New {{actionCode}}', version: 2 });
    // An action of another brand is missing for a scoped user.
    const other = await w.action({ brandId: w.h.brands.b });
    const hidden = await marketing()(SET_MESSAGE, { input: { ...base, action: gid('MarketingAction', other) } });
    expect(hidden.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
