/**
 * The BG/NBD model of repeat buying (Fader, Hardie & Lee 2005, "Counting your customers the easy way: an
 * alternative to the Pareto/NBD model", Marketing Science 24(2)).
 *
 * While active, a customer buys as a Poisson process of rate λ, λ ~ Gamma(r, α) across customers. After each
 * repeat purchase the customer drops out with probability p, p ~ Beta(a, b). A customer is summarised by
 * x (repeat purchases in the calibration period), t_x (time of the last one, measured from the first purchase)
 * and T (time from the first purchase to the end of the calibration period), all in one time unit (weeks for CDNOW).
 */
import {
  type MultiStartResult,
  type NelderMeadOptions,
  logParameterStandardErrors,
  minimizeFromStarts,
} from './optimize.js';
import { hyp2f1Log, lnGamma, logAddExp } from './special-functions.js';

/** BG/NBD parameters: Gamma(r, α) purchase rates, Beta(a, b) dropout probabilities. All positive. */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** One customer's calibration summary, or a group of `count` identical ones (count defaults to 1). */
export interface BgNbdCustomer {
  x: number;
  tx: number;
  T: number;
  count?: number;
}

/** Customers with identical (x, t_x, T), counted. */
export interface BgNbdGroup {
  x: number;
  tx: number;
  T: number;
  count: number;
}

function checkCustomer(c: BgNbdCustomer, i: number): void {
  const ok =
    Number.isInteger(c.x) &&
    c.x >= 0 &&
    Number.isFinite(c.T) &&
    c.T >= 0 &&
    Number.isFinite(c.tx) &&
    c.tx >= 0 &&
    c.tx <= c.T &&
    (c.count === undefined || (Number.isFinite(c.count) && c.count >= 0));
  if (!ok)
    throw new RangeError(
      `BG/NBD customer ${i}: need integer x ≥ 0, 0 ≤ t_x ≤ T and count ≥ 0, got ${JSON.stringify(c)}`,
    );
}

/**
 * Groups customers with identical (x, t_x, T), adding their counts. The likelihood of a group is the likelihood
 * of one member raised to the count, so fitting on groups costs the number of distinct summaries, not the
 * number of customers. With time recorded in whole days summaries repeat a lot: the 23,570 CDNOW customers make
 * 8,685 groups, and a million simulated CDNOW-like customers about 104,000.
 * t_x is ignored (set to 0) when x = 0, since it does not enter the model then.
 */
export function groupBgNbd(customers: Iterable<BgNbdCustomer>): BgNbdGroup[] {
  // Nested maps avoid building a string key per customer.
  const byX = new Map<number, Map<number, Map<number, BgNbdGroup>>>();
  const groups: BgNbdGroup[] = [];
  let i = 0;
  for (const c of customers) {
    checkCustomer(c, i++);
    const tx = c.x === 0 ? 0 : c.tx;
    let byT = byX.get(c.x);
    if (!byT) byX.set(c.x, (byT = new Map()));
    let byTx = byT.get(c.T);
    if (!byTx) byT.set(c.T, (byTx = new Map()));
    const g = byTx.get(tx);
    if (g) g.count += c.count ?? 1;
    else {
      const ng = { x: c.x, tx, T: c.T, count: c.count ?? 1 };
      byTx.set(tx, ng);
      groups.push(ng);
    }
  }
  return groups;
}

/**
 * Log-likelihood of one customer (Fader, Hardie & Lee 2005, eq. 6), in closed form without 2F1:
 *   L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
 *     + [x > 0] B(a+1, b+x-1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x)).
 * Computed as A1 + A2 + ln(e^A3 + [x > 0] e^A4) with
 *   A1 = ln Γ(r+x) - ln Γ(r) + r ln α,   A2 = ln Γ(a+b) + ln Γ(b+x) - ln Γ(b) - ln Γ(a+b+x),
 *   A3 = -(r+x) ln(α+T),                 A4 = ln a - ln(b+x-1) - (r+x) ln(α+t_x).
 */
