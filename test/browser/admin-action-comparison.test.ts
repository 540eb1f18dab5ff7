import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { login, shot, startAdmin, type AdminHarness } from './admin-harness.js';

// exceljs is the server's dependency (it writes the file); read the download with the same library.
const ExcelJS = createRequire(new URL('../../packages/server/package.json', import.meta.url))('exceljs') as {
  Workbook: new () => {
    xlsx: { readFile(file: string): Promise<unknown> };
    getWorksheet(name: string): { rowCount: number } | undefined;
  };
};

/**
 * The action comparison as an analyst reads it: every figure of the API in the table (intervals, shares, uplifts
 * with their test), pooled and plain averages side by side, a warning on an action whose groups are too small, and
 * the export of the whole comparison as CSV and XLSX. On the demo data plus one action of 6 targets (4 treated, of
 * whom 2 respond; 2 held out): too small to say anything.
 */
describe('action comparison in the admin', () => {
  let h: AdminHarness;
  let page: Page;

  beforeAll(async () => {
    h = await startAdmin({
      seed: async (db) => {
        const purpose = await db.purpose.findFirstOrThrow({ where: { code: 'marketing' } });
        const contacts = await db.contact.findMany({ take: 6, orderBy: { id: 'asc' }, select: { id: true } });
        const at = new Date('2026-01-10T09:00:00Z');
        await db.marketingAction.create({
          data: {
            code: 'TINY',
            name: 'Tiny test mailing',
            objective: 'LOYALTY',
            medium: 'EMAIL',
            startDate: at,
            endDate: new Date('2026-02-10T09:00:00Z'),
            cost: '120.00',
            requiredPurposeId: purpose.id,
            targets: {
              create: contacts.map((c, i) => ({
                contactId: c.id,
                targetedAt: at,
                inControlGroup: i >= 4,
                respondedAt: i < 2 ? new Date('2026-01-12T09:00:00Z') : null,
              })),
            },
          },
        });
      },
    });
    page = h.page;
    await login(page, h.server.url, 'analyst');
  });
  afterAll(() => h?.close());
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  it('shows every figure, the pooled and plain averages and a small-sample warning', async () => {
    await page.getByRole('menuitem', { name: 'Action comparison' }).click();
    const table = page.getByRole('table', { name: 'Figures by action' });
    await table.locator('tbody tr').first().waitFor();
    const headers = await table.locator('thead th').allInnerTexts();
    expect(headers).toEqual([
      'Action',
      'Targeted',
      'Cost',
      'Responses',
      'Response rate',
      'Conversions',
      'Conversion rate',
      'Purchase rate',
      'Cost per response',
      'Cost per conversion',
      'Response delay (days)',
      'Channels',
      'Control group',
      'Response uplift',
      'Purchase uplift',
      'Attributed revenue',
      'Revenue per target',
      'Responses without targeting',
      'Their conversions',
    ]);
    // TINY: 2 of 4 responded, 50%, Wilson 15.0% to 85.0%; 0 of 2 held out: uplift +50 points, Fisher.
    const tiny = table.locator('tbody tr', { hasText: 'TINY' });
    await expect.poll(() => tiny.getAttribute('data-small-sample')).toBe('true');
    const cells = await tiny.locator('td').allInnerTexts();
    expect(cells[0]).toContain('Small sample');
    expect(cells[4]).toMatch(/50%\s*\[15 – 85%\]/);
    expect(cells[13]).toMatch(/\+50 pts\s*\[.+\] · p .+ \(Fisher\)/);
    await page
      .getByRole('alert')
      .filter({ hasText: /fewer than 30 people/ })
      .waitFor();
    await table.getByText('Pooled (weighted by size)').waitFor();
    await table.getByText('Plain mean (each action equal)').waitFor();
    await table.getByText(/^Total \(\d+ actions\)$/).waitFor();
    await shot(page, 'dashboards-action-comparison-figures');
    expect(h.problems).toEqual([]);
  });

  it('shows press and web actions, measured by the responses they brought without targeting (issue 20)', async () => {
    await page.getByRole('menuitem', { name: 'Action comparison' }).click();
    const table = page.getByRole('table', { name: 'Figures by action' });
    await table.locator('tbody tr').first().waitFor();
    // The demo's web actions target nobody; the seed recorded the responses of the contacts they brought.
    const web = table.locator('tbody tr', { hasText: /WEB-\d{4}/ }).first();
    await web.waitFor();
    const cells = await web.locator('td').allInnerTexts();
    expect(cells[1]).toMatch(/^0\b/); // targeted
    const responses = Number(cells[3]!.split(/\s/)[0]!.replace(/\D/g, ''));
    expect(responses).toBeGreaterThan(0);
    expect(cells[4]).toBe('—'); // no response rate: nobody was solicited
    expect(cells[8]).toMatch(/€\s?\d|\d.*€/); // cost per response
    expect(Number(cells[17]!.replace(/\D/g, ''))).toBe(responses); // its own column
    expect(Number(cells[18]!.split(/\s/)[0]!.replace(/\D/g, ''))).toBeGreaterThan(0);
    await shot(page, 'dashboards-action-comparison-acquisition');
    expect(h.problems).toEqual([]);
  });

  it('exports the comparison as CSV and XLSX', async () => {
    const [csvFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(csvFile.suggestedFilename()).toMatch(/^actions-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync(await csvFile.path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^row,code,name,attributionDays,cost,targeted,responses,responseRate,responseRateLow/);
    expect(lines.find((l) => l.startsWith('action,TINY,'))).toContain(',yes,');
    expect(lines.slice(-3).map((l) => l.split(',')[0])).toEqual(['plain mean', 'pooled', 'total']);

    const [xlsxFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export XLSX' }).click(),
    ]);
    expect(xlsxFile.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await xlsxFile.path());
    const sheet = book.getWorksheet('Actions')!;
    expect(sheet.rowCount).toBe(lines.length);
    expect(h.problems).toEqual([]);
  });
});
