import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../packages/server/src/kernel/db/client.js';
import { login, shot, startAdmin, type AdminHarness } from './admin-harness.js';

/**
 * An action's message in the admin: the marketing user writes a template (inserting a merge field), sees it refused
 * by the server when it names an unknown field, saves it, previews it for a consenting contact (merged values
 * escaped, the HTML in a sandboxed frame), sends a test, and finds it in the outbox (FIDELE_MAIL=catch, the development default). Real server, seeded SQLite,
 * Chromium.
 */
async function seedMessageWorld(db: Db) {
  const purpose = await db.purpose.findUniqueOrThrow({ where: { code: 'marketing' } });
  const brand = await db.brand.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const zone = await db.zone.findFirstOrThrow({ orderBy: { id: 'asc' } });
  await db.marketingAction.create({
    data: {
      code: 'MSG-TEST',
      name: 'Message test action',
      objective: 'LOYALTY',
      medium: 'EMAIL',
      status: 'PLANNED',
      requiredPurposeId: purpose.id,
      startDate: new Date('2026-01-01T00:00:00Z'),
      endDate: new Date('2027-01-01T00:00:00Z'),
    },
  });
  const at = new Date('2020-01-01T00:00:00Z');
  // Zznomail consents but has no e-mail address: its preview says why no message would leave.
  for (const [lastName, consent, email] of [
    ['Zzmessage', true, true],
    ['Zznomail', true, false],
  ] as const) {
    const c = await db.contact.create({
      data: {
        kind: 'CLIENT',
        firstName: 'Zoé <b>',
        lastName,
        email: email ? `${lastName.toLowerCase()}@example.test` : null,
        brandId: brand.id,
        zoneId: zone.id,
      },
    });
    if (!consent) continue;
    const event = await db.consentEvent.create({
      data: {
        contactId: c.id,
        purposeId: purpose.id,
        status: 'GRANTED',
        source: 'IMPORT',
        capturedAt: at,
        effectiveFrom: at,
      },
    });
    await db.consentState.create({
      data: { contactId: c.id, purposeId: purpose.id, status: 'GRANTED', effectiveFrom: at, lastEventId: event.id },
    });
  }
}

describe('action messages in the admin', () => {
  let h: AdminHarness;
  let page: Page;

  beforeAll(async () => {
    h = await startAdmin({ seed: seedMessageWorld });
    page = h.page;
    await login(page, h.server.url, 'marketing');
  });
  afterAll(() => h?.close());
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  const pickContact = async (name: string) => {
    const box = page.getByRole('combobox', { name: 'Contact', exact: true });
    await box.fill(name);
    await page
      .getByRole('option', { name: new RegExp(name) })
      .first()
      .click();
  };

  it('edits a template, previews it, sends a test that appears in the outbox', async () => {
    const action = await h.t.db.marketingAction.findUniqueOrThrow({ where: { code: 'MSG-TEST' } });
    await page.goto(
      `${h.server.url}/admin/actions/${encodeURIComponent(Buffer.from(`MarketingAction:${action.id}`).toString('base64'))}/show`,
    );
    const section = page.getByRole('region', { name: 'Message' });
    await section.waitFor();
    await section.getByRole('textbox', { name: 'Subject' }).fill('Hello {{firstNam}}');
    await section.getByRole('textbox', { name: 'Text', exact: true }).fill('Dear ');
    await section.getByRole('button', { name: '{{firstName}}' }).click();
    await section.getByRole('textbox', { name: 'HTML' }).fill('<p>Dear {{firstName}}</p>');
    await section.getByRole('button', { name: 'Save message' }).click();
    // The server refuses the unknown field; the message is under the input.
    await section.getByText(/unknown merge field "firstNam"/).waitFor();
    expect(await h.t.db.actionMessage.count({ where: { actionId: action.id } })).toBe(0);

    await section.getByRole('textbox', { name: 'Subject' }).fill('Hello {{firstName}}');
    await section.getByRole('button', { name: 'Save message' }).click();
    await expect
      .poll(() => h.t.db.actionMessage.findUnique({ where: { actionId: action.id } }))
      .toMatchObject({ subject: 'Hello {{firstName}}', bodyText: 'Dear {{firstName}}', version: 1 });

    const preview = page.getByRole('region', { name: 'Preview and test' });
    // A contact without consent cannot even be found by name (a search compares personal values): the server tests
    // cover its NO_CONSENT preview.
    await pickContact('Zzmessage');
    await preview.getByRole('button', { name: 'Preview', exact: true }).click();
    await preview.getByTestId('preview-subject').getByText('Hello Zoé <b>').waitFor();
    expect(await preview.getByTestId('preview-text').innerText()).toBe('Dear Zoé <b>');
    const frame = preview.locator('iframe[title="HTML preview"]');
    expect(await frame.getAttribute('sandbox')).toBe('');
    // The merged value is escaped: the frame shows the text "<b>", no bold element.
    const body = page.frameLocator('iframe[title="HTML preview"]').locator('p');
    expect(await body.innerText()).toBe('Dear Zoé <b>');
    await shot(page, 'action-message-preview');

    // Why not, in words: the reason and its detail from the server's code, not its English detail ("no email").
    await pickContact('Zznomail');
    await preview.getByRole('button', { name: 'Preview', exact: true }).click();
    await expect
      .poll(() => preview.getByRole('status').innerText())
      .toBe('Not sent: no usable address for this channel (no e-mail address on the record)');
    // A test send for it is refused with that reason, not "Some fields are invalid" with no field to look at.
    await preview.getByRole('textbox', { name: 'Send a test to' }).fill('marketing@fidele.demo');
    await preview.getByRole('button', { name: 'Send test' }).click();
    await page.getByText('the contact has no address for this channel').waitFor();
    await pickContact('Zzmessage');

    await preview.getByRole('textbox', { name: 'Send a test to' }).fill('marketing@fidele.demo');
    await preview.getByRole('button', { name: 'Send test' }).click();
    await page.getByText('Test sent to marketing@fidele.demo').waitFor();

    await page.getByRole('menuitem', { name: 'Outbox' }).click();
    const table = page.getByRole('table', { name: 'Outbox (caught mail)' });
    await table.getByText('[TEST] Hello Zoé <b>').click();
    const viewer = page.getByRole('region', { name: 'Caught message' });
    expect(await viewer.innerText()).toMatch(/To: marketing@fidele\.demo/);
    await shot(page, 'outbox');
    expect(h.problems).toEqual([]);
  });
});
