/** The three views of the calendar. */
export type CalendarView = 'day' | 'week' | 'month';

const DAY = 86_400_000;

/** Midnight (local time) of the day of `d`. */
export const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
export const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
/** Monday of the week of `d` (weeks start on Monday, as in France and ISO 8601). */
export const startOfWeek = (d: Date) => addDays(startOfDay(d), -((d.getDay() + 6) % 7));
export const sameDay = (a: Date, b: Date) => startOfDay(a).getTime() === startOfDay(b).getTime();
/** 'YYYY-MM-DD' of a local date, for URLs and test ids. */
export const dayKey = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * The days a view shows around `anchor`, and the range to ask the API for: a day; a week from Monday; a month as
 * whole weeks (6 rows at most, 42 days: within the API's 62-day limit).
 */
export function viewRange(view: CalendarView, anchor: Date): { days: Date[]; from: Date; to: Date } {
  let from: Date;
  let count: number;
  if (view === 'day') [from, count] = [startOfDay(anchor), 1];
  else if (view === 'week') [from, count] = [startOfWeek(anchor), 7];
  else {
    const first = new Date(anchor.getFullYear(), anchor.getMonth(), 1);
    from = startOfWeek(first);
    const last = new Date(anchor.getFullYear(), anchor.getMonth() + 1, 0);
    count = Math.round((startOfWeek(addDays(last, 7)).getTime() - from.getTime()) / DAY);
  }
  const days = Array.from({ length: count }, (_, i) => addDays(from, i));
  return { days, from, to: addDays(from, count) };
}

/** The anchor of the previous (-1) or next (+1) period. */
export function shift(view: CalendarView, anchor: Date, direction: -1 | 1): Date {
  if (view === 'day') return addDays(anchor, direction);
  if (view === 'week') return addDays(anchor, 7 * direction);
  return new Date(anchor.getFullYear(), anchor.getMonth() + direction, 1);
}
