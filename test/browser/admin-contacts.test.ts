import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { login, logout, shot, startAdmin, type AdminHarness } from './admin-harness.js';

/**
 * Contacts in the admin, end to end: list and filters, the synoptic table, server validation on create, a
 * conflicting edit, and a role that may not read the confidential fields. Real server, seeded SQLite, Chromium.
 */

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');
const live = { deletedAt: null, mergedIntoId: null };

describe('contacts in the admin', () => {
  let h: AdminHarness;
  let page: Page;
  /** A client whose consent covers `marketing` and who responded to an action. */
  let known: {
    id: number;
    lastName: string;
    responded: string[];
    targeted: string[];
    heldOut: string[];
    untargeted: string[];
  };

  beforeAll(async () => {
    h = await startAdmin();
    page = h.page;
    const target = await h.t.db.actionTarget.findFirstOrThrow({
      where: {
        respondedAt: { not: null },
        contact: {
          ...live,
          lastName: { not: null },
          consentStates: { some: { status: 'GRANTED', purpose: { code: 'marketing' } } },
        },
      },
      select: { contactId: true },
      orderBy: { id: 'asc' },
    });
    const contact = await h.t.db.contact.findUniqueOrThrow({
      where: { id: target.contactId },
      select: {
        id: true,
        lastName: true,
        targets: {
          select: { respondedAt: true, inControlGroup: true, untargeted: true, action: { select: { code: true } } },
        },
      },
    });
    // A confidential catalog value, to check that the page shows its label, not its code.
    await h.t.db.contact.update({ where: { id: contact.id }, data: { incomeBand: 'FROM_20K_TO_35K' } });
    known = {
      id: contact.id,
      lastName: contact.lastName!,
      targeted: contact.targets.map((t) => t.action.code).sort(),
      heldOut: contact.targets
        .filter((t) => t.inControlGroup)
        .map((t) => t.action.code)
        .sort(),
      // Since the seed records acquisition responses (issue 20), a client brought by a press or web action has a
      // row for it without having been targeted: a response without targeting.
      untargeted: contact.targets
        .filter((t) => t.untargeted)
        .map((t) => t.action.code)
        .sort(),
      responded: contact.targets
        .filter((t) => t.respondedAt)
        .map((t) => t.action.code)
        .sort(),
    };
  });
  afterAll(() => h?.close());
  // A failing step leaves a picture of the page behind.
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  const rangeLabel = () => page.locator('.MuiTablePagination-displayedRows').innerText();

  it('logs in and lists contacts, filtered by kind and by a free search', async () => {
    await login(page, h.server.url, 'marketing');
    // The app bar says who is logged in and which purpose the requests declare.
    await page.getByRole('button', { name: 'Purpose: Marketing' }).waitFor();
    await page.getByRole('menuitem', { name: 'Contacts' }).click();
    await page.locator('tbody tr').first().waitFor();
    const total = await h.t.db.contact.count({ where: live });
    await expect.poll(rangeLabel).toBe(`1-25 of ${total}`);
    expect(await page.locator('tbody tr').count()).toBe(25);

    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Prospect' }).click();
    await page.keyboard.press('Escape');
    const prospects = await h.t.db.contact.count({ where: { ...live, kind: 'PROSPECT' } });
    await expect.poll(rangeLabel).toBe(`1-25 of ${prospects}`);
    // Columns: the selection check box (bulk actions), name, company, kind...
    const kinds = await page.locator('tbody tr td:nth-child(4)').allInnerTexts();
    expect(new Set(kinds)).toEqual(new Set(['Prospect']));
    await shot(page, 'contacts-list-filtered');

    // Free search, on the known contact's last name (the filter on kind is cleared by going back to the list).
    await page.goto(`${h.server.url}/admin/contacts?filter=${encodeURIComponent('{}')}`);
    await expect.poll(rangeLabel).toBe(`1-25 of ${total}`);
    await page.getByPlaceholder('Search').fill(known.lastName);
    await expect
      .poll(async () =>
        (await page.locator('tbody tr td:nth-child(2)').allInnerTexts()).every((t) => t.includes(known.lastName)),
      )
      .toBe(true);
    await expect.poll(() => page.getByRole('cell', { name: new RegExp(known.lastName) }).count()).toBeGreaterThan(0);
    await shot(page, 'contacts-list-search');
    expect(h.problems).toEqual([]);
  });

  it('opens a contact and its synoptic table of actions', async () => {
    await page.goto(`${h.server.url}/admin/contacts/${encodeURIComponent(gid('Contact', known.id))}/show`);
    const synopsis = page.getByRole('region', { name: 'Actions (synoptic table)' });
    await synopsis.locator('tbody tr').first().waitFor();
    expect(await synopsis.locator('tbody tr').count()).toBe(known.targeted.length);
    for (const code of known.targeted) {
      // A control-group member was sent nothing: held out, not targeted; nor was an untargeted responder.
      expect(await synopsis.getByRole('checkbox', { name: `Targeted: ${code}` }).isChecked(), code).toBe(
        !known.heldOut.includes(code) && !known.untargeted.includes(code),
      );
      expect(await synopsis.getByRole('checkbox', { name: `Responded: ${code}` }).isChecked()).toBe(
        known.responded.includes(code),
      );
    }
    // An untargeted response says so rather than leaving an empty "targeted" box unexplained.
    expect(await synopsis.getByTestId('untargeted').count()).toBe(known.untargeted.length);
    // Identity, consents and the confidential fields a marketing user may read.
    await page.getByRole('region', { name: 'Identity' }).getByText(known.lastName).first().waitFor();
    await page
      .getByRole('region', { name: 'Consents' })
      .getByText(/Marketing · Granted/)
      .waitFor();
    expect(await page.getByRole('region', { name: 'Confidential' }).getByText('Income band').count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Confidential' }).getByText('€20k to €35k').count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Confidential' }).getByText('FROM_20K_TO_35K').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Confidential' }).getByText('Gross margin class').count()).toBe(0);
    await page.getByRole('region', { name: 'Sales history' }).waitFor();
    await shot(page, 'contacts-synoptic-table');
    expect(h.problems).toEqual([]);
  });

  it('creates a contact: the server refuses it without a name, the form says why, then it is saved', async () => {
    await page.goto(`${h.server.url}/admin/contacts/create`);
    await page.getByRole('combobox', { name: 'Brand' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('combobox', { name: 'Zone' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('textbox', { name: 'E-mail' }).fill('nouveau.contact@example.fr');
    await page.getByRole('button', { name: 'Save' }).click();
    // The message comes from the server (the form has no rule on names) and lands under the input.
    await page.getByText('a contact needs a last name or a company name').waitFor();
    await shot(page, 'contacts-create-validation-error');
    expect(await h.t.db.contact.count({ where: { email: 'nouveau.contact@example.fr' } })).toBe(0);

    await page.getByRole('textbox', { name: 'Last name' }).fill('Nouveau');
    await page.getByRole('button', { name: 'Save' }).click();
    // Saved, and shown: the new contact has given no consent yet, so its personal fields are withheld for the
    // marketing purpose, and the page says why instead of showing blanks.
    const identity = page.getByRole('region', { name: 'Identity' });
    await identity.locator('[data-withheld="CONSENT_REQUIRED"]').first().waitFor();
    expect(await identity.getByText('Consent required').count()).toBeGreaterThan(5);
    expect(await identity.getByText('Prospect').count()).toBe(1);
    const created = await h.t.db.contact.findFirstOrThrow({ where: { email: 'nouveau.contact@example.fr' } });
    expect(created).toMatchObject({ lastName: 'Nouveau', kind: 'PROSPECT', countryCode: 'FR' });
    await shot(page, 'contacts-create-fixed-consent-required');
    expect(h.problems).toEqual([]);
  });

  it('edits a contact changed meanwhile by someone else: the conflict is shown, nothing is overwritten', async () => {
    await page.goto(`${h.server.url}/admin/contacts/${encodeURIComponent(gid('Contact', known.id))}`);
    const jobTitle = page.getByRole('textbox', { name: 'Job title' });
    await expect.poll(() => page.getByRole('textbox', { name: 'City' }).inputValue()).not.toBe('');
    // Another user saves a change after the form was loaded.
    await h.t.db.contact.update({ where: { id: known.id }, data: { phone: '0102030405', version: { increment: 1 } } });
    await jobTitle.fill('Responsable achats');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Someone changed this record after you opened it').waitFor();
    await shot(page, 'contacts-edit-conflict');
    const row = await h.t.db.contact.findUniqueOrThrow({ where: { id: known.id } });
    expect(row.jobTitle).not.toBe('Responsable achats');
    expect(row.phone).toBe('0102030405');

    // Reloading gets the new version; the same change then goes through.
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Phone' }).inputValue()).toBe('0102030405');
    await page.getByRole('textbox', { name: 'Job title' }).fill('Responsable achats');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('region', { name: 'Identity' }).getByText('Responsable achats').waitFor();
    expect((await h.t.db.contact.findUniqueOrThrow({ where: { id: known.id } })).jobTitle).toBe('Responsable achats');
    expect(h.problems).toEqual([]);
  });

  it('as support, the confidential fields are absent from the page and the form', async () => {
    await logout(page);
    await login(page, h.server.url, 'support');
    await page.getByRole('button', { name: 'Purpose: Customer service' }).waitFor();
    await page.goto(`${h.server.url}/admin/contacts/${encodeURIComponent(gid('Contact', known.id))}/show`);
    await page.getByRole('region', { name: 'Identity' }).waitFor();
    await page.getByRole('region', { name: 'Actions (synoptic table)' }).locator('tbody tr').first().waitFor();
    expect(await page.getByRole('region', { name: 'Confidential' }).count()).toBe(0);
    for (const label of ['Income band', 'Marital status', 'Discount rate', 'Gross margin class']) {
      expect(await page.getByText(label, { exact: true }).count(), label).toBe(0);
    }
    // Analytics dashboards are not offered to support.
    expect(await page.getByRole('menuitem', { name: 'Action comparison' }).count()).toBe(0);
    await shot(page, 'contacts-support-show');

    // The edit form has no confidential input either.
    await page.goto(`${h.server.url}/admin/contacts/${encodeURIComponent(gid('Contact', known.id))}`);
    await page.getByRole('textbox', { name: 'City' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Income band' }).count()).toBe(0);

    expect(h.problems).toEqual([]);
  });
});
