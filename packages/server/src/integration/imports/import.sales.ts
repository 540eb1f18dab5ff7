import * as E from '../../generated/sqlite/enums.js';
import { fromHundredths, lineAmountCents, toHundredths } from '../../kernel/money.js';
import { moneyProblem, rateProblem } from '../../kernel/validate.js';
import { contacts as contactAccess } from '../../privacy/access/contact-access.js';
import { attributedActionFor } from '../../campaigns/attribution/attribution.service.js';
import { prospectBuys } from '../../contacts/contact-kind.service.js';
import { emitEvent } from '../../kernel/outbox.js';
import {
  enumValue,
  type ImportHandler,
  parseDate,
  parseDecimal,
  type Prepared,
  type RowError,
  shapeErrors,
  type Unit,
} from './import.rows.js';
import { loadSaleBatch, type SaleBatch, type StoredSale } from './import.sales-batch.js';

// Sales: one row per line; consecutive rows with the same externalRef are the lines of one sale.

interface SaleData {
  id?: number;
  contactId: number;
  sale: {
    externalRef: string;
    saleDate: Date;
    channel: E.SaleChannel;
    brandId: number;
    total: string;
    grossMargin: string | null;
    attributedActionId?: number;
  };
  lines: { productId: number; quantity: number; unitPrice: string; discountRate: string }[];
  /** The target this sale converts (set), or null to undo the conversion it had; absent: leave it as it is. */
  conversionTargetId?: number | null;
}

/** `claimed`: targets converted by a sale of this file so far (one target, one sale). */
interface SaleState {
  brands: Map<string, number>;
  claimed: Map<number, string>;
}

type AddError = (line: number, field: string | null, code: string, message: string) => void;
type SaleContact = ReturnType<SaleBatch['contactOf']>;

const yes = ['1', 'true', 'yes', 'oui', 'y', 'o'];
const no = ['0', 'false', 'no', 'non', 'n'];

/** The sale's contact, date, channel and brand, from its first row. */
function saleHeader(
  batch: SaleBatch,
  brands: Map<string, number>,
  u: Unit,
  first: Record<string, string>,
  rowErrors: RowError[],
  add: AddError,
) {
  if (!u.group) add(u.line, 'externalRef', 'MISSING_KEY', 'externalRef is empty');
  const contact = batch.contactOf(first, u.line, rowErrors);
  const saleDate = first.saleDate ? parseDate(first.saleDate) : null;
  if (!saleDate)
    add(
      u.line,
      'saleDate',
      first.saleDate ? 'INVALID_DATE' : 'MISSING_VALUE',
      first.saleDate ? `"${first.saleDate}" is not a date` : 'saleDate is required',
    );
  const channel = first.channel ? enumValue(E.SaleChannel, first.channel) : null;
  if (!channel)
    add(
      u.line,
      'channel',
      first.channel ? 'INVALID_VALUE' : 'MISSING_VALUE',
      `channel: one of ${Object.values(E.SaleChannel).join(', ')}`,
    );
  let brandId = contact?.brandId;
  if (first.brand) {
    brandId = brands.get(first.brand.trim().toUpperCase());
    if (brandId === undefined) add(u.line, 'brand', 'UNKNOWN_REFERENCE', `unknown brand "${first.brand}"`);
  }
  if (brandId !== undefined && batch.allowedBrands && !batch.allowedBrands.includes(brandId))
    add(u.line, 'brand', 'OUT_OF_SCOPE', 'the brand is outside your rights');
  return { contact, saleDate, channel, brandId };
}