export function bgnbdLogLikelihoodOne(params: BgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  const a1 = lnGamma(r + x) - lnGamma(r) + r * Math.log(alpha);
  const a2 = lnGamma(a + b) + lnGamma(b + x) - lnGamma(b) - lnGamma(a + b + x);
  const a3 = -(r + x) * Math.log(alpha + T);
  const a4 = x > 0 ? Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx) : -Infinity;
  return a1 + a2 + logAddExp(a3, a4);
}

/**
 * Columnar copy of the data. The distinct x values are indexed so the Γ terms are computed once per x, and the
 * distinct times (t_x and T together) so ln(α + t) is computed once per time: with time in whole days there are
 * only a few hundred of them, and each row then costs one exp and one log1p.
 */
interface Prepared {
  x: Float64Array;
  w: Float64Array;
  xIndex: Int32Array;
  txIndex: Int32Array;
  TIndex: Int32Array;
  distinctX: number[];
  distinctTimes: Float64Array;
  totalWeight: number;
}

function prepare(rows: readonly BgNbdCustomer[]): Prepared {
  const n = rows.length;
  const xIndex = new Int32Array(n);
  const txIndex = new Int32Array(n);
  const TIndex = new Int32Array(n);
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  const xSlot = new Map<number, number>();
  const tSlot = new Map<number, number>();
  const distinctX: number[] = [];
  const times: number[] = [];
  const timeSlot = (t: number) => {
    let k = tSlot.get(t);
    if (k === undefined) {
      k = times.length;
      tSlot.set(t, k);
      times.push(t);
    }
    return k;
  };
  let totalWeight = 0;
  rows.forEach((c, i) => {
    checkCustomer(c, i);
    x[i] = c.x;
    w[i] = c.count ?? 1;
    totalWeight += w[i]!;
    let k = xSlot.get(c.x);
    if (k === undefined) {
      k = distinctX.length;
      xSlot.set(c.x, k);
      distinctX.push(c.x);
    }
    xIndex[i] = k;
    TIndex[i] = timeSlot(c.T);
    txIndex[i] = c.x > 0 ? timeSlot(c.tx) : 0; // t_x does not enter the likelihood when x = 0
  });
  return { x, w, xIndex, txIndex, TIndex, distinctX, distinctTimes: Float64Array.from(times), totalWeight };
}

function logLikelihoodPrepared(params: BgNbdParams, d: Prepared): number {
  const { r, alpha, a, b } = params;
  const m = d.distinctX.length;
  // Per distinct x: the terms A1 + A2, and ln a - ln(b+x-1) of A4.
  const base = new Float64Array(m);
  const a4c = new Float64Array(m);
  const common = -lnGamma(r) + r * Math.log(alpha) + lnGamma(a + b) - lnGamma(b);
  for (let k = 0; k < m; k++) {
    const x = d.distinctX[k]!;
    base[k] = common + lnGamma(r + x) + lnGamma(b + x) - lnGamma(a + b + x);
    a4c[k] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : -Infinity;
  }
  const times = d.distinctTimes;
  const lnAt = new Float64Array(times.length);
  for (let k = 0; k < times.length; k++) lnAt[k] = Math.log(alpha + times[k]!);
  let sum = 0;
  for (let i = 0; i < d.x.length; i++) {
    const k = d.xIndex[i]!;
    const rx = r + d.x[i]!;
    const a3 = -rx * lnAt[d.TIndex[i]!]!;
    let ll: number;
    if (d.x[i]! > 0) {
      const a4 = a4c[k]! - rx * lnAt[d.txIndex[i]!]!;
      ll = a3 > a4 ? a3 + Math.log1p(Math.exp(a4 - a3)) : a4 + Math.log1p(Math.exp(a3 - a4));
    } else ll = a3;
    sum += d.w[i]! * (base[k]! + ll);
  }
  return sum;
}

