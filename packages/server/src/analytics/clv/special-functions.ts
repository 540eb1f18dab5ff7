/**
 * Special functions for the customer-lifetime-value models: log-gamma, log-beta and the Gauss hypergeometric
 * function 2F1. Pure TypeScript, no numeric library. Everything that can overflow is kept in log space.
 */

const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

// Lanczos approximation with g = 607/128 and 15 coefficients (Godfrey's set, as used by Boost and several
// numerical libraries). Its relative error on Γ(x) for x > 0 is about 1e-15, well inside the ~1e-12 we need.
const LANCZOS_G = 607 / 128;
/* eslint-disable no-loss-of-precision -- the coefficients as published, with more digits than a double holds */
const LANCZOS = [
  0.99999999999999709182, 57.156235665862923517, -59.597960355475491248, 14.136097974741747174, -0.49191381609762019978,
  0.33994649984811888699e-4, 0.46523628927048575665e-4, -0.98374475304879564677e-4, 0.15808870322491248884e-3,
  -0.21026444172410488319e-3, 0.2174396181152126432e-3, -0.16431810653676389022e-3, 0.84418223983852743293e-4,
  -0.2619083840158140867e-4, 0.36899182659531622704e-5,
];
/* eslint-enable no-loss-of-precision */

/** ln Γ(x) for x ≥ 0.5 by the Lanczos sum. */
function lnGammaLanczos(x: number): number {
  const y = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (y + i);
  const t = y + LANCZOS_G + 0.5;
  return LN_SQRT_2PI + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * ln |Γ(x)| for any real x. Returns +Infinity at the poles (0, -1, -2, ...) and NaN for NaN.
 * Below 0.5 it uses the reflection formula Γ(x) Γ(1-x) = π / sin(πx), which keeps the Lanczos sum in its
 * accurate range.
 */
export function lnGamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return Infinity;
  if (x >= 0.5) return lnGammaLanczos(x);
  if (Number.isInteger(x)) return Infinity;
  // sin(πx) computed on the reduced argument so that large negative x keep their accuracy.
  const s = sinPi(x);
  return Math.log(Math.PI / Math.abs(s)) - lnGammaLanczos(1 - x);
}

/** Sign of Γ(x): +1 for x > 0, alternating between the poles for x < 0, 0 at the poles (where 1/Γ = 0). */
export function gammaSign(x: number): -1 | 0 | 1 {
  if (x > 0) return 1;
  if (Number.isInteger(x)) return 0;
  // Γ is negative on (-1, 0), positive on (-2, -1), ...
  return Math.floor(x) % 2 === 0 ? 1 : -1;
}

/** Γ(x) as a number (overflows to ±Infinity above x ≈ 171.6). */
export function gamma(x: number): number {
  const sign = gammaSign(x);
  return sign === 0 ? NaN : sign * Math.exp(lnGamma(x));
}

/** sin(πx), exact at integers and half-integers (Math.sin(Math.PI * x) is not). */
function sinPi(x: number): number {
  let r = x % 2; // in (-2, 2)
  if (r < 0) r += 2; // in [0, 2)
  if (r === 0 || r === 1) return 0;
  if (r === 0.5) return 1;
  if (r === 1.5) return -1;
  return r < 1 ? Math.sin(Math.PI * r) : -Math.sin(Math.PI * (r - 1));
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) - ln Γ(a + b), for a, b > 0. */
export function lnBeta(a: number, b: number): number {
  return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
}

/** ln(e^u + e^v) without overflow; either argument may be -Infinity. */
export function logAddExp(u: number, v: number): number {
  if (u === -Infinity) return v;
  if (v === -Infinity) return u;
  return u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
}

/** A real number written as sign · e^logAbs, so that values far outside the double range can be combined. */
export interface SignedLog {
  logAbs: number;
  sign: -1 | 0 | 1;
}

/** Sum of two signed-log numbers. */
function addSigned(u: SignedLog, v: SignedLog): SignedLog {
  if (u.sign === 0) return v;
  if (v.sign === 0) return u;
  const [big, small] = u.logAbs >= v.logAbs ? [u, v] : [v, u];
  const ratio = Math.exp(small.logAbs - big.logAbs);
  const m = big.sign === small.sign ? 1 + ratio : 1 - ratio;
  if (m === 0) return { logAbs: -Infinity, sign: 0 };
  return { logAbs: big.logAbs + Math.log(m), sign: big.sign };
}

