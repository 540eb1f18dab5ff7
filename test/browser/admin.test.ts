import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../packages/server/src/db/client.js';
import { repoRoot } from '../../packages/server/src/db/paths.js';
import { startServer, type RunningServer } from '../../packages/server/src/http/start-server.js';
import { launchBrowser, watchPageProblems, type TestBrowser } from '../support/browser.js';
import { createTestDatabase, type TestDatabase } from '../support/databases.js';

/**
 * The admin as a person sees it: the real server on a seeded SQLite database, the built admin (the test command
 * runs `pnpm --filter @fidele/admin build` first), Debian's Chromium.
 */

const adminDist = path.join(repoRoot, 'packages/admin/dist/index.html');
const screenshots = path.join(repoRoot, 'test-results');

/** Contacts the overview counts: neither soft-deleted nor merged. */
const liveContacts = { deletedAt: null, mergedIntoId: null };

describe('admin in a browser', () => {
  let t: TestDatabase;
  let server: RunningServer;
  let browser: TestBrowser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    // Fail rather than skip: a silently skipped browser test reads as a passing one.
    if (!existsSync(adminDist)) throw new Error('The admin is not built: run pnpm --filter @fidele/admin build first');
    t = await createTestDatabase('sqlite');
    await seed(t.db);
    server = await startServer({ db: t.db, provider: 'sqlite', port: 0 });
    // Reduced motion: the charts draw at once instead of animating, so screenshots show them complete.
    browser = await launchBrowser({ locale: 'en-GB', reducedMotion: 'reduce' });
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    problems = watchPageProblems(page);
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await t?.drop();
  });

  it('shows the overview of the database: key figures and charts', async () => {
    await page.goto(`${server.url}/admin/`);
    const expected = await t.db.contact.count({ where: liveContacts });
    expect(expected).toBeGreaterThan(0);

    const contacts = page.getByRole('region', { name: 'Contacts', exact: true });
    const figure = contacts.locator('data');
    await figure.waitFor();
    expect(await figure.getAttribute('value')).toBe(String(expected));
    expect(await figure.innerText()).toBe(new Intl.NumberFormat('en-GB').format(expected));
    expect(await page.getByRole('region', { name: 'Products' }).locator('data').getAttribute('value')).toBe(
      String(await t.db.product.count()),
    );
    expect(await page.getByRole('region', { name: 'Sales', exact: true }).locator('data').getAttribute('value')).toBe(
      String(await t.db.sale.count()),
    );

    // Bars: one per kind that has contacts, with the kinds' labels on the axis.
    const byKind = page.getByRole('region', { name: 'Contacts by kind' });
    await byKind.locator('svg .recharts-bar-rectangle path').first().waitFor();
    const kindsWithContacts = (await t.db.contact.groupBy({ by: ['kind'], where: liveContacts, _count: { _all: true } })).length;
    expect(await byKind.locator('svg .recharts-bar-rectangle path').count()).toBe(kindsWithContacts);
    const kindLabels = () => byKind.locator('.recharts-yAxis-tick-labels text').allTextContents();
    await expect.poll(kindLabels).toEqual(['Client', 'Prospect', 'Former client', 'Supplier', 'Banker', 'Journalist', 'Relation']);

    // Revenue: an area with a real path; actions by medium: one sector per medium used.
    const revenue = page.getByRole('region', { name: 'Monthly revenue' });
    const area = revenue.locator('svg path.recharts-area-area');
    await area.waitFor();
    expect((await area.getAttribute('d'))?.length).toBeGreaterThan(20);
    const media = page.getByRole('region', { name: 'Marketing actions by medium' });
    await media.locator('svg .recharts-pie-sector path').first().waitFor();
    const mediaUsed = (await t.db.marketingAction.groupBy({ by: ['medium'], _count: { _all: true } })).length;
    expect(await media.locator('svg .recharts-pie-sector path').count()).toBe(mediaUsed);

    await page.screenshot({ path: path.join(screenshots, 'admin-dashboard-en.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('switches to French from the app bar', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();

    await page.getByRole('region', { name: 'Produits' }).waitFor();
    await expect.poll(() => page.getByRole('banner').innerText()).toContain('Tableau de bord');
    expect(await page.getByRole('region', { name: 'Ventes', exact: true }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Products' }).count()).toBe(0);

    // "Contacts" is the same word in French: the card is still there, with the same figure, formatted in French.
    const expected = await t.db.contact.count({ where: liveContacts });
    const figure = page.getByRole('region', { name: 'Contacts', exact: true }).locator('data');
    expect(await figure.getAttribute('value')).toBe(String(expected));
    expect(await figure.innerText()).toBe(new Intl.NumberFormat('fr').format(expected));

    // Kind labels: "Client" and "Prospect" are spelled alike; the others change.
    const byKind = page.getByRole('region', { name: 'Contacts par type' });
    await expect
      .poll(() => byKind.locator('.recharts-yAxis-tick-labels text').allTextContents())
      .toEqual(['Client', 'Prospect', 'Ancien client', 'Fournisseur', 'Banquier', 'Journaliste', 'Relation']);
    await page.getByRole('region', { name: 'Chiffre d’affaires mensuel' }).locator('svg path.recharts-area-area').waitFor();

    await page.screenshot({ path: path.join(screenshots, 'admin-dashboard-fr.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('remembers the language after a reload', async () => {
    await page.reload();
    await page.getByRole('region', { name: 'Produits' }).locator('data').waitFor();
    expect(await page.getByRole('button', { name: 'Français' }).count()).toBe(1);
    expect(problems).toEqual([]);
  });
});

/**
 * Demo data from the server's seed generator when it exists; until then a small hand-made sample with contacts of
 * several kinds (one soft-deleted), products, marketing actions of several media and sales over several months.
 */
async function seed(db: Db): Promise<void> {
  // Imported by a computed path so that this file compiles before the seed generator lands.
  if (existsSync(path.join(repoRoot, 'packages/server/src/seed/seed.service.ts'))) {
    const seedModule = '../../packages/server/src/seed/seed.service.js';
    const { seedDatabase } = (await import(/* @vite-ignore */ seedModule)) as {
      seedDatabase: (db: Db, options: { contacts: number }) => Promise<unknown>;
    };
    await seedDatabase(db, { contacts: 200 });
    return;
  }
  const [brand, zone, category] = await Promise.all([
    db.brand.create({ data: { code: 'B1', name: 'Brand' } }),
    db.zone.create({ data: { code: 'Z1', name: 'Zone' } }),
    db.productCategory.create({ data: { code: 'C1', name: 'Category' } }),
  ]);
  const products = await Promise.all(
    ['10.50', '49.00', '120.00'].map((listPrice, i) =>
      db.product.create({ data: { code: `P${i}`, name: `Product ${i}`, categoryId: category.id, listPrice } }),
    ),
  );
  const kinds = [
    ...Array<'CLIENT'>(14).fill('CLIENT'),
    ...Array<'PROSPECT'>(9).fill('PROSPECT'),
    ...Array<'FORMER_CLIENT'>(4).fill('FORMER_CLIENT'),
    'SUPPLIER', 'SUPPLIER', 'BANKER', 'JOURNALIST',
  ] as const;
  const contacts = [];
  for (const [i, kind] of kinds.entries()) {
    contacts.push(await db.contact.create({ data: { brandId: brand.id, zoneId: zone.id, kind, lastName: `Contact ${i}` } }));
  }
  await db.contact.create({ data: { brandId: brand.id, zoneId: zone.id, kind: 'PROSPECT', lastName: 'Deleted', deletedAt: new Date() } });
  const purpose = await db.purpose.create({ data: { code: 'MKT', name: 'Marketing', legalBasis: 'CONSENT' } });
  for (const [i, medium] of (['EMAIL', 'EMAIL', 'MAILING', 'SMS', 'PRESS'] as const).entries()) {
    await db.marketingAction.create({
      data: {
        code: `A${i}`, name: `Action ${i}`, objective: 'LOYALTY', medium, requiredPurposeId: purpose.id,
        startDate: new Date('2025-01-01T00:00:00Z'), endDate: new Date('2025-02-01T00:00:00Z'),
      },
    });
  }
  for (let i = 0; i < 40; i++) {
    const product = products[i % products.length]!;
    const total = (Number(product.listPrice) * (1 + (i % 3))).toFixed(2);
    await db.sale.create({
      data: {
        contactId: contacts[i % 14]!.id, brandId: brand.id, channel: 'STORE', total,
        saleDate: new Date(Date.UTC(2025, i % 10, 1 + (i % 27), 10)),
        lines: { create: { productId: product.id, quantity: 1 + (i % 3), unitPrice: product.listPrice } },
      },
    });
  }
}
