import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createSalesDataProvider } from './sales-data-provider';
import { lazyPages } from '../lazy-pages';

const pages = lazyPages(() => import('./index'), ['list', 'show'] as const);

const t = (name: string, fields: Record<string, string>) => ({ resources: { sales: { name, fields } } });

/** Sales: list (channel, brand, converted) and the sale's page with its lines (gross margin for roles that may read it). */
export function salesPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'sales',
      resources: [
        {
          name: 'sales',
          icon: ShoppingCartIcon,
          ...pages,
          recordRepresentation: (r: { saleDate: string }) => r.saleDate.slice(0, 10),
        },
      ],
      access: { sales: { type: 'Sale', list: 'sales', show: 'sale', edit: 'updateSale', delete: 'deleteSale' } },
      translations: {
        en: t('Sale |||| Sales', {
          saleDate: 'Date',
          channel: 'Channel',
          brandId: 'Brand',
          lineCount: 'Lines',
          total: 'Total',
          attributedActionId: 'Attributed action',
          contactId: 'Contact',
          grossMargin: 'Gross margin',
          lines: 'Lines',
          product: 'Product',
          productName: 'Name',
          quantity: 'Quantity',
          unitPrice: 'Unit price',
          amount: 'Amount',
          converted: 'Converted a target',
        }),
        fr: t('Vente |||| Ventes', {
          saleDate: 'Date',
          channel: 'Canal',
          brandId: 'Marque',
          lineCount: 'Lignes',
          total: 'Total',
          attributedActionId: 'Action attribuée',
          contactId: 'Contact',
          grossMargin: 'Marge brute',
          lines: 'Lignes',
          product: 'Produit',
          productName: 'Nom',
          quantity: 'Quantité',
          unitPrice: 'Prix unitaire',
          amount: 'Montant',
          converted: 'A converti une cible',
        }),
      },
      dataProvider: ({ client, session }) => createSalesDataProvider(client, session),
    },
    options,
  );
}
