import { money, ratio } from './analytics.service.js';
import { wilsonInterval, type Interval } from './stats/intervals.js';

/**
 * The comparison of actions from their counts: totals, each action's shares of them, and the two averages an
 * analyst needs side by side. The plain mean gives every action the same weight (what a typical action does);
 * the pooled figure divides sums by sums (what the money as a whole bought): a small action with a high rate
 * moves the first a lot and the second little. Both are over the actions that have targets: an action measured by
 * its untargeted responses alone (press, web) has no rate to average, and its figures have their own columns.
 */

/** What the comparison reads of an action, and the shares it sets. */
export interface ComparedAction {
  cost: number;
  targeted: number;
  responses: number;
  conversions: number;
  buyers: number;
  attributedRevenue: number;
  responseRate: number | null;
  conversionRate: number | null;
  purchaseRate: number | null;
  costPerResponse: number | null;
  costPerConversion: number | null;
  meanResponseDelayDays: number | null;
  targetShare: number | null;
  costShare: number | null;
  responseShare: number | null;
  conversionShare: number | null;
  revenueShare: number | null;
  untargetedResponses: number;
  untargetedConversions: number;
  untargetedRevenue: number;
}

export interface ActionTotals {
  actions: number;
  cost: number;
  targeted: number;
  /** Responses of every action (for one without targets, its untargeted responses: see ActionPerformance). */
  responses: number;
  conversions: number;
  buyers: number;
  attributedRevenue: number;
  /** Untargeted responses, conversions and revenue of every action, counted apart. */
  untargetedResponses: number;
  untargetedConversions: number;
  untargetedRevenue: number;
}

/** Averages of the actions' figures; rates are fractions. */
export interface ActionAverages {
  /** Actions averaged: those with targets. */
  actions: number;
  responseRate: number | null;
  conversionRate: number | null;
  purchaseRate: number | null;
  costPerResponse: number | null;
  costPerConversion: number | null;
  /** Attributed revenue per target. */
  revenuePerTarget: number | null;
  /** Attributed revenue per action. */
  attributedRevenue: number | null;
  /** Response delay in days: mean of the actions' means (plain), or over every response (pooled). */
  meanResponseDelayDays: number | null;
  /** Pooled only (null in plain means): Wilson intervals of the pooled rates, each target counted once per action. */
  responseRateInterval: Interval | null;
  conversionRateInterval: Interval | null;
  purchaseRateInterval: Interval | null;
}

const mean = (values: (number | null)[]): number | null => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
};

function totalsOf(actions: readonly ComparedAction[]): ActionTotals {
  const sum = (f: (a: ComparedAction) => number) => actions.reduce((s, a) => s + f(a), 0);
  return {
    actions: actions.length,
    cost: money(sum((a) => a.cost)),
    targeted: sum((a) => a.targeted),
    responses: sum((a) => a.responses),
    conversions: sum((a) => a.conversions),
    buyers: sum((a) => a.buyers),
    attributedRevenue: money(sum((a) => a.attributedRevenue)),
    untargetedResponses: sum((a) => a.untargetedResponses),
    untargetedConversions: sum((a) => a.untargetedConversions),
    untargetedRevenue: money(sum((a) => a.untargetedRevenue)),
  };
}

function plainMeans(actions: readonly ComparedAction[]): ActionAverages {
  return {
    actions: actions.length,
    responseRate: mean(actions.map((a) => a.responseRate)),
    conversionRate: mean(actions.map((a) => a.conversionRate)),
    purchaseRate: mean(actions.map((a) => a.purchaseRate)),
    costPerResponse: mean(actions.map((a) => a.costPerResponse)),
    costPerConversion: mean(actions.map((a) => a.costPerConversion)),
    revenuePerTarget: mean(actions.map((a) => ratio(a.attributedRevenue, a.targeted))),
    attributedRevenue: mean(actions.map((a) => a.attributedRevenue)),
    meanResponseDelayDays: mean(actions.map((a) => a.meanResponseDelayDays)),
    responseRateInterval: null,
    conversionRateInterval: null,
    purchaseRateInterval: null,
  };
}

function pooledFigures(actions: readonly ComparedAction[]): ActionAverages {
  const t = totalsOf(actions);
  // The sum of the delays is each action's mean times its responses (the mean is that sum over them).
  const delaySum = actions.reduce((s, a) => s + (a.meanResponseDelayDays ?? 0) * a.responses, 0);
  return {
    actions: actions.length,
    responseRate: ratio(t.responses, t.targeted),
    conversionRate: ratio(t.conversions, t.targeted),
    purchaseRate: ratio(t.buyers, t.targeted),
    costPerResponse: t.responses > 0 ? money(t.cost / t.responses) : null,
    costPerConversion: t.conversions > 0 ? money(t.cost / t.conversions) : null,
    revenuePerTarget: t.targeted > 0 ? money(t.attributedRevenue / t.targeted) : null,
    attributedRevenue: actions.length ? money(t.attributedRevenue / actions.length) : null,
    meanResponseDelayDays: ratio(delaySum, t.responses),
    responseRateInterval: wilsonInterval(t.responses, t.targeted),
    conversionRateInterval: wilsonInterval(t.conversions, t.targeted),
    purchaseRateInterval: wilsonInterval(t.buyers, t.targeted),
  };
}

/** Totals over every action, each action's shares of them (set on the actions), plain and pooled averages. */
export function compareActions(actions: readonly ComparedAction[]) {
  const totals = totalsOf(actions);
  for (const a of actions) {
    a.targetShare = ratio(a.targeted, totals.targeted);
    a.costShare = ratio(a.cost, totals.cost);
    a.responseShare = ratio(a.responses, totals.responses);
    a.conversionShare = ratio(a.conversions, totals.conversions);
    a.revenueShare = ratio(a.attributedRevenue, totals.attributedRevenue);
  }
  const withTargets = actions.filter((a) => a.targeted > 0);
  return { totals, averages: plainMeans(withTargets), pooled: pooledFigures(withTargets) };
}
