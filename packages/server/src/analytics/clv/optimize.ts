/**
 * Derivative-free minimisation (Nelder-Mead) and a finite-difference Hessian, enough to fit the handful of positive
 * parameters of the CLV models on log scale. No external numeric library.
 */

/** Options of {@link nelderMead}. */
export interface NelderMeadOptions {
  /** Size of the first simplex along each axis (default 0.5: on log-parameters, a factor e^0.5 ≈ 1.65). */
  initialStep?: number;
  /** Convergence when every vertex value is within fTol (absolute) of the best one (default 1e-10). */
  fTol?: number;
  /** ... and every vertex is within xTol of the best one in each coordinate (default 1e-7). */
  xTol?: number;
  /** Iterations allowed per run (default 5000 · dimension). */
  maxIterations?: number;
  /** Fresh simplices built around the best point after a converged run (default 10, see nelderMead). */
  maxRestarts?: number;
}

/** Outcome of {@link nelderMead}. */
export interface NelderMeadResult {
  x: number[];
  f: number;
  iterations: number;
  evaluations: number;
  restarts: number;
  /** False when the iteration or restart budget ran out before the stop criteria held. */
  converged: boolean;
}

/**
 * Minimises f by the Nelder-Mead simplex method with the dimension-adaptive coefficients of Gao & Han (2012)
 * (reflection 1, expansion 1 + 2/n, contraction 0.75 - 1/(2n), shrink 1 - 1/n), which behave better than the
 * classic ones beyond two or three dimensions.
 *
 * Stop criteria: a run stops when both the spread of the vertex values (max |f_i - f_best| ≤ fTol) and the size
 * of the simplex (max over vertices and coordinates of |x_ij - x_best,j| ≤ xTol) are small, or after
 * maxIterations. Because a simplex can collapse onto a non-optimal point, a converged run is followed by a
 * restart from a fresh simplex around the best point; the search ends when a restart improves f by no more than
 * fTol and moves the best point by no more than 10·xTol, or after maxRestarts restarts (then converged is false).
 *
 * Non-finite values of f (outside the model's domain, overflow) are treated as +Infinity, so the simplex simply
 * moves away from them.
 */
export function nelderMead(
  f: (x: readonly number[]) => number,
  x0: readonly number[],
  options: NelderMeadOptions = {},
): NelderMeadResult {
  const n = x0.length;
  const step = options.initialStep ?? 0.5;
  const fTol = options.fTol ?? 1e-10;
  const xTol = options.xTol ?? 1e-7;
  const maxIterations = options.maxIterations ?? 5000 * n;
  const maxRestarts = options.maxRestarts ?? 10;
  let evaluations = 0;
  const fx = (x: readonly number[]) => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };

  let best = { x: [...x0], f: fx(x0) };
  let iterations = 0;
  let restarts = 0;
  for (;;) {
    const run = simplexRun(fx, best, n, step, fTol, xTol, maxIterations);
    iterations += run.iterations;
    const improvement = best.f - run.f;
    const previous = best;
    best = { x: run.x, f: run.f };
    if (!run.converged) return { ...best, iterations, evaluations, restarts, converged: false };
    // The first run always counts as progress; afterwards a restart that finds nothing better ends the search.
    if (restarts > 0 && improvement <= fTol && maxAbsDiff(previous.x, best.x) <= xTol * 10) {
      return { ...best, iterations, evaluations, restarts, converged: true };
    }
    // With maxRestarts 0 no restart was asked for, so the converged run stands.
    if (restarts >= maxRestarts) return { ...best, iterations, evaluations, restarts, converged: maxRestarts === 0 };
    restarts++;
  }
}

function maxAbsDiff(a: readonly number[], b: readonly number[]): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

