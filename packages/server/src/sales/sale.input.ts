import { builder } from '../kernel/graphql/builder.js';
import { SaleChannelEnum } from '../kernel/graphql/enums.js';

/** One line of a sale: a product (by id or by code), a quantity, a unit price and a discount. */
export const SaleLineInput = builder.inputType('SaleLineInput', {
  fields: (t) => ({
    product: t.globalID({ required: false, description: 'The product, by id; or give productCode.' }),
    productCode: t.string({ required: false, description: 'The product, by code; or give product.' }),
    quantity: t.int({ description: 'From 1 to 100,000.' }),
    unitPrice: t.field({ type: 'Decimal', required: false, description: "Defaults to the product's list price." }),
    discountRate: t.field({
      type: 'Decimal',
      required: false,
      description: 'Discount on this line in percent, 0 to 100; defaults to 0.',
    }),
  }),
});

export const SaleInput = builder.inputType('SaleInput', {
  description: 'A sale and its lines. Its total and gross margin are computed from the lines.',
  fields: (t) => ({
    contact: t.globalID(),
    saleDate: t.field({ type: 'DateTime' }),
    channel: t.field({ type: SaleChannelEnum }),
    brand: t.globalID({ required: false, description: "Defaults to the contact's brand." }),
    externalRef: t.string({ required: false, description: 'Identifier in the system the sale came from; unique.' }),
    attributedAction: t.globalID({
      required: false,
      description: "The action credited with the sale; defaults to the conversion target's.",
    }),
    lines: t.field({ type: [SaleLineInput] }),
  }),
});

export const SalePatch = builder.inputType('SalePatch', {
  description: 'Changes to a sale: an absent field is left as it is; `lines`, when given, replace all the lines.',
  fields: (t) => ({
    saleDate: t.field({ type: 'DateTime', required: false }),
    channel: t.field({ type: SaleChannelEnum, required: false }),
    externalRef: t.string({ required: false }),
    attributedAction: t.globalID({ required: false }),
    lines: t.field({ type: [SaleLineInput], required: false }),
  }),
});
