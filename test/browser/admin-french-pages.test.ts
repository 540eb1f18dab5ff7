import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shot, startAdmin, type AdminHarness } from './admin-harness.js';
import {
  englishOnlyWords,
  inspect,
  loginInFrench,
  settle,
  slug,
  switchToEnglish,
  visit,
  type Screen,
} from './admin-french-walk.js';

/** The create forms of the resources that have one. */
const createForms: Screen[] = ['contacts', 'products', 'actions', 'segments', 'tasks', 'cases'].map((r) => ({
  name: `${r}-create`,
  path: `/admin/${r}/create`,
}));

/** Lists whose first row opens a record's page (show, or edit where there is no show). */
const recordLists = ['contacts', 'actions', 'products', 'segments', 'cases', 'sales', 'surveys'];

/**
 * The screens behind the menu, in French then in English: the create forms, a record's page of each kind (a
 * contact with its consents, scores and timeline, an action with its performance...), and the edit form of a
 * contact. No untranslated key, no English word; each screenshotted in both languages (fr-page-*, en-page-*).
 */
describe('the record pages and forms in French', () => {
  let h: AdminHarness;
  let page: Page;
  let english: Set<string>;
  const recordScreens: Screen[] = [];

  /** Opens the list, then its first row: the record's page, whose path the walk remembers for English. */
  const firstRecord = async (resource: string): Promise<Screen | null> => {
    await visit(page, { name: resource, path: `/admin/${resource}` }, 'fr-list');
    const row = page.locator('#main-content tbody tr').first();
    if (!(await row.count())) return null;
    const before = page.url();
    await row.locator('td').nth(1).click();
    await page.waitForURL((url) => url.href !== before, { timeout: 10_000 }).catch(() => undefined);
    if (page.url() === before) return null;
    await settle(page);
    const path = new URL(page.url()).pathname;
    return { name: `${resource}-record`, path };
  };

  beforeAll(async () => {
    english = await englishOnlyWords();
    h = await startAdmin();
    page = h.page;
    await loginInFrench(page, h.server.url, 'admin');
  });
  afterAll(() => h?.close());
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  it('shows the create forms in French', async () => {
    const found: Record<string, unknown> = {};
    for (const screen of createForms) {
      const seen = await visit(page, screen, 'fr-page', english);
      expect(await page.locator('#main-content form').count(), screen.name).toBeGreaterThan(0);
      if (seen.keys.length || seen.english.length) found[screen.name] = seen;
    }
    expect(found).toEqual({});
  });

  // Two halves so that each test stays well under a minute on a loaded machine.
  it.each([{ lists: recordLists.slice(0, 3) }, { lists: recordLists.slice(3) }])(
    'shows a record of each kind in French: $lists',
    async ({ lists }) => {
      const found: Record<string, unknown> = {};
      for (const resource of lists) {
        const screen = await firstRecord(resource);
        if (!screen) continue;
        recordScreens.push(screen);
        const seen = await visit(page, screen, 'fr-page', english);
        if (seen.keys.length || seen.english.length) found[screen.name] = seen;
      }
      expect(found).toEqual({});
    },
  );

  it('shows a contact’s edit form in French', async () => {
    // The contact page at least: consents, scores, timeline, documents.
    const contact = recordScreens.find((s) => s.name === 'contacts-record');
    expect(contact).toBeDefined();
    const edit = { name: 'contacts-edit', path: contact!.path.replace(/\/show$/, '') };
    const seen = await visit(page, edit, 'fr-page', english);
    expect(await page.locator('#main-content form').count()).toBeGreaterThan(0);
    expect(seen).toEqual({ keys: [], english: [] });
    expect(h.problems.filter((p) => /translation/i.test(p))).toEqual([]);
  });

  it('shows the dialogs in French: a consent, an API key, a trigger, a webhook subscription', async () => {
    const contact = recordScreens.find((s) => s.name === 'contacts-record')!;
    const dialogs: [Screen, string][] = [
      [contact, 'Accorder'],
      [{ name: 'staff', path: '/admin/staff' }, 'Nouvelle clé d’API'],
      [{ name: 'triggers', path: '/admin/triggers' }, 'Nouveau déclencheur'],
      [{ name: 'webhooks', path: '/admin/webhooks' }, 'Nouvel abonnement'],
    ];
    const found: Record<string, unknown> = {};
    for (const [screen, button] of dialogs) {
      await visit(page, screen, 'fr-list');
      await page.getByRole('button', { name: button, exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const seen = await inspect(page, `${screen.name}-dialog`, 'fr-page', english);
      if (seen.keys.length || seen.english.length) found[button] = seen;
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
    expect(found).toEqual({});
  });

  it('shows the same pages in English for the screenshots', async () => {
    await switchToEnglish(page);
    const keys: Record<string, string[]> = {};
    const edit = { name: 'contacts-edit', path: recordScreens[0]!.path.replace(/\/show$/, '') };
    for (const screen of [...createForms, ...recordScreens, edit]) {
      const seen = await visit(page, screen, 'en-page');
      if (seen.keys.length) keys[slug(screen.path)] = seen.keys;
    }
    expect(keys).toEqual({});
  });
});