/** Whether every vertex is within fTol of the best one's value and within xTol of it in every coordinate. */
function collapsed(pts: number[][], vals: number[], order: number[], fTol: number, xTol: number): boolean {
  const bestI = order[0]!;
  let fSpread = 0;
  let xSpread = 0;
  for (let k = 1; k < order.length; k++) {
    const i = order[k]!;
    fSpread = Math.max(fSpread, Math.abs(vals[i]! - vals[bestI]!));
    xSpread = Math.max(xSpread, maxAbsDiff(pts[i]!, pts[bestI]!));
  }
  return fSpread <= fTol && xSpread <= xTol;
}

function simplexRun(
  fx: (x: readonly number[]) => number,
  start: { x: number[]; f: number },
  n: number,
  step: number,
  fTol: number,
  xTol: number,
  maxIterations: number,
): { x: number[]; f: number; iterations: number; converged: boolean } {
  const alpha = 1;
  const gamma = 1 + 2 / n;
  const rho = 0.75 - 1 / (2 * n);
  const sigma = 1 - 1 / n;

  const pts: number[][] = [start.x.slice()];
  const vals: number[] = [start.f];
  for (let i = 0; i < n; i++) {
    const p = start.x.slice();
    p[i] = p[i]! + step;
    pts.push(p);
    vals.push(fx(p));
  }
  const order = Array.from({ length: n + 1 }, (_, i) => i);
  const centroid = new Array<number>(n);
  const along = (coef: number) => centroid.map((c, j) => c + coef * (c - pts[order[n]!]![j]!));

  let it = 0;
  for (; it < maxIterations; it++) {
    order.sort((i, j) => vals[i]! - vals[j]!);
    const bestI = order[0]!;
    if (collapsed(pts, vals, order, fTol, xTol))
      return { x: pts[bestI]!.slice(), f: vals[bestI]!, iterations: it, converged: true };

    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += pts[order[k]!]![j]!;
      centroid[j] = s / n;
    }
    const worstI = order[n]!;
    const fBest = vals[bestI]!;
    const fSecondWorst = vals[order[n - 1]!]!;
    const fWorst = vals[worstI]!;

    const xr = along(alpha);
    const fr = fx(xr);
    if (fr < fBest) {
      const xe = along(gamma);
      const fe = fx(xe);
      if (fe < fr) [pts[worstI], vals[worstI]] = [xe, fe];
      else [pts[worstI], vals[worstI]] = [xr, fr];
      continue;
    }
    if (fr < fSecondWorst) {
      [pts[worstI], vals[worstI]] = [xr, fr];
      continue;
    }
    // Contraction: outside when the reflected point beats the worst, inside otherwise.
    const outside = fr < fWorst;
    const xc = along(outside ? rho * alpha : -rho);
    const fc = fx(xc);
    if (fc < (outside ? fr : fWorst)) {
      [pts[worstI], vals[worstI]] = [xc, fc];
      continue;
    }
    // Shrink every vertex towards the best one.
    for (let k = 1; k <= n; k++) {
      const i = order[k]!;
      pts[i] = pts[i]!.map((v, j) => pts[bestI]![j]! + sigma * (v - pts[bestI]![j]!));
      vals[i] = fx(pts[i]!);
    }
  }
  order.sort((i, j) => vals[i]! - vals[j]!);
  return { x: pts[order[0]!]!.slice(), f: vals[order[0]!]!, iterations: it, converged: false };
}

/**
 * Hessian of f at x by central differences (step h in every coordinate). The default 1e-3 suits log-parameters:
 * the truncation error is O(h²) ≈ 1e-6 relative, and the rounding error of a log-likelihood summed over 1e5
 * customers (~1e-11 absolute) divided by h² stays near 1e-5. Used for standard errors: the inverse of the Hessian of the negative
 * log-likelihood is the asymptotic covariance of the estimates.
 */
