/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV: using iso-value curves
 * for customer base analysis", Journal of Marketing Research 42(4); Fader & Hardie, "The Gamma-Gamma model of
 * monetary value", 2013 note).
 *
 * A customer's transaction values are Gamma(p, ν) around a mean p/ν, and ν ~ Gamma(q, v) across customers.
 * Only the mean of a customer's x repeat transactions, z̄, is needed: x·z̄ ~ Gamma(p·x, ν).
 */
import {
  type MultiStartResult,
  type NelderMeadOptions,
  logParameterStandardErrors,
  minimizeFromStarts,
} from './optimize.js';
import { lnGamma } from './special-functions.js';

/** Gamma-Gamma parameters (all positive): shape p of transaction values, Gamma(q, v) of their rate across customers. */
export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

/** A customer's number of repeat transactions x and their mean value z̄, or `count` identical customers. */
export interface SpendCustomer {
  x: number;
  zbar: number;
  count?: number;
}

/** Customers with identical (x, z̄), counted. */
export interface SpendGroup {
  x: number;
  zbar: number;
  count: number;
}

/** Whether a customer can enter the spend fit: at least one repeat purchase and a positive mean value. */
export const isSpendFittable = (c: SpendCustomer) => c.x > 0 && c.zbar > 0;

/**
 * Groups customers with identical (x, z̄), keeping only those that can enter the fit (x > 0, z̄ > 0: a Gamma
 * density has no mass at 0, so a zero mean spend would make the likelihood 0).
 */
export function groupSpend(customers: Iterable<SpendCustomer>): SpendGroup[] {
  const byX = new Map<number, Map<number, SpendGroup>>();
  const groups: SpendGroup[] = [];
  for (const c of customers) {
    if (!isSpendFittable(c)) continue;
    let byZ = byX.get(c.x);
    if (!byZ) byX.set(c.x, (byZ = new Map()));
    const g = byZ.get(c.zbar);
    if (g) g.count += c.count ?? 1;
    else {
      const ng = { x: c.x, zbar: c.zbar, count: c.count ?? 1 };
      byZ.set(c.zbar, ng);
      groups.push(ng);
    }
  }
  return groups;
}

/**
 * Log-likelihood of one customer's mean spend (the density of z̄ given x, Jacobian included, as in the
 * lifetimes library so that values are comparable):
 *   ln Γ(px+q) - ln Γ(px) - ln Γ(q) + q ln v + (px-1) ln z̄ + px ln x - (px+q) ln(v + x z̄).
 */
export function gammaGammaLogLikelihoodOne(params: GammaGammaParams, x: number, zbar: number): number {
  const { p, q, v } = params;
  const px = p * x;
  return (
    lnGamma(px + q) -
    lnGamma(px) -
    lnGamma(q) +
    q * Math.log(v) +
    (px - 1) * Math.log(zbar) +
    px * Math.log(x) -
    (px + q) * Math.log(v + x * zbar)
  );
}

/** Total log-likelihood of customers or groups (rows weighted by count); rows with x = 0 or z̄ ≤ 0 are skipped. */
export function gammaGammaLogLikelihood(params: GammaGammaParams, rows: readonly SpendCustomer[]): number {
  return logLikelihoodRows(params, rows.filter(isSpendFittable));
}

function logLikelihoodRows(params: GammaGammaParams, rows: readonly SpendCustomer[]): number {
  const { p, q, v } = params;
  const lnGq = lnGamma(q);
  const lnV = Math.log(v);
  // Γ terms depend on x only: computed once per distinct x.
  const byX = new Map<number, number>();
  let sum = 0;
  for (const c of rows) {
    const px = p * c.x;
    let g = byX.get(c.x);
    if (g === undefined) {
      g = lnGamma(px + q) - lnGamma(px) - lnGq + q * lnV + px * Math.log(c.x);
      byX.set(c.x, g);
    }
    sum += (c.count ?? 1) * (g + (px - 1) * Math.log(c.zbar) - (px + q) * Math.log(v + c.x * c.zbar));
  }
  return sum;
}

