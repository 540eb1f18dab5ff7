import PeopleAltIcon from '@mui/icons-material/PeopleAlt';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createContactsDataProvider } from './contacts-data-provider';
import { contactsTranslations } from './translations';
import { withDuplicateEntry } from './duplicate-entry-translations';
import { lazyPages } from '../lazy-pages';

const pages = lazyPages(() => import('./index'), ['list', 'show', 'edit', 'create'] as const);

/**
 * Contacts: the list with filters (and, for analytics roles, the stored probability active and predicted value, sortable),
 * the contact's page (identity, profile, confidential fields the role may read, value: classes, FRAT, stored value,
 * response rate; consents, the synoptic table of actions, sales with their lines, activities), create and edit with
 * the server's validation messages.
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
      translations: withDuplicateEntry(contactsTranslations),
      dataProvider: ({ client, session }) => createContactsDataProvider(client, session),
    },
    options,
  );
}
