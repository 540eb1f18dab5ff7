import { describe, expect, it } from 'vitest';
import { createI18nProvider } from './i18n-provider';

describe('core messages', () => {
  it('write “label: value” the way each language does: French spaces the colon', async () => {
    const i18n = createI18nProvider({ en: {}, fr: {} }, 'en');
    expect(i18n.translate('fidele.label_colon', { label: 'Priority' })).toBe('Priority:');
    await i18n.changeLocale('fr');
    expect(i18n.translate('fidele.label_colon', { label: 'Priorité' })).toBe('Priorité\u00a0:');
  });
});
