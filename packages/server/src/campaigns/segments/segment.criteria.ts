import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import { ApiError } from '../../kernel/errors.js';
import type { RfmSegment } from '../../generated/sqlite/enums.js';
import {
  BusinessSectorEnum,
  ClassRankEnum,
  CommercialServiceEnum,
  DistributionTypeEnum,
  EndReasonEnum,
  InterestEnum,
  LanguageEnum,
  ProspectPriorityEnum,
  RelationTypeEnum,
} from '../../kernel/graphql/enums.js';
import { DateTimeRange, IntRange, dateRange, numberRange, oneOf } from '../../kernel/graphql/filters.js';
import { idFor, idsIn, type DecodedGlobalId } from '../../kernel/graphql/global-id.js';
import { Problems, moneyProblem } from '../../kernel/validate.js';
import { purposeConsent } from '../../privacy/access/contact-access.js';
import { brandScope } from '../../privacy/access/row-rules.js';
import { actionScope } from '../actions/action.filter.js';
import { analyticsRoles, profilingPurpose, snapshotScope } from '../../analytics/analytics.access.js';
import { RfmSegmentEnum } from '../../analytics/analytics.schema.js';
import { loadPurposes, purposeIn } from '../../privacy/consent/purpose.service.js';
import { ContactFilter, contactWhere } from '../../contacts/contact.filter.js';
import { fieldMessage } from '../../kernel/field-messages.js';

/**
 * Segment criteria: the contacts list filter plus purchase, response, RFM and consent conditions. Every given
 * condition applies (AND). Stored as JSON in Segment.criteria (segment.stored.ts); evaluated into one Prisma
 * `where` on Contact (SQL only), always inside the caller's row rule.
 */

export const PurchaseCriterion = builder.inputType('PurchaseCriterion', {
  description:
    'Purchases in a period. With products or categories: only sales with a line of one of them count. ' +
    'Without min/max: at least one such purchase. Only sales of brands you may see count.',
  fields: (t) => ({
    products: t.globalIDList({ required: false, description: 'Bought any of these products.' }),
    categories: t.globalIDList({ required: false, description: 'Bought a product of any of these categories.' }),
    brand: t.globalIDList({ required: false, description: 'Sales of any of these brands.' }),
    period: t.field({ type: DateTimeRange, required: false, description: 'Sale date in this range.' }),
    minPurchases: t.int({ required: false, description: 'At least this many such sales.' }),
    maxPurchases: t.int({ required: false, description: 'At most this many such sales (0: none).' }),
    minRevenue: t.field({ type: 'Decimal', required: false, description: 'Total of such sales at least this.' }),
    maxRevenue: t.field({ type: 'Decimal', required: false, description: 'Total of such sales at most this.' }),
  }),
});

export const ResponseHistoryEnum = builder.enumType('ResponseHistory', {
  description: 'What a contact did with an action. Control-group rows (never solicited) do not count as targeted.',
  values: ['TARGETED', 'NOT_TARGETED', 'RESPONDED', 'DID_NOT_RESPOND'] as const,
});

export const ResponseCriterion = builder.inputType('ResponseCriterion', {
  fields: (t) => ({
    action: t.globalID({ description: 'A marketing action you may see.' }),
    history: t.field({ type: ResponseHistoryEnum }),
  }),
});

export const RfmCriterion = builder.inputType('RfmCriterion', {
  description:
    'Scores of the latest completed snapshot (of `brand`, or the all-brands one). Profiling: only contacts whose ' +
    'consent covers `profiling` can match.',
  fields: (t) => ({
    brand: t.globalID({ required: false, description: 'The snapshot of this brand; none: the all-brands snapshot.' }),
    segments: t.field({ type: [RfmSegmentEnum], required: false, description: 'Any of these RFM segments.' }),
    recencyScore: t.field({ type: IntRange, required: false }),
    frequencyScore: t.field({ type: IntRange, required: false }),
    monetaryScore: t.field({ type: IntRange, required: false }),
  }),
});

