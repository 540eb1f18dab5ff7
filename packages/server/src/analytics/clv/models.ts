/**
 * The repeat-purchase models behind one interface, so that callers (the lifetime-value API, the holdout
 * validation) choose a model by name: BG/NBD, MBG/NBD and Pareto/NBD all read (x, t_x, T) in weeks. Also the
 * degenerate-fit rule shared by them and by Gamma-Gamma.
 */
import {
  type BgNbdCustomer,
  bgnbdConditionalExpectedPurchases,
  bgnbdExpectedPurchases,
  bgnbdProbabilityAlive,
  fitBgNbd,
} from './bgnbd.js';
import {
  fitMbgNbd,
  mbgnbdConditionalExpectedPurchases,
  mbgnbdExpectedPurchases,
  mbgnbdProbabilityAlive,
} from './mbgnbd.js';
import {
  fitParetoNbd,
  paretoNbdConditionalExpectedCurve,
  paretoNbdConditionalExpectedPurchases,
  paretoNbdExpectedPurchases,
  paretoNbdProbabilityAlive,
} from './pareto-nbd.js';
import type { MultiStartResult } from './optimize.js';
import { type GammaGammaParams, type SpendCustomer, fitGammaGamma } from './gamma-gamma.js';

/** The purchase models a user can choose. */
export const PURCHASE_MODELS = ['BG_NBD', 'MBG_NBD', 'PARETO_NBD'] as const;
export type PurchaseModelKind = (typeof PURCHASE_MODELS)[number];

/** Parameter names of each model, in the order of `params` arrays. */
export const PARAMETER_NAMES: Record<PurchaseModelKind, readonly string[]> = {
  BG_NBD: ['r', 'alpha', 'a', 'b'],
  MBG_NBD: ['r', 'alpha', 'a', 'b'],
  PARETO_NBD: ['r', 'alpha', 's', 'beta'],
};

/** A fitted model's parameters by name (r, alpha, a, b or r, alpha, s, beta). */
export type NamedParams = Record<string, number>;

/** What the API and the validation need from a purchase model. */
export interface PurchaseModel {
  kind: PurchaseModelKind;
  params: NamedParams;
  probabilityAlive(x: number, tx: number, T: number): number;
  /** Expected repeat purchases in (T, T + t] given the history. */
  conditionalExpectedPurchases(t: number, x: number, tx: number, T: number): number;
  /** conditionalExpectedPurchases at several horizons (faster when P(alive) is costly, as for Pareto/NBD). */
  conditionalCurve(ts: readonly number[], x: number, tx: number, T: number): number[];
  /** Expected repeat purchases of a new customer in (0, t]. */
  expectedPurchases(t: number): number;
}

/** A purchase model built from its parameters (e.g. stored ones). */
export function purchaseModel(kind: PurchaseModelKind, params: NamedParams): PurchaseModel {
  if (kind === 'PARETO_NBD') {
    const p = { r: params.r!, alpha: params.alpha!, s: params.s!, beta: params.beta! };
    return {
      kind,
      params,
      probabilityAlive: (x, tx, T) => paretoNbdProbabilityAlive(p, x, tx, T),
      conditionalExpectedPurchases: (t, x, tx, T) => paretoNbdConditionalExpectedPurchases(p, t, x, tx, T),
      conditionalCurve: (ts, x, tx, T) => paretoNbdConditionalExpectedCurve(p, ts, x, tx, T),
      expectedPurchases: (t) => paretoNbdExpectedPurchases(p, t),
    };
  }
  const p = { r: params.r!, alpha: params.alpha!, a: params.a!, b: params.b! };
  if (kind === 'MBG_NBD')
    return {
      kind,
      params,
      probabilityAlive: (x, tx, T) => mbgnbdProbabilityAlive(p, x, tx, T),
      conditionalExpectedPurchases: (t, x, tx, T) => mbgnbdConditionalExpectedPurchases(p, t, x, tx, T),
      conditionalCurve: (ts, x, tx, T) => ts.map((t) => mbgnbdConditionalExpectedPurchases(p, t, x, tx, T)),
      expectedPurchases: (t) => mbgnbdExpectedPurchases(p, t),
    };
  return {
    kind,
    params,
    probabilityAlive: (x, tx, T) => bgnbdProbabilityAlive(p, x, tx, T),
    conditionalExpectedPurchases: (t, x, tx, T) => bgnbdConditionalExpectedPurchases(p, t, x, tx, T),
    conditionalCurve: (ts, x, tx, T) => ts.map((t) => bgnbdConditionalExpectedPurchases(p, t, x, tx, T)),
    expectedPurchases: (t) => bgnbdExpectedPurchases(p, t),
  };
}

/** Why a fit is not to be trusted (see {@link degenerateReasons}). */
export type DegenerateReason =
  | 'NOT_CONVERGED'
  | 'AT_BOUND'
  | 'HESSIAN_NOT_POSITIVE'
  | 'UNCERTAIN'
  | 'NOT_FINITE'
  | 'NO_SPEND_HETEROGENEITY'
  | 'INFINITE_MEAN_SPEND';

/** A fitted purchase model with its uncertainty and its warnings. */
export interface PurchaseModelFit {
  model: PurchaseModel;
  logLikelihood: number;
  customers: number;
  rows: number;
  /** Standard errors by parameter name (inverse Hessian, delta method); NaN when the Hessian is not invertible. */
  standardErrors: NamedParams;
  degenerate: DegenerateReason[];
}

