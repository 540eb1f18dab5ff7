/**
 * Number formats in the admin's language for the places that are not react-admin fields (charts, tables of
 * figures, sizes): `locale` is react-admin's (`useLocaleState()`), never the browser's, so a French admin on an
 * English browser still reads "66,7 %".
 */

/** A fraction (0.6667) as a percent: "66.7%" in English, "66,7 %" in French. */
export const formatPercent = (
  locale: string,
  fraction: number | null | undefined,
  maximumFractionDigits = 1,
): string =>
  fraction == null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }).format(fraction);

/** A number with at most `maximumFractionDigits` decimals, grouped and with the language's decimal mark. */
export const formatDecimal = (locale: string, n: number | null | undefined, maximumFractionDigits = 1): string =>
  n == null ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits }).format(n);

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A size in bytes with the language's unit: "1.5 kB" in English, "1,5 ko" in French (binary multiples). */
export const formatFileSize = (locale: string, bytes: number): string => {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
};
