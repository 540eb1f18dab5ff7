import { describe, expect, it } from 'vitest';
import type { BgNbdParams } from './bgnbd.js';
import { bgnbdProbabilityAlive } from './bgnbd.js';
import { readCdnowSummary } from './cdnow.js';
import {
  fitMbgNbd,
  mbgnbdConditionalExpectedPurchases,
  mbgnbdExpectedPurchases,
  mbgnbdLogLikelihood,
  mbgnbdLogLikelihoodOne,
  mbgnbdProbabilityAlive,
} from './mbgnbd.js';

const expectRel = (actual: number, expected: number, tol: number) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.abs(expected));
};

// Published CDNOW estimates (BTYDplus, asserted by lifetimes' ModifiedBetaGeoFitter tests to 3 decimals).
// Expected values: scipy (gammaln, hyp2f1) on the same closed forms.
const P: BgNbdParams = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
const cdnow = () => readCdnowSummary().map((r) => ({ x: r.x, tx: r.tx, T: r.T }));

describe('MBG/NBD formulas', () => {
  it.each([
    [0, 0, 38.86, -0.5398374635310148, 0.3897350809187629, 0.15401274667514553],
    [2, 30.43, 38.86, -9.48555131453393, 0.7062022651184873, 1.2629606232673432],
    [10, 10, 38.86, -19.294396427796066, 0.00027283779162891845, 0.001920334973071953],
    [30, 38, 39, -45.50224058379793, 0.9471418360237434, 18.87500523015897],
  ])('x=%d, t_x=%d, T=%d: likelihood, P(alive), E[Y(39)]', (x, tx, T, ll, alive, expected) => {
    expectRel(mbgnbdLogLikelihoodOne(P, x, tx, T), ll, 1e-12);
    expectRel(mbgnbdLogLikelihood(P, [{ x, tx, T }]), ll, 1e-12);
    expectRel(mbgnbdProbabilityAlive(P, x, tx, T), alive, 1e-12);
    expectRel(mbgnbdConditionalExpectedPurchases(P, 39, x, tx, T), expected, 1e-10);
  });

  it('gives one-time buyers a probability alive below 1, where BG/NBD says 1', () => {
    expect(bgnbdProbabilityAlive(P, 0, 0, 52)).toBe(1);
    expect(mbgnbdProbabilityAlive(P, 0, 0, 52)).toBeLessThan(mbgnbdProbabilityAlive(P, 0, 0, 2));
  });

  it.each([
    [1, 0.053084795263698685],
    [39, 1.1829536655971713],
    [78, 1.8047575775531313],
  ])('E[X(%d)] of a new customer', (t, expected) => {
    expectRel(mbgnbdExpectedPurchases(P, t), expected, 1e-10);
  });

  it('bridges a = 1, where the closed form is 0/0', () => {
    const near = (a: number) => mbgnbdConditionalExpectedPurchases({ ...P, a }, 39, 2, 30.43, 38.86);
    expectRel(near(1), (near(0.99) + near(1.01)) / 2, 1e-3);
  });
});

describe('MBG/NBD fit on CDNOW', () => {
  it('reproduces the published estimates r 0.525, α 6.183, a 0.891, b 1.614', () => {
    const fit = fitMbgNbd(cdnow(), { standardErrors: true });
    const { r, alpha, a, b } = fit.params;
    expect([r, alpha, a, b].map((v) => Number(v.toFixed(3)))).toEqual([0.525, 6.183, 0.891, 1.614]);
    expectRel(fit.logLikelihood, -9582.1327, 1e-7);
    expect(Object.values(fit.standardErrors!).every((v) => v > 0 && Number.isFinite(v))).toBe(true);
  });
});
