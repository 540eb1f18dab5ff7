import { GraphQLError } from 'graphql';
import type { FieldMessage, FieldMessageCode, FieldParamValue } from './field-messages.js';

/** The stable error codes of the API (`extensions.code`), documented in packages/server/API.md. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'CONFLICT'
  | 'CONSENT_REQUIRED'
  | 'RATE_LIMITED'
  /** The password was right but was given by an administrator: set your own with `changePassword` to log in. */
  | 'PASSWORD_CHANGE_REQUIRED'
  /** A malformed request: path encoding, global id or cursor syntax, body (HTTP 400). */
  | 'BAD_REQUEST'
  /** An operation over a limit of its principal's tier (depth, aliases, tokens, directives, cost): refused before it runs. */
  | 'LIMIT_EXCEEDED'
  /** The request's time budget ran out, or its client went away: no new work was started. */
  | 'TIMEOUT'
  /**
   * The database could not take the work in time (no free connection, or a transaction that waited or ran too
   * long): it was rolled back, nothing was written; retry after `retryAfterSeconds` (HTTP 503).
   */
  | 'BUSY'
  /**
   * A new contact scores at or above the duplicate threshold against contacts the caller may see;
   * `extensions.candidates` lists them with their explained score. Send `duplicates: { confirm: true }` to go ahead.
   */
  | 'DUPLICATE_SUSPECTED'
  /**
   * A contact the caller may see has the same e-mail (normalised); `extensions.candidates` lists it. Send
   * `duplicates: { force: true, reason }` to go ahead (audited).
   */
  | 'DUPLICATE_EMAIL';

export interface FieldProblem {
  /** Path of the bad input field, e.g. ["input", "email"]. */
  path: string[];
  /** The English text, made from the code's template and the parameters. */
  message: string;
  /**
   * Stable code of the problem (field-messages.ts: REQUIRED, INTEGER_RANGE, INVALID_EMAIL, ...), for clients to
   * translate: required, so that no check can leave the catalogue (build problems with `fieldProblem`).
   */
  code: FieldMessageCode;
  /** The parameters of the code's text, e.g. `{ min: 0, max: 365 }` for INTEGER_RANGE. */
  params?: Readonly<Record<string, FieldParamValue>>;
  /** A corrected value to propose, e.g. the commune closest to a misspelled city. */
  suggestion?: string;
}

/** A field problem at `path` from a catalogue message (field-messages.ts). */
export const fieldProblem = (path: string[], message: FieldMessage, suggestion?: string): FieldProblem => ({
  path,
  message: message.message,
  code: message.code,
  params: message.params,
  ...(suggestion ? { suggestion } : {}),
});

/**
 * An error meant for the client: it passes Yoga's masking unchanged. Anything else thrown in a resolver is masked
 * as "Unexpected error." and logged.
 */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    // An expected answer, not a bug: no stack trace. Capturing (and later formatting, through source maps) one per
    // error cost a quarter of a 500-row page whose personal fields are withheld for consent.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(message, { extensions: { code, ...extensions } });
    } finally {
      Error.stackTraceLimit = limit;
    }
  }
}

export const validationError = (fields: FieldProblem[]) =>
  new ApiError('VALIDATION', fields.map((f) => `${f.path.join('.')}: ${f.message}`).join('; '), { fields });
