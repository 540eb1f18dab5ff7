/* eslint-disable no-loss-of-precision -- published reference figures are quoted with all their digits, as printed */
import { describe, expect, it } from 'vitest';
import {
  type BgNbdParams,
  bgnbdConditionalExpectedPurchases,
  bgnbdExpectedPurchases,
  bgnbdLogLikelihood,
  bgnbdLogLikelihoodOne,
  bgnbdProbabilityAlive,
  fitBgNbd,
  groupBgNbd,
} from './bgnbd.js';
import {
  CDNOW_CALIBRATION_END,
  CDNOW_HOLDOUT_END,
  CDNOW_HOLDOUT_WEEKS,
  readCdnowSample,
  readCdnowSummary,
} from './cdnow.js';
import { createRng, simulateBgNbd } from './simulate.js';
import { summarizeTransactions } from './summary.js';

const expectRel = (actual: number, expected: number, tol: number) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.abs(expected));
};

// Hardie's rounded CDNOW estimates, used as fixed parameters for the formula checks. The expected values in this
// block were computed with mpmath at 40-50 digits from the published formulas.
const P: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('BG/NBD formulas', () => {
  it.each([
    [0, 0, 38.86, -0.55471327643815845],
    [2, 30.43, 38.86, -9.4586063070662712],
    [10, 10, 38.86, -18.92437131465057],
    [200, 30, 39, 140.63328572555956], // a density in t_x: may exceed 1
  ])('individual log-likelihood (x=%d, t_x=%d, T=%d)', (x, tx, T, expected) => {
    expectRel(bgnbdLogLikelihoodOne(P, x, tx, T), expected, 1e-12);
  });

  it.each([
    [39, 0, 0, 38.86, 0.19509805201126264],
    [39, 2, 30.43, 38.86, 1.2260281747671445],
    [39, 1, 1.71, 38.86, 0.20318698707975406],
    [39, 10, 35, 38.86, 6.1636380350169373],
    [39, 50, 38, 39, 33.069436713428468],
    [1, 3, 20, 30, 0.060501077624692502],
    [52, 25, 10, 38, 1.0976699262973253e-9], // almost surely dead
    // Long horizons put the 2F1 argument t/(α+T+t) at 0.93, 0.993 and 0.9999: the guarded branch.
    [520, 2, 30.43, 38.86, 7.3193138117111048],
    [5200, 2, 30.43, 38.86, 19.715392891936632],
    [52000, 0, 0, 0.5, 23.960967080068317],
    // x = 500: the power and the 2F1 overflow a double on their own and only their product is finite.
    [39, 500, 38.5, 39, 225.82680555923990059],
    [520, 500, 38.5, 39, 1115.4431101041994455],
  ])('E[Y(%d) | x=%d, t_x=%d, T=%d]', (t, x, tx, T, expected) => {
    expectRel(bgnbdConditionalExpectedPurchases(P, t, x, tx, T), expected, 1e-10);
  });

  it.each([
    [0, 0, 38.86, 1],
    [2, 30.43, 38.86, 0.72657857008067291],
    [10, 10, 38.86, 0.0001853944572523545],
    [50, 5, 39, 2.8695397701191696e-32],
  ])('P(alive | x=%d, t_x=%d, T=%d)', (x, tx, T, expected) => {
    expectRel(bgnbdProbabilityAlive(P, x, tx, T), expected, 1e-12);
  });

  it.each([
    [1, 0.05326789117165828],
    [39, 1.1967231933208168],
    [78, 1.8605190579427685],
    [520, 4.9746178618496597],
    [5200, 12.148119026370995],
  ])('E[X(%d)]', (t, expected) => {
    expectRel(bgnbdExpectedPurchases(P, t), expected, 1e-10);
  });

  it('E[Y(t) | 0, 0, 0] of a customer who has just arrived equals E[X(t)]', () => {
    for (const t of [1, 39, 300])
      expectRel(bgnbdConditionalExpectedPurchases(P, t, 0, 0, 0), bgnbdExpectedPurchases(P, t), 1e-11);
  });

  it('bridges the removable singularity at a = 1', () => {
    const at = (a: number) => ({ ...P, a });
    // mpmath at a = 1 + 1e-20 (the limit), 1.0005 and 0.9999.
    expectRel(bgnbdConditionalExpectedPurchases(at(1), 39, 2, 30.43, 38.86), 1.1021367860399558, 1e-9);
    expectRel(bgnbdConditionalExpectedPurchases(at(1.0005), 39, 2, 30.43, 38.86), 1.1018637288605888, 1e-9);
    expectRel(bgnbdConditionalExpectedPurchases(at(0.9999), 520, 2, 30.43, 38.86), 5.6390180794996377, 1e-9);
    expectRel(bgnbdExpectedPurchases(at(1), 39), 1.0842790105915187, 1e-9);
    expectRel(bgnbdExpectedPurchases(at(1.002), 39), 1.0833297243788491, 1e-9);
  });

  it('E[Y] grows with the horizon and is 0 at t = 0', () => {
    expect(bgnbdConditionalExpectedPurchases(P, 0, 3, 20, 30)).toBe(0);
    let prev = 0;
    for (const t of [1, 5, 20, 50, 100, 500]) {
      const v = bgnbdConditionalExpectedPurchases(P, t, 3, 20, 30);
      expect(v).toBeGreaterThan(prev);
      prev = v;
    }
  });
});

