import { NumberField, useLocaleState, type NumberFieldProps } from 'react-admin';

/**
 * react-admin's NumberField in the admin's language (amounts read 1 234,50 € in French): without `locales` it
 * formats with the browser's locale. Use it instead of NumberField everywhere.
 */
export const LocaleNumberField = (props: NumberFieldProps) => {
  const [locale] = useLocaleState();
  return <NumberField locales={locale} {...props} />;
};
