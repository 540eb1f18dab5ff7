import { describe, expect, it } from 'vitest';
import { dayKey, shift, viewRange } from './calendar-range';

describe('calendar ranges', () => {
  it('gives a day, a week from Monday, and a month as whole weeks within the API limit of 62 days', () => {
    const sunday = new Date(2026, 10, 29, 15); // Sunday 29 November 2026
    const day = viewRange('day', sunday);
    expect(day.days.map(dayKey)).toEqual(['2026-11-29']);
    expect(dayKey(day.to)).toBe('2026-11-30');
    const week = viewRange('week', sunday);
    expect(week.days.map(dayKey)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    const month = viewRange('month', sunday);
    expect(dayKey(month.from)).toBe('2026-10-26'); // the Monday before 1 November
    expect(dayKey(month.to)).toBe('2026-12-07'); // the Monday after 30 November
    expect(month.days.length % 7).toBe(0);
    expect(month.days.length).toBeLessThanOrEqual(42);
  });

  it('moves by a day, a week or a month', () => {
    const d = new Date(2026, 0, 31);
    expect(dayKey(shift('day', d, 1))).toBe('2026-02-01');
    expect(dayKey(shift('week', d, -1))).toBe('2026-01-24');
    expect(dayKey(shift('month', d, 1))).toBe('2026-02-01');
  });
});
