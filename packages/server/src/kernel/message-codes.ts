/**
 * The catalogue of the stable codes the server writes for people to read: notification kinds, targeting exclusion
 * reasons, import row errors and job failures. The server stores or sends the code (and, for notifications, an
 * English line made from the code's template and its parameters, for API clients); the admin translates the code
 * with the parameters in the reader's language (packages/admin: `message-codes.test.ts` checks every code here has
 * a French and an English text). This file imports nothing, so the admin's test can read it as it is.
 */

/**
 * How a parameter is written into the English line and read back from it:
 * - `text`: as is;
 * - `enum`: an enum value written in words (`PHONE_CALL` → "phone call"), read back as the value;
 * - `utc-minute`: an instant written `2026-12-07 14:30` (UTC), read back as an ISO string.
 */
export type ParamKind = 'text' | 'enum' | 'utc-minute';

export interface MessageTemplate {
  /** The English line, with `{name}` for each parameter; the API's `message`. */
  en: string;
  /** The parameters, in the order they appear in `en`. */
  params: Record<string, ParamKind>;
}

/** What a notification (`Notification.kind`) can be: one template per kind. */
export const notificationTemplates = {
  /** To a task's assignee when its reminder time passes (collaboration/notifications/reminder.job.ts). */
  TASK_REMINDER: { en: 'Task due {due} UTC: {title}', params: { due: 'utc-minute', title: 'text' } },
  /** To a planned activity's author when its reminder time passes (same job). */
  ACTIVITY_REMINDER: {
    en: 'Planned {type} at {at} UTC: {subject}',
    params: { type: 'enum', at: 'utc-minute', subject: 'text' },
  },
  /** To the steward of a field when a change of it waits for a decision (contacts/stewardship). */
  CHANGE_PROPOSAL: { en: 'A change of {field} on a contact awaits your decision.', params: { field: 'text' } },
} as const satisfies Record<string, MessageTemplate>;

export type NotificationKind = keyof typeof notificationTemplates;
export const notificationKinds = Object.keys(notificationTemplates) as NotificationKind[];

/** Why a targeting left a candidate out (the `ExclusionReason` enum, in the order the rules are checked). */
export const exclusionReasons = [
  'RESTRICTED',
  'OUT_OF_SCOPE',
  'ALREADY_TARGETED',
  'NO_CONSENT',
  'CHANNEL_OPT_OUT',
  'NO_CHANNEL_ADDRESS',
  'PRESSURE_CAP',
  'LOWER_PRIORITY',
] as const;

/**
 * The `detail` of a targeting exclusion, by reason (ALREADY_TARGETED has none): the English text the API has always
 * given, and the parameters `TargetingExclusion.detailParams` reads back from it.
 */
export const exclusionDetailTemplates = {
  /** `state`: erased, merged or deleted. */
  RESTRICTED: { en: '{state}', params: { state: 'text' } },
  OUT_OF_SCOPE: { en: "not of the action's brand", params: {} },
  /** `purpose`: the code of the purpose the action requires. */
  NO_CONSENT: { en: '{purpose}', params: { purpose: 'text' } },
  /** `medium`: the action's medium (ActionMedium). */
  CHANNEL_OPT_OUT: { en: '{medium}', params: { medium: 'text' } },
  NO_CHANNEL_ADDRESS: { en: '{medium}', params: { medium: 'text' } },
  PRESSURE_CAP: {
    en: 'rule {rule}: {count} of {max} in {days} days',
    params: { rule: 'text', count: 'text', max: 'text', days: 'text' },
  },
  /** `actions`: the codes of the higher-priority actions that took the contact, comma-separated. */
  LOWER_PRIORITY: { en: '{actions}', params: { actions: 'text' } },
} as const satisfies Partial<Record<(typeof exclusionReasons)[number], MessageTemplate>>;

/**
 * Why an action's message would not reach one contact, in detail (`ActionMessagePreview.detailCode`, and the
 * `detail` of a skipped delivery): the English text the API has always given, and its parameters, which the admin
 * puts into the code's sentence in the reader's language.
 */
export const renderDetailTemplates = {
  /** `purpose`: the code of the purpose the action requires. */
  CONSENT_PURPOSE: { en: "the contact's consent does not cover {purpose}", params: { purpose: 'text' } },
  /** A staff caller's declared purpose does not let them read this contact's personal fields. */
  REQUEST_PURPOSE: { en: "REQUEST_PURPOSE: the request's purpose does not cover this contact", params: {} },
  /** `channel`: the contact's column the medium is addressed to, `email` or `mobile`. */
  NO_ADDRESS: { en: 'no {channel}', params: { channel: 'text' } },
  EMAIL_INVALID: { en: 'e-mail invalid', params: {} },
  /** `medium`: the action's medium (ActionMedium), one that carries no message. */
  MEDIUM_SENDS_NONE: { en: '{medium} actions send no message', params: { medium: 'text' } },
  /** `parts`: the parts of the saved message that no longer read (subject, bodyText, bodyHtml), comma-separated. */
  TEMPLATE_BROKEN: { en: 'the saved message no longer reads in: {parts}', params: { parts: 'text' } },
} as const satisfies Record<string, MessageTemplate>;

