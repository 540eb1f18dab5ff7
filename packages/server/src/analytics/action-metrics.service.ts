import type { Db } from '../kernel/db/client.js';
import type { Provider } from '../kernel/db/paths.js';
import { Prisma } from '../generated/sqlite/client.js';
import type { ResponseChannel } from '../generated/sqlite/enums.js';
import { actionMetricsSql, channelUseSql, medianDelaySql, type ActionMetricsRow } from './analytics.sql.js';
import { inList, money, num, numOrNull, ratio, type AnalyticsScope } from './analytics.service.js';
import {
  MIN_INFERENCE_GROUP,
  newcombeInterval,
  upliftTest,
  wilsonInterval,
  type Interval,
  type UpliftTest,
} from './stats/intervals.js';
import { compareActions, type ActionAverages, type ActionTotals } from './action-metrics.compare.js';

/** Action performance, callable without GraphQL: what each action achieved, computed by the database. */

export interface ChannelUse {
  channel: ResponseChannel;
  responses: number;
  /** Share of the action's responses that came on this channel; null without responses. */
  share: number | null;
}

export interface ActionPerformance {
  actionId: number;
  /** The attribution window used for this action, in days (the one asked for, or the action's own). */
  attributionDays: number;
  cost: number;
  /** Targets outside the control group (those who received the action); untargeted responses are not targets. */
  targeted: number;
  /** The targets' responses; for an action without targets (press, web, event), its untargeted responses. */
  responses: number;
  responseRate: number | null;
  /** Converted targets; for an action without targets, its converted untargeted responses. */
  conversions: number;
  conversionRate: number | null;
  /** Cost over `responses` and `conversions` (so over the untargeted ones for an action without targets). */
  costPerResponse: number | null;
  costPerConversion: number | null;
  channels: ChannelUse[];
  /** Days from targeting to response, over the responses. */
  meanResponseDelayDays: number | null;
  medianResponseDelayDays: number | null;
  /** Targets who bought within the window after their targeting, whether they responded or not. */
  buyers: number;
  purchaseRate: number | null;
  /** Revenue of those purchases, net of discounts. */
  attributedRevenue: number;
  controlTargeted: number;
  controlResponses: number;
  controlBuyers: number;
  controlResponseRate: number | null;
  controlPurchaseRate: number | null;
  /** Response rate of the treated minus that of the control group; null without a control group. */
  responseUplift: number | null;
  /** Purchase rate (within the window) of the treated minus that of the control group. */
  purchaseUplift: number | null;
  /** 95% Wilson intervals of the rates (null with the rate). */
  responseRateInterval: Interval | null;
  conversionRateInterval: Interval | null;
  purchaseRateInterval: Interval | null;
  controlResponseRateInterval: Interval | null;
  controlPurchaseRateInterval: Interval | null;
  /** 95% Newcombe intervals of the uplifts (null with the uplift). */
  responseUpliftInterval: Interval | null;
  purchaseUpliftInterval: Interval | null;
  /** Is the uplift different from 0: z-test or Fisher's exact test (null with the uplift). */
  responseUpliftTest: UpliftTest | null;
  purchaseUpliftTest: UpliftTest | null;
  /** The treated or the control group has members but fewer than MIN_INFERENCE_GROUP. */
  smallSample: boolean;
  /** This action's shares of the totals of all the actions compared (null when the total is 0). */
  targetShare: number | null;
  costShare: number | null;
  responseShare: number | null;
  conversionShare: number | null;
  revenueShare: number | null;
  /** Responses from contacts the action did not target (press coupon, web form, event), counted apart. */
  untargetedResponses: number;
  /** Those converted into a sale (attributed within the window after the response). */
  untargetedConversions: number;
  /** Untargeted conversions over untargeted responses: the share of the responders who bought. */
  untargetedConversionRate: number | null;
  /** Revenue of the untargeted responders' purchases within the window after their response, net of discounts. */
  untargetedRevenue: number;
}

export interface ActionComparison {
  /** The window asked for; null when each action used its own `attributionWindowDays`. */
  attributionDays: number | null;
  actions: ActionPerformance[];
  totals: ActionTotals;
  /** Plain means over the actions that have targets (each action weighs the same). */
  averages: ActionAverages;
  /** Pooled over the actions that have targets: sums divided by sums (each target weighs the same). */
  pooled: ActionAverages;
  /** The group size under which `smallSample` warns. */
  minInferenceGroup: number;
}

export interface ActionPerformanceOptions {
  scope: AnalyticsScope;
  /** Only this action. */
  actionId?: number;
  /**
   * Days after targeting during which a purchase is attributed to the action, the same for every action.
   * @default each action's own `attributionWindowDays` (30 unless set on the action)
   */
  attributionDays?: number | null;
}

/** SQL condition on the action `a`: the actions' row rule (no brand, or one of the caller's brands). */
function actionWhereSql(scope: AnalyticsScope, actionId?: number) {
  const parts = [Prisma.sql`1 = 1`];
  if (scope.brandIds) parts.push(Prisma.sql`(a."brandId" IS NULL OR ${inList('a."brandId"', scope.brandIds)})`);
  if (actionId !== undefined) parts.push(Prisma.sql`a."id" = ${actionId}`);
  return Prisma.join(parts, ' AND ');
}

/** What the database counted for the actions compared, keyed by action, before any rate or share. */
interface ActionFigures {
  rows: ActionMetricsRow[];
  medianOf: Map<number, number>;
  costOf: Map<number, number>;
  channelsOf: Map<number, { channel: ResponseChannel; responses: number }[]>;
}

