import AutoDeleteIcon from '@mui/icons-material/AutoDelete';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { lazyNamed } from '../lazy-pages';
import { createRetentionDataProvider } from './retention-data-provider';
import { retentionTranslations } from './translations';

const RetentionPage = lazyNamed(() => import('./RetentionPage'), 'RetentionPage');

/**
 * Retention of personal data, for administrators (server: privacy/retention/RETENTION.md): the rules per contact
 * kind and purpose, the dry run of what will be purged and when, and the purge itself (confirmed, with its progress)
 * with the past runs. The menu entry follows the query `retentionRules` (admins only), as the server does.
 */
export function retentionPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'retention',
      customRoutes: [{ path: '/retention', element: <RetentionPage /> }],
      menu: [{ to: '/retention', label: 'fidele.retention.menu', icon: AutoDeleteIcon, requires: 'retentionRules' }],
      translations: retentionTranslations,
      dataProvider: ({ client }) => createRetentionDataProvider(client),
    },
    options,
  );
}
