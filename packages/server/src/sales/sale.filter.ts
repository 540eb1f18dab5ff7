import { builder } from '../kernel/graphql/builder.js';
import type { Context } from '../kernel/context.js';
import { SaleChannelEnum } from '../kernel/graphql/enums.js';
import { columns, DateTimeRange, DecimalRange, idColumns, listFilter } from '../kernel/graphql/filters.js';
import { idsIn } from '../kernel/graphql/global-id.js';
import { contactRelation } from '../privacy/access/contact-access.js';

/** Row rule of sales: a sale is visible when its contact is (which confines it to the caller's brands and zones). */
export const saleScope = (ctx: Context) => ({ contact: contactRelation(ctx) });

/** Typed filter of the sales list. The gross margin is confidential: neither a filter nor a sort. */
export const SaleFilter = builder.inputType('SaleFilter', {
  fields: (t) => ({
    contact: t.globalIDList({ required: false, description: 'Of any of these contacts.' }),
    brand: t.globalIDList({ required: false }),
    channel: t.field({ type: [SaleChannelEnum], required: false }),
    attributedAction: t.globalIDList({ required: false, description: 'Attributed to any of these actions.' }),
    product: t.globalIDList({ required: false, description: 'With a line of any of these products.' }),
    converted: t.boolean({ required: false, description: 'true: sales that converted a target; false: the others.' }),
    externalRef: t.string({ required: false, description: 'This exact external reference.' }),
    saleDate: t.field({ type: DateTimeRange, required: false }),
    total: t.field({ type: DecimalRange, required: false }),
  }),
});

export const saleList = listFilter(
  SaleFilter,
  { SALE_DATE: 'saleDate', TOTAL: 'total', CHANNEL: 'channel', CREATED_AT: 'createdAt' },
  (ctx, f) => {
    const products = idsIn('Product', f?.product, ['filter', 'product']);
    return {
      scope: saleScope(ctx),
      columns: {
        ...idColumns(f, {
          contactId: ['Contact', 'contact'],
          brandId: ['Brand', 'brand'],
          attributedActionId: ['MarketingAction', 'attributedAction'],
        }),
        ...columns(f, { oneOf: ['channel'], equals: ['externalRef'], dates: ['saleDate'], numbers: ['total'] }),
        lines: products ? { some: { productId: products } } : undefined,
      },
      also: [f?.converted == null ? {} : f.converted ? { conversion: { isNot: null } } : { conversion: { is: null } }],
    };
  },
);
