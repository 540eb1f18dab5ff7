import {
  ContactDeliveriesDocument,
  ContactResponseRateDocument,
  ContactSaleLinesDocument,
  ContactValueDocument,
  LatestScoreSnapshotsDocument,
  createFideleClient,
  isFideleError,
  type FideleClient,
} from '../../packages/sdk/src/index.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { issueToken } from '../../packages/server/src/identity/token.js';
import { login, shot, startAdmin, type AdminHarness } from './admin-harness.js';

/**
 * The contact's page shows what the API knows that the role may see (issue 21): FRAT and the stored value of the
 * latest snapshot, the personal response rate, the classes, the sales with their lines and products; profiling
 * figures of a contact without consent to profiling are shown withheld. The contacts list sorts by the stored
 * predicted value (issue 19). The messages sent to the contact are listed with their status, reason and dates, in
 * English and in French, and the country is named, not coded. Checked against the API's own answers, as the
 * marketing user. Real server, seeded SQLite, Chromium.
 */

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');
const en = 'en-GB';
const euros = (v: number) => new Intl.NumberFormat(en, { style: 'currency', currency: 'EUR' }).format(v);
const percent = (v: number) => new Intl.NumberFormat(en, { style: 'percent', maximumFractionDigits: 1 }).format(v);

