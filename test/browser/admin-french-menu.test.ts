import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shot, startAdmin, type AdminHarness } from './admin-harness.js';
import {
  englishOnlyWords,
  loginInFrench,
  menuScreens,
  switchToEnglish,
  visit,
  type Screen,
} from './admin-french-walk.js';

/**
 * Every screen of the menu, as the administrator (who sees them all), in French then in English: no screen may
 * show an untranslated key, an English word of the admin's messages or a missing-translation warning, and each
 * is screenshotted in both languages (test-results/fr-menu-*.png, en-menu-*.png).
 */
describe('every screen of the menu in French', () => {
  let h: AdminHarness;
  let page: Page;
  let screens: Screen[] = [];
  let english: Set<string>;
  // Screens are walked in groups so that each test stays well under a minute on a loaded machine.
  const groups = 4;
  const group = (i: number) => screens.filter((_, n) => n % groups === i);

  beforeAll(async () => {
    english = await englishOnlyWords();
    h = await startAdmin();
    page = h.page;
    await loginInFrench(page, h.server.url, 'admin');
    screens = await menuScreens(page);
  });
  afterAll(() => h?.close());
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  it('looks for the English-only words of the admin, not the words both languages share', () => {
    for (const w of ['dashboard', 'granted', 'withdrawn', 'profiling', 'analytics'])
      expect(english.has(w), w).toBe(true);
    for (const w of ['contacts', 'segments', 'client', 'marketing', 'import']) expect(english.has(w), w).toBe(false);
  });

  it('finds the whole menu (the list is read from the page, so new screens join the walk)', () => {
    expect(screens.length).toBeGreaterThan(20);
    for (const path of ['/admin/contacts', '/admin/purposes', '/admin/staff', '/admin/jobs', '/admin/import'])
      expect(screens.map((s) => s.path)).toContain(path);
  });

  it.each(Array.from({ length: groups }, (_, i) => i))('walks group %i of the screens in French', async (i) => {
    const found: Record<string, { keys: string[]; english: string[] }> = {};
    for (const screen of group(i)) {
      const seen = await visit(page, screen, 'fr-menu', english);
      if (seen.keys.length || seen.english.length) found[screen.name] = seen;
    }
    expect(found).toEqual({});
    expect(h.problems.filter((p) => /translation/i.test(p))).toEqual([]);
  });

  it.each([0, 1])('walks half %i of the screens in English for the screenshots', async (half) => {
    if (half === 0) await switchToEnglish(page);
    const keys: Record<string, string[]> = {};
    for (const screen of screens.filter((_, n) => n % 2 === half)) {
      const seen = await visit(page, screen, 'en-menu');
      if (seen.keys.length) keys[screen.name] = seen.keys;
    }
    expect(keys).toEqual({});
  });
});
