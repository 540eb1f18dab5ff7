import { rereadFrom, versionedMutations } from '../kernel/graphql/versioned-mutations.js';
import { filteredList } from '../kernel/graphql/connections.js';
import { builder } from '../kernel/graphql/builder.js';
import { SaleChannelEnum } from '../kernel/graphql/enums.js';
import type { Role } from '../generated/sqlite/enums.js';
import { idFor } from '../kernel/graphql/global-id.js';
import { lineAmount, money } from '../kernel/money.js';
import { confidential } from '../kernel/field-rules.js';
import { visibleAction } from '../campaigns/actions/action.filter.js';
import { MarketingActionRef } from '../campaigns/actions/action.schema.js';
import { saleList, saleScope } from './sale.filter.js';
import { SaleInput, SalePatch } from './sale.input.js';
import { deleteSale, recordSale, updateSale } from './sale.service.js';

/** A sale to a contact, with its lines. `total` is net of line discounts. Visible when its contact is. */
export const SaleRef = builder.prismaNode('Sale', {
  id: { field: 'id' },
  // Only the columns the query asks for (plus those a field declares): kernel/KERNEL.md, "Reads".
  select: { id: true },
  authScopes: { authenticated: true },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), ...saleScope(ctx) }),
  fields: (t) => ({
    contact: t.relation('contact'),
    saleDate: t.expose('saleDate', { type: 'DateTime' }),
    channel: t.expose('channel', { type: SaleChannelEnum }),
    brand: t.relation('brand'),
    total: t.field({
      type: 'Decimal',
      description: 'Sum of the line amounts (net of line discounts).',
      select: { total: true },
      resolve: (s) => money(s.total),
    }),
    grossMargin: t.field({
      type: 'Decimal',
      ...confidential('Sale.grossMargin'),
      select: { grossMargin: true },
      resolve: (s) => money(s.grossMargin),
    }),
    externalRef: t.exposeString('externalRef', { nullable: true }),
    attributedAction: t.field({
      type: MarketingActionRef,
      nullable: true,
      description: 'The marketing action credited with the sale (null when none, or when outside your brands).',
      select: (_args, _ctx, nestedSelection) => ({ attributedAction: nestedSelection(true) }),
      resolve: (sale, _args, ctx) => visibleAction(ctx, sale.attributedAction),
    }),
    conversion: t.relation('conversion', { nullable: true, description: 'The target this sale converted, if any.' }),
    lines: t.relation('lines', { query: { orderBy: { id: 'asc' } } }),
    lineCount: t.relationCount('lines'),
    version: t.exposeInt('version', { description: 'Send it back with an update (optimistic concurrency).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const SaleLineRef = builder.prismaObject('SaleLine', {
  // Only the columns the query asks for (plus those a field declares): kernel/KERNEL.md, "Reads".
  select: { id: true },
  fields: (t) => ({
    sale: t.relation('sale'),
    product: t.relation('product'),
    quantity: t.exposeInt('quantity'),
    unitPrice: t.field({ type: 'Decimal', select: { unitPrice: true }, resolve: (l) => money(l.unitPrice) }),
    discountRate: t.expose('discountRate', { type: 'Decimal', description: 'Discount on this line, in percent.' }),
    amount: t.field({
      type: 'Decimal',
      description: 'quantity × unit price × (1 − discount rate / 100), rounded to the cent.',
      select: { quantity: true, unitPrice: true, discountRate: true },
      resolve: (l) => lineAmount(l.quantity, l.unitPrice, l.discountRate),
    }),
  }),
});

builder.queryFields((t) => ({
  sales: t.prismaConnection({
    type: 'Sale',
    description: 'Sales you may see (those of contacts you may see), filtered and sorted.',
    authScopes: { authenticated: true },
    ...filteredList(t.arg, { ...saleList, rows: (ctx) => ctx.db.sale }),
  }),
  sale: t.prismaField({
    type: 'Sale',
    nullable: true,
    description: 'One sale by id, or null when it does not exist or is outside your rights.',
    authScopes: { authenticated: true },
    args: { id: t.arg.globalID() },
    resolve: (query, _parent, args, ctx) =>
      ctx.db.sale.findFirst({ ...query, where: { id: idFor('Sale', args.id, ['id']), ...saleScope(ctx) } }),
  }),
}));

const writers = { roles: ['ADMIN', 'MARKETING', 'SALES'] as Role[] };
const saleById = rereadFrom<'Sale'>((ctx) => ctx.db.sale);

builder.mutationFields((t) => ({
  recordSale: t.prismaField({
    type: 'Sale',
    description:
      'Records a sale and its lines in one transaction; with conversionTargetId, the sale converts that target ' +
      '(a target of the same contact, targeted on or before the sale date).',
    authScopes: writers,
    args: {
      input: t.arg({ type: SaleInput }),
      conversionTargetId: t.arg.globalID({ required: false, description: 'The ActionTarget this sale converts.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const target = args.conversionTargetId
        ? idFor('ActionTarget', args.conversionTargetId, ['conversionTargetId'])
        : null;
      return saleById(ctx, query, (await recordSale(ctx, args.input, target)).id);
    },
  }),
}));

versionedMutations({
  type: 'Sale',
  authScopes: writers,
  reread: saleById,
  update: {
    description: 'Changes the given fields (new lines replace the old); `version` must be the one you read.',
    input: SalePatch,
    run: updateSale,
  },
  delete: {
    description: 'Deletes a sale and its lines and returns its id; a target it converted is unconverted.',
    run: deleteSale,
  },
});
