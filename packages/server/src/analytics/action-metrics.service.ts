import type { Db } from '../kernel/db/client.js';
import type { Provider } from '../kernel/db/paths.js';
import { Prisma } from '../generated/sqlite/client.js';
import type { ResponseChannel } from '../generated/sqlite/enums.js';
import { actionMetricsSql, channelUseSql, medianDelaySql, type ActionMetricsRow } from './analytics.sql.js';
import { inList, money, num, numOrNull, ratio, type AnalyticsScope } from './analytics.service.js';

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
  /** Targets outside the control group (those who received the action). */
  targeted: number;
  responses: number;
  responseRate: number | null;
  conversions: number;
  conversionRate: number | null;
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
  controlResponseRate: number | null;
  controlPurchaseRate: number | null;
  /** Response rate of the treated minus that of the control group; null without a control group. */
  responseUplift: number | null;
  /** Purchase rate (within the window) of the treated minus that of the control group. */
  purchaseUplift: number | null;
  /** This action's share of the conversions of all the actions compared. */
  conversionShare: number | null;
  /** This action's share of the attributed revenue of all the actions compared. */
  revenueShare: number | null;
}

export interface ActionComparison {
  /** The window asked for; null when each action used its own `attributionWindowDays`. */
  attributionDays: number | null;
  actions: ActionPerformance[];
  totals: {
    actions: number;
    cost: number;
    targeted: number;
    responses: number;
    conversions: number;
    buyers: number;
    attributedRevenue: number;
  };
  /** Plain means over the actions that have targets (each action weighs the same). */
  averages: {
    responseRate: number | null;
    conversionRate: number | null;
    purchaseRate: number | null;
    costPerResponse: number | null;
    costPerConversion: number | null;
    attributedRevenue: number | null;
  };
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

const mean = (values: (number | null)[]): number | null => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
};

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
  const responses = num(r.responses);
  const conversions = num(r.conversions);
  const buyers = num(r.buyers);
  const controlTargeted = num(r.controlTargeted);
  const responseRate = ratio(responses, targeted);
  const purchaseRate = ratio(buyers, targeted);
  const controlResponseRate = ratio(num(r.controlResponses), controlTargeted);
  const controlPurchaseRate = ratio(num(r.controlBuyers), controlTargeted);
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
    controlResponseRate,
    controlPurchaseRate,
    responseUplift: responseRate !== null && controlResponseRate !== null ? responseRate - controlResponseRate : null,
    purchaseUplift: purchaseRate !== null && controlPurchaseRate !== null ? purchaseRate - controlPurchaseRate : null,
    conversionShare: null,
    revenueShare: null,
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
  const sum = (f: (a: ActionPerformance) => number) => actions.reduce((s, a) => s + f(a), 0);
  const totals = {
    actions: actions.length,
    cost: money(sum((a) => a.cost)),
    targeted: sum((a) => a.targeted),
    responses: sum((a) => a.responses),
    conversions: sum((a) => a.conversions),
    buyers: sum((a) => a.buyers),
    attributedRevenue: money(sum((a) => a.attributedRevenue)),
  };
  for (const a of actions) {
    a.conversionShare = ratio(a.conversions, totals.conversions);
    a.revenueShare = ratio(a.attributedRevenue, totals.attributedRevenue);
  }
  const withTargets = actions.filter((a) => a.targeted > 0);
  return {
    attributionDays,
    actions,
    totals,
    averages: {
      responseRate: mean(withTargets.map((a) => a.responseRate)),
      conversionRate: mean(withTargets.map((a) => a.conversionRate)),
      purchaseRate: mean(withTargets.map((a) => a.purchaseRate)),
      costPerResponse: mean(withTargets.map((a) => a.costPerResponse)),
      costPerConversion: mean(withTargets.map((a) => a.costPerConversion)),
      attributedRevenue: mean(withTargets.map((a) => a.attributedRevenue)),
    },
  };
}
