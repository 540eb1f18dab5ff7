/**
 * The boundary policy: what a value coming from outside (the API, an imported file, an inbound webhook) may be
 * before any service sees it. One table, one set of checks, called by the GraphQL plugin (`input-policy.plugin.ts`),
 * the DateTime scalar, the import and the inbound routes, so a value refused on one path is refused on every path.
 *
 * - Dates: real calendar dates in [1900-01-01, 2100-12-31] UTC (`DATE_WINDOW`). `2026-02-30` is refused, never
 *   rolled over to 2 March; years like 0001, 9999 or 275760 are refused.
 * - Text: no control character (C0, DEL, C1), except tab, line feed and carriage return in multi-line free text;
 *   no lone surrogate (invalid Unicode that no database stores faithfully); a length limit per field (`textLimits`),
 *   else `DEFAULT_TEXT` (free text of at most 10,000 characters).
 * - Numbers: integer ranges per field (`intLimits`; a sale line's quantity is 1 to 100,000), money within
 *   Decimal(12, 2) and rates from 0 to 100 (`moneyProblem`, `rateProblem` in validate.ts, which the services and
 *   the import call; `decimalKinds` for the Decimal fields no service checks).
 */
import { type FieldProblem, fieldProblem } from '../errors.js';
import { type FieldMessage, fieldMessage } from '../field-messages.js';
import { moneyProblem, rateProblem } from '../validate.js';

// ---------------------------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------------------------

/**
 * The instants any input may name. Wide enough for a birth date or a pre-CRM first purchase, narrow enough that
 * every database and date function agrees on it (SQLite stores dates as ISO text and compares them as text: a
 * year 275760 is '+275760-…', which sorts before '1900').
 */
export const DATE_WINDOW = {
  min: new Date('1900-01-01T00:00:00.000Z'),
  max: new Date('2100-12-31T23:59:59.999Z'),
} as const;

/** An ISO-8601 date (2026-11-22) or date-time with an optional offset (2026-11-22T10:00, …:00.000Z, …+01:00). */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Parses an ISO-8601 date or date-time strictly: every component in its calendar range (no 30 February, no hour
 * 24), then within `DATE_WINDOW`. A date-time without an offset is read as UTC. Returns the instant, or the
 * reason it is refused.
 */
export function parseInstant(value: string): { date: Date } | { problem: FieldMessage } {
  const m = ISO.exec(value.trim());
  if (!m) return { problem: fieldMessage('DATE_SYNTAX') };
  const [year, month, day, hour = 0, minute = 0, second = 0] = m
    .slice(1, 7)
    .map((x) => (x === undefined ? undefined : Number(x)));
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth(year!, month!))
    return { problem: fieldMessage('NOT_A_CALENDAR_DATE', { date: `${m[1]}-${m[2]}-${m[3]}` }) };
  if (hour! > 23 || minute! > 59 || second! > 59) return { problem: fieldMessage('NOT_A_TIME_OF_DAY') };
  const offset = m[8];
  if (offset && offset !== 'Z' && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(-2)) > 59))
    return { problem: fieldMessage('NOT_A_UTC_OFFSET') };
  const date = new Date(
    m[4] === undefined ? `${m[1]}-${m[2]}-${m[3]}T00:00:00Z` : value.trim().replace(' ', 'T') + (offset ? '' : 'Z'),
  );
  if (Number.isNaN(date.getTime())) return { problem: fieldMessage('DATE_SYNTAX') };
  const problem = dateProblem(date);
  return problem ? { problem } : { date };
}

