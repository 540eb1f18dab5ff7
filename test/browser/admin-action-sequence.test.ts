import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { login, shot, startAdmin, type AdminHarness } from './admin-harness.js';

/**
 * Channel coordination in the admin: a follow-up of a seeded e-mail action is refused once by the server (no
 * delay, starting before the previous action), with the messages under the inputs, then saved; the previous
 * action's Sequence section lists it. Real server, seeded SQLite, Chromium.
 */
describe('action sequences in the admin', () => {
  let h: AdminHarness;
  let page: Page;

  beforeAll(async () => {
    h = await startAdmin();
    page = h.page;
    await login(page, h.server.url, 'marketing');
  });
  afterAll(() => h?.close());
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  const choose = async (label: string, option: string | RegExp) => {
    await page.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: option }).first().click();
  };
  const day = (d: Date) => d.toISOString().slice(0, 10);

  it('creates a follow-up of an e-mail action: refused under the inputs, then saved and listed on the previous action', async () => {
    const previous = await h.t.db.marketingAction.findFirstOrThrow({
      where: { medium: 'EMAIL', brandId: { not: null } },
      orderBy: { id: 'asc' },
      include: { brand: true },
    });
    const before = new Date(previous.startDate.getTime() - 86_400_000);
    const after = new Date(previous.startDate.getTime() + 7 * 86_400_000);

    await page.getByRole('menuitem', { name: 'Marketing actions' }).click();
    await page.getByRole('link', { name: 'Create' }).click();
    await page.getByRole('textbox', { name: 'Code' }).fill('SMS-RELANCE');
    await page.getByRole('textbox', { name: 'Name' }).fill('Relance des non-répondants');
    await choose('Objective', 'Loyalty');
    await choose('Medium', 'SMS');
    // The medium's usual response channels are proposed (usualResponseChannels): an SMS reply and the hosted form.
    const channels = page.getByRole('combobox', { name: 'Response channels' });
    await expect.poll(() => channels.innerText()).toMatch(/^SMS reply\s*Web$/);
    await page.getByLabel(/^Start/).fill(day(before));
    await page.getByLabel(/^End/).fill(day(new Date(after.getTime() + 30 * 86_400_000)));
    await choose('Brand', previous.brand!.name);
    await page.getByRole('spinbutton', { name: 'Priority' }).fill('3');
    // The condition and the delay appear only once a previous action is chosen.
    expect(await page.getByRole('combobox', { name: 'Follow-up condition' }).count()).toBe(0);
    await choose('Follows up', new RegExp(previous.code));
    await choose('Follow-up condition', 'Targets who did not respond');
    await page.getByRole('button', { name: 'Save' }).click();
    // The browser has no rule on these: the messages are the server's, under their inputs.
    await page.getByText('required with previousAction').waitFor();
    await page.getByText('a follow-up cannot start before the previous action').waitFor();
    expect(await h.t.db.marketingAction.count({ where: { code: 'SMS-RELANCE' } })).toBe(0);
    await shot(page, 'action-sequence-validation-error');

    await page.getByLabel(/^Start/).fill(day(after));
    await page.getByRole('spinbutton', { name: 'Follow-up delay (days)' }).fill('7');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.url()).toMatch(/\/admin\/actions\/[^/]+\/show$/);
    const saved = await h.t.db.marketingAction.findUniqueOrThrow({ where: { code: 'SMS-RELANCE' } });
    expect(saved).toMatchObject({
      previousActionId: previous.id,
      followUpCondition: 'NO_RESPONSE',
      followUpDelayDays: 7,
      priority: 3,
      brandId: previous.brandId,
    });
    expect(saved.startDate.toISOString()).toBe(`${day(after)}T00:00:00.000Z`);
    const offered = await h.t.db.actionResponseChannel.findMany({ where: { actionId: saved.id } });
    expect(offered.map((c) => c.channel).sort()).toEqual(['SMS_REPLY', 'WEB']);

    // From the follow-up's Sequence section to the previous action, whose section lists the follow-up.
    const sequence = page.getByRole('region', { name: 'Sequence' });
    await sequence.getByRole('link', { name: new RegExp(previous.code) }).click();
    await page.getByText(previous.name).first().waitFor();
    const followUps = page.getByRole('region', { name: 'Sequence' }).getByRole('list', { name: 'Follow-ups' });
    await followUps.getByRole('link', { name: /SMS-RELANCE/ }).waitFor();
    expect(await followUps.innerText()).toContain('Targets who did not respond, after 7 days');
    await shot(page, 'action-sequence-previous-lists-follow-up');
    expect(h.problems).toEqual([]);
  });

  it('edits the follow-up: a delay out of range is refused under its input, then the delay and the priority are saved', async () => {
    const before = await h.t.db.marketingAction.findUniqueOrThrow({ where: { code: 'SMS-RELANCE' } });
    // Continues from the previous action's show page: open the follow-up, then its edit page. Both show pages have
    // an Edit link: clicking it before the follow-up's page replaced the previous one opened the previous action's
    // form, which has no delay (a CI run timed out there), so the test waits for the navigation each time.
    const previousShow = page.url();
    await page
      .getByRole('region', { name: 'Sequence' })
      .getByRole('link', { name: /SMS-RELANCE/ })
      .click();
    await expect.poll(() => page.url()).not.toBe(previousShow);
    const followUpShow = page.url();
    expect(followUpShow).toMatch(/\/admin\/actions\/[^/]+\/show$/);
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect.poll(() => page.url()).toBe(followUpShow.replace(/\/show$/, ''));
    const delay = page.getByRole('spinbutton', { name: 'Follow-up delay (days)' });
    await expect.poll(() => delay.inputValue()).toBe('7');
    await delay.fill('400');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('an integer from 0 to 365').waitFor();
    expect(await h.t.db.marketingAction.findUniqueOrThrow({ where: { id: before.id } })).toMatchObject({
      followUpDelayDays: 7,
      version: before.version,
    });
    await shot(page, 'action-sequence-edit-validation-error');

    await delay.fill('10');
    await page.getByRole('spinbutton', { name: 'Priority' }).fill('5');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.url()).toMatch(/\/admin\/actions\/[^/]+\/show$/);
    await page.getByRole('region', { name: 'Sequence' }).getByText('Priority: 5').waitFor();
    const after = await h.t.db.marketingAction.findUniqueOrThrow({ where: { id: before.id } });
    expect(after).toMatchObject({
      followUpDelayDays: 10,
      followUpCondition: 'NO_RESPONSE',
      priority: 5,
      previousActionId: before.previousActionId,
    });
    // Two writes: the action's fields, then its priority (updateActionTargeting), each checking the version.
    expect(after.version).toBe(before.version + 2);
    expect(h.problems).toEqual([]);
    // Two saves through the browser: 3 s alone, past the default 60 s once on a CI machine shared with other work.
  }, 150_000);
});
