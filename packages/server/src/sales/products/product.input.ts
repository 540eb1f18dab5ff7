import { builder } from '../../kernel/graphql/builder.js';

/**
 * The writable fields of a product. `ProductInput` (create) requires code, name, category and list price;
 * `ProductPatch` (update) makes everything optional: an absent field is left as it is, an explicit null clears it.
 */
export const ProductInput = builder.inputType('ProductInput', {
  fields: (t) => ({
    code: t.string(),
    name: t.string(),
    category: t.globalID({ description: 'A ProductCategory id.' }),
    listPrice: t.field({ type: 'Decimal' }),
    unitCost: t.field({
      type: 'Decimal',
      required: false,
      description: 'Confidential: only roles that may read it may write it.',
    }),
    warrantyMonths: t.int({ required: false }),
    active: t.boolean({ required: false, defaultValue: true }),
  }),
});

export const ProductPatch = builder.inputType('ProductPatch', {
  fields: (t) => ({
    code: t.string({ required: false }),
    name: t.string({ required: false }),
    category: t.globalID({ required: false }),
    listPrice: t.field({ type: 'Decimal', required: false }),
    unitCost: t.field({ type: 'Decimal', required: false }),
    warrantyMonths: t.int({ required: false }),
    active: t.boolean({ required: false }),
  }),
});
