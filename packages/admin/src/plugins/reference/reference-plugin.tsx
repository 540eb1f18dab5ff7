import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createReferenceDataProvider } from './reference-data-provider';

/**
 * The reference lists other plugins point at (brands, zones, product categories): resources without pages, for
 * reference inputs and fields. Required by contacts, products, actions and sales.
 */
export function referencePlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'reference',
      resources: [
        { name: 'brands', recordRepresentation: 'name' },
        { name: 'zones', recordRepresentation: 'name' },
        { name: 'productCategories', recordRepresentation: 'name' },
      ],
      translations: {
        en: {
          resources: {
            brands: { name: 'Brand |||| Brands' },
            zones: { name: 'Zone |||| Zones' },
            productCategories: { name: 'Category |||| Categories' },
          },
        },
        fr: {
          resources: {
            brands: { name: 'Marque |||| Marques' },
            zones: { name: 'Zone |||| Zones' },
            productCategories: { name: 'Catégorie |||| Catégories' },
          },
        },
      },
      dataProvider: ({ client, session }) => createReferenceDataProvider(client, session),
    },
    options,
  );
}
