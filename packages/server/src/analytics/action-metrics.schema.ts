import { builder } from '../kernel/graphql/builder.js';
import { ResponseChannelEnum } from '../kernel/graphql/enums.js';
import { validationError } from '../kernel/errors.js';
import { idFor } from '../kernel/graphql/global-id.js';
import { analyticsRoles, analyticsScope } from './analytics.access.js';
import {
  actionComparison,
  type ActionComparison,
  type ActionPerformance,
  type ChannelUse,
} from './action-metrics.service.js';

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
    conversionShare: t.exposeFloat('conversionShare', {
      nullable: true,
      description: 'Share of the conversions of all the actions compared.',
    }),
    revenueShare: t.exposeFloat('revenueShare', {
      nullable: true,
      description: 'Share of the attributed revenue of all the actions compared.',
    }),
  }),
});

const ActionTotalsRef = builder.objectRef<ActionComparison['totals']>('ActionTotals').implement({
  fields: (t) => ({
    actions: t.exposeInt('actions'),
    cost: t.exposeFloat('cost'),
    targeted: t.exposeInt('targeted'),
    responses: t.exposeInt('responses'),
    conversions: t.exposeInt('conversions'),
    buyers: t.exposeInt('buyers'),
    attributedRevenue: t.exposeFloat('attributedRevenue'),
  }),
});

const ActionAveragesRef = builder.objectRef<ActionComparison['averages']>('ActionAverages').implement({
  description:
    'Plain means over the actions that have targets (each action weighs the same); null when none has a value.',
  fields: (t) => ({
    responseRate: t.exposeFloat('responseRate', { nullable: true }),
    conversionRate: t.exposeFloat('conversionRate', { nullable: true }),
    purchaseRate: t.exposeFloat('purchaseRate', { nullable: true }),
    costPerResponse: t.exposeFloat('costPerResponse', { nullable: true }),
    costPerConversion: t.exposeFloat('costPerConversion', { nullable: true }),
    attributedRevenue: t.exposeFloat('attributedRevenue', { nullable: true }),
  }),
});

const ActionComparisonRef = builder.objectRef<ActionComparison>('ActionComparison').implement({
  description: 'Every action you may see, side by side, with totals, averages and each action\u2019s share.',
  fields: (t) => ({
    attributionDays: t.exposeInt('attributionDays', {
      nullable: true,
      description: "The window asked for; null: each action's own attributionWindowDays.",
    }),
    actions: t.field({ type: [ActionPerformanceRef], resolve: (c) => c.actions }),
    totals: t.field({ type: ActionTotalsRef, resolve: (c) => c.totals }),
    averages: t.field({ type: ActionAveragesRef, resolve: (c) => c.averages }),
  }),
});

const checkWindow = (days: number | null | undefined): number | null => {
  if (days == null) return null;
  const d = days;
  if (!Number.isInteger(d) || d < 0 || d > 3650)
    throw validationError([{ path: ['attributionDays'], message: 'must be an integer from 0 to 3650' }]);
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
