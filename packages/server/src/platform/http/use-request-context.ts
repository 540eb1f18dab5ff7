import type { Plugin } from 'graphql-yoga';
import type { Context } from '../../kernel/context.js';
import { ApiError, type ErrorCode } from '../../kernel/errors.js';
import type { RequestContextFactory } from '../../kernel/route-kit.js';
import { statusOf } from '../../kernel/route-kit.js';

export interface RequestContextOptions {
  /** Builds the request's context from its headers (who, why, loaders); throws an ApiError when it cannot. */
  contextOf: RequestContextFactory;
}

/** Who is asking, coarsely: decides the limits, introspection and the root fields an operation may select. */
export type Tier = 'anonymous' | 'partner' | 'staff';

const contexts = new WeakMap<Request, Context>();

/** The context built for this request by `useRequestContext`, if it got that far. */
export const requestContext = (request: Request): Context | undefined => contexts.get(request);

/** The tier of a request: anonymous until its credentials have been verified. */
export function tierOf(request: Request | undefined): Tier {
  const principal = request ? contexts.get(request)?.principal : null;
  return principal?.kind === 'staff' ? 'staff' : principal?.kind === 'partner' ? 'partner' : 'anonymous';
}

/** The same error with its HTTP status (401, 403, 429, ...), which Yoga answers with and strips from the body. */
export function withHttpStatus(error: ApiError): ApiError {
  const { code, http, ...rest } = error.extensions as { code: ErrorCode; http?: { headers?: Record<string, string> } };
  return new ApiError(code, error.message, { ...rest, http: { ...http, status: statusOf[code] } });
}

/**
 * Builds the context (principal, purpose) when the request's parameters are read, before the document is parsed
 * and validated: the limits, introspection and suggestions depend on who is asking (verified, not the mere presence
 * of a header), and a request that cannot be authenticated or authorised answers 401 / 403 / 429 as the plain HTTP
 * routes do, instead of 200.
 */
export function useRequestContext(options: RequestContextOptions): Plugin {
  return {
    async onParams({ request, setResult }) {
      try {
        contexts.set(request, await options.contextOf(request.headers));
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        setResult({ errors: [withHttpStatus(error)] });
      }
    },
  };
}
