import { useLocaleState } from 'react-admin';

/** A 95% interval as the API gives it (fractions). */
export interface Interval {
  low: number;
  high: number;
}

const DASH = '—';

/**
 * How the comparison shows the API's figures: rates and shares are fractions in the API and percents here; an
 * uplift is a difference of rates, shown in signed percentage points; intervals in brackets.
 */
export function useComparisonFormat() {
  const [locale] = useLocaleState();
  const pctFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const pointsFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const moneyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 });
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const pFormat = new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 });
  const or = <T>(v: T | null | undefined, f: (x: T) => string) => (v == null ? DASH : f(v));
  return {
    pct: (v: number | null | undefined) => or(v, (x) => pctFormat.format(x)),
    /** "[12.5 – 16.9 %]": the interval of a rate. */
    pctInterval: (i: Interval | null | undefined) =>
      or(i, (x) => `[${numberFormat.format(100 * x.low)} – ${pctFormat.format(x.high)}]`),
    /** "−5.4 pts": a difference of two rates. */
    points: (v: number | null | undefined) => or(v, (x) => `${pointsFormat.format(100 * x)} pts`),
    /** "[−30.7 ; +7.8]": the interval of an uplift, in points. */
    pointsInterval: (i: Interval | null | undefined) =>
      or(i, (x) => `[${pointsFormat.format(100 * x.low)} ; ${pointsFormat.format(100 * x.high)}]`),
    money: (v: number | null | undefined) => or(v, (x) => moneyFormat.format(x)),
    number: (v: number | null | undefined) => or(v, (x) => numberFormat.format(x)),
    /** A p-value: "< 0.001" below that. */
    pValue: (v: number | null | undefined) =>
      or(v, (x) => (x < 0.001 ? `< ${pFormat.format(0.001)}` : pFormat.format(x))),
  };
}

export type ComparisonFormat = ReturnType<typeof useComparisonFormat>;
