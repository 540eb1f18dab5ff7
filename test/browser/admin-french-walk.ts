import type { Page } from 'playwright-core';
import path from 'node:path';
import { repoRoot } from '../../packages/server/src/kernel/db/paths.js';
import { login, shot } from './admin-harness.js';

type Tree = { [key: string]: string | Tree };

const flatten = (m: Tree, prefix = ''): [string, string][] =>
  Object.entries(m).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`),
  );

type Locales = Record<'en' | 'fr', Tree>;

/**
 * Loads a module of the admin's sources by path at run time (vitest transforms it): the test project type-checks
 * Node code, and the admin's sources follow the bundler's resolution rules, not Node's.
 */
const adminModule = async <T>(file: string): Promise<T> =>
  (await import(path.join(repoRoot, 'packages/admin/src', file))) as T;

/** The admin's own messages in one language: the core's, the enum and purpose labels, the plugins' (react-admin's are its own). */
async function messages(): Promise<Record<'en' | 'fr', Map<string, string>>> {
  const { coreMessages } = await adminModule<{ coreMessages: Locales }>('i18n/core-messages.ts');
  const { enumMessages } = await adminModule<{ enumMessages: Locales }>('i18n/enum-messages.ts');
  const { purposeMessages } = await adminModule<{ purposeMessages: Locales }>('i18n/purpose-messages.ts');
  const { builtInPlugins } = await adminModule<{ builtInPlugins: () => { translations?: Locales }[] }>(
    'plugins/built-in.ts',
  );
  const plugins = builtInPlugins();
  const inLocale = (locale: 'en' | 'fr') =>
    new Map(
      [coreMessages, enumMessages, purposeMessages, ...plugins.map((p) => p.translations ?? { en: {}, fr: {} })]
        .map((m) => m[locale])
        .flatMap((m) => flatten(m)),
    );
  return { en: inLocale('en'), fr: inLocale('fr') };
}

/** Words of a message: letters only (accents kept), placeholders (%{count}) and plural separators dropped. */
const wordsOf = (text: string): string[] =>
  text
    .replace(/%\{\w+\}/g, ' ')
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4)
    .map((w) => w.toLowerCase());

/**
 * Words the demo's data or a proper name legitimately puts on a French screen although an English message uses
 * them too (the seed's action codes and names, the demo users, product brands, technical names).
 */
const dataWords = new Set([
  // The language picker names each language in its own language.
  'english',
  'fidele',
  'demo',
  'camille',
  'admin',
  'maison',
  'sport',
  'sports',
  'email',
  'mail',
  'mailing',
  'newsletter',
  'marketing',
  'webhook',
  'webhooks',
  'json',
  'http',
  'https',
  'smtp',
  'excel',
  'xlsx',
  'base',
  'postgresql',
  'sqlite',
  'pareto',
  'gamma',
  'bg/nbd',
  'holdout',
  'opt-in',
  'online',
  // The audit log's operation column: the API's operation names.
  'login',
  // Product names of the seed: "Cuisine et arts de la table", "Chaussures de running".
  'table',
  'running',
]);

/**
 * English words a French screen must not show: the words of the English messages whose French differs, minus any
 * word some French message uses ("Contacts", "Segment", "Client" read alike in both) and the data words above.
 */
export async function englishOnlyWords(): Promise<Set<string>> {
  const { en, fr } = await messages();
  const french = new Set([...fr.values()].flatMap(wordsOf));
  const words = new Set<string>();
  for (const [key, text] of en) {
    if (fr.get(key) === text) continue;
    for (const w of wordsOf(text)) if (!french.has(w) && !dataWords.has(w)) words.add(w);
  }
  return words;
}

/** A key polyglot could not translate shows as itself ("resources.contacts.fields.x", "fidele.enum.X.Y"). */
export const untranslatedKeys = async (page: Page): Promise<string[]> =>
  (await page.locator('body').innerText()).match(/\b(resources|fidele|ra)\.[a-z_]+\.[\w.]+/g) ?? [];

/**
 * Identifiers, not words: e-mail addresses, codes (`SEQ-CALL`, `customer_service`), slugs (`audit-retention`),
 * merge fields (`{{city}}`),
 * anything with a digit, a dot or a slash. Their English-looking parts are data.
 */
const isIdentifier = (chunk: string) =>
  /[@_/.:{}\d]/.test(chunk) || /^[A-Z-]+$/.test(chunk) || /^[a-z]+(-[a-z]+)+$/.test(chunk);

/**
 * The English words of `englishOnlyWords()` the page shows, each with its text to find it. Text inside `code`
 * (identifiers the admin shows as such) is left out.
 */
export async function englishOnPage(page: Page, english: Set<string>): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const roots = document.querySelectorAll('#main-content, [role="dialog"], [role="presentation"] .MuiPaper-root');
    const out: string[] = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent || parent.closest('code, pre, script, style') || !parent.checkVisibility()) continue;
        if (n.textContent?.trim()) out.push(n.textContent.trim());
      }
    }
    return out;
  });
  const found = new Set<string>();
  for (const text of texts)
    for (const chunk of text.split(/\s+/).filter((c) => !isIdentifier(c)))
      for (const w of wordsOf(chunk)) if (english.has(w)) found.add(`${w} ← “${text.slice(0, 80)}”`);
  return [...found];
}

/**
 * Waits until the screen has drawn its data: its title is set, its content has text and no progress bar, spinner
 * or skeleton is left, twice in a row 250 ms apart (a lazy screen first shows nothing, then a spinner). Goes on
 * after 20 s: the checks then run on what is there, and the screenshot shows it.
 */
export async function settle(page: Page): Promise<void> {
  const drawn = () =>
    page.evaluate(() => {
      const main = document.querySelector('#main-content');
      const busy = document.querySelector('.MuiLinearProgress-root, .MuiCircularProgress-root, .MuiSkeleton-root');
      return !!main && (main as HTMLElement).innerText.trim().length > 0 && !busy;
    });
  const until = Date.now() + 20_000;
  let streak = 0;
  while (streak < 2 && Date.now() < until) {
    streak = (await drawn()) ? streak + 1 : 0;
    await page.waitForTimeout(250);
  }
}

/** A screen of the walk: where it is and a file-friendly name for its screenshots. */
export interface Screen {
  name: string;
  path: string;
}

export const slug = (path: string) =>
  path
    .replace(/^\/admin\/?/, '')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '') || 'dashboard';

/** The menu's entries as the user sees them (their link targets), in menu order. */
export async function menuScreens(page: Page): Promise<Screen[]> {
  const links = page.locator('.RaMenu-open a[role="menuitem"], .RaMenu-closed a[role="menuitem"]');
  await links.first().waitFor();
  const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.map((path) => ({ name: slug(path), path }));
}

/**
 * Opens a screen inside the running admin (no reload: a click on a link the app routes), lets it draw, and
 * returns what a French reader would find wrong: untranslated keys and English words. Screenshots it as
 * `<prefix>-<name>.png` in test-results.
 */
export async function visit(
  page: Page,
  screen: Screen,
  prefix: string,
  english?: Set<string>,
): Promise<{ keys: string[]; english: string[] }> {
  await page.evaluate((path) => {
    window.history.pushState({}, '', path);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, screen.path);
  return inspect(page, screen.name, prefix, english);
}

/** What `visit` checks, on the page as it is (a dialog opened on it, say): screenshot, keys, English words. */
export async function inspect(
  page: Page,
  name: string,
  prefix: string,
  english?: Set<string>,
): Promise<{ keys: string[]; english: string[] }> {
  await settle(page);
  await shot(page, `${prefix}-${name}`);
  return { keys: await untranslatedKeys(page), english: english ? await englishOnPage(page, english) : [] };
}

/** Logs in as `user` then switches the admin to French from the app bar. */
export async function loginInFrench(page: Page, baseUrl: string, user: string): Promise<void> {
  await login(page, baseUrl, user);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('menuitem', { name: 'Français' }).click();
  await page.getByRole('menuitem', { name: 'Tableau de bord' }).waitFor();
}

/** Switches the admin back to English from the app bar. */
export async function switchToEnglish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Français' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.getByRole('menuitem', { name: 'Dashboard' }).waitFor();
}
