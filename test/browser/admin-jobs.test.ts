import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RunRecord } from '../../packages/server/src/kernel/job-record.js';
import { ApiError } from '../../packages/server/src/kernel/errors.js';
import { runJob } from '../../packages/server/src/platform/jobs/scheduler.js';
import { login, logout, shot, startAdmin, type AdminHarness } from './admin-harness.js';

/**
 * The Jobs page as an administrator sees it (real server, seeded SQLite, Chromium): the queues and scheduled jobs,
 * a running import's run with its progress bar (refreshed while it runs), a failed run with its error code, the
 * filters, in English and in French; and no menu entry for a role the server refuses.
 */
describe('the Jobs page', () => {
  let h: AdminHarness;
  let page: Page;
  let running: RunRecord;

  beforeAll(async () => {
    h = await startAdmin({ contacts: 20 });
    page = h.page;
    // A failed scheduled run, through the runner's own path (recorded and audited).
    const failing = {
      name: 'reminders',
      everyMs: 60_000,
      run: () => Promise.reject(new ApiError('CONFLICT', 'the reminder changed meanwhile')),
    };
    await runJob(failing, h.t.db, 'sqlite', new Date()).catch(() => {});
    // A queued run in progress, recorded as the runners record it.
    running = await RunRecord.open(h.t.db, {
      name: 'import',
      kind: 'QUEUED',
      key: 'import:1',
      attempt: 1,
      resumed: false,
    });
    running.progress(350, 700);
  });
  afterAll(() => h?.close());
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  const runRow = (name: string) => page.getByRole('table', { name: 'Runs' }).locator('tbody tr', { hasText: name });

  it('shows the queues and the runs, with the progress of a running one refreshed while it runs', async () => {
    await login(page, h.server.url, 'admin');
    await page.getByRole('menuitem', { name: 'Jobs' }).click();
    await page.getByRole('heading', { name: 'Queues and scheduled jobs' }).waitFor();
    const queues = page.getByRole('table', { name: 'Queues and scheduled jobs' });
    const importQueue = queues.locator('[data-queue="import"]');
    await importQueue.waitFor();
    expect(await importQueue.locator('[data-count="running"]').innerText()).toBe('1');
    expect(await queues.locator('[data-queue="reminders"]').innerText()).toContain('Failed');

    const importRun = runRow('import:1');
    expect(await importRun.locator('[data-state]').innerText()).toBe('Running');
    const bar = importRun.getByRole('progressbar', { name: 'Progress of the run' });
    expect(await bar.getAttribute('aria-valuenow')).toBe('50');
    expect(await importRun.locator('[data-progress]').innerText()).toBe('350 / 700');
    const failed = runRow('reminders');
    expect(await failed.locator('[data-state]').innerText()).toBe('Failed');
    expect(await failed.locator('[data-error-code]').innerText()).toBe('CONFLICT');
    // The code's text in the reader's language; the server's own message stays at hand as the tooltip.
    await expect(failed.innerText()).resolves.toContain('A record changed meanwhile');
    expect(await failed.locator('[title="the reminder changed meanwhile"]').count()).toBe(1);
    await shot(page, 'jobs-running');

    // The run goes on: the page reads it again by itself while something runs.
    await new Promise((resolve) => setTimeout(resolve, 1100)); // progress is written at most once a second
    running.progress(700, 700);
    await importRun.locator('[data-progress]', { hasText: '700 / 700' }).waitFor({ timeout: 15_000 });
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    expect(h.problems).toEqual([]);
  });

  it('filters the runs by state and by job', async () => {
    await page.getByRole('combobox', { name: 'State' }).click();
    await page.getByRole('option', { name: 'Failed', exact: true }).click();
    await runRow('import:1').waitFor({ state: 'detached' });
    // The filtered list may be between two renders when the import's row goes: wait for the one left.
    await runRow('reminders').waitFor();
    expect(await page.getByRole('table', { name: 'Runs' }).locator('tbody tr').count()).toBe(1);
    await page.getByRole('combobox', { name: 'State' }).click();
    await page.getByRole('option', { name: 'All' }).click();
    await page.getByRole('combobox', { name: 'Job' }).click();
    await page.getByRole('option', { name: 'import', exact: true }).click();
    await runRow('reminders').waitFor({ state: 'detached' });
    await runRow('import:1').waitFor();
    expect(h.problems).toEqual([]);
  });

  it('shows the page in French, every string translated', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await page.getByRole('menuitem', { name: 'Traitements' }).click();
    await page.getByRole('heading', { name: 'Files et traitements planifiés' }).waitFor();
    await page.getByRole('combobox', { name: 'Traitement' }).click();
    await page.getByRole('option', { name: 'Tous' }).click();
    const rows = page.getByRole('table', { name: 'Exécutions' }).locator('tbody tr');
    const importRun = rows.filter({ hasText: 'import:1' });
    await importRun.waitFor();
    expect(await importRun.locator('[data-state]').innerText()).toBe('En cours');
    expect(await importRun.getByRole('progressbar', { name: 'Avancement de l’exécution' }).count()).toBe(1);
    expect(await rows.filter({ hasText: 'reminders' }).locator('[data-state]').innerText()).toBe('Échouée');
    const text = await page.locator('body').innerText();
    expect(text.match(/\b(resources|fidele|ra)\.[a-z_]+\.[\w.]+/g) ?? []).toEqual([]);
    for (const header of ['Traitement', 'Clé', 'État', 'Avancement', 'Début', 'Durée', 'Erreur', 'Instance', 'Essai'])
      expect(text).toContain(header);
    await shot(page, 'jobs-fr');
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    expect(h.problems).toEqual([]);
  });

  it('offers no Jobs entry to a role the server refuses', async () => {
    await logout(page);
    await login(page, h.server.url, 'marketing');
    await page.getByRole('menuitem', { name: 'Import' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Jobs' }).count()).toBe(0);
    expect(h.problems).toEqual([]);
  });
});