/** Largest |z| summed directly; beyond it the argument is transformed (see hyp2f1Log). */
export const HYP2F1_SERIES_MAX_Z = 0.9;
/** Terms allowed in one series before giving up (only reachable with extreme parameters). */
const HYP2F1_MAX_TERMS = 1_000_000;
/**
 * Step in c of the Richardson extrapolation used when c - a - b is close to an integer (see hyp2f1Log). Its
 * truncation error grows like (h·ln(1-z))⁶, since each derivative in c of (1-z)^(c-a-b) brings a factor ln(1-z), and
 * its rounding error like 1e-16/h, since the two halves of the connection formula are ~1/h each and cancel. So h
 * is 3e-3, shrunk in proportion to |ln(1-z)| beyond 3; the samples c ± h, ± 2h, ± 3h stay 2h/3 or more away from
 * the integer because the extrapolation is only used within h/3 of it.
 */
function richardsonStep(z: number): number {
  return 3e-3 / Math.max(1, -Math.log1p(-z) / 3);
}

/**
 * Power series Σ (a)_n (b)_n / ((c)_n n!) z^n for |z| < 1, in signed-log form. The running sum is rescaled when it
 * grows past 1e250 so that large parameters (a long purchase history, z near the switch point) cannot overflow.
 * It stops when the bound on the remaining tail, |term| · ρ / (1 - ρ) with ρ the larger of the current term
 * ratio and |z| (the limit of the ratio), falls below 1e-17 of the sum.
 */
function hyp2f1Series(a: number, b: number, c: number, z: number, maxTerms = HYP2F1_MAX_TERMS): SignedLog {
  let term = 1;
  let sum = 1;
  let logScale = 0;
  // From the first n where a+n, b+n and c+n are all positive, each factor of the term ratio,
  // (a+m)/(m+1) and (b+m)/(c+m), moves monotonically towards 1 as m grows: every later ratio is at most
  // |z|·max(1, (a+m)/(m+1))·max(1, (b+m)/(c+m)) taken at the next m, which bounds the tail geometrically. (Waiting
  // until n > |a|+|b|+|c| instead gave up on fits near the NBD limit, b ≈ 10^7, where the series converges at once.)
  const settled = Math.max(0, -a, -b, -c);
  let n = 0;
  for (; n < maxTerms; n++) {
    const ratio = ((a + n) * (b + n)) / ((c + n) * (n + 1));
    term *= ratio * z;
    sum += term;
    if (term === 0) break; // terminating series: a or b a non-positive integer
    const m = n + 1;
    const rho = Math.abs(z) * Math.max(1, (a + m) / (m + 1)) * Math.max(1, (b + m) / (c + m));
    if (m > settled && rho < 1 && Math.abs(term) * (rho / (1 - rho)) <= 1e-17 * Math.abs(sum)) break;
    if (Math.abs(sum) > 1e250) {
      sum /= 1e250;
      term /= 1e250;
      logScale += 250 * Math.LN10;
    }
  }
  if (n === maxTerms) throw new RangeError(`hyp2f1 series did not converge (a=${a}, b=${b}, c=${c}, z=${z})`);
  if (sum === 0) return { logAbs: -Infinity, sign: 0 };
  return { logAbs: logScale + Math.log(Math.abs(sum)), sign: sum > 0 ? 1 : -1 };
}

/** 1/Γ(x) in signed-log form: -ln|Γ(x)| and the sign of Γ(x); 0 at the poles, where 1/Γ vanishes. */
function recipGamma(x: number): SignedLog {
  const sign = gammaSign(x);
  return sign === 0 ? { logAbs: -Infinity, sign: 0 } : { logAbs: -lnGamma(x), sign };
}

function mul(...factors: SignedLog[]): SignedLog {
  let logAbs = 0;
  let sign = 1;
  for (const f of factors) {
    if (f.sign === 0) return { logAbs: -Infinity, sign: 0 };
    logAbs += f.logAbs;
    sign *= f.sign;
  }
  return { logAbs, sign: sign as -1 | 1 };
}

const gammaOf = (x: number): SignedLog => {
  const sign = gammaSign(x);
  if (sign === 0) throw new RangeError(`Γ has a pole at ${x}`);
  return { logAbs: lnGamma(x), sign };
};

/**
 * The connection formula to 1 - z (Abramowitz & Stegun 15.3.6), valid when c - a - b is not an integer:
 *   2F1(a,b;c;z) = Γ(c)Γ(c-a-b)/(Γ(c-a)Γ(c-b)) · 2F1(a, b; a+b-c+1; 1-z)
 *                + (1-z)^(c-a-b) Γ(c)Γ(a+b-c)/(Γ(a)Γ(b)) · 2F1(c-a, c-b; c-a-b+1; 1-z).
 * Both series are in 1 - z < 0.1 and converge in a few dozen terms.
 */
