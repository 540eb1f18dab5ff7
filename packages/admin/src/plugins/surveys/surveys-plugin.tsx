import PollIcon from '@mui/icons-material/Poll';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createSurveysDataProvider } from './surveys-data-provider';
import { surveysTranslations } from './translations';
import { lazyNamed } from '../lazy-pages';

const SurveyListPage = lazyNamed(() => import('./SurveyListPage'), 'SurveyListPage');

const SurveyPage = lazyNamed(() => import('./SurveyPage'), 'SurveyPage');

/**
 * Surveys: the list, a builder for drafts (rating, NPS, choice and free-text questions), sending to a segment or
 * to the contacts of a search (with the report of who was left out for lack of consent), and the results with
 * response rate, satisfaction and NPS charts, for everyone or one segment.
 */
export function surveysPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'surveys',
      customRoutes: [
        { path: '/surveys', element: <SurveyListPage /> },
        { path: '/surveys/:id', element: <SurveyPage /> },
      ],
      menu: [{ to: '/surveys', label: 'fidele.surveys.menu', icon: PollIcon, requires: 'surveys' }],
      translations: surveysTranslations,
      dataProvider: ({ client }) => createSurveysDataProvider(client),
    },
    options,
  );
}
