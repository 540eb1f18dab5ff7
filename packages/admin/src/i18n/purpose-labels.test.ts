import { describe, expect, it } from 'vitest';
import { purposes as seededPurposes } from '../../../server/src/platform/seed/catalog-data';
import { createI18nProvider } from './i18n-provider';
import { translatePurpose, translatePurposeDescription } from './purpose-labels';

describe('purpose labels', () => {
  it('name every purpose the product seeds in English and French, the server name as the fallback', async () => {
    const i18n = createI18nProvider({ en: {}, fr: {} }, 'en');
    const translate = i18n.translate.bind(i18n);
    const english = seededPurposes.map((p) => translatePurpose(translate, { code: p.code, name: 'server name' }));
    // The seed's English names are the English labels.
    expect(english).toEqual(seededPurposes.map((p) => p.name));
    await i18n.changeLocale('fr');
    const french = seededPurposes.map((p) => translatePurpose(translate, { code: p.code, name: p.name }));
    expect(french).toContain('Profilage et analyses');
    for (const [i, p] of seededPurposes.entries()) {
      if (p.name !== 'Marketing') expect(french[i], p.code).not.toBe(p.name);
      expect(translatePurposeDescription(translate, p), p.code).not.toBe(p.description);
    }
  });

  it('show a custom purpose by its server name, or its code when it has none', async () => {
    const i18n = createI18nProvider({ en: {}, fr: {} }, 'fr');
    const translate = i18n.translate.bind(i18n);
    expect(translatePurpose(translate, { code: 'loyalty_club', name: 'Club fidélité' })).toBe('Club fidélité');
    expect(translatePurpose(translate, { code: 'loyalty_club' })).toBe('loyalty_club');
    expect(translatePurposeDescription(translate, { code: 'loyalty_club', description: 'Le club.' })).toBe('Le club.');
    expect(translatePurposeDescription(translate, { code: 'loyalty_club' })).toBeUndefined();
  });
});
