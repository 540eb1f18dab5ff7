import { builder } from '../kernel/graphql/builder.js';
import type { Context } from '../kernel/context.js';
import * as E from '../generated/sqlite/enums.js';
import { idFor } from '../kernel/graphql/global-id.js';
import { listSize } from '../kernel/graphql/page-size.js';
import { confidentialFields, mayReadConfidential, type ConfidentialField } from '../kernel/field-rules.js';
import { contacts } from '../privacy/access/contact-access.js';
import { minGroupSize, unlessSmall } from '../privacy/access/small-groups.js';
import {
  analyticsRoles,
  assertMayRefresh,
  assertProfilingConsent,
  scoredContactWhere,
  snapshotScope,
} from './analytics.access.js';
import { refreshScoreSnapshot } from './analytics.service.js';

/*
 * Analytics in GraphQL, by topic: this file has the RFM / FRAT score snapshots; action-metrics.schema.ts what the
 * actions achieved; contact-figures.schema.ts the distribution of contacts and one contact's response rate.
 */

const readers = { roles: analyticsRoles };

export const RfmSegmentEnum = builder.enumType(E.RfmSegment, {
  name: 'RfmSegment',
  description:
    'RFM segment, named from the pair (recency score, frequency score); the table is in analytics/ANALYTICS.md.',
});
export const ScoreSnapshotStatusEnum = builder.enumType(E.ScoreSnapshotStatus, { name: 'ScoreSnapshotStatus' });

// ---------------------------------------------------------------------------------------------------------------
// Snapshots and scores
// ---------------------------------------------------------------------------------------------------------------

const marginRoles = confidentialFields['Sale.grossMargin'];

/** One buyer's scores in a snapshot. Only for contacts whose consent covers profiling. */
export const ContactScoreRef = builder.prismaObject('ContactScore', {
  description: "A buyer's RFM / FRAT scores in a snapshot: profiling, shown only for contacts who consented to it.",
  fields: (t) => ({
    contact: t.relation('contact'),
    snapshot: t.relation('snapshot'),
    recencyDays: t.exposeInt('recencyDays', {
      description: 'Whole days from the day of the last purchase to the snapshot day.',
    }),
    frequency: t.exposeInt('frequency', { description: 'Number of purchases up to the snapshot day.' }),
    monetary: t.expose('monetary', {
      type: 'Decimal',
      description: 'Revenue to date, net of discounts (historical value).',
    }),
    grossMargin: t.field({
      type: 'Decimal',
      nullable: true,
      description: `Gross margin to date, net of discounts. Confidential: readable by ${marginRoles.join(', ')}.`,
      directives: { auth: { roles: [...marginRoles] } },
      authScopes: (_p, _a, ctx) => mayReadConfidential(ctx.principal, 'Sale.grossMargin' satisfies ConfidentialField),
      select: { grossMargin: true },
      resolve: (s) => s.grossMargin,
    }),
    firstPurchaseAt: t.expose('firstPurchaseAt', { type: 'DateTime' }),
    lastPurchaseAt: t.expose('lastPurchaseAt', { type: 'DateTime' }),
    recencyScore: t.exposeInt('recencyScore', { description: '1 (longest ago) to 5 (most recent).' }),
    frequencyScore: t.exposeInt('frequencyScore', { description: '1 (fewest purchases) to 5 (most).' }),
    monetaryScore: t.exposeInt('monetaryScore', { description: '1 (least revenue) to 5 (most).' }),
    rfm: t.string({
      description: 'The three scores as one code, e.g. "545".',
      select: { recencyScore: true, frequencyScore: true, monetaryScore: true },
      resolve: (s) => `${s.recencyScore}${s.frequencyScore}${s.monetaryScore}`,
    }),
    segment: t.expose('segment', { type: RfmSegmentEnum }),
    fratCategory: t.relation('fratCategory', {
      nullable: true,
      description: 'FRAT type: the category with the most revenue.',
    }),
  }),
});

interface SegmentSummary {
  segment: E.RfmSegment;
  count: number;
  share: number;
  suppressed: boolean;
  revenue: number | null;
  meanRecencyDays: number | null;
  meanFrequency: number | null;
  meanMonetary: number | null;
}
const SegmentSummaryRef = builder.objectRef<SegmentSummary>('SegmentSummary').implement({
  description:
    'Buyers of one segment in a snapshot (everyone scored, consent or not: aggregates are not profiles). The sums and ' +
    "means of a segment of fewer buyers than the minimum group size are null: they would be a buyer's own figures.",
  fields: (t) => ({
    segment: t.expose('segment', { type: RfmSegmentEnum }),
    count: t.exposeInt('count'),
    share: t.exposeFloat('share', { description: 'Fraction of the buyers of the snapshot, 0 to 1.' }),
    suppressed: t.exposeBoolean('suppressed', {
      description: 'Fewer buyers than FIDELE_MIN_GROUP_SIZE (default 5): revenue and means are null.',
    }),
    revenue: t.exposeFloat('revenue', {
      nullable: true,
      description: 'Revenue to date of these buyers, net of discounts.',
    }),
    meanRecencyDays: t.exposeFloat('meanRecencyDays', { nullable: true }),
    meanFrequency: t.exposeFloat('meanFrequency', { nullable: true }),
    meanMonetary: t.exposeFloat('meanMonetary', { nullable: true }),
  }),
});

