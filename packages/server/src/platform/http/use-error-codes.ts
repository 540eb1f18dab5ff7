import { GraphQLError } from 'graphql';
import { maskError, type Plugin } from 'graphql-yoga';
import { busyError, clientInputError } from '../../kernel/route-kit.js';

/**
 * Yoga's error masking, except for a client's malformed input that a library reports as a plain error (a crafted
 * cursor, a malformed global id, a path that is not percent-encoding): those keep their place in the response and
 * answer VALIDATION / BAD_REQUEST instead of "Unexpected error." and HTTP 500; so does a database too busy to take
 * the work in time (BUSY, 503: kernel/route-kit.ts `busyError`).
 */
export function maskUnexpected(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  const known = clientInputError(original) ?? busyError(original);
  if (!known) return maskError(error, message, isDev);
  const located = error instanceof GraphQLError ? error : null;
  return new GraphQLError(known.message, { nodes: located?.nodes, path: located?.path, extensions: known.extensions });
}

/**
 * The code of an error that Yoga or graphql-js left without one: variable coercion errors are VALIDATION (the
 * client's values), Yoga's request errors (malformed JSON, missing query, wrong method) BAD_REQUEST, masked errors
 * INTERNAL_SERVER_ERROR.
 */
export function codeFor(error: GraphQLError): string {
  if (/^Variable "\$[^"]+" (got invalid value|of required type|of non-null type)/.test(error.message))
    return 'VALIDATION';
  if (error.extensions?.unexpected) return 'INTERNAL_SERVER_ERROR';
  return 'BAD_REQUEST';
}

/** Every error of every response carries a stable `extensions.code` (packages/server/API.md lists them). */
export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result }) {
      for (const single of Array.isArray(result) ? result : [result]) {
        const errors = (single as { errors?: readonly GraphQLError[] }).errors ?? [];
        for (const error of errors) {
          if (!(error instanceof GraphQLError) || error.extensions?.code) continue;
          (error.extensions as Record<string, unknown>).code = codeFor(error);
        }
      }
    },
  };
}
