import { ApiError, validationError, fieldProblem } from '../errors.js';
import { fieldMessage } from '../field-messages.js';

export interface DecodedGlobalId {
  typename: string;
  id: string;
}

/** Row ids are PostgreSQL `integer`s (SQLite accepts the same range): anything above cannot name a row. */
export const MAX_ROW_ID = 2_147_483_647;

/** `Type:id` with a positive id written without sign, leading zero, fraction or exponent. */
const canonical = /^([A-Z][A-Za-z0-9]*):([1-9][0-9]{0,9})$/;

/**
 * Decodes a global id, accepting only the canonical form the API itself produces: standard base64 of
 * `Type:<positive integer>` up to MAX_ROW_ID. `Contact:1.5`, `Contact:01`, `Contact:+1`, `Contact:1e0`, an id beyond
 * the 32-bit range, URL-safe or unpadded base64, or a string that is not base64 at all: VALIDATION
 * ("Invalid global id.", HTTP 400), never another row and never a 500. A well-formed id of a missing or hidden row is not an
 * error: it resolves to null like any missing row.
 */
export function decodeCanonicalGlobalId(globalID: string): DecodedGlobalId {
  const decoded = Buffer.from(globalID, 'base64').toString('utf8');
  const match = canonical.exec(decoded);
  if (!match || Buffer.from(decoded).toString('base64') !== globalID || Number(match[2]) > MAX_ROW_ID) {
    throw new ApiError('VALIDATION', 'Invalid global id.', { http: { status: 400 } });
  }
  return { typename: match[1]!, id: match[2]! };
}

/**
 * The numeric id behind a global id that must name a `typename`. A global id of another type, or a malformed one,
 * is a VALIDATION error on `path` (the relay plugin has already decoded the base64 form).
 */
export function idFor(typename: string, value: DecodedGlobalId, path: string[]): number {
  const id = Number(value.id);
  if (value.typename !== typename || !/^[1-9][0-9]{0,9}$/.test(value.id) || id > MAX_ROW_ID) {
    throw validationError([fieldProblem(path, fieldMessage('ID_OF_TYPE', { typename }))]);
  }
  return id;
}

/** `{ in: ids }` for a list of global ids of one type; undefined when the list is absent. */
export const idsIn = (typename: string, values: readonly DecodedGlobalId[] | null | undefined, path: string[]) =>
  values ? { in: values.map((v, i) => idFor(typename, v, [...path, String(i)])) } : undefined;
