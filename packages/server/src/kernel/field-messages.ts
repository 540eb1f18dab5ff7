/**
 * The catalogue of field-message codes: why one input field of a VALIDATION error is wrong (issue 21). Each field
 * problem carries its `code` (SCREAMING_SNAKE, stable: clients translate it), its `params` and an English `message`
 * made from the code's template below, `%{name}` standing for a parameter (the placeholder syntax of the admin's
 * translations). The admin has a French and an English text for every code (packages/admin/src/i18n/
 * field-messages.ts; its test reads this file, which therefore imports nothing).
 *
 * A new rule reuses a code whose words fit, or adds one here: `Problems` accepts no bare string.
 *
 * @example fieldMessage('INTEGER_RANGE', { min: 0, max: 365 })
 * // { code: 'INTEGER_RANGE', params: { min: 0, max: 365 }, message: 'an integer from 0 to 365' }
 */
export const fieldMessageTemplates = {
  // Presence and text
  REQUIRED: 'required',
  /** `kind`: a TriggerKind (see fieldMessageValueParams). */
  REQUIRED_FOR: 'required for %{kind}',
  REQUIRED_WITH: 'required with %{field}',
  REQUIRED_MAX_LENGTH: 'required, at most %{max} characters',
  NOT_BLANK: 'must not be blank',
  TEXT_EXPECTED: 'text expected',
  TOO_LONG: 'at most %{max} characters',
  TOO_SHORT: 'at least %{min} characters',
  ONE_LINE: 'one line only',
  CODE_LENGTH: 'a code of %{min} to %{max} characters',
  NAME_LENGTH: 'a name of %{min} to %{max} characters',
  TITLE_LENGTH: 'a title of %{min} to %{max} characters',
  SUBJECT_LENGTH: 'a subject of %{min} to %{max} characters',
  LABEL_LENGTH: 'a label of %{min} to %{max} characters',
  INVALID_UNICODE: 'contains invalid Unicode (a lone surrogate)',
  CONTROL_CHARACTER: 'contains a control character',
  CONTROL_CHARACTER_OR_LINE_BREAK: 'contains a control character or a line break',
  ONE_OF: 'one of: %{options}',
  EMAIL_EXPECTED: 'a valid e-mail address',
  EMAIL_OR_PHONE_REQUIRED: 'an e-mail or a phone number is required',

  // Numbers
  INTEGER: 'an integer',
  INTEGER_RANGE: 'an integer from %{min} to %{max}',
  WHOLE_NUMBER: 'not a whole number',
  NOT_A_NUMBER: 'not a number',
  BETWEEN: 'between %{min} and %{max}',
  RANGE: 'from %{min} to %{max}',
  DAYS_RANGE: 'from %{min} to %{max} days',
  AT_LEAST: 'at least %{min}',
  AT_MOST: 'at most %{max}',
  WHOLE_PERCENT: 'a whole percentage from %{min} to %{max}',
  NOT_NEGATIVE: 'must not be negative',
  NOT_DECIMAL: 'not a decimal number',
  TWO_DECIMALS: 'at most two decimals',
  TOO_LARGE: 'too large',
  MIN_ABOVE_MAX: 'min must not exceed max',
  AT_LEAST_FIELD: 'must be at least %{field}',

  // Dates and periods
  NOT_A_DATE: 'not a date',
  DATE_WINDOW: 'must be between %{min} and %{max}',
  NOT_IN_FUTURE: 'not in the future',
  AFTER_FIELD: 'after %{field}',
  MUST_COME_AFTER: 'must come after %{field}',
  NOT_AFTER_FIELD: '%{from} must not be after %{to}',
  AT_OR_BEFORE_FIELD: 'at or before %{field}',
  AT_OR_BEFORE_DUE_DATE: 'at or before the due date',
  PERIOD_TOO_LONG: 'a period of at most ten years',
  RANGE_TOO_LONG: 'a range of at most %{max} days',

  // References
  UNKNOWN_ID: 'unknown id',
  UNKNOWN_BRAND: 'unknown brand',
  UNKNOWN_OR_FOREIGN_BRAND: 'unknown brand, or outside your brands',
  UNKNOWN_OR_FOREIGN_ZONE: 'unknown zone, or outside your zones',
  NOT_YOUR_BRAND: 'not one of your brands',
  UNKNOWN_STAFF_USER: 'unknown staff user',
  UNKNOWN_ACTION: 'unknown marketing action',
  UNKNOWN_CONTACT: 'unknown contact',
  UNKNOWN_PRODUCT: 'unknown product',
  UNKNOWN_PRODUCT_CODE: 'unknown product code "%{code}"',
  UNKNOWN_PRODUCT_CATEGORY: 'unknown product category',
  UNKNOWN_CATEGORY_CODE: 'unknown product category "%{code}"',
  UNKNOWN_PURPOSE: 'unknown or inactive purpose',
  UNKNOWN_PURPOSE_CODE: 'unknown purpose "%{code}"',
  PURPOSE_CODE_REQUIRED: 'give a purpose code',
  UNKNOWN_TARGET: 'unknown target',
  UNKNOWN_EVENT: 'unknown event (one of %{events})',
  DUPLICATE_ACTION_CODE: 'another action has this code',
  DUPLICATE_PRODUCT_CODE: 'another product has this code',
  DUPLICATE_EXTERNAL_REF: 'another sale has this external reference',
  CONTACT_DELETED: 'the contact is deleted',
  /** Also a targeting exclusion reason (kernel/message-codes.ts). */
  RESTRICTED: 'the contact is deleted or merged',
  OUT_OF_SCOPE: "the contact is not of the action's brand",

  // Contacts (the data-quality codes of contacts/quality/normalize.ts)
  NAME_OR_COMPANY_REQUIRED: 'a contact needs a last name or a company name',
  ONLY_FOR_CONTACT_KIND: 'only for contacts of kind %{kind}',
  INVALID_COUNTRY: 'ISO 3166-1 alpha-2 code expected, e.g. FR',
  INVALID_EMAIL: 'not a valid e-mail address',
  INVALID_PHONE: 'not a valid phone number for %{country} (or in international form +…)',
  INVALID_POSTAL_CODE: 'a French postal code has 5 digits',
  UNKNOWN_POSTAL_CODE: 'no commune has the postal code %{postalCode}',
  /** The field problem's `suggestion` proposes the closest commune, and the English line adds `: did you mean "…"?`. */
  CITY_MISMATCH: '"%{city}" is not a commune of %{postalCode}',

  // Marketing actions, sequences, targeting, triggers
  ACTION_ENDS_BEFORE_START: 'the action cannot end before it starts',
  ACTION_TAKES_NO_TARGETS: 'the action is %{status}: it takes no more targets',
  ACTION_SENDS_NOTHING: 'the action is %{status}: it sends nothing',
  ACTION_HAS_NO_MESSAGE: 'the action has no message to send: write it first',
  ACTION_HAS_NO_TARGET: 'the action has no target to send to: target it first',
  NO_SENDING_CHANNEL: 'no channel of this deployment sends %{medium}',
  CHANNEL_NOT_OFFERED: 'the action does not offer this channel (it offers %{offered})',
  CONTACT_REQUIRED: 'give at least one contact',
  SEGMENT_OR_CONTACTS: 'give either a segment or a list of contacts',
  RESPONSE_BEFORE_TARGETING: 'a response cannot come before the targeting',
  RESPONSE_IN_FUTURE: 'a response cannot be in the future',
  ONLY_WITH_PREVIOUS_ACTION: 'only with previousAction',
  FOLLOW_UP_OTHER_BRAND: 'a follow-up is of the same brand as the previous action',
  FOLLOW_UP_TOO_EARLY: 'a follow-up cannot start before the previous action',
  FOLLOW_UP_CYCLE: 'this link would make a cycle of follow-ups',
  SEQUENCE_TOO_LONG: 'a sequence has at most %{max} steps',
  PRESSURE_ALL_BRANDS_ADMIN_ONLY: 'only an administrator may cap every brand: choose one of your brands',
  SCORES_BRAND_REQUIRED: 'required: scores are read one brand at a time, choose one of your brands',
  TRIGGER_BRAND_OF_ACTION: "a trigger of a brand's action has the action's brand",
  TRIGGER_NO_BRAND_ADMIN_ONLY: 'one of your brands (a trigger of no brand is for admins)',
  NOT_A_TRIGGER_PARAMETER: 'not a parameter of %{kind}',
  SAME_SEGMENT: 'a change goes to another segment than `from`',

  // Messages (messaging/messages)
  NO_MESSAGE_CHANNEL: 'a %{medium} action sends no message',
  SMS_TOO_LONG: 'an SMS is at most %{max} characters',
  /** `part`: `subject` or `HTML body` (see fieldMessageValueParams). */
  NOT_FOR_SMS: 'an SMS has no %{part}',
  OUT_OF_RANGE: 'from %{min} to %{max} messages a minute',
  INVALID_SENDER: 'an address, optionally with a name: Name <address@example.com>',
  /** An unclosed `{{` or a malformed merge field name; `text` is the start of the placeholder. */
  TEMPLATE_SYNTAX: '"%{text}" at %{at} is not a well-formed merge field {{name}}',
  UNKNOWN_MERGE_FIELD: 'unknown merge field "%{name}" at %{at}',

  // Sales and products
  SALE_NEEDS_LINE: 'a sale needs at least one line',
  PRODUCT_OR_CODE: 'give either product or productCode',
  SALE_BEFORE_CONVERTED_TARGETING: 'the sale converts a target: it cannot come before the targeting',
  TARGET_OF_OTHER_CONTACT: 'the target is not of the same contact',
  TARGET_ALREADY_CONVERTED: 'the target was already converted by another sale',
  SALE_BEFORE_TARGETING: 'the sale comes before the targeting',
  TARGET_OF_OTHER_ACTION: 'the target is of another action than attributedAction',

  // Work: tasks, activities, cases, assignees
  TASK_LINK_REQUIRED: 'a task is about a contact, a marketing action or both: give at least one',
  ONLY_FOR_DONE_TASK: 'only for a task whose status is DONE',
  ONLY_FOR_DONE_ACTIVITY: 'only for a DONE activity',
  ONLY_FOR_PLANNED_ACTIVITY: 'only for a PLANNED activity',
  ACTIVITY_STATUS_FINAL: 'a %{status} activity keeps its status; only a PLANNED one becomes DONE or CANCELLED',
  PLANNED_IN_FUTURE: 'a planned activity is in the future',
  CASE_STATUS_MOVE: 'a %{from} case may move to %{allowed}, not %{to}',
  UNKNOWN_ASSIGNEE: 'unknown or inactive staff user',
  ROLE_CANNOT_TAKE_WORK: 'a %{role} user cannot take this work',
  ASSIGNEE_CANNOT_SEE_CONTACT: 'this user may not see the contact',
  ASSIGNEE_CANNOT_SEE_ACTION: 'this user may not see the marketing action',

  // Surveys
  SURVEY_NO_BRAND_ADMIN_ONLY: 'only an admin may make a survey of no brand',
  QUESTION_COUNT: '%{min} to %{max} questions',
  ONE_NPS_QUESTION: 'at most one NPS question',
  CHOICE_OPTIONS: 'a choice needs 2 to 20 options of 1 to 100 characters',
  DISTINCT_OPTIONS: 'options must be distinct',
  ONLY_FOR_QUESTION_TYPE: 'only for a %{type} question',
  NOT_FOR_QUESTION_TYPE: 'not for a %{type} question',
  RATING_SCALE: 'a scale of 2 to 10',
  NOT_A_SURVEY_QUESTION: 'not a question of this survey',
  ANSWERED_TWICE: 'answered twice',
  QUESTION_REQUIRED: 'question %{position} ("%{label}") is required',

  // Webhooks
  EVENT_REQUIRED: 'at least one event',
  NOT_ABSOLUTE_URL: 'not an absolute URL',
  HTTP_URL_ONLY: 'only http and https URLs',
  URL_WITH_CREDENTIALS: 'no user name or password in the URL',
  RECEIVER_NOT_PUBLIC: 'not a public address: receivers must be public unless listed in FIDELE_WEBHOOK_ALLOW_HOSTS',
  RECEIVER_UNRESOLVED:
    'the host name does not resolve: receivers must be public unless listed in FIDELE_WEBHOOK_ALLOW_HOSTS',
  RECEIVER_RESOLVES_PRIVATE:
    'the host name resolves to a non-public address: receivers must be public unless listed in FIDELE_WEBHOOK_ALLOW_HOSTS',

  // Refusals of a whole operation on one argument
  SALE_TOTAL_TOO_LARGE: 'the sale total or margin exceeds 9,999,999,999.99',
  ID_OR_CODE: 'give the id or the code',
  ID_OR_REFERENCE: 'give either id or reference',
  ACTION_HAS_TARGETS: 'contacts were targeted by this action: cancel it instead',
  CONTACT_ERASED: 'this contact was erased: it cannot be restored',
  CLOSED_CASE_NOT_REASSIGNED: 'a CLOSED case cannot be reassigned',
  DOCUMENT_ONE_OWNER: 'attach the document to exactly one contact or one action',
  PASSWORD_UNCHANGED: 'must differ from the current password',
  INACTIVE_STAFF_USER: 'not an active staff user',
  DUPLICATE_REASON_REQUIRED: 'forcing a duplicate e-mail needs a reason',
  TARGET_CONVERTED: 'this target was converted into a sale',
  MUST_BE_AFTER_FIELD: 'must be after %{field}',
  GIVEN_TWICE: 'given twice',
  KIND_OR_PURPOSE: 'give a contact kind or a purpose, not both',
  MONTHS_RANGE: 'a whole number of months from %{min} to %{max}',
  UNKNOWN_PURPOSES: 'unknown or inactive purpose: %{codes}',
  SURVEY_STATUS_NOT_DRAFT: 'the survey is %{status}: only a DRAFT survey can be changed',
  SURVEY_STATUS_NOT_OPEN: 'the survey is %{status}: only an OPEN survey can be closed',
  SURVEY_PURPOSE_MISSING: 'the purpose "%{purpose}" surveys are sent under is not configured',
  SURVEY_BRAND_REQUIRED: 'required (the brand the survey speaks for)',
  SURVEY_AUDIENCE: 'give exactly one of segment, contacts or filter',
  SURVEY_CLOSED: 'the survey is CLOSED',
  CALL_LIST_MEDIUM: 'a call list is for a TELEMARKETING action, not %{medium}',
  ASSIGNEE_COUNT: '%{min} to %{max} staff users',
  ROLE_MAY_NOT_WRITE_FIELD: '%{role} may not write the confidential field %{field}',
  ACTIVE_USER_OF_ROLE: 'an active %{role} user',
  REJECTION_REASON: 'say why, in %{min} to %{max} characters',

  // Request bodies, ids and cursors (HTTP routes, scalars, pagination)
  NOT_JSON: 'not JSON',
  INVALID_JSON: 'not valid JSON',
  JSON_OBJECT_REQUIRED: 'a JSON object is required',
  OBJECT_EXPECTED: 'an object',
  LIST_REQUIRED: 'a list is required',
  NUMBER_EXPECTED: 'a number',
  NON_BLANK_TEXT: 'a non-blank string of at most %{max} characters',
  BODY_TOO_LARGE: 'larger than %{max} bytes',
  /** A value GraphQL's own coercion refused (a query-string filter of an HTTP route); `reason` is graphql-js's. */
  INVALID_INPUT: 'not valid: %{reason}',
  NOT_A_GLOBAL_ID: 'not a global id',
  CONTACT_REF_OR_ID: 'give { "externalRef": ... } or { "id": ... }',
  ID_OF_TYPE: 'expected the id of a %{typename}',
  GLOBAL_ID_OF_TYPE: 'expected the global id of a %{typename}',
  NOT_A_CURSOR: 'not a cursor of this list',
  FORWARD_ONLY: 'pages go forward only: use first and after',
  DATE_SYNTAX: 'expected an ISO-8601 date or date-time, e.g. 2026-11-22T10:00:00Z',
  NOT_A_CALENDAR_DATE: '%{date} is not a calendar date',
  NOT_A_TIME_OF_DAY: 'not a time of day',
  NOT_A_UTC_OFFSET: 'not a UTC offset',
  DECIMAL_SYNTAX: 'expected a decimal number such as "12.50"',
  FILE_NAME_HEADER: 'a file name of 1 to 255 characters (URI-encoded header)',

  // Imports and exports (integration)
  UNKNOWN_IMPORT_ENTITY: 'unknown entity %{entity}',
  IMPORT_KEY: 'the key of %{entity} is one of %{keys}',
  UNKNOWN_IMPORT_FIELD: 'unknown field "%{field}" for %{entity}: one of %{fields}',
  /** `size` is written with its unit: "10 MiB", "512 KiB", "10 bytes". */
  FILE_LARGER_THAN: 'the file is larger than %{size}: split it',
  WORKBOOK_EXPANDS: 'the workbook expands to more than %{size}: split it, or save it as CSV',
  WORKBOOK_TEXT_TABLE_EXPANDS: "the workbook's text table expands to more than %{size}: split it, or save it as CSV",
  GRAPHQL_EXPORT_TOO_LARGE:
    '%{rows} contacts: the GraphQL export answers at most %{max}; download larger lists from GET /export/contacts',

  // Inbound e-mail reports and delivery events (messaging/inbound)
  EVENTS_REQUIRED: 'a list of at least one event',
  TOO_MANY_EVENTS: 'at most %{max} events per request',
  NOT_A_READABLE_EMAIL: 'not a readable e-mail',
  REPORT_WITHOUT_MESSAGE_ID: 'no Original-Message-ID or returned Message-ID in the report',
  REPORT_WITHOUT_RECIPIENT: 'no recipient block with an Action in the delivery status',
  NOT_A_COMPLAINT: 'feedback type "%{feedback}" is not a complaint',
  NOT_A_REPORT: 'not a delivery status notification or an abuse report (multipart/report)',

  // Not found, for one item of a list
  CONTACT_NOT_FOUND: 'contact not found',
  TRIGGER_NOT_FOUND: 'trigger not found',
  ACTION_NOT_FOUND: 'marketing action not found',

  // Refusals of the remaining services
  MUST_BE_IN_FUTURE: 'must be in the future',
  AT_LEAST_ONE_PURPOSE: 'at least one purpose',
  AT_LEAST_ONE_BRAND: 'at least one brand',
  PURPOSE_COUNT: 'give %{min} to %{max} purposes',
  UNKNOWN_DOUBLE_OPT_IN_PURPOSE: 'unknown purpose, or one without double opt-in',
  NO_CONSENT: 'no consent for %{purpose}',
  ONLY_PURPOSE: 'only %{purpose}',
  NOT_A_MAILING_ACTION: 'not a MAILING action',
  MERGE_INTO_ITSELF: 'a contact cannot be merged into itself',
  NOT_MERGEABLE_FIELD: 'not a mergeable field: %{field}',
  POSTAL_CODE_PREFIX: 'letters, digits, spaces and hyphens, at most %{max}',
  SEGMENT_CONTAINS_ITSELF: 'a segment cannot contain itself',
  PRODUCT_SOLD: 'this product has been sold: set active to false instead of deleting it',
  SNAPSHOTS_SAME_BRAND: 'the two snapshots must score the same brand (or both all brands)',
  SNAPSHOTS_ORDER: 'the later snapshot must be dated after the earlier one',
  BEFORE_FIELD: 'must be before %{field}',
  COHORT_PERIOD: 'at most %{max} days of first purchases',
  RATE_BELOW_ONE: 'at least 0 and below 1',
  CALIBRATION_END: 'between %{first} and the day before %{last}',
  /** The test send of messaging/messages: why the contact's message cannot be rendered. */
  NO_MESSAGE: 'the action has no message',
  NO_CHANNEL_ADDRESS: 'the contact has no address for this channel',
  /** For integration/exports/export.service.ts's unknown columns (still uncoded: another change owns the file). */
  UNKNOWN_EXPORT_COLUMN: 'unknown column %{column}',
  /** For messaging/messages/message.service.ts's missing version (likewise). */
  VERSION_REQUIRED_TO_CHANGE: 'required to change an existing message',

  // Passwords (identity/password-policy.ts)
  COMMON_PASSWORD: 'too common: it appears in lists of breached passwords',
  PASSWORD_IS_EMAIL: 'must not be the e-mail address',
  FEW_DISTINCT_CHARACTERS: 'at least %{min} different characters',
} as const;

