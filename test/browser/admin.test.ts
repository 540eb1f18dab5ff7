import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../packages/server/src/kernel/db/client.js';
import { repoRoot } from '../../packages/server/src/kernel/db/paths.js';
import { startServer, type RunningServer } from '../../packages/server/src/platform/http/start-server.js';
import { seedDatabase } from '../../packages/server/src/platform/seed/seed.service.js';
import { launchBrowser, watchPageProblems, type TestBrowser } from '../support/browser.js';
import { login } from './admin-harness.js';
import { createTestDatabase, type TestDatabase } from '../../packages/server/src/testing/databases.js';

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

  it('asks to log in, then shows the overview of the database: key figures and charts', async () => {
    await page.goto(`${server.url}/admin/`);
    // Not logged in: the login page, without a warning.
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await login(page, server.url, 'marketing');
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
    const kindsWithContacts = (
      await t.db.contact.groupBy({ by: ['kind'], where: liveContacts, _count: { _all: true } })
    ).length;
    expect(await byKind.locator('svg .recharts-bar-rectangle path').count()).toBe(kindsWithContacts);
    const kindLabels = () => byKind.locator('.recharts-yAxis-tick-labels text').allTextContents();
    await expect
      .poll(kindLabels)
      .toEqual(['Client', 'Prospect', 'Former client', 'Supplier', 'Banker', 'Journalist', 'Relation']);

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
    await page
      .getByRole('region', { name: 'Chiffre d’affaires mensuel' })
      .locator('svg path.recharts-area-area')
      .waitFor();

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

/** The demo data of `npm start`, smaller, plus one soft-deleted contact the overview must not count. */
async function seed(db: Db): Promise<void> {
  await seedDatabase(db, { contacts: 200 });
  const any = await db.contact.findFirstOrThrow();
  await db.contact.create({
    data: { brandId: any.brandId, zoneId: any.zoneId, kind: 'PROSPECT', lastName: 'Deleted', deletedAt: new Date() },
  });
}
