import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

/**
 * react-admin's DateField in the admin's language: without `locales` it formats with the browser's locale, so a
 * French user on an English browser read dates as 12/31/2026. Use it instead of DateField everywhere.
 */
export const LocaleDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField locales={locale} {...props} />;
};
