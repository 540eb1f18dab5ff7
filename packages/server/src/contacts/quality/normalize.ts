import { type FieldMessage, type FieldMessageParams, fieldMessage } from '../../kernel/field-messages.js';
import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { checkCity, communesOf, isCedex } from './postal-codes.js';
import { isSingleCase, squash, titleCase } from './text.js';

/**
 * Normalisation and checks of a contact's identity and address fields, the same on every write path (API create and
 * update, import). Each problem names its field and a stable code; see QUALITY.md for the rules and why.
 */

/** The stable codes of data-quality problems (`extensions.fields[].code` of a VALIDATION error, ImportRowError.code). */
export type QualityCode =
  | 'INVALID_EMAIL'
  | 'INVALID_PHONE'
  | 'INVALID_COUNTRY'
  | 'INVALID_POSTAL_CODE'
  | 'UNKNOWN_POSTAL_CODE'
  | 'CITY_MISMATCH';

export interface QualityProblem extends FieldMessage {
  field: string;
  code: QualityCode;
  /** A corrected value to propose (the closest commune for CITY_MISMATCH). */
  suggestion?: string;
}

/** A quality problem's catalogue message (kernel/field-messages.ts), its code narrowed to a quality code. */
const coded = <C extends QualityCode>(code: C, ...params: [] | [FieldMessageParams<C>]) => ({
  ...(fieldMessage as (c: C, p?: FieldMessageParams<C>) => FieldMessage)(code, params[0]),
  code,
});

/** The contact fields this module normalises. Absent (undefined) fields are left alone; null clears. */
export interface ContactQualityFields {
  firstName?: string | null;
  lastName?: string | null;
  companyName?: string | null;
  jobTitle?: string | null;
  email?: string | null;
  phone?: string | null;
  mobile?: string | null;
  fax?: string | null;
  addressLine1?: string | null;
  addressLine2?: string | null;
  addressLine3?: string | null;
  postalCode?: string | null;
  city?: string | null;
  countryCode?: string | null;
}

/** The stored values an update is checked against (the pair postal code / city, the country of phone numbers). */
export interface StoredAddress {
  countryCode?: string | null;
  postalCode?: string | null;
  city?: string | null;
}

