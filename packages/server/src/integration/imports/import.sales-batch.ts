import type { Context } from '../../kernel/context.js';
import { brandScope } from '../../privacy/access/row-rules.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';
import { targetScope } from '../../campaigns/targets/target.filter.js';
import { contactsByRef } from './import.contact-refs.js';
import type { Unit } from './import.rows.js';

/**
 * What a batch of sale rows needs from the database, read once for the batch (import.sales.ts): the contacts, the
 * products, the sales already stored under the batch's external references, the attributed actions and the targets
 * the sales would convert.
 */
export async function loadSaleBatch(ctx: Context, units: Unit[], defaults: Record<string, string>) {
  const contactOf = await contactsByRef(
    ctx,
    units.map((u) => ({ ...u, rows: u.rows.map((r) => ({ ...r, fields: { ...defaults, ...r.fields } })) })),
  );
  const productByCode = await loadProducts(ctx, units);
  const existing = await loadStoredSales(ctx, units);
  // The attributed action (by code, among the actions the caller may see) and the targets the sales would convert.
  const actionList = await loadActions(ctx, units, defaults);
  const actionByCode = new Map(actionList.map((a) => [a.code.toUpperCase(), a.id]));
  const contactIds = [
    ...new Set(
      units
        .map((u) => contactOf({ ...defaults, ...u.rows[0]!.fields }, u.line, [])?.id)
        .filter((id): id is number => id !== undefined),
    ),
  ];
  const targetList =
    actionList.length && contactIds.length
      ? await ctx.db.actionTarget.findMany({
          where: {
            AND: [targetScope(ctx), { actionId: { in: actionList.map((a) => a.id) }, contactId: { in: contactIds } }],
          },
          select: { id: true, actionId: true, contactId: true, targetedAt: true, conversionSaleId: true },
        })
      : [];
  const targetOf = new Map(targetList.map((t) => [`${t.actionId}:${t.contactId}`, t]));
  const convertedBy = await loadConvertedTargets(ctx, existing);
  const allowedBrands = brandScope(ctx).brandId?.in;
  return { contactOf, productByCode, existing, actionByCode, targetOf, convertedBy, allowedBrands };
}

export type SaleBatch = Awaited<ReturnType<typeof loadSaleBatch>>;

async function loadProducts(ctx: Context, units: Unit[]) {
  const codes = [
    ...new Set(units.flatMap((u) => u.rows.map((r) => r.fields.productCode?.trim()).filter((c): c is string => !!c))),
  ];
  const productList = await ctx.db.product.findMany({
    where: { code: { in: codes } },
    select: { id: true, code: true, listPrice: true, unitCost: true },
  });
  return new Map(productList.map((p) => [p.code, p]));
}

async function loadStoredSales(ctx: Context, units: Unit[]) {
  const refs = units.map((u) => u.group).filter((g): g is string => !!g);
  return new Map(
    (
      await ctx.db.sale.findMany({
        where: { externalRef: { in: refs } },
        include: { lines: { orderBy: { id: 'asc' } }, conversion: { select: { id: true } } },
      })
    ).map((s) => [s.externalRef!, s]),
  );
}

export type StoredSale = Awaited<ReturnType<typeof loadStoredSales>> extends Map<string, infer S> ? S : never;

async function loadActions(ctx: Context, units: Unit[], defaults: Record<string, string>) {
  const actionCodes = [
    ...new Set(
      units
        .map((u) => ({ ...defaults, ...u.rows[0]!.fields }).action?.trim().toUpperCase())
        .filter((c): c is string => !!c),
    ),
  ];
  return actionCodes.length
    ? await ctx.db.marketingAction.findMany({
        where: { AND: [actionScope(ctx), { code: { in: actionCodes } }] },
        select: { id: true, code: true },
      })
    : [];
}

/** The targets the stored sales convert, by id: a conversion that stays must keep its rules. */
async function loadConvertedTargets(ctx: Context, existing: Map<string, StoredSale>) {
  const conversionTargets = [
    ...new Set([...existing.values()].map((s) => s.conversion?.id).filter((id): id is number => !!id)),
  ];
  return new Map(
    (conversionTargets.length
      ? await ctx.db.actionTarget.findMany({
          where: { id: { in: conversionTargets } },
          select: { id: true, contactId: true, targetedAt: true },
        })
      : []
    ).map((t) => [t.id, t]),
  );
}