export type FieldMessageCode = keyof typeof fieldMessageTemplates;

/**
 * The parameters that name a value of a closed list rather than free text: a client shows the value's label in the
 * reader's language (the admin: `fidele.enum.<list>.<VALUE>`), never the value, which is an English identifier.
 * The lists are the API's enums, and `SmsPart` (what an SMS lacks: `subject` or `HTML body`).
 */
export const fieldMessageValueParams = {
  REQUIRED_FOR: { kind: 'TriggerKind' },
  NOT_A_TRIGGER_PARAMETER: { kind: 'TriggerKind' },
  NOT_FOR_SMS: { part: 'SmsPart' },
  ONLY_FOR_CONTACT_KIND: { kind: 'ContactKind' },
  ACTION_TAKES_NO_TARGETS: { status: 'ActionStatus' },
  ACTION_SENDS_NOTHING: { status: 'ActionStatus' },
  NO_SENDING_CHANNEL: { medium: 'ActionMedium' },
  NO_MESSAGE_CHANNEL: { medium: 'ActionMedium' },
  CALL_LIST_MEDIUM: { medium: 'ActionMedium' },
  ACTIVITY_STATUS_FINAL: { status: 'ActivityStatus' },
  ROLE_CANNOT_TAKE_WORK: { role: 'Role' },
  ROLE_MAY_NOT_WRITE_FIELD: { role: 'Role' },
  ACTIVE_USER_OF_ROLE: { role: 'Role' },
  ONLY_FOR_QUESTION_TYPE: { type: 'SurveyQuestionType' },
  NOT_FOR_QUESTION_TYPE: { type: 'SurveyQuestionType' },
  SURVEY_STATUS_NOT_DRAFT: { status: 'SurveyStatus' },
  SURVEY_STATUS_NOT_OPEN: { status: 'SurveyStatus' },
} as const satisfies Partial<Record<FieldMessageCode, Readonly<Record<string, string>>>>;

