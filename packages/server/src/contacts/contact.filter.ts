import { builder } from '../kernel/graphql/builder.js';
import type { Context } from '../kernel/context.js';
import { ContactKindEnum, PipelineStageEnum } from '../kernel/graphql/enums.js';
import { columns, DateTimeRange, DecimalRange, FloatRange, idColumns, oneOf } from '../kernel/graphql/filters.js';
import { idsIn } from '../kernel/graphql/global-id.js';
import { perRequest } from '../kernel/request-cache.js';
import { orderInput } from '../kernel/graphql/order.js';
import {
  contacts,
  contactWhere as accessWhere,
  type ContactWhere,
  purposeConsent,
} from '../privacy/access/contact-access.js';
import { ApiError, validationError, fieldProblem } from '../kernel/errors.js';
import { Problems, moneyProblem } from '../kernel/validate.js';
import { RfmSegmentEnum } from '../analytics/analytics.schema.js';
import { analyticsRoles, profilingPurpose, scoreBrandOf, snapshotScope } from '../analytics/analytics.access.js';
import { fieldMessage } from '../kernel/field-messages.js';

/** Typed filter of the contacts list. Every condition is optional; given conditions all apply (AND). */
export const ContactFilter = builder.inputType('ContactFilter', {
  fields: (t) => ({
    ids: t.globalIDList({
      required: false,
      description: 'Only these contacts (e.g. a selection made in a list); ids you may not see simply match nothing.',
    }),
    kind: t.field({ type: [ContactKindEnum], required: false, description: 'Any of these kinds.' }),
    brand: t.globalIDList({ required: false, description: 'Any of these brands.' }),
    zone: t.globalIDList({ required: false, description: 'Any of these zones.' }),
    sourceAction: t.globalIDList({ required: false, description: 'Brought by any of these actions.' }),
    owner: t.globalIDList({ required: false, description: 'Owned by any of these staff users.' }),
    pipelineStage: t.field({ type: [PipelineStageEnum], required: false }),
    segment: t.globalIDList({
      required: false,
      description: 'Members of any of these saved segments you may see (a dynamic segment is evaluated now).',
    }),
    rfmSegment: t.field({
      type: [RfmSegmentEnum],
      required: false,
      description:
        'Any of these RFM segments in the latest completed score snapshot (of `rfmBrand`: see there). ' +
        'Profiling: only contacts whose consent covers `profiling` can match. Analytics roles only.',
    }),
    fratCategory: t.globalIDList({
      required: false,
      description:
        'FRAT type (the category with the most revenue) any of these product categories in the latest completed score ' +
        'snapshot (of `rfmBrand`: see there). Profiling: only contacts whose consent covers `profiling` ' +
        'can match. Analytics roles only.',
    }),
    probabilityAlive: t.field({
      type: FloatRange,
      required: false,
      description:
        'Probability still active (0 to 1) stored in the latest completed score snapshot (of `rfmBrand`: see ' +
        'there), under its scoring model. Profiling: only contacts whose consent covers `profiling` can ' +
        'match. Analytics roles only.',
    }),
    predictedValue: t.field({
      type: DecimalRange,
      required: false,
      description:
        'CLV on revenue stored in the latest completed score snapshot (of `rfmBrand`: see there): ' +
        '`ContactScore.scoredValue`. Profiling: only contacts whose consent covers `profiling` can match. ' +
        'Analytics roles only.',
    }),
    rfmBrand: t.globalID({
      required: false,
      description:
        'The score snapshot `rfmSegment`, `fratCategory`, `probabilityAlive` and `predictedValue` read: this brand’s. ' +
        'Omitted: all brands’ for an administrator, your brand’s if you have one; with several, name one (VALIDATION).',
    }),
    postalCodePrefix: t.string({
      required: false,
      description: 'Postal code starts with (e.g. a department, "75"): letters, digits, spaces and hyphens only.',
    }),
    search: t.string({
      required: false,
      description:
        'Words found in the name, company, e-mail or city (each word, any case; `%` and `_` are literal characters). ' +
        'At most 200 characters (VALIDATION beyond).',
    }),
    createdAt: t.field({ type: DateTimeRange, required: false }),
    firstSaleAt: t.field({ type: DateTimeRange, required: false }),
    deleted: t.boolean({
      required: false,
      defaultValue: false,
      description: 'false: live contacts only (default); true: deleted contacts only.',
    }),
  }),
});

const contactOrderColumns = {
  ID: 'id',
  LAST_NAME: 'lastName',
  COMPANY_NAME: 'companyName',
  KIND: 'kind',
  POSTAL_CODE: 'postalCode',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
  FIRST_CONTACT_AT: 'firstContactAt',
  FIRST_SALE_AT: 'firstSaleAt',
} as const;

export const contactOrder = orderInput('Contact', contactOrderColumns);

type Filter = typeof ContactFilter.$inferInput;
type Order = readonly { field: keyof typeof contactOrderColumns }[] | null | undefined;

