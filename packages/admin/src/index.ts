/** The library entry: what a host app imports to embed the Fidele admin or write a plugin. */
export { FideleAdmin, type FideleAdminProps } from './FideleAdmin';
export {
  definePlugin,
  type DashboardWidget,
  type FideleLocale,
  type FidelePlugin,
  type FidelePluginFactory,
  type Messages,
  type PluginContext,
  type PluginDataProvider,
  type PluginMenuItem,
  type PluginOptions,
  type PluginRoute,
  type WidgetWidth,
} from './plugin';
export { overviewPlugin, type OverviewPluginOptions } from './plugins/overview/overview-plugin';
export { DashboardCard, type DashboardCardProps } from './dashboard/DashboardCard';
export { createGraphQLClient, graphqlDocument, GraphQLRequestError, type GraphQLClient, type TypedDocument } from './api/graphql-client';