/** A parameter's value: a number or a short text (a code, a status, a list), never personal data. */
export type FieldParamValue = string | number;

/** The parameter names of a template: `'from %{min} to %{max}'` → `'min' | 'max'`. */
type Placeholders<T extends string> = T extends `${string}%{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The parameters a code's template needs, exactly. */
export type FieldMessageParams<C extends FieldMessageCode> = {
  [K in Placeholders<(typeof fieldMessageTemplates)[C]>]: FieldParamValue;
};

/** Why a field is wrong: what a `Problems` method and a field problem carry. */
export interface FieldMessage {
  code: FieldMessageCode;
  params: Readonly<Record<string, FieldParamValue>>;
  /** The English text, made from the template and the parameters. */
  message: string;
}

/** `[]` for a code without parameters, `[params]` otherwise. */
type ParamsArg<C extends FieldMessageCode> = [Placeholders<(typeof fieldMessageTemplates)[C]>] extends [never]
  ? []
  : [params: FieldMessageParams<C>];

/** The placeholders of a template, in order (the admin's test compares its translations with them). */
export const placeholdersOf = (template: string): string[] => [...template.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]!);

/** A field message of the catalogue, its English text made from its parameters. */
export function fieldMessage<C extends FieldMessageCode>(code: C, ...[params]: ParamsArg<C>): FieldMessage {
  const values: Record<string, FieldParamValue> = params ?? {};
  const message = fieldMessageTemplates[code].replace(/%\{(\w+)\}/g, (_, name: string) => String(values[name]));
  return { code, params: { ...values }, message };
}
