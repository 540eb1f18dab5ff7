import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { issueToken } from '../../packages/server/src/identity/token.js';
import { deliverDue } from '../../packages/server/src/integration/webhooks/webhook.delivery.js';
import { startReceiver, type Receiver } from '../../packages/server/src/testing/webhook-receiver.js';
import { login, shot, startAdmin, type AdminHarness } from './admin-harness.js';

/**
 * The webhooks screen, end to end (real server, seeded SQLite, Chromium, a real local receiver): an admin
 * subscribes the receiver, sees the signing secret once and copies it, tests the subscription (the receiver checks
 * the signature with the copied secret), reads the delivery log with its attempts after a failed delivery,
 * redelivers it and sees it delivered. Other roles have no webhooks entry.
 */
describe('webhooks screen in the admin', () => {
  let h: AdminHarness;
  let page: Page;
  let receiver: Receiver;
  const allowHostsBefore = process.env.FIDELE_WEBHOOK_ALLOW_HOSTS;

  beforeAll(async () => {
    h = await startAdmin();
    page = h.page;
    receiver = await startReceiver();
    // The receiver listens on loopback, which the server refuses as a target unless allow-listed (as an
    // on-premises receiver would be). Only its exact address: other private targets stay refused (checked below).
    process.env.FIDELE_WEBHOOK_ALLOW_HOSTS = new URL(receiver.url).hostname;
  });
  afterAll(async () => {
    if (allowHostsBefore === undefined) delete process.env.FIDELE_WEBHOOK_ALLOW_HOSTS;
    else process.env.FIDELE_WEBHOOK_ALLOW_HOSTS = allowHostsBefore;
    await receiver?.close();
    await h?.close();
  });
  beforeEach(({ onTestFailed, task }) =>
    onTestFailed(() => shot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`)),
  );

  const loginAs = async (user: string) => {
    await page.goto(`${h.server.url}/admin/login`);
    await page.evaluate(() => localStorage.clear());
    await login(page, h.server.url, user);
  };

  it('as admin: subscribes a receiver, shows the secret once, and the test request is signed with it', async () => {
    await loginAs('admin');
    await h.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.url });
    await page.getByRole('menuitem', { name: 'Webhooks' }).click();
    const subs = page.getByRole('region', { name: 'Webhook subscriptions' });
    await subs.getByText('No subscription yet.').waitFor();

    await subs.getByRole('button', { name: 'New subscription' }).click();
    const form = page.getByRole('dialog', { name: 'New webhook subscription' });
    await form.getByRole('textbox', { name: 'Name' }).fill('ERP');
    await form.getByRole('textbox', { name: 'URL' }).fill('ftp://erp.example/hooks');
    await form.getByRole('combobox', { name: /Events/ }).click();
    await page.getByRole('option', { name: 'Sale recorded' }).click();
    await page.getByRole('option', { name: 'Contact created' }).click();
    await page.keyboard.press('Escape');
    await form.getByRole('button', { name: 'Create the subscription' }).click();
    // The server's VALIDATION shows under the URL input; nothing is created.
    await form.getByText('only http and https URLs').waitFor();
    expect(await h.t.db.webhookSubscription.count()).toBe(0);
    // A private target (the cloud metadata address) is refused with the server's reason: the allow-list names
    // only the receiver.
    await form.getByRole('textbox', { name: 'URL' }).fill('http://169.254.169.254/hooks');
    await form.getByRole('button', { name: 'Create the subscription' }).click();
    await form.getByText(/not a public address: receivers must be public/).waitFor();
    expect(await h.t.db.webhookSubscription.count()).toBe(0);
    await form.getByRole('textbox', { name: 'URL' }).fill(receiver.url);
    await form.getByRole('button', { name: 'Create the subscription' }).click();

    const created = page.getByRole('dialog', { name: 'Signing secret' });
    await created.getByText(/it will not be shown again/).waitFor();
    const secret = await created.getByRole('textbox').inputValue();
    expect(secret).toMatch(/^whsec_/);
    await created.getByRole('button', { name: 'Copy the secret' }).click();
    await page.getByText('Secret copied to the clipboard.').waitFor();
    receiver.secret = await page.evaluate(() => navigator.clipboard.readText());
    expect(receiver.secret).toBe(secret);
    await shot(page, 'webhooks-secret-shown-once');
    await created.getByRole('button', { name: 'I have stored the secret' }).click();

    const row = subs.getByRole('row', { name: /ERP/ });
    expect(await row.innerText()).toContain('Contact created');
    expect(await row.innerText()).toContain('Sale recorded');
    expect(await page.content()).not.toContain(secret); // never shown again

    await row.getByRole('button', { name: 'Test ERP' }).click();
    await page.getByText(/The receiver answered 200 in \d+ ms\./).waitFor();
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]).toMatchObject({ signatureValid: true, headers: { 'x-fidele-event': 'PING' } });
    expect(h.problems).toEqual([]);
  });

  it('as admin: the log shows a failed delivery with its attempts; redeliver sends it again', async () => {
    // A contact created through the API emits CONTACT_CREATED; the receiver refuses it and the job gives up.
    const { token } = await issueToken((await h.t.db.staffUser.findFirstOrThrow({ where: { role: 'ADMIN' } })).id);
    const [brand, zone] = await Promise.all([h.t.db.brand.findFirstOrThrow(), h.t.db.zone.findFirstOrThrow()]);
    const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');
    const res = await fetch(`${h.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'mutation($i: ContactInput!) { createContact(input: $i) { id } }',
        variables: {
          i: { kind: 'PROSPECT', brand: gid('Brand', brand.id), zone: gid('Zone', zone.id), lastName: 'Webhook' },
        },
      }),
    });
    expect((await res.json()).errors).toBeUndefined();
    receiver.plan = [500];
    expect(await deliverDue(h.t.db, new Date(Date.now() + 1000), { maxAttempts: 1 })).toBe(1);
    const delivery = await h.t.db.webhookDelivery.findFirstOrThrow();
    expect(delivery.status).toBe('FAILED');

    await page.reload();
    const log = page.getByRole('region', { name: 'Delivery log' });
    await log.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Failed' }).click();
    const row = log.locator(`tr[data-event-id="${delivery.eventId}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('FAILED');
    expect(await row.innerText()).toContain('HTTP 500');
    await row.getByRole('button', { name: /Attempts of Contact created/ }).click();
    const attempts = log.getByRole('table', { name: `Attempts of ${delivery.eventId}` });
    await attempts.getByRole('cell', { name: '500', exact: true }).waitFor();
    await shot(page, 'webhooks-delivery-log-failed');

    await row.getByRole('button', { name: `Redeliver ${delivery.eventId}` }).click();
    await page.getByText('Queued for delivery again.').waitFor();
    expect((await h.t.db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).status).toBe('PENDING');
    expect(await deliverDue(h.t.db, new Date(Date.now() + 2000))).toBe(1);

    await log.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Delivered' }).click();
    const delivered = log.locator(`tr[data-event-id="${delivery.eventId}"][data-status="DELIVERED"]`);
    await delivered.waitFor();
    await delivered.getByRole('button', { name: /Attempts of Contact created/ }).click();
    await expect
      .poll(() =>
        log
          .getByRole('table', { name: `Attempts of ${delivery.eventId}` })
          .locator('tbody tr')
          .count(),
      )
      .toBe(2);
    expect(
      receiver.received
        .filter((r) => r.headers['x-fidele-delivery'] === delivery.eventId)
        .every((r) => r.signatureValid),
    ).toBe(true);
    await shot(page, 'webhooks-delivery-log-redelivered');
    expect(h.problems).toEqual([]);
  });

  it('as marketing: no webhooks entry in the menu', async () => {
    await loginAs('marketing');
    await page.getByRole('menuitem', { name: 'Contacts' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Webhooks' }).count()).toBe(0);
  });
});