/** Total log-likelihood of customers or groups (each row weighted by its count, default 1). */
export function bgnbdLogLikelihood(params: BgNbdParams, rows: readonly BgNbdCustomer[]): number {
  return logLikelihoodPrepared(params, prepare(rows));
}

/** Options of {@link fitBgNbd}. */
export interface BgNbdFitOptions {
  /** Group identical customers before fitting (default true). False evaluates every row as given. */
  group?: boolean;
  /** Starting points; by default three spread-out ones scaled to the data's purchase rate. */
  starts?: BgNbdParams[];
  /** Also compute standard errors from the Hessian (default false; costs 33 extra likelihood evaluations). */
  standardErrors?: boolean;
  nelderMead?: NelderMeadOptions;
}

/** Result of {@link fitBgNbd}. */
export interface BgNbdFit {
  params: BgNbdParams;
  /** Total log-likelihood at the estimates. */
  logLikelihood: number;
  /** Customers (sum of counts) and rows the likelihood was evaluated on (distinct groups when grouped). */
  customers: number;
  rows: number;
  standardErrors?: BgNbdParams;
  optimizer: MultiStartResult;
}

const toParams = (lp: readonly number[]): BgNbdParams => ({
  r: Math.exp(lp[0]!),
  alpha: Math.exp(lp[1]!),
  a: Math.exp(lp[2]!),
  b: Math.exp(lp[3]!),
});
const toLog = (p: BgNbdParams): number[] => [Math.log(p.r), Math.log(p.alpha), Math.log(p.a), Math.log(p.b)];
/** Log-parameters beyond ±25 (e^25 ≈ 7e10) are outside any sensible model and are refused. */
const LOG_BOUND = 25;

/**
 * Maximum-likelihood fit of the BG/NBD model. The optimiser (Nelder-Mead with restarts, see optimize.ts) works
 * on the log-parameters so they stay positive, and minimises the mean negative log-likelihood per customer so its
 * tolerances (fTol 1e-10, xTol 1e-7 by default) mean the same for 2,000 or 1,000,000 customers. The best of
 * several starts is kept.
 */
export function fitBgNbd(customers: readonly BgNbdCustomer[], options: BgNbdFitOptions = {}): BgNbdFit {
  const rows = options.group === false ? customers : groupBgNbd(customers);
  const d = prepare(rows);
  if (d.totalWeight <= 0) throw new RangeError('fitBgNbd: no customers');
  let sx = 0;
  let sT = 0;
  for (let i = 0; i < d.x.length; i++) {
    sx += d.w[i]! * d.x[i]!;
    sT += d.w[i]! * d.distinctTimes[d.TIndex[i]!]!;
  }
  // A purchase rate for scaling α: repeat purchases per unit of observed time (guarded for degenerate data).
  const rate = sx > 0 && sT > 0 ? sx / sT : 1;
  const starts = options.starts ?? [
    { r: 1, alpha: 1 / rate, a: 1, b: 1 },
    { r: 0.3, alpha: 0.3 / rate, a: 0.5, b: 2 },
    { r: 3, alpha: 3 / rate, a: 3, b: 10 },
  ];
  const objective = (lp: readonly number[]) => {
    if (lp.some((v) => Math.abs(v) > LOG_BOUND)) return Infinity;
    return -logLikelihoodPrepared(toParams(lp), d) / d.totalWeight;
  };
  const opt = minimizeFromStarts(objective, starts.map(toLog), options.nelderMead);
  const params = toParams(opt.x);
  const fit: BgNbdFit = {
    params,
    logLikelihood: logLikelihoodPrepared(params, d),
    customers: d.totalWeight,
    rows: rows.length,
    optimizer: opt,
  };
  if (options.standardErrors) {
    const se = logParameterStandardErrors((lp) => -logLikelihoodPrepared(toParams(lp), d), opt.x);
    fit.standardErrors = { r: se[0]!, alpha: se[1]!, a: se[2]!, b: se[3]! };
  }
  return fit;
}

