import { rereadFrom, versionedMutations } from '../../kernel/graphql/versioned-mutations.js';
import { filteredList } from '../../kernel/graphql/connections.js';
import { builder } from '../../kernel/graphql/builder.js';
import { fieldProblem, validationError } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import { money } from '../../kernel/money.js';
import { confidential } from '../../kernel/field-rules.js';
import { contactRelation } from '../../privacy/access/contact-access.js';
import { productList } from './product.filter.js';
import { ProductInput, ProductPatch } from './product.input.js';
import { createProduct, deleteProduct, updateProduct } from './product.service.js';
import type { Context } from '../../kernel/context.js';
import { countsByParent, relatedCount } from '../../kernel/graphql/related-count.js';

/** A product or service the company sells and its actions promote. The catalogue is not scoped by brand. */
const visibleLines = (ctx: Context) => ({ sale: { contact: contactRelation(ctx) } });

/** A product's visible lines, counted for the products of the response only (kernel/graphql/related-count.ts). */
const saleLineCount = relatedCount(async (ctx, productIds) => {
  // Awaited apart: passed straight on, the call's type would be inferred from the parameter (a Prisma quirk).
  const rows = await ctx.db.saleLine.groupBy({
    by: ['productId'],
    where: { productId: { in: productIds }, ...visibleLines(ctx) },
    _count: { _all: true },
  });
  return countsByParent(rows, 'productId');
});

export const ProductRef = builder.prismaNode('Product', {
  id: { field: 'id' },
  // Only the columns the query asks for (plus those a field declares): kernel/KERNEL.md, "Reads".
  select: { id: true },
  authScopes: { authenticated: true },
  nullable: true,
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Unique product code.' }),
    name: t.exposeString('name'),
    category: t.relation('category'),
    listPrice: t.field({ type: 'Decimal', select: { listPrice: true }, resolve: (p) => money(p.listPrice) }),
    unitCost: t.field({
      type: 'Decimal',
      ...confidential('Product.unitCost'),
      select: { unitCost: true },
      resolve: (p) => money(p.unitCost),
    }),
    warrantyMonths: t.exposeInt('warrantyMonths', { nullable: true }),
    active: t.exposeBoolean('active'),
    saleLines: t.relatedConnection(
      'saleLines',
      {
        cursor: 'id',
        description:
          'The lines of the sales of this product you may see (sales whose contact you may see), newest first.',
        query: (_args, ctx) => ({
          where: visibleLines(ctx),
          orderBy: [{ saleId: 'desc' }, { id: 'asc' }],
        }),
      },
      saleLineCount,
    ),
    version: t.exposeInt('version', { description: 'Send it back with an update (optimistic concurrency).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

/** action → products it promotes (through the ActionProduct join), in the action's own query. */
builder.prismaObjectField('MarketingAction', 'products', (t) =>
  t.field({
    type: [ProductRef],
    description: 'The products this action promotes, by code.',
    select: (_args, _ctx, nestedSelection) => ({
      products: { orderBy: { product: { code: 'asc' } }, select: { product: nestedSelection(true) } },
    }),
    resolve: (action) => action.products.map((p) => p.product),
  }),
);

builder.queryFields((t) => ({
  products: t.prismaConnection({
    type: 'Product',
    description: 'The product catalogue, filtered and sorted.',
    authScopes: { authenticated: true },
    ...filteredList(t.arg, {
      ...productList,
      rows: (ctx) => ctx.db.product,
    }),
  }),
  product: t.prismaField({
    type: 'Product',
    nullable: true,
    description: 'One product by id, or by its code; null when it does not exist.',
    authScopes: { authenticated: true },
    args: { id: t.arg.globalID({ required: false }), code: t.arg.string({ required: false }) },
    resolve: (query, _parent, args, ctx) => {
      if (args.id) return ctx.db.product.findUnique({ ...query, where: { id: idFor('Product', args.id, ['id']) } });
      if (args.code) return ctx.db.product.findUnique({ ...query, where: { code: args.code } });
      throw validationError([fieldProblem(['id'], fieldMessage('ID_OR_CODE'))]);
    },
  }),
}));

const writers = { roles: ['ADMIN', 'MARKETING'] as Role[] };

versionedMutations({
  type: 'Product',
  authScopes: writers,
  reread: rereadFrom((ctx) => ctx.db.product),
  create: { input: ProductInput, run: createProduct },
  update: { input: ProductPatch, run: updateProduct },
  delete: {
    description: 'Deletes a product that was never sold and returns its id. A sold product can only be deactivated.',
    run: deleteProduct,
  },
});
