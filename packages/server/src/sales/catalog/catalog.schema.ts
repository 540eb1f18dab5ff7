import { builder } from '../../kernel/graphql/builder.js';

/** Reference tables: brands, zones and product categories. Read by any authenticated principal. */
export const BrandRef = builder.prismaNode('Brand', {
  id: { field: 'id' },
  // A missing id answers null, as a hidden one does (node-missing.test.ts), not an unexpected error.
  nullable: true,
  authScopes: { authenticated: true },
  description: 'A brand of the company. Contacts, sales and actions belong to one.',
  fields: (t) => ({ code: t.exposeString('code'), name: t.exposeString('name') }),
});

export const ZoneRef = builder.prismaNode('Zone', {
  id: { field: 'id' },
  // A missing id answers null, as a hidden one does (node-missing.test.ts), not an unexpected error.
  nullable: true,
  authScopes: { authenticated: true },
  description: 'A geographic or commercial zone.',
  fields: (t) => ({ code: t.exposeString('code'), name: t.exposeString('name') }),
});

export const ProductCategoryRef = builder.prismaNode('ProductCategory', {
  id: { field: 'id' },
  // A missing id answers null, as a hidden one does (node-missing.test.ts), not an unexpected error.
  nullable: true,
  authScopes: { authenticated: true },
  description: 'A product category: the *type* of FRAT.',
  fields: (t) => ({ code: t.exposeString('code'), name: t.exposeString('name') }),
});

builder.queryFields((t) => ({
  brands: t.prismaField({
    type: ['Brand'],
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, ctx) => ctx.db.brand.findMany({ ...query, orderBy: { code: 'asc' } }),
  }),
  zones: t.prismaField({
    type: ['Zone'],
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, ctx) => ctx.db.zone.findMany({ ...query, orderBy: { code: 'asc' } }),
  }),
  productCategories: t.prismaField({
    type: ['ProductCategory'],
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, ctx) => ctx.db.productCategory.findMany({ ...query, orderBy: { code: 'asc' } }),
  }),
}));
