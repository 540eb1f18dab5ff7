import { builder } from '../kernel/graphql/builder.js';
import type { Context } from '../kernel/context.js';
import { SaleChannelEnum } from '../kernel/graphql/enums.js';
import { dateRange, DateTimeRange, DecimalRange, idColumns, numberRange, oneOf } from '../kernel/graphql/filters.js';
import { idsIn } from '../kernel/graphql/global-id.js';
import { orderInput } from '../kernel/graphql/order.js';
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

export const saleOrder = orderInput('Sale', {
  ID: 'id',
  SALE_DATE: 'saleDate',
  TOTAL: 'total',
  CHANNEL: 'channel',
  CREATED_AT: 'createdAt',
});

type Filter = typeof SaleFilter.$inferInput;

export function saleWhere(ctx: Context, f: Filter | null | undefined) {
  const products = idsIn('Product', f?.product, ['filter', 'product']);
  return {
    AND: [
      saleScope(ctx),
      {
        ...idColumns(f, {
          contactId: ['Contact', 'contact'],
          brandId: ['Brand', 'brand'],
          attributedActionId: ['MarketingAction', 'attributedAction'],
        }),
        channel: oneOf(f?.channel),
        lines: products ? { some: { productId: products } } : undefined,
        externalRef: f?.externalRef ?? undefined,
        saleDate: dateRange(f?.saleDate),
        total: numberRange(f?.total),
      },
      f?.converted == null ? {} : f.converted ? { conversion: { isNot: null } } : { conversion: { is: null } },
    ],
  };
}
