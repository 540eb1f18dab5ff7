import type { TranslateFunction } from 'react-admin';
import type { ContactHistory } from './timeline-data-provider';
import type { EnumLabels } from '../../i18n/enum-labels/api-enums';
import { enumLabelKey } from '../../i18n/enum-messages';

type Entry = NonNullable<ContactHistory['timeline']['edges'][number]['node']>;

/**
 * The line of a timeline entry in the admin's language. The server sends each entry's kind and the row behind it
 * (its `summary` is a fixed English line for API clients); the admin composes the sentence from those, so that a
 * French user reads "Vente de 518,00 € (magasin)", with amounts and labels in their locale. An entry of a kind this
 * admin does not know yet falls back to the server's summary.
 */
export function timelineLine(item: Entry, translate: TranslateFunction, locale: string, currency = 'EUR'): string {
  const money = (v: unknown) => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(v ?? 0));
  const label = (enumName: keyof EnumLabels, value: string | null | undefined) =>
    value ? translate(enumLabelKey(enumName, value)) : '';
  const t = (key: string, params: Record<string, unknown> = {}) =>
    translate(`fidele.timeline.line.${key}`, { _: item.summary, ...params });
  const n = item.node;
  switch (n.__typename) {
    case 'Activity': {
      const type = label('ActivityType', n.type);
      const status = n.activityStatus === 'DONE' ? '' : `${label('ActivityStatus', n.activityStatus)} `;
      return t('ACTIVITY', { status, type, subject: n.subject });
    }
    case 'ActionTarget': {
      const action = { code: n.action.code, name: n.action.name };
      if (item.kind === 'RESPONSE') {
        const channel = label('ResponseChannel', n.responseChannel);
        return t(channel ? 'RESPONSE_VIA' : 'RESPONSE', { ...action, channel });
      }
      if (item.kind === 'CONVERSION') return t('CONVERSION', { ...action, amount: money(n.conversionSale?.total) });
      if (item.kind === 'HELD_OUT' || item.kind === 'TARGETING') return t(item.kind, action);
      return item.summary;
    }
    case 'Sale':
      return t('SALE', { amount: money(n.total), channel: label('SaleChannel', n.channel) });
    case 'ServiceCase':
      return t('CASE', {
        reference: n.reference,
        subject: n.subject,
        status: label('CaseStatus', n.caseStatus),
      });
    case 'SurveyInvitation':
      return t('SURVEY_RESPONSE', { survey: n.survey.name });
    case 'ContactKindChange':
      return t('BECAME_CLIENT');
    default:
      return item.summary;
  }
}
