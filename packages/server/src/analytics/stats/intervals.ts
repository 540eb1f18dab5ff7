/**
 * Uncertainty of action figures, from counts: pure functions, no database. The methods and why they were chosen
 * are in ANALYTICS.md ("Intervals and tests"); each is checked in `intervals.test.ts` against published values.
 *
 * - A proportion: the Wilson score interval (Wilson 1927), which keeps inside [0, 1], is not degenerate at 0 or n
 *   successes, and covers close to 95% even for small groups (Newcombe 1998a, Brown, Cai & DasGupta 2001), where
 *   the textbook Wald interval p ± 1.96·√(p(1−p)/n) is too narrow and can leave [0, 1].
 * - A difference of two proportions (an uplift): Newcombe's hybrid score interval (Newcombe 1998b, method 10),
 *   built from the two Wilson intervals.
 * - Is an uplift real: the two-proportion z-test (pooled variance, two-sided), or Fisher's exact test (two-sided,
 *   summing every table as likely or less than the one seen) when an expected count of the 2 × 2 table is below 5,
 *   where the normal approximation behind z is not trusted.
 */
import { lnGamma } from '../clv/special-functions.js';

/** The 97.5% quantile of the standard normal: a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/** The level under which a test's p-value calls an uplift significant. */
export const SIGNIFICANCE_LEVEL = 0.05;

/**
 * The smallest group (treated or control) from which an action's rates and uplifts are read without a warning.
 * Under 30, a 95% interval on a rate is wider than ±15 points whatever the rate (Wilson at 15%, n = 29:
 * 6% to 31%), so the figure says little; see ANALYTICS.md.
 */
export const MIN_INFERENCE_GROUP = 30;

/** Below this expected count in any cell of the 2 × 2 table, the uplift test is Fisher's exact test. */
export const MIN_EXPECTED_COUNT = 5;

/** A two-sided 95% interval; bounds are fractions like the rates (or differences of fractions for an uplift). */
export interface Interval {
  low: number;
  high: number;
}

export type UpliftTestMethod = 'Z_TEST' | 'FISHER_EXACT';

export interface UpliftTest {
  method: UpliftTestMethod;
  /** Two-sided p-value of "no difference between the treated and the control group". */
  pValue: number;
  /** pValue < SIGNIFICANCE_LEVEL. */
  significant: boolean;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** Wilson score interval of `successes` out of `n`; null when n is 0 (no rate). */
export function wilsonInterval(successes: number, n: number, z = Z95): Interval | null {
  if (n <= 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 or n successes one bound is exactly 0 or 1; rounding must not leave it a hair off.
  return {
    low: successes === 0 ? 0 : clamp01(centre - half),
    high: successes === n ? 1 : clamp01(centre + half),
  };
}

/**
 * Newcombe's hybrid score interval for p1 − p2 (x1 of n1 against x2 of n2): with (l1, u1) and (l2, u2) the Wilson
 * intervals, [d − √((p1 − l1)² + (u2 − p2)²), d + √((u1 − p1)² + (p2 − l2)²)]. Null when either group is empty.
 */
export function newcombeInterval(x1: number, n1: number, x2: number, n2: number, z = Z95): Interval | null {
  const w1 = wilsonInterval(x1, n1, z);
  const w2 = wilsonInterval(x2, n2, z);
  if (!w1 || !w2) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const d = p1 - p2;
  return {
    low: Math.max(-1, d - Math.hypot(p1 - w1.low, w2.high - p2)),
    high: Math.min(1, d + Math.hypot(w1.high - p1, p2 - w2.low)),
  };
}

/**
 * erfc(x), Numerical Recipes' Chebyshev fit (fractional error below 1.2e-7 everywhere): enough for a p-value,
 * which is read against 0.05.
 */
function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const poly =
    -x * x -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const r = t * Math.exp(poly);
  return x >= 0 ? r : 2 - r;
}

/** P(|Z| ≥ |z|) for a standard normal Z. */
export const twoSidedNormalP = (z: number) => Math.min(1, erfc(Math.abs(z) / Math.SQRT2));

/** Two-proportion z-test with the pooled proportion; p-value 1 when nobody or everybody succeeded (no variance). */
export function zTest(x1: number, n1: number, x2: number, n2: number): number {
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return 1;
  return twoSidedNormalP((x1 / n1 - x2 / n2) / se);
}

/** ln C(n, k). */
const lnChoose = (n: number, k: number) => lnGamma(n + 1) - lnGamma(k + 1) - lnGamma(n - k + 1);

/**
 * Fisher's exact test, two-sided, on the table [[x1, n1 − x1], [x2, n2 − x2]]: the sum of the hypergeometric
 * probabilities of every table with the same margins that is no more likely than the one observed (R's
 * `fisher.test` rule, with its relative tolerance 1e-7 for ties). Work: one term per possible x1, at most
 * min(n1, x1 + x2) + 1.
 */
export function fisherExact(x1: number, n1: number, x2: number, n2: number): number {
  const successes = x1 + x2;
  const total = n1 + n2;
  const lo = Math.max(0, successes - n2);
  const hi = Math.min(n1, successes);
  const lnDenominator = lnChoose(total, successes);
  const lnP = (k: number) => lnChoose(n1, k) + lnChoose(n2, successes - k) - lnDenominator;
  const observed = lnP(x1);
  let p = 0;
  for (let k = lo; k <= hi; k++) {
    const l = lnP(k);
    if (l <= observed + 1e-7 * Math.abs(observed) || l <= observed + 1e-12) p += Math.exp(l);
  }
  return Math.min(1, p);
}

/**
 * Is x1/n1 different from x2/n2: Fisher's exact test when an expected count of the 2 × 2 table is below
 * MIN_EXPECTED_COUNT, the two-proportion z-test otherwise. Null when either group is empty.
 */
export function upliftTest(x1: number, n1: number, x2: number, n2: number): UpliftTest | null {
  if (n1 <= 0 || n2 <= 0) return null;
  const successes = x1 + x2;
  const failures = n1 + n2 - successes;
  const total = n1 + n2;
  const smallestExpected = (Math.min(n1, n2) * Math.min(successes, failures)) / total;
  const method: UpliftTestMethod = smallestExpected < MIN_EXPECTED_COUNT ? 'FISHER_EXACT' : 'Z_TEST';
  const pValue = method === 'FISHER_EXACT' ? fisherExact(x1, n1, x2, n2) : zTest(x1, n1, x2, n2);
  return { method, pValue, significant: pValue < SIGNIFICANCE_LEVEL };
}
