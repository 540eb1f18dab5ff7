import { builder } from '../../kernel/graphql/builder.js';
import { columns, DateTimeRange, DecimalRange, idColumns, listFilter } from '../../kernel/graphql/filters.js';

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

export const productList = listFilter(
  ProductFilter,
  { CODE: 'code', NAME: 'name', LIST_PRICE: 'listPrice', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' },
  /** Products are not scoped by brand: every authenticated principal sees the catalogue. */
  (_ctx, f) => ({
    columns: {
      ...idColumns(f, { categoryId: ['ProductCategory', 'category'] }),
      ...columns(f, { oneOf: ['code'], equals: ['active'], numbers: ['listPrice'], dates: ['createdAt'] }),
    },
    search: { text: f?.search, in: ['code', 'name'] },
  }),
);
