import { builder } from '../kernel/graphql/builder.js';
import type { Context } from '../kernel/context.js';
import { ApiError, validationError, fieldProblem } from '../kernel/errors.js';
import { fieldMessage } from '../kernel/field-messages.js';
import { SortDirectionEnum } from '../kernel/graphql/order.js';
import { idFor } from '../kernel/graphql/global-id.js';
import { RfmSegment } from '../generated/sqlite/enums.js';
import { purposeConsent, type ContactWhere } from '../privacy/access/contact-access.js';
import { analyticsRoles, profilingPurpose, scoreBrandOf } from '../analytics/analytics.access.js';
import { latestScores } from './contact.filter.js';

/*
 * Sorting contacts by their scores in the latest completed snapshot. Prisma cannot order a row by a column of a
 * to-many relation, and a contact has one score row per snapshot. Scores of few values (11 segments, 1-5, the
 * categories) are read bucket by bucket in the order of the key: each bucket is the same where plus "score = v",
 * read with the list's own order and cursor. Continuous values (probability alive, CLV) are read from ContactScore
 * ordered by the value then the contact id, then the rest (continuousSortedPage). Either way a contact whose scores
 * the caller may not read (no `profiling` consent) comes last with the contacts that have no value at all, ordered
 * among them by the list's order: its hidden value never moves it.
 */

const ContactScoreKeyEnum = builder.enumType('ContactScoreKey', {
  values: {
    RFM_SEGMENT: { description: 'In the order of the RfmSegment enum (CHAMPIONS first).' },
    FRAT_CATEGORY: { description: 'By category name.' },
    RECENCY_SCORE: { description: '1 (longest ago) to 5 (most recent).' },
    FREQUENCY_SCORE: { description: '1 (fewest purchases) to 5 (most).' },
    MONETARY_SCORE: { description: '1 (least revenue) to 5 (most).' },
    PROBABILITY_ALIVE: { description: 'The stored probability still active (ContactScore.probabilityAlive), 0 to 1.' },
    PREDICTED_VALUE: { description: 'The stored CLV on revenue (ContactScore.scoredValue).' },
  } as const,
});

