import ContentCopyIcon from '@mui/icons-material/FileCopyOutlined';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createDuplicatesDataProvider } from './duplicates-data-provider';
import { duplicatesTranslations } from './translations';
import { lazyNamed } from '../lazy-pages';

const DuplicatesPage = lazyNamed(() => import('./DuplicatesPage'), 'DuplicatesPage');

/**
 * Merging duplicates: a page listing the likely duplicate pairs with the explained score (the evidence of each
 * field), and a merge dialog (the contact that stays, the values to take from the other, a dry run preview, then
 * the merge) for the roles the server lets run `mergeContacts`.
 */
export function duplicatesPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'duplicates',
      customRoutes: [{ path: '/duplicates', element: <DuplicatesPage /> }],
      menu: [
        { to: '/duplicates', label: 'fidele.duplicates.menu', icon: ContentCopyIcon, requires: 'duplicateCandidates' },
      ],
      translations: duplicatesTranslations,
      dataProvider: ({ client }) => createDuplicatesDataProvider(client),
    },
    options,
  );
}
