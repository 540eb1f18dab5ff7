import GavelIcon from '@mui/icons-material/Gavel';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { lazyNamed } from '../lazy-pages';
import { createSubjectRequestsDataProvider } from './subject-requests-data-provider';
import { subjectRequestsTranslations } from './translations';

const SubjectRequestsPage = lazyNamed(() => import('./SubjectRequestsPage'), 'SubjectRequestsPage');
const SubjectRequestPage = lazyNamed(() => import('./SubjectRequestPage'), 'SubjectRequestPage');
const ContactSubjectRequests = lazyNamed(() => import('./ContactSubjectRequests'), 'ContactSubjectRequests');
const OverdueWidget = lazyNamed(() => import('./OverdueWidget'), 'OverdueWidget');

/**
 * Data subject requests (GDPR arts. 15 to 21), for administrators: the list with due dates and the overdue ones in
 * red (`/subject-requests`), a request's page (assign, extend once, complete with a confirmation, reject, download
 * the answer as JSON, partner notices to give), "Log a request" on the contact's page (slot `contacts.show`) and a
 * dashboard card counting the overdue requests. Everything shows only to those the server lets run it (admins).
 *
 * @example
 * <FideleAdmin plugins={[...builtInPlugins(), subjectRequestsPlugin()]} />
 */
export function subjectRequestsPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'subject-requests',
      customRoutes: [
        { path: '/subject-requests', element: <SubjectRequestsPage /> },
        { path: '/subject-requests/:id', element: <SubjectRequestPage /> },
      ],
      menu: [
        {
          to: '/subject-requests',
          label: 'fidele.subject_requests.menu',
          icon: GavelIcon,
          requires: 'subjectRequests',
        },
      ],
      dashboardWidgets: [{ id: 'overdue', component: OverdueWidget, width: 'third' }],
      slots: {
        'contacts.show': [{ id: 'log-request', component: ContactSubjectRequests, requires: 'logSubjectRequest' }],
      },
      translations: subjectRequestsTranslations,
      dataProvider: ({ client }) => createSubjectRequestsDataProvider(client),
    },
    options,
  );
}
