import GroupsIcon from '@mui/icons-material/Groups';
import SpeedIcon from '@mui/icons-material/Speed';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createSegmentsDataProvider } from './segments-data-provider';
import { segmentsTranslations } from './translations';
import { lazyPages, lazyNamed } from '../lazy-pages';

const pages = lazyPages(() => import('./index'), ['list', 'show', 'create', 'edit'] as const);

const PressureRulesPage = lazyNamed(() => import('./PressureRulesPage'), 'PressureRulesPage');

/**
 * Segments and targeting: the segment builder with a live count of the contacts it selects, segments listed and
 * shown with their members, "target an action" from a segment with a control group and the exclusion report by
 * reason, and the commercial pressure rules (marketing and administrators).
 *
 * @example
 * <FideleAdmin plugins={[...builtInPlugins(), segmentsPlugin()]} />
 */
export function segmentsPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'segments',
      resources: [{ name: 'segments', icon: GroupsIcon, ...pages, recordRepresentation: 'name' }],
      access: {
        segments: {
          type: 'Segment',
          list: 'segments',
          show: 'segments',
          create: 'createSegment',
          edit: 'updateSegment',
          delete: 'deleteSegment',
        },
      },
      customRoutes: [{ path: '/pressure-rules', element: <PressureRulesPage /> }],
      menu: [
        { to: '/pressure-rules', label: 'fidele.segments.pressure.menu', icon: SpeedIcon, requires: 'pressureRules' },
      ],
      translations: segmentsTranslations,
      dataProvider: ({ client }) => createSegmentsDataProvider(client),
    },
    options,
  );
}