/**
 * P(alive | x, t_x, T) = 1 / (1 + [x > 0] · a/(b+x-1) · ((α+T)/(α+t_x))^(r+x)) (FHL 2005, eq. 13 of the
 * technical note), evaluated through its logarithm so that long, silent histories give 0 rather than NaN.
 */
export function bgnbdProbabilityAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const { r, alpha, a, b } = params;
  const lnOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  return 1 / (1 + Math.exp(lnOdds));
}

/** |a - 1| below which the removable singularity at a = 1 is bridged by interpolation. */
const A_NEAR_ONE = 1e-3;

/**
 * Evaluates g(a) near a = 1, where the formulas below are 0/0: cubic Lagrange interpolation through
 * a = 1 ± 2e-3 and 1 ± 4e-3 (error O(h⁴) ≈ 1e-10 relative; the cancellation error at those nodes is ~1e-13).
 */
function bridgeAtOne(a: number, g: (a: number) => number): number {
  if (Math.abs(a - 1) >= A_NEAR_ONE) return g(a);
  const nodes = [1 - 4e-3, 1 - 2e-3, 1 + 2e-3, 1 + 4e-3];
  const vals = nodes.map(g);
  let s = 0;
  for (let i = 0; i < 4; i++) {
    let l = 1;
    for (let j = 0; j < 4; j++) if (j !== i) l *= (a - nodes[j]!) / (nodes[i]! - nodes[j]!);
    s += l * vals[i]!;
  }
  return s;
}

/**
 * E[Y(t) | x, t_x, T]: expected repeat purchases in the next period of length t for a customer with the given
 * history (FHL 2005, eq. 10):
 *   (a+b+x-1)/(a-1) · [1 - ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x-1; t/(α+T+t))] · P(alive | x, t_x, T).
 * The power and 2F1 are combined in log space (both grow fast with x); 2F1 uses the guarded evaluation of
 * special-functions.ts, so long horizons (z near 1) stay accurate.
 */
export function bgnbdConditionalExpectedPurchases(
  params: BgNbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  if (!(t >= 0)) throw new RangeError(`t must be ≥ 0, got ${t}`);
  if (t === 0) return 0;
  const { r, alpha, b } = params;
  const z = t / (alpha + T + t);
  const lnOneMinusZ = -Math.log1p(t / (alpha + T));
  const bracket = (a: number) => {
    const h = hyp2f1Log(r + x, b + x, a + b + x - 1, z);
    const term = h.sign * Math.exp((r + x) * lnOneMinusZ + h.logAbs);
    return ((a + b + x - 1) / (a - 1)) * (1 - term);
  };
  return bridgeAtOne(params.a, bracket) * bgnbdProbabilityAlive(params, x, tx, T);
}

/**
 * E[X(t)]: expected repeat purchases of a randomly chosen new customer in (0, t] after the first purchase
 * (FHL 2005, eq. 9): (a+b-1)/(a-1) · [1 - (α/(α+t))^r · 2F1(r, b; a+b-1; t/(α+t))].
 */
export function bgnbdExpectedPurchases(params: BgNbdParams, t: number): number {
  if (!(t >= 0)) throw new RangeError(`t must be ≥ 0, got ${t}`);
  if (t === 0) return 0;
  const { r, alpha, b } = params;
  const z = t / (alpha + t);
  const lnOneMinusZ = -Math.log1p(t / alpha);
  return bridgeAtOne(params.a, (a) => {
    const h = hyp2f1Log(r, b, a + b - 1, z);
    return ((a + b - 1) / (a - 1)) * (1 - h.sign * Math.exp(r * lnOneMinusZ + h.logAbs));
  });
}