describe('grouping', () => {
  it('merges identical (x, t_x, T), adds counts and ignores t_x when x = 0', () => {
    const g = groupBgNbd([
      { x: 1, tx: 2, T: 10 },
      { x: 1, tx: 2, T: 10, count: 3 },
      { x: 0, tx: 0, T: 10 },
      { x: 0, tx: 5, T: 10 },
      { x: 1, tx: 2, T: 11 },
    ]);
    expect(g).toEqual([
      { x: 1, tx: 2, T: 10, count: 4 },
      { x: 0, tx: 0, T: 10, count: 2 },
      { x: 1, tx: 2, T: 11, count: 1 },
    ]);
    expect(() => groupBgNbd([{ x: 1, tx: 12, T: 10 }])).toThrow(RangeError);
    expect(() => groupBgNbd([{ x: 1.5, tx: 1, T: 10 }])).toThrow(RangeError);
  });

  it('weights the log-likelihood by the group count', () => {
    const rows = [
      { x: 2, tx: 30.43, T: 38.86 },
      { x: 2, tx: 30.43, T: 38.86 },
      { x: 0, tx: 0, T: 38.86 },
    ];
    expectRel(bgnbdLogLikelihood(P, groupBgNbd(rows)), bgnbdLogLikelihood(P, rows), 1e-14);
    expectRel(bgnbdLogLikelihood(P, rows), 2 * -9.4586063070662712 + -0.55471327643815845, 1e-12);
  });
});