/** Problem with an instant already parsed (from a spreadsheet cell, say), or null when it is in `DATE_WINDOW`. */
export function dateProblem(date: Date): FieldMessage | null {
  if (Number.isNaN(date.getTime())) return fieldMessage('NOT_A_DATE');
  if (date < DATE_WINDOW.min || date > DATE_WINDOW.max)
    return fieldMessage('DATE_WINDOW', { min: '1900-01-01', max: '2100-12-31' });
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------------------------

export interface TextLimit {
  maxLength: number;
  /** Free text: tab, line feed and carriage return are allowed. */
  multiline: boolean;
}

/** A one-line value (a name, a code, an address line) of at most `maxLength` characters. */
export const line = (maxLength: number): TextLimit => ({ maxLength, multiline: false });
/** Free text (a description, a note, a comment) of at most `maxLength` characters. */
export const text = (maxLength: number): TextLimit => ({ maxLength, multiline: true });

/**
 * A String the table does not name: free text of at most 10,000 characters. Generous so that no existing free
 * text is cut; the table tightens each field whose meaning is known.
 */
export const DEFAULT_TEXT = text(10_000);

const NAME = line(100);
const CODE = line(50);
const TITLE = line(200);
const NOTE = text(2_000);
const LONG = text(5_000);

/**
 * Length limits, by input field name (`jobTitle`) or, where a name means different things, by coordinate
 * (`ServiceCaseInput.subject`, `Mutation.importFile.content`); the coordinate wins.
 */
export const textLimits: Readonly<Record<string, TextLimit>> = {
  // Contact card (ContactInput, ContactPatch, imports): the lengths an address label and a mail merge can hold.
  firstName: NAME,
  lastName: NAME,
  companyName: line(200),
  jobTitle: line(150),
  email: line(254), // RFC 5321's longest deliverable address
  phone: line(30),
  mobile: line(30),
  fax: line(30),
  addressLine1: line(200),
  addressLine2: line(200),
  addressLine3: line(200),
  postalCode: line(20),
  city: NAME,
  // The service checks the exact ISO code with the record's other fields (every bad field at once): the boundary
  // only refuses absurd lengths.
  countryCode: line(8),
  // Codes and references: identifiers typed or pasted from another system.
  code: CODE,
  productCode: CODE,
  actionCode: CODE,
  categoryCode: CODE,
  requiredPurpose: CODE,
  purpose: CODE,
  externalRef: line(200),
  reference: CODE,
  // Names and titles.
  name: TITLE,
  title: TITLE,
  subject: TITLE,
  label: line(500),
  choice: line(500),
  options: line(500),
  fileName: line(255),
  // Searches: a few words; the database never has to match a novel.
  search: line(200),
  postalCodePrefix: line(20),
  // Free text.
  description: LONG,
  body: text(10_000),
  comment: NOTE,
  nextStep: text(500),
  promised: text(1_000),
  promiseSummary: NOTE,
  targetDescription: NOTE,
  reason: NOTE,
  proof: line(500),
  'SurveyAnswerInput.text': LONG,
  'ServiceCaseInput.description': LONG,
  'TaskInput.description': NOTE,
  'TaskPatch.description': NOTE,
  // An action's message (messaging/messages): an HTML e-mail is longer than a note; the service checks the same
  // limits and the SMS length with coded problems.
  'ActionMessageInput.subject': line(255),
  'ActionMessageInput.sender': line(320),
  'ActionMessageInput.bodyText': text(100_000),
  'ActionMessageInput.bodyHtml': text(500_000),
  'Mutation.sendTestMessage.to': line(254),
  // An imported file travels as one String (text or base64); the import checks its own size limits.
  'Mutation.importFile.content': text(64 * 1024 * 1024),
  'Mutation.startImport.content': text(64 * 1024 * 1024),
};

// C0 controls but tab, line feed and carriage return; DEL; C1 controls. Matching control characters is the point.
// eslint-disable-next-line no-control-regex
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
// eslint-disable-next-line no-control-regex -- as above, line feed and carriage return included
const CONTROL_LINE = /[\u0000-\u001F\u007F-\u009F]/u;
// With the u flag a well-formed pair is one code point, so only a lone half of a pair matches.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Problem with a text value under `limit`, or null when it is fine. Blank checks stay with each service. */
export function textProblem(value: string, limit: TextLimit = DEFAULT_TEXT): FieldMessage | null {
  if (value.length > limit.maxLength) return fieldMessage('TOO_LONG', { max: limit.maxLength });
  if (LONE_SURROGATE.test(value)) return fieldMessage('INVALID_UNICODE');
  if ((limit.multiline ? CONTROL_MULTILINE : CONTROL_LINE).test(value)) {
    return fieldMessage(limit.multiline ? 'CONTROL_CHARACTER' : 'CONTROL_CHARACTER_OR_LINE_BREAK');
  }
  return null;
}

/** The text limit of an input field: by coordinate (`Type.field`), then by field name, else the default. */
export const textLimitOf = (typeName: string, fieldName: string): TextLimit =>
  textLimits[`${typeName}.${fieldName}`] ?? textLimits[fieldName] ?? DEFAULT_TEXT;

/**
 * A field's text limit in words, for its description in the printed schema, so SDK users read the rule the
 * plugin applies.
 *
 * @example t.string({ required: false, description: textLimitNote('jobTitle') }) // "One line of at most 150 characters."
 */
export function textLimitNote(fieldName: string, typeName = ''): string {
  const limit = textLimitOf(typeName, fieldName);
  return `${limit.multiline ? 'Text' : 'One line'} of at most ${limit.maxLength.toLocaleString('en-US')} characters.`;
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------------------------

export interface IntLimit {
  min: number;
  max: number;
}

/**
 * Integer ranges by field name or coordinate, for counts that no service bounds from above (an Int the table does
 * not name only has GraphQL's 32-bit range; ranges a service checks whole, like a control group's percentage,
 * stay with it).
 */
export const intLimits: Readonly<Record<string, IntLimit>> = {
  quantity: { min: 1, max: 100_000 },
  plannedQuantity: { min: 0, max: 100_000_000 },
  warrantyMonths: { min: 0, max: 600 },
  contactsMadeCount: { min: 0, max: 100_000 },
  meetingsCount: { min: 0, max: 100_000 },
};

/** Problem with an integer under `limit`, or null when it is fine. */
export function intProblem(value: number, limit: IntLimit): FieldMessage | null {
  if (!Number.isSafeInteger(value)) return fieldMessage('WHOLE_NUMBER');
  return value < limit.min || value > limit.max ? fieldMessage('BETWEEN', { min: limit.min, max: limit.max }) : null;
}

/**
 * The part of `intProblem` the GraphQL plugin applies: the ceiling only. The floor (at least 1, not negative) is
 * each service's own rule, reported there together with the other problems of the same input.
 */
export function intCeilingProblem(value: number, limit: IntLimit): FieldMessage | null {
  return value > limit.max ? fieldMessage('AT_MOST', { max: limit.max }) : null;
}

export const intLimitOf = (typeName: string, fieldName: string): IntLimit | undefined =>
  intLimits[`${typeName}.${fieldName}`] ?? intLimits[fieldName];

/** What a Decimal field holds: money stored as Decimal(12, 2), or a rate in percent (0 to 100). */
export type DecimalKind = 'money' | 'rate';

/**
 * Decimal fields no service checks (the prices, costs and rates of products, actions, sales and contacts are
 * checked by their services with `moneyProblem` / `rateProblem`, and by the import with the same functions).
 */
export const decimalKinds: Readonly<Record<string, DecimalKind>> = {
  estimatedPotential: 'money',
};

export const decimalKindOf = (typeName: string, fieldName: string): DecimalKind | undefined =>
  decimalKinds[`${typeName}.${fieldName}`] ?? decimalKinds[fieldName];

/** Problem with a decimal string of that kind, or null when it is fine. */
export const decimalProblem = (value: string, kind: DecimalKind): FieldMessage | null =>
  kind === 'money' ? moneyProblem(value) : rateProblem(value);

// ---------------------------------------------------------------------------------------------------------------
// Whole records (imports, inbound routes)
// ---------------------------------------------------------------------------------------------------------------

/**
 * Every boundary problem of a flat record destined for an input type (`ContactInput`, `SaleInput`, …), keyed like
 * that type's fields: strings by the text table, numbers by the integer table, decimal strings by their kind,
 * dates by the window. For the import and the inbound routes, which do not pass through GraphQL: they call this on
 * each row before their own checks. Paths are `[...base, field]`.
 *
 * @example policyProblems('ContactInput', { jobTitle: row.jobTitle, email: row.email }, ['rows', '12'])
 */
export function policyProblems(
  typeName: string,
  record: Readonly<Record<string, unknown>>,
  base: string[] = [],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, value] of Object.entries(record)) {
    const message = valueProblem(typeName, field, value);
    if (message) problems.push(fieldProblem([...base, field], message));
  }
  return problems;
}

function valueProblem(typeName: string, field: string, value: unknown): FieldMessage | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return dateProblem(value);
  if (typeof value === 'number') {
    const limit = intLimitOf(typeName, field);
    return limit ? intProblem(value, limit) : Number.isFinite(value) ? null : fieldMessage('NOT_A_NUMBER');
  }
  if (typeof value === 'string') {
    const kind = decimalKindOf(typeName, field);
    return textProblem(value, textLimitOf(typeName, field)) ?? (kind ? decimalProblem(value, kind) : null);
  }
  return null;
}