interface RfmCell {
  recencyScore: number;
  frequencyScore: number;
  count: number;
}
const RfmCellRef = builder.objectRef<RfmCell>('RfmCell').implement({
  description: 'Buyers with this pair of recency and frequency scores.',
  fields: (t) => ({
    recencyScore: t.exposeInt('recencyScore'),
    frequencyScore: t.exposeInt('frequencyScore'),
    count: t.exposeInt('count'),
  }),
});

interface FratType {
  categoryId: number | null;
  count: number;
  revenue: number | null;
}
const FratTypeRef = builder.objectRef<FratType>('FratTypeSummary').implement({
  description: 'Buyers whose dominant category (FRAT type) is this one.',
  fields: (t) => ({
    category: t.prismaField({
      type: 'ProductCategory',
      nullable: true,
      resolve: (query, f, _args, ctx) =>
        f.categoryId === null ? null : ctx.db.productCategory.findUnique({ ...query, where: { id: f.categoryId } }),
    }),
    count: t.exposeInt('count'),
    revenue: t.exposeFloat('revenue', {
      nullable: true,
      description: 'Null for fewer buyers than FIDELE_MIN_GROUP_SIZE: it would be their own revenue.',
    }),
  }),
});

const round = (v: unknown) => Math.round(Number(v ?? 0) * 100) / 100;

export const ScoreSnapshotRef = builder.prismaNode('ScoreSnapshot', {
  id: { field: 'id' },
  nullable: true,
  authScopes: readers,
  findUnique: (id, ctx) => ({ id: Number(id), ...snapshotScope(ctx) }),
  description: 'The RFM / FRAT scores of every buyer as of a day, for a brand or all brands, computed by one SQL pass.',
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'DateTime', description: 'The day scored: sales dated that day or before count.' }),
    brand: t.relation('brand', { nullable: true, description: 'Null: all brands together.' }),
    status: t.expose('status', { type: ScoreSnapshotStatusEnum }),
    computedAt: t.expose('computedAt', { type: 'DateTime', nullable: true }),
    buyerCount: t.exposeInt('buyerCount'),
    saleCount: t.exposeInt('saleCount'),
    durationMs: t.exposeInt('durationMs', { nullable: true }),
    segments: t.field({
      type: [SegmentSummaryRef],
      description: 'Every segment with its buyers, in the order of the RfmSegment enum (empty ones included).',
      select: { id: true, buyerCount: true },
      resolve: async (s, _args, ctx) => {
        const rows = await ctx.db.contactScore.groupBy({
          by: ['segment'],
          where: { snapshotId: s.id },
          _count: { _all: true },
          _sum: { monetary: true },
          _avg: { recencyDays: true, frequency: true, monetary: true },
        });
        const of = new Map(rows.map((r) => [r.segment, r]));
        const min = minGroupSize();
        return Object.values(E.RfmSegment).map((segment) => {
          const r = of.get(segment);
          const count = r?._count._all ?? 0;
          const small = <T>(v: T) => unlessSmall(count, v, min);
          return {
            segment,
            count,
            share: s.buyerCount ? count / s.buyerCount : 0,
            suppressed: small(true) === null,
            revenue: small(round(r?._sum.monetary)),
            meanRecencyDays: small(Number(r?._avg.recencyDays ?? 0)),
            meanFrequency: small(Number(r?._avg.frequency ?? 0)),
            meanMonetary: small(round(r?._avg.monetary)),
          };
        });
      },
    }),
    grid: t.field({
      type: [RfmCellRef],
      description: 'Buyers per (recency score, frequency score) cell; only cells with buyers.',
      select: { id: true },
      resolve: async (s, _args, ctx) =>
        (
          await ctx.db.contactScore.groupBy({
            by: ['recencyScore', 'frequencyScore'],
            where: { snapshotId: s.id },
            _count: { _all: true },
            orderBy: [{ recencyScore: 'desc' }, { frequencyScore: 'desc' }],
          })
        ).map((r) => ({ recencyScore: r.recencyScore, frequencyScore: r.frequencyScore, count: r._count._all })),
    }),
    fratTypes: t.field({
      type: [FratTypeRef],
      description: 'Buyers per dominant category (FRAT type), most buyers first.',
      select: { id: true },
      resolve: async (s, _args, ctx) =>
        (
          await ctx.db.contactScore.groupBy({
            by: ['fratCategoryId'],
            where: { snapshotId: s.id },
            _count: { _all: true },
            _sum: { monetary: true },
          })
        )
          .map((r) => ({
            categoryId: r.fratCategoryId,
            count: r._count._all,
            revenue: unlessSmall(r._count._all, round(r._sum.monetary)),
          }))
          .sort((a, b) => b.count - a.count || (a.categoryId ?? 0) - (b.categoryId ?? 0)),
    }),
  }),
});

