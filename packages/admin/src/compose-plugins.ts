import type { DataProvider, ResourceProps } from 'react-admin';
import type {
  DashboardWidget,
  FideleLocale,
  FidelePlugin,
  Messages,
  PluginContext,
  PluginDataProvider,
  PluginMenuItem,
  PluginRoute,
  PluginSlotItem,
  ResourceApi,
} from './plugin';

/** Everything the plugins of one admin add, combined in the order of the `plugins` prop. */
export interface ComposedPlugins {
  names: string[];
  resources: ResourceProps[];
  customRoutes: PluginRoute[];
  menu: PluginMenuItem[];
  /** Widgets with their ids prefixed by their plugin's name (`overview.contacts`). */
  dashboardWidgets: DashboardWidget[];
  /** Slot components by slot name, with their ids prefixed by their plugin's name (`consents.consents`). */
  slots: Record<string, PluginSlotItem[]>;
  translations: Record<FideleLocale, Messages>;
  /** The API operations behind each resource (see {@link ResourceApi}). */
  access: Record<string, ResourceApi>;
  /** The admin's data provider: each resource to its plugin, custom methods merged. */
  createDataProvider(context: PluginContext): DataProvider;
}

/** react-admin's methods that take a resource as first argument. */
const resourceMethods = [
  'getList',
  'getOne',
  'getMany',
  'getManyReference',
  'create',
  'update',
  'updateMany',
  'delete',
  'deleteMany',
] as const;
type ResourceMethod = (typeof resourceMethods)[number];

/**
 * Combines plugins. Lists are concatenated and translations deep-merged (a later plugin may reword a message,
 * never remove one). A duplicate plugin name, resource, widget id or custom data provider method throws: two
 * plugins silently replacing each other's work is the failure this guards against.
 */
export function composePlugins(plugins: readonly FidelePlugin[]): ComposedPlugins {
  const names = new Set<string>();
  const resourceOwner = new Map<string, string>();
  for (const plugin of plugins) {
    if (names.has(plugin.name)) throw new Error(`Fidele admin: two plugins are named "${plugin.name}"`);
    names.add(plugin.name);
    for (const resource of plugin.resources ?? []) {
      const owner = resourceOwner.get(resource.name);
      if (owner)
        throw new Error(
          `Fidele admin: plugins "${owner}" and "${plugin.name}" both declare the resource "${resource.name}"`,
        );
      resourceOwner.set(resource.name, plugin.name);
    }
    const widgetIds = new Set<string>();
    for (const widget of plugin.dashboardWidgets ?? []) {
      if (widgetIds.has(widget.id))
        throw new Error(`Fidele admin: plugin "${plugin.name}" has two dashboard widgets with the id "${widget.id}"`);
      widgetIds.add(widget.id);
    }
    if (plugin.resources?.length && !plugin.dataProvider) {
      throw new Error(`Fidele admin: plugin "${plugin.name}" declares resources but no dataProvider to serve them`);
    }
  }

  const translations: Record<FideleLocale, Messages> = { en: {}, fr: {} };
  for (const plugin of plugins) {
    for (const locale of ['en', 'fr'] as const) {
      const messages = plugin.translations?.[locale];
      if (messages) translations[locale] = mergeMessages(translations[locale], messages);
    }
  }

  return {
    names: [...names],
    resources: plugins.flatMap((p) => p.resources ?? []),
    customRoutes: plugins.flatMap((p) => p.customRoutes ?? []),
    menu: plugins.flatMap((p) => p.menu ?? []),
    dashboardWidgets: plugins.flatMap((p) =>
      (p.dashboardWidgets ?? []).map((w) => ({ ...w, id: `${p.name}.${w.id}` })),
    ),
    slots: composeSlots(plugins),
    translations,
    access: Object.assign({}, ...plugins.map((p) => p.access ?? {})) as Record<string, ResourceApi>,
    createDataProvider: (context) => composeDataProvider(plugins, context),
  };
}

/** Slot components of every plugin, concatenated by slot in plugin order; a duplicate id within one plugin and slot throws. */
function composeSlots(plugins: readonly FidelePlugin[]): Record<string, PluginSlotItem[]> {
  const slots: Record<string, PluginSlotItem[]> = {};
  for (const plugin of plugins) {
    for (const [slot, items] of Object.entries(plugin.slots ?? {})) {
      const ids = new Set<string>();
      for (const item of items) {
        if (ids.has(item.id))
          throw new Error(
            `Fidele admin: plugin "${plugin.name}" has two components with the id "${item.id}" in the slot "${slot}"`,
          );
        ids.add(item.id);
        (slots[slot] ??= []).push({ ...item, id: `${plugin.name}.${item.id}` });
      }
    }
  }
  return slots;
}

/**
 * One react-admin data provider from the plugins': resource methods are routed to the plugin that declares the
 * resource; other methods are custom (`getOverview`) and copied as they are.
 */
export function composeDataProvider(plugins: readonly FidelePlugin[], context: PluginContext): DataProvider {
  const byResource = new Map<string, { plugin: string; provider: PluginDataProvider }>();
  const custom: Record<string, unknown> = {};
  const customOwner = new Map<string, string>();
  for (const plugin of plugins) {
    if (!plugin.dataProvider) continue;
    const provider = plugin.dataProvider(context);
    for (const resource of plugin.resources ?? []) byResource.set(resource.name, { plugin: plugin.name, provider });
    for (const [method, fn] of Object.entries(provider)) {
      if ((resourceMethods as readonly string[]).includes(method) || typeof fn !== 'function') continue;
      const owner = customOwner.get(method);
      if (owner)
        throw new Error(
          `Fidele admin: plugins "${owner}" and "${plugin.name}" both define the data provider method "${method}"`,
        );
      customOwner.set(method, plugin.name);
      custom[method] = (fn as (...args: unknown[]) => unknown).bind(provider);
    }
  }

  const route =
    (method: ResourceMethod) =>
    (resource: string, params: unknown): Promise<never> => {
      const entry = byResource.get(resource);
      if (!entry) {
        const served = [...byResource.keys()];
        return Promise.reject(
          new Error(
            `Fidele admin: no plugin serves the resource "${resource}" (${method}). ` +
              (served.length ? `Resources served: ${served.join(', ')}.` : 'No enabled plugin declares any resource.'),
          ),
        );
      }
      const fn = entry.provider[method] as ((resource: string, params: unknown) => Promise<never>) | undefined;
      if (!fn)
        return Promise.reject(
          new Error(`Fidele admin: plugin "${entry.plugin}" does not support ${method} on "${resource}"`),
        );
      return fn.call(entry.provider, resource, params);
    };

  const provider: Record<string, unknown> = { ...custom };
  for (const method of resourceMethods) provider[method] = route(method);
  return provider as unknown as DataProvider;
}

/** Deep merge of nested messages; `extra` wins on a leaf. Neither argument is modified. */
export function mergeMessages(base: Messages, extra: Messages): Messages {
  const out: Messages = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? mergeMessages(current, value) : value;
  }
  return out;
}
