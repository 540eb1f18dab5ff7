import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { ExportContactsButton, ExportSelectionButton } from './ExportContactsButton';
import { createTargetingDataProvider } from './targeting-data-provider';
import { targetingTranslations } from './translations';
import { lazyNamed } from '../lazy-pages';

const TargetBulkButton = lazyNamed(() => import('./TargetBulkButton'), 'TargetBulkButton');

/**
 * Bulk work on the contacts list: "Target with an action" on the selected contacts (slot `contacts.bulkActions`;
 * created, already targeted, and refused contacts with the server's reasons) and the server's export of the
 * list for the declared purpose (slot `contacts.listActions`), and of the selected contacts (slot
 * `contacts.bulkActions`, for the roles that may target). Each shows to roles the server lets run its operation.
 *
 * @example
 * <FideleAdmin plugins={[referencePlugin(), contactsPlugin(), actionsPlugin(), targetingPlugin()]} />
 */
export function targetingPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'targeting',
      slots: {
        'contacts.bulkActions': [
          { id: 'target', component: TargetBulkButton, requires: 'targetContacts' },
          // Selecting contacts is bulk marketing work: the roles that may target get it; the others (support) keep a
          // plain list and export its filter with the list action.
          { id: 'export', component: ExportSelectionButton, requires: 'targetContacts' },
        ],
        'contacts.listActions': [{ id: 'export', component: ExportContactsButton, requires: 'exportContacts' }],
      },
      translations: targetingTranslations,
      dataProvider: ({ client }) => createTargetingDataProvider(client),
    },
    options,
  );
}
