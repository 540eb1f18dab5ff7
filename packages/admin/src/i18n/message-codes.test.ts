import { describe, expect, it } from 'vitest';
import {
  caseOpenedComment,
  deliveryReasonPrefixes,
  deliveryReasons,
  exclusionDetailTemplates,
  exclusionReasons,
  formatMessage,
  hiddenActionName,
  importErrorCodes,
  jobErrorCodes,
  notificationKinds,
  notificationTemplates,
  parseMessage,
  renderDetailTemplates,
} from '../../../server/src/kernel/message-codes';
import type { FideleLocale, Messages } from '../plugin';
import { calendarTranslations } from '../plugins/calendar/translations';
import { caseOpenedComment as adminCaseOpened } from '../plugins/cases/case-choices';
import { casesTranslations } from '../plugins/cases/translations';
import { notificationLine } from '../plugins/calendar/notification-line';
import { importsTranslations } from '../plugins/imports/translations';
import { jobsTranslations } from '../plugins/jobs/translations';
import { messageTranslations } from '../plugins/actions/message-translations';
import { exclusionDetail, hiddenActionName as adminHiddenAction } from '../plugins/segments/exclusion-detail';
import { segmentsTranslations } from '../plugins/segments/translations';
import { createI18nProvider } from './i18n-provider';
import { enumMessages } from './enum-messages';
import { deliveryReasonMessages } from './delivery-reasons';

/**
 * Every code of the server's catalogue (packages/server/src/kernel/message-codes.ts) reads in French and in English
 * in the admin: a code added on the server without its two texts fails here (issue 21: server text stayed English).
 */
const locales: FideleLocale[] = ['en', 'fr'];

