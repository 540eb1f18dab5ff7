import type { ComponentType, ReactNode } from 'react';
import type { DataProvider, ResourceProps } from 'react-admin';
import type { FideleClient } from '@fidele/sdk';
import type { Session } from './api/session';

/** The languages of the admin. */
export type FideleLocale = 'en' | 'fr';

/** Nested translation messages, merged into react-admin's (`resources.contacts.name`, `fidele.overview.title`...). */
export interface Messages {
  [key: string]: string | Messages;
}

/** What a plugin's data provider factory receives from `<FideleAdmin>`. */
export interface PluginContext {
  /** The GraphQL endpoint given to `<FideleAdmin apiUrl>`. */
  apiUrl: string;
  /**
   * The SDK client on that endpoint, speaking as the logged-in user with the purpose picked in the app bar (both
   * read at each call: the object is stable across logins and purpose changes).
   */
  client: FideleClient;
  /** The login: user, token, purpose and the permissions the server published. */
  session: Session;
}

/**
 * The API operations behind a resource, so that the admin can mirror the server's permissions (`myPermissions`)
 * without a copy of the rules: a page or button shows only when the user may run its operation, a field only when
 * the user may read `type.field`. The server enforces the same rules regardless.
 *
 * @example { type: 'Contact', list: 'contacts', show: 'contact', create: 'createContact', edit: 'updateContact' }
 */
export interface ResourceApi {
  /** The GraphQL type of the records, for field rules (`Contact` → `Contact.incomeBand`). */
  type: string;
  /** Root query fields of the list and show pages. */
  list?: string;
  show?: string;
  /** Root mutation fields of the create, edit and delete actions (absent: the action is not offered). */
  create?: string;
  edit?: string;
  delete?: string;
}

/**
 * What a plugin's data provider offers: react-admin's methods for the resources the plugin declares, and any
 * custom method (`getOverview`...) that its components call through `useDataProvider()`.
 */
export type PluginDataProvider = Partial<DataProvider>;

/** An entry of the side menu. */
export interface PluginMenuItem {
  /** Path inside the admin. @example '/reports/rfm' */
  to: string;
  /** A translation key (or plain text). @example 'fidele.reports.menu' */
  label: string;
  /** A Material UI icon. */
  icon?: ComponentType;
  /**
   * A root query field the page runs: the entry shows only when the server says the user may run it
   * (`myPermissions.queries`). The page is still reachable by URL; the server answers FORBIDDEN there.
   * @example 'actionComparison'
   */
  requires?: string;
}

/** A page outside react-admin's resources. */
export interface PluginRoute {
  /** @example '/reports/rfm' */
  path: string;
  element: ReactNode;
  /**
   * Render without the admin's layout (app bar and menu).
   * @default false
   */
  noLayout?: boolean;
}

/** How much of the dashboard's width a widget takes on a large screen (it takes the full width on a phone). */
export type WidgetWidth = 'quarter' | 'third' | 'half' | 'two-thirds' | 'full';

/** A card of the dashboard. */
export interface DashboardWidget {
  /** Unique within its plugin; the dashboard prefixes it with the plugin's name. @example 'contacts-by-kind' */
  id: string;
  component: ComponentType;
  /** @default 'half' */
  width?: WidgetWidth;
}

/**
 * A component a plugin adds to a place another plugin's page offers (a slot), such as a section of the contact's
 * page (`contacts.show`, rendered inside the contact's record context) or a bulk action of the contacts list
 * (`contacts.bulkActions`, rendered inside the list context with the selected ids).
 */
export interface PluginSlotItem {
  /** Unique within its plugin and slot; the admin prefixes it with the plugin's name. @example 'consents' */
  id: string;
  component: ComponentType;
  /**
   * A root query or mutation field the component needs: it renders only when the server says the user may run
   * it (`myPermissions.queries` / `mutations`). The server enforces the rule regardless.
   * @example 'contactScore'
   */
  requires?: string;
}

/**
 * A plugin: a plain object describing what a feature adds to the admin. Build one with a factory
 * `(options) => plugin` that ends with {@link definePlugin}, so that every plugin honours `disabled` the same way.
 *
 * Plugins extend and chain, never replace: the admin concatenates resources, routes, menu entries and widgets in
 * the order of the `plugins` prop, deep-merges translations, and routes each resource to the data provider of
 * the plugin that declares it. Two plugins claiming the same resource or custom data provider method is an error.
 *
 * @example
 * export const reportsPlugin = (options: ReportsOptions = {}): FidelePlugin =>
 *   definePlugin({
 *     name: 'reports',
 *     customRoutes: [{ path: '/reports', element: <Reports /> }],
 *     menu: [{ to: '/reports', label: 'fidele.reports.menu', icon: BarChartIcon }],
 *     translations: { en: { fidele: { reports: { menu: 'Reports' } } }, fr: { fidele: { reports: { menu: 'Rapports' } } } },
 *   }, options);
 */
export interface FidelePlugin {
  /** Unique among the plugins of one admin. @example 'overview' */
  name: string;
  /** react-admin resources (`<Resource>` props). Served by this plugin's `dataProvider`. */
  resources?: ResourceProps[];
  /** The API operations behind each of its resources, by resource name: how its pages and fields are permitted. */
  access?: Record<string, ResourceApi>;
  customRoutes?: PluginRoute[];
  menu?: PluginMenuItem[];
  dashboardWidgets?: DashboardWidget[];
  /**
   * Components for the slots other plugins' pages offer, by slot name (`contacts.show`, `contacts.bulkActions`,
   * `contacts.listActions`), concatenated in plugin order.
   */
  slots?: Record<string, PluginSlotItem[]>;
  translations?: { [L in FideleLocale]?: Messages };
  /**
   * Builds the data provider of this plugin's resources and custom methods. A factory because the API's URL is
   * a prop of `<FideleAdmin>`, unknown when the plugin is created.
   */
  dataProvider?: (context: PluginContext) => PluginDataProvider;
}

/** Options every plugin factory accepts. */
export interface PluginOptions {
  /**
   * Removes the plugin's UI (widgets, menu entries, pages, resource views) but keeps its shape: the name,
   * translations, data provider and resource names stay, so references to its resources and anything that
   * depends on its messages keep working.
   * @default false
   */
  disabled?: boolean;
}

/** A plugin factory. */
export type FidelePluginFactory<O extends PluginOptions = PluginOptions> = (options?: O) => FidelePlugin;

/**
 * Finishes a plugin in a factory: applies the common options (`disabled`).
 *
 * @example
 * export const overviewPlugin = (options: OverviewPluginOptions = {}) => definePlugin({ name: 'overview', ... }, options);
 */
export function definePlugin(plugin: FidelePlugin, options: PluginOptions = {}): FidelePlugin {
  if (!options.disabled) return plugin;
  return {
    ...plugin,
    // A resource without views is still registered: reference fields and record representations keep working.
    resources: plugin.resources?.map(({ name, recordRepresentation, options: resourceOptions }) => ({
      name,
      ...(recordRepresentation !== undefined ? { recordRepresentation } : {}),
      ...(resourceOptions !== undefined ? { options: resourceOptions } : {}),
    })),
    customRoutes: [],
    menu: [],
    dashboardWidgets: [],
    slots: {},
  };
}
