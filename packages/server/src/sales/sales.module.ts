import type { FideleModule } from '../kernel/module.js';
// The context's GraphQL types, queries and mutations (each file adds its own to the builder).
import './catalog/catalog.schema.js';
import './products/product.schema.js';
import './sale.schema.js';

/** Catalogue and sales: brands and catalogues, products, sales and their lines. */
export const salesModule: FideleModule = {
  name: 'sales',
};
