import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { previewSegment } from '../../packages/server/src/campaigns/segments/segment.service.js';
import { staffContext } from '../../packages/server/src/privacy/access/staff-context.js';
import { login, shot, startAdmin, type AdminHarness } from './admin-harness.js';

/**
 * The campaign loop as the marketing user sees it: build a segment with the live count (the same figure the API
 * computes), save it, target an action from it with a control group, read the exclusion report (the figures of the
 * run stored in the database), and add a commercial pressure rule.
 */
describe('segments and targeting in the admin', () => {
  let h: AdminHarness;
  let page: Page;
  const actionCode = 'SEG-E2E';

  beforeAll(async () => {
    h = await startAdmin({
      seed: async (db) => {
        const purpose = await db.purpose.findUniqueOrThrow({ where: { code: 'newsletter' } });
        await db.marketingAction.create({
          data: {
            code: actionCode,
            name: 'Spring newsletter',
            objective: 'LOYALTY',
            medium: 'EMAIL',
            status: 'RUNNING',
            requiredPurposeId: purpose.id,
            startDate: new Date(Date.now() - 86_400_000),
            endDate: new Date(Date.now() + 30 * 86_400_000),
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

  it('builds a segment with a live count, saves it, targets an action and shows the exclusion report', async () => {
    const ctx = await staffContext(h.t.db, 'sqlite', 'marketing@fidele.demo', 'marketing');
    const expected = (await previewSegment(ctx, { contact: { kind: ['CLIENT'] } })).count;
    const everyone = (await previewSegment(ctx, {})).count;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(everyone);

    await page.getByRole('menuitem', { name: 'Segments', exact: true }).click();
    await page.getByRole('link', { name: 'Create' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Clients for the newsletter');
    const count = page.getByTestId('segment-count');
    await expect.poll(() => count.textContent()).toBe(`${everyone} contacts match`);
    await page.getByRole('combobox', { name: 'Kinds' }).click();
    await page.getByRole('option', { name: 'Client', exact: true }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => count.textContent()).toBe(`${expected} contacts match`);
    await shot(page, 'segments-builder');
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByRole('heading', { name: /Members/ }).waitFor();
    await expect.poll(() => page.getByRole('heading', { name: /Members/ }).textContent()).toBe(`Members (${expected})`);
    const segment = await h.t.db.segment.findFirstOrThrow({ where: { name: 'Clients for the newsletter' } });
    expect(segment.kind).toBe('DYNAMIC');

    await page.getByRole('button', { name: 'Target an action' }).click();
    const dialog = page.getByRole('dialog', { name: 'Target an action from this segment' });
    await dialog.getByRole('combobox', { name: 'Action (planned or running)' }).click();
    await page.getByRole('option', { name: new RegExp(`^${actionCode}`) }).click();
    await dialog.getByRole('spinbutton', { name: 'Control group (%)' }).fill('20');
    await dialog.getByRole('button', { name: 'Target', exact: true }).click();

    const summary = dialog.getByTestId('targeting-summary');
    await summary.waitFor();
    const run = await h.t.db.targetingRun.findFirstOrThrow({
      where: { segmentId: segment.id },
      include: { exclusions: true },
    });
    expect(run.candidateCount).toBe(expected);
    expect(run.controlCount).toBe(Math.round(((run.targetedCount + run.controlCount) * 20) / 100));
    expect(await summary.textContent()).toBe(
      `${run.candidateCount} candidates: ${run.targetedCount} targeted, ${run.controlCount} in the control group, ${run.excludedCount} excluded.`,
    );
    // The demo data has contacts without newsletter consent or without an e-mail: the report lists them by reason.
    expect(run.excludedCount).toBeGreaterThan(0);
    const byReason = new Map<string, number>();
    for (const e of run.exclusions) byReason.set(e.reason, (byReason.get(e.reason) ?? 0) + 1);
    const table = dialog.getByRole('table', { name: 'Excluded, by reason' });
    expect(await table.locator('tbody tr').count()).toBe(byReason.size);
    for (const [reason, n] of byReason)
      expect(await table.locator(`tr[data-reason="${reason}"] td`).last().textContent()).toBe(String(n));
    expect(await dialog.getByRole('table', { name: 'First exclusions' }).locator('tbody tr').count()).toBe(
      Math.min(20, run.excludedCount),
    );
    await shot(page, 'segments-targeting-report');
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(h.problems).toEqual([]);
  });

  it('turns a seeded segment static: its members are frozen and counted', async () => {
    await page.getByRole('menuitem', { name: 'Segments', exact: true }).click();
    await page.getByRole('cell', { name: 'Acheteurs inactifs' }).click();
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('combobox', { name: 'Kind', exact: true }).click();
    await page.getByRole('option', { name: 'Static', exact: true }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: /Members/ }).waitFor();
    const segment = await h.t.db.segment.findFirstOrThrow({ where: { name: 'Acheteurs inactifs' } });
    await expect
      .poll(async () => (await h.t.db.segment.findUniqueOrThrow({ where: { id: segment.id } })).kind)
      .toBe('STATIC');
    const frozen = await h.t.db.segment.findUniqueOrThrow({ where: { id: segment.id } });
    expect(frozen.memberCount).toBe(await h.t.db.segmentMember.count({ where: { segmentId: segment.id } }));
    expect(frozen.memberCount).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByRole('heading', { name: /Members/ }).textContent())
      .toBe(`Members (${frozen.memberCount})`);
    await shot(page, 'segments-static');
    expect(h.problems).toEqual([]);
  });

  it('adds a commercial pressure rule for a brand', async () => {
    await page.getByRole('menuitem', { name: 'Commercial pressure' }).click();
    await page.getByRole('heading', { name: 'Commercial pressure rules', level: 2 }).waitFor();
    const brand = await h.t.db.brand.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const form = page.getByRole('form', { name: 'Add rule' });
    await form.getByRole('combobox', { name: 'Brand' }).click();
    await page.getByRole('option', { name: brand.name }).click();
    await form.getByRole('combobox', { name: 'Medium' }).click();
    await page.getByRole('option', { name: 'Email', exact: true }).click();
    await form.getByRole('spinbutton', { name: 'Max solicitations' }).fill('2');
    await form.getByRole('spinbutton', { name: 'Period (days)' }).fill('14');
    await form.getByRole('button', { name: 'Add rule' }).click();
    const rows = page.getByRole('table', { name: 'Commercial pressure rules' }).locator('tbody tr');
    await expect.poll(() => rows.filter({ hasText: brand.name }).filter({ hasText: '14' }).count()).toBe(1);
    const rule = await h.t.db.pressureRule.findFirstOrThrow({ where: { brandId: brand.id, periodDays: 14 } });
    expect([rule.medium, rule.maxSolicitations]).toEqual(['EMAIL', 2]);
    await shot(page, 'segments-pressure-rules');
    expect(h.problems).toEqual([]);
  });
});
