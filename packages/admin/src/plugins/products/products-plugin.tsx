import Inventory2Icon from '@mui/icons-material/Inventory2';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createProductsDataProvider } from './products-data-provider';
import { lazyPages } from '../lazy-pages';

const pages = lazyPages(() => import('./index'), ['list', 'show', 'edit', 'create'] as const);

const fields = (name: string, f: Record<string, string>) => ({ resources: { products: { name, fields: f } } });

/** The product catalogue: list (search, category, active), the product's page (unit cost for roles that may read it), edit. */
export function productsPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'products',
      resources: [{ name: 'products', icon: Inventory2Icon, ...pages, recordRepresentation: 'name' }],
      access: {
        products: {
          type: 'Product',
          list: 'products',
          show: 'product',
          edit: 'updateProduct',
          create: 'createProduct',
          delete: 'deleteProduct',
        },
      },
      translations: {
        en: fields('Product |||| Products', {
          code: 'Code',
          name: 'Name',
          categoryId: 'Category',
          listPrice: 'List price',
          unitCost: 'Unit cost',
          warrantyMonths: 'Warranty (months)',
          active: 'Active',
          updatedAt: 'Updated',
          q: 'Search',
        }),
        fr: fields('Produit |||| Produits', {
          code: 'Code',
          name: 'Nom',
          categoryId: 'Catégorie',
          listPrice: 'Prix catalogue',
          unitCost: 'Coût unitaire',
          warrantyMonths: 'Garantie (mois)',
          active: 'Actif',
          updatedAt: 'Modifié',
          q: 'Recherche',
        }),
      },
      dataProvider: ({ client, session }) => createProductsDataProvider(client, session),
    },
    options,
  );
}
