/* eslint-disable no-loss-of-precision -- published reference figures are quoted with all their digits, as printed */
import { describe, expect, it } from 'vitest';
import { CDNOW_CALIBRATION_END, readCdnowSample, readCdnowSummary } from './cdnow.js';
import {
  type GammaGammaParams,
  fitGammaGamma,
  gammaGammaConditionalExpectedSpend,
  gammaGammaLogLikelihood,
  gammaGammaLogLikelihoodOne,
  groupSpend,
} from './gamma-gamma.js';
import { createRng, simulateBgNbd, simulateGammaGamma } from './simulate.js';
import { summarizeTransactions } from './summary.js';

const expectRel = (actual: number, expected: number, tol: number) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.abs(expected));
};

const G: GammaGammaParams = { p: 6.25, q: 3.74, v: 15.44 };

describe('Gamma-Gamma formulas', () => {
  // mpmath at 40 digits.
  it.each([
    [1, 11.77, -3.7377096787408401, 18.916852057842046],
    [2, 22.35, -3.5513167597317048, 24.663713910761156],
    [10, 50, -4.8618490059092797, 49.379215205395463],
  ])('x=%d, z̄=%d: log-likelihood and E[Z | x, z̄]', (x, zbar, ll, ez) => {
    expectRel(gammaGammaLogLikelihoodOne(G, x, zbar), ll, 1e-12);
    expectRel(gammaGammaConditionalExpectedSpend(G, x, zbar), ez, 1e-14);
  });

  it('E[Z] is the population mean at x = 0 and moves towards z̄ as x grows', () => {
    const mean = (G.p * G.v) / (G.q - 1);
    expectRel(gammaGammaConditionalExpectedSpend(G, 0, 0), mean, 1e-15);
    const gaps = [1, 5, 50, 500].map((x) => Math.abs(gammaGammaConditionalExpectedSpend(G, x, 100) - 100));
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeLessThan(gaps[i - 1]!);
    expect(gaps[3]!).toBeLessThan(1);
    expect(() => gammaGammaConditionalExpectedSpend({ ...G, q: 0.9 }, 1, 10)).toThrow(RangeError);
  });

  it('groups identical (x, z̄) and leaves out x = 0 and z̄ = 0', () => {
    const rows = [
      { x: 1, zbar: 10 },
      { x: 1, zbar: 10 },
      { x: 2, zbar: 10 },
      { x: 0, zbar: 0 },
      { x: 3, zbar: 0 },
    ];
    expect(groupSpend(rows)).toEqual([
      { x: 1, zbar: 10, count: 2 },
      { x: 2, zbar: 10, count: 1 },
    ]);
    expectRel(gammaGammaLogLikelihood(G, groupSpend(rows)), gammaGammaLogLikelihood(G, rows), 1e-14);
  });
});

describe('Gamma-Gamma on the CDNOW sample (946 customers with x > 0)', () => {
  const summary = summarizeTransactions(readCdnowSample(), { calibrationEnd: CDNOW_CALIBRATION_END });
  const fit = fitGammaGamma(summary);

  it('fits the published parameters', () => {
    // lifetimes' documentation: p 6.25, q 3.74, v 15.44; tolerance 1% relative.
    // Measured: p 6.2496, q 3.7442, v 15.4435, LL -4055.918 (unrounded z̄).
    expect(fit.customers).toBe(946);
    expect(fit.excluded).toBe(1411);
    expectRel(fit.params.p, 6.25, 0.01);
    expectRel(fit.params.q, 3.74, 0.01);
    expectRel(fit.params.v, 15.44, 0.01);
    expect(fit.optimizer.converged).toBe(true);
  });

  it('matches an independent fit (scipy) on the summary CSV to 1e-4', () => {
    const csvFit = fitGammaGamma(readCdnowSummary());
    expectRel(csvFit.params.p, 6.24880314, 1e-4);
    expectRel(csvFit.params.q, 3.74458839, 1e-4);
    expectRel(csvFit.params.v, 15.4477463, 1e-4);
    expect(Math.abs(csvFit.logLikelihood - -4055.9232435)).toBeLessThan(1e-5);
  });

  it('gives the same parameters and log-likelihood grouped and ungrouped', () => {
    const ungrouped = fitGammaGamma(summary, { group: false });
    expect(ungrouped.rows).toBe(946);
    expect(fit.rows).toBeLessThan(946);
    for (const k of ['p', 'q', 'v'] as const) expectRel(ungrouped.params[k], fit.params[k], 1e-5);
    expect(Math.abs(ungrouped.logLikelihood - fit.logLikelihood)).toBeLessThan(1e-6);
  });
});

describe('Gamma-Gamma parameter recovery', () => {
  it('recovers known parameters within 4 standard errors', () => {
    const truth: GammaGammaParams = { p: 6, q: 4, v: 15 };
    // Purchase counts from a BG/NBD simulation (CDNOW-like), keeping the ~9,000 customers with x > 0.
    const rng = createRng(7);
    const xs = simulateBgNbd({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, 20_000, () => 39, rng)
      .map((c) => c.x)
      .filter((x) => x > 0);
    const fit = fitGammaGamma(simulateGammaGamma(truth, xs, rng), { standardErrors: true });
    const se = fit.standardErrors!;
    // As for BG/NBD: (estimate - truth)/se is ~N(0, 1), beyond 4 with probability 6e-5; the standard errors are
    // about 5% (p), 2.5% (q) and 8% (v) of the truth here, so the bound is tight enough to catch a wrong likelihood.
    for (const k of ['p', 'q', 'v'] as const) {
      expect(Math.abs(fit.params[k] - truth[k])).toBeLessThan(4 * se[k]);
      expect(se[k] / truth[k]).toBeLessThan(0.1);
    }
  });
});
