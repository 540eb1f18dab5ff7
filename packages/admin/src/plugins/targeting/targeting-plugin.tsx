import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { ExportContactsButton } from './ExportContactsButton';
import { TargetBulkButton } from './TargetBulkButton';
import { createTargetingDataProvider } from './targeting-data-provider';
import { targetingTranslations } from './translations';

/**
 * Bulk work on the contacts list: "Target with an action" on the selected contacts (slot `contacts.bulkActions`;
 * created, already targeted, and refused contacts with the server's reasons) and the server's export of the
 * list, or of the selected contacts, for the declared purpose (slot `contacts.listActions`). Each shows to roles the server lets run its operation.
 *
 * @example
 * <FideleAdmin plugins={[referencePlugin(), contactsPlugin(), actionsPlugin(), targetingPlugin()]} />
 */
export function targetingPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'targeting',
      slots: {
        'contacts.bulkActions': [{ id: 'target', component: TargetBulkButton, requires: 'targetContacts' }],
        'contacts.listActions': [{ id: 'export', component: ExportContactsButton, requires: 'exportContacts' }],
      },
      translations: targetingTranslations,
      dataProvider: ({ client }) => createTargetingDataProvider(client),
    },
    options,
  );
}
