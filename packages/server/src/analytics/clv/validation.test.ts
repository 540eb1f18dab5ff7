import { describe, expect, it } from 'vitest';
import { CDNOW_CALIBRATION_END, CDNOW_HOLDOUT_END, readCdnowSample, readCdnowSummary } from './cdnow.js';
import { degenerateReasons, fitSpendModel } from './models.js';
import { type ValidationResult, validateModels, validationInputOf } from './validation.js';

const expectRel = (actual: number, expected: number, tol: number) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.abs(expected));
};

describe('holdout validation on the CDNOW sample (39 + 39 weeks)', () => {
  let result: ValidationResult;
  const input = validationInputOf(readCdnowSample(), CDNOW_CALIBRATION_END, CDNOW_HOLDOUT_END);

  it('builds the aggregates: 2,357 customers, 1,882 holdout purchase days over 39 weeks', () => {
    expect(input.groups.reduce((s, g) => s + g.count, 0)).toBe(2357);
    expect(input.holdoutWeeks).toBe(39);
    expect(input.weeklyHoldout).toHaveLength(39);
    expect(input.weeklyHoldout.reduce((a, b) => a + b, 0)).toBe(1882);
    expect(input.groups.reduce((s, g) => s + g.holdoutSum, 0)).toBe(1882);
    // Weeks 1-13, 14-26, 27-39 of the holdout (README-figures.md): 726, 661, 495.
    const third = (k: number) => input.weeklyHoldout.slice(13 * k, 13 * k + 13).reduce((a, b) => a + b, 0);
    expect([third(0), third(1), third(2)]).toEqual([726, 661, 495]);
  });

  it('validates the three models and recommends the lowest per-customer error', () => {
    result = validateModels(input);
    expect(result.customers).toBe(2357);
    const by = Object.fromEntries(result.models.map((m) => [m.model, m]));
    // Totals predicted for the holdout, checked with scipy on the same histories and the fitted parameters:
    // BG/NBD 1653.4, MBG/NBD 1576.73, Pareto/NBD 1665.53 against 1882 actual.
    expectRel(by.BG_NBD!.totalPredicted, 1653.4, 1e-3);
    expectRel(by.MBG_NBD!.totalPredicted, 1576.729, 1e-3);
    expectRel(by.PARETO_NBD!.totalPredicted, 1665.5296, 1e-3);
    expect(by.BG_NBD!.totalActual).toBe(1882);
    expectRel(by.PARETO_NBD!.totalError!, (1665.5296 - 1882) / 1882, 1e-2);
    // Per-customer rmse (scipy): Pareto/NBD 1.60285, MBG/NBD 1.60718; BG/NBD 1.6080.
    expectRel(by.PARETO_NBD!.rmse, 1.6028483, 1e-4);
    expectRel(by.MBG_NBD!.rmse, 1.6071826, 1e-4);
    expect(result.recommended).toBe('PARETO_NBD');
    expect(result.models.every((m) => m.degenerate.length === 0)).toBe(true);
  });

  it('calibration by frequency: actual and predicted holdout purchases per customer', () => {
    const pareto = result.models.find((m) => m.model === 'PARETO_NBD')!;
    expect(pareto.byFrequency.map((b) => b.customers)).toEqual([1411, 439, 214, 100, 62, 38, 29, 64]);
    expect(pareto.byFrequency.map((b) => b.actual.toFixed(3))).toEqual([
      '0.237',
      '0.697',
      '1.393',
      '1.560',
      '2.532',
      '2.947',
      '3.862',
      '6.359',
    ]);
    // scipy: 0.1384, 0.5995, 1.1959, 1.7139, 2.3983, 2.9072, 3.8186, 6.4031.
    const scipy = [0.1384, 0.5995, 1.1959, 1.7139, 2.3983, 2.9072, 3.8186, 6.4031];
    pareto.byFrequency.forEach((b, i) => expect(Math.abs(b.predicted - scipy[i]!)).toBeLessThan(1e-3));
  });

  it('tracking: cumulative holdout purchase days, actual and predicted, week by week', () => {
    const pareto = result.models.find((m) => m.model === 'PARETO_NBD')!;
    const mbg = result.models.find((m) => m.model === 'MBG_NBD')!;
    expect(pareto.tracking).toHaveLength(39);
    expect(pareto.tracking.map((p) => p.actual).filter((_, i) => i % 13 === 12)).toEqual([726, 1387, 1882]);
    // scipy at weeks 13 and 26: Pareto/NBD 629.32, 1176.69; MBG/NBD 607.97, 1124.71.
    expectRel(pareto.tracking[12]!.predicted, 629.32064, 1e-3);
    expectRel(pareto.tracking[25]!.predicted, 1176.69466, 1e-3);
    expectRel(mbg.tracking[12]!.predicted, 607.96905, 1e-3);
    expectRel(mbg.tracking[25]!.predicted, 1124.70894, 1e-3);
    expect(pareto.tracking[38]!.predicted).toBeCloseTo(pareto.totalPredicted, 6);
    // Monotone: cumulative counts never fall.
    for (let k = 1; k < 39; k++)
      expect(pareto.tracking[k]!.predicted).toBeGreaterThan(pareto.tracking[k - 1]!.predicted);
  });

  it('reports standard errors for every parameter', () => {
    for (const m of result.models) for (const p of m.parameters) expect(p.standardError).toBeGreaterThan(0);
  });
});