/** |ln θ| beyond which a parameter counts as run off to a bound (e^11 ≈ 60,000 or 1/60,000). */
export const LOG_PARAMETER_BOUND = 11;
/** A standard error above this multiple of its estimate means the data do not pin the parameter down. */
export const MAX_RELATIVE_STANDARD_ERROR = 1;

/**
 * The degenerate-fit rule, the same for every model (documented in ANALYTICS.md):
 * - NOT_FINITE: a parameter or the log-likelihood is not a finite number;
 * - NOT_CONVERGED: the optimiser ran out of its iteration or restart budget;
 * - AT_BOUND: a parameter ran off towards 0 or infinity (|ln θ| > 11; the Pareto/NBD search stops at 12), as
 *   Gamma-Gamma's q does when spend barely
 *   varies between customers (the model then says nothing about heterogeneity);
 * - HESSIAN_NOT_POSITIVE: the Hessian of the negative log-likelihood is not invertible or a variance is not
 *   positive, so the estimate is not a proper maximum (standard errors are NaN);
 * - UNCERTAIN: a standard error exceeds the estimate itself (relative standard error above 1).
 */
export function degenerateReasons(
  params: NamedParams,
  standardErrors: NamedParams,
  logLikelihood: number,
  converged: boolean,
): DegenerateReason[] {
  const reasons: DegenerateReason[] = [];
  const values = Object.values(params);
  if (!values.every(Number.isFinite) || !Number.isFinite(logLikelihood)) return ['NOT_FINITE'];
  if (!converged) reasons.push('NOT_CONVERGED');
  if (values.some((v) => Math.abs(Math.log(v)) > LOG_PARAMETER_BOUND)) reasons.push('AT_BOUND');
  const ses = Object.values(standardErrors);
  if (ses.some((se) => !Number.isFinite(se) || se <= 0)) reasons.push('HESSIAN_NOT_POSITIVE');
  else if (Object.entries(params).some(([k, v]) => standardErrors[k]! > MAX_RELATIVE_STANDARD_ERROR * v))
    reasons.push('UNCERTAIN');
  return reasons;
}

function nanErrors(names: readonly string[]): NamedParams {
  return Object.fromEntries(names.map((n) => [n, NaN]));
}

/**
 * Fits a purchase model with standard errors and the degenerate-fit check. A singular Hessian does not fail the
 * fit: the standard errors are NaN and the fit is flagged.
 */
export function fitPurchaseModel(kind: PurchaseModelKind, rows: readonly BgNbdCustomer[]): PurchaseModelFit {
  const run = (withSe: boolean) => {
    if (kind === 'PARETO_NBD') return fitParetoNbd(rows, { standardErrors: withSe });
    if (kind === 'MBG_NBD') return fitMbgNbd(rows, { standardErrors: withSe });
    return fitBgNbd(rows, { standardErrors: withSe });
  };
  let fit: {
    params: object;
    logLikelihood: number;
    customers: number;
    rows: number;
    standardErrors?: object;
    optimizer: MultiStartResult;
  };
  let standardErrors: NamedParams;
  try {
    fit = run(true);
    standardErrors = { ...(fit.standardErrors as NamedParams) };
  } catch (e) {
    if (!(e instanceof RangeError) || !/singular/.test(e.message)) throw e;
    fit = run(false);
    standardErrors = nanErrors(PARAMETER_NAMES[kind]);
  }
  const params = { ...(fit.params as NamedParams) };
  return {
    model: purchaseModel(kind, params),
    logLikelihood: fit.logLikelihood,
    customers: fit.customers,
    rows: fit.rows,
    standardErrors,
    degenerate: degenerateReasons(params, standardErrors, fit.logLikelihood, fit.optimizer.converged),
  };
}

/** Gamma-Gamma q above which the spread of mean spend between customers is negligible (CV of ν = 1/√q < 0.1). */
export const MAX_SPEND_Q = 100;

/** A fitted Gamma-Gamma spend model with its uncertainty and warnings. */
export interface SpendModelFit {
  params: GammaGammaParams;
  standardErrors: GammaGammaParams;
  logLikelihood: number;
  customers: number;
  degenerate: DegenerateReason[];
}

/**
 * Fits Gamma-Gamma with standard errors and the degenerate-fit rule, plus two spend-specific reasons:
 * INFINITE_MEAN_SPEND when q ≤ 1 (the expected spend p·v/(q-1) does not exist) and NO_SPEND_HETEROGENEITY when
 * q > 100: the model then says every customer has the same mean spend, which usually means the spend data barely
 * vary (a fixed-price catalogue) or the fit ran along a flat ridge, as the q = 248 of the demo data did.
 */
export function fitSpendModel(rows: readonly SpendCustomer[]): SpendModelFit {
  let fit: ReturnType<typeof fitGammaGamma>;
  let se: GammaGammaParams;
  try {
    fit = fitGammaGamma(rows, { standardErrors: true });
    se = fit.standardErrors!;
  } catch (e) {
    if (!(e instanceof RangeError) || !/singular/.test(e.message)) throw e;
    fit = fitGammaGamma(rows);
    se = { p: NaN, q: NaN, v: NaN };
  }
  const params = fit.params;
  const degenerate = degenerateReasons({ ...params }, { ...se }, fit.logLikelihood, fit.optimizer.converged);
  if (params.q <= 1) degenerate.push('INFINITE_MEAN_SPEND');
  else if (params.q > MAX_SPEND_Q) degenerate.push('NO_SPEND_HETEROGENEITY');
  return { params, standardErrors: se, logLikelihood: fit.logLikelihood, customers: fit.customers, degenerate };
}
