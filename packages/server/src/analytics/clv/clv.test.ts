/* eslint-disable no-loss-of-precision -- published reference figures are quoted with all their digits, as printed */
import { describe, expect, it } from 'vitest';
import { type BgNbdParams, bgnbdConditionalExpectedPurchases } from './bgnbd.js';
import { WEEKS_PER_MONTH, customerLifetimeValue, customerLifetimeValues } from './clv.js';
import { type GammaGammaParams, gammaGammaConditionalExpectedSpend } from './gamma-gamma.js';

const expectRel = (actual: number, expected: number, tol: number) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.abs(expected));
};

const BG: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const GG: GammaGammaParams = { p: 6.25, q: 3.74, v: 15.44 };
const customer = { x: 2, tx: 30.43, T: 38.86, zbar: 22.35 };

describe('customerLifetimeValue', () => {
  it.each([
    // mpmath at 40 digits, same scheme: Σ (E[Y(iΔ)] - E[Y((i-1)Δ)]) · E[Z] / (1 + d)^i.
    [customer, 12, 'month', 0.01, 36.311257216982105],
    [{ x: 0, tx: 0, T: 38.86, zbar: 0 }, 12, 'month', 0.01, 8.3744590994119645],
    [{ x: 10, tx: 35, T: 38.86, zbar: 40 }, 52, 'week', 0.002, 293.64603111213562],
    [customer, 120, 'month', 0.01, 121.43082650275402], // ten years: 2F1 argument up to 0.93
  ] as const)('matches the reference value (%o, %d %s periods at %d)', (c, periods, period, discountRate, expected) => {
    expectRel(customerLifetimeValue(BG, GG, c, { periods, period, discountRate }).clv, expected, 1e-10);
  });

  it('without discounting is expected purchases over the horizon times expected spend', () => {
    const r = customerLifetimeValue(BG, GG, customer, { periods: 12, period: 'month', discountRate: 0 });
    const purchases = bgnbdConditionalExpectedPurchases(BG, 12 * WEEKS_PER_MONTH, customer.x, customer.tx, customer.T);
    expectRel(r.expectedPurchases, purchases, 1e-14);
    expectRel(r.expectedSpend, gammaGammaConditionalExpectedSpend(GG, customer.x, customer.zbar), 1e-15);
    expectRel(r.clv, purchases * r.expectedSpend, 1e-12);
  });

  it('decreases with the discount rate and grows with the horizon', () => {
    const at = (discountRate: number, periods = 24) =>
      customerLifetimeValue(BG, GG, customer, { periods, period: 'month', discountRate }).clv;
    expect(at(0.02)).toBeLessThan(at(0.01));
    expect(at(0.01)).toBeLessThan(at(0));
    expect(at(0.01, 36)).toBeGreaterThan(at(0.01, 24));
    expect(at(0.01, 0)).toBe(0);
  });

  it('a numeric period is in model time units', () => {
    const weeks = customerLifetimeValue(BG, GG, customer, { periods: 10, period: 'week', discountRate: 0.001 }).clv;
    expect(customerLifetimeValue(BG, GG, customer, { periods: 10, period: 1, discountRate: 0.001 }).clv).toBe(weeks);
    expect(() => customerLifetimeValue(BG, GG, customer, { periods: 10, period: -1, discountRate: 0 })).toThrow(
      RangeError,
    );
  });

  it('customerLifetimeValues computes repeated customers once and gives the same values', () => {
    const other = { x: 0, tx: 0, T: 20, zbar: 0 };
    const opts = { periods: 6, period: 'month', discountRate: 0.01 } as const;
    const many = customerLifetimeValues(BG, GG, [customer, other, customer], opts);
    expect(many[0]).toBe(many[2]);
    expect(many[1]!.clv).toBe(customerLifetimeValue(BG, GG, other, opts).clv);
  });
});
