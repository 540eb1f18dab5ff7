/**
 * Builds the per-customer summary the CLV models need from raw transactions, with the conventions of the CDNOW
 * studies (Fader, Hardie & Lee 2005; the lifetimes library):
 * - time is measured in weeks (7 days) by default, from the customer's first purchase;
 * - transactions on the same calendar day are one purchase, their amounts added;
 * - the first purchase is not counted: x is the number of repeat purchase days up to the calibration end;
 * - t_x is the time of the last repeat purchase (0 when x = 0), T the time to the calibration end;
 * - z̄ is the mean amount of the repeat purchases (0 when x = 0);
 * - the holdout count is the number of purchase days after the calibration end, up to the holdout end.
 */

const DAY_MS = 86_400_000;

/** A raw transaction. Dates are calendar days: a Date is read in UTC, a string as YYYY-MM-DD or YYYYMMDD. */
export interface Transaction {
  customerId: string;
  date: Date | string;
  amount: number;
}

/** Options of {@link summarizeTransactions}. */
export interface SummaryOptions {
  /** Last day of the calibration period (inclusive). */
  calibrationEnd: Date | string;
  /** Last day of the holdout period (inclusive); without it, every purchase day after calibrationEnd counts. */
  holdoutEnd?: Date | string;
  /** Days per model time unit (default 7: weeks). */
  daysPerUnit?: number;
}

/** One customer's calibration summary and holdout counts. */
export interface CustomerSummary {
  customerId: string;
  /** First purchase day, YYYY-MM-DD. */
  firstPurchase: string;
  /** Repeat purchase days in the calibration period. */
  x: number;
  /** Time of the last repeat purchase since the first purchase, in time units (0 when x = 0). */
  tx: number;
  /** Time from the first purchase to the calibration end, in time units. */
  T: number;
  /** Mean amount of the repeat purchase days (0 when x = 0). */
  zbar: number;
  /** Purchase days in the holdout period, and what was spent on them. */
  holdoutPurchases: number;
  holdoutSpend: number;
}

/** Day number (days since 1970-01-01, UTC) of a Date or a YYYY-MM-DD / YYYYMMDD string. */
export function dayNumber(date: Date | string): number {
  if (date instanceof Date) {
    const ms = date.getTime();
    if (Number.isNaN(ms)) throw new RangeError('invalid Date');
    return Math.floor(ms / DAY_MS);
  }
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(date.trim());
  if (!m) throw new RangeError(`date ${JSON.stringify(date)}: expected YYYY-MM-DD or YYYYMMDD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  // Date.UTC rolls 1997-02-30 over to March: refuse it instead.
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    throw new RangeError(`no such day: ${date}`);
  return ms / DAY_MS;
}

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Summarises transactions per customer for the calibration period ending on `calibrationEnd`. Customers whose
 * first purchase falls after the calibration end are left out (they are not in the calibration cohort).
 * Customers come out in the order of their first transaction in the input. Transactions need not be sorted.
 */
export function summarizeTransactions(transactions: Iterable<Transaction>, options: SummaryOptions): CustomerSummary[] {
  const calEnd = dayNumber(options.calibrationEnd);
  const holdEnd = options.holdoutEnd === undefined ? Infinity : dayNumber(options.holdoutEnd);
  if (holdEnd < calEnd) throw new RangeError('holdoutEnd is before calibrationEnd');
  const unit = options.daysPerUnit ?? 7;
  if (!(unit > 0)) throw new RangeError('daysPerUnit must be positive');

  // customer -> day -> amount (same-day transactions merged)
  const byCustomer = new Map<string, Map<number, number>>();
  for (const t of transactions) {
    if (!Number.isFinite(t.amount))
      throw new RangeError(`customer ${t.customerId}: amount ${t.amount} is not a number`);
    const day = dayNumber(t.date);
    let days = byCustomer.get(t.customerId);
    if (!days) byCustomer.set(t.customerId, (days = new Map()));
    days.set(day, (days.get(day) ?? 0) + t.amount);
  }

  const out: CustomerSummary[] = [];
  for (const [customerId, days] of byCustomer) {
    let first = Infinity;
    for (const d of days.keys()) if (d < first) first = d;
    if (first > calEnd) continue;
    let x = 0;
    let last = first;
    let repeatSpend = 0;
    let holdoutPurchases = 0;
    let holdoutSpend = 0;
    for (const [d, amount] of days) {
      if (d === first) continue;
      if (d <= calEnd) {
        x++;
        repeatSpend += amount;
        if (d > last) last = d;
      } else if (d <= holdEnd) {
        holdoutPurchases++;
        holdoutSpend += amount;
      }
    }
    out.push({
      customerId,
      firstPurchase: isoDay(first),
      x,
      tx: (last - first) / unit,
      T: (calEnd - first) / unit,
      zbar: x > 0 ? repeatSpend / x : 0,
      holdoutPurchases,
      holdoutSpend,
    });
  }
  return out;
}
