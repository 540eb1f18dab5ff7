import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../packages/server/src/kernel/db/client.js';
import { login, shot, startAdmin, type AdminHarness } from './admin-harness.js';

/**
 * The Sending section of an action's page (real server, seeded SQLite, Chromium, mail caught): the Send button asks
 * for a confirmation, the progress bar follows the send to its end, and the delivery log shows each delivery with
 * the reason of those skipped (a contact who withdrew consent after targeting, one who opted out of e-mail), in
 * English and in French.
 */
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');

async function seedSend(db: Db): Promise<number> {
  const newsletter = await db.purpose.findUniqueOrThrow({ where: { code: 'newsletter' } });
  const brand = await db.brand.findFirstOrThrow();
  const zone = await db.zone.findFirstOrThrow();
  const action = await db.marketingAction.create({
    data: {
      code: 'SEND-BROWSER',
      name: 'Envoi navigateur',
      objective: 'LOYALTY',
      medium: 'EMAIL',
      status: 'RUNNING',
      requiredPurposeId: newsletter.id,
      startDate: new Date('2026-01-01'),
      endDate: new Date('2027-12-31'),
      message: { create: { subject: 'Offres', bodyText: 'Bonjour', ratePerMinute: 600_000 } },
    },
  });
  const from = new Date('2020-01-01');
  const names = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Withdrawn', 'Optedout'];
  for (const name of names) {
    const c = await db.contact.create({
      data: {
        kind: 'CLIENT',
        lastName: name,
        email: `${name.toLowerCase()}@send.test`,
        brandId: brand.id,
        zoneId: zone.id,
      },
    });
    const status = name === 'Withdrawn' ? ('WITHDRAWN' as const) : ('GRANTED' as const);
    const event = await db.consentEvent.create({
      data: {
        contactId: c.id,
        purposeId: newsletter.id,
        status,
        source: 'IMPORT',
        capturedAt: from,
        effectiveFrom: from,
      },
    });
    await db.consentState.create({
      data: { contactId: c.id, purposeId: newsletter.id, status, effectiveFrom: from, lastEventId: event.id },
    });
    if (name === 'Optedout')
      await db.contactChannelPreference.create({
        data: { contactId: c.id, medium: 'EMAIL', source: 'WEB_FORM', changedAt: new Date() },
      });
    // Targeted before the withdrawal and the opt-out (as targetAction would have, then).
    await db.actionTarget.create({ data: { actionId: action.id, contactId: c.id, targetedAt: from } });
  }
  return action.id;
}

describe('sending an action from its page', () => {
  let h: AdminHarness;
  let page: Page;
  let actionId = 0;

  beforeAll(async () => {
    process.env.FIDELE_MAIL = 'catch';
    h = await startAdmin({
      contacts: 20,
      seed: async (db) => {
        actionId = await seedSend(db);
      },
    });
    page = h.page;
  });
  afterAll(async () => {
    delete process.env.FIDELE_MAIL;
    await h?.close();
  });
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  const section = () => page.getByRole('region', { name: 'Sending' });

  it('sends after a confirmation, follows the progress to the end and shows the log with reasons', async () => {
    await login(page, h.server.url, 'admin');
    await page.goto(`${h.server.url}/admin/actions/${encodeURIComponent(gid('MarketingAction', actionId))}/show`);
    await section().getByText('Not sent yet.').waitFor();
    await section().getByRole('button', { name: 'Send' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send this action?' });
    await dialog.waitFor();
    // Cancel sends nothing.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await h.t.db.messageDelivery.count({ where: { actionId } })).toBe(0);

    await section().getByRole('button', { name: 'Send' }).click();
    await page.getByRole('dialog', { name: 'Send this action?' }).getByRole('button', { name: 'Send now' }).click();
    await section().getByText('Send complete').waitFor({ timeout: 60_000 });
    const bar = section().getByRole('progressbar', { name: 'Sending' });
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    expect(await section().locator('[data-figure="sent"]').innerText()).toBe('5');
    expect(await section().locator('[data-figure="skipped"]').innerText()).toBe('2');
    const log = section().getByRole('table', { name: 'Delivery log' });
    await log.locator('tbody tr').nth(6).waitFor();
    expect(await log.locator('[data-delivery-status="SENT"]').count()).toBe(5);
    expect(await log.locator('[data-delivery-reason="NO_CONSENT"]').innerText()).toContain(
      "The contact's consent no longer covers the action's purpose",
    );
    expect(await log.locator('[data-delivery-reason="CHANNEL_OPT_OUT"]').innerText()).toContain(
      'The contact opted out of this channel',
    );
    // The mails were caught, not sent (development mode).
    expect(await h.t.db.caughtMail.count({ where: { recipient: { endsWith: '@send.test' } } })).toBe(5);
    await shot(page, 'sending-done');

    // Filter the log by status.
    await section().getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Skipped', exact: true }).click();
    await log.locator('[data-delivery-status="SENT"]').first().waitFor({ state: 'detached' });
    expect(await log.locator('tbody tr').count()).toBe(2);
    expect(h.problems).toEqual([]);
  });

  it('speaks French', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    const envoi = page.getByRole('region', { name: 'Envoi' });
    await envoi.getByText('Envoi terminé').waitFor();
    await envoi.getByRole('button', { name: 'Envoyer aux nouvelles cibles' }).waitFor();
    const log = envoi.getByRole('table', { name: 'Journal des envois' });
    await log.locator('[data-delivery-reason="NO_CONSENT"]').waitFor();
    expect(await log.locator('[data-delivery-reason="NO_CONSENT"]').innerText()).toContain(
      "Le consentement du contact ne couvre plus la finalité de l'action",
    );
    // Every label translated: a key polyglot could not translate shows as itself.
    expect((await envoi.innerText()).match(/\bfidele\.[a-z_]+\.[\w.]+/g)).toBeNull();
    await shot(page, 'sending-fr');
    expect(h.problems).toEqual([]);
  });
});
