import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { preferencesUrl } from '../../packages/server/src/messaging/links.js';
import { login, logout, shot, startAdmin, type AdminHarness } from './admin-harness.js';

/**
 * What a contact does without an account, in Chromium against the real server (seeded SQLite): the preference
 * centre (untick a purpose and a channel, save, see it kept; the consent event carries the browser's proof) and the
 * double opt-in (sign up on the form, catch the confirmation mail, open its link: nothing confirmed yet, press the
 * button: the consent is granted with both timestamps).
 */
describe('public preference centre and double opt-in', () => {
  let h: AdminHarness;
  let page: Page;
  let newsletter: { id: number; name: string };

  beforeAll(async () => {
    process.env.FIDELE_MAIL = 'catch';
    h = await startAdmin({
      contacts: 20,
      seed: async (db) => {
        await db.purpose.update({
          where: { code: 'newsletter' },
          data: { inPreferenceCentre: true, doubleOptIn: true },
        });
      },
    });
    page = h.page;
    // The links in mails point at this server.
    process.env.FIDELE_PUBLIC_URL = h.server.url;
    newsletter = await h.t.db.purpose.findUniqueOrThrow({
      where: { code: 'newsletter' },
      select: { id: true, name: true },
    });
  });
  afterAll(async () => {
    delete process.env.FIDELE_PUBLIC_URL;
    delete process.env.FIDELE_MAIL;
    await h?.close();
  });
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  it('the preference centre: untick the newsletter and SMS, save; each change is kept with its proof', async () => {
    const brand = await h.t.db.brand.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const zone = await h.t.db.zone.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const contact = await h.t.db.contact.create({
      data: {
        kind: 'CLIENT',
        lastName: 'Martin',
        email: 'martin@example.org',
        language: 'EN',
        brandId: brand.id,
        zoneId: zone.id,
      },
    });
    const from = new Date('2025-01-01T00:00:00Z');
    const event = await h.t.db.consentEvent.create({
      data: {
        contactId: contact.id,
        purposeId: newsletter.id,
        status: 'GRANTED',
        source: 'WEB_FORM',
        capturedAt: from,
        effectiveFrom: from,
      },
    });
    await h.t.db.consentState.create({
      data: {
        contactId: contact.id,
        purposeId: newsletter.id,
        status: 'GRANTED',
        effectiveFrom: from,
        lastEventId: event.id,
      },
    });

    await page.goto(preferencesUrl(contact.id, new Date()));
    await expect(page.getByRole('heading', { name: 'Your preferences' }).isVisible()).resolves.toBe(true);
    const box = page.getByRole('checkbox', { name: newsletter.name });
    expect(await box.isChecked()).toBe(true);
    const sms = page.getByRole('checkbox', { name: 'Text message (SMS)' });
    expect(await sms.isChecked()).toBe(true);
    await box.uncheck();
    await sms.uncheck();
    await shot(page, 'public-preferences-centre');
    await page.getByRole('button', { name: 'Save my choices' }).click();
    await page.getByRole('status').filter({ hasText: 'Your choices are saved.' }).waitFor();
    expect(await page.getByRole('checkbox', { name: newsletter.name }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Text message (SMS)' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'E-mail' }).isChecked()).toBe(true);

    const withdrawn = await h.t.db.consentEvent.findFirstOrThrow({
      where: { contactId: contact.id, source: 'PREFERENCE_CENTRE' },
    });
    expect(withdrawn).toMatchObject({ purposeId: newsletter.id, status: 'WITHDRAWN' });
    expect(withdrawn.proof).toMatch(/^link=[0-9a-f]{32}; at=.+; ua=Mozilla.*Chrome/);
    const state = await h.t.db.consentState.findUniqueOrThrow({
      where: { contactId_purposeId: { contactId: contact.id, purposeId: newsletter.id } },
    });
    expect(state.status).toBe('WITHDRAWN');
    const sp = await h.t.db.contactChannelPreference.findUniqueOrThrow({
      where: { contactId_medium: { contactId: contact.id, medium: 'SMS' } },
    });
    expect(sp).toMatchObject({ optedOut: true, source: 'PREFERENCE_CENTRE' });
    expect(h.problems).toEqual([]);
  });

  it('double opt-in: sign up, catch the mail, open the link (nothing yet), confirm: the consent is granted', async () => {
    await page.goto(`${h.server.url}/subscribe?purpose=newsletter&language=en`);
    await page.getByRole('textbox', { name: 'E-mail address' }).fill('Lea.Reader@example.org');
    await page.getByRole('textbox', { name: 'First name (optional)' }).fill('Léa');
    await page.getByRole('button', { name: 'Sign me up' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();

    const contact = await h.t.db.contact.findFirstOrThrow({ where: { email: 'lea.reader@example.org' } });
    expect(contact).toMatchObject({ kind: 'PROSPECT', firstName: 'Léa', language: 'EN' });
    const mail = await h.t.db.caughtMail.findFirstOrThrow({ where: { recipient: 'lea.reader@example.org' } });
    expect(mail.subject).toBe(`Confirm your sign-up: ${newsletter.name}`);
    // The text part, quoted-printable: soft line breaks and "=3D" undone.
    const raw = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    const link = raw.match(/http:\/\/[^\s"<]+\/confirm\/[A-Za-z0-9_.-]+/)?.[0];
    expect(link).toBeDefined();
    expect(link!.startsWith(h.server.url)).toBe(true);

    await page.goto(link!);
    await page.getByRole('heading', { name: 'Confirm your sign-up' }).waitFor();
    const request = await h.t.db.consentRequest.findFirstOrThrow({ where: { contactId: contact.id } });
    expect(request.confirmedAt).toBeNull(); // opening the link confirms nothing
    expect(await h.t.db.consentState.count({ where: { contactId: contact.id } })).toBe(0);

    await page.getByRole('button', { name: 'I confirm' }).click();
    await page.getByRole('heading', { name: 'Sign-up confirmed' }).waitFor();
    await shot(page, 'public-double-opt-in-confirmed');
    const done = await h.t.db.consentRequest.findUniqueOrThrow({ where: { id: request.id } });
    const granted = await h.t.db.consentEvent.findUniqueOrThrow({ where: { id: done.consentEventId! } });
    expect(granted).toMatchObject({ status: 'GRANTED', source: 'DOUBLE_OPT_IN', purposeId: newsletter.id });
    expect(granted.requestedAt).toEqual(request.requestedAt);
    expect(granted.capturedAt).toEqual(done.confirmedAt);
    const state = await h.t.db.consentState.findUniqueOrThrow({
      where: { contactId_purposeId: { contactId: contact.id, purposeId: newsletter.id } },
    });
    expect(state.status).toBe('GRANTED');
    expect(h.problems).toEqual([]);
  });

  it('the admin switches a purpose into the preference centre; other roles see the switches read-only', async () => {
    await login(page, h.server.url, 'admin');
    await page.getByRole('menuitem', { name: 'Purposes' }).click();
    const centre = page.getByRole('switch', { name: 'Show Targeted offers in the public preference centre' });
    await centre.waitFor();
    expect(await centre.isChecked()).toBe(false);
    // A controlled switch: it turns on once the server has saved the change and the settings are read again.
    await centre.click();
    await expect
      .poll(
        async () => (await h.t.db.purpose.findUniqueOrThrow({ where: { code: 'targeted_offers' } })).inPreferenceCentre,
      )
      .toBe(true);
    await expect.poll(() => centre.isChecked()).toBe(true);
    const optIn = page.getByRole('switch', {
      name: `Sign-ups to ${newsletter.name} need a confirmation e-mail (double opt-in)`,
    });
    expect(await optIn.isChecked()).toBe(true);
    await shot(page, 'public-purpose-switches');
    const audit = await h.t.db.auditLog.findFirstOrThrow({ where: { operationName: 'updatePurpose' } });
    expect(audit).toMatchObject({ operation: 'UPDATE', outcome: 'ALLOWED', entity: 'Purpose' });
    await logout(page);
    await login(page, h.server.url, 'marketing');
    await page.getByRole('menuitem', { name: 'Purposes' }).click();
    const readOnly = page.getByRole('switch', { name: 'Show Targeted offers in the public preference centre' });
    await readOnly.waitFor();
    expect(await readOnly.isChecked()).toBe(true);
    expect(await readOnly.isDisabled()).toBe(true);
    expect(h.problems).toEqual([]);
  });
});