describe('the contact page and the value sort', () => {
  let h: AdminHarness;
  let page: Page;
  let api: FideleClient;
  /** A buyer the API scores for marketing, and one whose consent does not cover profiling. */
  let scored: string;
  let withheld: string;

  /** Buyers (newest first) until the API answers a score for one and CONSENT_REQUIRED for another. */
  async function pickBuyers() {
    const buyers = await h.t.db.contact.findMany({
      where: { deletedAt: null, mergedIntoId: null, sales: { some: {} } },
      select: { id: true },
      orderBy: { id: 'asc' },
      take: 80,
    });
    for (const { id } of buyers) {
      try {
        const { contactScore } = await api.execute(ContactValueDocument, { contact: gid('Contact', id) });
        if (contactScore?.scoredValue && !scored) scored = gid('Contact', id);
      } catch (e) {
        if (isFideleError(e, 'CONSENT_REQUIRED') && !withheld) withheld = gid('Contact', id);
        else if (!isFideleError(e, 'CONSENT_REQUIRED')) throw e;
      }
      if (scored && withheld) return;
    }
    throw new Error('the seed has no scored buyer or no buyer without profiling consent');
  }

  beforeAll(async () => {
    h = await startAdmin();
    page = h.page;
    const marketing = await h.t.db.staffUser.findUniqueOrThrow({ where: { email: 'marketing@fidele.demo' } });
    const { token } = await issueToken(marketing.id);
    api = createFideleClient({ url: `${h.server.url}/graphql`, token, purpose: 'marketing' });
    await pickBuyers();
    await login(page, h.server.url, 'marketing');
  });
  afterAll(() => h?.close());
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  const figure = (name: string) =>
    page.getByRole('region', { name: 'Value and FRAT' }).locator(`[data-figure="${name}"]`);

  it('shows FRAT, the stored value, the response rate, the classes and the sale lines as the API answers them', async () => {
    const { contactScore: v } = await api.execute(ContactValueDocument, { contact: scored });
    const { contactResponseRate: rate } = await api.execute(ContactResponseRateDocument, { contact: scored });
    const { contact } = await api.execute(ContactSaleLinesDocument, { id: scored });
    const { revenueClass, frequencyClass } = (await api.contact({ id: scored }))!;
    await page.goto(`${h.server.url}/admin/contacts/${encodeURIComponent(scored)}/show`);

    await expect
      .poll(() => figure('frequency').innerText(), { timeout: 30_000 })
      .toBe(new Intl.NumberFormat(en).format(v!.frequency));
    expect(await figure('recencyDays').innerText()).toBe(`${v!.recencyDays} day${v!.recencyDays === 1 ? '' : 's'}`);
    expect(await figure('monetary').innerText()).toBe(euros(Number(v!.monetary)));
    expect(await figure('fratCategory').innerText()).toBe(v!.fratCategory?.name ?? '—');
    expect(await figure('probabilityAlive').innerText()).toBe(percent(v!.probabilityAlive!));
    expect(await figure('scoredValue').innerText()).toBe(euros(Number(v!.scoredValue)));
    expect(await figure('responseRate').innerText()).toBe(
      `${rate!.rate === null ? '—' : percent(rate!.rate)} (answered ${rate!.responded} of ${rate!.targeted} targeted actions)`,
    );
    const value = page.getByRole('region', { name: 'Value and FRAT' });
    const classLabels: Record<string, string> = { A: 'A (highest)', B: 'B', C: 'C', D: 'D (lowest)' };
    for (const [label, c] of [
      ['Revenue class', revenueClass],
      ['Frequency class', frequencyClass],
    ] as const) {
      const block = value.locator(`[data-field="${label === 'Revenue class' ? 'revenueClass' : 'frequencyClass'}"]`);
      expect(await block.innerText()).toContain(c ? classLabels[c] : '—');
    }

    // Sales with their lines and products: the API's latest ten, each line its product and amount.
    const sales = page.getByRole('region', { name: 'Sales history' });
    const edges = contact!.sales.edges;
    await expect.poll(() => sales.locator('[data-sale]').count(), { timeout: 30_000 }).toBe(edges.length);
    const first = edges[0]!.node;
    const lines = sales.locator(`[data-sale="${first.id}"]`).getByRole('table', { name: 'Sale lines' });
    expect(await lines.locator('tbody tr').count()).toBe(first.lines.length);
    const row = await lines.locator('tbody tr').first().innerText();
    expect(row).toContain(`${first.lines[0]!.product.code} · ${first.lines[0]!.product.name}`);
    expect(row).toContain(euros(Number(first.lines[0]!.amount)));
    expect(await sales.getByText(`${contact!.sales.totalCount} in all`).count()).toBe(1);
    // Marketing may not read gross margins: none is asked for, none is shown.
    expect(await sales.getByText('gross margin').count()).toBe(0);
    await page.getByRole('region', { name: 'Profile' }).getByText('Language', { exact: true }).waitFor();
    await shot(page, 'contact-page-value');
    expect(h.problems).toEqual([]);
  });

  it('shows the profiling figures of a contact without consent to profiling as withheld', async () => {
    await page.goto(`${h.server.url}/admin/contacts/${encodeURIComponent(withheld)}/show`);
    const value = page.getByRole('region', { name: 'Value and FRAT' });
    // Seven FRAT and stored-value figures, and the response rate: each says "Consent required".
    await expect.poll(() => value.locator('[data-withheld="CONSENT_REQUIRED"]').count(), { timeout: 30_000 }).toBe(8);
    expect(await value.getByText('Consent required').count()).toBe(8);
    await shot(page, 'contact-page-value-withheld');
    expect(h.problems).toEqual([]);
  });

  it('lists the messages sent to the contact and names its country, in English and in French', async () => {
    // The seed sends nothing: three deliveries of seeded actions, as the send job and the inbound events leave them.
    const id = Number(Buffer.from(scored, 'base64').toString().split(':')[1]);
    const db = h.t.db;
    const [email, sms] = await Promise.all(
      (['EMAIL', 'SMS'] as const).map((medium) =>
        db.marketingAction.findFirstOrThrow({ where: { medium }, orderBy: { id: 'asc' }, select: { id: true } }),
      ),
    );
    const other = await db.marketingAction.findFirstOrThrow({
      where: { medium: 'EMAIL', id: { not: email!.id } },
      select: { id: true },
    });
    const noon = (day: number) => new Date(Date.UTC(2026, 2, day, 12));
    await db.contact.update({ where: { id }, data: { countryCode: 'FR' } });
    await db.messageDelivery.createMany({
      data: [
        {
          actionId: email!.id,
          contactId: id,
          medium: 'EMAIL',
          status: 'DELIVERED',
          attempts: 1,
          queuedAt: noon(2),
          sentAt: noon(2),
          deliveredAt: noon(3),
        },
        {
          actionId: other.id,
          contactId: id,
          medium: 'EMAIL',
          status: 'BOUNCED',
          reason: 'HARD_BOUNCE',
          attempts: 1,
          queuedAt: noon(5),
          sentAt: noon(5),
          bouncedAt: noon(6),
        },
        {
          actionId: sms!.id,
          contactId: id,
          medium: 'SMS',
          status: 'FAILED',
          reason: 'SMS_NOT_MOBILE',
          attempts: 1,
          queuedAt: noon(9),
        },
      ],
    });
    const { contact } = await api.execute(ContactDeliveriesDocument, { id: scored });
    expect(contact!.deliveries.edges.map((e) => e.node.status)).toEqual(['FAILED', 'BOUNCED', 'DELIVERED']);

    await page.goto(`${h.server.url}/admin/contacts/${encodeURIComponent(scored)}/show`);
    const shownIn = async (locale: string, title: string, country: string) => {
      const section = page.getByRole('region', { name: title, exact: true });
      const rows = section.locator('tbody tr[data-delivery-status]');
      await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(3);
      await page
        .getByRole('region', { name: locale === 'en' ? 'Identity' : 'Identité' })
        .getByText(country, { exact: true })
        .first()
        .waitFor();
      const day = (d: Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'short' }).format(d);
      return { rows: await rows.allInnerTexts(), day, text: await section.innerText() };
    };

    const en = await shownIn('en', 'Messages', 'France');
    expect(en.rows[0]).toContain('SMS');
    expect(en.rows[0]).toContain('Failed');
    expect(en.rows[0]).toContain('Not a mobile number');
    expect(en.rows[0]).toContain(en.day(noon(9)));
    expect(en.rows[1]).toContain('Bounced');
    expect(en.rows[1]).toContain('Hard bounce: the address does not exist');
    expect(en.rows[1]).toContain(en.day(noon(6)));
    expect(en.rows[2]).toContain('Delivered');
    expect(en.rows[2]).toContain(en.day(noon(3)));
    for (const header of ['Action', 'Channel', 'Status', 'Reason', 'Queued', 'Sent']) expect(en.text).toContain(header);
    expect(en.text).toContain('3 latest of 3');
    expect(await page.getByRole('region', { name: 'Identity' }).getByText('FR', { exact: true }).count()).toBe(0);
    await shot(page, 'contact-page-messages');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    const fr = await shownIn('fr', 'Messages envoyés', 'France');
    expect(fr.rows[0]).toContain('Échec');
    expect(fr.rows[0]).toContain('Ce n’est pas un numéro de mobile');
    expect(fr.rows[0]).toContain(fr.day(noon(9)));
    expect(fr.rows[1]).toContain('Rejeté');
    expect(fr.rows[1]).toContain("Rejet définitif : l'adresse n'existe pas");
    expect(fr.rows[2]).toContain('Délivré');
    expect(fr.rows[2]).toContain(fr.day(noon(3)));
    for (const header of ['Canal', 'Statut', 'Motif', 'Mis en file']) expect(fr.text).toContain(header);
    expect(fr.text.match(/\b(resources|fidele|ra)\.[a-z_]+\.[\w.]+/g) ?? []).toEqual([]);
    await shot(page, 'contact-page-messages-fr');
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    expect(h.problems).toEqual([]);
  });

  it('sorts the list by predicted value, descending, as the API sorts by scoreOrder', async () => {
    // Marketing sees no all-brands snapshot: the list reads the latest of its brands', as the API's sort does.
    const { scoreSnapshots } = await api.execute(LatestScoreSnapshotsDocument, {});
    const snapshot = scoreSnapshots.find((s) => s.status === 'COMPLETED')!;
    const expected = await api.contacts({
      scoreOrder: { key: 'PREDICTED_VALUE', direction: 'DESC', brand: snapshot.brand!.id },
      first: 5,
    });
    const values = await Promise.all(
      expected.edges.map(
        async ({ node }) =>
          (await api.execute(ContactValueDocument, { contact: node.id })).contactScore?.scoredValue ?? null,
      ),
    );
    expect(values.every((v) => v !== null)).toBe(true);

    await page.getByRole('menuitem', { name: 'Contacts' }).click();
    await page.locator('tbody tr').first().waitFor();
    const header = page.getByRole('button', { name: 'Predicted value (CLV)' });
    await header.click();
    await page.waitForURL(/sort=predictedValue/);
    if (!/order=DESC/.test(page.url())) await header.click();
    await page.waitForURL(/order=DESC/);
    const column = await page
      .locator('thead th')
      .allInnerTexts()
      .then((t) => t.findIndex((x) => x.includes('Predicted value (CLV)')));
    const cells = page.locator(`tbody tr td:nth-child(${column + 1})`);
    const shown = values.map((v) => euros(Number(v)));
    await expect.poll(async () => (await cells.allInnerTexts()).slice(0, 5), { timeout: 30_000 }).toEqual(shown);
    // Descending: each stored value at most the one above it.
    const numbers = values.map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    await shot(page, 'contacts-sorted-by-predicted-value');
    expect(h.problems).toEqual([]);
  });
});
