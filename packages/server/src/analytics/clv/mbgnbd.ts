/**
 * The MBG/NBD model of repeat buying (Batislam, Denizel & Filiztekin 2007, "Empirical validation and comparison of
 * models for customer base analysis", International Journal of Research in Marketing 24(3); the formulas of
 * lifetimes' ModifiedBetaGeoFitter).
 *
 * As BG/NBD, but a customer may also drop out right after the first purchase, not only after repeat ones: with
 * dropout probability p ~ Beta(a, b) after every purchase, a one-time buyer is alive with a probability below 1.
 * Same summaries (x, t_x, T) and parameters (r, α, a, b) as BG/NBD.
 */
import { type BgNbdCustomer, type BgNbdParams, groupBgNbd } from './bgnbd.js';
import {
  type MultiStartResult,
  type NelderMeadOptions,
  logParameterStandardErrors,
  minimizeFromStarts,
} from './optimize.js';
import { hyp2f1Log, lnGamma } from './special-functions.js';

/**
 * Log-likelihood of one customer:
 *   L = B(a, b+x+1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
 *     + B(a+1, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x)),
 * as A1 + A2 + A3 + ln(1 + e^A4) with A4 = ln a - ln(b+x) + (r+x)(ln(α+T) - ln(α+t_x)).
 */
export function mbgnbdLogLikelihoodOne(p: BgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const a1 = lnGamma(r + x) - lnGamma(r) + r * Math.log(alpha);
  const a2 = lnGamma(a + b) + lnGamma(b + x + 1) - lnGamma(b) - lnGamma(a + b + x + 1);
  const a3 = -(r + x) * Math.log(alpha + T);
  const a4 = Math.log(a) - Math.log(b + x) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  const softplus = a4 > 0 ? a4 + Math.log1p(Math.exp(-a4)) : Math.log1p(Math.exp(a4));
  return a1 + a2 + a3 + softplus;
}

/** Total log-likelihood of customers or groups (each row weighted by its count, default 1). */
export function mbgnbdLogLikelihood(p: BgNbdParams, rows: readonly BgNbdCustomer[]): number {
  const { r, alpha, a, b } = p;
  // The Γ terms depend on x only: once per distinct x.
  const byX = new Map<number, number>();
  const common = -lnGamma(r) + r * Math.log(alpha) + lnGamma(a + b) - lnGamma(b);
  const lnA = Math.log(a);
  let sum = 0;
  for (const c of rows) {
    const x = c.x;
    let g = byX.get(x);
    if (g === undefined) byX.set(x, (g = common + lnGamma(r + x) + lnGamma(b + x + 1) - lnGamma(a + b + x + 1)));
    const lnAT = Math.log(alpha + c.T);
    const a4 = lnA - Math.log(b + x) + (r + x) * (lnAT - Math.log(alpha + (x === 0 ? 0 : c.tx)));
    const softplus = a4 > 0 ? a4 + Math.log1p(Math.exp(-a4)) : Math.log1p(Math.exp(a4));
    sum += (c.count ?? 1) * (g - (r + x) * lnAT + softplus);
  }
  return sum;
}

/** Options of {@link fitMbgNbd}. */
export interface MbgNbdFitOptions {
  starts?: BgNbdParams[];
  standardErrors?: boolean;
  nelderMead?: NelderMeadOptions;
}

