/**
 * Customer lifetime value over a finite horizon: BG/NBD expected purchases per period times Gamma-Gamma expected
 * spend, discounted per period. The same scheme as lifetimes' `customer_lifetime_value`.
 */
import type { BgNbdParams } from './bgnbd.js';
import { type GammaGammaParams, gammaGammaConditionalExpectedSpend } from './gamma-gamma.js';
import { type PurchaseModel, purchaseModel } from './models.js';

/** Average weeks in a month (365.25 / 12 / 7 ≈ 4.348). */
export const WEEKS_PER_MONTH = 365.25 / 12 / 7;

/** Options of {@link customerLifetimeValue}. */
export interface ClvOptions {
  /** Number of periods in the horizon (e.g. 12 for a year of months). */
  periods: number;
  /**
   * Length of one period: 'week' or 'month' when the models' time unit is the week (as in the CDNOW fits),
   * or a number of model time units.
   */
  period: 'week' | 'month' | number;
  /** Discount rate per period (e.g. 0.01 a month); cash of period i is divided by (1 + rate)^i. */
  discountRate: number;
}

/** A customer's calibration summary with mean repeat spend. */
export interface ClvCustomer {
  x: number;
  tx: number;
  T: number;
  zbar: number;
}

/** A customer's CLV and what it is made of. */
export interface ClvResult {
  clv: number;
  /** Undiscounted expected purchases over the whole horizon. */
  expectedPurchases: number;
  /** Expected value of one future purchase (Gamma-Gamma E[Z | x, z̄]). */
  expectedSpend: number;
}

function periodLength(period: ClvOptions['period']): number {
  if (period === 'week') return 1;
  if (period === 'month') return WEEKS_PER_MONTH;
  if (!(period > 0)) throw new RangeError(`period must be positive, got ${period}`);
  return period;
}

/**
 * CLV = Σ_{i=1..n} (E[Y(iΔ)] - E[Y((i-1)Δ)]) · E[Z | x, z̄] / (1 + d)^i, with E[Y(t)] the BG/NBD expected purchases
 * in (T, T + t] given the history, Δ the period length and d the discount rate. Discounting at the end of each
 * period matches lifetimes. The spend is assumed independent of the purchase process, as the Gamma-Gamma model
 * requires.
 */
export function customerLifetimeValue(
  bg: BgNbdParams,
  gg: GammaGammaParams,
  c: ClvCustomer,
  options: ClvOptions,
): ClvResult {
  return modelLifetimeValue(purchaseModel('BG_NBD', { ...bg }), gg, c, options);
}

/** The same CLV with any purchase model (BG/NBD, MBG/NBD, Pareto/NBD) for the expected purchases. */
export function modelLifetimeValue(
  model: PurchaseModel,
  gg: GammaGammaParams,
  c: ClvCustomer,
  options: ClvOptions,
): ClvResult {
  const { periods, discountRate } = options;
  if (!(Number.isInteger(periods) && periods >= 0))
    throw new RangeError(`periods must be a non-negative integer, got ${periods}`);
  if (!(discountRate > -1)) throw new RangeError(`discountRate must be > -1, got ${discountRate}`);
  const delta = periodLength(options.period);
  const expectedSpend = gammaGammaConditionalExpectedSpend(gg, c.x, c.zbar);
  const ends = Array.from({ length: periods }, (_, i) => (i + 1) * delta);
  const curve = model.conditionalCurve(ends, c.x, c.tx, c.T);
  let clv = 0;
  let previous = 0;
  for (let i = 1; i <= periods; i++) {
    const cumulative = curve[i - 1]!;
    clv += ((cumulative - previous) * expectedSpend) / Math.pow(1 + discountRate, i);
    previous = cumulative;
  }
  return { clv, expectedPurchases: previous, expectedSpend };
}

/**
 * CLV of many customers; customers with identical (x, t_x, T, z̄) are computed once, which matters for large
 * bases where summaries repeat (time in whole days).
 */
export function customerLifetimeValues(
  bg: BgNbdParams,
  gg: GammaGammaParams,
  customers: readonly ClvCustomer[],
  options: ClvOptions,
): ClvResult[] {
  const cache = new Map<string, ClvResult>();
  return customers.map((c) => {
    const key = `${c.x}|${c.tx}|${c.T}|${c.zbar}`;
    let r = cache.get(key);
    if (!r) cache.set(key, (r = customerLifetimeValue(bg, gg, c, options)));
    return r;
  });
}