/** The three queries (and the costs) behind a comparison, whatever the number of actions and targets. */
async function actionFigures(
  db: Db,
  provider: Provider,
  options: ActionPerformanceOptions,
  attributionDays: number | null,
): Promise<ActionFigures> {
  const where = actionWhereSql(options.scope, options.actionId);
  const [rows, medians, channels, costs] = await Promise.all([
    db.$queryRaw<ActionMetricsRow[]>(actionMetricsSql(provider, { actionWhere: where, attributionDays })),
    db.$queryRaw<{ actionId: number; median: unknown }[]>(medianDelaySql(provider, where)),
    db.$queryRaw<{ actionId: number; channel: ResponseChannel; responses: unknown }[]>(channelUseSql(where)),
    db.marketingAction.findMany({
      where: {
        ...(options.actionId !== undefined ? { id: options.actionId } : {}),
        ...(options.scope.brandIds ? { OR: [{ brandId: null }, { brandId: { in: options.scope.brandIds } }] } : {}),
      },
      select: { id: true, cost: true },
    }),
  ]);
  const medianOf = new Map(medians.map((m) => [Number(m.actionId), Number(m.median)]));
  const costOf = new Map(costs.map((c) => [c.id, Number(c.cost)]));
  const channelsOf = new Map<number, { channel: ResponseChannel; responses: number }[]>();
  for (const c of channels) {
    const id = Number(c.actionId);
    channelsOf.set(id, [...(channelsOf.get(id) ?? []), { channel: c.channel, responses: num(c.responses) }]);
  }
  return { rows, medianOf, costOf, channelsOf };
}

/** One action's performance from its row; its shares are set once every action is known. */
function performanceOf(r: ActionMetricsRow, f: ActionFigures, attributionDays: number | null): ActionPerformance {
  const id = Number(r.actionId);
  const cost = f.costOf.get(id) ?? 0;
  const targeted = num(r.targeted);
  const untargetedResponses = num(r.untargetedResponses);
  const untargetedConversions = num(r.untargetedConversions);
  // An action that targets nobody (press, web, event) is measured by the responses it brought unasked.
  const responses = targeted > 0 ? num(r.responses) : untargetedResponses;
  const conversions = targeted > 0 ? num(r.conversions) : untargetedConversions;
  const buyers = num(r.buyers);
  const controlTargeted = num(r.controlTargeted);
  const controlResponses = num(r.controlResponses);
  const controlBuyers = num(r.controlBuyers);
  const responseRate = ratio(responses, targeted);
  const purchaseRate = ratio(buyers, targeted);
  const controlResponseRate = ratio(controlResponses, controlTargeted);
  const controlPurchaseRate = ratio(controlBuyers, controlTargeted);
  const small = (n: number) => n > 0 && n < MIN_INFERENCE_GROUP;
  return {
    actionId: id,
    attributionDays: attributionDays ?? num(r.windowDays),
    cost,
    targeted,
    responses,
    responseRate,
    conversions,
    conversionRate: ratio(conversions, targeted),
    costPerResponse: responses > 0 ? money(cost / responses) : null,
    costPerConversion: conversions > 0 ? money(cost / conversions) : null,
    channels: (f.channelsOf.get(id) ?? []).map((c) => ({ ...c, share: ratio(c.responses, responses) })),
    meanResponseDelayDays: numOrNull(r.delayMean),
    medianResponseDelayDays: f.medianOf.get(id) ?? null,
    buyers,
    purchaseRate,
    attributedRevenue: money(num(r.revenue)),
    controlTargeted,
    controlResponses,
    controlBuyers,
    controlResponseRate,
    controlPurchaseRate,
    responseUplift: responseRate !== null && controlResponseRate !== null ? responseRate - controlResponseRate : null,
    purchaseUplift: purchaseRate !== null && controlPurchaseRate !== null ? purchaseRate - controlPurchaseRate : null,
    responseRateInterval: wilsonInterval(responses, targeted),
    conversionRateInterval: wilsonInterval(conversions, targeted),
    purchaseRateInterval: wilsonInterval(buyers, targeted),
    controlResponseRateInterval: wilsonInterval(controlResponses, controlTargeted),
    controlPurchaseRateInterval: wilsonInterval(controlBuyers, controlTargeted),
    responseUpliftInterval: newcombeInterval(responses, targeted, controlResponses, controlTargeted),
    purchaseUpliftInterval: newcombeInterval(buyers, targeted, controlBuyers, controlTargeted),
    responseUpliftTest: upliftTest(responses, targeted, controlResponses, controlTargeted),
    purchaseUpliftTest: upliftTest(buyers, targeted, controlBuyers, controlTargeted),
    smallSample: small(targeted) || small(controlTargeted),
    targetShare: null,
    costShare: null,
    responseShare: null,
    conversionShare: null,
    revenueShare: null,
    untargetedResponses,
    untargetedConversions,
    untargetedConversionRate: ratio(untargetedConversions, untargetedResponses),
    untargetedRevenue: money(num(r.untargetedRevenue)),
  };
}

/** Every metric of every action in scope, in three queries whatever the number of actions and targets. */
export async function actionComparison(
  db: Db,
  provider: Provider,
  options: ActionPerformanceOptions,
): Promise<ActionComparison> {
  const attributionDays = options.attributionDays ?? null;
  const figures = await actionFigures(db, provider, options, attributionDays);
  const actions = figures.rows.map((r) => performanceOf(r, figures, attributionDays));
  return { attributionDays, actions, ...compareActions(actions), minInferenceGroup: MIN_INFERENCE_GROUP };
}