/** Result of {@link fitMbgNbd}. */
export interface MbgNbdFit {
  params: BgNbdParams;
  logLikelihood: number;
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
const toLog = (p: BgNbdParams) => [Math.log(p.r), Math.log(p.alpha), Math.log(p.a), Math.log(p.b)];
const LOG_BOUND = 25;

/** Maximum-likelihood fit on groups of identical (x, t_x, T), as fitBgNbd. */
export function fitMbgNbd(customers: readonly BgNbdCustomer[], options: MbgNbdFitOptions = {}): MbgNbdFit {
  const rows = groupBgNbd(customers);
  let n = 0;
  let sx = 0;
  let sT = 0;
  for (const g of rows) {
    n += g.count;
    sx += g.count * g.x;
    sT += g.count * g.T;
  }
  if (n <= 0) throw new RangeError('fitMbgNbd: no customers');
  const rate = sx > 0 && sT > 0 ? sx / sT : 1;
  const starts = options.starts ?? [
    { r: 1, alpha: 1 / rate, a: 1, b: 1 },
    { r: 0.3, alpha: 0.3 / rate, a: 0.5, b: 2 },
    { r: 3, alpha: 3 / rate, a: 3, b: 10 },
  ];
  const negMean = (lp: readonly number[]) =>
    lp.some((v) => Math.abs(v) > LOG_BOUND) ? Infinity : -mbgnbdLogLikelihood(toParams(lp), rows) / n;
  const opt = minimizeFromStarts(negMean, starts.map(toLog), options.nelderMead);
  const params = toParams(opt.x);
  const fit: MbgNbdFit = {
    params,
    logLikelihood: mbgnbdLogLikelihood(params, rows),
    customers: n,
    rows: rows.length,
    optimizer: opt,
  };
  if (options.standardErrors) {
    const se = logParameterStandardErrors((lp) => -mbgnbdLogLikelihood(toParams(lp), rows), opt.x);
    fit.standardErrors = { r: se[0]!, alpha: se[1]!, a: se[2]!, b: se[3]! };
  }
  return fit;
}

/** P(alive | x, t_x, T) = 1 / (1 + a/(b+x) · ((α+T)/(α+t_x))^(r+x)): below 1 also for x = 0. */
export function mbgnbdProbabilityAlive(p: BgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const t = x === 0 ? 0 : tx;
  const lnOdds = Math.log(a) - Math.log(b + x) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + t));
  return 1 / (1 + Math.exp(lnOdds));
}

/** g(a) near a = 1, where (…)/(a-1) is 0/0: linear interpolation between a = 1 ± 1e-3 (error O(1e-6)). */
function nearOne(a: number, g: (a: number) => number): number {
  const h = 1e-3;
  if (Math.abs(a - 1) >= h) return g(a);
  const lo = g(1 - h);
  const hi = g(1 + h);
  return lo + ((hi - lo) * (a - (1 - h))) / (2 * h);
}

/**
 * E[Y(t) | x, t_x, T] = (a+b+x)/(a-1) · [1 - ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x+1; a+b+x; t/(α+T+t))]
 * · P(alive | x, t_x, T).
 */
export function mbgnbdConditionalExpectedPurchases(
  p: BgNbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  if (!(t >= 0)) throw new RangeError(`t must be ≥ 0, got ${t}`);
  if (t === 0) return 0;
  const { r, alpha, b } = p;
  const z = t / (alpha + T + t);
  const lnOneMinusZ = -Math.log1p(t / (alpha + T));
  const bracket = (a: number) => {
    const h = hyp2f1Log(r + x, b + x + 1, a + b + x, z);
    return ((a + b + x) / (a - 1)) * (1 - h.sign * Math.exp((r + x) * lnOneMinusZ + h.logAbs));
  };
  return nearOne(p.a, bracket) * mbgnbdProbabilityAlive(p, x, tx, T);
}

/** E[X(t)] = b/(a-1) · [1 - (α/(α+t))^r · 2F1(r, b+1; a+b; t/(α+t))] for a new customer. */
export function mbgnbdExpectedPurchases(p: BgNbdParams, t: number): number {
  if (!(t >= 0)) throw new RangeError(`t must be ≥ 0, got ${t}`);
  if (t === 0) return 0;
  const { r, alpha, b } = p;
  const z = t / (alpha + t);
  const lnOneMinusZ = -Math.log1p(t / alpha);
  return nearOne(p.a, (a) => {
    const h = hyp2f1Log(r, b + 1, a + b, z);
    return (b / (a - 1)) * (1 - h.sign * Math.exp(r * lnOneMinusZ + h.logAbs));
  });
}
