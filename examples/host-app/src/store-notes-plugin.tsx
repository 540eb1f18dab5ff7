import StorefrontIcon from '@mui/icons-material/Storefront';
import { Card, CardContent, List, ListItem, ListItemText, Typography } from '@mui/material';
import { definePlugin, DashboardCard, type FidelePlugin, type PluginOptions } from '@fidele/admin';
import { useQuery } from '@tanstack/react-query';
import { Title, useDataProvider, useTranslate } from 'react-admin';

export interface StoreNotesOptions extends PluginOptions {
  /** The shops listed on the page. @example [{ name: 'Lyon Part-Dieu', manager: 'Zoé' }] */
  stores: { name: string; manager: string }[];
}

/** A dashboard card of the host's own: its shops, and the number of prospects the panel's contacts resource counts. */
const StoresWidget = ({ stores }: { stores: StoreNotesOptions['stores'] }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  // The host's plugin reads through the panel's data provider like any built-in one (same login, same purpose).
  const prospects = useQuery({
    queryKey: ['acme', 'prospects'],
    queryFn: () =>
      dataProvider.getList('contacts', {
        filter: { kind: ['PROSPECT'] },
        pagination: { page: 1, perPage: 1 },
        sort: { field: 'id', order: 'ASC' },
      }),
  });
  return (
    <DashboardCard
      title="acme.stores.title"
      subtitle="acme.stores.subtitle"
      loading={prospects.isPending}
      error={prospects.error}
      onRetry={() => void prospects.refetch()}
    >
      <Typography variant="h4" component="p">
        <data value={prospects.data?.total ?? 0}>{prospects.data?.total ?? 0}</data>
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('acme.stores.prospects', { count: stores.length })}
      </Typography>
    </DashboardCard>
  );
};

const StoresPage = ({ stores }: { stores: StoreNotesOptions['stores'] }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="acme.stores.title" />
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('acme.stores.title')}
        </Typography>
        <List aria-label={translate('acme.stores.title')}>
          {stores.map((s) => (
            <ListItem key={s.name} disableGutters>
              <ListItemText primary={s.name} secondary={translate('acme.stores.manager', { name: s.manager })} />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};

/**
 * The host's own plugin, written exactly like a built-in one: a factory `(options) => plugin` finished with
 * `definePlugin`, adding a page, a menu entry, a dashboard card and its messages in both languages.
 */
export function storeNotesPlugin(options: StoreNotesOptions): FidelePlugin {
  const Widget = () => <StoresWidget stores={options.stores} />;
  return definePlugin(
    {
      name: 'acme-stores',
      customRoutes: [{ path: '/stores', element: <StoresPage stores={options.stores} /> }],
      menu: [{ to: '/stores', label: 'acme.stores.menu', icon: StorefrontIcon }],
      dashboardWidgets: [{ id: 'stores', component: Widget, width: 'third' }],
      translations: {
        en: {
          acme: {
            stores: {
              menu: 'Our stores',
              title: 'Acme stores',
              subtitle: 'Prospects to visit',
              prospects: 'prospects for our %{count} stores',
              manager: 'Managed by %{name}',
            },
          },
        },
        fr: {
          acme: {
            stores: {
              menu: 'Nos magasins',
              title: 'Magasins Acme',
              subtitle: 'Prospects à visiter',
              prospects: 'prospects pour nos %{count} magasins',
              manager: 'Dirigé par %{name}',
            },
          },
        },
      },
    },
    options,
  );
}
