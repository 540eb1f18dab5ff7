import WebhookIcon from '@mui/icons-material/Webhook';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createWebhooksDataProvider } from './webhooks-data-provider';
import { webhooksTranslations } from './translations';
import { lazyNamed } from '../lazy-pages';

const WebhooksPage = lazyNamed(() => import('./WebhooksPage'), 'WebhooksPage');

/**
 * Webhooks, for administrators: subscriptions (URL, brand, events; the signing secret shown once at creation or
 * rotation, with a copy button), a test request, pausing, and the delivery log with every attempt and a redeliver
 * button. The menu entry shows to those the server lets run `webhookSubscriptions` (admins); the server refuses
 * the others regardless.
 */
export function webhooksPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'webhooks',
      customRoutes: [{ path: '/webhooks', element: <WebhooksPage /> }],
      menu: [{ to: '/webhooks', label: 'fidele.webhooks.menu', icon: WebhookIcon, requires: 'webhookSubscriptions' }],
      translations: webhooksTranslations,
      dataProvider: ({ client }) => createWebhooksDataProvider(client),
    },
    options,
  );
}
