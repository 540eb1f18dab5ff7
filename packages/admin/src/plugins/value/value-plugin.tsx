import SwapVertIcon from '@mui/icons-material/SwapVert';
import TableChartIcon from '@mui/icons-material/TableChart';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { valueTranslations } from './translations';
import { createValueDataProvider } from './value-data-provider';
import { lazyNamed } from '../lazy-pages';

const CohortPage = lazyNamed(() => import('./CohortPage'), 'CohortPage');

const MigrationPage = lazyNamed(() => import('./MigrationPage'), 'MigrationPage');

/**
 * Value made actionable: the RFM migration matrix between two snapshots (a heat-map table) and cohort tables by
 * first-purchase month or source action (a retention heat map and a chart). The menu shows them to roles the
 * server lets run `rfmMigration` and `cohorts`.
 */
export function valuePlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'value',
      customRoutes: [
        { path: '/dashboards/rfm-migration', element: <MigrationPage /> },
        { path: '/dashboards/cohorts', element: <CohortPage /> },
      ],
      menu: [
        {
          to: '/dashboards/rfm-migration',
          label: 'fidele.value.menu_migration',
          icon: SwapVertIcon,
          requires: 'rfmMigration',
        },
        { to: '/dashboards/cohorts', label: 'fidele.value.menu_cohorts', icon: TableChartIcon, requires: 'cohorts' },
      ],
      translations: valueTranslations,
      dataProvider: ({ client }) => createValueDataProvider(client),
    },
    options,
  );
}
