import { builder } from '../kernel/graphql/builder.js';
import { ResponseChannelEnum } from '../kernel/graphql/enums.js';
import { validationError, fieldProblem } from '../kernel/errors.js';
import { fieldMessage } from '../kernel/field-messages.js';
import { idFor } from '../kernel/graphql/global-id.js';
import { analyticsRoles, analyticsScope } from './analytics.access.js';
import {
  actionComparison,
  type ActionComparison,
  type ActionPerformance,
  type ChannelUse,
} from './action-metrics.service.js';
import type { ActionAverages, ActionTotals } from './action-metrics.compare.js';
import { comparisonFile, type ComparisonFile } from './action-metrics.export.js';
import { MIN_EXPECTED_COUNT, SIGNIFICANCE_LEVEL, type Interval, type UpliftTest } from './stats/intervals.js';

/** Action performance in GraphQL: what each action achieved, alone or side by side with the others. */

const readers = { roles: analyticsRoles };

const ChannelUseRef = builder.objectRef<ChannelUse>('ChannelUse').implement({
  description: 'Responses that came on one of the channels the action offers.',
  fields: (t) => ({
    channel: t.expose('channel', { type: ResponseChannelEnum }),
    responses: t.exposeInt('responses'),
    share: t.exposeFloat('share', { nullable: true, description: "Fraction of the action's responses, 0 to 1." }),
  }),
});

const IntervalRef = builder.objectRef<Interval>('Interval').implement({
  description:
    'A two-sided 95% interval, in the unit of its figure (fractions for rates, differences of fractions for ' +
    "uplifts): Wilson's score interval for a rate, Newcombe's hybrid score interval for an uplift.",
  fields: (t) => ({ low: t.exposeFloat('low'), high: t.exposeFloat('high') }),
});

const UpliftTestMethodEnum = builder.enumType('UpliftTestMethod', {
  values: {
    Z_TEST: { description: 'Two-proportion z-test, pooled variance, two-sided.' },
    FISHER_EXACT: {
      description: `Fisher's exact test, two-sided: used when an expected count of the 2 × 2 table is under ${MIN_EXPECTED_COUNT}.`,
    },
  } as const,
});

const UpliftTestRef = builder.objectRef<UpliftTest>('UpliftTest').implement({
  description: 'Is the difference between the treated and the control group more than chance?',
  fields: (t) => ({
    method: t.field({ type: UpliftTestMethodEnum, resolve: (u) => u.method }),
    pValue: t.exposeFloat('pValue', { description: 'Two-sided p-value of "no difference".' }),
    significant: t.exposeBoolean('significant', { description: `pValue < ${SIGNIFICANCE_LEVEL}.` }),
  }),
});

const interval = (description: string) => ({ type: IntervalRef, nullable: true, description }) as const;

