import { useMediaQuery } from '@mui/material';
import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';

/** Number, money (in `currency`, an ISO 4217 code) and month formatters for the current admin language. */
export function useFormatters(currency = 'EUR') {
  const [locale] = useLocaleState();
  return useMemo(() => {
    const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const money = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
    const compactMoney = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const monthShort = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    const monthLong = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    /** `YYYY-MM` as a date at the start of that month, in UTC so that no time zone shifts it. */
    const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);
    return {
      integer: (n: number) => integer.format(n),
      money: (n: number) => money.format(n),
      compactMoney: (n: number) => compactMoney.format(n),
      percent: (n: number) => percent.format(n),
      monthShort: (month: string) => monthShort.format(monthDate(month)),
      monthLong: (month: string) => monthLong.format(monthDate(month)),
    };
  }, [locale, currency]);
}

/** Charts animate unless the user (or a browser test) asks for reduced motion. */
export const useChartAnimation = (): boolean => !useMediaQuery('(prefers-reduced-motion: reduce)');