/**
 * Catalog fields of the contact card that are neither personal nor confidential (confidential ones, such as the
 * income band, are never selection criteria: see ACCESS.md). Each list means "any of these".
 */
export const ContactAttributesCriterion = builder.inputType('ContactAttributesCriterion', {
  fields: (t) => ({
    revenueClass: t.field({ type: [ClassRankEnum], required: false }),
    frequencyClass: t.field({ type: [ClassRankEnum], required: false }),
    distributionType: t.field({ type: [DistributionTypeEnum], required: false }),
    commercialService: t.field({ type: [CommercialServiceEnum], required: false }),
    prospectPriority: t.field({ type: [ProspectPriorityEnum], required: false }),
    businessSector: t.field({ type: [BusinessSectorEnum], required: false }),
    relationType: t.field({ type: [RelationTypeEnum], required: false }),
    endReason: t.field({ type: [EndReasonEnum], required: false }),
    language: t.field({ type: [LanguageEnum], required: false }),
    countryCode: t.stringList({ required: false, description: 'ISO 3166-1 alpha-2 codes.' }),
    interests: t.field({ type: [InterestEnum], required: false, description: 'Has any of these interests.' }),
  }),
});

export const SegmentCriteriaInput = builder.inputType('SegmentCriteriaInput', {
  description: 'Who belongs to a segment. Every given condition applies (AND).',
  fields: (t) => ({
    contact: t.field({ type: ContactFilter, required: false, description: 'The contacts list filter.' }),
    attributes: t.field({
      type: ContactAttributesCriterion,
      required: false,
      description: 'Catalog fields of the contact card.',
    }),
    purchases: t.field({
      type: [PurchaseCriterion],
      required: false,
      description: 'Each purchase condition must hold.',
    }),
    responses: t.field({
      type: [ResponseCriterion],
      required: false,
      description: 'Each response condition must hold.',
    }),
    rfm: t.field({ type: RfmCriterion, required: false }),
    consents: t.stringList({ required: false, description: 'Purpose codes the contact’s consent must cover today.' }),
  }),
});

export type SegmentCriteria = typeof SegmentCriteriaInput.$inferInput;
type Purchase = typeof PurchaseCriterion.$inferInput;
type Range = { min?: number | null; max?: number | null } | null | undefined;

/** Checks what the types cannot say (ranges, amounts); throws one VALIDATION listing every problem. */
export function checkCriteria(c: SegmentCriteria, base: string[] = ['criteria']): void {
  const p = new Problems(base);
  const range = (r: Range, field: string, lo: number, hi: number) => {
    if (!r) return;
    for (const end of ['min', 'max'] as const) {
      const v = r[end];
      p.check(v == null || (v >= lo && v <= hi), `${field}.${end}`, fieldMessage('BETWEEN', { min: lo, max: hi }));
    }
    p.check(r.min == null || r.max == null || r.min <= r.max, field, fieldMessage('MIN_ABOVE_MAX'));
  };
  c.purchases?.forEach((x, i) => {
    const f = `purchases.${i}`;
    p.check(x.minPurchases == null || x.minPurchases >= 0, `${f}.minPurchases`, fieldMessage('NOT_NEGATIVE'));
    p.check(x.maxPurchases == null || x.maxPurchases >= 0, `${f}.maxPurchases`, fieldMessage('NOT_NEGATIVE'));
    p.check(
      x.minPurchases == null || x.maxPurchases == null || x.minPurchases <= x.maxPurchases,
      `${f}.maxPurchases`,
      fieldMessage('AT_LEAST_FIELD', { field: 'minPurchases' }),
    );
    for (const k of ['minRevenue', 'maxRevenue'] as const) if (x[k] != null) p.addIf(`${f}.${k}`, moneyProblem(x[k]!));
    p.check(
      x.minRevenue == null || x.maxRevenue == null || Number(x.minRevenue) <= Number(x.maxRevenue),
      `${f}.maxRevenue`,
      fieldMessage('AT_LEAST_FIELD', { field: 'minRevenue' }),
    );
    p.check(
      !x.period?.from || !x.period?.to || x.period.from <= x.period.to,
      `${f}.period`,
      fieldMessage('NOT_AFTER_FIELD', { from: 'from', to: 'to' }),
    );
  });
  if (c.rfm)
    for (const k of ['recencyScore', 'frequencyScore', 'monetaryScore'] as const) range(c.rfm[k], `rfm.${k}`, 1, 5);
  c.consents?.forEach((code, i) => p.check(code.trim() !== '', `consents.${i}`, fieldMessage('PURPOSE_CODE_REQUIRED')));
  p.throwIfAny();
}

