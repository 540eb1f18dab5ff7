import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/**
 * Debian's Chromium, not a Playwright download: these machines reach only the npm registry and Debian's packages,
 * so `playwright install` must never run. Override with FIDELE_CHROMIUM.
 */
export const chromiumPath = process.env.FIDELE_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that keep Chromium headless, sandbox-free (containers) and silent on the network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  context: BrowserContext;
  /** Closes Chromium and deletes its profile. */
  close(): Promise<void>;
}

/** Chromium with a fresh profile in a temporary folder. */
export async function launchBrowser(options: BrowserContextOptions = {}): Promise<TestBrowser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: apt-get update && apt-get install -y chromium (or set FIDELE_CHROMIUM)`,
    );
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'fidele-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      viewport: { width: 1440, height: 1000 },
      ...options,
    });
    return {
      context,
      close: async () => {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
}

/**
 * Everything a page reports as wrong: console errors and warnings (a missing translation is a warning),
 * uncaught exceptions, failed requests and HTTP error responses. Tests assert the list is empty.
 */
export function watchPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Navigating away aborts pending requests; that is not a failure of the page.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
