import type { Context } from '../kernel/context.js';
import { ApiError, fieldProblem, validationError } from '../kernel/errors.js';
import type { SaleChannel } from '../generated/sqlite/enums.js';
import { type DecodedGlobalId, idFor } from '../kernel/graphql/global-id.js';
import { fromHundredths, lineAmountCents, toHundredths } from '../kernel/money.js';
import { isUniqueViolation } from '../kernel/prisma-errors.js';
import { isBlank, moneyProblem, Problems, rateProblem } from '../kernel/validate.js';
import { contacts } from '../privacy/access/contact-access.js';
import { brandScope } from '../privacy/access/row-rules.js';
import { actionScope } from '../campaigns/actions/action.filter.js';
import { attributedActionFor } from '../campaigns/attribution/attribution.service.js';
import { targetScope } from '../campaigns/targets/target.filter.js';
import { saleScope } from './sale.filter.js';
import { emitEvent } from '../kernel/outbox.js';
import { prospectBuys } from '../contacts/contact-kind.service.js';
import { type FieldMessage, fieldMessage } from '../kernel/field-messages.js';

export interface SaleLineWrite {
  product?: DecodedGlobalId | null;
  productCode?: string | null;
  quantity: number;
  unitPrice?: string | null;
  discountRate?: string | null;
}

export interface SaleWrite {
  contact?: DecodedGlobalId;
  saleDate?: Date | null;
  channel?: SaleChannel | null;
  brand?: DecodedGlobalId | null;
  externalRef?: string | null;
  attributedAction?: DecodedGlobalId | null;
  lines?: SaleLineWrite[] | null;
}

interface PreparedLine {
  productId: number;
  quantity: number;
  unitPrice: string;
  discountRate: string;
}

/**
 * Sale totals from its lines: total = Σ line amounts, each quantity × unit price × (1 − discount / 100) rounded to
 * the cent (so the total is the sum of the amounts printed on the lines); gross margin = total − Σ quantity × unit
 * cost, or null when a product has no unit cost.
 */
export function saleTotals(lines: readonly PreparedLine[], unitCosts: ReadonlyMap<number, string | null>) {
  let total = 0n;
  let cost: bigint | null = 0n;
  for (const l of lines) {
    total += lineAmountCents(l.quantity, l.unitPrice, l.discountRate);
    const unitCost = unitCosts.get(l.productId);
    cost = cost === null || unitCost == null ? null : cost + BigInt(l.quantity) * toHundredths(unitCost);
  }
  return { total: fromHundredths(total), grossMargin: cost === null ? null : fromHundredths(total - cost) };
}

/**
 * The totals of `lines`, refused (VALIDATION on `input.lines`) when they would not fit the Decimal(12, 2) columns
 * that store them: each price and quantity is bounded, but 100,000 × 9,999,999,999.99 is not.
 */
function checkedTotals(lines: readonly PreparedLine[], unitCosts: ReadonlyMap<number, string | null>) {
  const totals = saleTotals(lines, unitCosts);
  const tooLarge =
    moneyProblem(totals.total, true) ?? (totals.grossMargin === null ? null : moneyProblem(totals.grossMargin, true));
  if (tooLarge) throw validationError([fieldProblem(['input', 'lines'], fieldMessage('SALE_TOTAL_TOO_LARGE'))]);
  return totals;
}

/**
 * Checks the lines (each with the path of its bad field) and resolves their products by id or code in one query.
 * Problems are added to `p`; the caller throws.
 */
