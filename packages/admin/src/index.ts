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
  type PluginSlotItem,
  type ResourceApi,
  type WidgetWidth,
} from './plugin';
export { overviewPlugin, type OverviewPluginOptions } from './plugins/overview/overview-plugin';
export { builtInPlugins, type BuiltInPluginsOptions } from './plugins/built-in';
export { referencePlugin } from './plugins/reference/reference-plugin';
export { contactsPlugin } from './plugins/contacts/contacts-plugin';
export { productsPlugin } from './plugins/products/products-plugin';
export { actionsPlugin } from './plugins/actions/actions-plugin';
export { salesPlugin } from './plugins/sales/sales-plugin';
export { analyticsPlugin } from './plugins/analytics/analytics-plugin';
export { consentsPlugin } from './plugins/consents/consents-plugin';
export { scoresPlugin } from './plugins/scores/scores-plugin';
export { targetingPlugin } from './plugins/targeting/targeting-plugin';
export { duplicatesPlugin } from './plugins/duplicates/duplicates-plugin';
export { importsPlugin } from './plugins/imports/imports-plugin';
export { auditPlugin } from './plugins/audit/audit-plugin';
export { staffPlugin } from './plugins/staff/staff-plugin';
export { PluginSlot, Section } from './slots/PluginSlot';
export { PersonalField, Restricted, WithheldChip } from './fields/PersonalField';
export { useCanRead, useMayRun, useSessionState, useSlot } from './fidele-context';
export type { Session, SessionState, ServerPermissions } from './api/session';
export { DashboardCard, type DashboardCardProps } from './dashboard/DashboardCard';
