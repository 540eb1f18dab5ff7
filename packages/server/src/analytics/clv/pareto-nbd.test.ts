import { describe, expect, it } from 'vitest';
import { readCdnowSummary } from './cdnow.js';
import {
  type ParetoNbdParams,
  fitParetoNbd,
  paretoNbdConditionalExpectedCurve,
  paretoNbdConditionalExpectedPurchases,
  paretoNbdExpectedPurchases,
  paretoNbdLogLikelihood,
  paretoNbdLogLikelihoodOne,
  paretoNbdProbabilityAlive,
} from './pareto-nbd.js';

const expectRel = (actual: number, expected: number, tol: number) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.abs(expected));
};

// The published CDNOW estimates with four decimals (Fader & Hardie 2005 note; lifetimes' 0.553, 10.578, 0.606,
// 11.669). Expected values: scipy (gammaln, hyp2f1) on the same closed forms, an independent implementation.
const P: ParetoNbdParams = { r: 0.5534, alpha: 10.5776, s: 0.6061, beta: 11.6692 };
const cdnow = () => readCdnowSummary().map((r) => ({ x: r.x, tx: r.tx, T: r.T }));

describe('Pareto/NBD formulas', () => {
  it.each([
    [0, 0, 38.86, -0.5213656739835626, 0.295153041663728, 0.10710820504601577],
    [2, 30.43, 38.86, -9.554030308135186, 0.8691432619516349, 1.4552799470782452],
    [10, 10, 38.86, -20.35278644643961, 0.0011067159056890828, 0.007658873109988145],
    [30, 38, 39, -46.173317996033475, 0.9834070710546822, 19.655336867037885],
  ])('x=%d, t_x=%d, T=%d: likelihood, P(alive), E[Y(39)]', (x, tx, T, ll, alive, expected) => {
    expectRel(paretoNbdLogLikelihoodOne(P, x, tx, T), ll, 1e-11);
    expectRel(paretoNbdProbabilityAlive(P, x, tx, T), alive, 1e-10);
    expectRel(paretoNbdConditionalExpectedPurchases(P, 39, x, tx, T), expected, 1e-10);
    expectRel(paretoNbdConditionalExpectedCurve(P, [13, 39], x, tx, T)[1]!, expected, 1e-10);
  });

  it('gives one-time buyers a probability alive below 1, falling with silence (unlike BG/NBD)', () => {
    const recent = paretoNbdProbabilityAlive(P, 0, 0, 2);
    const silent = paretoNbdProbabilityAlive(P, 0, 0, 52);
    expect(recent).toBeLessThan(1);
    expect(silent).toBeLessThan(recent);
    expect(paretoNbdProbabilityAlive(P, 3, 20, 20)).toBe(1); // bought on the last day: certainly alive
  });

  it('handles α < β (the other branch of 2F1) as the direct integral does', () => {
    const Q = { r: 0.5, alpha: 3, s: 0.8, beta: 20 };
    // At α = β the integral has a closed form: A₀ = ((α+t_x)^-(r+s+x) - (α+T)^-(r+s+x)).
    const E = { r: 0.5, alpha: 10, s: 0.8, beta: 10 };
    const closed = (x: number, tx: number, T: number) => {
      const rsx = E.r + E.s + x;
      const a0 = Math.pow(E.alpha + tx, -rsx) - Math.pow(E.alpha + T, -rsx);
      return 1 / (1 + (E.s / rsx) * Math.pow(E.alpha + T, E.r + x) * Math.pow(E.beta + T, E.s) * a0);
    };
    expectRel(paretoNbdProbabilityAlive(E, 2, 10, 30), closed(2, 10, 30), 1e-12);
    const p = paretoNbdProbabilityAlive(Q, 2, 10, 30);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
  });

  it('expected purchases of a new customer, with the limit at s = 1', () => {
    expectRel(paretoNbdExpectedPurchases(P, 39), 1.2134, 1e-3);
    const one = { ...P, s: 1 };
    expectRel(paretoNbdExpectedPurchases(one, 39), ((P.r * P.beta) / P.alpha) * Math.log1p(39 / P.beta), 1e-12);
    expect(paretoNbdExpectedPurchases(P, 0)).toBe(0);
  });

  it('log-likelihood of the CDNOW sample at the published estimates: -9594.98', () => {
    expectRel(paretoNbdLogLikelihood(P, cdnow()), -9594.973982497098, 1e-11);
  });
});

describe('Pareto/NBD fit on CDNOW', () => {
  it('reproduces the published estimates r 0.55, α 10.58, s 0.61, β 11.67, LL -9594.98', () => {
    const fit = fitParetoNbd(cdnow(), { standardErrors: true });
    const { r, alpha, s, beta } = fit.params;
    // Published to two decimals; an independent scipy fit (Nelder-Mead then BFGS) gives
    // r 0.55327554, α 10.57761246, s 0.60621345, β 11.66790772, LL -9594.9739298.
    expect([r, alpha, s, beta].map((v) => Number(v.toFixed(2)))).toEqual([0.55, 10.58, 0.61, 11.67]);
    expectRel(r, 0.55327554, 2e-4);
    expectRel(alpha, 10.57761246, 2e-4);
    expectRel(s, 0.60621345, 2e-4);
    expectRel(beta, 11.66790772, 5e-4);
    expect(fit.logLikelihood).toBeCloseTo(-9594.97393, 4);
    expect(fit.customers).toBe(2357);
    // Standard errors: β is the loosest (about half its value); all finite and positive.
    const se = fit.standardErrors!;
    expectRel(se.r, 0.0476, 0.05);
    expectRel(se.s, 0.187, 0.05);
    expectRel(se.beta, 6.21, 0.05);
  });
});
