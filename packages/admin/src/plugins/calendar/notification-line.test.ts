import { describe, expect, it } from 'vitest';
import { createI18nProvider } from '../../i18n/i18n-provider';
import { calendarTranslations } from './translations';
import { calendarActivityType } from './notification-line';

describe('activity types in the calendar', () => {
  it('takes the shared label, except "Visit" for a planned visit report', async () => {
    const i18n = createI18nProvider({ en: calendarTranslations.en, fr: calendarTranslations.fr }, 'en');
    expect(calendarActivityType(i18n.translate, 'MEETING')).toBe('Meeting');
    expect(calendarActivityType(i18n.translate, 'VISIT_REPORT')).toBe('Visit');
    await i18n.changeLocale('fr');
    expect(calendarActivityType(i18n.translate, 'CALL')).toBe('Appel');
    expect(calendarActivityType(i18n.translate, 'VISIT_REPORT')).toBe('Visite');
    expect(calendarActivityType(i18n.translate, 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
});
