import BoltIcon from '@mui/icons-material/Bolt';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createTriggersDataProvider } from './triggers-data-provider';
import { triggersTranslations } from './translations';
import { lazyNamed } from '../lazy-pages';

const TriggersPage = lazyNamed(() => import('./TriggersPage'), 'TriggersPage');

/**
 * Behaviour triggers: the list with each trigger's kind-specific parameters, a form to create and edit them (the
 * parameters shown follow the kind), the firings of a trigger (targeted, or why not), and a "run now" button (or
 * a dry run) that shows what each trigger did. The menu entry shows to those the server lets read `triggers`
 * (admins, marketing, analysts); writing and running need `createTrigger` / `runTriggers` (admins, marketing).
 */
export function triggersPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'triggers',
      customRoutes: [{ path: '/triggers', element: <TriggersPage /> }],
      menu: [{ to: '/triggers', label: 'fidele.triggers.menu', icon: BoltIcon, requires: 'triggers' }],
      translations: triggersTranslations,
      dataProvider: ({ client }) => createTriggersDataProvider(client),
    },
    options,
  );
}