/** Columns the `search` words look in. */
const searchColumns = ['firstName', 'lastName', 'companyName', 'email', 'city'] as const;

/** The longest `search` accepted: a few words, far above any name or e-mail; longer answers VALIDATION. */
export const searchMaxLength = 200;

/** The words of a search, after checking its length (before any query: a 50,000-character search is refused). */
function searchWords(f: Filter | null | undefined): string[] {
  const search = f?.search;
  if (search != null && search.length > searchMaxLength) {
    throw validationError([fieldProblem(['filter', 'search'], fieldMessage('TOO_LONG', { max: searchMaxLength }))]);
  }
  return search?.trim().split(/\s+/).filter(Boolean) ?? [];
}

/** A postal-code prefix, checked: a prefix holds no LIKE wildcard, so it cannot match more than it says. */
function postalPrefix(f: Filter | null | undefined): string | undefined {
  const prefix = f?.postalCodePrefix;
  if (prefix == null || prefix === '') return undefined;
  if (prefix.length > 20 || !/^[\p{L}\p{N} -]+$/u.test(prefix)) {
    throw validationError([
      fieldProblem(['filter', 'postalCodePrefix'], fieldMessage('POSTAL_CODE_PREFIX', { max: 20 })),
    ]);
  }
  return prefix;
}

const hasWildcard = (w: string) => /[%_]/.test(w);

