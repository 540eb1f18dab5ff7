import { validationError } from '../errors.js';

export interface DecodedGlobalId {
  typename: string;
  id: string;
}

/**
 * The numeric id behind a global id that must name a `typename`. A global id of another type, or a malformed one,
 * is a VALIDATION error on `path` (the relay plugin has already decoded the base64 form).
 */
export function idFor(typename: string, value: DecodedGlobalId, path: string[]): number {
  const id = Number(value.id);
  if (value.typename !== typename || !Number.isSafeInteger(id) || id <= 0) {
    throw validationError([{ path, message: `expected the id of a ${typename}` }]);
  }
  return id;
}

/** `{ in: ids }` for a list of global ids of one type; undefined when the list is absent. */
export const idsIn = (typename: string, values: readonly DecodedGlobalId[] | null | undefined, path: string[]) =>
  values ? { in: values.map((v, i) => idFor(typename, v, [...path, String(i)])) } : undefined;