async function prepareLines(ctx: Context, p: Problems, lines: readonly SaleLineWrite[]) {
  p.check(lines.length > 0, 'lines', fieldMessage('SALE_NEEDS_LINE'));
  const ids = lines.map((l, i) =>
    l.product ? idFor('Product', l.product, ['input', 'lines', String(i), 'product']) : null,
  );
  const codes = lines.map((l) => l.productCode?.trim() || null);
  const products = await ctx.db.product.findMany({
    where: {
      OR: [
        { id: { in: ids.filter((x): x is number => x !== null) } },
        { code: { in: codes.filter((x): x is string => x !== null) } },
      ],
    },
    select: { id: true, code: true, listPrice: true, unitCost: true },
  });
  const byId = new Map(products.map((x) => [x.id, x]));
  const byCode = new Map(products.map((x) => [x.code, x]));
  const prepared: PreparedLine[] = [];
  lines.forEach((l, i) => {
    const at = `lines.${i}`;
    if ((ids[i] === null) === (codes[i] === null)) p.add(`${at}.product`, fieldMessage('PRODUCT_OR_CODE'));
    const product = ids[i] !== null ? byId.get(ids[i]!) : codes[i] !== null ? byCode.get(codes[i]!) : undefined;
    if (ids[i] !== null && !product) p.add(`${at}.product`, fieldMessage('UNKNOWN_PRODUCT'));
    if (codes[i] !== null && ids[i] === null && !product)
      p.add(`${at}.productCode`, fieldMessage('UNKNOWN_PRODUCT_CODE', { code: codes[i]! }));
    p.check(
      Number.isSafeInteger(l.quantity) && l.quantity >= 1,
      `${at}.quantity`,
      fieldMessage('AT_LEAST', { min: 1 }),
    );
    if (l.unitPrice != null) p.addIf(`${at}.unitPrice`, moneyProblem(l.unitPrice));
    if (l.discountRate != null) p.addIf(`${at}.discountRate`, rateProblem(l.discountRate));
    if (product) {
      prepared.push({
        productId: product.id,
        quantity: l.quantity,
        unitPrice: l.unitPrice ?? product.listPrice.toString(),
        discountRate: l.discountRate ?? '0',
      });
    }
  });
  const unitCosts = new Map(products.map((x) => [x.id, x.unitCost === null ? null : x.unitCost.toString()]));
  return { prepared, unitCosts };
}

type Tx = Parameters<Parameters<Context['db']['$transaction']>[0]>[0];

/**
 * Puts a contact's first sale date back to its earliest remaining sale after the sale dated `goneDate` was deleted
 * or moved. Only when the first sale date is that very date: an earlier one comes from another sale or from a
 * purchase before the CRM (an import, a merge), which this change does not touch. Runs in the write's transaction.
 */
async function recomputeFirstSale(ctx: Context, tx: Tx, contactId: number, goneDate: Date) {
  const { _min } = await tx.sale.aggregate({ where: { contactId }, _min: { saleDate: true } });
  await contacts(ctx, tx).update(contactId, { where: { firstSaleAt: goneDate }, data: { firstSaleAt: _min.saleDate } });
}

const externalRefTaken = (e: unknown): never => {
  if (isUniqueViolation(e))
    throw validationError([fieldProblem(['input', 'externalRef'], fieldMessage('DUPLICATE_EXTERNAL_REF'))]);
  throw e;
};

type ConversionTarget = { contactId: number; actionId: number; targetedAt: Date; conversionSaleId: number | null };

/** The rules of a conversion: a target of the same contact and action, not converted yet, targeted before the sale. */
function checkConversion(
  p: Problems,
  target: ConversionTarget | null,
  sale: { contactId: number; actionId: number | null; saleDate: Date | null | undefined },
) {
  const conv = (ok: boolean, message: FieldMessage) => ok || p.addPath(['conversionTargetId'], message);
  if (!target) {
    conv(false, fieldMessage('UNKNOWN_TARGET'));
    return;
  }
  conv(target.contactId === sale.contactId, fieldMessage('TARGET_OF_OTHER_CONTACT'));
  conv(target.conversionSaleId === null, fieldMessage('TARGET_ALREADY_CONVERTED'));
  if (sale.saleDate) conv(sale.saleDate >= target.targetedAt, fieldMessage('SALE_BEFORE_TARGETING'));
  if (sale.actionId !== null) conv(sale.actionId === target.actionId, fieldMessage('TARGET_OF_OTHER_ACTION'));
}

/** A checked sale, ready to write. */
interface NewSale {
  contactId: number;
  brandId: number;
  saleDate: Date;
  actionId: number | null;
  target: ConversionTarget | null;
  conversionTargetId: number | null | undefined;
  prepared: PreparedLine[];
  total: string;
  grossMargin: string | null;
}

/**
 * The writes of `recordSale`, in its transaction: the sale and its lines, the conversion, the contact's first sale
 * date, the outbox event.
 */
