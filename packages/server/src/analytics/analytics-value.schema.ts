import { builder } from '../kernel/graphql/builder.js';
import { idFor } from '../kernel/graphql/global-id.js';
import { ApiError } from '../kernel/errors.js';
import { minGroupSize } from '../privacy/access/small-groups.js';
import { analyticsRoles, analyticsScope } from './analytics.access.js';
import { RfmSegmentEnum } from './analytics.schema.js';
import { rfmMigration, type MigrationCell, type RfmMigration } from './rfm-migration.service.js';
import { cohortTable, type CohortCell, type CohortRow } from './cohorts.service.js';

/*
 * Value made actionable, in GraphQL: the RFM migration matrix between two snapshots and cohort tables (retention
 * and revenue). The contacts filter and sorts on scores are in contacts/contact.filter.ts. ANALYTICS.md has the
 * definitions and the small-group rule.
 */

const readers = { roles: analyticsRoles };

const MigrationCellRef = builder.objectRef<MigrationCell>('RfmMigrationCell').implement({
  description: 'Buyers in segment `from` of the earlier snapshot and `to` of the later one.',
  fields: (t) => ({
    from: t.field({
      type: RfmSegmentEnum,
      nullable: true,
      description: 'Null: not a buyer in the earlier snapshot (new).',
      resolve: (c) => c.from,
    }),
    to: t.field({
      type: RfmSegmentEnum,
      nullable: true,
      description: 'Null: not a buyer in the later snapshot (gone, e.g. deleted or merged).',
      resolve: (c) => c.to,
    }),
    count: t.exposeInt('count', {
      nullable: true,
      description: 'Null when suppressed: fewer buyers than FIDELE_MIN_GROUP_SIZE, or hidden with such a cell.',
    }),
    suppressed: t.exposeBoolean('suppressed'),
  }),
});

const RfmMigrationRef = builder.objectRef<RfmMigration>('RfmMigration').implement({
  description:
    'Buyers moving between RFM segments from one snapshot to a later one of the same scope: every pair, including ' +
    'empty ones, rows and columns in the order of the RfmSegment enum then new / gone.',
  fields: (t) => ({
    from: t.prismaField({
      type: 'ScoreSnapshot',
      resolve: (query, m, _a, ctx) =>
        ctx.db.scoreSnapshot.findUniqueOrThrow({ ...query, where: { id: m.fromSnapshotId } }),
    }),
    to: t.prismaField({
      type: 'ScoreSnapshot',
      resolve: (query, m, _a, ctx) =>
        ctx.db.scoreSnapshot.findUniqueOrThrow({ ...query, where: { id: m.toSnapshotId } }),
    }),
    cells: t.field({ type: [MigrationCellRef], resolve: (m) => m.cells }),
    minGroupSize: t.exposeInt('minGroupSize', { description: 'The minimum group size in force.' }),
  }),
});

const CohortByEnum = builder.enumType('CohortBy', {
  values: {
    FIRST_PURCHASE_MONTH: { description: 'The month (UTC) of the first purchase.' },
    SOURCE_ACTION: { description: 'The marketing action that brought the contact.' },
  } as const,
});

const CohortCellRef = builder.objectRef<CohortCell>('CohortCell').implement({
  description:
    'One month after the first purchase. Null figures: fewer active buyers than FIDELE_MIN_GROUP_SIZE, or the ' +
    'cohort itself is suppressed.',
  fields: (t) => ({
    month: t.exposeInt('month', { description: 'Months since the month of the first purchase (0: that month).' }),
    activeBuyers: t.exposeInt('activeBuyers', { nullable: true, description: 'Members who bought in that month.' }),
    retention: t.exposeFloat('retention', { nullable: true, description: 'activeBuyers / size, a fraction 0-1.' }),
    revenue: t.exposeFloat('revenue', {
      nullable: true,
      description: 'Revenue of the members that month, net of discounts.',
    }),
    revenuePerMember: t.exposeFloat('revenuePerMember', { nullable: true, description: 'revenue / size.' }),
    suppressed: t.exposeBoolean('suppressed'),
  }),
});

const CohortRowRef = builder.objectRef<CohortRow>('Cohort').implement({
  fields: (t) => ({
    key: t.exposeString('key', {
      nullable: true,
      description:
        "'YYYY-MM' of the first purchase, or the source action's number; null: no source action you may see.",
    }),
    sourceAction: t.globalID({
      nullable: true,
      description: 'The source action (SOURCE_ACTION cohorts); null: none you may see, or a month cohort.',
      resolve: (r) => (r.actionId === null ? null : { type: 'MarketingAction', id: r.actionId }),
    }),
    label: t.exposeString('label', { nullable: true, description: "The source action's name." }),
    size: t.exposeInt('size', { nullable: true, description: 'Buyers in the cohort; null when suppressed.' }),
    suppressed: t.exposeBoolean('suppressed'),
    cells: t.field({
      type: [CohortCellRef],
      description: 'Months 0 to `months` − 1 (for a month cohort, up to the current month).',
      resolve: (r) => r.cells,
    }),
  }),
});

const CohortTableRef = builder
  .objectRef<{ rows: CohortRow[]; minGroupSize: number; months: number }>('CohortTable')
  .implement({
    fields: (t) => ({
      rows: t.field({ type: [CohortRowRef], resolve: (c) => c.rows }),
      months: t.exposeInt('months'),
      minGroupSize: t.exposeInt('minGroupSize'),
    }),
  });

const monthsAgo = (now: Date, months: number) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));

builder.queryFields((t) => ({
  rfmMigration: t.field({
    type: RfmMigrationRef,
    description:
      'Buyers per (segment in `from`, segment in `to`) between two completed snapshots you may see of the same ' +
      'brand (or both all brands), `from` dated before `to`. Everyone scored counts; small cells are suppressed.',
    authScopes: readers,
    args: { from: t.arg.globalID(), to: t.arg.globalID() },
    resolve: (_r, args, ctx) =>
      rfmMigration(ctx, idFor('ScoreSnapshot', args.from, ['from']), idFor('ScoreSnapshot', args.to, ['to'])),
  }),
  cohorts: t.field({
    type: CohortTableRef,
    description:
      'Buyers by cohort (first-purchase month or source action) followed month by month after their first ' +
      'purchase: active buyers, retention, revenue. Contacts in your brands and zones, sales of `brand` or of your ' +
      'brands. Small cohorts and cells are suppressed.',
    authScopes: readers,
    args: {
      by: t.arg({ type: CohortByEnum }),
      brand: t.arg.globalID({ required: false }),
      from: t.arg({ type: 'DateTime', required: false, description: 'First purchases from (default: 24 months ago).' }),
      to: t.arg({ type: 'DateTime', required: false, description: 'First purchases before (default: now).' }),
      months: t.arg.int({ required: false, defaultValue: 24, description: 'Months followed, 1 to 36.' }),
    },
    resolve: async (_r, args, ctx) => {
      const scope = analyticsScope(ctx);
      const brandId = args.brand ? idFor('Brand', args.brand, ['brand']) : null;
      if (brandId !== null && scope.brandIds !== null && !scope.brandIds.includes(brandId))
        throw new ApiError('NOT_FOUND', 'No such brand.');
      const months = args.months ?? 24;
      const rows = await cohortTable(ctx, scope, {
        by: args.by,
        brandId,
        from: args.from ?? monthsAgo(ctx.now, 24),
        to: args.to ?? ctx.now,
        months,
      });
      return { rows, months, minGroupSize: minGroupSize() };
    },
  }),
}));
