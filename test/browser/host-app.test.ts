import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../packages/server/src/kernel/db/paths.js';
import { login, shot, startAdmin, type AdminHarness } from './admin-harness.js';

/**
 * examples/host-app: a React app of its own that embeds `<FideleAdmin>` under /back-office with one plugin of its
 * own. Built here with the admin package's Vite, served by a small static server that forwards /graphql to the real
 * API server, driven in Chromium.
 */
const hostDir = path.join(repoRoot, 'examples/host-app');
const dist = path.join(hostDir, 'dist');

describe('the host app example', () => {
  let h: AdminHarness;
  let page: Page;
  let host: Server;
  let hostUrl: string;

  beforeAll(async () => {
    execFileSync(
      process.execPath,
      [
        path.join(repoRoot, 'packages/admin/node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        path.join(hostDir, 'vite.config.ts'),
        '--logLevel',
        'warn',
      ],
      {
        cwd: repoRoot,
        stdio: 'pipe',
      },
    );
    h = await startAdmin({ contacts: 80 });
    page = h.page;
    const api = new URL(h.server.url);
    host = createServer((req, res) => {
      const pathname = (req.url ?? '/').split('?')[0]!;
      if (pathname === '/graphql') {
        const forward = request(
          { host: api.hostname, port: api.port, path: req.url, method: req.method, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        req.pipe(forward);
        return;
      }
      const file = path.join(dist, path.normalize(pathname));
      const asset = file.startsWith(dist) && pathname.startsWith('/assets/') && existsSync(file);
      res.writeHead(200, { 'content-type': asset ? 'text/javascript' : 'text/html' });
      res.end(readFileSync(asset ? file : path.join(dist, 'index.html')));
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => host?.close(resolve));
    await h?.close();
  });
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(async () => {
      console.log(h.problems.join('\n'));
      await shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`);
    }),
  );

  it('opens the panel from the host page, logs in under /back-office and shows the host plugin', async () => {
    await page.goto(`${hostUrl}/`);
    await page.getByRole('heading', { name: 'Acme Stores intranet' }).waitFor();
    await page.getByRole('link', { name: 'Open the back-office' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/back-office/login');
    await login(page, hostUrl, 'marketing', '/back-office');

    // The host's dashboard card, fed through the panel's data provider, beside the built-in ones.
    const card = page.getByRole('region', { name: 'Acme stores' });
    const prospects = await h.t.db.contact.count({ where: { kind: 'PROSPECT', deletedAt: null, mergedIntoId: null } });
    await expect.poll(() => card.locator('data').getAttribute('value')).toBe(String(prospects));
    await page
      .getByRole('region', { name: 'Contacts by kind' })
      .locator('svg .recharts-bar-rectangle path')
      .first()
      .waitFor();
    expect(await page.getByText('Acme · Fidele').count()).toBe(1);
    await shot(page, 'host-app-dashboard');

    // Its page and menu entry, and the built-in resources, all under the host's route.
    await page.getByRole('menuitem', { name: 'Our stores' }).click();
    await page.getByRole('list', { name: 'Acme stores' }).getByText('Lyon Part-Dieu').waitFor();
    expect(new URL(page.url()).pathname).toBe('/back-office/stores');
    await page.getByRole('menuitem', { name: 'Contacts' }).click();
    await page.locator('tbody tr').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/back-office/contacts');
    await shot(page, 'host-app-contacts');
    expect(h.problems).toEqual([]);
  });
});
