import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { issueToken } from '../../packages/server/src/identity/token.js';
import { gid } from '../../packages/server/src/testing/api.js';
import { login, shot, startAdmin, type AdminHarness } from './admin-harness.js';

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41), Buffer.from('\n%%EOF\n')]);

/**
 * Surveys, documents and change proposals in the admin, end to end (real server, seeded SQLite, Chromium): a
 * marketing user writes a survey, sends it (only consenting contacts are invited) and reads the figures after
 * contacts answered through the public route; a sales user uploads a document that marketing cannot see until it
 * is shared with its role; a support user, steward of e-mails, accepts one proposed change and rejects another.
 */
describe('surveys, documents and proposals screens in the admin', () => {
  let h: AdminHarness;
  let page: Page;
  let dir: string;
  let contactId: number;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fidele-admin-docs-'));
    process.env.FIDELE_DOCUMENTS_DIR = dir;
    h = await startAdmin({
      seed: async (db) => {
        await db.stewardedField.create({ data: { field: 'email', stewardRole: 'SUPPORT' } });
      },
    });
    page = h.page;
    // A client of the sales user's brand and zones, so sales and marketing both see it.
    const sales = await h.t.db.staffUser.findFirstOrThrow({
      where: { email: 'sales@fidele.demo' },
      include: { brands: true, zones: true },
    });
    contactId = (
      await h.t.db.contact.findFirstOrThrow({
        where: {
          kind: 'CLIENT',
          deletedAt: null,
          brandId: { in: sales.brands.map((b) => b.brandId) },
          zoneId: { in: sales.zones.map((z) => z.zoneId) },
          email: { not: null },
        },
        orderBy: { id: 'asc' },
      })
    ).id;
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  const loginAs = async (user: string) => {
    await page.goto(`${h.server.url}/admin/login`);
    await page.evaluate(() => localStorage.clear());
    await login(page, h.server.url, user);
  };
  const contactPage = () =>
    page.goto(`${h.server.url}/admin/contacts/${encodeURIComponent(gid('Contact', contactId))}/show`);

  it('as marketing: builds a survey, sends it under consent, and reads satisfaction and NPS after answers', async () => {
    await loginAs('marketing');
    await page.getByRole('menuitem', { name: 'Surveys' }).click();
    await page.getByRole('link', { name: 'New survey' }).click();
    const builder = page.getByRole('region', { name: 'Questions' });
    await builder.getByRole('textbox', { name: 'Name' }).fill('Satisfaction 2026');
    await builder.getByRole('combobox', { name: 'Brand' }).click();
    await page.getByRole('option', { name: 'Maison Fidèle' }).click();
    await builder.getByRole('textbox', { name: 'Question' }).first().fill('How satisfied are you?');
    await builder.getByRole('button', { name: 'Add a question' }).click();
    const q2 = builder.getByRole('group', { name: 'Question 2' });
    await q2.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Recommendation (NPS, 0-10)' }).click();
    await q2.getByRole('textbox', { name: 'Question' }).fill('Would you recommend us?');
    await builder.getByRole('button', { name: 'Add a question' }).click();
    const q3 = builder.getByRole('group', { name: 'Question 3' });
    await q3.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Choice' }).click();
    await q3.getByRole('textbox', { name: 'Question' }).fill('Favourite shop');
    // One option only: the server's VALIDATION shows under the options.
    await q3.getByRole('textbox', { name: 'Options' }).fill('Paris');
    await builder.getByRole('button', { name: 'Save' }).click();
    await q3.getByText('a choice needs 2 to 20 options').waitFor();
    expect(await h.t.db.survey.count({ where: { name: 'Satisfaction 2026' } })).toBe(0);
    await q3.getByRole('textbox', { name: 'Options' }).fill('Paris\nLyon\nWeb');
    await builder.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Satisfaction 2026', level: 1 }).waitFor();
    await page.getByText('Draft', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Send the survey' });
    await dialog.getByRole('button', { name: 'Send' }).click();
    const report = dialog.getByRole('status', { name: 'Sending report' });
    await report.waitFor();
    const survey = await h.t.db.survey.findFirstOrThrow({
      where: { name: 'Satisfaction 2026' },
      include: { questions: { orderBy: { position: 'asc' } }, invitations: { orderBy: { id: 'asc' } } },
    });
    const invited = survey.invitations.length;
    expect(invited).toBeGreaterThanOrEqual(6); // six answer below
    await report.getByText(`${invited} contacts invited`).waitFor();
    const excluded = Number((await report.getByText(/no consent to marketing/).textContent())!.replace(/\D+/g, ''));
    expect(excluded).toBeGreaterThan(0); // the seed has contacts without marketing consent, and they were left out
    await shot(page, 'admin-survey-sent');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Contacts answer through their personal links. Results are groups only: until FIDELE_MIN_GROUP_SIZE (5)
    // people answered, the answers' figures are suppressed and the admin says why instead of showing a figure.
    const [rating, nps, choice] = survey.questions.map((q) => gid('SurveyQuestion', q.id));
    const answer = async (i: number, r: number, n: number, c: string) => {
      const res = await fetch(`${h.server.url}/surveys/answer/${survey.invitations[i]!.token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          answers: [
            { question: rating, rating: r },
            { question: nps, rating: n },
            { question: choice, choice: c },
          ],
        }),
      });
      expect(res.status).toBe(201);
    };
    // Ratings 5, 4, 2; NPS 10, 8, 3: three answers, a group too small to describe.
    const answers = [
      [5, 10, 'Paris'],
      [4, 8, 'Web'],
      [2, 3, 'Paris'],
    ] as const;
    for (const [i, [r, n, c]] of answers.entries()) await answer(i, r, n, c);
    await page.reload();
    const results = page.getByRole('region', { name: 'Results' });
    const rateOf = (responses: number) =>
      (Math.round((responses / invited) * 1000) / 10).toLocaleString('en-GB', { maximumFractionDigits: 1 });
    await results
      .getByRole('group', { name: 'Response rate' })
      .getByText(`${rateOf(3)}%`)
      .waitFor();
    await results
      .getByRole('status')
      .getByText(/^Fewer than 5 responses: the answers' figures are hidden/)
      .waitFor();
    await results.getByRole('group', { name: 'Satisfaction' }).getByText('—', { exact: true }).waitFor();
    await results.getByRole('group', { name: 'NPS' }).getByText('—', { exact: true }).waitFor();
    expect(await results.getByText('Fewer than 5 answers: hidden').count()).toBe(3);
    expect(await results.getByRole('img', { name: /^NPS: / }).count()).toBe(0);
    await shot(page, 'admin-survey-results-suppressed');

    // The same three answers again: six, enough to describe. Satisfaction 4 of 6 ratings in 4-5; NPS
    // (2 promoters − 2 detractors) / 6 = 0; mean rating 22 / 6.
    for (const [i, [r, n, c]] of answers.entries()) await answer(answers.length + i, r, n, c);
    await page.reload();
    await results
      .getByRole('group', { name: 'Response rate' })
      .getByText(`${rateOf(6)}%`)
      .waitFor();
    await results.getByRole('group', { name: 'Satisfaction' }).getByText('66.7%').waitFor();
    await results.getByRole('group', { name: 'NPS' }).getByText('0', { exact: true }).waitFor();
    await results.getByRole('img', { name: 'NPS: 2 promoters, 2 passives, 2 detractors' }).waitFor();
    await results.getByText('6 answers · mean 3.67 · Satisfaction 66.7%').waitFor();
    expect(await results.getByRole('status').count()).toBe(0);
    await shot(page, 'admin-survey-results');
    expect(h.problems).toEqual([]);
  });

  it('as sales then marketing: a document is invisible to others until shared with their role', async () => {
    await loginAs('sales');
    await contactPage();
    const docs = page.getByRole('region', { name: 'Documents' });
    await docs.getByText('No document you may see.').waitFor();
    await page
      .getByLabel('File to upload')
      .setInputFiles({ name: 'contract.pdf', mimeType: 'application/pdf', buffer: pdf });
    await docs.getByText('contract.pdf').waitFor();
    expect(await h.t.db.document.count()).toBe(1);
    await shot(page, 'admin-documents-uploaded');

    await loginAs('marketing');
    await contactPage();
    await page.getByRole('region', { name: 'Documents' }).getByText('No document you may see.').waitFor();

    await loginAs('sales');
    await contactPage();
    await page.getByRole('button', { name: 'Share contract.pdf' }).click();
    const share = page.getByRole('dialog', { name: 'Who may see contract.pdf' });
    await share.getByRole('checkbox', { name: 'Marketing' }).check();
    await share.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('region', { name: 'Documents' })
      .getByRole('cell', { name: 'Marketing', exact: true })
      .waitFor();

    await loginAs('marketing');
    await contactPage();
    const shared = page.getByRole('region', { name: 'Documents' });
    await shared.getByText('contract.pdf').waitFor();
    // Marketing did not upload it: it may download it, not share or delete it.
    expect(await shared.getByRole('button', { name: 'Share contract.pdf' }).count()).toBe(0);
    const download = page.waitForEvent('download');
    await shared.getByRole('button', { name: 'Download contract.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('contract.pdf');
    await shot(page, 'admin-documents-shared');
    expect(await h.t.db.auditLog.count({ where: { operationName: 'downloadDocument', outcome: 'ALLOWED' } })).toBe(1);
    expect(h.problems).toEqual([]);
  });

  it('as support, steward of e-mails: accepts one proposed change and rejects another with a reason', async () => {
    const sales = await h.t.db.staffUser.findFirstOrThrow({ where: { email: 'sales@fidele.demo' } });
    const token = (await issueToken(sales.id)).token;
    const propose = async (email: string) => {
      const version = (await h.t.db.contact.findUniqueOrThrow({ where: { id: contactId } })).version;
      const res = await fetch(`${h.server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'x-fidele-purpose': 'customer_service',
        },
        body: JSON.stringify({
          query:
            'mutation($id: ID!, $v: Int!, $e: String!) { updateContact(id: $id, version: $v, input: { email: $e }) { pendingProposals { field } } }',
          variables: { id: gid('Contact', contactId), v: version, e: email },
        }),
      });
      expect((await res.json()).data.updateContact.pendingProposals.length).toBeGreaterThan(0);
    };
    await propose('first.change@example.fr');
    await loginAs('support');
    await page.getByRole('menuitem', { name: 'Proposals' }).click();
    const pending = page.getByRole('region', { name: 'Pending proposals' });
    await pending.getByRole('cell', { name: 'first.change@example.fr' }).waitFor();
    await shot(page, 'admin-proposals-pending');
    await pending.getByRole('button', { name: 'Accept the change of email' }).click();
    await page.getByText('Change applied').waitFor();
    expect((await h.t.db.contact.findUniqueOrThrow({ where: { id: contactId } })).email).toBe(
      'first.change@example.fr',
    );

    await propose('second.change@example.fr');
    await page.reload();
    await pending.getByRole('button', { name: 'Reject the change of email' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reject the proposal' });
    await dialog.getByRole('textbox').fill('The customer confirmed the first address');
    await dialog.getByRole('button', { name: 'Reject' }).click();
    const history = page.getByRole('region', { name: 'Decided proposals' });
    await history.getByText('The customer confirmed the first address').waitFor();
    await history.getByText('Accepted').waitFor();
    await pending.getByText('No proposal awaits a decision.').waitFor();
    expect((await h.t.db.contact.findUniqueOrThrow({ where: { id: contactId } })).email).toBe(
      'first.change@example.fr',
    );
    await shot(page, 'admin-proposals-decided');

    // The contact's page shows the history too.
    await contactPage();
    await page.getByRole('region', { name: 'Proposed changes' }).getByText('Rejected').waitFor();
    expect(h.problems).toEqual([]);
  });
});