describe('degenerate fits', () => {
  it('flags parameters at a bound, a singular Hessian and loose estimates', () => {
    expect(degenerateReasons({ r: 1, alpha: 2 }, { r: 0.1, alpha: 0.2 }, -10, true)).toEqual([]);
    expect(degenerateReasons({ r: 1, alpha: 5e6 }, { r: 0.1, alpha: 1 }, -10, true)).toEqual(['AT_BOUND']);
    expect(degenerateReasons({ r: 1, alpha: 2 }, { r: NaN, alpha: 0.2 }, -10, true)).toEqual(['HESSIAN_NOT_POSITIVE']);
    expect(degenerateReasons({ r: 1, alpha: 2 }, { r: 1.5, alpha: 0.2 }, -10, false)).toEqual([
      'NOT_CONVERGED',
      'UNCERTAIN',
    ]);
    expect(degenerateReasons({ r: NaN }, { r: 1 }, -10, true)).toEqual(['NOT_FINITE']);
  });

  it('flags a spend fit where customers barely differ (q far above 100)', () => {
    // Mean spends spread like a common Gamma(p·x, ν) with one ν: the fit sends q (and v) off to large values.
    const rows = Array.from({ length: 400 }, (_, i) => ({ x: 1 + (i % 5), zbar: 50 + ((i * 7919) % 11) - 5 }));
    const fit = fitSpendModel(rows);
    expect(fit.degenerate.length).toBeGreaterThan(0);
  });

  it('does not flag the CDNOW spend fit (p 6.25, q 3.74, v 15.44)', () => {
    const fit = fitSpendModel(readCdnowSummary().map((r) => ({ x: r.x, zbar: r.zbar })));
    expect([fit.params.p, fit.params.q, fit.params.v].map((v) => Number(v.toFixed(2)))).toEqual([6.25, 3.74, 15.45]);
    expect(fit.degenerate).toEqual([]);
    expect(fit.standardErrors.q).toBeGreaterThan(0);
  });
});

describe('recommendation', () => {
  it('recommends no model when every fit is degenerate (32 buyers, none bought twice in calibration)', () => {
    // The admin's 200-contact demo brand looked like this: every fit ran off to a bound, and the lowest error among
    // them was still marked "recommended", against the API's own description ("among the non-degenerate fits").
    const groups = [
      { x: 0, tx: 0, T: 80, count: 20, holdoutSum: 18, holdoutSquares: 22 },
      { x: 0, tx: 0, T: 40, count: 12, holdoutSum: 12, holdoutSquares: 14 },
    ];
    const result = validateModels({ groups, holdoutWeeks: 52, weeklyHoldout: new Array<number>(52).fill(0.5) });
    expect(result.models.length).toBeGreaterThan(0);
    expect(result.models.every((m) => m.degenerate.length > 0)).toBe(true);
    expect(result.recommended).toBeNull();
  });
});