describe('BG/NBD on the CDNOW sample (2,357 customers, 39-week calibration)', () => {
  const summary = summarizeTransactions(readCdnowSample(), {
    calibrationEnd: CDNOW_CALIBRATION_END,
    holdoutEnd: CDNOW_HOLDOUT_END,
  });
  const fit = fitBgNbd(summary);

  it('fits the published parameters and log-likelihood', () => {
    // Published (Fader, Hardie & Lee 2005; lifetimes): r 0.243, α 4.414, a 0.793, b 2.426, LL -9582.4.
    // Tolerance 1% relative on parameters, 0.1 on the log-likelihood. Measured: r 0.24259, α 4.41360, a 0.79292,
    // b 2.42591, LL -9582.429 (exact day/7 times; the CSV's 2-decimal times give -9582.426).
    expectRel(fit.params.r, 0.243, 0.01);
    expectRel(fit.params.alpha, 4.414, 0.01);
    expectRel(fit.params.a, 0.793, 0.01);
    expectRel(fit.params.b, 2.426, 0.01);
    expect(Math.abs(fit.logLikelihood - -9582.4)).toBeLessThan(0.1);
    expect(fit.optimizer.converged).toBe(true);
    expect(fit.customers).toBe(2357);
    expect(fit.rows).toBeLessThan(2357); // grouping found repeated summaries (1,016 groups)
  });

  it('matches an independent fit (scipy, BFGS polish) on the summary CSV to 1e-4', () => {
    const csvFit = fitBgNbd(readCdnowSummary());
    // scipy.optimize on the same likelihood: r 0.24259289, α 4.41353152, a 0.79288608, b 2.42575356, LL -9582.4255606.
    expectRel(csvFit.params.r, 0.24259289, 1e-4);
    expectRel(csvFit.params.alpha, 4.41353152, 1e-4);
    expectRel(csvFit.params.a, 0.79288608, 1e-4);
    expectRel(csvFit.params.b, 2.42575356, 1e-4);
    expect(Math.abs(csvFit.logLikelihood - -9582.4255606)).toBeLessThan(1e-5);
  });

  it('gives the same parameters and log-likelihood grouped and ungrouped', () => {
    const ungrouped = fitBgNbd(summary, { group: false });
    expect(ungrouped.rows).toBe(2357);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expectRel(ungrouped.params[k], fit.params[k], 1e-5);
    expect(Math.abs(ungrouped.logLikelihood - fit.logLikelihood)).toBeLessThan(1e-6);
    // Same parameters, same likelihood to rounding: the grouped sum is the ungrouped one reordered.
    expectRel(bgnbdLogLikelihood(fit.params, summary), fit.logLikelihood, 1e-13);
  });

  it('predicts the 39-week holdout: total and by calibration frequency', () => {
    const groups = new Map<number, { n: number; actual: number; predicted: number }>();
    for (const c of summary) {
      const k = Math.min(c.x, 7);
      const g = groups.get(k) ?? { n: 0, actual: 0, predicted: 0 };
      g.n++;
      g.actual += c.holdoutPurchases;
      g.predicted += bgnbdConditionalExpectedPurchases(fit.params, CDNOW_HOLDOUT_WEEKS, c.x, c.tx, c.T);
      groups.set(k, g);
    }
    const total = [...groups.values()].reduce((s, g) => s + g.predicted, 0);
    const actual = [...groups.values()].reduce((s, g) => s + g.actual, 0);
    expect(actual).toBe(1882);
    // Measured: 1,653.4 predicted for 1,882 actual (-12.1%); scipy's hyp2f1 gives the same 1,653.4 on these
    // parameters, so the shortfall is the model's, not the code's (it lies in the first 26 holdout weeks:
    // by 13-week thirds, actual 726/661/495 vs predicted 628/543/482). We assert the total within 15% of the actual
    // and pin the measured value to ±1.
    expect(Math.abs(total - 1653.41)).toBeLessThan(1);
    expect(Math.abs(total / actual - 1)).toBeLessThan(0.15);
    // Per group (x = 0..6, 7+): measured predicted totals, checked against scipy to ±0.05.
    const measured = [317.598, 229.655, 223.445, 152.028, 134.16, 100.846, 101.617, 394.06];
    const actuals = [334, 306, 298, 156, 157, 112, 112, 407];
    measured.forEach((m, k) => {
      const g = groups.get(k)!;
      expect(g.actual).toBe(actuals[k]);
      expect(Math.abs(g.predicted - m)).toBeLessThan(0.05);
      // Each group's mean is within 30% of the actual mean (the worst, x = 1 and 2, are 25% under).
      expect(Math.abs(g.predicted / g.actual - 1)).toBeLessThan(0.3);
    });
    // Heavier calibration buyers are predicted to buy more, as they do.
    const means = measured.map((m, k) => m / groups.get(k)!.n);
    for (let k = 1; k < 8; k++) expect(means[k]!).toBeGreaterThan(means[k - 1]!);
  });
});

describe('parameter recovery from simulated customers', () => {
  it('recovers known BG/NBD parameters from 20,000 customers within 4 standard errors', () => {
    const truth: BgNbdParams = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
    // CDNOW-like parameters; calibration lengths uniform in 26..52 weeks; continuous time, so every customer is its
    // own group (this also exercises the ungrouped cost).
    const sim = simulateBgNbd(truth, 20_000, (_i, rng) => 26 + 26 * rng(), createRng(20240601));
    const fit = fitBgNbd(sim, { standardErrors: true });
    const se = fit.standardErrors!;
    // Why 4 standard errors: the MLE is asymptotically normal with the inverse-Hessian covariance, so each
    // |estimate - truth| / se is ~N(0, 1) and exceeds 4 with probability 6e-5. The standard errors themselves are
    // checked to be small (r 1.6%, α 2.7%, a 7%, b 10% of the truth at this size), so the bound is not vacuous.
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      expect(Math.abs(fit.params[k] - truth[k])).toBeLessThan(4 * se[k]);
      expect(se[k] / truth[k]).toBeLessThan(0.12);
    }
  });
});
