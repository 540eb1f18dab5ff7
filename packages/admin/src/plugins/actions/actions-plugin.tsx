import CampaignIcon from '@mui/icons-material/Campaign';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createActionsDataProvider } from './actions-data-provider';
import pages from './index';
import { actionsTranslations } from './translations';

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
      translations: actionsTranslations,
      dataProvider: ({ client }) => createActionsDataProvider(client),
    },
    options,
  );
}