const nothing = { id: -1 };

/** Sales counted by a purchase criterion: visible brands, period, products or categories. */
function saleWhere(ctx: Context, x: Purchase, path: string[]): object {
  const products = idsIn('Product', x.products, [...path, 'products']);
  const categories = idsIn('ProductCategory', x.categories, [...path, 'categories']);
  const lines: object[] = [];
  if (products) lines.push({ productId: products });
  if (categories) lines.push({ product: { categoryId: categories } });
  return {
    AND: [
      brandScope(ctx),
      { brandId: idsIn('Brand', x.brand, [...path, 'brand']), saleDate: dateRange(x.period) },
      lines.length ? { lines: { some: { OR: lines } } } : {},
    ],
  };
}

/**
 * One purchase criterion as a where on Contact. "At least one" and "none" are relation filters; other counts and
 * revenue bounds are a GROUP BY ... HAVING in the database whose contact ids feed the where (the contacts that
 * break a max are excluded, so contacts without any purchase still satisfy a max).
 */
async function purchaseWhere(ctx: Context, x: Purchase, path: string[]) {
  const sales = saleWhere(ctx, x, path);
  const conds: object[] = [];
  const min = x.minPurchases ?? null;
  const max = x.maxPurchases ?? null;
  const bounded = min !== null && min > 1;
  if (max === 0) conds.push({ sales: { none: sales } } as object);
  else if (min === null && max === null && x.minRevenue == null && x.maxRevenue == null)
    conds.push({ sales: { some: sales } });
  else if (min === 1 || (min === null && x.minRevenue != null)) conds.push({ sales: { some: sales } });
  // Casts: Prisma's groupBy types its `having` from the `by` tuple through a conditional type that a where built
  // from parts cannot satisfy; `sales` and `h` are the same where/having objects the typed paths build.
  const having = async (h: object) =>
    (await ctx.db.sale.groupBy({ by: ['contactId'], where: sales as never, having: h as never })).map(
      (r) => r.contactId,
    );
  if (bounded) conds.push({ id: { in: await having({ contactId: { _count: { gte: min } } }) } });
  if (max !== null && max > 0) conds.push({ id: { notIn: await having({ contactId: { _count: { gt: max } } }) } });
  if (x.minRevenue != null) conds.push({ id: { in: await having({ total: { _sum: { gte: x.minRevenue } } }) } });
  if (x.maxRevenue != null) conds.push({ id: { notIn: await having({ total: { _sum: { gt: x.maxRevenue } } }) } });
  return { AND: conds };
}

function responseWhere(
  ctx: Context,
  action: number,
  history: 'TARGETED' | 'NOT_TARGETED' | 'RESPONDED' | 'DID_NOT_RESPOND',
) {
  const solicited = { actionId: action, inControlGroup: false, action: actionScope(ctx) };
  switch (history) {
    case 'TARGETED':
      return { targets: { some: solicited } };
    case 'NOT_TARGETED':
      return { targets: { none: solicited } };
    case 'RESPONDED':
      return { targets: { some: { ...solicited, respondedAt: { not: null } } } };
    case 'DID_NOT_RESPOND':
      return { targets: { some: { ...solicited, respondedAt: null } } };
  }
}

