import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { login, shot, startAdmin, type AdminHarness } from './admin-harness.js';

/**
 * Duplicates at entry in the admin (issue 21): creating a contact that looks like one the user may see opens a
 * dialog with the candidate, its explained score and a link; "Create anyway" saves it (audited as confirmed); an
 * exact e-mail in another case can only be forced with a reason, which the audit log keeps. Real server, seeded
 * SQLite, Chromium.
 */
describe('duplicates at entry in the admin', () => {
  let h: AdminHarness;
  let page: Page;
  let existing: number;

  beforeAll(async () => {
    h = await startAdmin({
      seed: async (db) => {
        const [brand, zone, purpose] = await Promise.all([
          db.brand.findFirstOrThrow({ orderBy: { id: 'asc' } }),
          db.zone.findFirstOrThrow({ orderBy: { id: 'asc' } }),
          db.purpose.findUniqueOrThrow({ where: { code: 'marketing' } }),
        ]);
        const c = await db.contact.create({
          data: {
            kind: 'CLIENT',
            brandId: brand.id,
            zoneId: zone.id,
            firstName: 'Jean',
            lastName: 'Dupont',
            email: 'jean.dupont@doublon.test',
            postalCode: '75011',
            city: 'Paris',
          },
        });
        existing = c.id;
        const from = new Date('2024-01-01T00:00:00Z');
        const event = await db.consentEvent.create({
          data: {
            contactId: c.id,
            purposeId: purpose.id,
            status: 'GRANTED',
            source: 'IMPORT',
            capturedAt: from,
            effectiveFrom: from,
          },
        });
        await db.consentState.create({
          data: {
            contactId: c.id,
            purposeId: purpose.id,
            status: 'GRANTED',
            effectiveFrom: from,
            lastEventId: event.id,
          },
        });
      },
    });
    page = h.page;
    await login(page, h.server.url, 'marketing');
  });
  afterAll(() => h?.close());
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  const startForm = async () => {
    await page.goto(`${h.server.url}/admin/contacts/create`);
    await page.getByRole('combobox', { name: 'Brand' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('combobox', { name: 'Zone' }).click();
    await page.getByRole('option').first().click();
  };

  it('a near duplicate opens the dialog with the candidate; Create anyway saves it', async () => {
    await startForm();
    await page.getByRole('textbox', { name: 'First name' }).fill('Jean');
    await page.getByRole('textbox', { name: 'Last name' }).fill('Dupond');
    await page.getByRole('textbox', { name: 'Postal code' }).fill('75011');
    await page.getByRole('textbox', { name: 'City' }).fill('Paris');
    await page.getByRole('button', { name: 'Save' }).click();
    const dialog = page.getByRole('dialog', { name: 'This contact may already exist' });
    await dialog.waitFor();
    // The candidate by name (a link to its page), its score and the evidence per field.
    await dialog.getByRole('link', { name: 'Dupont Jean' }).waitFor();
    expect(await dialog.getByText(/Score \d+%/).count()).toBe(1);
    expect(await dialog.getByText('Postal code +1.5').count()).toBe(1);
    expect(await h.t.db.contact.count({ where: { lastName: 'Dupond' } })).toBe(0);
    await shot(page, 'duplicates-entry-suspected');

    await dialog.getByRole('button', { name: 'Create anyway' }).click();
    await expect.poll(() => page.url()).toMatch(/\/admin\/contacts\/[^/]+\/show$/);
    const created = await h.t.db.contact.findFirstOrThrow({ where: { lastName: 'Dupond' } });
    const audit = await h.t.db.auditLog.findFirstOrThrow({
      where: { entityId: String(created.id), operationName: 'duplicateConfirmed' },
    });
    expect(audit.fields).toEqual(['email', `duplicateOf:${existing}`]);
    expect(h.problems).toEqual([]);
  });

  it('an exact e-mail in another case can only be forced with a reason, which is audited', async () => {
    await startForm();
    await page.getByRole('textbox', { name: 'Last name' }).fill('Curie');
    await page.getByRole('textbox', { name: 'E-mail' }).fill('Jean.DUPONT@doublon.test');
    await page.getByRole('button', { name: 'Save' }).click();
    const dialog = page.getByRole('dialog', { name: 'A contact already has this e-mail' });
    await dialog.waitFor();
    await dialog.getByText('Same e-mail', { exact: true }).waitFor();
    // No "Create anyway" here: forcing needs a reason first.
    expect(await dialog.getByRole('button', { name: 'Create anyway' }).count()).toBe(0);
    const force = dialog.getByRole('button', { name: 'Force, with this reason' });
    expect(await force.isDisabled()).toBe(true);
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Boîte partagée par le couple');
    await shot(page, 'duplicates-entry-email');
    await force.click();
    await expect.poll(() => page.url()).toMatch(/\/admin\/contacts\/[^/]+\/show$/);
    const created = await h.t.db.contact.findFirstOrThrow({ where: { lastName: 'Curie' } });
    expect(created.email).toBe('jean.dupont@doublon.test');
    const audit = await h.t.db.auditLog.findFirstOrThrow({
      where: { entityId: String(created.id), operationName: 'duplicateEmailForced' },
    });
    expect(audit.fields).toEqual(['email', `duplicateOf:${existing}`, 'reason:Boîte partagée par le couple']);
    expect(h.problems).toEqual([]);
  });
});
