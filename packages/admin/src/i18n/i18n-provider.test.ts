import { describe, expect, it } from 'vitest';
import type { Messages } from '../plugin';
import { overviewTranslations } from '../plugins/overview/translations';
import { builtInPlugins } from '../plugins/built-in';
import { coreMessages } from './core-messages';
import { enumLabelKey, enumMessages } from './enum-messages';
import { createI18nProvider } from './i18n-provider';

const keys = (m: Messages, prefix = ''): string[] =>
  Object.entries(m).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));

describe('translations', () => {
  it('English and French have the same keys', () => {
    expect(keys(coreMessages.fr)).toEqual(keys(coreMessages.en));
    expect(keys(overviewTranslations.fr)).toEqual(keys(overviewTranslations.en));
    expect(keys(enumMessages.fr as Messages)).toEqual(keys(enumMessages.en as Messages));
    for (const plugin of builtInPlugins()) {
      expect(keys(plugin.translations?.fr ?? {}), plugin.name).toEqual(keys(plugin.translations?.en ?? {}));
    }
  });

  it('label every enum value in both languages, plugins on top of react-admin', async () => {
    const i18n = createI18nProvider(overviewTranslations, 'en');
    expect(i18n.translate(enumLabelKey('ContactKind', 'FORMER_CLIENT'))).toBe('Former client');
    expect(i18n.translate('fidele.overview.products')).toBe('Products');
    expect(i18n.translate('ra.action.save')).toBe('Save');
    await i18n.changeLocale('fr');
    expect(i18n.translate(enumLabelKey('ContactKind', 'FORMER_CLIENT'))).toBe('Ancien client');
    expect(i18n.translate('fidele.overview.products')).toBe('Produits');
    expect(i18n.translate('ra.action.save')).toBe('Enregistrer');
    // The label records are typed by the SDK's enums, so their keys are every value of the API.
    for (const kind of Object.keys(enumMessages.en.fidele.enum.ContactKind))
      expect(i18n.translate(enumLabelKey('ContactKind', kind))).not.toContain('fidele.');
    for (const medium of Object.keys(enumMessages.en.fidele.enum.ActionMedium))
      expect(i18n.translate(enumLabelKey('ActionMedium', medium))).not.toContain('fidele.');
    expect(i18n.getLocales?.()).toEqual([
      { locale: 'en', name: 'English' },
      { locale: 'fr', name: 'Français' },
    ]);
  });
});