const ActionPerformanceRef = builder.objectRef<ActionPerformance>('ActionPerformance').implement({
  description:
    'What an action achieved. Rates are fractions from 0 to 1 over the targets outside the control group; null ' +
    'when the denominator is 0.',
  fields: (t) => ({
    action: t.prismaField({
      type: 'MarketingAction',
      resolve: (query, a, _args, ctx) =>
        ctx.db.marketingAction.findUniqueOrThrow({ ...query, where: { id: a.actionId } }),
    }),
    attributionDays: t.exposeInt('attributionDays', {
      description: "The attribution window used, in days: the one asked for, or the action's own.",
    }),
    cost: t.exposeFloat('cost'),
    targeted: t.exposeInt('targeted', { description: 'Targets outside the control group.' }),
    responses: t.exposeInt('responses'),
    responseRate: t.exposeFloat('responseRate', { nullable: true }),
    conversions: t.exposeInt('conversions'),
    conversionRate: t.exposeFloat('conversionRate', { nullable: true }),
    costPerResponse: t.exposeFloat('costPerResponse', { nullable: true }),
    costPerConversion: t.exposeFloat('costPerConversion', { nullable: true }),
    channels: t.field({ type: [ChannelUseRef], resolve: (a) => a.channels }),
    meanResponseDelayDays: t.exposeFloat('meanResponseDelayDays', { nullable: true }),
    medianResponseDelayDays: t.exposeFloat('medianResponseDelayDays', { nullable: true }),
    buyers: t.exposeInt('buyers', {
      description: 'Targets who bought within the attribution window, responding or not.',
    }),
    purchaseRate: t.exposeFloat('purchaseRate', { nullable: true }),
    attributedRevenue: t.exposeFloat('attributedRevenue', {
      description: "Their purchases' revenue within the window, net of discounts.",
    }),
    controlTargeted: t.exposeInt('controlTargeted'),
    controlResponses: t.exposeInt('controlResponses', { description: 'Control-group targets who responded anyway.' }),
    controlBuyers: t.exposeInt('controlBuyers', { description: 'Control-group targets who bought within the window.' }),
    controlResponseRate: t.exposeFloat('controlResponseRate', { nullable: true }),
    controlPurchaseRate: t.exposeFloat('controlPurchaseRate', { nullable: true }),
    responseUplift: t.exposeFloat('responseUplift', {
      nullable: true,
      description: 'Response rate minus that of the control group.',
    }),
    purchaseUplift: t.exposeFloat('purchaseUplift', {
      nullable: true,
      description: 'Purchase rate minus that of the control group.',
    }),
    targetShare: t.exposeFloat('targetShare', {
      nullable: true,
      description: 'Share of the targets of the actions compared.',
    }),
    costShare: t.exposeFloat('costShare', {
      nullable: true,
      description: 'Share of the cost of the actions compared.',
    }),
    responseShare: t.exposeFloat('responseShare', {
      nullable: true,
      description: 'Share of the responses of the actions compared.',
    }),
    conversionShare: t.exposeFloat('conversionShare', {
      nullable: true,
      description: 'Share of the conversions of all the actions compared.',
    }),
    revenueShare: t.exposeFloat('revenueShare', {
      nullable: true,
      description: 'Share of the attributed revenue of all the actions compared.',
    }),
    untargetedResponses: t.exposeInt('untargetedResponses', {
      description:
        'Responses from contacts the action did not target (press coupon, web form, event), counted apart: never in ' +
        'targeted, the rates or the uplift. For an action without targets, responses and conversions are these.',
    }),
    untargetedConversions: t.exposeInt('untargetedConversions', {
      description: 'Untargeted responses converted into a sale.',
    }),
    untargetedConversionRate: t.exposeFloat('untargetedConversionRate', {
      nullable: true,
      description: 'untargetedConversions over untargetedResponses: the share of those responders who bought.',
    }),
    untargetedRevenue: t.exposeFloat('untargetedRevenue', {
      description: "Untargeted responders' purchases within the window after their response, net of discounts.",
    }),
  }),
});

