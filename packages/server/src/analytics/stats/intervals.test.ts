/**
 * The interval and test functions against published values: Newcombe (1998a) for Wilson's interval, Newcombe
 * (1998b, method 10) for the difference of two proportions, Fisher's own tea-tasting table, and a chi-square /
 * z-test worked by hand (z² is the uncorrected Pearson chi-square of the same table).
 */
import { describe, expect, it } from 'vitest';
import { fisherExact, newcombeInterval, twoSidedNormalP, upliftTest, wilsonInterval, zTest } from './intervals.js';

const round4 = (i: { low: number; high: number } | null) => i && [+i.low.toFixed(4), +i.high.toFixed(4)];

describe('Wilson score interval', () => {
  it('reproduces Newcombe (1998a), table I, method 3 (score, no continuity correction)', () => {
    expect(round4(wilsonInterval(81, 263))).toEqual([0.2553, 0.3662]);
    expect(round4(wilsonInterval(15, 148))).toEqual([0.0624, 0.1605]);
    expect(round4(wilsonInterval(0, 20))).toEqual([0, 0.1611]);
    expect(round4(wilsonInterval(1, 29))).toEqual([0.0061, 0.1718]);
  });

  it('keeps inside [0, 1], is exact at the ends and null without a group', () => {
    expect(wilsonInterval(29, 29)?.high).toBe(1);
    expect(wilsonInterval(0, 5)?.low).toBe(0);
    expect(wilsonInterval(0, 0)).toBeNull();
    // 3 of 15: 20%, from 7.05% to 45.19% (hand: centre (3 + 1.9208) / 18.8415 = 0.2612, half 0.1907).
    expect(round4(wilsonInterval(3, 15))).toEqual([0.0705, 0.4519]);
  });
});

describe('Newcombe hybrid score interval for a difference', () => {
  it('reproduces Newcombe (1998b), table II, method 10', () => {
    expect(round4(newcombeInterval(56, 70, 48, 80))).toEqual([0.0524, 0.3339]);
    expect(round4(newcombeInterval(9, 10, 3, 10))).toEqual([0.1705, 0.809]);
    expect(round4(newcombeInterval(0, 10, 0, 20))).toEqual([-0.1611, 0.2775]);
    expect(round4(newcombeInterval(0, 10, 0, 10))).toEqual([-0.2775, 0.2775]);
    expect(round4(newcombeInterval(10, 10, 0, 20))).toEqual([0.6791, 1]);
    expect(round4(newcombeInterval(10, 10, 0, 10))).toEqual([0.6075, 1]);
  });

  it('is null when a group is empty', () => {
    expect(newcombeInterval(1, 10, 0, 0)).toBeNull();
  });
});

describe('uplift tests', () => {
  it('z-test: 56/70 against 48/80 gives z² = 7.0234, p = 0.00805 (uncorrected chi-square of the table)', () => {
    expect(zTest(56, 70, 48, 80)).toBeCloseTo(0.008045, 5);
    expect(twoSidedNormalP(1.959963984540054)).toBeCloseTo(0.05, 6);
    expect(zTest(0, 10, 0, 20)).toBe(1);
  });

  it("Fisher's exact test: the tea-tasting table (3 of 4 against 1 of 4) gives p = 0.4857", () => {
    expect(fisherExact(3, 4, 1, 4)).toBeCloseTo(34 / 70, 10);
    // Hand: the tables with x1 = 3 (p 16/70) and 1 (16/70) and the two extremes 0 and 4 (1/70 each).
    expect(fisherExact(1, 10, 11, 14)).toBeCloseTo(0.0027594562, 8);
    expect(fisherExact(5, 56, 0, 29)).toBeCloseTo(0.1606214432, 8);
  });

  it('uses Fisher when an expected count is under 5, the z-test otherwise', () => {
    // 5/56 against 0/29: expected successes in the control 29 × 5 / 85 = 1.7.
    expect(upliftTest(5, 56, 0, 29)).toEqual({
      method: 'FISHER_EXACT',
      pValue: expect.closeTo(0.1606, 4),
      significant: false,
    });
    expect(upliftTest(56, 70, 48, 80)).toEqual({
      method: 'Z_TEST',
      pValue: expect.closeTo(0.008045, 5),
      significant: true,
    });
    expect(upliftTest(1, 1, 0, 0)).toBeNull();
  });
});
