/**
 * Holdout validation of the purchase models: fit each model on a calibration period, predict the holdout period
 * from each customer's calibration history, and compare with what happened. Works on grouped summaries only:
 * per distinct (x, t_x, T) the number of customers and the sum and sum of squares of their holdout purchases,
 * plus the holdout purchases of the whole cohort by week. Those are aggregates the database computes
 * (lifetime-value-validation.service.ts) or the CDNOW tests build from transactions (validationInputOf).
 */
import {
  type DegenerateReason,
  type NamedParams,
  PURCHASE_MODELS,
  type PurchaseModelKind,
  fitPurchaseModel,
} from './models.js';
import { dayNumber, type Transaction } from './summary.js';

/** Customers with one calibration history (x, t_x, T in weeks), and their holdout purchase days. */
export interface ValidationGroup {
  x: number;
  tx: number;
  T: number;
  count: number;
  /** Σ of the customers' holdout purchase days, and Σ of their squares (for the per-customer error). */
  holdoutSum: number;
  holdoutSquares: number;
}

/** What the validation reads. */
export interface ValidationInput {
  groups: ValidationGroup[];
  /** Holdout length in weeks (may be fractional). */
  holdoutWeeks: number;
  /** Holdout purchase days of the calibration cohort in holdout week 1, 2, ... (the last one may be partial). */
  weeklyHoldout: number[];
}

/** One row of the calibration-by-frequency table: customers with x repeat purchases (the last row: x ≥ 7). */
export interface FrequencyBucket {
  /** 0 to 7; 7 stands for "7 or more". */
  frequency: number;
  customers: number;
  /** Mean holdout purchase days per customer, actual and predicted. */
  actual: number;
  predicted: number;
}

/** Cumulative holdout purchase days at the end of a holdout week, actual and predicted. */
export interface TrackingPoint {
  week: number;
  actual: number;
  predicted: number;
}

/** One model's validation. */
export interface ModelValidation {
  model: PurchaseModelKind;
  parameters: { name: string; value: number; standardError: number }[];
  logLikelihood: number;
  degenerate: DegenerateReason[];
  byFrequency: FrequencyBucket[];
  tracking: TrackingPoint[];
  totalActual: number;
  totalPredicted: number;
  /** (predicted - actual) / actual of the holdout total. */
  totalError: number | null;
  /** Root mean squared error of the per-customer holdout forecast (purchase days): the recommendation criterion. */
  rmse: number;
  /** Mean absolute error between the cumulative tracking curves, over the holdout weeks, per customer ×1000. */
  trackingError: number;
}

/** The validation of every model, and the one recommended. */
export interface ValidationResult {
  customers: number;
  groups: number;
  models: ModelValidation[];
  /**
   * Lowest rmse among the non-degenerate fits; null without data, and null when every fit is degenerate: a fit at a
   * bound or with a singular Hessian says nothing reliable, so none is put forward (each keeps its figures).
   */
  recommended: PurchaseModelKind | null;
}

const TOP_BUCKET = 7;

/** Validates one model on the input. */
export function validateModel(kind: PurchaseModelKind, input: ValidationInput): ModelValidation {
  const fit = fitPurchaseModel(kind, input.groups);
  const m = fit.model;
  const buckets = Array.from({ length: TOP_BUCKET + 1 }, (_, f) => ({ frequency: f, n: 0, actual: 0, predicted: 0 }));
  const weeks = input.weeklyHoldout.length;
  const ends = Array.from({ length: weeks }, (_, k) => Math.min(k + 1, input.holdoutWeeks));
  const trackingPredicted = new Array<number>(weeks).fill(0);
  let totalActual = 0;
  let totalPredicted = 0;
  let squaredError = 0;
  let n = 0;
  for (const g of input.groups) {
    const curve = m.conditionalCurve([...ends, input.holdoutWeeks], g.x, g.tx, g.T);
    const predicted = curve[weeks]!;
    const b = buckets[Math.min(g.x, TOP_BUCKET)]!;
    b.n += g.count;
    b.actual += g.holdoutSum;
    b.predicted += g.count * predicted;
    totalActual += g.holdoutSum;
    totalPredicted += g.count * predicted;
    // Σ (y - ŷ)² over the group's customers, from Σ y and Σ y².
    squaredError += g.holdoutSquares - 2 * predicted * g.holdoutSum + g.count * predicted * predicted;
    n += g.count;
    for (let k = 0; k < weeks; k++) trackingPredicted[k]! += g.count * curve[k]!;
  }
  let cumulative = 0;
  let trackingAbs = 0;
  const tracking = input.weeklyHoldout.map((w, k) => {
    cumulative += w;
    trackingAbs += Math.abs(trackingPredicted[k]! - cumulative);
    return { week: k + 1, actual: cumulative, predicted: trackingPredicted[k]! };
  });
  return {
    model: kind,
    parameters: Object.entries(m.params).map(([name, value]) => ({
      name,
      value,
      standardError: fit.standardErrors[name]!,
    })),
    logLikelihood: fit.logLikelihood,
    degenerate: fit.degenerate,
    byFrequency: buckets.map((b) => ({
      frequency: b.frequency,
      customers: b.n,
      actual: b.n > 0 ? b.actual / b.n : 0,
      predicted: b.n > 0 ? b.predicted / b.n : 0,
    })),
    tracking,
    totalActual,
    totalPredicted,
    totalError: totalActual > 0 ? (totalPredicted - totalActual) / totalActual : null,
    rmse: n > 0 ? Math.sqrt(Math.max(0, squaredError) / n) : 0,
    trackingError: n > 0 && weeks > 0 ? (1000 * trackingAbs) / weeks / n : 0,
  };
}