/** The texts under `fidele.<plugin>.<group>` of a plugin's translations in a locale. */
const group = (translations: Record<FideleLocale, Messages>, locale: FideleLocale, plugin: string, name: string) =>
  ((translations[locale].fidele as Messages)[plugin] as Messages)[name] as Record<string, string>;

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translations of the server’s message codes', () => {
  it.each(locales)('has a %s text for each notification kind, with exactly its parameters', (locale) => {
    const texts = group(calendarTranslations, locale, 'calendar', 'notification');
    expect(Object.keys(texts).sort()).toEqual([...notificationKinds].sort());
    for (const kind of notificationKinds) {
      expect(placeholders(texts[kind]!)).toEqual(Object.keys(notificationTemplates[kind].params).sort());
    }
  });

  it('writes each notification in French from its parameters, and falls back to the English line', async () => {
    const i18n = createI18nProvider({ en: calendarTranslations.en, fr: calendarTranslations.fr }, 'en');
    await i18n.changeLocale('fr');
    const params = {
      TASK_REMINDER: { due: '2027-03-04T17:00:00.000Z', title: 'Relancer le devis' },
      ACTIVITY_REMINDER: { type: 'MEETING', at: '2027-03-05T10:30:00.000Z', subject: 'Visite du showroom' },
      CHANGE_PROPOSAL: { field: 'email' },
    };
    const lines = notificationKinds.map((kind) => {
      const n = {
        kind,
        message: formatMessage(notificationTemplates[kind], params[kind]),
        params: Object.entries(params[kind]).map(([name, value]) => ({ name, value })),
      };
      return notificationLine(n, i18n.translate, 'fr-FR', 'Europe/Paris');
    });
    expect(lines).toEqual([
      'Tâche à échéance le 04/03/2027 18:00 : Relancer le devis',
      'Rendez-vous le 05/03/2027 11:30 : Visite du showroom',
      'Une modification du champ « email » d’un contact attend votre décision.',
    ]);
    const unknown = { kind: 'SOMETHING_NEW', message: 'Something new', params: [{ name: 'x', value: '1' }] };
    expect(notificationLine(unknown, i18n.translate, 'fr-FR')).toBe('Something new');
    const older = { kind: 'TASK_REMINDER', message: 'Reminder: call back', params: [] };
    expect(notificationLine(older, i18n.translate, 'fr-FR')).toBe('Reminder: call back');
  });

  it.each([
    ['import row error', importsTranslations, 'imports', importErrorCodes],
    ['job failure', jobsTranslations, 'jobs', jobErrorCodes],
  ] as const)('has a French and an English text, different, for each %s code', (_, translations, plugin, codes) => {
    const [en, fr] = locales.map((l) => group(translations, l, plugin, 'error_code'));
    expect(Object.keys(en!).sort()).toEqual([...codes].sort());
    expect(Object.keys(fr!).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      expect(en![code]).toMatch(/\w/);
      expect(fr![code]).not.toBe(en![code]);
    }
  });

  it.each(locales)('has a %s text for each exclusion detail, with exactly its parameters', (locale) => {
    const report = (segmentsTranslations[locale].fidele as Messages).segments as Messages;
    const texts = (report.report as Messages).detail_text as Record<string, string>;
    expect(Object.keys(texts).sort()).toEqual(Object.keys(exclusionDetailTemplates).sort());
    for (const [reason, template] of Object.entries(exclusionDetailTemplates)) {
      expect(placeholders(texts[reason]!), reason).toEqual(Object.keys(template.params).sort());
    }
  });

  it.each(locales)('has a %s text for each reason a message is not rendered, with exactly its parameters', (locale) => {
    const texts = group(messageTranslations, locale, 'message', 'detail');
    expect(Object.keys(texts).sort()).toEqual(Object.keys(renderDetailTemplates).sort());
    for (const [code, template] of Object.entries(renderDetailTemplates))
      expect(placeholders(texts[code]!), code).toEqual(Object.keys(template.params).sort());
  });

  it('writes exclusion details in French from the server’s text, and keeps a text it cannot read', async () => {
    const i18n = createI18nProvider({ en: segmentsTranslations.en, fr: segmentsTranslations.fr }, 'en');
    await i18n.changeLocale('fr');
    const line = (reason: keyof typeof exclusionDetailTemplates, params: Record<string, string>) => {
      const detail = formatMessage(exclusionDetailTemplates[reason], params);
      const parsed = parseMessage(exclusionDetailTemplates[reason], detail)!;
      const detailParams = Object.entries(parsed).map(([name, value]) => ({ name, value }));
      return exclusionDetail({ reason, detail, detailParams }, i18n.translate);
    };
    expect(line('PRESSURE_CAP', { rule: '3', count: '2', max: '2', days: '90' })).toBe(
      'Règle 3 : 2 sollicitations sur 2 en 90 jours',
    );
    expect(line('RESTRICTED', { state: 'merged' })).toBe('Contact fusionné');
    expect(line('OUT_OF_SCOPE', {})).toBe('Hors de la marque de l’action');
    expect(adminHiddenAction).toBe(hiddenActionName);
    expect(line('LOWER_PRIORITY', { actions: `A1, ${hiddenActionName}` })).toBe(
      'Laissé aux actions prioritaires : A1, une action d’une autre marque',
    );
    expect(line('CHANNEL_OPT_OUT', { medium: 'EMAIL' })).toMatch(/^Opposé au canal : [A-Z][^.]+$/);
    expect(exclusionDetail({ reason: 'NEW_RULE', detail: 'some rule', detailParams: [] }, i18n.translate)).toBe(
      'some rule',
    );
  });

  it('has a French and an English text for each delivery reason, a provider’s refusal with its status', () => {
    const [en, fr] = locales.map((l) => group(deliveryReasonMessages, l, 'sending', 'reasons'));
    for (const code of [...deliveryReasons, ...deliveryReasonPrefixes]) {
      expect(en![code], code).toMatch(/\w/);
      expect(fr![code], code).toMatch(/\w/);
      expect(fr![code], code).not.toBe(en![code]);
    }
    for (const prefix of deliveryReasonPrefixes) expect(placeholders(fr![prefix]!)).toEqual(['code']);
  });

  it('knows the server’s case-opening comment and has it in French and English', () => {
    expect(adminCaseOpened).toBe(caseOpenedComment);
    const [en, fr] = locales.map((l) => group(casesTranslations, l, 'cases', 'opened_comment') as unknown as string);
    expect(en).toBe(caseOpenedComment);
    expect(fr).toBe('Dossier ouvert');
  });

  it.each(locales)('has a %s label for each exclusion reason', (locale) => {
    const labels = enumMessages[locale].fidele.enum.ExclusionReason as Record<string, string>;
    for (const reason of exclusionReasons) expect(labels[reason], reason).toMatch(/\w/);
  });
});
