import type { Db } from '../kernel/db/client.js';
import type { LifetimeValueModel } from '../generated/sqlite/client.js';
import { fitBgNbd, type BgNbdParams } from './clv/bgnbd.js';
import { WEEKS_PER_MONTH, modelLifetimeValue } from './clv/clv.js';
import { fitGammaGamma, type GammaGammaParams } from './clv/gamma-gamma.js';
import {
  type PurchaseModel,
  type PurchaseModelFit,
  type PurchaseModelKind,
  type SpendModelFit,
  fitPurchaseModel,
  fitSpendModel,
  purchaseModel,
} from './clv/models.js';

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

/** What a snapshot's fits say beyond the stored parameters: every model with standard errors and warnings. */
export interface SnapshotFits {
  /** Fitted lazily, once per model (BG/NBD refitted only for its standard errors: predictions keep the stored values). */
  purchase(kind: PurchaseModelKind): Promise<PurchaseModelFit>;
  spend: Promise<SpendModelFit>;
  /** The earliest first purchase of the snapshot's buyers: the start of the data, for the left-censoring flag. */
  dataStart: Promise<Date | null>;
}

/** Snapshots whose fits are kept in memory (aggregate parameters only, no personal data). */
const FIT_CACHE_SIZE = 16;
const fitCache = new Map<string, SnapshotFits>();

/** Grouped histories and spends of a snapshot, as the fits read them. */
async function snapshotRows(tx: Tx, snapshotId: number) {
  const [histories, spends] = await Promise.all([
    tx.contactScore.groupBy({
      by: ['repeatPurchases', 'repeatSpanWeeks', 'ageWeeks'],
      where: { snapshotId },
      _count: { _all: true },
    }),
    tx.contactScore.groupBy({
      by: ['repeatPurchases', 'meanRepeatSpend'],
      where: { snapshotId, repeatPurchases: { gt: 0 }, meanRepeatSpend: { gt: 0 } },
      _count: { _all: true },
    }),
  ]);
  return {
    histories: histories.map((h) => ({
      x: h.repeatPurchases,
      tx: h.repeatSpanWeeks,
      T: h.ageWeeks,
      count: h._count._all,
    })),
    spends: spends.map((g) => ({ x: g.repeatPurchases, zbar: Number(g.meanRepeatSpend), count: g._count._all })),
  };
}

/**
 * The fits of a snapshot's models, computed on first use and kept per stored model (id and update time) in a small
 * in-process cache: a request never refits what an earlier one fitted. On the demo data (a few thousand buyers)
 * the first Pareto/NBD fit takes a few seconds, BG/NBD and MBG/NBD well under one (ANALYTICS.md).
 */
export function snapshotFits(tx: Tx, m: LifetimeValueModel): SnapshotFits {
  const key = `${m.id}:${m.updatedAt.getTime()}`;
  const hit = fitCache.get(key);
  if (hit) return hit;
  const rows = snapshotRows(tx, m.snapshotId);
  const byKind = new Map<PurchaseModelKind, Promise<PurchaseModelFit>>();
  const fits: SnapshotFits = {
    purchase: (kind) => {
      let p = byKind.get(kind);
      if (!p) byKind.set(kind, (p = rows.then((r) => fitPurchaseModel(kind, r.histories))));
      return p;
    },
    spend: rows.then((r) => fitSpendModel(r.spends)),
    dataStart: tx.contactScore
      .aggregate({ where: { snapshotId: m.snapshotId }, _min: { firstPurchaseAt: true } })
      .then((a) => a._min.firstPurchaseAt),
  };
  // Unhandled rejections would crash the process; a failed fit answers on the next await instead.
  fits.spend.catch(() => undefined);
  fits.dataStart.catch(() => undefined);
  rows.catch(() => fitCache.delete(key));
  if (fitCache.size >= FIT_CACHE_SIZE) fitCache.delete(fitCache.keys().next().value!);
  fitCache.set(key, fits);
  return fits;
}

/** The purchase model a prediction uses: BG/NBD from the stored parameters, the others from their fits. */
export async function predictionModel(tx: Tx, m: LifetimeValueModel, kind: PurchaseModelKind): Promise<PurchaseModel> {
  if (kind === 'BG_NBD') return purchaseModel('BG_NBD', { ...bgnbdParamsOf(m) });
  return (await snapshotFits(tx, m).purchase(kind)).model;
}

/** A customer whose first recorded purchase falls this close to the start of the data may have bought before it. */
export const LEFT_CENSORED_WEEKS = 4;

export interface LifetimeInputs {
  repeatPurchases: number;
  repeatSpanWeeks: number;
  ageWeeks: number;
  meanRepeatSpend: { toString(): string } | number;
}

export interface PredictedValue {
  model: PurchaseModelKind;
  probabilityAlive: number;
  /** Expected purchases over the horizon. */
  expectedPurchases: number;
  /** Expected revenue of one future purchase (Gamma-Gamma). */
  expectedSpend: number;
  /** Discounted value of the expected purchases over the horizon. */
  lifetimeValue: number;
  /** The buyer's gross margin rate to date (margin / revenue), null without revenue; CONFIDENTIAL. */
  marginRate: number | null;
  /** lifetimeValue × marginRate: the CLV on gross margin, assuming the margin rate stays as it was. */
  marginLifetimeValue: number | null;
}

/** A horizon: a number of weeks or months. */
export interface Horizon {
  periods: number;
  unit: 'WEEKS' | 'MONTHS';
}

/** The monthly discount rate as a rate per week (same yearly discount). */
export const weeklyRate = (monthly: number) => Math.pow(1 + monthly, 1 / WEEKS_PER_MONTH) - 1;

export interface MarginInputs {
  monetary: { toString(): string } | number;
  grossMargin: { toString(): string } | number;
}

/**
 * One buyer's predictions under a snapshot's spend model and the chosen purchase model, over `horizon` periods
 * discounted at `monthlyDiscountRate` a month (a fraction: 0.01 = 1%; per week when the unit is weeks).
 */
export function predictValue(
  m: LifetimeValueModel,
  model: PurchaseModel,
  s: LifetimeInputs & Partial<MarginInputs>,
  horizon: Horizon,
  monthlyDiscountRate: number,
): PredictedValue {
  const c = { x: s.repeatPurchases, tx: s.repeatSpanWeeks, T: s.ageWeeks, zbar: Number(s.meanRepeatSpend) };
  const weeks = horizon.unit === 'WEEKS';
  const value = modelLifetimeValue(model, spendParamsOf(m), c, {
    periods: horizon.periods,
    period: weeks ? 'week' : 'month',
    discountRate: weeks ? weeklyRate(monthlyDiscountRate) : monthlyDiscountRate,
  });
  const revenue = Number(s.monetary ?? 0);
  const marginRate = revenue > 0 && s.grossMargin !== undefined ? Number(s.grossMargin) / revenue : null;
  return {
    model: model.kind,
    probabilityAlive: model.probabilityAlive(c.x, c.tx, c.T),
    expectedPurchases: value.expectedPurchases,
    expectedSpend: value.expectedSpend,
    lifetimeValue: value.clv,
    marginRate,
    marginLifetimeValue: marginRate === null ? null : value.clv * marginRate,
  };
}
