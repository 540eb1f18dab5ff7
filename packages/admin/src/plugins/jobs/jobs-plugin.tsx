import WorkHistoryIcon from '@mui/icons-material/WorkHistory';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createJobsDataProvider } from './jobs-data-provider';
import { jobsTranslations } from './translations';
import { lazyNamed } from '../lazy-pages';

const JobsPage = lazyNamed(() => import('./JobsPage'), 'JobsPage');

/**
 * Background jobs, for administrators: every queue and scheduled job (jobs waiting, runs running, the last run) and
 * the latest runs with their state, progress, duration, error, instance and attempt, refreshed while a job runs. The
 * menu entry follows the query `jobRuns` (admins only), as the server does.
 */
export function jobsPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'jobs',
      customRoutes: [{ path: '/jobs', element: <JobsPage /> }],
      menu: [{ to: '/jobs', label: 'fidele.jobs.menu', icon: WorkHistoryIcon, requires: 'jobRuns' }],
      translations: jobsTranslations,
      dataProvider: ({ client }) => createJobsDataProvider(client),
    },
    options,
  );
}