async function insertSale(ctx: Context, tx: Tx, input: SaleWrite, w: NewSale) {
  const { contactId, brandId, saleDate, conversionTargetId } = w;
  // Without an explicit action or conversion, the attribution rule decides (campaigns/attribution.service.ts).
  const attributedActionId =
    w.actionId ?? w.target?.actionId ?? (await attributedActionFor(tx, ctx.provider, { contactId, brandId, saleDate }));
  const sale = await tx.sale.create({
    data: {
      contactId,
      brandId,
      saleDate,
      channel: input.channel!,
      externalRef: input.externalRef ?? null,
      attributedActionId,
      total: w.total,
      grossMargin: w.grossMargin,
      lines: { create: w.prepared },
    },
    select: { id: true },
  });
  if (conversionTargetId) {
    const { count } = await tx.actionTarget.updateMany({
      where: { id: conversionTargetId, conversionSaleId: null },
      data: { conversionSaleId: sale.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ApiError('CONFLICT', 'The target was converted by another sale meanwhile.');
  }
  await contacts(ctx, tx).update(contactId, {
    where: { OR: [{ firstSaleAt: null }, { firstSaleAt: { gt: saleDate } }] },
    data: { firstSaleAt: saleDate },
  });
  // A prospect who buys is a client, audited (contacts/contact-kind.service.ts).
  await prospectBuys(ctx, tx, contactId);
  // Outbox row(s) for webhook subscribers, committed with the sale or not at all (integration/webhooks).
  await emitEvent(tx, 'SALE_RECORDED', {
    contactId,
    brandId,
    saleId: sale.id,
    occurredAt: ctx.now,
    data: { saleDate: saleDate.toISOString(), channel: input.channel!, externalRef: input.externalRef ?? null },
  });
  return sale;
}

/**
 * Records a sale with its lines, all or nothing (one transaction): the total and gross margin are computed from
 * the lines, the contact's first sale date is kept, and, with `conversionTargetId`, the sale converts that target.
 * A conversion must point at a target of the same contact (responded or not), not converted yet, and the sale
 * cannot come before the targeting. The sale is attributed to the target's action unless another is given.
 */
export async function recordSale(
  ctx: Context,
  input: SaleWrite & { contact: DecodedGlobalId },
  conversionTargetId?: number | null,
) {
  const contactId = idFor('Contact', input.contact, ['input', 'contact']);
  const contact = await contacts(ctx).findFirst({
    where: { id: contactId },
    select: { id: true, brandId: true, deletedAt: true, mergedIntoId: true },
  });
  if (!contact)
    throw new ApiError('NOT_FOUND', 'Contact not found.', {
      fields: [fieldProblem(['input', 'contact'], fieldMessage('CONTACT_NOT_FOUND'))],
    });

  const p = new Problems();
  p.check(contact.deletedAt === null && contact.mergedIntoId === null, 'contact', fieldMessage('RESTRICTED'));
  for (const f of ['saleDate', 'channel'] as const) if (input[f] == null) p.add(f, fieldMessage('REQUIRED'));
  if (input.externalRef != null) p.check(!isBlank(input.externalRef), 'externalRef', fieldMessage('NOT_BLANK'));
  const brandId = input.brand ? idFor('Brand', input.brand, ['input', 'brand']) : contact.brandId;
  const actionId = input.attributedAction
    ? idFor('MarketingAction', input.attributedAction, ['input', 'attributedAction'])
    : null;
  const allowedBrands = brandScope(ctx).brandId?.in;

  const [{ prepared, unitCosts }, brand, action, target, clash] = await Promise.all([
    prepareLines(ctx, p, input.lines ?? []),
    !allowedBrands || allowedBrands.includes(brandId) ? ctx.db.brand.count({ where: { id: brandId } }) : 0,
    actionId ? ctx.db.marketingAction.count({ where: { id: actionId, ...actionScope(ctx) } }) : 1,
    conversionTargetId
      ? ctx.db.actionTarget.findFirst({
          where: { id: conversionTargetId, ...targetScope(ctx) },
          select: { contactId: true, actionId: true, targetedAt: true, conversionSaleId: true },
        })
      : null,
    input.externalRef ? ctx.db.sale.count({ where: { externalRef: input.externalRef } }) : 0,
  ]);
  p.check(brand === 1, 'brand', fieldMessage('UNKNOWN_OR_FOREIGN_BRAND'));
  p.check(action === 1, 'attributedAction', fieldMessage('UNKNOWN_ACTION'));
  p.check(clash === 0, 'externalRef', fieldMessage('DUPLICATE_EXTERNAL_REF'));
  if (conversionTargetId) checkConversion(p, target, { contactId, actionId, saleDate: input.saleDate });
  p.throwIfAny();

  const { total, grossMargin } = checkedTotals(prepared, unitCosts);
  const saleDate = input.saleDate!;
  const sale = { contactId, brandId, saleDate, actionId, target, conversionTargetId, prepared, total, grossMargin };
  return ctx.db.$transaction((tx) => insertSale(ctx, tx, input, sale)).catch(externalRefTaken);
}

/**
 * Updates a sale the caller can see if `version` is current; new lines replace the old ones and the totals are
 * recomputed. A converting sale cannot move before its target's targeting date.
 */
export async function updateSale(
  ctx: Context,
  id: number,
  version: number,
  input: Omit<SaleWrite, 'contact' | 'brand'>,
) {
  const where = { id, ...saleScope(ctx) };
  const sale = await ctx.db.sale.findFirst({
    where,
    select: { contactId: true, saleDate: true, conversion: { select: { targetedAt: true, actionId: true } } },
  });
  if (!sale) throw new ApiError('NOT_FOUND', 'Sale not found.');
  const p = new Problems();
  for (const f of ['saleDate', 'channel', 'lines'] as const) if (input[f] === null) p.add(f, fieldMessage('REQUIRED'));
  if (input.externalRef != null) p.check(!isBlank(input.externalRef), 'externalRef', fieldMessage('NOT_BLANK'));
  if (input.saleDate && sale.conversion)
    p.check(input.saleDate >= sale.conversion.targetedAt, 'saleDate', fieldMessage('SALE_BEFORE_CONVERTED_TARGETING'));
  const actionId = input.attributedAction
    ? idFor('MarketingAction', input.attributedAction, ['input', 'attributedAction'])
    : input.attributedAction;
  const [lines, action, clash] = await Promise.all([
    input.lines ? prepareLines(ctx, p, input.lines) : null,
    actionId ? ctx.db.marketingAction.count({ where: { id: actionId, ...actionScope(ctx) } }) : 1,
    input.externalRef ? ctx.db.sale.count({ where: { externalRef: input.externalRef, id: { not: id } } }) : 0,
  ]);
  p.check(action === 1, 'attributedAction', fieldMessage('UNKNOWN_ACTION'));
  p.check(clash === 0, 'externalRef', fieldMessage('DUPLICATE_EXTERNAL_REF'));
  p.throwIfAny();

  const data: Record<string, unknown> = {};
  for (const f of ['saleDate', 'channel', 'externalRef'] as const) if (input[f] !== undefined) data[f] = input[f];
  if (actionId !== undefined) data.attributedActionId = actionId;
  if (lines) Object.assign(data, checkedTotals(lines.prepared, lines.unitCosts));
  await ctx.db
    .$transaction(async (tx) => {
      const { count } = await tx.sale.updateMany({
        where: { ...where, version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0)
        throw new ApiError('CONFLICT', 'Sale was changed by someone else: reload it and apply your change again.', {
          expectedVersion: version,
        });
      if (lines) {
        await tx.saleLine.deleteMany({ where: { saleId: id } });
        await tx.saleLine.createMany({ data: lines.prepared.map((l) => ({ ...l, saleId: id })) });
      }
      if (input.saleDate) {
        // Moved later, the sale may no longer be the first: the first sale date is recomputed, not just lowered.
        if (input.saleDate.getTime() !== sale.saleDate.getTime())
          await recomputeFirstSale(ctx, tx, sale.contactId, sale.saleDate);
        await contacts(ctx, tx).update(sale.contactId, {
          where: { OR: [{ firstSaleAt: null }, { firstSaleAt: { gt: input.saleDate } }] },
          data: { firstSaleAt: input.saleDate },
        });
      }
    })
    .catch(externalRefTaken);
}

/**
 * Deletes a sale and its lines; a target it converted becomes unconverted again (its response stays) and the
 * contact's first sale date moves to its next sale (or none) when this sale was the first.
 */
export async function deleteSale(ctx: Context, id: number, version: number) {
  const where = { id, ...saleScope(ctx) };
  const sale = await ctx.db.sale.findFirst({ where, select: { version: true, contactId: true, saleDate: true } });
  if (!sale) throw new ApiError('NOT_FOUND', 'Sale not found.');
  const conflict = () =>
    new ApiError('CONFLICT', 'Sale was changed by someone else: reload it and apply your change again.', {
      expectedVersion: version,
    });
  if (sale.version !== version) throw conflict();
  await ctx.db.$transaction(async (tx) => {
    await tx.actionTarget.updateMany({
      where: { conversionSaleId: id },
      data: { conversionSaleId: null, version: { increment: 1 } },
    });
    const { count } = await tx.sale.deleteMany({ where: { id, version } });
    if (count === 0) throw conflict();
    await recomputeFirstSale(ctx, tx, sale.contactId, sale.saleDate);
  });
}
