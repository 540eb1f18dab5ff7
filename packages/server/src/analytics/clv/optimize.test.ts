import { describe, expect, it } from 'vitest';
import {
  invertMatrix,
  logParameterStandardErrors,
  minimizeFromStarts,
  nelderMead,
  numericHessian,
} from './optimize.js';

describe('nelderMead', () => {
  it('finds the minimum of the Rosenbrock valley', () => {
    const rosen = (x: readonly number[]) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
    const r = nelderMead(rosen, [-1.2, 1], { fTol: 1e-14, xTol: 1e-9 });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 6);
    expect(r.x[1]).toBeCloseTo(1, 6);
    expect(r.f).toBeLessThan(1e-12);
  });

  it('finds the minimum of an ill-scaled 4-D quadratic (the shape of a log-likelihood on log-parameters)', () => {
    const centre = [Math.log(0.24), Math.log(4.4), Math.log(0.79), Math.log(2.4)];
    const scale = [400, 30, 5, 1];
    const f = (x: readonly number[]) =>
      x.reduce((s, v, i) => s + scale[i]! * (v - centre[i]!) ** 2, 0) +
      0.5 * (x[2]! - centre[2]!) * (x[3]! - centre[3]!);
    const r = nelderMead(f, [0, 0, 0, 0]);
    expect(r.converged).toBe(true);
    r.x.forEach((v, i) => expect(Math.abs(v - centre[i]!)).toBeLessThan(1e-5));
  });

  it('treats non-finite values as +Infinity and stays in the domain', () => {
    const f = (x: readonly number[]) => (x[0]! <= 0 ? NaN : x[0]! - Math.log(x[0]!)); // minimum at 1
    const r = nelderMead(f, [0.05], { initialStep: 0.5 });
    expect(r.x[0]).toBeCloseTo(1, 5);
  });

  it('reports non-convergence when the iteration budget runs out', () => {
    const rosen = (x: readonly number[]) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
    expect(nelderMead(rosen, [-1.2, 1], { maxIterations: 10 }).converged).toBe(false);
  });
});

describe('minimizeFromStarts', () => {
  it('keeps the best basin of a bimodal function', () => {
    // Local minimum near x = -1 (f ≈ 0.3), global one near x = 2 (f ≈ 0).
    const f = (x: readonly number[]) => Math.min((x[0]! + 1) ** 2 + 0.3, (x[0]! - 2) ** 2);
    const r = minimizeFromStarts(f, [[-1.5], [2.5]]);
    expect(r.x[0]).toBeCloseTo(2, 5);
    expect(r.startValues).toHaveLength(2);
    expect(r.startValues[0]).toBeGreaterThan(0.29);
  });
});

describe('Hessian and standard errors', () => {
  it('numericHessian recovers a quadratic form', () => {
    const A = [
      [4, 1, 0],
      [1, 3, -0.5],
      [0, -0.5, 2],
    ];
    const f = (x: readonly number[]) =>
      0.5 * x.reduce((s, xi, i) => s + xi * x.reduce((t, xj, j) => t + A[i]![j]! * xj, 0), 0);
    const H = numericHessian(f, [0.3, -0.2, 1]);
    H.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(A[i]![j]!, 6)));
  });

  it('invertMatrix gives the identity when multiplied back', () => {
    const A = [
      [4, 1, 0],
      [1, 3, -0.5],
      [0, -0.5, 2],
    ];
    const inv = invertMatrix(A);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++)
        expect(A[i]!.reduce((s, v, k) => s + v * inv[k]![j]!, 0)).toBeCloseTo(i === j ? 1 : 0, 12);
    expect(() =>
      invertMatrix([
        [1, 2],
        [2, 4],
      ]),
    ).toThrow(RangeError);
  });

  it('logParameterStandardErrors gives the exponential-rate MLE its textbook standard error', () => {
    // n exponential observations with mean 1/λ: λ̂ = n / Σt and sd(λ̂) ≈ λ̂ / √n.
    const n = 400;
    const sum = 250;
    const negLL = (lp: readonly number[]) => -(n * lp[0]! - Math.exp(lp[0]!) * sum);
    const lhat = n / sum;
    const [se] = logParameterStandardErrors(negLL, [Math.log(lhat)]);
    expect(se).toBeCloseTo(lhat / Math.sqrt(n), 6);
  });
});