/** Options of {@link fitGammaGamma}. */
export interface GammaGammaFitOptions {
  /** Group identical (x, z̄) before fitting (default true). */
  group?: boolean;
  starts?: GammaGammaParams[];
  standardErrors?: boolean;
  nelderMead?: NelderMeadOptions;
}

/** Result of {@link fitGammaGamma}. */
export interface GammaGammaFit {
  params: GammaGammaParams;
  logLikelihood: number;
  /** Customers that entered the fit (x > 0 and z̄ > 0), rows evaluated, and customers left out. */
  customers: number;
  rows: number;
  excluded: number;
  standardErrors?: GammaGammaParams;
  optimizer: MultiStartResult;
}

const toParams = (lp: readonly number[]): GammaGammaParams => ({
  p: Math.exp(lp[0]!),
  q: Math.exp(lp[1]!),
  v: Math.exp(lp[2]!),
});
const toLog = (g: GammaGammaParams) => [Math.log(g.p), Math.log(g.q), Math.log(g.v)];

/**
 * Maximum-likelihood fit of the Gamma-Gamma model on the customers with x > 0 (and z̄ > 0; the others are
 * counted in `excluded`), by Nelder-Mead on log-parameters from several starts, minimising the mean negative
 * log-likelihood.
 */
export function fitGammaGamma(customers: readonly SpendCustomer[], options: GammaGammaFitOptions = {}): GammaGammaFit {
  let all = 0;
  for (const c of customers) {
    if (!(Number.isInteger(c.x) && c.x >= 0 && Number.isFinite(c.zbar) && c.zbar >= 0)) {
      throw new RangeError(`Gamma-Gamma customer: need integer x ≥ 0 and z̄ ≥ 0, got ${JSON.stringify(c)}`);
    }
    all += c.count ?? 1;
  }
  const rows = options.group === false ? customers.filter(isSpendFittable) : groupSpend(customers);
  let n = 0;
  let spend = 0;
  for (const c of rows) {
    n += c.count ?? 1;
    spend += (c.count ?? 1) * c.zbar;
  }
  if (n === 0) throw new RangeError('fitGammaGamma: no customer with x > 0 and z̄ > 0');
  // Mean spend m = p·v/(q-1): starts with that mean at several shapes.
  const m = spend / n;
  const starts = options.starts ?? [
    { p: 1, q: 2, v: m },
    { p: 5, q: 3, v: (2 * m) / 5 },
    { p: 20, q: 10, v: (9 * m) / 20 },
  ];
  const objective = (lp: readonly number[]) =>
    lp.some((x) => Math.abs(x) > 25) ? Infinity : -logLikelihoodRows(toParams(lp), rows) / n;
  const opt = minimizeFromStarts(objective, starts.map(toLog), options.nelderMead);
  const params = toParams(opt.x);
  const fit: GammaGammaFit = {
    params,
    logLikelihood: logLikelihoodRows(params, rows),
    customers: n,
    rows: rows.length,
    excluded: all - n,
    optimizer: opt,
  };
  if (options.standardErrors) {
    const se = logParameterStandardErrors((lp) => -logLikelihoodRows(toParams(lp), rows), opt.x);
    fit.standardErrors = { p: se[0]!, q: se[1]!, v: se[2]! };
  }
  return fit;
}

/**
 * E[Z | x, z̄]: expected value of a customer's future transactions,
 *   p (v + x z̄) / (p x + q - 1)
 * a weighted average of the population mean p v/(q-1) and the customer's own mean z̄, with weight p x/(p x + q - 1)
 * on z̄. For x = 0 it is the population mean. Needs q > 1 (otherwise the mean spend is infinite).
 */
export function gammaGammaConditionalExpectedSpend(params: GammaGammaParams, x: number, zbar: number): number {
  const { p, q, v } = params;
  if (!(q > 1)) throw new RangeError(`Gamma-Gamma mean spend needs q > 1, got q = ${q}`);
  if (x === 0) return (p * v) / (q - 1);
  return (p * (v + x * zbar)) / (p * x + q - 1);
}
