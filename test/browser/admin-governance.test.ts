import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../packages/server/src/kernel/db/client.js';
import { refreshScoreSnapshot } from '../../packages/server/src/analytics/analytics.service.js';
import { login, shot, startAdmin, type AdminHarness } from './admin-harness.js';
import { purposes as seededPurposes } from '../../packages/server/src/platform/seed/catalog-data.js';

/**
 * The governance screens of the admin, end to end (real server, seeded SQLite, Chromium): consents on a contact's
 * page and the purpose tree; bulk targeting with refused contacts and the server's export; merging duplicates;
 * scores on the contact's page by role and consent; staff users and API keys, and the audit log, for admins only.
 */

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');
const live = { deletedAt: null, mergedIntoId: null };
/** Contacts a test puts first in the list (sorted by last update, newest first). */
const soon = (minutes: number) => new Date(Date.now() + 24 * 3600_000 + minutes * 60_000);

interface Fixture {
  /** A running or planned action on the marketing purpose or one of its children. */
  action: { id: number; code: string; brandId: number | null; purpose: string };
  /** Of the action's brand, consenting to marketing (no refusal), not yet targeted by it. */
  consenting: { id: number; lastName: string };
  /** Of the action's brand, no consent at all (created by the test). */
  withoutConsent: { id: number };
  /** Consenting to marketing, but opted out of the action's channel: the targeting rules leave them out. */
  optedOut: { id: number; lastName: string };
  /**
   * A contact consenting to marketing and its copy (same identity, later id, its own marketing consent): a likely
   * duplicate pair. Both consent: a pair is a comparison, listed only when both sides' consent covers the purpose.
   */
  original: { id: number; lastName: string };
  copy: { id: number };
}

