import { builder } from '../kernel/graphql/builder.js';
import type { Context } from '../kernel/context.js';
import { ApiError, validationError } from '../kernel/errors.js';
import { SortDirectionEnum } from '../kernel/graphql/order.js';
import { idFor } from '../kernel/graphql/global-id.js';
import { RfmSegment } from '../generated/sqlite/enums.js';
import { purposeConsent, type ContactWhere } from '../privacy/access/contact-access.js';
import { analyticsRoles, profilingPurpose } from '../analytics/analytics.access.js';
import { latestScores } from './contact.filter.js';

/*
 * Sorting contacts by their scores in the latest completed snapshot. Prisma cannot order a row by a column of a
 * to-many relation, and a contact has one score row per snapshot; the scores take few values (11 segments, 1-5, the
 * categories), so the list is read bucket by bucket in the order of the key: each bucket is the same where plus
 * "score = v", read with the list's own order and cursor. A contact whose scores the caller may not read (no
 * `profiling` consent) is in the last bucket with the contacts that have no score at all, ordered among them by the
 * list's order: its hidden value never moves it.
 */

const ContactScoreKeyEnum = builder.enumType('ContactScoreKey', {
  values: {
    RFM_SEGMENT: { description: 'In the order of the RfmSegment enum (CHAMPIONS first).' },
    FRAT_CATEGORY: { description: 'By category name.' },
    RECENCY_SCORE: { description: '1 (longest ago) to 5 (most recent).' },
    FREQUENCY_SCORE: { description: '1 (fewest purchases) to 5 (most).' },
    MONETARY_SCORE: { description: '1 (least revenue) to 5 (most).' },
  } as const,
});

export const ContactScoreOrder = builder.inputType('ContactScoreOrder', {
  description:
    'Sort by a score of the latest completed snapshot (of `brand`, or the all-brands one), before `orderBy`. ' +
    'Contacts without a score you may read (no purchase, or no consent to profiling) come last, in both directions. ' +
    'Pages forward only (first / after). Analytics roles only.',
  fields: (t) => ({
    key: t.field({ type: ContactScoreKeyEnum }),
    direction: t.field({ type: SortDirectionEnum, required: false, defaultValue: 'ASC' }),
    brand: t.globalID({ required: false }),
  }),
});

type ScoreOrder = typeof ContactScoreOrder.$inferInput;

const scoreColumn = {
  RFM_SEGMENT: 'segment',
  FRAT_CATEGORY: 'fratCategoryId',
  RECENCY_SCORE: 'recencyScore',
  FREQUENCY_SCORE: 'frequencyScore',
  MONETARY_SCORE: 'monetaryScore',
} as const;

/** The values of the key, in ascending order. */
async function keyValues(ctx: Context, key: ScoreOrder['key'], snapshotId: number): Promise<(string | number)[]> {
  if (key === 'RFM_SEGMENT') return Object.values(RfmSegment);
  if (key !== 'FRAT_CATEGORY') return [1, 2, 3, 4, 5];
  // Only the categories that are some buyer's type in this snapshot (a few dozen at most).
  const used = await ctx.db.contactScore.groupBy({
    by: ['fratCategoryId'],
    where: { snapshotId, fratCategoryId: { not: null } },
  });
  const categories = await ctx.db.productCategory.findMany({
    where: { id: { in: used.map((u) => u.fratCategoryId!) } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true },
  });
  return categories.map((c) => c.id);
}

/** The buckets of a score sort, in order: one per value, then everyone without a readable value. */
export async function scoreBuckets(ctx: Context, order: ScoreOrder): Promise<ContactWhere[]> {
  const p = ctx.principal;
  if (!p || p.kind !== 'staff' || !analyticsRoles.includes(p.role))
    throw new ApiError('FORBIDDEN', 'Your role may not sort contacts by their scores.');
  const brandId = order.brand ? idFor('Brand', order.brand, ['scoreOrder', 'brand']) : null;
  const snapshot = await latestScores(ctx, brandId);
  if (!snapshot) return [{}];
  const consent = purposeConsent(await profilingPurpose(ctx), ctx.now);
  const column = scoreColumn[order.key];
  const values = await keyValues(ctx, order.key, snapshot.id);
  if (order.direction === 'DESC') values.reverse();
  const scored = (value: object) => ({ AND: [consent, { scores: { some: { snapshotId: snapshot.id, ...value } } }] });
  const buckets = values.map((v) => scored({ [column]: v }));
  const anyValue = order.key === 'FRAT_CATEGORY' ? { fratCategoryId: { not: null } } : {};
  return [...buckets, { NOT: [scored(anyValue)] }] as ContactWhere[];
}

interface Rows<R> {
  findMany(args: never): PromiseLike<R[]>;
  count(args: { where: ContactWhere }): PromiseLike<number>;
}

/**
 * One page of the list sorted by a score: the buckets in order, each read with the list's own order, the cursor's
 * bucket from the cursor on, until the page is full. At most one query per bucket, plus one per bucket to find the
 * cursor's.
 */
export async function scoreSortedPage<R>(
  rows: Rows<R>,
  query: { take: number; skip: number; cursor?: object },
  where: ContactWhere,
  orderBy: object,
  buckets: ContactWhere[],
): Promise<R[]> {
  const { take, skip, cursor, ...select } = query;
  if (take < 0) throw validationError([{ path: ['last'], message: 'a score sort pages forward: use first and after' }]);
  let start = 0;
  if (cursor) {
    start = -1;
    for (const [i, b] of buckets.entries())
      if (await rows.count({ where: { AND: [where, b, cursor] } as ContactWhere })) {
        start = i;
        break;
      }
    if (start < 0) return [];
  }
  const page: R[] = [];
  for (let i = start; i < buckets.length && page.length < take; i++) {
    const at = cursor && i === start ? { cursor, skip } : {};
    const args = { ...select, ...at, where: { AND: [where, buckets[i]] }, orderBy, take: take - page.length };
    const found = await rows.findMany(args as never);
    page.push(...found);
  }
  return page;
}