function attributesWhere(a: NonNullable<SegmentCriteria['attributes']>) {
  const { interests, countryCode, ...columns } = a;
  return {
    ...Object.fromEntries(
      Object.entries(columns)
        .filter(([, v]) => v != null)
        .map(([k, v]) => [k, oneOf(v as readonly string[])]),
    ),
    ...(countryCode ? { countryCode: { in: countryCode.map((c) => c.trim().toUpperCase()) } } : {}),
    ...(interests ? { interests: { some: { interest: { in: [...interests] } } } } : {}),
  };
}

/** The latest completed score snapshot of a brand (null: all brands) the caller may see; null when none. */
export async function latestSnapshotId(ctx: Context, brandId: number | null): Promise<number | null> {
  const s = await ctx.db.scoreSnapshot.findFirst({
    where: { AND: [snapshotScope(ctx), { brandId, status: 'COMPLETED' }] },
    orderBy: [{ asOf: 'desc' }, { id: 'desc' }],
    select: { id: true },
  });
  return s?.id ?? null;
}

async function rfmWhere(ctx: Context, r: NonNullable<SegmentCriteria['rfm']>, base: string[]) {
  const p = ctx.principal;
  if (!p || p.kind !== 'staff' || !analyticsRoles.includes(p.role)) {
    throw new ApiError('FORBIDDEN', 'Your role may not select contacts by their scores.');
  }
  const brandId = r.brand ? idFor('Brand', r.brand as DecodedGlobalId, [...base, 'rfm', 'brand']) : null;
  const snapshotId = await latestSnapshotId(ctx, brandId);
  if (snapshotId === null) return nothing;
  const segments = r.segments ? { in: [...r.segments] as RfmSegment[] } : undefined;
  return {
    AND: [
      // Scores are profiling: a contact whose scores are hidden cannot be selected by them either.
      purposeConsent(await profilingPurpose(ctx), ctx.now),
      {
        scores: {
          some: {
            snapshotId,
            segment: segments,
            recencyScore: numberRange(r.recencyScore),
            frequencyScore: numberRange(r.frequencyScore),
            monetaryScore: numberRange(r.monetaryScore),
          },
        },
      },
    ],
  };
}

/**
 * The Prisma `where` on Contact of segment criteria, for the caller: its row rule always applies, personal-value
 * criteria only see contacts whose consent covers the request's purpose (contactWhere), score criteria only
 * contacts whose consent covers profiling. Bad ids and unknown purposes are VALIDATION errors, actions you may
 * not see NOT_FOUND; `base` is the path of the criteria in the request, for the error paths.
 */
export async function criteriaWhere(ctx: Context, c: SegmentCriteria, base: string[] = ['criteria']) {
  checkCriteria(c, base);
  const parts: object[] = [await contactWhere(ctx, c.contact ?? null)];
  for (const [i, x] of (c.purchases ?? []).entries())
    parts.push(await purchaseWhere(ctx, x, [...base, 'purchases', String(i)]));
  if (c.responses?.length) {
    const ids = c.responses.map((r, i) =>
      idFor('MarketingAction', r.action as DecodedGlobalId, [...base, 'responses', String(i), 'action']),
    );
    const visible = await ctx.db.marketingAction.count({ where: { AND: [{ id: { in: ids } }, actionScope(ctx)] } });
    if (visible !== new Set(ids).size) throw new ApiError('NOT_FOUND', 'Marketing action not found.');
    c.responses.forEach((r, i) => parts.push(responseWhere(ctx, ids[i]!, r.history)));
  }
  if (c.attributes) parts.push(attributesWhere(c.attributes));
  if (c.rfm) parts.push(await rfmWhere(ctx, c.rfm, base));
  if (c.consents?.length) {
    const all = await loadPurposes(ctx.db);
    const p = new Problems([...base, 'consents']);
    for (const [i, code] of c.consents.entries()) {
      const purpose = purposeIn(all, code);
      p.check(purpose !== null, String(i), fieldMessage('UNKNOWN_PURPOSE_CODE', { code }));
      if (purpose) parts.push(purposeConsent(purpose, ctx.now));
    }
    p.throwIfAny();
  }
  return { AND: parts };
}
