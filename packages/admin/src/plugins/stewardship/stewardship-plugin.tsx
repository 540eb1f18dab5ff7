import FactCheckIcon from '@mui/icons-material/FactCheck';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createStewardshipDataProvider } from './stewardship-data-provider';
import { stewardshipTranslations } from './translations';
import { lazyNamed } from '../lazy-pages';

const ContactProposals = lazyNamed(() => import('./ContactProposals'), 'ContactProposals');

const ProposalsPage = lazyNamed(() => import('./ProposalsPage'), 'ProposalsPage');

/**
 * The data steward: pending proposals with accept / reject, decided ones, the stewarded fields (admins), and the
 * history of proposed changes on the contact's page (slot `contacts.show`).
 */
export function stewardshipPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'stewardship',
      customRoutes: [{ path: '/proposals', element: <ProposalsPage /> }],
      menu: [{ to: '/proposals', label: 'fidele.stewardship.menu', icon: FactCheckIcon, requires: 'changeProposals' }],
      slots: { 'contacts.show': [{ id: 'proposals', component: ContactProposals, requires: 'changeProposals' }] },
      translations: stewardshipTranslations,
      dataProvider: ({ client }) => createStewardshipDataProvider(client),
    },
    options,
  );
}