export type RenderDetailCode = keyof typeof renderDetailTemplates;

/** The comment the server writes on a case's opening event (the admin shows it in the reader's language). */
export const caseOpenedComment = 'Case opened';

/** How a LOWER_PRIORITY detail names a winning action the reader may not see (the admin translates it). */
export const hiddenActionName = 'an action of another brand';

/**
 * The codes of an import's row errors (`ImportRowError.code`): the import engine's own, the data-quality checks'
 * (contacts/quality/normalize.ts) and the duplicate checks'. The row's `message` stays an English detail.
 */
export const importErrorCodes = [
  'AMBIGUOUS_KEY',
  'CHANNEL_NOT_OFFERED',
  'CITY_MISMATCH',
  'COLUMN_COUNT',
  'CONFLICT',
  'CONSENT_REQUIRED',
  'CONTACT_DELETED',
  'DUPLICATE_EMAIL',
  'DUPLICATE_IN_FILE',
  'DUPLICATE_SUSPECTED',
  'FILE_TOO_LARGE',
  'FORBIDDEN',
  'IMPORT_FAILED',
  'INVALID_COUNTRY',
  'INVALID_DATE',
  'INVALID_EMAIL',
  'INVALID_ENCODING',
  'INVALID_NUMBER',
  'INVALID_PHONE',
  'INVALID_POSTAL_CODE',
  'INVALID_VALUE',
  'MISSING_COLUMN',
  'MISSING_KEY',
  'MISSING_VALUE',
  'NOT_FOUND',
  'NOT_TARGETED',
  'OUT_OF_SCOPE',
  'UNKNOWN_CONTACT',
  'UNKNOWN_POSTAL_CODE',
  'UNKNOWN_REFERENCE',
  'UNREADABLE_FILE',
  'VALIDATION',
  'VALUE_TOO_LONG',
  'WRITE_FAILED',
] as const;

/**
 * Why a message was not sent, or bounced (`MessageDelivery.reason`): the targeting rules checked again at sending
 * time, the rendering's and the channels' codes. A provider's refusal carries its status: `SMTP_550`, `SMS_400`
 * (`deliveryReasonPrefixes`, each translated once with the status as a parameter).
 */
export const deliveryReasons = [
  'NO_CONSENT',
  'CHANNEL_OPT_OUT',
  'NO_CHANNEL_ADDRESS',
  'RESTRICTED',
  'OUT_OF_SCOPE',
  'NO_MESSAGE',
  'NOT_FOUND',
  'MAX_ATTEMPTS',
  'NO_ADAPTER',
  'MAIL_OFF',
  'HARD_BOUNCE',
  'COMPLAINT',
  'SMS_NOT_MOBILE',
] as const;
export const deliveryReasonPrefixes = ['SMTP', 'SMS'] as const;

/** The codes of a failed or interrupted job run (`JobRun.errorCode`): an API error's code, else these. */
export const jobErrorCodes = [
  'INTERNAL',
  'JOB_INTERRUPTED',
  'BUSY',
  'TIMEOUT',
  'CONFLICT',
  'VALIDATION',
  'NOT_FOUND',
  'FORBIDDEN',
] as const;

const words = (value: string) => value.toLowerCase().replace(/_/g, ' ');
const minute = (iso: string) => iso.slice(0, 16).replace('T', ' ');

const write = (kind: ParamKind, value: string) =>
  kind === 'enum' ? words(value) : kind === 'utc-minute' ? minute(value) : value;

const read = (kind: ParamKind, value: string) =>
  kind === 'enum'
    ? value.toUpperCase().replace(/ /g, '_')
    : kind === 'utc-minute'
      ? `${value.replace(' ', 'T')}:00.000Z`
      : value;

/** The English line of a template with its parameters (an instant as an ISO string, an enum as its value). */
export function formatMessage(template: MessageTemplate, params: Record<string, string>): string {
  return template.en.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`message parameter ${name} is missing`);
    return write(template.params[name]!, value);
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The parameters of a line written by `formatMessage`, or null when the line does not follow the template (a row
 * written before the catalogue). The last parameter takes the rest of the line, so a title may hold any text.
 */
export function parseMessage(template: MessageTemplate, message: string): Record<string, string> | null {
  const names: string[] = [];
  const source = template.en
    .split(/(\{\w+\})/)
    .map((part) => {
      const m = /^\{(\w+)\}$/.exec(part);
      if (!m) return escape(part);
      names.push(m[1]!);
      return '(.*?)';
    })
    .join('');
  const match = new RegExp(`^${source}$`, 's').exec(message);
  if (!match) return null;
  return Object.fromEntries(names.map((name, i) => [name, read(template.params[name]!, match[i + 1]!)]));
}
