import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { login, shot, startAdmin, type AdminHarness } from './admin-harness.js';
import { englishOnlyWords, switchToEnglish, visit } from './admin-french-walk.js';

/** The day `months` calendar months before today (UTC), as a date input takes it. */
function monthsAgo(months: number): string {
  const d = new Date();
  d.setUTCDate(1); // the 1st exists in every month: no overflow into the next one
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/**
 * Subject requests as an administrator handles them (real server, seeded SQLite, Chromium): logged from the
 * contact's page with a receipt two months ago, so already overdue on its page, in the list and on the dashboard;
 * then an access request completed after its confirmation, its answer downloaded as JSON.
 */
describe('subject requests in the admin', () => {
  let h: AdminHarness;
  let page: Page;
  let contactId: number;
  const receivedDay = monthsAgo(2);

  beforeAll(async () => {
    h = await startAdmin({ contacts: 20 });
    page = h.page;
    contactId = (await h.t.db.contact.findFirstOrThrow({ where: { kind: 'CLIENT' }, orderBy: { id: 'asc' } })).id;
  });
  afterAll(() => h?.close());
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  it('logs an access request from the contact page; past due, it shows overdue everywhere', async () => {
    await login(page, h.server.url, 'admin');
    const contact = Buffer.from(`Contact:${contactId}`).toString('base64');
    await page.goto(`${h.server.url}/admin/contacts/${encodeURIComponent(contact)}/show`);
    const section = page.getByRole('region', { name: 'Data subject requests' });
    await section.getByRole('button', { name: 'Log a request' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log a data subject request' });
    await dialog.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Access', exact: true }).click();
    await dialog.getByLabel('Received').fill(receivedDay);
    await dialog.getByRole('textbox', { name: 'Notes' }).fill('Letter asking for a copy of her data');
    await dialog.getByRole('button', { name: 'Log a request' }).click();

    // The new request's page: due one month after receipt, already past.
    await page.getByRole('heading', { name: 'Access', level: 1 }).waitFor();
    const row = await h.t.db.subjectRequest.findFirstOrThrow({ where: { contactId } });
    expect(row).toMatchObject({ type: 'ACCESS', status: 'RECEIVED', notes: 'Letter asking for a copy of her data' });
    expect(row.receivedAt.toISOString()).toBe(`${receivedDay}T00:00:00.000Z`);
    expect(row.dueAt.toISOString()).toBe(`${monthsAgo(1)}T00:00:00.000Z`);
    await page.locator('[data-overdue]').getByText('Overdue').waitFor();
    await shot(page, 'subject-request-logged');

    await page.getByRole('menuitem', { name: 'Subject requests' }).click();
    const table = page.getByRole('table', { name: 'Data subject requests' });
    await table.locator('tbody tr').first().waitFor();
    expect(await table.locator('tbody tr').count()).toBe(1);
    const line = table.locator('tbody tr').first();
    expect(await line.locator('[data-status]').getAttribute('data-status')).toBe('RECEIVED');
    expect(await line.innerText()).toContain('Overdue');
    expect(await line.innerText()).toContain('Unassigned');

    await page.getByRole('menuitem', { name: 'Dashboard' }).click();
    const card = page.getByRole('region', { name: 'Overdue subject requests' });
    await card.locator('[data-overdue-count="1"]').waitFor();
    expect(await card.innerText()).toContain('1 request past its due date');
    await shot(page, 'subject-requests-dashboard');
    expect(h.problems).toEqual([]);
  });

  it('completes the access request after a confirmation and downloads the answer as JSON', async () => {
    await page
      .getByRole('region', { name: 'Overdue subject requests' })
      .getByRole('link', { name: 'See them' })
      .click();
    await page.getByRole('table', { name: 'Data subject requests' }).getByRole('link', { name: 'Open' }).click();
    await page.getByRole('heading', { name: 'Access', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Complete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Complete this request?' });
    await confirm.getByText('The subject export is generated and kept with the request.').waitFor();
    await confirm.getByRole('button', { name: 'Complete' }).click();
    await page.locator('[data-status="COMPLETED"]').waitFor();
    expect(await page.locator('[data-overdue]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Complete' }).count()).toBe(0);

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download (JSON)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(`subject-request-access-${receivedDay}.json`);
    const doc = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(doc.format).toBe('fidele-subject-export/1');
    expect(doc.contact.id).toBe(contactId);
    const stored = await h.t.db.subjectRequest.findFirstOrThrow({ where: { contactId } });
    expect(stored.status).toBe('COMPLETED');
    expect(stored.artefact).toMatchObject({ format: 'fidele-subject-export/1' });
    await shot(page, 'subject-request-completed');

    await page.getByRole('menuitem', { name: 'Dashboard' }).click();
    await page.getByRole('region', { name: 'Overdue subject requests' }).getByText('No request is overdue.').waitFor();
    expect(h.problems).toEqual([]);
  });

  it('speaks French on the list, a request with a partner notice to give, the contact action and the card', async () => {
    // An erasure completed earlier, with one partner still to notify (as completing writes it).
    const key = await h.t.db.apiKey.create({ data: { name: 'Partenaire Lyon', prefix: 'a1b2c3d4e5f6', keyHash: 'x' } });
    const erasure = await h.t.db.subjectRequest.create({
      data: {
        contactId,
        type: 'ERASURE',
        status: 'COMPLETED',
        receivedAt: new Date(`${receivedDay}T00:00:00Z`),
        dueAt: new Date(`${monthsAgo(1)}T00:00:00Z`),
        completedAt: new Date(),
        artefact: { format: 'fidele-erasure-report/1' },
        notices: { create: { apiKeyId: key.id, lastDisclosedAt: new Date(`${receivedDay}T00:00:00Z`) } },
      },
    });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await page.getByRole('menuitem', { name: 'Demandes RGPD' }).waitFor();

    const english = await englishOnlyWords();
    const id = encodeURIComponent(Buffer.from(`SubjectRequest:${erasure.id}`).toString('base64'));
    const contact = encodeURIComponent(Buffer.from(`Contact:${contactId}`).toString('base64'));
    const screens = [
      { name: 'subject-requests', path: '/admin/subject-requests' },
      { name: 'subject-request-erasure', path: `/admin/subject-requests/${id}` },
      { name: 'subject-requests-contact', path: `/admin/contacts/${contact}/show` },
      { name: 'subject-requests-dashboard', path: '/admin' },
    ];
    const found: Record<string, { keys: string[]; english: string[] }> = {};
    for (const screen of screens) {
      const seen = await visit(page, screen, 'fr', english);
      if (seen.keys.length || seen.english.length) found[screen.name] = seen;
      if (screen.name === 'subject-request-erasure') {
        const notices = page.getByRole('table', { name: 'Notifications aux partenaires' });
        expect(await notices.innerText()).toContain('À notifier');
        await notices.getByRole('button', { name: 'Marquer comme notifié' }).click();
        await notices.getByText('À notifier').waitFor({ state: 'detached' });
        expect(
          (await h.t.db.partnerNotice.findFirstOrThrow({ where: { requestId: erasure.id } })).sentAt,
        ).not.toBeNull();
      }
      if (screen.name === 'subject-requests-contact')
        await page
          .getByRole('region', { name: 'Demandes RGPD' })
          .getByRole('button', { name: 'Enregistrer une demande' })
          .waitFor();
    }
    expect(found, JSON.stringify(found, null, 1)).toEqual({});
    await switchToEnglish(page);
    expect(h.problems).toEqual([]);
  });
});
