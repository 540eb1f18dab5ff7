/**
 * Deterministic simulation of customer bases from the BG/NBD and Gamma-Gamma models, for parameter-recovery tests
 * and benchmarks. A seeded PRNG makes every run identical.
 */
import type { BgNbdParams } from './bgnbd.js';
import type { GammaGammaParams } from './gamma-gamma.js';

/** Uniform numbers in (0, 1). */
export type Rng = () => number;

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, period ≥ 2^32 and in practice ~2^127), seeded
 * through splitmix32 so that nearby seeds give unrelated streams. Returns values in (0, 1), never 0, so
 * -ln(u) is always finite.
 */
export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 15; i++) next(); // warm-up, as recommended for sfc32
  // 53 random bits, shifted by half a step so the result is never 0 or 1.
  return () => ((next() >>> 5) * 67108864 + (next() >>> 6) + 0.5) / 9007199254740992;
}

/** Standard normal by the Marsaglia polar method. */
export function normal(rng: Rng): number {
  for (;;) {
    const u = 2 * rng() - 1;
    const v = 2 * rng() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/**
 * Gamma(shape, rate) by Marsaglia & Tsang (2000); for shape < 1, Gamma(shape + 1) · U^(1/shape).
 */
export function gammaVariate(rng: Rng, shape: number, rate = 1): number {
  if (!(shape > 0 && rate > 0)) throw new RangeError('gammaVariate: shape and rate must be positive');
  if (shape < 1) return gammaVariate(rng, shape + 1, rate) * Math.pow(rng(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng();
    if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return (d * v) / rate;
  }
}

/** Beta(a, b) as G_a / (G_a + G_b). */
export function betaVariate(rng: Rng, a: number, b: number): number {
  const x = gammaVariate(rng, a);
  return x / (x + gammaVariate(rng, b));
}

/** A simulated customer: the calibration summary and the repeat purchases in a holdout period. */
export interface SimulatedCustomer {
  x: number;
  tx: number;
  T: number;
  holdoutX: number;
}

/**
 * Simulates BG/NBD customers in continuous time. Each draws λ ~ Gamma(r, α) and p ~ Beta(a, b), then buys at
 * exponential(λ) intervals after the first purchase at time 0, dropping out with probability p right after each
 * repeat purchase. T(i) gives customer i's calibration length; purchases in (T, T + holdout] count as holdoutX.
 */
export function simulateBgNbd(
  params: BgNbdParams,
  n: number,
  T: (i: number, rng: Rng) => number,
  rng: Rng,
  holdout = 0,
): SimulatedCustomer[] {
  const out: SimulatedCustomer[] = [];
  for (let i = 0; i < n; i++) {
    const Ti = T(i, rng);
    const lambda = gammaVariate(rng, params.r, params.alpha);
    const p = betaVariate(rng, params.a, params.b);
    let t = 0;
    let x = 0;
    let tx = 0;
    let holdoutX = 0;
    for (;;) {
      t += -Math.log(rng()) / lambda;
      if (t > Ti + holdout) break;
      if (t <= Ti) {
        x++;
        tx = t;
      } else holdoutX++;
      if (rng() < p) break;
    }
    out.push({ x, tx, T: Ti, holdoutX });
  }
  return out;
}

/**
 * Simulates BG/NBD customers the way real data arrive: first purchases on whole days spread uniformly over
 * `firstDays` days, purchases recorded by calendar day (several on one day count once, one on the day of the first
 * purchase is merged into it), and the calibration ending on day `calibrationEndDay` (inclusive, day 0 being the
 * first possible first purchase). Rates are per week; x, t_x, T come out in weeks as multiples of 1/7, so the
 * number of distinct (x, t_x, T) is bounded by the calendar, not by the number of customers (about 104,000 for a
 * million CDNOW-like customers).
 */
export function simulateBgNbdDaily(
  params: BgNbdParams,
  n: number,
  rng: Rng,
  firstDays = 84,
  calibrationEndDay = 272,
): SimulatedCustomer[] {
  const out: SimulatedCustomer[] = [];
  for (let i = 0; i < n; i++) {
    const first = Math.floor(rng() * firstDays);
    const horizonDays = calibrationEndDay - first; // last calibration day, relative to the first purchase
    const lambda = gammaVariate(rng, params.r, params.alpha);
    const p = betaVariate(rng, params.a, params.b);
    let t = 0;
    let x = 0;
    let lastDay = 0;
    for (;;) {
      t += -Math.log(rng()) / lambda;
      const day = Math.floor(t * 7);
      if (day > horizonDays) break;
      if (day > lastDay) {
        x++;
        lastDay = day;
      }
      if (rng() < p) break;
    }
    out.push({ x, tx: lastDay / 7, T: horizonDays / 7, holdoutX: 0 });
  }
  return out;
}

/**
 * Simulates mean repeat spends from the Gamma-Gamma model: for a customer with x transactions, ν ~ Gamma(q, v)
 * and each transaction value ~ Gamma(p, ν); z̄ is their mean.
 */
export function simulateGammaGamma(
  params: GammaGammaParams,
  xs: readonly number[],
  rng: Rng,
): { x: number; zbar: number }[] {
  return xs.map((x) => {
    const nu = gammaVariate(rng, params.q, params.v);
    let s = 0;
    for (let k = 0; k < x; k++) s += gammaVariate(rng, params.p, nu);
    return { x, zbar: x > 0 ? s / x : 0 };
  });
}
