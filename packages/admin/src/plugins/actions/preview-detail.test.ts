import { describe, expect, it } from 'vitest';
import { formatMessage, renderDetailTemplates } from '../../../../server/src/kernel/message-codes';
import { createI18nProvider } from '../../i18n/i18n-provider';
import { messageTranslations } from './message-translations';
import { previewDetail } from './preview-detail';

/** A preview's detail as the server sends it: the code, its parameters and the English line made from them. */
const source = (code: keyof typeof renderDetailTemplates, params: Record<string, string> = {}) => ({
  detailCode: code,
  detailParams: Object.entries(params).map(([name, value]) => ({ name, value })),
  detail: formatMessage(renderDetailTemplates[code], params),
});

describe('why a preview is not sendable, in the reader’s language', () => {
  it('writes every detail in French from its code, the purpose, medium, channel and parts by their labels', async () => {
    const i18n = createI18nProvider(messageTranslations, 'en');
    await i18n.changeLocale('fr');
    const fr = (code: keyof typeof renderDetailTemplates, params?: Record<string, string>) =>
      previewDetail(source(code, params), i18n.translate);
    expect(fr('CONSENT_PURPOSE', { purpose: 'newsletter' })).toBe('pas de consentement à « Lettre d’information »');
    expect(fr('NO_ADDRESS', { channel: 'email' })).toBe('la fiche n’a pas ce moyen de contact : adresse e-mail');
    expect(fr('NO_ADDRESS', { channel: 'mobile' })).toBe('la fiche n’a pas ce moyen de contact : numéro de mobile');
    expect(fr('MEDIUM_SENDS_NONE', { medium: 'MAILING' })).toBe('une action « Publipostage » n’envoie pas de message');
    expect(fr('TEMPLATE_BROKEN', { parts: 'subject, bodyText' })).toBe(
      'le message enregistré ne se lit plus (Objet, Texte) : ouvrez-le dans l’éditeur ci-dessus',
    );
    for (const code of Object.keys(renderDetailTemplates) as (keyof typeof renderDetailTemplates)[]) {
      const params = Object.fromEntries(Object.keys(renderDetailTemplates[code].params).map((p) => [p, 'x']));
      const text = fr(code, params);
      expect(text, code).toBeTruthy();
      // Never the server's English line, nor a placeholder left unfilled.
      expect(text, code).not.toBe(source(code, params).detail);
      expect(text, code).not.toMatch(/%\{/);
    }
  });

  it('shows nothing rather than English for a detail without a code, or with one this admin does not know', () => {
    const i18n = createI18nProvider(messageTranslations, 'fr');
    expect(previewDetail({ detail: 'contact', detailCode: null, detailParams: [] }, i18n.translate)).toBeNull();
    expect(previewDetail({ detail: 'new', detailCode: 'NEW_CODE', detailParams: [] }, i18n.translate)).toBeNull();
  });
});
