import { describe, expect, it } from 'vitest';
import type { Messages } from '../../plugin';
import { createI18nProvider } from '../../i18n/i18n-provider';
import { casesTranslations } from '../cases/translations';
import { timelineTranslations } from './translations';
import { timelineLine } from './timeline-line';

const fideleOf = (m: Messages) => m.fidele as Messages;
const messages = (locale: 'en' | 'fr') => ({
  fidele: { ...fideleOf(timelineTranslations[locale]), ...fideleOf(casesTranslations[locale]) },
});

async function lineIn(locale: 'en' | 'fr', item: Parameters<typeof timelineLine>[0]) {
  const i18n = createI18nProvider({ en: messages('en'), fr: messages('fr') } as never, 'en');
  if (locale === 'fr') await i18n.changeLocale('fr');
  return timelineLine(item, i18n.translate, locale === 'fr' ? 'fr-FR' : 'en-GB');
}

const sale = {
  at: '2026-01-01T00:00:00Z',
  kind: 'SALE',
  summary: 'Sale of 518.00 (store)',
  node: { __typename: 'Sale', id: 'S1', total: '518.00', channel: 'STORE' },
} as never;

const response = {
  at: '2026-01-01T00:00:00Z',
  kind: 'RESPONSE',
  summary: 'Responded to A1 (Mail coupon)',
  node: {
    __typename: 'ActionTarget',
    id: 'T1',
    action: { id: 'A1', code: 'SPRING-26', name: 'Printemps' },
    responseChannel: 'MAIL_COUPON',
    conversionSale: null,
  },
} as never;

describe('timeline lines in the admin language (issue 21: server text stayed English)', () => {
  it('composes a sale in French with a French amount and channel', async () => {
    const line = await lineIn('fr', sale);
    expect(line).toMatch(/^Vente de 518,00\s€ \(Magasin\)$/);
    expect(await lineIn('en', sale)).toBe('Sale of €518.00 (Store)');
  });

  it('composes a response with its channel label', async () => {
    expect(await lineIn('fr', response)).toBe('A répondu à SPRING-26 (Coupon-réponse)');
  });

  it('falls back to the server summary for a kind it does not know', async () => {
    const unknown = { ...(sale as object), kind: 'NEW_KIND', node: { __typename: 'Other', id: 'X' } } as never;
    expect(await lineIn('fr', unknown)).toBe('Sale of 518.00 (store)');
  });
});