/**
 * Validates the chosen models (all three by default) and recommends the one with the smallest per-customer
 * forecast error (rmse) among the fits that are not degenerate. The rmse is the criterion because a customer's
 * CLV uses that very forecast; the total and the tracking curve are shown beside it.
 */
export function validateModels(
  input: ValidationInput,
  kinds: readonly PurchaseModelKind[] = PURCHASE_MODELS,
): ValidationResult {
  const customers = input.groups.reduce((s, g) => s + g.count, 0);
  if (customers === 0) return { customers, groups: 0, models: [], recommended: null };
  // A fit whose parameters ran so far that its forecast cannot be evaluated (2F1 beyond its term budget) says
  // nothing about the holdout: it is left out of the comparison rather than failing the whole validation.
  const models = kinds.flatMap((k) => {
    try {
      return [validateModel(k, input)];
    } catch (e) {
      if (e instanceof RangeError) return [];
      throw e;
    }
  });
  if (models.length === 0) return { customers, groups: input.groups.length, models, recommended: null };
  const sound = models.filter((m) => m.degenerate.length === 0);
  const best = sound.length ? sound.reduce((a, b) => (b.rmse < a.rmse ? b : a)).model : null;
  return { customers, groups: input.groups.length, models, recommended: best };
}

/** Standard errors by name, for callers that have NamedParams. */
export type { NamedParams };

/**
 * Builds the validation input from transactions (the CDNOW tests; the service builds the same aggregates in
 * SQL): purchase days, same-day transactions merged, the first purchase not counted; customers whose first
 * purchase falls after the calibration end left out; times in weeks.
 */
export function validationInputOf(
  transactions: Iterable<Transaction>,
  calibrationEnd: string,
  holdoutEnd: string,
): ValidationInput {
  const calEnd = dayNumber(calibrationEnd);
  const holdEnd = dayNumber(holdoutEnd);
  if (!(holdEnd > calEnd)) throw new RangeError('holdoutEnd must be after calibrationEnd');
  const days = new Map<string, Set<number>>();
  for (const t of transactions) {
    const d = dayNumber(t.date);
    if (d > holdEnd) continue;
    let s = days.get(t.customerId);
    if (!s) days.set(t.customerId, (s = new Set()));
    s.add(d);
  }
  const holdoutWeeks = (holdEnd - calEnd) / 7;
  const weeklyHoldout = new Array<number>(Math.ceil(holdoutWeeks)).fill(0);
  const groups = new Map<string, ValidationGroup>();
  for (const s of days.values()) {
    const first = Math.min(...s);
    if (first > calEnd) continue;
    let x = 0;
    let last = first;
    let y = 0;
    for (const d of s) {
      if (d === first) continue;
      if (d <= calEnd) {
        x++;
        last = Math.max(last, d);
      } else {
        y++;
        weeklyHoldout[Math.floor((d - calEnd - 1) / 7)]!++;
      }
    }
    const g = { x, tx: (last - first) / 7, T: (calEnd - first) / 7 };
    const key = `${g.x}|${g.tx}|${g.T}`;
    const group = groups.get(key) ?? { ...g, count: 0, holdoutSum: 0, holdoutSquares: 0 };
    group.count++;
    group.holdoutSum += y;
    group.holdoutSquares += y * y;
    groups.set(key, group);
  }
  return { groups: [...groups.values()], holdoutWeeks, weeklyHoldout };
}