async function prepare(db: Db): Promise<Fixture> {
  const action = await db.marketingAction.findFirstOrThrow({
    where: {
      status: { in: ['RUNNING', 'PLANNED'] },
      requiredPurpose: { code: { in: ['marketing', 'newsletter', 'targeted_offers'] } },
    },
    select: { id: true, code: true, brandId: true, medium: true, requiredPurpose: { select: { code: true } } },
    orderBy: { id: 'asc' },
  });
  const brand = action.brandId ? { brandId: action.brandId } : {};
  const consenting = await db.contact.findFirstOrThrow({
    where: {
      ...live,
      ...brand,
      lastName: { not: null },
      consentStates: {
        some: { status: 'GRANTED', purpose: { code: 'marketing' }, effectiveTo: null },
        none: { status: { not: 'GRANTED' } },
      },
      targets: { none: { actionId: action.id } },
    },
    select: {
      id: true,
      lastName: true,
      brandId: true,
      zoneId: true,
      ...{ email: true, mobile: true, phone: true, fax: true, addressLine1: true, postalCode: true, city: true },
    },
    orderBy: { id: 'asc' },
  });
  // Reachable on whatever channel the action uses (the targeting rules check the address), and not opted out.
  await db.contact.update({
    where: { id: consenting.id },
    data: {
      updatedAt: soon(1),
      email: consenting.email ?? 'joignable@example.test',
      mobile: consenting.mobile ?? '0611223344',
      phone: consenting.phone ?? '0144556677',
      fax: consenting.fax ?? '0144556678',
      addressLine1: consenting.addressLine1 ?? '1 rue de la Paix',
      postalCode: consenting.postalCode ?? '75002',
      city: consenting.city ?? 'Paris',
    },
  });
  await db.contactChannelPreference.deleteMany({ where: { contactId: consenting.id } });
  const optedOut = await db.contact.findFirstOrThrow({
    where: {
      ...live,
      ...brand,
      id: { not: consenting.id },
      lastName: { not: null },
      consentStates: {
        some: { status: 'GRANTED', purpose: { code: 'marketing' }, effectiveTo: null },
        none: { status: { not: 'GRANTED' } },
      },
      targets: { none: { actionId: action.id } },
    },
    select: { id: true, lastName: true },
    orderBy: { id: 'desc' },
  });
  await db.contactChannelPreference.upsert({
    where: { contactId_medium: { contactId: optedOut.id, medium: action.medium } },
    create: { contactId: optedOut.id, medium: action.medium, optedOut: true, source: 'PHONE', changedAt: new Date() },
    update: { optedOut: true },
  });
  await db.contact.update({ where: { id: optedOut.id }, data: { updatedAt: soon(0.5) } });
  const withoutConsent = await db.contact.create({
    data: {
      kind: 'PROSPECT',
      brandId: consenting.brandId,
      zoneId: consenting.zoneId,
      lastName: 'Sansconsentement',
      updatedAt: soon(2),
    },
    select: { id: true },
  });

  const original = await db.contact.findFirstOrThrow({
    where: {
      ...live,
      id: { notIn: [consenting.id, optedOut.id] },
      lastName: { not: null },
      firstName: { not: null },
      email: { not: null },
      consentStates: {
        some: { status: 'GRANTED', purpose: { code: 'marketing' }, effectiveTo: null },
        none: { status: { not: 'GRANTED' } },
      },
    },
    orderBy: { id: 'desc' },
  });
  const copy = await db.contact.create({
    data: {
      kind: original.kind,
      brandId: original.brandId,
      zoneId: original.zoneId,
      civility: original.civility,
      firstName: original.firstName,
      lastName: original.lastName,
      email: original.email,
      phone: original.phone,
      postalCode: original.postalCode,
      city: original.city,
      addressLine1: original.addressLine1,
      mobile: '0699887766',
    },
    select: { id: true },
  });
  const marketing = await db.purpose.findUniqueOrThrow({ where: { code: 'marketing' }, select: { id: true } });
  const since = new Date(Date.now() - 86_400_000);
  const event = await db.consentEvent.create({
    data: {
      contactId: copy.id,
      purposeId: marketing.id,
      status: 'GRANTED',
      source: 'WEB_FORM',
      capturedAt: since,
      effectiveFrom: since,
    },
  });
  await db.consentState.create({
    data: {
      contactId: copy.id,
      purposeId: marketing.id,
      status: 'GRANTED',
      effectiveFrom: since,
      lastEventId: event.id,
    },
  });
  // Scores for each brand, as an analyst would compute them (the analytics dashboard's button).
  for (const { id } of await db.brand.findMany({ select: { id: true } }))
    await refreshScoreSnapshot(db, 'sqlite', { asOf: new Date(), brandId: id });
  return {
    action: { ...action, purpose: action.requiredPurpose.code },
    consenting: { id: consenting.id, lastName: consenting.lastName! },
    withoutConsent,
    optedOut: { id: optedOut.id, lastName: optedOut.lastName! },
    original: { id: original.id, lastName: original.lastName! },
    copy,
  };
}

