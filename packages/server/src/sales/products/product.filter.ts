import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import {
  dateRange,
  DateTimeRange,
  DecimalRange,
  idColumns,
  numberRange,
  oneOf,
  searchWords,
} from '../../kernel/graphql/filters.js';
import { orderInput } from '../../kernel/graphql/order.js';

/**
 * Typed filter of the products list. The unit cost is confidential, so it is neither a filter nor a sort: a hidden
 * field must not be usable as an oracle.
 */
export const ProductFilter = builder.inputType('ProductFilter', {
  fields: (t) => ({
    category: t.globalIDList({ required: false, description: 'In any of these categories.' }),
    code: t.stringList({ required: false, description: 'Any of these exact codes.' }),
    active: t.boolean({ required: false, description: 'Only active (true) or inactive (false) products.' }),
    search: t.string({ required: false, description: 'Words found in the code or the name.' }),
    listPrice: t.field({ type: DecimalRange, required: false }),
    createdAt: t.field({ type: DateTimeRange, required: false }),
  }),
});

export const productOrder = orderInput('Product', {
  ID: 'id',
  CODE: 'code',
  NAME: 'name',
  LIST_PRICE: 'listPrice',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
});

type Filter = typeof ProductFilter.$inferInput;

/** Products are not scoped by brand: every authenticated principal sees the catalogue. */
export function productWhere(ctx: Context, f: Filter | null | undefined) {
  return {
    AND: [
      {
        ...idColumns(f, { categoryId: ['ProductCategory', 'category'] }),
        code: oneOf(f?.code),
        active: f?.active ?? undefined,
        listPrice: numberRange(f?.listPrice),
        createdAt: dateRange(f?.createdAt),
      },
      ...searchWords(ctx.provider, f?.search, ['code', 'name']),
    ],
  };
}
