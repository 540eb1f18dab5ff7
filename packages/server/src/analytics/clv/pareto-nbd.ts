/**
 * The Pareto/NBD model of repeat buying (Schmittlein, Morrison & Colombo 1987, "Counting your customers: who are
 * they and what will they do next?", Management Science 33(1); likelihood as in Fader & Hardie 2005, "A note on
 * deriving the Pareto/NBD model and related expressions").
 *
 * While active, a customer buys as a Poisson process of rate λ, λ ~ Gamma(r, α); the lifetime is exponential of
 * rate μ, μ ~ Gamma(s, β). Unlike BG/NBD, dropping out can happen at any time, also before the first repeat
 * purchase, so a one-time buyer silent for a long time is probably gone (P(alive) < 1). Same summaries
 * (x, t_x, T) as BG/NBD, in weeks.
 */
import { type BgNbdCustomer, groupBgNbd } from './bgnbd.js';
import {
  type MultiStartResult,
  type NelderMeadOptions,
  logParameterStandardErrors,
  minimizeFromStarts,
} from './optimize.js';
import { hyp2f1Log, lnGamma, logAddExp } from './special-functions.js';

/** Pareto/NBD parameters: Gamma(r, α) purchase rates, Gamma(s, β) dropout rates. All positive. */
export interface ParetoNbdParams {
  r: number;
  alpha: number;
  s: number;
  beta: number;
}

/** ln(e^u - e^v) for u ≥ v (-Infinity when equal). */
function logSubExp(u: number, v: number): number {
  if (v === -Infinity) return u;
  if (v >= u) return -Infinity;
  return u + Math.log(-Math.expm1(v - u));
}

/**
 * ln A₀ of the Fader-Hardie note (eq. 17-18), the integral over the dropout time between t_x and T:
 *   A₀ = 2F1(r+s+x, b; r+s+x+1; |α-β|/(m+t_x)) / (m+t_x)^(r+s+x) - (same at T),
 * with m = max(α, β) and b = s+1 when α ≥ β, r+x otherwise. Choosing the larger of α and β keeps the argument
 * of 2F1 in [0, 1), where it converges (the same choice as lifetimes and BTYD). -Infinity when t_x = T.
 */
function logA0(p: ParetoNbdParams, x: number, tx: number, T: number, maxTerms?: number): number {
  const { r, alpha, s, beta } = p;
  const [m, b] = alpha >= beta ? [alpha, s + 1] : [beta, r + x];
  const diff = Math.abs(alpha - beta);
  const rsx = r + s + x;
  const term = (t: number) => {
    const h = hyp2f1Log(rsx, b, rsx + 1, diff / (m + t), maxTerms);
    return h.logAbs - rsx * Math.log(m + t);
  };
  return logSubExp(term(tx), term(T));
}

/**
 * Log-likelihood of one customer (Fader & Hardie 2005 note, eq. 16):
 *   L = Γ(r+x) α^r β^s / Γ(r) · [ 1/((α+T)^(r+x) (β+T)^s) + s/(r+s+x) · A₀ ].
 */
export function paretoNbdLogLikelihoodOne(
  p: ParetoNbdParams,
  x: number,
  tx: number,
  T: number,
  maxTerms?: number,
): number {
  const { r, alpha, s, beta } = p;
  const a1 = lnGamma(r + x) - lnGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
  const alive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const gone = Math.log(s) - Math.log(r + s + x) + logA0(p, x, tx, T, maxTerms);
  return a1 + logAddExp(alive, gone);
}

/** Total log-likelihood of customers or groups (each row weighted by its count, default 1). */
export function paretoNbdLogLikelihood(p: ParetoNbdParams, rows: readonly BgNbdCustomer[], maxTerms?: number): number {
  let sum = 0;
  for (const c of rows) sum += (c.count ?? 1) * paretoNbdLogLikelihoodOne(p, c.x, c.x === 0 ? 0 : c.tx, c.T, maxTerms);
  return sum;
}

/**
 * Series terms a fit allows one 2F1: at sensible parameters (CDNOW) a few dozen suffice; thousands mean huge
 * parameters (the likelihood running along a ridge to infinity), which the fit then treats as out of bounds.
 */
const FIT_MAX_TERMS = 5000;

/** The log-likelihood as a fit sees it: -Infinity where 2F1 would be too slow (see FIT_MAX_TERMS). */
function boundedLogLikelihood(p: ParetoNbdParams, rows: readonly BgNbdCustomer[]): number {
  try {
    return paretoNbdLogLikelihood(p, rows, FIT_MAX_TERMS);
  } catch (e) {
    if (e instanceof RangeError) return -Infinity;
    throw e;
  }
}

/** Options of {@link fitParetoNbd}. */
export interface ParetoNbdFitOptions {
  starts?: ParetoNbdParams[];
  /** Also compute standard errors from the Hessian (default false). */
  standardErrors?: boolean;
  nelderMead?: NelderMeadOptions;
}

/** Result of {@link fitParetoNbd}. */
export interface ParetoNbdFit {
  params: ParetoNbdParams;
  logLikelihood: number;
  customers: number;
  rows: number;
  standardErrors?: ParetoNbdParams;
  optimizer: MultiStartResult;
}

