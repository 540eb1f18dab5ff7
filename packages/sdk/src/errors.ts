/**
 * The stable error codes of the Fidele API (`extensions.code`), plus `NETWORK` for a request that got no GraphQL
 * answer. Codes not listed here may appear (an older SDK against a newer server): `code` stays a string.
 */
export type FideleErrorCode =
  /** Bad input; `fields` says which input fields and why. */
  | 'VALIDATION'
  /** The row does not exist, or is outside your rights (the API does not tell the two apart). */
  | 'NOT_FOUND'
  /** Optimistic concurrency: the `version` you sent is no longer current; read again and reapply. */
  | 'CONFLICT'
  /** Your role, API key or declared purpose may not do or read this. */
  | 'FORBIDDEN'
  /** No, an invalid, an expired or a revoked token or API key. */
  | 'UNAUTHENTICATED'
  /** Personal data whose subject's consent does not cover the purpose the request declared. */
  | 'CONSENT_REQUIRED'
  /** Too many requests for this API key; `retryAfterSeconds` says when to try again. */
  | 'RATE_LIMITED'
  /** The password was right but was given by an administrator: replace it with `changePassword` to log in. */
  | 'PASSWORD_CHANGE_REQUIRED'
  /** The database was too busy to take the request in time; nothing was written; retry after `retryAfterSeconds`. */
  | 'BUSY'
  /** The request's time budget ran out; ask for less. */
  | 'TIMEOUT'
  /** A new contact looks like contacts you may see: `extensions.candidates`; resend with `duplicates: { confirm: true }`. */
  | 'DUPLICATE_SUSPECTED'
  /** A contact you may see has this e-mail: `extensions.candidates`; resend with `duplicates: { force: true, reason }`. */
  | 'DUPLICATE_EMAIL'
  /** The document does not match the server's schema (a stale SDK). */
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'BAD_USER_INPUT'
  /** An unexpected server error (its details are masked). */
  | 'INTERNAL_SERVER_ERROR'
  /** No GraphQL answer: the server could not be reached, or answered something else. */
  | 'NETWORK';

/** One bad input field of a VALIDATION error. */
export interface FideleFieldProblem {
  /** Path of the input field, e.g. `['input', 'email']`. */
  path: string[];
  /** The English text (made from `code` and `params`), for a client that does not translate the code. */
  message: string;
  /**
   * The stable code of the problem (REQUIRED, INTEGER_RANGE, INVALID_EMAIL, NO_CONSENT, ...: the server's catalogue,
   * packages/server/src/kernel/field-messages.ts), to translate it. Every problem the server sends has one.
   */
  code: string;
  /** The parameters of the code's text, e.g. `{ min: 0, max: 365 }` for INTEGER_RANGE. */
  params?: Record<string, string | number>;
  /** A corrected value to propose, e.g. the commune closest to a misspelled city (CITY_MISMATCH). */
  suggestion?: string;
}

/** One GraphQL error entry, with its stable code. */
export interface FideleErrorEntry {
  message: string;
  code: FideleErrorCode | (string & {});
  /**
   * Where in the response the error applies (the GraphQL path). A path longer than the root field, e.g.
   * `['contacts', 'edges', 3, 'node', 'email']`, marks a withheld field: that field is null, the rest is data.
   */
  path?: readonly (string | number)[];
  /** For VALIDATION (and some NOT_FOUND): the bad input fields, each with its path and message. */
  fields?: FideleFieldProblem[];
  /** Every extension the server sent (e.g. `purpose` on CONSENT_REQUIRED, `expectedVersion` on CONFLICT). */
  extensions?: Record<string, unknown>;
}

/**
 * Whether an entry is a withheld field rather than a failed operation: a CONSENT_REQUIRED or FORBIDDEN error on a
 * field below a root field. The field answers null; the rest of the response is good data.
 */
export const isWithheld = (e: FideleErrorEntry): boolean =>
  (e.code === 'CONSENT_REQUIRED' || e.code === 'FORBIDDEN') && (e.path?.length ?? 0) > 1;

/**
 * A failed request: every GraphQL error entry with its stable code, the partial data if any, and the HTTP status.
 *
 * @example
 * try {
 *   await fidele.updateContact({ id, version, input: { email: 'x' } });
 * } catch (e) {
 *   if (!(e instanceof FideleError)) throw e;
 *   if (e.code === 'CONFLICT') reload();
 *   if (e.code === 'VALIDATION') for (const f of e.fields) showError(f.path.join('.'), f.message);
 * }
 */
export class FideleError extends Error {
  override readonly name = 'FideleError';
  constructor(
    readonly errors: FideleErrorEntry[],
    /** The `data` of the response, when the server sent some (partial data). */
    readonly data: unknown = null,
    /** The HTTP status, when there was an HTTP answer. */
    readonly status?: number,
    /** From the `Retry-After` header (RATE_LIMITED). */
    readonly retryAfterSeconds?: number,
  ) {
    super(errors.map((e) => `${e.code}: ${e.message}`).join('; '));
  }
  /** The code of the first error that is not a withheld field (or of the first error). */
  get code(): FideleErrorEntry['code'] {
    return (this.errors.find((e) => !isWithheld(e)) ?? this.errors[0])?.code ?? 'INTERNAL_SERVER_ERROR';
  }
  /** Whether any entry has this code. */
  has(code: FideleErrorCode): boolean {
    return this.errors.some((e) => e.code === code);
  }
  /** Every bad input field of every VALIDATION (or NOT_FOUND) entry. */
  get fields(): FideleFieldProblem[] {
    return this.errors.flatMap((e) => e.fields ?? []);
  }
}

/** Narrows an unknown error to a FideleError, optionally of one code. */
export const isFideleError = (error: unknown, code?: FideleErrorCode): error is FideleError =>
  error instanceof FideleError && (code === undefined || error.code === code);