// Letters beyond ASCII are allowed on both sides: internationalised addresses (RFC 6531) such as hélène@exemple.fr.
const LOCAL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const LABEL = /^[\p{L}\p{N}]([\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;

/** E-mail: trimmed, "mailto:" and angle brackets dropped, lower-cased; null when it is not a valid address. */
export function normalizeEmail(raw: string): string | null {
  const s = raw
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<(.*)>$/, '$1')
    .trim()
    .toLowerCase();
  const at = s.lastIndexOf('@');
  if (at <= 0 || s.length > 254) return null;
  const local = s.slice(0, at);
  const labels = s.slice(at + 1).split('.');
  if (local.length > 64 || !LOCAL.test(local)) return null;
  if (labels.length < 2 || !labels.every((l) => l.length <= 63 && LABEL.test(l))) return null;
  if (!/^\p{L}{2,}$/u.test(labels[labels.length - 1]!)) return null;
  return s;
}

/**
 * Phone number in E.164 ("+33612345678"), read with the contact's country as the default region (so "06 12 34 56
 * 78" is French for a French contact); null when it is not a valid number for its region.
 */
export function normalizePhone(raw: string, countryCode: string | null | undefined): string | null {
  const region = countryCode && isSupportedCountry(countryCode) ? (countryCode as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(raw.trim(), region ? { defaultCountry: region } : undefined);
  return parsed?.isValid() ? parsed.number : null;
}

/** First name: title case whatever was typed ("jean-PIERRE" → "Jean-Pierre"). */
export const normalizeFirstName = (raw: string): string => titleCase(raw);

/**
 * Last name: title case only when it was typed in one case ("DUPONT", "dupont" → "Dupont", "DE LA FONTAINE" → "De
 * la Fontaine"); a name in mixed case is kept as given ("McDonald", "de La Fontaine", "LeBlanc"), trimmed, because
 * its case is information a rule would destroy.
 */
export const normalizeLastName = (raw: string): string => {
  const s = squash(raw);
  return isSingleCase(s) ? titleCase(s) : s;
};

/** Address line: trimmed, spaces collapsed, first letter capitalised; otherwise as given. */
export const normalizeAddressLine = (raw: string): string => {
  const s = squash(raw);
  return s.charAt(0).toUpperCase() + s.slice(1);
};

/** Normalises and checks the given fields; `stored` is the contact being updated (absent for a create). */
export function normalizeContactFields(input: ContactQualityFields, stored: StoredAddress = {}) {
  const problems: QualityProblem[] = [];
  const values: ContactQualityFields = {};
  const text = (v: string | null | undefined, f: (s: string) => string) =>
    v == null || squash(v) === '' ? null : f(v);

  if (input.countryCode !== undefined) {
    const c = input.countryCode === null ? null : input.countryCode.trim().toUpperCase();
    if (c === null || !/^[A-Z]{2}$/.test(c)) problems.push({ field: 'countryCode', ...coded('INVALID_COUNTRY') });
    values.countryCode = c;
  }
  const country = (values.countryCode ?? stored.countryCode ?? 'FR') || 'FR';

  if (input.firstName !== undefined) values.firstName = text(input.firstName, normalizeFirstName);
  if (input.lastName !== undefined) values.lastName = text(input.lastName, normalizeLastName);
  for (const f of ['companyName', 'jobTitle'] as const) if (input[f] !== undefined) values[f] = text(input[f], squash);
  for (const f of ['addressLine1', 'addressLine2', 'addressLine3'] as const)
    if (input[f] !== undefined) values[f] = text(input[f], normalizeAddressLine);

  if (input.email !== undefined) {
    const raw = text(input.email, (s) => s.trim());
    const email = raw === null ? null : normalizeEmail(raw);
    if (raw !== null && email === null) problems.push({ field: 'email', ...coded('INVALID_EMAIL') });
    values.email = email ?? raw;
  }
  for (const f of ['phone', 'mobile', 'fax'] as const) {
    if (input[f] === undefined) continue;
    const raw = text(input[f], (s) => s.trim());
    const phone = raw === null ? null : normalizePhone(raw, country);
    if (raw !== null && phone === null) problems.push({ field: f, ...coded('INVALID_PHONE', { country }) });
    values[f] = phone ?? raw;
  }

  if (input.postalCode !== undefined) values.postalCode = text(input.postalCode, (s) => squash(s).toUpperCase());
  if (input.city !== undefined) values.city = text(input.city, squash);
  // The pair is checked whenever one of its parts (or the country) is written, against the stored other part.
  if (input.postalCode !== undefined || input.city !== undefined || input.countryCode !== undefined) {
    const postal = values.postalCode !== undefined ? values.postalCode : (stored.postalCode ?? null);
    const city = values.city !== undefined ? values.city : (stored.city ?? null);
    if (country === 'FR') checkFrench(postal, city, input.postalCode !== undefined, values, problems);
    else if (values.city) values.city = isSingleCase(values.city) ? titleCase(values.city) : values.city;
  }
  return { values, problems };
}

/** French postal code (5 digits, in the official list) and city (one of its communes). */
function checkFrench(
  postal: string | null,
  city: string | null,
  postalWritten: boolean,
  values: ContactQualityFields,
  problems: QualityProblem[],
) {
  if (postal === null) {
    if (values.city) values.city = isSingleCase(values.city) ? titleCase(values.city) : values.city;
    return;
  }
  let code = postal.replace(/\s+/g, '');
  // A spreadsheet reads "01000" as the number 1000: a French code of 4 digits lost its leading zero.
  if (/^\d{4}$/.test(code)) code = `0${code}`;
  if (postalWritten) values.postalCode = code;
  if (!/^\d{5}$/.test(code)) {
    problems.push({ field: 'postalCode', ...coded('INVALID_POSTAL_CODE') });
    return;
  }
  if (city !== null && isCedex(city)) {
    // CEDEX codes belong to companies and are not in the list of communes: only the department is checked.
    values.city = city.toUpperCase();
    return;
  }
  if (!communesOf(code).length) {
    problems.push({ field: 'postalCode', ...coded('UNKNOWN_POSTAL_CODE', { postalCode: code }) });
    return;
  }
  if (city === null) return;
  const check = checkCity(code, city);
  if (check.ok) values.city = check.name;
  else {
    const mismatch = coded('CITY_MISMATCH', { city, postalCode: code });
    // The suggestion is the problem's own member (a value to propose); the English line names it too.
    if (check.suggestion)
      problems.push({
        ...mismatch,
        field: 'city',
        message: `${mismatch.message}: did you mean "${check.suggestion}"?`,
        suggestion: check.suggestion,
      });
    else problems.push({ ...mismatch, field: 'city' });
  }
}