/** The sale's lines (one per row) and the unit cost of their products. */
function saleLines(batch: SaleBatch, u: Unit, defaults: Record<string, string>, add: AddError) {
  const lines: SaleData['lines'] = [];
  const unitCosts = new Map<number, string | null>();
  for (const r of u.rows) {
    const f = { ...defaults, ...r.fields };
    const product = f.productCode ? batch.productByCode.get(f.productCode.trim()) : undefined;
    if (!product)
      add(
        r.line,
        'productCode',
        f.productCode ? 'UNKNOWN_REFERENCE' : 'MISSING_VALUE',
        f.productCode ? `unknown product "${f.productCode}"` : 'productCode is required',
      );
    const quantity = f.quantity === undefined ? 1 : /^\d+$/.test(f.quantity.trim()) ? Number(f.quantity) : NaN;
    if (!(quantity >= 1)) add(r.line, 'quantity', 'INVALID_NUMBER', `"${f.quantity}" is not a quantity of at least 1`);
    const unitPrice = f.unitPrice === undefined ? product?.listPrice.toFixed(2) : parseDecimal(f.unitPrice);
    const priceProblem = unitPrice === undefined ? null : moneyProblem(unitPrice);
    if (priceProblem) add(r.line, 'unitPrice', 'INVALID_NUMBER', `"${f.unitPrice}": ${priceProblem.message}`);
    const discountRate = f.discountRate === undefined ? '0' : parseDecimal(f.discountRate);
    const rateProblem_ = rateProblem(discountRate);
    if (rateProblem_) add(r.line, 'discountRate', 'INVALID_NUMBER', `"${f.discountRate}": ${rateProblem_.message}`);
    if (product && unitPrice && !priceProblem && !rateProblem_ && quantity >= 1) {
      lines.push({
        productId: product.id,
        quantity,
        unitPrice: fromHundredths(toHundredths(unitPrice)),
        discountRate: fromHundredths(toHundredths(discountRate)),
      });
      unitCosts.set(product.id, product.unitCost?.toFixed(2) ?? null);
    }
  }
  return { lines, unitCosts };
}

/** The target a `converts: yes` sale converts, when the rules allow it (undefined otherwise, with an error). */
function convertedTarget(
  batch: SaleBatch,
  claimed: Map<number, string>,
  u: Unit,
  action: string,
  actionId: number,
  contactId: number,
  saleDate: Date | null,
  cur: StoredSale | undefined,
  add: AddError,
): number | undefined {
  const target = batch.targetOf.get(`${actionId}:${contactId}`);
  const claimedBy = target ? claimed.get(target.id) : undefined;
  if (!target)
    add(u.line, 'converts', 'NOT_TARGETED', `the contact was not targeted by ${action.trim()}: nothing to convert`);
  else if (claimedBy !== undefined && claimedBy !== u.group)
    add(u.line, 'converts', 'ALREADY_CONVERTED', `the target is converted by sale ${claimedBy} of this file`);
  else if (target.conversionSaleId !== null && target.conversionSaleId !== cur?.id)
    add(u.line, 'converts', 'ALREADY_CONVERTED', 'the target was already converted by another sale');
  else if (saleDate && saleDate < target.targetedAt)
    add(u.line, 'saleDate', 'INVALID_DATE', 'the sale comes before the targeting of the target it converts');
  else return target.id;
  return undefined;
}

/**
 * Attribution and conversion, under the rules of recordSale: one sale converts at most one target, a target of its
 * own contact and of the attributed action, not converted by another sale, targeted before the sale.
 */