const brandArg = (value: { typename: string; id: string } | null | undefined, path: string): number | null =>
  value ? idFor('Brand', value, [path]) : null;

/** The most score snapshots one request lists (a year of weekly snapshots and more). */
const maxSnapshots = 100;

const utcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

builder.queryFields((t) => ({
  scoreSnapshots: t.prismaField({
    type: ['ScoreSnapshot'],
    description:
      'Score snapshots you may see, latest day first. `brand` omitted: every brand you may see (and all brands for an admin).',
    authScopes: readers,
    args: {
      brand: t.arg.globalID({ required: false }),
      allBrands: t.arg.boolean({ required: false, description: 'true: only all-brands snapshots (admin).' }),
      first: t.arg.int({ required: false, defaultValue: 20, description: `How many snapshots, 0 to ${maxSnapshots}.` }),
    },
    resolve: (query, _root, args, ctx) => {
      const take = listSize(args.first, 20, maxSnapshots, ['first']);
      const brandId = brandArg(args.brand, 'brand');
      return ctx.db.scoreSnapshot.findMany({
        ...query,
        where: { AND: [snapshotScope(ctx), brandId !== null ? { brandId } : args.allBrands ? { brandId: null } : {}] },
        orderBy: [{ asOf: 'desc' }, { id: 'desc' }],
        take,
      });
    },
  }),
  contactScores: t.prismaConnection({
    type: 'ContactScore',
    cursor: 'snapshotId_contactId',
    description:
      'Individual scores of a snapshot, most valuable first. Profiling: only contacts you may see whose consent ' +
      'covers `profiling` are listed (the others are left out, and not counted in totalCount).',
    authScopes: readers,
    args: {
      snapshot: t.arg.globalID(),
      segment: t.arg({ type: [RfmSegmentEnum], required: false }),
    },
    totalCount: async (_p, args, ctx) =>
      ctx.db.contactScore.count({
        where: await scoreListWhere(ctx, idFor('ScoreSnapshot', args.snapshot, ['snapshot']), args.segment),
      }),
    resolve: async (query, _p, args, ctx) =>
      ctx.db.contactScore.findMany({
        ...query,
        where: await scoreListWhere(ctx, idFor('ScoreSnapshot', args.snapshot, ['snapshot']), args.segment),
        orderBy: [{ monetary: 'desc' }, { contactId: 'asc' }],
      }),
  }),
  contactScore: t.prismaField({
    type: 'ContactScore',
    nullable: true,
    description:
      "A contact's scores in a snapshot (default: the latest snapshot you may see that scores it). Null when the " +
      'contact is outside your rights or not scored; null and CONSENT_REQUIRED when its consent does not cover profiling.',
    authScopes: readers,
    args: { contact: t.arg.globalID(), snapshot: t.arg.globalID({ required: false }) },
    resolve: async (query, _root, args, ctx) => {
      const contactId = idFor('Contact', args.contact, ['contact']);
      if (!(await visibleContact(ctx, contactId))) return null;
      await assertProfilingConsent(ctx, contactId);
      const snapshotId = args.snapshot ? idFor('ScoreSnapshot', args.snapshot, ['snapshot']) : undefined;
      return ctx.db.contactScore.findFirst({
        ...query,
        where: {
          contactId,
          ...(snapshotId ? { snapshotId } : {}),
          snapshot: { ...snapshotScope(ctx), status: 'COMPLETED' },
        },
        orderBy: [{ snapshot: { asOf: 'desc' } }, { snapshotId: 'desc' }],
      });
    },
  }),
}));

async function scoreListWhere(ctx: Context, snapshotId: number, segments: E.RfmSegment[] | null | undefined) {
  return {
    snapshotId,
    snapshot: snapshotScope(ctx),
    ...(segments ? { segment: { in: segments } } : {}),
    contact: await scoredContactWhere(ctx),
  };
}

/** Whether the contact is live (neither deleted nor merged) and within the caller's rights. */
export const visibleContact = async (ctx: Context, id: number) =>
  (await contacts(ctx).count({ where: { id, deletedAt: null, mergedIntoId: null } })) > 0;

builder.mutationFields((t) => ({
  refreshScores: t.prismaField({
    type: 'ScoreSnapshot',
    description:
      'Computes the RFM / FRAT snapshot as of a day (default today, UTC) for a brand (omitted: all brands, admin ' +
      'only), replacing the snapshot of the same day and brand. One SQL pass in one transaction.',
    authScopes: readers,
    args: { asOf: t.arg({ type: 'DateTime', required: false }), brand: t.arg.globalID({ required: false }) },
    resolve: async (query, _root, args, ctx) => {
      const brandId = brandArg(args.brand, 'brand');
      await assertMayRefresh(ctx, brandId);
      const snapshot = await refreshScoreSnapshot(ctx.db, ctx.provider, {
        asOf: utcDay(args.asOf ?? ctx.now),
        brandId,
      });
      return ctx.db.scoreSnapshot.findUniqueOrThrow({ ...query, where: { id: snapshot.id } });
    },
  }),
}));
