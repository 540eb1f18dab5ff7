import type { TranslateFunction } from 'react-admin';
import { enumLabelKey } from '../../i18n/enum-messages';
import type { Reminder } from './calendar-data-provider';

/**
 * An activity type as the calendar names it: the shared label, except that a planned visit is a "Visit" in an
 * agenda, where the shared "Visit report" (what the timeline logs afterwards) would misname an appointment.
 */
export const calendarActivityType = (translate: TranslateFunction, type: string): string =>
  type === 'VISIT_REPORT'
    ? translate('fidele.calendar.visit')
    : translate(enumLabelKey('ActivityType', type), { _: type });

/**
 * A notification's line in the admin's language. The server sends its stable `kind` (kernel/message-codes.ts on the
 * server) and its parameters; the admin composes the sentence, with dates in the reader's locale and activity types
 * and field names translated: "Tâche à échéance le 04/03/2027 18:00 : Relancer le devis". A kind this admin does not
 * know yet, or a notification without parameters, falls back to the server's English line. Times read in `timeZone`
 * (the browser's by default).
 */
export function notificationLine(
  n: Pick<Reminder, 'kind' | 'message' | 'params'>,
  translate: TranslateFunction,
  locale: string,
  timeZone?: string,
): string {
  if (!n.params.length) return n.message;
  const params = Object.fromEntries(n.params.map((p) => [p.name, p.value]));
  const when = (iso: string | undefined) =>
    iso ? new Date(iso).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short', timeZone }) : '';
  const values: Record<string, string> = { ...params };
  if (params.due !== undefined) values.due = when(params.due);
  if (params.at !== undefined) values.at = when(params.at);
  if (params.type !== undefined) values.type = calendarActivityType(translate, params.type);
  if (params.field !== undefined)
    values.field = translate(`resources.contacts.fields.${params.field}`, { _: params.field });
  return translate(`fidele.calendar.notification.${n.kind}`, { _: n.message, ...values });
}