function saleConversion(
  batch: SaleBatch,
  claimed: Map<number, string>,
  u: Unit,
  first: Record<string, string>,
  header: { contact: SaleContact; saleDate: Date | null },
  cur: StoredSale | undefined,
  add: AddError,
) {
  let attributedActionId: number | undefined;
  let conversionTargetId: number | null | undefined;
  if (first.action) {
    attributedActionId = batch.actionByCode.get(first.action.trim().toUpperCase());
    if (attributedActionId === undefined)
      add(u.line, 'action', 'UNKNOWN_REFERENCE', `unknown action "${first.action}"`);
  }
  const converts = first.converts?.trim().toLowerCase();
  if (converts !== undefined && !yes.includes(converts) && !no.includes(converts))
    add(u.line, 'converts', 'INVALID_VALUE', `"${first.converts}" is not yes or no`);
  else if (converts !== undefined && no.includes(converts)) conversionTargetId = null;
  else if (converts !== undefined) {
    if (!first.action)
      add(u.line, 'converts', 'MISSING_VALUE', 'a conversion needs the action whose target the sale converts');
    else if (attributedActionId !== undefined && header.contact) {
      const { contact, saleDate } = header;
      conversionTargetId = convertedTarget(
        batch,
        claimed,
        u,
        first.action,
        attributedActionId,
        contact.id,
        saleDate,
        cur,
        add,
      );
    }
  }
  // A stored conversion that stays must keep its rules when the sale's contact or date changes.
  const kept =
    conversionTargetId === undefined && cur?.conversion ? batch.convertedBy.get(cur.conversion.id) : undefined;
  if (kept && header.contact && kept.contactId !== header.contact.id)
    add(
      u.line,
      'contactEmail',
      'INVALID_VALUE',
      'the sale converts a target of its contact: it cannot move to another contact',
    );
  if (kept && header.saleDate && header.saleDate < kept.targetedAt)
    add(u.line, 'saleDate', 'INVALID_DATE', 'the sale converts a target: it cannot come before the targeting');
  return { attributedActionId, conversionTargetId };
}

/** The sale's total and gross margin (null when a product has no unit cost). */
function saleAmounts(lines: SaleData['lines'], unitCosts: Map<number, string | null>) {
  let total = 0n;
  let cost: bigint | null = 0n;
  for (const l of lines) {
    total += lineAmountCents(l.quantity, l.unitPrice, l.discountRate);
    const c = unitCosts.get(l.productId);
    cost = cost === null || c == null ? null : cost + BigInt(l.quantity) * toHundredths(c);
  }
  return { total: fromHundredths(total), grossMargin: cost === null ? null : fromHundredths(total - cost) };
}

/** Whether the stored sale already says what the rows say. */
function sameSale(cur: StoredSale, data: SaleData): boolean {
  const { sale, lines, conversionTargetId } = data;
  return (
    cur.contactId === data.contactId &&
    +cur.saleDate === +sale.saleDate &&
    cur.channel === sale.channel &&
    cur.brandId === sale.brandId &&
    (sale.attributedActionId === undefined || cur.attributedActionId === sale.attributedActionId) &&
    (conversionTargetId === undefined || (cur.conversion?.id ?? null) === conversionTargetId) &&
    cur.lines.length === lines.length &&
    cur.lines.every(
      (l, i) =>
        l.productId === lines[i]!.productId &&
        l.quantity === lines[i]!.quantity &&
        l.unitPrice.toFixed(2) === lines[i]!.unitPrice &&
        l.discountRate.toFixed(2) === lines[i]!.discountRate,
    )
  );
}

/** One sale (the rows of one external reference): its prepared write, or its errors. */
function prepareSale(
  batch: SaleBatch,
  { brands, claimed }: SaleState,
  u: Unit,
  defaults: Record<string, string>,
): Prepared<SaleData> | RowError[] {
  const rowErrors = shapeErrors(u);
  const first = { ...defaults, ...u.rows[0]!.fields };
  const add: AddError = (line, field, code, message) => rowErrors.push({ line, field, code, message });
  const header = saleHeader(batch, brands, u, first, rowErrors, add);
  const { lines, unitCosts } = saleLines(batch, u, defaults, add);
  const cur = batch.existing.get(u.group ?? '');
  const { attributedActionId, conversionTargetId } = saleConversion(batch, claimed, u, first, header, cur, add);
  const { contact, saleDate, channel, brandId } = header;
  if (rowErrors.length || !contact || !saleDate || !channel || brandId === undefined) return rowErrors;
  if (conversionTargetId) claimed.set(conversionTargetId, u.group!);
  const data: SaleData = {
    contactId: contact.id,
    sale: {
      externalRef: u.group!,
      saleDate,
      channel,
      brandId,
      ...saleAmounts(lines, unitCosts),
      ...(attributedActionId !== undefined ? { attributedActionId } : {}),
    },
    lines,
    ...(conversionTargetId !== undefined && (cur?.conversion?.id ?? null) !== conversionTargetId
      ? { conversionTargetId }
      : {}),
  };
  if (!cur) return { line: u.line, outcome: 'created', data };
  // Compared with what the rows say (the conversion asked for, even when it is the stored one).
  const unchanged = sameSale(cur, { ...data, conversionTargetId });
  return { line: u.line, outcome: unchanged ? 'unchanged' : 'updated', data: { ...data, id: cur.id } };
}