// The uncertainty of an action's figures (stats/intervals.ts): intervals, uplift tests and the small-sample flag.
builder.objectFields(ActionPerformanceRef, (t) => ({
  responseRateInterval: t.field({
    ...interval('95% Wilson interval of responseRate.'),
    resolve: (a) => a.responseRateInterval,
  }),
  conversionRateInterval: t.field({
    ...interval('95% Wilson interval of conversionRate.'),
    resolve: (a) => a.conversionRateInterval,
  }),
  purchaseRateInterval: t.field({
    ...interval('95% Wilson interval of purchaseRate.'),
    resolve: (a) => a.purchaseRateInterval,
  }),
  controlResponseRateInterval: t.field({
    ...interval('95% Wilson interval of controlResponseRate.'),
    resolve: (a) => a.controlResponseRateInterval,
  }),
  controlPurchaseRateInterval: t.field({
    ...interval('95% Wilson interval of controlPurchaseRate.'),
    resolve: (a) => a.controlPurchaseRateInterval,
  }),
  responseUpliftInterval: t.field({
    ...interval('95% Newcombe interval of responseUplift.'),
    resolve: (a) => a.responseUpliftInterval,
  }),
  purchaseUpliftInterval: t.field({
    ...interval('95% Newcombe interval of purchaseUplift.'),
    resolve: (a) => a.purchaseUpliftInterval,
  }),
  responseUpliftTest: t.field({ type: UpliftTestRef, nullable: true, resolve: (a) => a.responseUpliftTest }),
  purchaseUpliftTest: t.field({ type: UpliftTestRef, nullable: true, resolve: (a) => a.purchaseUpliftTest }),
  smallSample: t.exposeBoolean('smallSample', {
    description:
      'The treated or the control group has members but fewer than ActionComparison.minInferenceGroup (30): its ' +
      'rates and uplifts are too uncertain to act on (see the intervals).',
  }),
}));

const ActionTotalsRef = builder.objectRef<ActionTotals>('ActionTotals').implement({
  fields: (t) => ({
    actions: t.exposeInt('actions'),
    cost: t.exposeFloat('cost'),
    targeted: t.exposeInt('targeted'),
    responses: t.exposeInt('responses'),
    conversions: t.exposeInt('conversions'),
    buyers: t.exposeInt('buyers'),
    attributedRevenue: t.exposeFloat('attributedRevenue'),
    untargetedResponses: t.exposeInt('untargetedResponses'),
    untargetedConversions: t.exposeInt('untargetedConversions'),
    untargetedRevenue: t.exposeFloat('untargetedRevenue'),
  }),
});

const ActionAveragesRef = builder.objectRef<ActionAverages>('ActionAverages').implement({
  description:
    'Averages over the actions that have targets: plain (each action weighs the same: the mean of their figures) or ' +
    'pooled (each target weighs the same: sums over sums). Rates are fractions; null when nothing to divide by.',
  fields: (t) => ({
    actions: t.exposeInt('actions', { description: 'Actions averaged (those with targets).' }),
    responseRate: t.exposeFloat('responseRate', { nullable: true }),
    conversionRate: t.exposeFloat('conversionRate', { nullable: true }),
    purchaseRate: t.exposeFloat('purchaseRate', { nullable: true }),
    costPerResponse: t.exposeFloat('costPerResponse', { nullable: true }),
    costPerConversion: t.exposeFloat('costPerConversion', { nullable: true }),
    revenuePerTarget: t.exposeFloat('revenuePerTarget', {
      nullable: true,
      description: 'Attributed revenue per target.',
    }),
    attributedRevenue: t.exposeFloat('attributedRevenue', {
      nullable: true,
      description: 'Attributed revenue per action.',
    }),
    meanResponseDelayDays: t.exposeFloat('meanResponseDelayDays', {
      nullable: true,
      description: "Plain: the mean of the actions' mean delays; pooled: the mean over every response.",
    }),
    responseRateInterval: t.field({
      ...interval('Pooled only: 95% Wilson interval (a target counts once per action).'),
      resolve: (a) => a.responseRateInterval,
    }),
    conversionRateInterval: t.field({ ...interval('Pooled only.'), resolve: (a) => a.conversionRateInterval }),
    purchaseRateInterval: t.field({ ...interval('Pooled only.'), resolve: (a) => a.purchaseRateInterval }),
  }),
});

