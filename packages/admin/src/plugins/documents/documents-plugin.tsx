import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { ActionDocuments, ContactDocuments } from './DocumentsPanel';
import { createDocumentsDataProvider } from './documents-data-provider';
import { documentsTranslations } from './translations';

/**
 * Documents with restricted access, on the contact's page (slot `contacts.show`) and the action's page (slot
 * `actions.show`): upload, download, share with roles or users, delete. The server decides who sees what.
 */
export function documentsPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'documents',
      slots: {
        'contacts.show': [{ id: 'documents', component: ContactDocuments, requires: 'documents' }],
        'actions.show': [{ id: 'documents', component: ActionDocuments, requires: 'documents' }],
      },
      translations: documentsTranslations,
      dataProvider: ({ client, apiUrl, session }) => createDocumentsDataProvider(client, apiUrl, session),
    },
    options,
  );
}