export const sales: ImportHandler<SaleData, SaleState> = {
  model: 'Sale',
  fields: [
    'externalRef',
    'contactEmail',
    'contactRef',
    'saleDate',
    'channel',
    'brand',
    'productCode',
    'quantity',
    'unitPrice',
    'discountRate',
    'action',
    'converts',
  ],
  keys: ['externalRef'],
  requiredFields: () => [['externalRef'], ['contactEmail', 'contactRef'], ['saleDate'], ['channel'], ['productCode']],
  keyOf: (u) => u.group ?? null,
  groupOf: (f) => f.externalRef?.trim() || undefined,
  start: async (ctx) => ({
    brands: new Map((await ctx.db.brand.findMany()).map((b) => [b.code.toUpperCase(), b.id])),
    claimed: new Map(),
  }),
  async prepare(ctx, state, units, _key, defaults) {
    const batch = await loadSaleBatch(ctx, units, defaults);
    const errors: RowError[] = [];
    const ok: Prepared<SaleData>[] = [];
    for (const u of units) {
      const result = prepareSale(batch, state, u, defaults);
      if (Array.isArray(result)) errors.push(...result);
      else ok.push(result);
    }
    return { ok, errors };
  },
  async write(tx, p, ctx) {
    if (p.outcome === 'unchanged') return;
    const { contactId, sale, lines, conversionTargetId } = p.data;
    let saleId = p.data.id!;
    if (p.outcome === 'created') {
      // No action named in the file: the attribution rule decides, as in recordSale (campaigns/attribution.service.ts).
      const attributedActionId =
        sale.attributedActionId ??
        (await attributedActionFor(tx, ctx.provider, { contactId, brandId: sale.brandId, saleDate: sale.saleDate }));
      saleId = (
        await tx.sale.create({
          data: { contactId, ...sale, attributedActionId, lines: { create: lines } },
          select: { id: true },
        })
      ).id;
      await emitEvent(tx, 'SALE_RECORDED', {
        contactId,
        brandId: sale.brandId,
        saleId,
        data: { saleDate: sale.saleDate.toISOString(), channel: sale.channel, externalRef: sale.externalRef ?? null },
      });
    } else {
      await tx.saleLine.deleteMany({ where: { saleId } });
      await tx.sale.update({
        where: { id: saleId },
        data: { contactId, ...sale, version: { increment: 1 }, lines: { create: lines } },
      });
    }
    if (conversionTargetId !== undefined) {
      // Another target this sale converted is released first (one sale converts at most one target).
      await tx.actionTarget.updateMany({
        where: { conversionSaleId: saleId, ...(conversionTargetId ? { id: { not: conversionTargetId } } : {}) },
        data: { conversionSaleId: null, version: { increment: 1 } },
      });
      if (conversionTargetId) {
        const { count } = await tx.actionTarget.updateMany({
          where: { id: conversionTargetId, OR: [{ conversionSaleId: null }, { conversionSaleId: saleId }] },
          data: { conversionSaleId: saleId, version: { increment: 1 } },
        });
        if (count !== 1) throw Object.assign(new Error('converted meanwhile'), { code: 'CONFLICT' });
      }
    }
    await contactAccess(ctx, tx).update(contactId, {
      where: { OR: [{ firstSaleAt: null }, { firstSaleAt: { gt: sale.saleDate } }] },
      data: { firstSaleAt: sale.saleDate },
    });
    // A prospect who buys is a client, as with recordSale (contacts/contact-kind.service.ts).
    await prospectBuys(ctx, tx, contactId);
  },
};
