import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { refreshScoreSnapshot } from '../../packages/server/src/analytics/analytics.service.js';
import { login, shot, startAdmin, type AdminHarness } from './admin-harness.js';

/** The RFM migration matrix and the cohort table, drawn from the API on the seeded demo data. */
describe('value dashboards in the admin', () => {
  let h: AdminHarness;
  let page: Page;

  beforeAll(async () => {
    h = await startAdmin({
      // Two snapshots of every brand, six months apart: the matrix needs an earlier and a later one.
      seed: async (db) => {
        const today = new Date();
        const earlier = new Date(today.getTime() - 182 * 86_400_000);
        for (const { id } of await db.brand.findMany({ select: { id: true } }))
          for (const asOf of [earlier, today])
            await refreshScoreSnapshot(db, 'sqlite', { asOf, brandId: id, onWarning: () => undefined });
      },
    });
    page = h.page;
    await login(page, h.server.url, 'analyst');
  });
  afterAll(() => h?.close());
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  it('shows the migration matrix between the two latest snapshots as a heat-map table', async () => {
    await page.getByRole('menuitem', { name: 'RFM migration' }).click();
    const matrix = page.locator('table.fidele-migration');
    await matrix.waitFor();
    // 11 segments and "new" as rows, 11 and "gone" as columns, without new → gone.
    await expect.poll(() => matrix.locator('td.fidele-cell, td.fidele-cell-suppressed').count()).toBe(143);
    expect(await matrix.locator('tbody th').count()).toBe(12);
    expect(await matrix.locator('td.fidele-cell').count()).toBeGreaterThan(0);
    await shot(page, 'value-rfm-migration');
    expect(h.problems).toEqual([]);
  });

  it('shows the cohort table as a retention heat map and a line chart', async () => {
    await page.getByRole('menuitem', { name: 'Cohorts' }).click();
    const table = page.locator('table.fidele-cohorts');
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(0);
    // Month 0 of a shown cohort is 100%: every member bought in the month of its first purchase.
    expect(await table.locator('tbody tr td.fidele-cell').first().textContent()).toBe('100%');
    await page.locator('.fidele-cohort-chart .recharts-line path').first().waitFor();
    await shot(page, 'value-cohorts');
    expect(h.problems).toEqual([]);
  });
});