describe('governance screens in the admin', () => {
  let h: AdminHarness;
  let page: Page;
  let f: Fixture;

  beforeAll(async () => {
    let fixture: Fixture | undefined;
    h = await startAdmin({ seed: async (db) => void (fixture = await prepare(db)) });
    f = fixture!;
    page = h.page;
  });
  afterAll(() => h?.close());
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  /** Logs in as another demo user (a failed test may have left a dialog open: the session is dropped directly). */
  const loginAs = async (user: string) => {
    await page.goto(`${h.server.url}/admin/login`);
    await page.evaluate(() => localStorage.clear());
    await login(page, h.server.url, user);
  };
  const showPage = (id: number) =>
    page.goto(`${h.server.url}/admin/contacts/${encodeURIComponent(gid('Contact', id))}/show`);

  it('records consent decisions on the contact page, with source and proof, and shows the history', async () => {
    await login(page, h.server.url, 'marketing');
    await showPage(f.consenting.id);
    const consents = page.getByRole('region', { name: 'Consents' });
    await consents.getByText(/Marketing · Granted/).waitFor();
    const history = consents.getByRole('table', { name: 'History' });
    const before = await h.t.db.consentEvent.count({ where: { contactId: f.consenting.id } });
    await expect.poll(() => history.locator('tbody tr').count()).toBe(before);

    await consents.getByRole('button', { name: 'Grant' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a consent' });
    await dialog.getByRole('button', { name: 'Record' }).click();
    expect(await dialog.getByText('Required').count()).toBe(2); // purpose and source
    await dialog.getByRole('combobox', { name: 'Purpose' }).click();
    await page.getByRole('option', { name: 'Profiling and analytics' }).click();
    await dialog.getByRole('combobox', { name: 'Source' }).click();
    await page.getByRole('option', { name: 'Paper form' }).click();
    await dialog.getByRole('textbox', { name: 'Proof' }).fill('FORM-2026-001');
    await shot(page, 'governance-consent-dialog');
    await dialog.getByRole('button', { name: 'Record' }).click();
    await history.getByRole('row', { name: /FORM-2026-001/ }).waitFor();
    expect(await history.getByRole('row', { name: /FORM-2026-001/ }).innerText()).toMatch(
      /Profiling and analytics\s+Granted\s+Paper form/,
    );
    await consents.getByText('Profiling and analytics · Granted').waitFor();
    const event = await h.t.db.consentEvent.findFirstOrThrow({
      where: { contactId: f.consenting.id, proof: 'FORM-2026-001' },
      include: { purpose: true, capturedBy: true },
    });
    expect(event).toMatchObject({
      status: 'GRANTED',
      source: 'PAPER_FORM',
      purpose: { code: 'profiling' },
      capturedBy: { email: 'marketing@fidele.demo' },
    });

    // Withdrawn at once: the chip says so, the history has both decisions, newest first.
    await consents.getByRole('button', { name: 'Withdraw' }).click();
    const withdraw = page.getByRole('dialog', { name: 'Record a withdrawal' });
    await withdraw.getByRole('combobox', { name: 'Purpose' }).click();
    await page.getByRole('option', { name: 'Profiling and analytics' }).click();
    await withdraw.getByRole('combobox', { name: 'Source' }).click();
    await page.getByRole('option', { name: 'Phone' }).click();
    await withdraw.getByRole('button', { name: 'Record' }).click();
    await consents.getByText('Profiling and analytics · Withdrawn').waitFor();
    expect(await history.locator('tbody tr').first().innerText()).toMatch(/Withdrawn\s+Phone/);
    await shot(page, 'governance-consents');
    expect(h.problems).toEqual([]);
  });

  it('shows the purpose tree with the legal bases', async () => {
    await page.getByRole('menuitem', { name: 'Purposes' }).click();
    const table = page.getByRole('region', { name: 'Purposes and legal bases' }).getByRole('table');
    await expect
      .poll(() => table.locator('tbody tr').count())
      .toBe(await h.t.db.purpose.count({ where: { active: true } }));
    expect(await table.getByRole('row', { name: /Customer service/ }).innerText()).toContain('Contract');
    expect(await table.getByRole('row', { name: /Newsletter/ }).getAttribute('data-depth')).toBe('1');
    // Children right under their parent.
    const names = (await table.locator('tbody tr td:first-child').allInnerTexts()).map((t) =>
      t.replace('└ ', '').trim(),
    );
    expect(names.indexOf('Newsletter')).toBeGreaterThan(names.indexOf('Marketing'));
    await shot(page, 'governance-purposes');
    expect(h.problems).toEqual([]);
  });

  it('targets selected contacts with an action: a refused contact is reported with the reason, then the others are targeted under the rules', async () => {
    await page.getByRole('menuitem', { name: 'Contacts' }).click();
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    // The three contacts the test updated last are first: the one without consent, the consenting one, then the one
    // who opted out of the action's channel.
    for (const i of [0, 1, 2]) await rows.nth(i).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Target with an action' }).click();
    await page.getByRole('dialog', { name: 'Target 3 contacts with an action' }).waitFor();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: new RegExp(`^${f.action.code} · `) }).click();
    // The purpose by its name in the reader's language (the seed's English name), not its code.
    const purposeName = seededPurposes.find((p) => p.code === f.action.purpose)!.name;
    await dialog.getByText(`Contacts must have consented to “${purposeName}”.`).waitFor();
    await dialog.getByRole('button', { name: 'Target', exact: true }).click();
    await dialog.getByText('Nothing was written: 1 contact is refused').waitFor();
    const refused = dialog.locator('[data-refused="CONSENT_REQUIRED"]');
    // The reason in the reader's language (its code, from the server), the server's own words as the tooltip.
    expect(await refused.innerText()).toContain('No consent for the purpose');
    expect(await refused.locator('[title]').getAttribute('title')).toContain(`no consent for ${f.action.purpose}`);
    await shot(page, 'governance-target-refused');
    const listed = [f.consenting.id, f.withoutConsent.id, f.optedOut.id];
    expect(await h.t.db.actionTarget.count({ where: { actionId: f.action.id, contactId: { in: listed } } })).toBe(0);

    // The bulk button goes through the same rules as targetAction: the opted-out contact is left out, with why.
    await dialog.getByRole('button', { name: 'Target the 2 others' }).click();
    const done = page.getByRole('dialog', { name: 'Target 2 contacts with an action' });
    await done.getByText('1 target created').waitFor();
    await done.getByText(/1 contact not targeted: the action’s channel and pressure rules leave them out/).waitFor();
    const left = done.locator('[data-excluded="CHANNEL_OPT_OUT"]');
    expect(await left.innerText()).toContain(f.optedOut.lastName);
    expect(await left.innerText()).toContain('Opted out of the channel');
    await shot(page, 'governance-target-created');
    await dialog.getByRole('button', { name: 'Close' }).click();
    const targets = await h.t.db.actionTarget.findMany({
      where: { actionId: f.action.id, contactId: { in: listed } },
    });
    expect(targets.map((t) => t.contactId)).toEqual([f.consenting.id]);
    expect(h.problems).toEqual([]);
  });

  it('exports the list for the declared purpose: only consenting contacts, the file is downloaded', async () => {
    await page.getByRole('button', { name: 'Export for the purpose' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the contacts of this list' });
    await dialog.getByText(/consent covers the purpose “Marketing”/).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const rows = csv.length - 1;
    await dialog.getByText(`${rows} contacts exported to ${download.suggestedFilename()}`).waitFor();
    await dialog.getByText(/contacts left out: their consent does not cover the purpose/).waitFor();
    expect(
      await h.t.db.auditLog.count({ where: { operation: 'EXPORT', actorUser: { email: 'marketing@fidele.demo' } } }),
    ).toBeGreaterThan(0);
    await shot(page, 'governance-export');
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(h.problems).toEqual([]);
  });

  it('lists likely duplicates with the explained score, previews a merge and merges', async () => {
    await page.getByRole('menuitem', { name: 'Duplicates' }).click();
    const pair = page.locator(`[data-pair="${gid('Contact', f.original.id)}+${gid('Contact', f.copy.id)}"]`);
    await pair.waitFor();
    expect(await pair.innerText()).toContain(f.original.lastName);
    expect(await pair.locator('data').getAttribute('value')).toMatch(/^0\.\d+|^1$/);
    await shot(page, 'governance-duplicates');
    await pair.getByRole('button', { name: 'Merge…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge two contacts' });
    await dialog.getByRole('radio', { name: 'Mobile: Merged contact' }).check();
    await dialog.getByRole('button', { name: 'Preview the merge' }).click();
    const preview = page.getByRole('dialog', { name: 'What the merge would do' });
    await preview.getByRole('region', { name: 'Fields that change' }).waitFor();
    await shot(page, 'governance-merge-preview');
    expect(await h.t.db.contact.findUniqueOrThrow({ where: { id: f.copy.id } })).toMatchObject({ mergedIntoId: null }); // a dry run
    await preview.getByRole('button', { name: 'Merge the contacts' }).click();
    await page.getByText('Contacts merged.').waitFor();
    await expect.poll(() => pair.count()).toBe(0);
    expect(await h.t.db.contact.findUniqueOrThrow({ where: { id: f.copy.id } })).toMatchObject({
      mergedIntoId: f.original.id,
    });
    expect((await h.t.db.contact.findUniqueOrThrow({ where: { id: f.original.id } })).mobile).toBe('0699887766');
    // Not for marketing: the admin-only screens.
    expect(await page.getByRole('menuitem', { name: 'Staff and API keys' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: 'Audit log' }).count()).toBe(0);
    expect(h.problems).toEqual([]);
  });

  it('shows scores to an analyst: RFM segment and predicted value, or a consent chip without profiling consent', async () => {
    await loginAs('analyst');
    const granted = { some: { status: 'GRANTED' as const, purpose: { code: 'profiling' }, effectiveTo: null } };
    const scored = await h.t.db.contactScore.findFirstOrThrow({
      where: { contact: { ...live, consentStates: { ...granted, none: { status: { not: 'GRANTED' } } } } },
      include: { snapshot: { include: { lifetimeValue: true } } },
      orderBy: { monetary: 'desc' },
    });
    await showPage(scored.contactId);
    const scores = page.getByRole('region', { name: 'Scores' });
    await scores.getByText(`RFM code ${scored.recencyScore}${scored.frequencyScore}${scored.monetaryScore}`).waitFor();
    if (scored.snapshot.lifetimeValue) await scores.getByText('Predicted value (12 months)').waitFor();
    await shot(page, 'governance-scores');

    const withheld = await h.t.db.contactScore.findFirstOrThrow({
      where: { contact: { ...live, consentStates: { none: { purpose: { code: 'profiling' }, status: 'GRANTED' } } } },
    });
    await showPage(withheld.contactId);
    await scores.locator('[data-withheld="CONSENT_REQUIRED"]').waitFor();
    await shot(page, 'governance-scores-consent-required');
    expect(h.problems).toEqual([]);
  });

  it('as support: no scores section, no bulk selection, but consents may be recorded', async () => {
    await loginAs('support');
    await showPage(f.consenting.id);
    const consents = page.getByRole('region', { name: 'Consents' });
    await consents.getByRole('button', { name: 'Grant' }).waitFor();
    await page.getByRole('region', { name: 'Identity' }).waitFor();
    expect(await page.getByRole('region', { name: 'Scores' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: 'Contacts' }).click();
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody tr').first().getByRole('checkbox').count()).toBe(0);
    expect(h.problems).toEqual([]);
  });

  it('as admin: lists staff users, creates an API key shown once with a copy button, revokes it', async () => {
    await loginAs('admin');
    await h.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.url });
    await page.getByRole('menuitem', { name: 'Staff and API keys' }).click();
    const users = page.getByRole('region', { name: 'Staff users' });
    await users.getByRole('row', { name: /marketing@fidele\.demo/ }).waitFor();
    expect(await users.locator('tbody tr').count()).toBe(await h.t.db.staffUser.count({ where: { active: true } }));

    const keys = page.getByRole('region', { name: 'Partner API keys' });
    await keys.getByRole('button', { name: 'New API key' }).click();
    const form = page.getByRole('dialog', { name: 'New partner API key' });
    await form.getByRole('textbox', { name: 'Name' }).fill('Partenaire test');
    await form.getByRole('combobox', { name: /Brands/ }).click();
    await page.getByRole('option').first().click();
    await page.keyboard.press('Escape');
    await form.getByRole('combobox', { name: /Purposes/ }).click();
    await page.getByRole('option', { name: 'Partner sharing' }).click();
    await page.keyboard.press('Escape');
    await form.getByRole('button', { name: 'Create the key' }).click();
    const created = page.getByRole('dialog', { name: 'API key created' });
    await created.getByText(/it will not be shown again/).waitFor();
    const key = await created.getByRole('textbox').inputValue();
    expect(key).toMatch(/^fid_/);
    await created.getByRole('button', { name: 'Copy the key' }).click();
    await page.getByText('Key copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await shot(page, 'governance-api-key-created');
    await created.getByRole('button', { name: 'I have stored the key' }).click();

    const row = keys.getByRole('row', { name: /Partenaire test/ });
    expect(await row.getAttribute('data-status')).toBe('ACTIVE');
    expect(await row.innerText()).not.toContain(key.slice(-8)); // never shown again
    await row.getByRole('button', { name: 'Revoke Partenaire test' }).click();
    await page
      .getByRole('dialog', { name: 'Revoke the key “Partenaire test”?' })
      .getByRole('button', { name: 'Revoke' })
      .click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('REVOKED');
    expect((await h.t.db.apiKey.findFirstOrThrow({ where: { name: 'Partenaire test' } })).revokedAt).not.toBeNull();
    await shot(page, 'governance-api-keys');
    expect(h.problems).toEqual([]);
  });

  it('as admin: filters the audit log by operation and actor', async () => {
    await page.getByRole('menuitem', { name: 'Audit log' }).click();
    await page.locator('tbody tr').first().waitFor();
    const rangeLabel = () => page.locator('.MuiTablePagination-displayedRows').innerText();
    await page.getByRole('combobox', { name: 'Operation' }).click();
    await page.getByRole('option', { name: 'Export' }).click();
    await page.keyboard.press('Escape');
    const exports = await h.t.db.auditLog.count({ where: { operation: 'EXPORT' } });
    await expect.poll(rangeLabel).toBe(`1-${exports} of ${exports}`);
    expect(new Set(await page.locator('tbody tr td:nth-child(3)').allInnerTexts())).toEqual(new Set(['Export']));

    await page.getByRole('combobox', { name: 'Actor' }).click();
    await page.getByRole('option', { name: /marketing@fidele\.demo/ }).click();
    const byMarketing = await h.t.db.auditLog.count({
      where: { operation: 'EXPORT', actorUser: { email: 'marketing@fidele.demo' } },
    });
    await expect.poll(rangeLabel).toBe(`1-${byMarketing} of ${byMarketing}`);
    expect(await page.locator('tbody tr td:nth-child(2)').first().innerText()).toBe('Léa Marchand');
    await page.getByRole('listbox').waitFor({ state: 'hidden' });

    // A date range: from the day of the first export (UTC), then up to the day before it (nothing).
    const first = await h.t.db.auditLog.findFirstOrThrow({
      where: { operation: 'EXPORT', actorUser: { email: 'marketing@fidele.demo' } },
      orderBy: { at: 'asc' },
    });
    const day = first.at.toISOString().slice(0, 10);
    await page.getByRole('textbox', { name: 'From' }).fill(day);
    await expect.poll(rangeLabel).toBe(`1-${byMarketing} of ${byMarketing}`);
    await shot(page, 'governance-audit');
    await page
      .getByRole('textbox', { name: 'To' })
      .fill(new Date(first.at.getTime() - 86_400_000).toISOString().slice(0, 10));
    await expect.poll(() => page.locator('tbody tr').count()).toBe(0);
    expect(h.problems).toEqual([]);
  });

  it('as admin: shows the rows a read concerned, the first ids and how many more', async () => {
    // One audit entry per kind of read: a page of contacts read alike is one entry listing them all.
    await h.t.db.auditLog.create({
      data: {
        actorType: 'SYSTEM',
        systemReason: 'test:grouped-read',
        operation: 'READ',
        operationName: 'GroupedPage',
        entity: 'Contact',
        entityIds: ',90001,90002,90003,90004,90005,',
        fields: ['email'],
        outcome: 'ALLOWED',
      },
    });
    await page.goto(`${h.server.url}/admin/auditLog?filter=${encodeURIComponent('{"entityId":"90004"}')}`);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    const row = page.locator('tbody tr').first();
    await expect.poll(() => row.innerText()).toContain('GroupedPage');
    expect(await row.innerText()).toContain('90001, 90002, 90003 … (+2)');
    expect(h.problems).toEqual([]);
  });
});
