import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { login, shot, startAdmin, type AdminHarness } from './admin-harness.js';

/**
 * The panel in French, screen by screen: menus, the contacts list (columns, filters, enum labels, withheld
 * values, pagination), a create form and the analytics dashboards. No screen may show an untranslated message key.
 */
describe('the admin in French', () => {
  let h: AdminHarness;
  let page: Page;
  const live = { deletedAt: null, mergedIntoId: null };

  beforeAll(async () => {
    h = await startAdmin();
    page = h.page;
    await login(page, h.server.url, 'marketing');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await page.getByRole('menuitem', { name: 'Tableau de bord' }).waitFor();
  });
  afterAll(() => h?.close());
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  /** A key polyglot could not translate shows as itself ("resources.contacts.fields.x", "fidele.enum.X.Y"). */
  const untranslatedKeys = async () =>
    (await page.locator('body').innerText()).match(/\b(resources|fidele|ra)\.[a-z_]+\.[\w.]+/g) ?? [];

  it('shows the menus in French', async () => {
    for (const label of [
      'Tableau de bord',
      'Contacts',
      'Produits',
      'Actions marketing',
      'Ventes',
      'Comparaison des actions',
      'Segments RFM',
      'Répartitions',
    ]) {
      expect(await page.getByRole('menuitem', { name: label, exact: true }).count(), label).toBe(1);
    }
    for (const label of [
      'Dashboard',
      'Products',
      'Marketing actions',
      'Sales',
      'Action comparison',
      'RFM segments',
      'Distributions',
    ]) {
      expect(await page.getByRole('menuitem', { name: label, exact: true }).count(), label).toBe(0);
    }
    expect(await untranslatedKeys()).toEqual([]);
    await shot(page, 'fr-menus-dashboard');
    expect(h.problems).toEqual([]);
  });

  it('shows the contacts list in French: columns, filters, kinds, withheld values and pagination', async () => {
    await page.getByRole('menuitem', { name: 'Contacts', exact: true }).click();
    await page.locator('tbody tr').first().waitFor();
    const total = await h.t.db.contact.count({ where: live });
    // ra-language-french: "1-25 sur 200".
    await expect.poll(() => page.locator('.MuiTablePagination-displayedRows').innerText()).toBe(`1-25 sur ${total}`);
    const headers = await page.locator('thead th').allInnerTexts();
    for (const h of ['Nom', 'Société', 'Type', 'E-mail', 'Ville', 'Marque', 'Étape commerciale', 'Modifié'])
      expect(headers.join('|')).toContain(h);
    expect(await page.getByPlaceholder('Recherche').count()).toBe(1);
    // Kinds in French (Client and Prospect are spelled alike in both languages).
    const french = new Set([
      'Client',
      'Prospect',
      'Ancien client',
      'Fournisseur',
      'Banquier',
      'Journaliste',
      'Relation',
    ]);
    for (const kind of await page.locator('tbody tr td:nth-child(4)').allInnerTexts())
      expect(french.has(kind), kind).toBe(true);
    // Contacts whose consent does not cover marketing: the reason, in French.
    expect(await page.getByText('Consentement requis').count()).toBeGreaterThan(0);
    expect(await page.getByText('Consent required').count()).toBe(0);
    await page.getByRole('button', { name: 'Ajouter un filtre' }).click();
    for (const f of ['Zone', 'Action d’origine', 'Étape commerciale', 'Segment RFM']) {
      expect(await page.getByRole('menu').getByText(f, { exact: true }).count(), f).toBe(1);
    }
    await shot(page, 'fr-contacts-list');
    await page.keyboard.press('Escape');
    expect(await untranslatedKeys()).toEqual([]);
    expect(h.problems).toEqual([]);
  });

  it('shows a create form in French', async () => {
    await page.getByRole('menuitem', { name: 'Actions marketing' }).click();
    await page.getByRole('link', { name: 'Créer' }).click();
    await page.getByRole('textbox', { name: /^Code/ }).waitFor();
    await page.getByText('Finalité de consentement requise').waitFor();
    const form = await page.locator('form').innerText();
    for (const label of [
      'Code',
      'Nom',
      'Objectif',
      'Média',
      'Statut',
      'Début',
      'Fin',
      'Coût',
      'Marque',
      'Groupe témoin (%)',
      'Canaux de réponse',
      'Produits mis en avant',
    ]) {
      expect(form, label).toContain(label);
    }
    await page.getByRole('combobox', { name: /^Objectif/ }).click();
    for (const o of ['Conquête', 'Fidélisation', 'Reconquête'])
      expect(await page.getByRole('option', { name: o, exact: true }).count(), o).toBe(1);
    await page.keyboard.press('Escape');
    await shot(page, 'fr-action-create');
    expect(await untranslatedKeys()).toEqual([]);
    expect(h.problems).toEqual([]);
  });

  it('draws the analytics dashboards with French titles', async () => {
    await page.getByRole('menuitem', { name: 'Comparaison des actions' }).click();
    await page
      .getByRole('region', { name: 'Taux de réponse et de conversion par action' })
      .locator('svg .recharts-bar-rectangle path')
      .first()
      .waitFor();
    expect(await page.getByRole('region', { name: 'Chiffres par action' }).count()).toBe(1);
    expect(await untranslatedKeys()).toEqual([]);
    await shot(page, 'fr-dashboard-action-comparison');

    await page.getByRole('menuitem', { name: 'Répartitions' }).click();
    await page
      .getByRole('region', { name: 'Contacts par action d’origine' })
      .locator('svg .recharts-pie-sector path')
      .first()
      .waitFor();
    await page
      .getByRole('region', { name: 'Contacts par localisation' })
      .locator('svg .recharts-bar-rectangle path')
      .first()
      .waitFor();
    expect(await untranslatedKeys()).toEqual([]);
    await shot(page, 'fr-dashboard-distribution');

    await page.getByRole('menuitem', { name: 'Segments RFM' }).click();
    // The demo's first start computed a snapshot.
    await page.getByText(/^Photographie du .* acheteurs notés\.$/).waitFor();
    await page
      .getByRole('region', { name: 'Taille des segments' })
      .locator('svg .recharts-bar-rectangle path')
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: 'Calculer les scores maintenant' }).count()).toBe(1);
    expect(await untranslatedKeys()).toEqual([]);
    await shot(page, 'fr-dashboard-rfm');
    expect(h.problems).toEqual([]);
  });
});
