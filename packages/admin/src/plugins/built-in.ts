import type { FidelePlugin } from '../plugin';
import { actionsPlugin } from './actions/actions-plugin';
import { analyticsPlugin } from './analytics/analytics-plugin';
import { contactsPlugin } from './contacts/contacts-plugin';
import { overviewPlugin, type OverviewPluginOptions } from './overview/overview-plugin';
import { productsPlugin } from './products/products-plugin';
import { referencePlugin } from './reference/reference-plugin';
import { salesPlugin } from './sales/sales-plugin';

export interface BuiltInPluginsOptions {
  /** Options of the overview plugin (the currency of amounts). */
  overview?: OverviewPluginOptions;
}

/**
 * Every built-in feature, in menu order: reference lists, the overview dashboard, contacts, products, marketing
 * actions, sales and the analytics dashboards. Spread it and add your own plugins after it.
 *
 * @example
 * const plugins = [...builtInPlugins(), myReportsPlugin()];
 */
export const builtInPlugins = (options: BuiltInPluginsOptions = {}): FidelePlugin[] => [
  referencePlugin(),
  overviewPlugin(options.overview),
  contactsPlugin(),
  productsPlugin(),
  actionsPlugin(),
  salesPlugin(),
  analyticsPlugin(),
];
