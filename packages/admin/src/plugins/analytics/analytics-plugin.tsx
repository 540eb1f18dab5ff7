import BarChartIcon from '@mui/icons-material/BarChart';
import GridViewIcon from '@mui/icons-material/GridView';
import PieChartIcon from '@mui/icons-material/PieChart';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createAnalyticsDataProvider } from './analytics-data-provider';
import { analyticsTranslations } from './translations';
import { lazyNamed } from '../lazy-pages';

const ActionComparisonPage = lazyNamed(() => import('./ActionComparisonPage'), 'ActionComparisonPage');

const DistributionPage = lazyNamed(() => import('./DistributionPage'), 'DistributionPage');

const RfmPage = lazyNamed(() => import('./RfmPage'), 'RfmPage');

/**
 * Dashboards on the analytics API: action comparison (chart and table), RFM segments (segment sizes and the
 * recency × frequency grid, with a button to compute a snapshot) and contact distributions (by source action and
 * by location). The menu shows them to roles the server lets run them.
 */
export function analyticsPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'analytics',
      customRoutes: [
        { path: '/dashboards/actions', element: <ActionComparisonPage /> },
        { path: '/dashboards/rfm', element: <RfmPage /> },
        { path: '/dashboards/distribution', element: <DistributionPage /> },
      ],
      menu: [
        {
          to: '/dashboards/actions',
          label: 'fidele.analytics.menu_comparison',
          icon: BarChartIcon,
          requires: 'actionComparison',
        },
        { to: '/dashboards/rfm', label: 'fidele.analytics.menu_rfm', icon: GridViewIcon, requires: 'scoreSnapshots' },
        {
          to: '/dashboards/distribution',
          label: 'fidele.analytics.menu_distribution',
          icon: PieChartIcon,
          requires: 'contactDistribution',
        },
      ],
      translations: analyticsTranslations,
      dataProvider: ({ client }) => createAnalyticsDataProvider(client),
    },
    options,
  );
}
