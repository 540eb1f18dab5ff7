import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createWebhooksDataProvider } from './webhooks-data-provider';

const subscription = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  version: 1,
  name: `Hook ${id}`,
  url: 'https://erp.example/hooks',
  active: true,
  events: ['SALE_RECORDED'],
  brand: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...extra,
});

describe('webhooks data provider', () => {
  it('creates a subscription from the form (trimmed, no brand for every brand); the secret comes back once', async () => {
    const api = fakeApi({
      CreateWebhookSubscription: {
        data: { createWebhookSubscription: { secret: 'whsec_abc', subscription: subscription('W1') } },
      },
    });
    const dp = createWebhooksDataProvider(fakeClient(api, fakeSession()));
    const created = await dp.createWebhookSubscription({
      name: ' ERP ',
      url: ' https://erp.example/hooks ',
      brand: '',
      events: ['SALE_RECORDED'],
    });
    expect(created.secret).toBe('whsec_abc');
    await dp.createWebhookSubscription({
      name: 'Shop',
      url: 'https://shop.example',
      brand: 'B1',
      events: ['CONTACT_CREATED', 'CONSENT_CHANGED'],
    });
    expect(api.calls.map((c) => c.variables.input)).toEqual([
      { name: 'ERP', url: 'https://erp.example/hooks', events: ['SALE_RECORDED'] },
      { name: 'Shop', url: 'https://shop.example', events: ['CONTACT_CREATED', 'CONSENT_CHANGED'], brand: 'B1' },
    ]);
  });

  it('maps VALIDATION to form fields, filters the log, redelivers by id, pauses with the version read', async () => {
    const api = fakeApi({
      CreateWebhookSubscription: {
        data: null,
        errors: [
          {
            message: 'Invalid input.',
            path: ['createWebhookSubscription'],
            extensions: {
              code: 'VALIDATION',
              fields: [
                { path: ['input', 'url'], message: 'only http and https URLs' },
                { path: ['input', 'events', '1'], message: 'unknown event' },
              ],
            },
          },
        ],
      },
      WebhookDeliveries: {
        data: {
          webhookDeliveries: {
            totalCount: 0,
            pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
            edges: [],
          },
        },
      },
      RedeliverWebhook: { data: { redeliverWebhook: { id: 'D1' } } },
      UpdateWebhookSubscription: {
        data: { updateWebhookSubscription: subscription('W1', { active: false, version: 4 }) },
      },
    });
    const dp = createWebhooksDataProvider(fakeClient(api, fakeSession()));
    const error = await dp
      .createWebhookSubscription({ name: 'x', url: 'ftp://x', brand: '', events: ['SALE_RECORDED', 'NOPE'] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).body).toEqual({
      code: 'VALIDATION',
      errors: { url: 'only http and https URLs', 'events.1': 'unknown event' },
    });
    await dp.getWebhookDeliveries({ subscription: 'W1', status: 'FAILED' });
    await dp.getWebhookDeliveries({ subscription: '', status: '' });
    await dp.redeliverWebhook('D1');
    expect((await dp.setWebhookActive({ id: 'W1', version: 3 }, false)).active).toBe(false);
    expect(api.calls.slice(1).map((c) => [c.operation, c.variables])).toEqual([
      ['WebhookDeliveries', { first: 100, subscription: ['W1'], status: ['FAILED'] }],
      ['WebhookDeliveries', { first: 100 }],
      ['RedeliverWebhook', { id: 'D1' }],
      ['UpdateWebhookSubscription', { id: 'W1', version: 3, input: { active: false } }],
    ]);
  });
});
