/** The stable error codes of the Fidele API (`extensions.code`). */
export type FideleErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONSENT_REQUIRED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

export interface FideleErrorEntry {
  message: string;
  code: FideleErrorCode | (string & {});
  /** Where in the response the error applies (GraphQL path). */
  path?: readonly (string | number)[];
  /** For VALIDATION: the bad input fields, each with its path and message. */
  fields?: { path: string[]; message: string }[];
}

/** A failed request: every GraphQL error entry with its stable code, and the partial data if any. */
export class FideleError extends Error {
  override readonly name = 'FideleError';
  constructor(
    readonly errors: FideleErrorEntry[],
    readonly data: unknown = null,
    readonly status?: number,
  ) {
    super(errors.map((e) => `${e.code}: ${e.message}`).join('; '));
  }
  /** The code of the first error. */
  get code(): FideleErrorEntry['code'] {
    return this.errors[0]?.code ?? 'INTERNAL_SERVER_ERROR';
  }
  has(code: FideleErrorCode): boolean {
    return this.errors.some((e) => e.code === code);
  }
}
