import OutboxIcon from '@mui/icons-material/Outbox';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createOutboxDataProvider } from './outbox-data-provider';
import { outboxTranslations } from './translations';
import { lazyNamed } from '../lazy-pages';

const OutboxPage = lazyNamed(() => import('./OutboxPage'), 'OutboxPage');

/**
 * The outgoing-mail catcher: in development (FIDELE_MAIL=catch, the default) Fidele stores the messages it would
 * send; this page lists them with a viewer. The menu entry follows the query `caughtMails` (admins and marketing).
 */
export function outboxPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'outbox',
      customRoutes: [{ path: '/outbox', element: <OutboxPage /> }],
      menu: [{ to: '/outbox', label: 'fidele.outbox.menu', icon: OutboxIcon, requires: 'caughtMails' }],
      translations: outboxTranslations,
      dataProvider: ({ client }) => createOutboxDataProvider(client),
    },
    options,
  );
}
