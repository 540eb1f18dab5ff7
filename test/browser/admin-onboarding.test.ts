import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { issueToken } from '../../packages/server/src/identity/token.js';
import { login, logout, shot, startAdmin, type AdminHarness } from './admin-harness.js';

/**
 * Onboarding a member of staff, end to end (real server, seeded SQLite, Chromium): an admin creates a support
 * user of one brand with a temporary password; that password opens no session; the user chooses their own on the
 * change-password page, lands logged in, sees only that brand's contacts and no admin screen; the admin then
 * deactivates them and their open session ends.
 */

const live = { deletedAt: null, mergedIntoId: null };
const EMAIL = 'lea.martin@fidele.demo';
const TEMPORARY = 'handed-over-4412-tram';
const OWN = 'lilac-harbour-73-quietly';

describe('onboarding a staff user in the admin', () => {
  let h: AdminHarness;
  let page: Page;
  let brand: { id: number; name: string };

  beforeAll(async () => {
    h = await startAdmin({ contacts: 120 });
    page = h.page;
    brand = await h.t.db.brand.findFirstOrThrow({ orderBy: { id: 'asc' }, select: { id: true, name: true } });
  });
  afterAll(() => h?.close());
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  /** Picks options in a multiple select, then closes its list. */
  const pick = async (label: string, options: string[]) => {
    await page.getByRole('dialog').getByRole('combobox', { name: label }).click();
    for (const o of options) await page.getByRole('option', { name: o, exact: true }).click();
    await page.keyboard.press('Escape');
  };

  it('as admin: creates a support user of one brand, who must choose a password', async () => {
    await login(page, h.server.url, 'admin');
    await page.getByRole('menuitem', { name: 'Staff and API keys' }).click();
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'E-mail' }).fill(EMAIL);
    await dialog.getByRole('textbox', { name: 'First name' }).fill('Léa');
    await dialog.getByRole('textbox', { name: 'Last name' }).fill('Martin');
    await dialog.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Customer support' }).click();
    await pick('Brands', [brand.name]);
    const zones = await h.t.db.zone.findMany({ select: { name: true } });
    await pick(
      'Zones',
      zones.map((z) => z.name),
    );
    await dialog.getByRole('textbox', { name: 'Temporary password' }).fill(TEMPORARY);
    await dialog.getByRole('button', { name: 'Save' }).click();
    const row = page.locator(`tr[data-email="${EMAIL}"]`);
    await row.getByText('Must choose a password').waitFor();
    await shot(page, 'onboarding-staff-created');
    const user = await h.t.db.staffUser.findUniqueOrThrow({ where: { email: EMAIL }, include: { brands: true } });
    expect(user.role).toBe('SUPPORT');
    expect(user.brands.map((b) => b.brandId)).toEqual([brand.id]);
    await logout(page);
  });

  it('as the new user: the temporary password only leads to choosing one, then only their brand', async () => {
    await page.getByRole('textbox', { name: 'E-mail' }).fill(EMAIL);
    await page.getByRole('textbox', { name: 'Password' }).fill(TEMPORARY);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('This password was given to you').waitFor();
    await page.goto(`${h.server.url}/admin/change-password`);
    await page.getByRole('textbox', { name: 'E-mail' }).fill(EMAIL);
    // The three password fields: current, new, new again (MUI marks required labels with an asterisk).
    const passwords = page.locator('input[type="password"]');
    await passwords.nth(0).fill(TEMPORARY);
    await passwords.nth(1).fill('password1234');
    await passwords.nth(2).fill('password1234');
    await page.getByRole('button', { name: 'Change my password' }).click();
    await page.getByText('too common').waitFor();
    await passwords.nth(1).fill(OWN);
    await passwords.nth(2).fill(OWN);
    await page.getByRole('button', { name: 'Change my password' }).click();
    // A successful change is a login: the dashboard opens with the new session.
    await page.getByRole('menuitem', { name: 'Dashboard' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Staff and API keys' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: 'Contacts' }).click();
    await page.locator('tbody tr').first().waitFor();
    const mine = await h.t.db.contact.count({ where: { ...live, brandId: brand.id } });
    const all = await h.t.db.contact.count({ where: live });
    expect(mine).toBeLessThan(all);
    await expect
      .poll(() => page.locator('.MuiTablePagination-displayedRows').innerText())
      .toMatch(new RegExp(` of ${mine}$`));
    await shot(page, 'onboarding-support-contacts');
    await page.goto(`${h.server.url}/admin/staff`);
    // The page itself (reached by its address) keeps only the names list every user reads: no administration.
    await page.getByRole('region', { name: 'Staff users' }).waitFor();
    expect(await page.getByRole('button', { name: 'New user' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Purposes each role may declare' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Partner API keys' }).count()).toBe(0);
  });

  it('an admin deactivating the user ends their open session at once', async () => {
    const user = await h.t.db.staffUser.findUniqueOrThrow({ where: { email: EMAIL } });
    const admin = await h.t.db.staffUser.findUniqueOrThrow({ where: { email: 'admin@fidele.demo' } });
    // Through the API as the admin (the browser's one profile holds the user's session).
    const res = await fetch(`${h.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${(await issueToken(admin.id)).token}` },
      body: JSON.stringify({
        query: 'mutation($id: ID!) { deactivateStaffUser(id: $id) { active } }',
        variables: { id: Buffer.from(`StaffUser:${user.id}`).toString('base64') },
      }),
    });
    expect(await res.json()).toEqual({ data: { deactivateStaffUser: { active: false } } });
    await page.reload();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });
});
