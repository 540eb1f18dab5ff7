import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { login, shot, startAdmin, type AdminHarness } from './admin-harness.js';

/** The analytics dashboards draw real charts (SVG shapes, not empty frames) from the analytics API. */
describe('analytics dashboards in the admin', () => {
  let h: AdminHarness;
  let page: Page;

  beforeAll(async () => {
    h = await startAdmin();
    page = h.page;
    await login(page, h.server.url, 'analyst');
  });
  afterAll(() => h?.close());
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  it('compares the actions in a chart and a table', async () => {
    await page.getByRole('menuitem', { name: 'Action comparison' }).click();
    const chart = page.getByRole('region', { name: 'Response and conversion rates by action' });
    await chart.locator('svg .recharts-bar-rectangle path').first().waitFor();
    // The table lists every action with targets or untargeted responses (press and web actions: issue 20); the
    // chart of rates, the actions that targeted someone outside the control group.
    const [listed, targetedActions] = await Promise.all([
      h.t.db.marketingAction.count({ where: { targets: { some: { inControlGroup: false } } } }),
      h.t.db.marketingAction.count({ where: { targets: { some: { inControlGroup: false, untargeted: false } } } }),
    ]);
    expect(listed).toBeGreaterThan(targetedActions);
    const table = page.getByRole('region', { name: 'Figures by action' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(listed);
    expect(await chart.locator('.recharts-xAxis-tick-labels text').count()).toBe(targetedActions);
    await shot(page, 'dashboards-action-comparison');
    expect(h.problems).toEqual([]);
  });

  it('computes an RFM snapshot and draws the segment sizes and the recency × frequency grid', async () => {
    await page.getByRole('menuitem', { name: 'RFM segments' }).click();
    // The demo's first start computed a snapshot: its charts are drawn at once, then a refresh computes another.
    const sizes = page.getByRole('region', { name: 'Segment sizes' });
    await sizes.locator('svg .recharts-bar-rectangle path').first().waitFor();
    await page.getByText(/^Snapshot of .*buyers scored\.$/).waitFor();
    const seeded = await h.t.db.scoreSnapshot.findFirstOrThrow({ orderBy: { id: 'desc' } });
    await page.getByRole('button', { name: 'Compute the scores now' }).click();
    await expect
      .poll(() => h.t.db.scoreSnapshot.count({ where: { id: { gt: seeded.id }, status: 'COMPLETED' } }), {
        timeout: 60_000,
      })
      .toBeGreaterThan(0);
    await sizes.locator('svg .recharts-bar-rectangle path').first().waitFor();
    const snapshot = await h.t.db.scoreSnapshot.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(snapshot.buyerCount).toBeGreaterThan(0);
    const grid = page.getByRole('region', { name: 'Recency × frequency grid' });
    expect(await grid.locator('svg rect').count()).toBeGreaterThan(0);
    await shot(page, 'dashboards-rfm');
    expect(h.problems).toEqual([]);
  });

  it('shows the contacts by source action and by location', async () => {
    await page.getByRole('menuitem', { name: 'Distributions' }).click();
    const bySource = page.getByRole('region', { name: 'Contacts by source action' });
    await bySource.locator('svg .recharts-pie-sector path').first().waitFor();
    const byLocation = page.getByRole('region', { name: 'Contacts by location' });
    await byLocation.locator('svg .recharts-bar-rectangle path').first().waitFor();
    await byLocation.getByRole('combobox', { name: 'Location' }).click();
    await page.getByRole('option', { name: 'Zone' }).click();
    const zones = await h.t.db.contact.groupBy({
      by: ['zoneId'],
      where: { deletedAt: null, mergedIntoId: null },
      _count: { _all: true },
    });
    await expect.poll(() => byLocation.locator('svg .recharts-bar-rectangle path').count()).toBe(zones.length);
    await shot(page, 'dashboards-distribution');
    expect(h.problems).toEqual([]);
  });

  it('still shows the overview charts on the home dashboard', async () => {
    await page.getByRole('menuitem', { name: 'Dashboard' }).click();
    await page
      .getByRole('region', { name: 'Contacts by kind' })
      .locator('svg .recharts-bar-rectangle path')
      .first()
      .waitFor();
    await page.getByRole('region', { name: 'Monthly revenue' }).locator('svg path.recharts-area-area').waitFor();
    await page
      .getByRole('region', { name: 'Marketing actions by medium' })
      .locator('svg .recharts-pie-sector path')
      .first()
      .waitFor();
    await shot(page, 'dashboards-overview');
    expect(h.problems).toEqual([]);
  });
});
