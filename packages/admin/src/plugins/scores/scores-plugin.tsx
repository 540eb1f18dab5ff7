import InsightsIcon from '@mui/icons-material/Insights';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createScoresDataProvider } from './scores-data-provider';
import { scoresTranslations } from './translations';
import { lazyNamed } from '../lazy-pages';

const ContactScores = lazyNamed(() => import('./ContactScores'), 'ContactScores');

const LifetimeValueValidationPage = lazyNamed(
  () => import('./LifetimeValueValidationPage'),
  'LifetimeValueValidationPage',
);

/**
 * Scores on the contact's page (slot `contacts.show`): the latest RFM scores, segment and predicted lifetime value
 * under the model and horizon the user picks, with its assumptions, for the roles the server lets run
 * `contactScore` (ADMIN, ANALYST, MARKETING); for a contact who has not consented to profiling, a "Consent
 * required" chip instead. Also the lifetime-value validation dashboard (`/dashboards/lifetime-value`): the models
 * compared on a holdout per brand.
 */
export function scoresPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'scores',
      slots: { 'contacts.show': [{ id: 'scores', component: ContactScores, requires: 'contactScore' }] },
      customRoutes: [{ path: '/dashboards/lifetime-value', element: <LifetimeValueValidationPage /> }],
      menu: [
        {
          to: '/dashboards/lifetime-value',
          label: 'fidele.clv.menu',
          icon: InsightsIcon,
          requires: 'lifetimeValueValidation',
        },
      ],
      translations: scoresTranslations,
      dataProvider: ({ client, session }) => createScoresDataProvider(client, session),
    },
    options,
  );
}