const ActionComparisonRef = builder.objectRef<ActionComparison>('ActionComparison').implement({
  description:
    'Every action you may see, side by side, with totals, plain and pooled averages and each action\u2019s shares.',
  fields: (t) => ({
    attributionDays: t.exposeInt('attributionDays', {
      nullable: true,
      description: "The window asked for; null: each action's own attributionWindowDays.",
    }),
    actions: t.field({ type: [ActionPerformanceRef], resolve: (c) => c.actions }),
    totals: t.field({ type: ActionTotalsRef, resolve: (c) => c.totals }),
    averages: t.field({
      type: ActionAveragesRef,
      description: 'Plain means: each action with targets weighs the same.',
      resolve: (c) => c.averages,
    }),
    pooled: t.field({
      type: ActionAveragesRef,
      description: 'Pooled (size-weighted): total responses / total targets, total cost / total responses, ...',
      resolve: (c) => c.pooled,
    }),
    minInferenceGroup: t.exposeInt('minInferenceGroup', {
      description: 'The group size under which an action is flagged smallSample.',
    }),
  }),
});

const ReportFormatEnum = builder.enumType('ReportFormat', { values: ['CSV', 'XLSX'] as const });

const ReportFileRef = builder.objectRef<ComparisonFile>('ReportFile').implement({
  description: 'A report as a file, in the response (base64).',
  fields: (t) => ({
    fileName: t.exposeString('fileName'),
    mimeType: t.exposeString('mimeType'),
    contentBase64: t.exposeString('contentBase64'),
    rowCount: t.exposeInt('rowCount', { description: 'Data rows: one per action, then the averages and totals.' }),
  }),
});

const checkWindow = (days: number | null | undefined): number | null => {
  if (days == null) return null;
  const d = days;
  if (!Number.isInteger(d) || d < 0 || d > 3650)
    throw validationError([fieldProblem(['attributionDays'], fieldMessage('INTEGER_RANGE', { min: 0, max: 3650 }))]);
  return d;
};

builder.queryFields((t) => ({
  actionComparison: t.field({
    type: ActionComparisonRef,
    description: 'Performance of every action you may see (aggregates: every target counts), in a few SQL queries.',
    authScopes: readers,
    args: {
      attributionDays: t.arg.int({
        required: false,
        description:
          "Days after targeting a purchase is attributed to the action; default: each action's attributionWindowDays.",
      }),
    },
    resolve: (_root, args, ctx) =>
      actionComparison(ctx.db, ctx.provider, {
        scope: analyticsScope(ctx),
        attributionDays: checkWindow(args.attributionDays),
      }),
  }),
  actionComparisonFile: t.field({
    type: ReportFileRef,
    description:
      'The action comparison as a CSV or XLSX file: every figure of actionComparison, one row per action, then the ' +
      'plain and pooled averages and the totals. Rates are fractions (XLSX formats them as percents).',
    authScopes: readers,
    args: {
      format: t.arg({ type: ReportFormatEnum }),
      attributionDays: t.arg.int({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const comparison = await actionComparison(ctx.db, ctx.provider, {
        scope: analyticsScope(ctx),
        attributionDays: checkWindow(args.attributionDays),
      });
      // The actions of the comparison (already in the caller's row rule): their code and name, one query.
      const names = await ctx.db.marketingAction.findMany({
        where: { id: { in: comparison.actions.map((a) => a.actionId) } },
        select: { id: true, code: true, name: true },
      });
      return comparisonFile(comparison, new Map(names.map((n) => [n.id, n])), args.format, ctx.now);
    },
  }),
  actionPerformance: t.field({
    type: ActionPerformanceRef,
    nullable: true,
    description:
      'Performance of one action; null when it does not exist or is outside your brands. Its shares are of itself (1).',
    authScopes: readers,
    args: {
      action: t.arg.globalID(),
      attributionDays: t.arg.int({
        required: false,
        description:
          "Days after targeting a purchase is attributed to the action; default: each action's attributionWindowDays.",
      }),
    },
    resolve: async (_root, args, ctx) =>
      (
        await actionComparison(ctx.db, ctx.provider, {
          scope: analyticsScope(ctx),
          actionId: idFor('MarketingAction', args.action, ['action']),
          attributionDays: checkWindow(args.attributionDays),
        })
      ).actions[0] ?? null,
  }),
}));
