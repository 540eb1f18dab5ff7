import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { refreshScoreSnapshot } from '../../packages/server/src/analytics/analytics.service.js';
import { login, logout, shot, startAdmin, type AdminHarness } from './admin-harness.js';

/**
 * Creating products and marketing actions in the admin, each refused once by the server with its message under
 * the input, then saved; and the contacts list filtered by RFM segment. Real server, seeded SQLite, Chromium.
 */
describe('create pages and the RFM filter in the admin', () => {
  let h: AdminHarness;
  let page: Page;

  beforeAll(async () => {
    // An all-brands score snapshot, as an administrator's refresh would compute it.
    h = await startAdmin({
      seed: (db) => refreshScoreSnapshot(db, 'sqlite', { asOf: new Date(), brandId: null }).then(() => undefined),
    });
    page = h.page;
    await login(page, h.server.url, 'marketing');
  });
  afterAll(() => h?.close());
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  const choose = async (label: string, option: string | RegExp) => {
    await page.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: option }).first().click();
  };

  it('creates a product: a code already taken is refused under the code input, then a new code is saved', async () => {
    const taken = await h.t.db.product.findFirstOrThrow({ orderBy: { id: 'asc' }, select: { code: true } });
    await page.getByRole('menuitem', { name: 'Products' }).click();
    await page.getByRole('link', { name: 'Create' }).click();
    await page.getByRole('textbox', { name: 'Code' }).fill(taken.code);
    await page.getByRole('textbox', { name: 'Name' }).fill('Sac de voyage');
    await choose('Category', /./);
    await page.getByRole('spinbutton', { name: 'List price' }).fill('89.90');
    await page.getByRole('button', { name: 'Save' }).click();
    // The browser has no rule on codes: the message is the server's, under the input.
    await page.getByText('another product has this code').waitFor();
    expect(await h.t.db.product.count({ where: { name: 'Sac de voyage' } })).toBe(0);
    // A marketing user may not write the confidential unit cost: no input for it.
    expect(await page.getByRole('spinbutton', { name: 'Unit cost' }).count()).toBe(0);
    await shot(page, 'create-product-validation-error');

    await page.getByRole('textbox', { name: 'Code' }).fill('SAC-VOYAGE');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Sac de voyage').first().waitFor();
    await expect.poll(() => page.url()).toMatch(/\/admin\/products\/[^/]+\/show$/);
    const row = await h.t.db.product.findUniqueOrThrow({ where: { code: 'SAC-VOYAGE' } });
    expect(row).toMatchObject({ name: 'Sac de voyage', active: true, unitCost: null });
    expect(row.listPrice.toString()).toBe('89.9');
    await shot(page, 'create-product-saved');
    expect(h.problems).toEqual([]);
  });

  it('creates a marketing action: an out-of-range control group is refused, then it is saved with its products', async () => {
    const product = await h.t.db.product.findUniqueOrThrow({ where: { code: 'SAC-VOYAGE' } });
    await page.getByRole('menuitem', { name: 'Marketing actions' }).click();
    await page.getByRole('link', { name: 'Create' }).click();
    await page.getByRole('textbox', { name: 'Code' }).fill('EML-VOYAGE');
    await page.getByRole('textbox', { name: 'Name' }).fill('Offre voyage');
    await choose('Objective', 'Loyalty');
    await choose('Medium', 'Email');
    await page.getByLabel(/^Start/).fill('2026-12-01');
    await page.getByLabel(/^End/).fill('2026-12-31');
    await page.getByRole('spinbutton', { name: 'Cost' }).fill('1500');
    await choose('Consent purpose required', /\(newsletter\)/);
    const brand = await h.t.db.brand.findFirstOrThrow({ orderBy: { id: 'asc' } });
    await choose('Brand', brand.name);
    await page.getByRole('spinbutton', { name: 'Control group (%)' }).fill('150');
    // The medium's usual channels are proposed (usualResponseChannels); this action takes e-mail replies only.
    const channels = page.getByRole('combobox', { name: 'Response channels' });
    await expect.poll(() => channels.innerText()).toMatch(/^E-mail click\s*E-mail reply\s*Web$/);
    await channels.click();
    await page.getByRole('option', { name: 'E-mail click' }).click();
    await page.getByRole('option', { name: 'Web', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Products promoted' }).fill('SAC-VOYAGE');
    await page.getByRole('option', { name: /SAC-VOYAGE/ }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('between 0 and 100').waitFor();
    expect(await h.t.db.marketingAction.count({ where: { code: 'EML-VOYAGE' } })).toBe(0);
    await shot(page, 'create-action-validation-error');

    await page.getByRole('spinbutton', { name: 'Control group (%)' }).fill('10');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.url()).toMatch(/\/admin\/actions\/[^/]+\/show$/);
    await page.getByText('Offre voyage').first().waitFor();
    const action = await h.t.db.marketingAction.findUniqueOrThrow({
      where: { code: 'EML-VOYAGE' },
      include: { products: true, responseChannels: true, requiredPurpose: { select: { code: true } } },
    });
    expect(action).toMatchObject({
      objective: 'LOYALTY',
      medium: 'EMAIL',
      controlGroupPercent: 10,
      requiredPurpose: { code: 'newsletter' },
    });
    expect(action.startDate.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(action.brandId).toBe(brand.id);
    expect(action.products.map((p) => p.productId)).toEqual([product.id]);
    expect(action.responseChannels.map((c) => c.channel)).toEqual(['EMAIL_REPLY']);
    await shot(page, 'create-action-saved');
    expect(h.problems).toEqual([]);
  });

  it('as admin, filters the contacts by RFM segment: only scored contacts consenting to profiling are listed', async () => {
    await logout(page);
    await login(page, h.server.url, 'admin');
    const snapshot = await h.t.db.scoreSnapshot.findFirstOrThrow({ where: { brandId: null, status: 'COMPLETED' } });
    const champions = await h.t.db.contactScore.findMany({
      where: { snapshotId: snapshot.id, segment: 'CHAMPIONS' },
      select: { contactId: true },
    });
    const now = new Date();
    const consenting = await h.t.db.contact.count({
      where: {
        id: { in: champions.map((c) => c.contactId) },
        deletedAt: null,
        mergedIntoId: null,
        consentStates: {
          some: {
            status: 'GRANTED',
            purpose: { code: 'profiling' },
            effectiveFrom: { lte: now },
            OR: [{ effectiveTo: null }, { effectiveTo: { gt: now } }],
          },
        },
      },
    });
    // The demo data has champions on both sides of the consent rule, so the filter is seen to leave some out.
    expect(consenting).toBeGreaterThan(0);
    expect(consenting).toBeLessThan(champions.length);

    await page.getByRole('menuitem', { name: 'Contacts' }).click();
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.getByRole('menu').getByText('RFM segment', { exact: true }).click();
    await choose('RFM segment', 'Champions');
    await page.keyboard.press('Escape');
    const range = page.locator('.MuiTablePagination-displayedRows');
    await expect.poll(() => range.innerText()).toBe(`1-${Math.min(consenting, 25)} of ${consenting}`);
    await shot(page, 'contacts-filter-rfm-segment');
    expect(h.problems).toEqual([]);
  });
});
