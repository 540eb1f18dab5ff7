import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { login, shot, startAdmin, type AdminHarness } from './admin-harness.js';

/**
 * Files in and out of the admin, end to end (real server, seeded SQLite, Chromium): a Latin-1 contact file with a
 * consent column is checked first (a dry run: counts and the rejected row, nothing written), then imported; the
 * selected contacts are exported (streamed from GET /export/contacts), those without consent left out.
 */
describe('import and export in the admin', () => {
  let h: AdminHarness;
  let page: Page;
  let brand: string;
  let zone: string;

  beforeAll(async () => {
    h = await startAdmin();
    page = h.page;
    brand = (await h.t.db.brand.findFirstOrThrow({ orderBy: { id: 'asc' } })).code;
    zone = (await h.t.db.zone.findFirstOrThrow({ orderBy: { id: 'asc' } })).code;
  });
  afterAll(() => h?.close());

  /** Records a marketing consent for the contact (its personal fields become readable to the marketing purpose). */
  async function grantMarketing(contactId: number) {
    const purposeId = (await h.t.db.purpose.findUniqueOrThrow({ where: { code: 'marketing' } })).id;
    const at = new Date('2024-01-01T00:00:00Z');
    const event = await h.t.db.consentEvent.create({
      data: { contactId, purposeId, status: 'GRANTED', source: 'WEB_FORM', capturedAt: at, effectiveFrom: at },
    });
    await h.t.db.consentState.create({
      data: { contactId, purposeId, status: 'GRANTED', effectiveFrom: at, lastEventId: event.id },
    });
  }
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  it('checks a file (dry run), shows the counts and the rejected rows, then imports it with its consents', async () => {
    await login(page, h.server.url, 'marketing');
    await page.getByRole('menuitem', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Import a file', level: 2 }).waitFor();
    const text =
      'Nom;Prénom;Courriel;CP;Ville;consent.newsletter\nLEFÈVRE;hélène;helene@import.fr;69001;lyon;oui\nBad;Row;not-an-email;69001;Lyon;oui\nNoël;Zoé;zoe@import.fr;42000;saint-étienne;non\n';
    await page
      .getByLabel('File', { exact: true })
      .setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'latin1') });
    await page
      .getByRole('textbox', { name: /Column mapping/ })
      .fill(
        'Nom=lastName, Prénom=firstName, Courriel=email, CP=postalCode, Ville=city, consent.newsletter=consent.newsletter',
      );
    await page.getByRole('textbox', { name: /Values for new records/ }).fill(`brand=${brand}, zone=${zone}`);

    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await page.getByText('Checked: nothing was written.').waitFor();
    const count = (k: string) => page.locator(`[data-count="${k}"]`).innerText();
    expect([await count('rows'), await count('created'), await count('rejected')]).toEqual(['3', '2', '1']);
    const errors = page.getByRole('table', { name: 'Rejected rows' });
    expect(await errors.locator('tbody tr').first().innerText()).toMatch(/^3\s+email\s+INVALID_EMAIL/);
    expect(await h.t.db.contact.count({ where: { email: { endsWith: '@import.fr' } } })).toBe(0);
    await shot(page, 'import-checked');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported.').waitFor();
    expect(await count('created')).toBe('2');
    // The determinate bar of the job's progress (polled while it ran), full once it is over, with the final counts.
    const bar = page.getByRole('progressbar', { name: 'Import progress' });
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    expect(await page.locator('[data-progress]').innerText()).toBe('3 / 3 rows — created 2, updated 0, rejected 1');
    const stored = await h.t.db.contact.findMany({
      where: { email: { endsWith: '@import.fr' } },
      include: { consentEvents: { include: { purpose: true } } },
      orderBy: { email: 'asc' },
    });
    expect(
      stored.map((c) => [
        c.email,
        c.lastName,
        c.firstName,
        c.city,
        c.consentEvents.map((e) => `${e.purpose.code}:${e.status}:${e.source}`),
      ]),
    ).toEqual([
      ['helene@import.fr', 'Lefèvre', 'Hélène', 'Lyon', ['newsletter:GRANTED:IMPORT']],
      ['zoe@import.fr', 'Noël', 'Zoé', 'Saint-Étienne', ['newsletter:DENIED:IMPORT']],
    ]);
    await shot(page, 'import-done');
    expect(h.problems).toEqual([]);
  });

  it('shows the progress of a large import batch by batch, then the final counts', async () => {
    const rows = ['email;lastName;postalCode;city'];
    for (let i = 1; i <= 3000; i++)
      rows.push(`${i % 1000 === 7 ? 'broken' : `bar${i}@progress.fr`};Barre${i};69001;Lyon`);
    await page.getByRole('menuitem', { name: 'Import' }).click();
    await page
      .getByLabel('File', { exact: true })
      .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n'), 'utf8') });
    await page.getByRole('textbox', { name: /Column mapping/ }).fill('');
    await page.getByRole('textbox', { name: /Values for new records/ }).fill(`brand=${brand}, zone=${zone}`);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    // While the job runs: the bar is determinate over the file's 3000 rows.
    await page.getByText(/^\d+ \/ 3000 rows/).waitFor();
    await page.getByText('Imported.').waitFor();
    const bar = page.getByRole('progressbar', { name: 'Import progress' });
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    expect(await page.locator('[data-progress]').innerText()).toBe(
      '3000 / 3000 rows — created 2997, updated 0, rejected 3',
    );
    const count = (k: string) => page.locator(`[data-count="${k}"]`).innerText();
    expect([await count('rows'), await count('created'), await count('rejected')]).toEqual(['3000', '2997', '3']);
    expect(await page.getByRole('table', { name: 'Rejected rows' }).locator('tbody tr').count()).toBe(3);
    expect(await h.t.db.contact.count({ where: { email: { endsWith: '@progress.fr' } } })).toBe(2997);
    await shot(page, 'import-progress');
    expect(h.problems).toEqual([]);
  });

  it('stops on suspected duplicate contacts by default, creates them when confirmed, forces e-mails with a reason', async () => {
    // An existing contact the marketing user may see (its consent covers marketing), that the file's rows look like.
    const brandId = (await h.t.db.brand.findFirstOrThrow({ where: { code: brand } })).id;
    const zoneId = (await h.t.db.zone.findFirstOrThrow({ where: { code: zone } })).id;
    const existing = await h.t.db.contact.create({
      data: {
        kind: 'CLIENT',
        brandId,
        zoneId,
        firstName: 'Jean',
        lastName: 'Dupontel',
        email: 'jean.dupontel@example.fr',
        postalCode: '75011',
        city: 'Paris',
      },
    });
    await grantMarketing(existing.id);
    const file = [
      // With their marketing consent: a row created by one run is the same, readable contact for the next.
      'externalRef;email;firstName;lastName;postalCode;city;consent.marketing',
      'D1;;Jean;Dupontel;75011;Paris;oui',
      'D2;JEAN.Dupontel@Example.fr;Marie;Martinet;69001;Lyon;oui',
      'D3;nina@fresh-import.fr;Nina;Nouvelle;42000;Saint-Étienne;oui',
    ].join('\n');
    const run = async (choice: RegExp, reason?: string) => {
      await page.getByRole('menuitem', { name: 'Import' }).click();
      await page
        .getByLabel('File', { exact: true })
        .setInputFiles({ name: 'dups.csv', mimeType: 'text/csv', buffer: Buffer.from(file, 'utf8') });
      await page.getByRole('textbox', { name: /Column mapping/ }).fill('');
      await page.getByRole('textbox', { name: /Values for new records/ }).fill(`brand=${brand}, zone=${zone}`);
      // Matched on the file's own reference: with the e-mail as key, an existing e-mail would be an update.
      await page.getByRole('combobox', { name: 'Key to match existing records' }).click();
      await page.getByRole('option', { name: 'externalRef' }).click();
      await page.getByRole('radio', { name: choice }).check();
      if (reason !== undefined)
        await page.getByRole('textbox', { name: /Why the duplicate e-mails are right/ }).fill(reason);
      const jobs = await h.t.db.importJob.count();
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      // Once the new job exists the previous report is gone (cleared when the run starts): wait for the new one.
      await expect.poll(() => h.t.db.importJob.count()).toBe(jobs + 1);
      await page.getByText('Imported.').waitFor();
      const errors = page.getByRole('table', { name: 'Rejected rows' });
      return (await errors.count()) ? (await errors.locator('tbody tr').allInnerTexts()).map((t) => t.split('\t')) : [];
    };
    const count = (k: string) => page.locator(`[data-count="${k}"]`).innerText();
    const dupontels = () => h.t.db.contact.count({ where: { lastName: 'Dupontel', deletedAt: null } });

    // The default: both duplicates rejected, each with its code and its translated reason; the new one created.
    const stopped = await run(/^Stop on suspected duplicates/);
    expect(stopped.map((r) => [r[0], r[2]])).toEqual([
      ['2', 'DUPLICATE_SUSPECTED'],
      ['3', 'DUPLICATE_EMAIL'],
    ]);
    expect(stopped.map((r) => r[3])).toEqual(['Looks like an existing contact', 'A contact already has this e-mail']);
    expect([await count('created'), await count('rejected')]).toEqual(['1', '2']);
    expect(await dupontels()).toBe(1);
    await shot(page, 'import-duplicates-stopped');

    // Confirmed: the suspected duplicate is created; the exact e-mail still needs force.
    const confirmed = await run(/^Create suspected duplicates/);
    expect(confirmed.map((r) => r[2])).toEqual(['DUPLICATE_EMAIL']);
    expect(await dupontels()).toBe(2);

    // Forcing needs a reason: the buttons wait for it; with it, the exact e-mail is created too, the reason audited.
    await page.getByRole('menuitem', { name: 'Import' }).click();
    await page.getByRole('radio', { name: /^Also create exact e-mail duplicates/ }).check();
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    const reason = 'Shared family mailbox';
    expect(await run(/^Also create exact e-mail duplicates/, reason)).toEqual([]);
    expect(await h.t.db.contact.count({ where: { externalRef: 'D2' } })).toBe(1);
    const audit = await h.t.db.auditLog.findFirstOrThrow({ where: { operationName: 'duplicateEmailForced' } });
    expect(audit.fields).toEqual(['email', `reason:${reason}`]);
    expect(h.problems).toEqual([]);
  });

  it('exports the selected contacts only, leaving out the one whose consent does not cover the purpose', async () => {
    // Two contacts updated last come first in the list: one consenting to marketing, one without any consent.
    const brandId = (await h.t.db.brand.findFirstOrThrow({ where: { code: brand } })).id;
    const zoneId = (await h.t.db.zone.findFirstOrThrow({ where: { code: zone } })).id;
    const later = (minutes: number) => new Date(Date.now() + 24 * 3600_000 + minutes * 60_000);
    const consenting = await h.t.db.contact.create({
      data: { kind: 'CLIENT', brandId, zoneId, lastName: 'Selectionconsent', updatedAt: later(2) },
    });
    await h.t.db.contact.create({
      data: { kind: 'CLIENT', brandId, zoneId, lastName: 'Selectionsans', updatedAt: later(1) },
    });
    const purposeId = (await h.t.db.purpose.findUniqueOrThrow({ where: { code: 'marketing' } })).id;
    const at = new Date('2024-01-01T00:00:00Z');
    const event = await h.t.db.consentEvent.create({
      data: {
        contactId: consenting.id,
        purposeId,
        status: 'GRANTED',
        source: 'WEB_FORM',
        capturedAt: at,
        effectiveFrom: at,
      },
    });
    await h.t.db.consentState.create({
      data: { contactId: consenting.id, purposeId, status: 'GRANTED', effectiveFrom: at, lastEventId: event.id },
    });

    await page.getByRole('menuitem', { name: 'Contacts' }).click();
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Export the selection' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the 2 selected contacts' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const header = csv[0]!.split(';');
    expect(csv.slice(1).map((l) => l.split(';')[header.indexOf('lastName')])).toEqual(['Selectionconsent']);
    await dialog.getByText(`1 contact exported to ${download.suggestedFilename()}`).waitFor();
    await dialog.getByText('1 contact left out: their consent does not cover the purpose').waitFor();
    await shot(page, 'export-selection');
    expect(
      await h.t.db.auditLog.count({
        where: { operation: 'EXPORT', operationName: { startsWith: 'GET /export/contacts CSV: 1 rows' } },
      }),
    ).toBe(1);
    expect(h.problems).toEqual([]);
  });
});
