import PolicyIcon from '@mui/icons-material/Policy';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createConsentsDataProvider } from './consents-data-provider';
import { createPurposeSettingsDataProvider } from './purpose-settings';
import { consentsTranslations } from './translations';
import { lazyNamed } from '../lazy-pages';

const ContactConsents = lazyNamed(() => import('./ContactConsents'), 'ContactConsents');

const PurposesPage = lazyNamed(() => import('./PurposesPage'), 'PurposesPage');

/**
 * Consents and purposes: on the contact's page (slot `contacts.show`) the current consent per purpose, the history
 * of decisions, and buttons to grant, deny or withdraw a purpose with its source and proof (for the roles the
 * server lets capture consent); a page with the purpose tree and legal bases.
 *
 * @example
 * <FideleAdmin plugins={[referencePlugin(), contactsPlugin(), consentsPlugin()]} />
 */
export function consentsPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'consents',
      customRoutes: [{ path: '/purposes', element: <PurposesPage /> }],
      menu: [{ to: '/purposes', label: 'fidele.consents.purposes_menu', icon: PolicyIcon, requires: 'purposes' }],
      slots: { 'contacts.show': [{ id: 'consents', component: ContactConsents, requires: 'contact' }] },
      translations: consentsTranslations,
      dataProvider: ({ client }) => ({
        ...createConsentsDataProvider(client),
        ...createPurposeSettingsDataProvider(client),
      }),
    },
    options,
  );
}
