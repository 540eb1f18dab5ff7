import CampaignIcon from '@mui/icons-material/Campaign';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createActionsDataProvider } from './actions-data-provider';
import { createMessageDataProvider } from './message-data-provider';
import { withMessageTranslations } from './message-translations';
import { ActionSendingPanel } from './sending/ActionSendingPanel';
import { createSendingDataProvider } from './sending/sending-data-provider';
import { withSendingTranslations } from './sending/sending-translations';
import { actionsTranslations } from './translations';
import { lazyPages, lazyNamed } from '../lazy-pages';

const pages = lazyPages(() => import('./index'), ['list', 'show', 'edit', 'create'] as const);

const ActionMessagePanel = lazyNamed(() => import('./ActionMessagePanel'), 'ActionMessagePanel');

/**
 * Marketing actions: list with filters, the action's page (its performance from the analytics API, the products it
 * promotes, its targets) and edit. Also serves `targets` (an action's or a contact's) and the comparison method
 * the analytics dashboards use. Create for roles the server lets create actions.
 */
export function actionsPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'actions',
      resources: [
        {
          name: 'actions',
          icon: CampaignIcon,
          ...pages,
          recordRepresentation: (r: { code: string; name: string }) => `${r.code} · ${r.name}`,
        },
        { name: 'targets' },
      ],
      access: {
        actions: {
          type: 'MarketingAction',
          list: 'marketingActions',
          show: 'marketingAction',
          edit: 'updateMarketingAction',
          create: 'createMarketingAction',
        },
        targets: { type: 'ActionTarget', list: 'actionTargets' },
      },
      // The action's message (templates, preview, test send), for the roles that may write it.
      slots: {
        'actions.show': [
          { id: 'message', component: ActionMessagePanel, requires: 'setActionMessage' },
          // Sending: the Send button, the progress and the delivery log (readers of the figures see the progress).
          { id: 'sending', component: ActionSendingPanel, requires: 'marketingAction' },
        ],
      },
      translations: withSendingTranslations(withMessageTranslations(actionsTranslations)),
      dataProvider: ({ client }) => ({
        ...createActionsDataProvider(client),
        ...createMessageDataProvider(client),
        ...createSendingDataProvider(client),
      }),
    },
    options,
  );
}
