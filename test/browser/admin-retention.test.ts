import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../packages/server/src/kernel/db/client.js';
import { login, shot, startAdmin, type AdminHarness } from './admin-harness.js';

const DAY_MS = 86_400_000;

/** Today at UTC midnight minus `months` calendar months plus `days` days. */
function monthsAgo(months: number, days: number): Date {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  d.setUTCMonth(d.getUTCMonth() - months);
  return new Date(d.getTime() + days * DAY_MS);
}

/**
 * Three bankers under a 120-month rule (the demo's rules turned off, so the plan is this fixture's alone; demo
 * bankers are at most six years old): one created in 2000 (due since 2010), one due in 10 days, one in 60 days.
 */
async function bankers(db: Db): Promise<void> {
  await db.retentionRule.updateMany({ data: { active: false } });
  await db.retentionRule.create({ data: { contactKind: 'BANKER', months: 120 } });
  const brand = await db.brand.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const zone = await db.zone.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const dates: [string, Date][] = [
    ['Oldbank', new Date('2000-01-01T00:00:00Z')],
    ['Soonbank', monthsAgo(120, 10)],
    ['Laterbank', monthsAgo(120, 60)],
  ];
  for (const [lastName, createdAt] of dates)
    await db.contact.create({
      data: { kind: 'BANKER', lastName, brandId: brand.id, zoneId: zone.id, createdAt, firstContactAt: createdAt },
    });
}

/**
 * The Retention page as an administrator sees it (real server, seeded SQLite, Chromium): the rules, the dry run
 * with each due contact's dates in the admin's language, a rule refused out of range, and a purge run after its
 * confirmation, listed with its counts.
 */
describe('the Retention page', () => {
  let h: AdminHarness;
  let page: Page;

  beforeAll(async () => {
    h = await startAdmin({ contacts: 20, seed: bankers });
    page = h.page;
  });
  afterAll(() => h?.close());
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  const bankerPlan = () => page.locator('[data-plan-rule="BANKER"]');
  // The admin formats dates in its language ('en': 1/1/2010; 'fr': 01/01/2010), not the browser's (en-GB).
  const inLocale = (locale: string, d: Date) => d.toLocaleDateString(locale, { timeZone: 'UTC' });

  it('shows the rules and what will be purged, and when', async () => {
    await login(page, h.server.url, 'admin');
    await page.getByRole('menuitem', { name: 'Retention' }).click();
    const rules = page.getByRole('table', { name: 'Retention rules' });
    await rules.locator('[data-rule="BANKER"]').waitFor();
    expect(await rules.locator('tbody tr').count()).toBe(5);
    expect(await rules.getByRole('spinbutton', { name: 'Months without activity for Banker' }).inputValue()).toBe(
      '120',
    );

    await bankerPlan().waitFor();
    expect(await page.locator('[data-plan-rule]').count()).toBe(1);
    expect(await bankerPlan().locator('[data-due]').innerText()).toBe(
      '1 contacts due now, 3 within the horizon (120 months without activity).',
    );
    const purgeDates = await bankerPlan().locator('[data-purge-at]').allInnerTexts();
    expect(purgeDates).toEqual(
      [new Date('2010-01-01T00:00:00Z'), monthsAgo(0, 10), monthsAgo(0, 60)].map((d) => inLocale('en', d)),
    );
    expect(purgeDates[0]).toBe('1/1/2010');
    await shot(page, 'retention-plan');

    await page.getByRole('combobox', { name: 'Looking ahead' }).click();
    await page.getByRole('option', { name: '30 days' }).click();
    await bankerPlan().locator('[data-due]', { hasText: '2 within the horizon' }).waitFor();
    expect(await bankerPlan().locator('[data-purge-at]').count()).toBe(2);
    expect(h.problems).toEqual([]);
  });

  it('refuses a period out of range, under the field', async () => {
    const line = page.getByRole('table', { name: 'Retention rules' }).locator('[data-rule="BANKER"]');
    await line.getByRole('spinbutton').fill('300');
    await page.getByRole('button', { name: 'Save the rule for Banker' }).click();
    await line.getByText('A whole number of months from 1 to 240').waitFor();
    expect((await h.t.db.retentionRule.findUniqueOrThrow({ where: { contactKind: 'BANKER' } })).months).toBe(120);
    await line.getByRole('spinbutton').fill('120');
    h.problems.length = 0; // the refused request is a 200 with a VALIDATION error: nothing else may go wrong
  });

  it('runs the purge after a confirmation and lists the run with its counts', async () => {
    await page.getByRole('button', { name: 'Run the purge' }).click();
    const dialog = page.getByRole('dialog', { name: 'Run the purge now?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Purge' }).click();
    const runs = page.getByRole('table', { name: 'Purge runs' });
    const run = runs.locator('tbody tr[data-dry-run="false"]');
    await run.locator('[data-state="SUCCEEDED"]').waitFor();
    expect(await run.locator('[data-progress]').innerText()).toBe(
      '1 / 1 contacts anonymised, 0 / 0 consents withdrawn',
    );
    expect(await run.getByRole('progressbar', { name: 'Progress of the purge' }).getAttribute('aria-valuenow')).toBe(
      '100',
    );
    expect(await run.innerText()).toContain('Admin');
    const erased = await h.t.db.contact.findFirstOrThrow({
      where: { kind: 'BANKER', createdAt: new Date('2000-01-01T00:00:00Z') },
    });
    expect(erased.erasedAt).not.toBeNull();
    expect(erased.lastName).toBeNull();
    expect(await h.t.db.contact.count({ where: { lastName: { in: ['Soonbank', 'Laterbank'] }, erasedAt: null } })).toBe(
      2,
    );
    // The plan follows: nothing due now any more.
    await bankerPlan().locator('[data-due]', { hasText: '0 contacts due now' }).waitFor();
    await shot(page, 'retention-purged');
    expect(h.problems).toEqual([]);
  });

  it('shows the page in French, every string translated', async () => {
    // The app bar hides while the page is scrolled down.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await page.getByRole('heading', { name: 'Règles de conservation' }).waitFor();
    await page.getByRole('heading', { name: 'Ce qui sera purgé, et quand' }).waitFor();
    await page.getByRole('button', { name: 'Lancer la purge' }).waitFor();
    const run = page.getByRole('table', { name: 'Purges' }).locator('tbody tr[data-dry-run="false"]');
    expect(await run.locator('[data-state]').innerText()).toBe('Terminée');
    expect(await run.locator('[data-progress]').innerText()).toBe(
      '1 / 1 contacts anonymisés, 0 / 0 consentements retirés',
    );
    const soon = await page.locator('[data-plan-rule="BANKER"] [data-purge-at]').first().innerText();
    expect(soon).toBe(inLocale('fr', monthsAgo(0, 10)));
    const text = await page.locator('body').innerText();
    expect(text.match(/\b(resources|fidele|ra)\.[a-z_]+\.[\w.]+/g) ?? []).toEqual([]);
    await shot(page, 'retention-fr');
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    expect(h.problems).toEqual([]);
  });
});
