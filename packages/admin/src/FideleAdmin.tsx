import { useMemo } from 'react';
import { BrowserRouter, Route, useInRouterContext } from 'react-router';
import { Admin, CustomRoutes, localStorageStore, Resource } from 'react-admin';
import { createSession } from './api/session';
import { createSessionClient } from './api/session-client';
import { createAuthProvider } from './auth/auth-provider';
import { composePlugins } from './compose-plugins';
import { Dashboard } from './dashboard/Dashboard';
import { FideleAdminContext, type FideleAdminContextValue } from './fidele-context';
import { createI18nProvider } from './i18n/i18n-provider';
import { FideleLayout } from './layout/FideleLayout';
import type { FideleLocale, FidelePlugin } from './plugin';
import { builtInPlugins } from './plugins/built-in';

export interface FideleAdminProps {
  /**
   * The Fidele GraphQL endpoint, absolute or relative to the page.
   * @default '/graphql'
   * @example 'https://crm.example.com/graphql'
   */
  apiUrl?: string;
  /**
   * The path the admin is mounted at. Standalone, the admin creates a browser router (clean URLs; the server
   * answers every path under it with index.html). Inside a host app's router, give the path of the host route
   * (declared with a trailing `/*`) and the admin uses that router.
   * @default '/admin'
   * @example '/back-office'
   */
  basename?: string;
  /**
   * Prefix of everything the admin keeps in localStorage (language, list settings, sidebar), so that two admins
   * on one origin do not share preferences.
   * @default 'fidele'
   * @example 'fidele-staging'
   */
  storeKey?: string;
  /**
   * The features of this admin, in display order (menu, dashboard). Pass a stable array (a module constant or a
   * `useMemo`): a new array rebuilds the data and i18n providers.
   * @default builtInPlugins()
   * @example [overviewPlugin({ currency: 'EUR' }), myReportsPlugin({ disabled: !featureFlags.reports })]
   */
  plugins?: readonly FidelePlugin[];
  /**
   * The language at first visit; afterwards the one chosen in the app bar is remembered in the store.
   * @default 'en'
   * @example 'fr'
   */
  locale?: FideleLocale;
  /**
   * The product name in the app bar.
   * @default 'Fidele'
   * @example 'Fidele · Acme'
   */
  title?: string;
  /**
   * The fetch used for API calls (a host app adding headers, tests). The admin sends its own login token and
   * purpose. Pass a stable function: a new one rebuilds the data provider.
   * @default globalThis.fetch
   * @example (input, init) => fetch(input, { ...init, headers: { ...init?.headers, 'x-request-id': crypto.randomUUID() } })
   */
  fetch?: typeof fetch;
}

const defaultPlugins: readonly FidelePlugin[] = builtInPlugins();

/** The plugins composed, and react-admin's providers, store and the admin's context, built once per prop change. */
function useAdminProviders({
  apiUrl,
  storeKey,
  plugins,
  locale,
  title,
  fetch,
}: Required<Pick<FideleAdminProps, 'apiUrl' | 'storeKey' | 'plugins' | 'locale' | 'title'>> &
  Pick<FideleAdminProps, 'fetch'>) {
  const composed = useMemo(() => composePlugins(plugins), [plugins]);
  // One login per store key: two admins on one origin with different keys keep separate sessions.
  const session = useMemo(() => createSession(storeKey), [storeKey]);
  const client = useMemo(
    () => createSessionClient({ url: apiUrl, session, ...(fetch ? { fetch } : {}) }),
    [apiUrl, session, fetch],
  );
  const dataProvider = useMemo(
    () => composed.createDataProvider({ apiUrl, client, session }),
    [composed, apiUrl, client, session],
  );
  const authProvider = useMemo(
    () => createAuthProvider({ url: apiUrl, session, apis: composed.access, ...(fetch ? { fetch } : {}) }),
    [apiUrl, session, composed, fetch],
  );
  const i18nProvider = useMemo(() => createI18nProvider(composed.translations, locale), [composed, locale]);
  const store = useMemo(() => localStorageStore(undefined, storeKey), [storeKey]);
  const context = useMemo<FideleAdminContextValue>(
    () => ({
      title,
      menu: composed.menu,
      dashboardWidgets: composed.dashboardWidgets,
      slots: composed.slots,
      session,
      access: composed.access,
    }),
    [title, composed, session],
  );
  return { composed, dataProvider, authProvider, i18nProvider, store, context };
}

/**
 * The Fidele back-office as one component: a react-admin app whose features come from plugins.
 *
 * @example
 * // standalone (what the server serves at /admin)
 * createRoot(el).render(<FideleAdmin apiUrl="/graphql" basename="/admin" />);
 *
 * @example
 * // inside a host app's router
 * <Route path="/back-office/*" element={<FideleAdmin basename="/back-office" plugins={plugins} locale="fr" />} />
 */
export function FideleAdmin({
  apiUrl = '/graphql',
  basename = '/admin',
  storeKey = 'fidele',
  plugins = defaultPlugins,
  locale = 'en',
  title = 'Fidele',
  fetch,
}: FideleAdminProps) {
  const { composed, dataProvider, authProvider, i18nProvider, store, context } = useAdminProviders({
    apiUrl,
    storeKey,
    plugins,
    locale,
    title,
    fetch,
  });
  const inRouter = useInRouterContext();
  const withLayout = composed.customRoutes.filter((r) => !r.noLayout);
  const withoutLayout = composed.customRoutes.filter((r) => r.noLayout);

  const admin = (
    <FideleAdminContext.Provider value={context}>
      <Admin
        title={title}
        // In our own router the basename is the router's; in a host's, react-admin prefixes its links with it.
        basename={inRouter ? basename : ''}
        dataProvider={dataProvider}
        authProvider={authProvider}
        requireAuth
        i18nProvider={i18nProvider}
        store={store}
        layout={FideleLayout}
        dashboard={Dashboard}
        disableTelemetry
      >
        {/* A function child: react-admin treats an admin with no resource and no custom route as empty and shows
            its welcome page instead of the dashboard, which is all the overview plugin adds. A function's result
            counts as ready even when it holds nothing (and is where permission-based resources will come). */}
        {() => (
          <>
            {composed.resources.map((resource) => (
              <Resource key={resource.name} {...resource} />
            ))}
            {withLayout.length > 0 ? (
              <CustomRoutes>
                {withLayout.map((r) => (
                  <Route key={r.path} path={r.path} element={r.element} />
                ))}
              </CustomRoutes>
            ) : null}
            {withoutLayout.length > 0 ? (
              <CustomRoutes noLayout>
                {withoutLayout.map((r) => (
                  <Route key={r.path} path={r.path} element={r.element} />
                ))}
              </CustomRoutes>
            ) : null}
          </>
        )}
      </Admin>
    </FideleAdminContext.Provider>
  );
  return inRouter ? admin : <BrowserRouter basename={basename}>{admin}</BrowserRouter>;
}
