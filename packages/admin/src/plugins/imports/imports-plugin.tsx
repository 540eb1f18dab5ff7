import UploadFileIcon from '@mui/icons-material/UploadFile';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createImportsDataProvider } from './imports-data-provider';
import { importsTranslations } from './translations';
import { withImportDuplicates } from './duplicates-translations';
import { lazyNamed } from '../lazy-pages';

const ImportPage = lazyNamed(() => import('./ImportPage'), 'ImportPage');

/**
 * Importing files (CSV or XLSX) of contacts, products, sales and action responses: choose the file, the column
 * mapping, the upsert key and default values, check it first (a dry run: every row checked and counted, nothing
 * written), then import, stopping on suspected duplicate contacts or creating them; the counts and every rejected
 * row with its line, field and reason. For the roles the server
 * lets run `startImport` (the menu entry follows the query `importJob`, which has the same roles: menus follow queries).
 */
export function importsPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'imports',
      customRoutes: [{ path: '/import', element: <ImportPage /> }],
      menu: [{ to: '/import', label: 'fidele.imports.menu', icon: UploadFileIcon, requires: 'importJob' }],
      translations: withImportDuplicates(importsTranslations),
      dataProvider: ({ client }) => createImportsDataProvider(client),
    },
    options,
  );
}