/** A word for PostgreSQL's (I)LIKE, whose escape character is the backslash: `%`, `_` and `\` stand for themselves. */
const escapeLike = (w: string) => w.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * One search word: found in any of the search columns, ignoring case. PostgreSQL escapes the wildcards. SQLite's
 * LIKE has no escape character unless the statement declares one (Prisma's does not): there a word with `%` or `_`
 * matches a superset here, narrowed to the literal matches by `literalMatches`.
 */
function wordWhere(ctx: Context, w: string): ContactWhere {
  return {
    OR: searchColumns.map((field) => ({
      [field]:
        ctx.provider === 'postgresql' ? { contains: escapeLike(w), mode: 'insensitive' as const } : { contains: w },
    })),
  };
}

/**
 * SQLite only, for words holding `%` or `_`: the ids, among the contacts the rest of the where selects (the
 * caller's rows, confined by consent since the search compares personal fields), whose columns contain every such
 * word literally (ASCII case ignored, as SQLite's LIKE does).
 */
async function literalMatches(ctx: Context, where: ContactWhere, words: string[]): Promise<number[]> {
  const candidates = await contacts(ctx).findMany({
    where,
    select: { id: true, firstName: true, lastName: true, companyName: true, email: true, city: true },
  });
  const fold = (v: string) => v.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return candidates
    .filter((c) => words.every((w) => searchColumns.some((col) => c[col] != null && fold(c[col]!).includes(fold(w)))))
    .map((c) => c.id);
}

const nothing = { id: -1 };

/**
 * The RFM condition: a score in the given segments in the latest completed snapshot (of a brand, or all brands) the
 * caller may see. Scores are profiling: like a personal field, a contact whose scores are hidden (no `profiling`
 * consent) cannot be selected by them either, whatever the request's purpose.
 */
async function rfmWhere(ctx: Context, f: Filter) {
  if (!f.rfmSegment && !f.fratCategory && !f.rfmBrand && !f.probabilityAlive && !f.predictedValue) return {};
  const p = ctx.principal;
  if (!p || p.kind !== 'staff' || !analyticsRoles.includes(p.role)) {
    throw new ApiError('FORBIDDEN', 'Your role may not select contacts by their scores.');
  }
  checkValueRanges(f);
  const brandId = f.rfmBrand
    ? idsIn('Brand', [f.rfmBrand], ['filter', 'rfmBrand'])!.in[0]!
    : scoreBrandOf(ctx, ['filter', 'rfmBrand']);
  const categories = idsIn('ProductCategory', f.fratCategory, ['filter', 'fratCategory']);
  const snapshot = await latestScores(ctx, brandId);
  if (!snapshot) return nothing;
  return {
    AND: [
      purposeConsent(await profilingPurpose(ctx), ctx.now),
      {
        scores: {
          some: {
            snapshotId: snapshot.id,
            segment: oneOf(f.rfmSegment),
            fratCategoryId: categories,
            probabilityAlive: valueRange(f.probabilityAlive),
            predictedValue: valueRange(f.predictedValue),
          },
        },
      },
    ],
  };
}

type Bounds = { min?: number | string | null; max?: number | string | null } | null | undefined;

/** `{ gte, lte }` of a range, or undefined; a given range only matches stored values (never a null one). */
const valueRange = (r: Bounds) =>
  r ? { not: null, ...(r.min != null ? { gte: r.min } : {}), ...(r.max != null ? { lte: r.max } : {}) } : undefined;

/** The value ranges, checked: finite bounds, min ≤ max, a probability within 0..1, amounts as money. */
export function checkValueRanges(f: { probabilityAlive?: Bounds; predictedValue?: Bounds }, base = ['filter']) {
  const p = new Problems(base);
  const alive = f.probabilityAlive;
  for (const end of ['min', 'max'] as const) {
    const v = alive?.[end];
    p.check(
      v == null || (Number.isFinite(v) && Number(v) >= 0 && Number(v) <= 1),
      `probabilityAlive.${end}`,
      fieldMessage('BETWEEN', { min: 0, max: 1 }),
    );
    const amount = f.predictedValue?.[end];
    if (amount != null) p.addIf(`predictedValue.${end}`, moneyProblem(String(amount), true));
  }
  for (const [field, r] of [
    ['probabilityAlive', alive],
    ['predictedValue', f.predictedValue],
  ] as const)
    p.check(
      !r || r.min == null || r.max == null || Number(r.min) <= Number(r.max),
      field,
      fieldMessage('MIN_ABOVE_MAX'),
    );
  p.throwIfAny();
}

/** The latest completed score snapshot of a brand (null: the all-brands one) the caller may see, or null. */
export function latestScores(ctx: Context, brandId: number | null) {
  return ctx.db.scoreSnapshot.findFirst({
    where: { AND: [snapshotScope(ctx), { brandId, status: 'COMPLETED' }] },
    orderBy: [{ asOf: 'desc' }, { id: 'desc' }],
    select: { id: true },
  });
}

/** Saved segments being evaluated in this request: a segment whose criteria name itself would never end. */
const evaluating = perRequest(() => new Set<number>());

/**
 * The members of one saved segment as a contact condition (NOT_FOUND when the caller may not see it). Segments belong
 * to the campaigns context and their criteria build on this filter, so contacts cannot import them: the segments
 * module provides this function when it loads (`provideSegmentMembers`), which the schema always does.
 */
export type SegmentMembers = (ctx: Context, segmentId: number) => Promise<object>;

let segmentMembers: SegmentMembers | null = null;

/** Called once by campaigns/segments/segment.service.ts: how `filter.segment` reads a segment's members. */
export function provideSegmentMembers(members: SegmentMembers): void {
  segmentMembers = members;
}

/** Members of any of the given segments (each must be visible: NOT_FOUND otherwise), through the segments module. */
async function segmentsWhere(ctx: Context, f: Filter) {
  if (!f.segment) return {};
  const ids = idsIn('Segment', f.segment, ['filter', 'segment'])!.in;
  if (!segmentMembers) throw new Error('filter.segment needs the segments module (campaigns/segments) to be loaded');
  const membersOf = segmentMembers;
  const seen = evaluating(ctx);
  const members: object[] = [];
  for (const [i, id] of ids.entries()) {
    if (seen.has(id))
      throw validationError([fieldProblem(['filter', 'segment', String(i)], fieldMessage('SEGMENT_CONTAINS_ITSELF'))]);
    seen.add(id);
    try {
      members.push(await membersOf(ctx, id));
    } finally {
      seen.delete(id);
    }
  }
  return members.length ? { OR: members } : nothing;
}

/**
 * The Prisma `where` of a filter, built through the access layer (`access/contact-access.ts`): always confined to
 * the caller's row rule and, when the filter or the sort compares a personal field (search, postal-code prefix,
 * sort by name, company or postal code), to contacts whose consent covers the request's purpose, so that a guess
 * answers like no contact at all. Merged contacts are never listed; an RFM condition only sees contacts consenting
 * to profiling. Async: RFM, segment and (on SQLite) wildcard search conditions read the database first.
 */
export async function contactWhere(ctx: Context, f: Filter | null | undefined, orderBy?: Order): Promise<ContactWhere> {
  const words = searchWords(f);
  const prefix = postalPrefix(f);
  const where: ContactWhere = {
    AND: [
      f ? await rfmWhere(ctx, f) : {},
      f ? await segmentsWhere(ctx, f) : {},
      {
        mergedIntoId: null,
        deletedAt: f?.deleted ? { not: null } : null,
        ...idColumns(f, {
          id: ['Contact', 'ids'],
          brandId: ['Brand', 'brand'],
          zoneId: ['Zone', 'zone'],
          sourceActionId: ['MarketingAction', 'sourceAction'],
          ownerId: ['StaffUser', 'owner'],
        }),
        ...columns(f, { oneOf: ['kind', 'pipelineStage'], dates: ['createdAt', 'firstSaleAt'] }),
        postalCode: prefix ? { startsWith: prefix } : undefined,
      },
      ...words.map((w) => wordWhere(ctx, w)),
    ],
  } as ContactWhere;
  const confined = accessWhere(ctx, where, contactOrder.toOrderBy(orderBy));
  const literal = ctx.provider === 'sqlite' ? words.filter(hasWildcard) : [];
  if (!literal.length) return confined;
  return { AND: [confined, { id: { in: await literalMatches(ctx, confined, literal) } }] };
}