export function numericHessian(f: (x: readonly number[]) => number, x: readonly number[], h = 1e-3): number[][] {
  const n = x.length;
  const at = (di: number, dj: number, i: number, j: number) => {
    const p = x.slice();
    p[i] = p[i]! + di;
    p[j] = p[j]! + dj;
    return f(p);
  };
  const f0 = f(x);
  const H: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    H[i]![i] = (at(h, 0, i, i) - 2 * f0 + at(-h, 0, i, i)) / (h * h);
    for (let j = 0; j < i; j++) {
      const v = (at(h, h, i, j) - at(h, -h, i, j) - at(-h, h, i, j) + at(-h, -h, i, j)) / (4 * h * h);
      H[i]![j] = v;
      H[j]![i] = v;
    }
  }
  return H;
}

/** Inverse of a small symmetric positive-definite matrix by Gauss-Jordan elimination with partial pivoting. */
export function invertMatrix(m: readonly (readonly number[])[]): number[][] {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (a[pivot]![col] === 0) throw new RangeError('singular matrix');
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const p = a[col]![col]!;
    for (let k = 0; k < 2 * n; k++) a[col]![k] = a[col]![k]! / p;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = a[r]![col]!;
      if (factor === 0) continue;
      for (let k = 0; k < 2 * n; k++) a[r]![k] = a[r]![k]! - factor * a[col]![k]!;
    }
  }
  return a.map((row) => row.slice(n));
}

/** Outcome of {@link minimizeFromStarts}: the best run, plus the value reached from every start. */
export interface MultiStartResult extends NelderMeadResult {
  /** Final objective value of each start, in the order given (a large spread hints at a multimodal surface). */
  startValues: number[];
}

/**
 * Minimises f from several starts and keeps the best. Each start is first run with loose tolerances (fTol 1e-6,
 * xTol 1e-3, no restart), which is enough to tell the basins apart; only the best of these is then polished with
 * the full tolerances of `options`. Several starts guard against a simplex that settles in a flat region far from
 * the optimum, at about a third of the cost of running every start to full precision. Evaluations and iterations
 * are totals over all runs.
 */
export function minimizeFromStarts(
  f: (x: readonly number[]) => number,
  starts: readonly (readonly number[])[],
  options: NelderMeadOptions = {},
): MultiStartResult {
  if (starts.length === 0) throw new RangeError('minimizeFromStarts: no start');
  let best: NelderMeadResult | undefined;
  let evaluations = 0;
  let iterations = 0;
  const startValues: number[] = [];
  const scout: NelderMeadOptions = {
    ...options,
    fTol: Math.max(options.fTol ?? 1e-10, 1e-6),
    xTol: Math.max(options.xTol ?? 1e-7, 1e-3),
    maxRestarts: 0,
  };
  for (const s of starts) {
    const r = starts.length === 1 ? { x: [...s], f: f(s), evaluations: 1, iterations: 0 } : nelderMead(f, s, scout);
    evaluations += r.evaluations;
    iterations += r.iterations;
    startValues.push(r.f);
    if (!best || r.f < best.f || !Number.isFinite(best.f)) best = { ...r, restarts: 0, converged: false };
  }
  // Polish from the best scouted point; the fresh simplex (step initialStep) still lets it leave a poor basin.
  const polished = nelderMead(f, best!.x, options);
  return {
    ...polished,
    evaluations: evaluations + polished.evaluations,
    iterations: iterations + polished.iterations,
    startValues,
  };
}

/**
 * Standard errors of positive parameters estimated on log scale: the inverse Hessian of the negative
 * log-likelihood (a sum, not a mean) at the log-estimates gives the covariance of the log-parameters, and the delta
 * method turns sd(ln θ) into sd(θ) ≈ θ · sd(ln θ).
 */
export function logParameterStandardErrors(
  negLogLikelihood: (logParams: readonly number[]) => number,
  logParams: readonly number[],
): number[] {
  const cov = invertMatrix(numericHessian(negLogLikelihood, logParams));
  return logParams.map((lp, i) => Math.exp(lp) * Math.sqrt(cov[i]![i]!));
}