function hyp2f1OneMinusZ(a: number, b: number, c: number, z: number, maxTerms?: number): SignedLog {
  const w = 1 - z;
  const s = c - a - b;
  const first = mul(
    gammaOf(c),
    gammaOf(s),
    recipGamma(c - a),
    recipGamma(c - b),
    hyp2f1Series(a, b, 1 - s, w, maxTerms),
  );
  const second = mul(
    { logAbs: s * Math.log(w), sign: 1 },
    gammaOf(c),
    gammaOf(-s),
    recipGamma(a),
    recipGamma(b),
    hyp2f1Series(c - a, c - b, s + 1, w, maxTerms),
  );
  return addSigned(first, second);
}

/**
 * Gauss hypergeometric function 2F1(a, b; c; z) in signed-log form, for real a, b, c (c not 0, -1, -2, ...) and
 * real z ≤ 1.
 *
 * - z < 0: Pfaff's transformation 2F1(a,b;c;z) = (1-z)^(-a) 2F1(a, c-b; c; z/(z-1)) maps it to [0, 1).
 * - 0 ≤ z ≤ 0.9: the power series, which converges at least as fast as 0.9^n.
 * - 0.9 < z < 1 (the guard near 1, where the series would need thousands to millions of terms): the connection
 *   formula to 1 - z. When c - a - b lies within h/3 of an integer (h ≈ 3e-3, see richardsonStep) its two halves
 *   have nearly cancelling poles, so the value is taken instead by Richardson extrapolation in c from c ± h, ± 2h,
 *   ± 3h (error O(h⁶)), which keeps about 11 significant digits (checked against mpmath).
 * - z = 1: Gauss's theorem Γ(c)Γ(c-a-b)/(Γ(c-a)Γ(c-b)) when c - a - b > 0; +Infinity (divergent) otherwise.
 *
 * `maxTerms` bounds each series (default 1,000,000); beyond it a RangeError is thrown. A fit passes a small bound
 * so that a parameter region where the series is slow (huge parameters) costs one cheap refusal, not minutes.
 */
export function hyp2f1Log(a: number, b: number, c: number, z: number, maxTerms?: number): SignedLog {
  if (![a, b, c, z].every(Number.isFinite)) throw new RangeError('hyp2f1: non-finite argument');
  if (c <= 0 && Number.isInteger(c)) throw new RangeError(`hyp2f1: c = ${c} is a non-positive integer`);
  if (z > 1) throw new RangeError(`hyp2f1: z = ${z} > 1 is outside the real branch`);
  if (z === 0 || a === 0 || b === 0) return { logAbs: 0, sign: 1 };
  if (z < 0) {
    const inner = hyp2f1Log(a, c - b, c, z / (z - 1), maxTerms);
    return mul({ logAbs: -a * Math.log1p(-z), sign: 1 }, inner);
  }
  if (z <= HYP2F1_SERIES_MAX_Z) return hyp2f1Series(a, b, c, z, maxTerms);
  const s = c - a - b;
  if (z === 1) {
    if (s <= 0) return { logAbs: Infinity, sign: 1 };
    return mul(gammaOf(c), gammaOf(s), recipGamma(c - a), recipGamma(c - b));
  }
  const h = richardsonStep(z);
  if (Math.abs(s - Math.round(s)) >= h / 3) return hyp2f1OneMinusZ(a, b, c, z, maxTerms);
  // Near-integer c - a - b: with S(k) = (f(c + kh) + f(c - kh)) / 2 = f(c) + c₂(kh)² + c₄(kh)⁴ + ..., the
  // combination 1.5·S(1) - 0.6·S(2) + 0.1·S(3) cancels the h² and h⁴ terms.
  const steps = [h, -h, 2 * h, -2 * h, 3 * h, -3 * h];
  const samples = steps.map((d) => hyp2f1OneMinusZ(a, b, c + d, z, maxTerms));
  const ref = Math.max(...samples.map((x) => x.logAbs)); // common scale so the six samples stay finite
  const v = samples.map((x) => x.sign * Math.exp(x.logAbs - ref));
  const sym = (k: number) => (v[2 * k]! + v[2 * k + 1]!) / 2;
  const value = 1.5 * sym(0) - 0.6 * sym(1) + 0.1 * sym(2);
  if (value === 0) return { logAbs: -Infinity, sign: 0 };
  return { logAbs: ref + Math.log(Math.abs(value)), sign: value > 0 ? 1 : -1 };
}

/** Gauss hypergeometric function 2F1(a, b; c; z) as a number (see hyp2f1Log for the method and domain). */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  const r = hyp2f1Log(a, b, c, z);
  return r.sign * Math.exp(r.logAbs);
}
