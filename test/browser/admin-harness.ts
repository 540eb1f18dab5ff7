import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { vi } from 'vitest';
import type { Db } from '../../packages/server/src/kernel/db/client.js';
import { repoRoot } from '../../packages/server/src/kernel/db/paths.js';
import { startServer, type RunningServer } from '../../packages/server/src/platform/http/start-server.js';
import { seedDatabase } from '../../packages/server/src/platform/seed/seed.service.js';
import { DEMO_PASSWORD } from '../../packages/server/src/platform/seed/demo-users.js';
import { launchBrowser, watchPageProblems, type TestBrowser } from '../support/browser.js';
import { createTestDatabase, type TestDatabase } from '../../packages/server/src/testing/databases.js';

// Every browser test file imports the harness: its tests get room for a loaded machine (see startAdmin).
vi.setConfig({ testTimeout: 150_000 });

/** Where every browser test writes its screenshots, one PNG per test, named after it. */
export const screenshots = path.join(repoRoot, 'test-results');

export interface AdminHarness {
  t: TestDatabase;
  server: RunningServer;
  browser: TestBrowser;
  page: Page;
  /** Console errors and warnings, uncaught exceptions, failed requests, HTTP errors: tests assert it is empty. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * The admin as a person sees it: the real server on a seeded SQLite database, the built admin (the test command
 * builds it first), Debian's Chromium with reduced motion (charts draw at once).
 */
export async function startAdmin(
  options: { contacts?: number; seed?: (db: Db) => Promise<void> } = {},
): Promise<AdminHarness> {
  // Fail rather than skip: a silently skipped browser test reads as a passing one.
  if (!existsSync(path.join(repoRoot, 'packages/admin/dist/index.html'))) {
    throw new Error('The admin is not built: run pnpm --filter @fidele/admin build first');
  }
  const t = await createTestDatabase('sqlite');
  await seedDatabase(t.db, { contacts: options.contacts ?? 200 });
  await options.seed?.(t.db);
  // FIDELE_ADMIN_DIST: a build of one's own, when others rebuild packages/admin/dist during the run.
  const server = await startServer({ db: t.db, provider: 'sqlite', port: 0, adminDist: process.env.FIDELE_ADMIN_DIST });
  const browser = await launchBrowser({ locale: 'en-GB', reducedMotion: 'reduce' });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  // A step that takes a second alone took over Playwright's 30 s on a CI machine whose two cores also ran the
  // property suites: waits get 60 s, and the tests of a browser file (vi.setConfig below) 150 s.
  page.setDefaultTimeout(60_000);
  const problems = watchPageProblems(page);
  mkdirSync(screenshots, { recursive: true });
  return {
    t,
    server,
    browser,
    page,
    problems,
    close: async () => {
      await browser.close();
      await server.close();
      await t.drop();
    },
  };
}

/**
 * Logs in through the login page as a demo user (`marketing` → marketing@fidele.demo) and waits for the dashboard.
 * `mount` is where the panel is mounted (`/admin` on the server, the host's route in an embedding app).
 */
export async function login(page: Page, baseUrl: string, user: string, mount = '/admin'): Promise<void> {
  await page.goto(`${baseUrl}${mount}/login`);
  await page.getByRole('textbox', { name: 'E-mail' }).fill(`${user}@fidele.demo`);
  await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('menuitem', { name: 'Dashboard' }).waitFor();
}

/** Logs out from the user menu. */
export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Profile' }).click();
  await page.getByRole('menuitem', { name: 'Logout' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
}

/** A full-page screenshot to `test-results/<name>.png`. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}