export const ContactScoreOrder = builder.inputType('ContactScoreOrder', {
  description:
    'Sort by a score of the latest completed snapshot (of `brand`; omitted: all brands’ for an administrator, your ' +
    'brand’s if you have one, VALIDATION if you have several), before `orderBy`. ' +
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
async function keyValues(ctx: Context, key: BucketKey, snapshotId: number): Promise<(string | number)[]> {
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

type BucketKey = keyof typeof scoreColumn;
const continuous = { PROBABILITY_ALIVE: 'probabilityAlive', PREDICTED_VALUE: 'predictedValue' } as const;

/** How a list is read in the order of a score: buckets of few values, or a continuous value. */
export type ScorePlan =
  | { kind: 'buckets'; buckets: ContactWhere[] }
  | {
      kind: 'continuous';
      snapshotId: number;
      column: (typeof continuous)[keyof typeof continuous];
      direction: 'asc' | 'desc';
      consent: ContactWhere;
    };

/** The plan of a score sort, for an analytics role (FORBIDDEN otherwise). */
export async function scorePlan(ctx: Context, order: ScoreOrder): Promise<ScorePlan> {
  const p = ctx.principal;
  if (!p || p.kind !== 'staff' || !analyticsRoles.includes(p.role))
    throw new ApiError('FORBIDDEN', 'Your role may not sort contacts by their scores.');
  const brandId = order.brand
    ? idFor('Brand', order.brand, ['scoreOrder', 'brand'])
    : scoreBrandOf(ctx, ['scoreOrder', 'brand']);
  const snapshot = await latestScores(ctx, brandId);
  if (!snapshot) return { kind: 'buckets', buckets: [{}] };
  const consent = purposeConsent(await profilingPurpose(ctx), ctx.now) as ContactWhere;
  if (order.key === 'PROBABILITY_ALIVE' || order.key === 'PREDICTED_VALUE') {
    const direction = order.direction === 'DESC' ? 'desc' : 'asc';
    return { kind: 'continuous', snapshotId: snapshot.id, column: continuous[order.key], direction, consent };
  }
  return { kind: 'buckets', buckets: await scoreBuckets(ctx, order.key, snapshot.id, consent, order.direction) };
}

/** The buckets of a score sort, in order: one per value, then everyone without a readable value. */
async function scoreBuckets(
  ctx: Context,
  key: BucketKey,
  snapshotId: number,
  consent: ContactWhere,
  direction: ScoreOrder['direction'],
): Promise<ContactWhere[]> {
  const column = scoreColumn[key];
  const values = await keyValues(ctx, key, snapshotId);
  if (direction === 'DESC') values.reverse();
  const scored = (value: object) => ({ AND: [consent, { scores: { some: { snapshotId, ...value } } }] });
  const buckets = values.map((v) => scored({ [column]: v }));
  const anyValue = key === 'FRAT_CATEGORY' ? { fratCategoryId: { not: null } } : {};
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
  if (take < 0) throw validationError([fieldProblem(['last'], fieldMessage('FORWARD_ONLY'))]);
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

type Continuous = Extract<ScorePlan, { kind: 'continuous' }>;

/**
 * One page of the list sorted by a continuous score (probability alive, CLV): first the contacts with a readable
 * value, read from ContactScore in the order of the value then the contact id (the scores of the list's `where`
 * and of contacts consenting to profiling only), then everyone else in the list's own order. A cursor is a contact
 * id: if it has a readable value the page continues after (value, id), else it continues the rest after it. Two
 * to four queries a page, whatever the number of distinct values.
 */
export async function continuousSortedPage<R>(
  ctx: Context,
  rows: Rows<R>,
  query: { take: number; skip: number; cursor?: object },
  where: ContactWhere,
  orderBy: object,
  plan: Continuous,
): Promise<R[]> {
  const { take, skip, cursor, ...select } = query;
  if (take < 0) throw validationError([fieldProblem(['last'], fieldMessage('FORWARD_ONLY'))]);
  const { column, snapshotId, direction } = plan;
  const readable = { snapshotId, [column]: { not: null }, contact: { AND: [where, plan.consent] } };
  const cursorId = (cursor as { id?: number } | undefined)?.id;
  let after: object = {};
  let inRest = false;
  if (cursorId !== undefined) {
    const at = await ctx.db.contactScore.findFirst({
      where: { ...readable, contactId: cursorId } as never,
      select: { probabilityAlive: true, predictedValue: true },
    });
    if (at) {
      const v = at[column]!;
      after = {
        OR: [{ [column]: direction === 'asc' ? { gt: v } : { lt: v } }, { [column]: v, contactId: { gt: cursorId } }],
      };
    } else inRest = true;
  }
  const page: R[] = [];
  if (!inRest) {
    const scored = await ctx.db.contactScore.findMany({
      where: { AND: [readable, after] } as never,
      orderBy: [{ [column]: direction }, { contactId: 'asc' }],
      take,
      select: { contactId: true },
    });
    const ids = scored.map((s) => s.contactId);
    if (ids.length) {
      const found = await rows.findMany({ ...select, where: { AND: [where, { id: { in: ids } }] } } as never);
      const byId = new Map(found.map((r) => [(r as { id: number }).id, r]));
      page.push(...ids.flatMap((id) => byId.get(id) ?? []));
    }
  }
  if (page.length < take) {
    const valued = { AND: [plan.consent, { scores: { some: { snapshotId, [column]: { not: null } } } }] };
    const at = inRest ? { cursor, skip } : {};
    const rest = { ...select, ...at, where: { AND: [where, { NOT: [valued] }] }, orderBy, take: take - page.length };
    page.push(...(await rows.findMany(rest as never)));
  }
  return page;
}