const toParams = (lp: readonly number[]): ParetoNbdParams => ({
  r: Math.exp(lp[0]!),
  alpha: Math.exp(lp[1]!),
  s: Math.exp(lp[2]!),
  beta: Math.exp(lp[3]!),
});
const toLog = (p: ParetoNbdParams) => [Math.log(p.r), Math.log(p.alpha), Math.log(p.s), Math.log(p.beta)];
/** Log-parameters beyond ±12 (e^12 ≈ 160,000) are outside any sensible model (and make 2F1 slow): refused. */
const LOG_BOUND = 12;

/**
 * Maximum-likelihood fit of the Pareto/NBD model on groups of identical (x, t_x, T), by Nelder-Mead on the
 * log-parameters from several starts (see optimize.ts), minimising the mean negative log-likelihood.
 */
export function fitParetoNbd(customers: readonly BgNbdCustomer[], options: ParetoNbdFitOptions = {}): ParetoNbdFit {
  const rows = groupBgNbd(customers);
  let n = 0;
  let sx = 0;
  let sT = 0;
  for (const g of rows) {
    n += g.count;
    sx += g.count * g.x;
    sT += g.count * g.T;
  }
  if (n <= 0) throw new RangeError('fitParetoNbd: no customers');
  const rate = sx > 0 && sT > 0 ? sx / sT : 1;
  const starts = options.starts ?? [
    { r: 1, alpha: 1 / rate, s: 1, beta: 1 / rate },
    { r: 0.5, alpha: 0.5 / rate, s: 0.5, beta: 10 },
    { r: 2, alpha: 2 / rate, s: 2, beta: 50 },
  ];
  const negMean = (lp: readonly number[]) => {
    if (lp.some((v) => Math.abs(v) > LOG_BOUND)) return Infinity;
    return -boundedLogLikelihood(toParams(lp), rows) / n;
  };
  const opt = minimizeFromStarts(negMean, starts.map(toLog), options.nelderMead);
  const params = toParams(opt.x);
  const fit: ParetoNbdFit = {
    params,
    logLikelihood: boundedLogLikelihood(params, rows),
    customers: n,
    rows: rows.length,
    optimizer: opt,
  };
  if (options.standardErrors) {
    // Near a bound the Hessian's neighbours may be refused (infinite): the errors are then NaN (flagged).
    const se = logParameterStandardErrors((lp) => -boundedLogLikelihood(toParams(lp), rows), opt.x);
    fit.standardErrors = { r: se[0]!, alpha: se[1]!, s: se[2]!, beta: se[3]! };
  }
  return fit;
}

/**
 * P(alive | x, t_x, T) = 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)^s · A₀) (Fader & Hardie note, eq. 19): below 1
 * for one-time buyers too, falling with the time since the last purchase.
 */
export function paretoNbdProbabilityAlive(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  const lnOdds =
    Math.log(s) -
    Math.log(r + s + x) +
    (r + x) * Math.log(alpha + T) +
    s * Math.log(beta + T) +
    logA0(p, x, x === 0 ? 0 : tx, T);
  return 1 / (1 + Math.exp(lnOdds));
}

/** (1 - u^(s-1)) / (s-1) for u in (0, 1], with its limit -ln u at s = 1. */
function powerTerm(lnU: number, s: number): number {
  const k = s - 1;
  return Math.abs(k) < 1e-12 ? -lnU : -Math.expm1(k * lnU) / k;
}

/**
 * E[Y(t) | x, t_x, T] = (r+x)(β+T)/(α+T) · (1 - ((β+T)/(β+T+t))^(s-1))/(s-1) · P(alive | x, t_x, T)
 * (Schmittlein et al. 1987, eq. 22), with the limit at s = 1.
 */
export function paretoNbdConditionalExpectedPurchases(
  p: ParetoNbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  if (!(t >= 0)) throw new RangeError(`t must be ≥ 0, got ${t}`);
  if (t === 0) return 0;
  const { r, alpha, s, beta } = p;
  const lnU = -Math.log1p(t / (beta + T));
  return (((r + x) * (beta + T)) / (alpha + T)) * powerTerm(lnU, s) * paretoNbdProbabilityAlive(p, x, tx, T);
}

/** E[Y(t) | x, t_x, T] for several horizons t, computing P(alive) (two 2F1) once. */
export function paretoNbdConditionalExpectedCurve(
  p: ParetoNbdParams,
  ts: readonly number[],
  x: number,
  tx: number,
  T: number,
): number[] {
  const { r, alpha, s, beta } = p;
  const factor = (((r + x) * (beta + T)) / (alpha + T)) * paretoNbdProbabilityAlive(p, x, tx, T);
  return ts.map((t) => {
    if (!(t >= 0)) throw new RangeError(`t must be ≥ 0, got ${t}`);
    return t === 0 ? 0 : factor * powerTerm(-Math.log1p(t / (beta + T)), s);
  });
}

/** E[X(t)] = rβ/α · (1 - (β/(β+t))^(s-1))/(s-1): expected repeat purchases of a new customer in (0, t]. */
export function paretoNbdExpectedPurchases(p: ParetoNbdParams, t: number): number {
  if (!(t >= 0)) throw new RangeError(`t must be ≥ 0, got ${t}`);
  if (t === 0) return 0;
  const { r, alpha, s, beta } = p;
  return ((r * beta) / alpha) * powerTerm(-Math.log1p(t / beta), s);
}
