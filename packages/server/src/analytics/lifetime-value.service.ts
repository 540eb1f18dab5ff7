import type { Db } from '../kernel/db/client.js';
import type { LifetimeValueModel } from '../generated/sqlite/client.js';
import { bgnbdProbabilityAlive, fitBgNbd, type BgNbdParams } from './clv/bgnbd.js';
import { customerLifetimeValue } from './clv/clv.js';
import { fitGammaGamma, type GammaGammaParams } from './clv/gamma-gamma.js';

type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** Below these counts a fit says more about noise than about customers: the snapshot gets no model. */
export const MIN_BUYERS = 30;
export const MIN_REPEAT_BUYERS = 10;

/**
 * Fits BG/NBD and Gamma-Gamma on a snapshot's buyers and stores the parameters. The data comes from two grouped
 * queries (one row per distinct (x, t_x, T) and per distinct (x, z̄)), so the fit costs the number of distinct
 * histories, not the number of buyers; nothing loops over contacts. Returns null when there are too few buyers
 * or the fit does not converge to finite parameters.
 */
export async function fitLifetimeValueModel(tx: Tx, snapshotId: number): Promise<LifetimeValueModel | null> {
  const started = performance.now();
  const histories = await tx.contactScore.groupBy({
    by: ['repeatPurchases', 'repeatSpanWeeks', 'ageWeeks'],
    where: { snapshotId },
    _count: { _all: true },
  });
  const customers = histories.reduce((n, h) => n + h._count._all, 0);
  const rows = histories.map((h) => ({
    x: h.repeatPurchases,
    tx: h.repeatSpanWeeks,
    T: h.ageWeeks,
    count: h._count._all,
  }));
  const spendRows = (
    await tx.contactScore.groupBy({
      by: ['repeatPurchases', 'meanRepeatSpend'],
      where: { snapshotId, repeatPurchases: { gt: 0 }, meanRepeatSpend: { gt: 0 } },
      _count: { _all: true },
    })
  ).map((g) => ({ x: g.repeatPurchases, zbar: Number(g.meanRepeatSpend), count: g._count._all }));
  const spendCustomers = spendRows.reduce((n, g) => n + g.count, 0);
  if (customers < MIN_BUYERS || spendCustomers < MIN_REPEAT_BUYERS) return null;

  let bg: ReturnType<typeof fitBgNbd>;
  let gg: ReturnType<typeof fitGammaGamma>;
  try {
    bg = fitBgNbd(rows, { group: false });
    gg = fitGammaGamma(spendRows);
  } catch {
    return null; // degenerate histories (e.g. every buyer on one day): no model rather than a failed refresh
  }
  const values = [
    bg.params.r,
    bg.params.alpha,
    bg.params.a,
    bg.params.b,
    bg.logLikelihood,
    gg.params.p,
    gg.params.q,
    gg.params.v,
    gg.logLikelihood,
  ];
  if (!values.every(Number.isFinite)) return null;
  return tx.lifetimeValueModel.create({
    data: {
      snapshotId,
      bgnbdR: bg.params.r,
      bgnbdAlpha: bg.params.alpha,
      bgnbdA: bg.params.a,
      bgnbdB: bg.params.b,
      bgnbdLogLikelihood: bg.logLikelihood,
      customers,
      groups: rows.length,
      spendP: gg.params.p,
      spendQ: gg.params.q,
      spendV: gg.params.v,
      spendLogLikelihood: gg.logLikelihood,
      spendCustomers,
      fitMs: Math.round(performance.now() - started),
    },
  });
}

export const bgnbdParamsOf = (m: LifetimeValueModel): BgNbdParams => ({
  r: m.bgnbdR,
  alpha: m.bgnbdAlpha,
  a: m.bgnbdA,
  b: m.bgnbdB,
});
export const spendParamsOf = (m: LifetimeValueModel): GammaGammaParams => ({ p: m.spendP, q: m.spendQ, v: m.spendV });

export interface LifetimeInputs {
  repeatPurchases: number;
  repeatSpanWeeks: number;
  ageWeeks: number;
  meanRepeatSpend: { toString(): string } | number;
}

export interface PredictedValue {
  probabilityAlive: number;
  /** Expected purchases over the horizon. */
  expectedPurchases: number;
  /** Expected revenue of one future purchase (Gamma-Gamma). */
  expectedSpend: number;
  /** Discounted value of the expected purchases over the horizon. */
  lifetimeValue: number;
}

/**
 * One buyer's predictions under a snapshot's models: closed forms evaluated for the rows a request returns.
 * `months` of horizon, `monthlyDiscountRate` as a fraction (0.01 = 1% a month).
 */
export function predictValue(
  m: LifetimeValueModel,
  s: LifetimeInputs,
  months: number,
  monthlyDiscountRate: number,
): PredictedValue {
  const bg = bgnbdParamsOf(m);
  const c = { x: s.repeatPurchases, tx: s.repeatSpanWeeks, T: s.ageWeeks, zbar: Number(s.meanRepeatSpend) };
  const value = customerLifetimeValue(bg, spendParamsOf(m), c, {
    periods: months,
    period: 'month',
    discountRate: monthlyDiscountRate,
  });
  return {
    probabilityAlive: bgnbdProbabilityAlive(bg, c.x, c.tx, c.T),
    expectedPurchases: value.expectedPurchases,
    expectedSpend: value.expectedSpend,
    lifetimeValue: value.clv,
  };
}
