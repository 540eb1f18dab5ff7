import { GraphQLError } from 'graphql';

/** The stable error codes of the API (`extensions.code`), documented in packages/server/API.md. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'CONFLICT'
  | 'CONSENT_REQUIRED'
  | 'RATE_LIMITED'
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
  | 'BUSY';

export interface FieldProblem {
  /** Path of the bad input field, e.g. ["input", "email"]. */
  path: string[];
  message: string;
  /** Stable code of a data-quality problem (INVALID_EMAIL, INVALID_PHONE, CITY_MISMATCH, ...: contacts/quality). */
  code?: string;
  /** A corrected value to propose, e.g. the commune closest to a misspelled city. */
  suggestion?: string;
}

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
