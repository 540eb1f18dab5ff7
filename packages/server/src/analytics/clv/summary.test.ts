import { describe, expect, it } from 'vitest';
import {
  CDNOW_CALIBRATION_END,
  CDNOW_HOLDOUT_END,
  readCdnowMaster,
  readCdnowSample,
  readCdnowSummary,
} from './cdnow.js';
import { dayNumber, summarizeTransactions } from './summary.js';

describe('summarizeTransactions', () => {
  const tx = (customerId: string, date: string, amount: number) => ({ customerId, date, amount });

  it('applies the CDNOW conventions on a small history', () => {
    const [b, a] = summarizeTransactions(
      [
        tx('b', '1997-01-10', 5), // b comes first in the input, so first in the output
        tx('a', '1997-01-01', 10), // first purchase: not counted
        tx('a', '1997-01-01', 3), // same day as the first: merged into it
        tx('a', '1997-01-15', 20),
        tx('a', '1997-01-15', 4), // same day: one purchase of 24
        tx('a', '19970129', 6), // compact date form
        tx('a', '1997-02-01', 100), // after the calibration end
        tx('a', '1997-02-01', 1), // same holdout day
        tx('a', '1997-02-05', 7),
        tx('a', '1997-03-01', 50), // after the holdout end
      ],
      { calibrationEnd: '1997-01-29', holdoutEnd: '1997-02-26' },
    );
    expect(a).toEqual({
      customerId: 'a',
      firstPurchase: '1997-01-01',
      x: 2,
      tx: 4,
      T: 4,
      zbar: 15,
      holdoutPurchases: 2,
      holdoutSpend: 108,
    });
    expect(b).toEqual({
      customerId: 'b',
      firstPurchase: '1997-01-10',
      x: 0,
      tx: 0,
      T: 19 / 7,
      zbar: 0,
      holdoutPurchases: 0,
      holdoutSpend: 0,
    });
  });

  it('leaves out customers who first buy after the calibration end, and counts all later days without a holdout end', () => {
    const s = summarizeTransactions(
      [tx('late', '1997-03-01', 1), tx('c', '1997-01-01', 1), tx('c', '1998-01-01', 2), tx('c', '1999-01-01', 3)],
      {
        calibrationEnd: '1997-01-31',
      },
    );
    expect(s.map((c) => c.customerId)).toEqual(['c']);
    expect(s[0]!.holdoutPurchases).toBe(2);
  });

  it('reads dates as calendar days and refuses impossible ones', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber(new Date(Date.UTC(1997, 8, 30, 23, 59)))).toBe(dayNumber('1997-09-30'));
    expect(dayNumber('1997-09-30') - dayNumber('1997-01-01')).toBe(272);
    expect(() => dayNumber('1997-02-30')).toThrow(RangeError);
    expect(() => dayNumber('30/09/1997')).toThrow(RangeError);
  });
});

describe('CDNOW summary rebuilt from the transactions', () => {
  const summary = summarizeTransactions(readCdnowSample(), {
    calibrationEnd: CDNOW_CALIBRATION_END,
    holdoutEnd: CDNOW_HOLDOUT_END,
  });

  it('matches cdnow_customers_summary_with_transactions.csv for all 2,357 customers (2-decimal rounding)', () => {
    const reference = readCdnowSummary();
    expect(reference).toHaveLength(2357);
    expect(summary).toHaveLength(2357);
    const byId = new Map(summary.map((c) => [Number(c.customerId), c]));
    let mismatches = 0;
    for (const ref of reference) {
      const c = byId.get(ref.id);
      // The CSV rounds weeks and dollars to 2 decimals: a difference of at most half a cent, plus float noise.
      const ok =
        c !== undefined &&
        c.x === ref.x &&
        Math.abs(c.tx - ref.tx) <= 0.005 + 1e-9 &&
        Math.abs(c.T - ref.T) <= 0.005 + 1e-9 &&
        Math.abs(c.zbar - ref.zbar) <= 0.005 + 1e-9;
      if (!ok) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it("gives the README's totals", () => {
    const none = summary.filter((c) => c.x === 0);
    expect(summary.reduce((s, c) => s + c.x, 0)).toBe(2457);
    expect(none).toHaveLength(1411);
    expect(summary.filter((c) => c.x > 0)).toHaveLength(946);
    expect(summary.reduce((s, c) => s + c.holdoutPurchases, 0)).toBe(1882);
    expect(none.reduce((s, c) => s + c.holdoutPurchases, 0)).toBe(334);
  });

  it('summarises the whole cohort (CDNOW_master.txt) with the same conventions', () => {
    const master = summarizeTransactions(readCdnowMaster(), {
      calibrationEnd: CDNOW_CALIBRATION_END,
      holdoutEnd: CDNOW_HOLDOUT_END,
    });
    expect(master).toHaveLength(23570);
    // Every customer of the cohort first bought in 1997-Q1, so T lies between 27 and 39 weeks.
    expect(Math.min(...master.map((c) => c.T))).toBeCloseTo(189 / 7, 10);
    expect(Math.max(...master.map((c) => c.T))).toBeCloseTo(272 / 7, 10);
    expect(master.every((c) => c.tx <= c.T && (c.x > 0 || c.tx === 0))).toBe(true);
  });
});
