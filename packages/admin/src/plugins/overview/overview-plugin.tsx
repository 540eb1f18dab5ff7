import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { ActionCountWidget, ContactCountWidget, ProductCountWidget, saleCountWidget } from './CountWidgets';
import { createOverviewDataProvider } from './overview-data-provider';
import { overviewTranslations } from './translations';
import { lazyNamed } from '../lazy-pages';

export interface OverviewPluginOptions extends PluginOptions {
  /**
   * The currency of sale amounts (an ISO 4217 code). The API stores money in the company's currency without
   * naming it; this tells the charts how to display it.
   * @default 'EUR'
   * @example 'CHF'
   */
  currency?: string;
}

const SalesByMonthChart = lazyNamed<{ currency: string }>(() => import('./SalesByMonthChart'), 'SalesByMonthChart');

const ActionsByMediumChart = lazyNamed(() => import('./ActionsByMediumChart'), 'ActionsByMediumChart');

const ContactsByKindChart = lazyNamed(() => import('./ContactsByKindChart'), 'ContactsByKindChart');

/**
 * The database at a glance, on the dashboard: key figures (contacts, products, marketing actions, sales),
 * contacts by kind, monthly revenue and marketing actions by medium. Reads only the API's non-personal
 * `overview` aggregates.
 *
 * @example
 * <FideleAdmin plugins={[overviewPlugin({ currency: 'EUR' })]} />
 */
export function overviewPlugin(options: OverviewPluginOptions = {}): FidelePlugin {
  const currency = options.currency ?? 'EUR';
  const SalesWidget = () => <SalesByMonthChart currency={currency} />;
  return definePlugin(
    {
      name: 'overview',
      dashboardWidgets: [
        { id: 'contacts', component: ContactCountWidget, width: 'quarter' },
        { id: 'products', component: ProductCountWidget, width: 'quarter' },
        { id: 'actions', component: ActionCountWidget, width: 'quarter' },
        { id: 'sales', component: saleCountWidget(currency), width: 'quarter' },
        { id: 'sales-by-month', component: SalesWidget, width: 'full' },
        { id: 'contacts-by-kind', component: ContactsByKindChart, width: 'half' },
        { id: 'actions-by-medium', component: ActionsByMediumChart, width: 'half' },
      ],
      translations: overviewTranslations,
      dataProvider: ({ client }) => createOverviewDataProvider(client),
    },
    options,
  );
}
