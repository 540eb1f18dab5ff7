import PeopleAltIcon from '@mui/icons-material/PeopleAlt';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createContactsDataProvider } from './contacts-data-provider';
import pages from './index';
import { contactsTranslations } from './translations';

/**
 * Contacts: the list with filters, the contact's page (identity, confidential fields the role may read, consents,
 * the synoptic table of actions, sales and activities), create and edit with the server's validation messages.
 *
 * @example
 * <FideleAdmin plugins={[referencePlugin(), contactsPlugin(), actionsPlugin()]} />
 */
export function contactsPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'contacts',
      resources: [
        {
          name: 'contacts',
          icon: PeopleAltIcon,
          ...pages,
          recordRepresentation: (r: {
            lastName?: string | null;
            firstName?: string | null;
            companyName?: string | null;
            id: string;
          }) => [r.lastName, r.firstName].filter(Boolean).join(' ') || r.companyName || `#${r.id}`,
        },
      ],
      access: {
        contacts: {
          type: 'Contact',
          list: 'contacts',
          show: 'contact',
          create: 'createContact',
          edit: 'updateContact',
          delete: 'deleteContact',
        },
      },
      translations: contactsTranslations,
      dataProvider: ({ client, session }) => createContactsDataProvider(client, session),
    },
    options,
  );
}
