import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import frenchMessages from 'ra-language-french';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { mergeMessages } from '../compose-plugins';
import type { FideleLocale, Messages } from '../plugin';
import { coreMessages } from './core-messages';
import { deliveryReasonMessages } from './delivery-reasons';
import { enumMessages } from './enum-messages';
import { fieldMessages } from './field-messages';
import { purposeMessages } from './purpose-messages';

/** The languages offered in the app bar, each named in its own language. */
export const fideleLocales: { locale: FideleLocale; name: string }[] = [
  { locale: 'en', name: 'English' },
  { locale: 'fr', name: 'Français' },
];

/** react-admin's messages, then the admin's own, the server's field messages, the enum labels, the seeded purposes' names and the delivery reasons, then the plugins' (in the order of the `plugins` prop). */
export function createI18nProvider(
  pluginMessages: Record<FideleLocale, Messages>,
  initialLocale: FideleLocale,
): I18nProvider {
  const base: Record<FideleLocale, Messages> = {
    en: englishMessages as unknown as Messages,
    fr: frenchMessages as unknown as Messages,
  };
  const messages = Object.fromEntries(
    fideleLocales.map(({ locale }) => [
      locale,
      [
        base[locale],
        coreMessages[locale],
        fieldMessages[locale],
        enumMessages[locale] as Messages,
        purposeMessages[locale],
        deliveryReasonMessages[locale],
        pluginMessages[locale],
      ].reduce(mergeMessages),
    ]),
  ) as Record<FideleLocale, Messages>;
  return polyglotI18nProvider(
    // Each merge starts from react-admin's own messages (`base`), so the `ra` keys TranslationMessages requires are there.
    (locale) => (messages[locale as FideleLocale] ?? messages.en) as TranslationMessages,
    initialLocale,
    fideleLocales,
  );
}
