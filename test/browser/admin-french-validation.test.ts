import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loginInFrench } from './admin-french-walk.js';
import { shot, startAdmin, type AdminHarness } from './admin-harness.js';

/**
 * The server's field messages in French (issue 21): the server sends each bad field with a stable code and its
 * parameters, and the admin shows the French text under the input, not the server's English line. Real server,
 * seeded SQLite, Chromium.
 */
describe('server validation messages in the French admin', () => {
  let h: AdminHarness;
  let page: Page;

  beforeAll(async () => {
    h = await startAdmin();
    page = h.page;
    await loginInFrench(page, h.server.url, 'marketing');
  });
  afterAll(() => h?.close());
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  const choose = async (label: string, option: string | RegExp) => {
    await page.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: option }).first().click();
  };
  const day = (d: Date) => d.toISOString().slice(0, 10);

  it('shows a refused follow-up’s problems in French under their inputs', async () => {
    const previous = await h.t.db.marketingAction.findFirstOrThrow({
      where: { medium: 'EMAIL', brandId: { not: null } },
      orderBy: { id: 'asc' },
      include: { brand: true },
    });
    const before = new Date(previous.startDate.getTime() - 86_400_000);

    await page.getByRole('menuitem', { name: 'Actions marketing' }).click();
    await page.getByRole('link', { name: 'Créer' }).click();
    await page.getByRole('textbox', { name: 'Code' }).fill('SMS-RELANCE-FR');
    await page.getByRole('textbox', { name: 'Nom' }).fill('Relance des non-répondants');
    await choose('Objectif', 'Fidélisation');
    await choose('Média', 'SMS');
    await page.getByLabel(/^Début\b/).fill(day(before));
    await page.getByLabel(/^Fin\b/).fill(day(new Date(previous.startDate.getTime() + 40 * 86_400_000)));
    await choose('Marque', previous.brand!.name);
    await choose('Relance de', new RegExp(previous.code));
    await choose('Condition de relance', 'Cibles sans réponse');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    // No rule in the browser on these: the server refuses them (FOLLOW_UP_TOO_EARLY, REQUIRED_WITH).
    const form = page.locator('#main-content form');
    await form.getByText('une relance ne peut pas commencer avant l’action précédente').waitFor();
    await form.getByText('obligatoire avec previousAction').waitFor();
    await shot(page, 'fr-action-validation-error');
    const text = await form.innerText();
    expect(text).not.toContain('a follow-up cannot start before the previous action');
    expect(text).not.toContain('required with');
    expect(text).not.toContain('fidele.validation');
    expect(await h.t.db.marketingAction.count({ where: { code: 'SMS-RELANCE-FR' } })).toBe(0);
  });
});
