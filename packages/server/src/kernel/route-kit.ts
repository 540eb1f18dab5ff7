import type { IncomingMessage, ServerResponse } from 'node:http';
import { PothosValidationError } from '@pothos/core';
import type { Context } from './context.js';
import type { Db } from './db/client.js';
import type { Provider } from './db/paths.js';
import { ApiError, type ErrorCode } from './errors.js';
import { isBusy } from './prisma-errors.js';
import { systemLog } from './system-log.js';
import type { GraphQLSchema } from 'graphql';

/** What a plain HTTP route gets besides the request: the database and the same context factory as /graphql. */
export interface RouteDeps {
  db: Db;
  provider: Provider;
  contextOf: RequestContextFactory;
  /** The executable schema, for routes that coerce a GraphQL input type from JSON (the export's filter). */
  schema: GraphQLSchema;
  /**
   * Counts hits per key against a limit a minute in the instance's rate-limit store (identity/rate-limit.ts
   * `keyRateLimiter`): shared by every instance through Redis when FIDELE_REDIS_URL is set, so N instances do not
   * allow N times the limit. The public routes (no account) limit each client address with it.
   */
  rateLimiter: RouteRateLimiter;
}

/**
 * What a route asks of a rate limiter (identity/rate-limit.ts `KeyRateLimiter`, which the kernel may not import):
 * count a hit of `key`; `allowed` is false once the window holds more than `limit` hits, with the seconds until
 * it resets.
 */
export interface RouteRateLimiter {
  hit(key: string, limit: number): RouteRateVerdict | Promise<RouteRateVerdict>;
}

export interface RouteRateVerdict {
  allowed: boolean;
  retryAfterSeconds: number;
}

/** Builds the per-request context of a request with these headers: principal, purpose, loaders. Throws ApiError. */
export interface RequestContextFactory {
  (headers: Headers, now?: Date): Promise<Context>;
}

/**
 * An HTTP endpoint beside /graphql, for what GraphQL carries badly: streamed downloads, file uploads, signed
 * inbound webhooks. Each feature defines its route next to its module and registers it in http/routes.ts.
 */
export interface HttpRoute {
  /** HTTP method, e.g. 'GET'. */
  method: string;
  /** The path, matched exactly, or as a prefix when it ends with '/' (e.g. '/documents/' serves /documents/12). */
  path: string;
  handle(req: IncomingMessage, res: ServerResponse, deps: RouteDeps): Promise<void>;
}

export function findRoute(routes: HttpRoute[], method: string, pathname: string): HttpRoute | undefined {
  return routes.find(
    (r) => r.method === method && (r.path.endsWith('/') ? pathname.startsWith(r.path) : pathname === r.path),
  );
}

/** Node's request headers as WHATWG Headers (what the context factory reads). */
export function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** The HTTP status of each error code, on the plain routes and for request-level errors on /graphql. */
export const statusOf: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  CONFLICT: 409,
  CONSENT_REQUIRED: 403,
  RATE_LIMITED: 429,
  PASSWORD_CHANGE_REQUIRED: 403,
  BAD_REQUEST: 400,
  LIMIT_EXCEEDED: 400,
  TIMEOUT: 503,
  BUSY: 503,
  DUPLICATE_SUSPECTED: 409,
  DUPLICATE_EMAIL: 409,
};

/** Answers an error as JSON `{ error: { code, message, ...extensions } }` with the code's HTTP status. */
export function sendError(
  res: ServerResponse,
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
) {
  if (res.headersSent) {
    res.destroy(new Error(message));
    return;
  }
  res.writeHead(statusOf[code], { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: { ...extensions, code, message } }));
}

/**
 * A client's malformed input that a library reports as a plain error: a path that is not valid percent-encoding
 * (URIError from decodeURIComponent) or a malformed global id or cursor (Pothos' validation error). They answer 400,
 * never 500: the server did nothing wrong.
 */
/**
 * A database too busy to take the work in time (`isBusy`: no free connection, a transaction that waited or ran past
 * its limit): rolled back, nothing written. BUSY, HTTP 503 with Retry-After, rather than an unexpected 500.
 */
export function busyError(error: unknown): ApiError | null {
  if (!isBusy(error)) return null;
  return new ApiError('BUSY', 'The database is busy: nothing was written; retry in a second.', {
    retryAfterSeconds: 1,
    http: { status: 503, headers: { 'retry-after': '1' } },
  });
}

export function clientInputError(error: unknown): ApiError | null {
  const http = { status: 400 };
  if (error instanceof URIError)
    return new ApiError('BAD_REQUEST', 'The request path is not valid percent-encoding.', { http });
  if (error instanceof PothosValidationError) {
    const what = /cursor/i.test(error.message)
      ? 'Invalid cursor.'
      : /global id/i.test(error.message)
        ? 'Invalid global id.'
        : 'Invalid argument.';
    return new ApiError('VALIDATION', what, { http });
  }
  // Prisma (or the database, P2020/P2033) refuses a value its column cannot hold: an id beyond 32 bits in a
  // crafted cursor. The input was wrong, not the server.
  const prismaCode = (error as { code?: unknown } | null)?.code;
  if (
    error instanceof Error &&
    (error.name === 'PrismaClientValidationError' || prismaCode === 'P2020' || prismaCode === 'P2033')
  ) {
    return new ApiError('VALIDATION', 'Invalid argument.', { http });
  }
  return null;
}

/**
 * Who logs an unexpected error of this response: the HTTP server registers its request logger (platform/
 * observability), which carries the request id; without one (a route called directly), the system log.
 */
export const unexpectedErrorLoggers = new WeakMap<ServerResponse, (error: unknown) => void>();

/** Answers an ApiError with its code (its `http` extension gives extra headers); anything else as a masked 500 (logged). */
export function sendFailure(res: ServerResponse, error: unknown) {
  const known = error instanceof ApiError ? error : (clientInputError(error) ?? busyError(error));
  if (known) {
    const { code, http, ...rest } = known.extensions as {
      code: ErrorCode;
      http?: { headers?: Record<string, string> };
    };
    for (const [name, value] of Object.entries(http?.headers ?? {})) if (!res.headersSent) res.setHeader(name, value);
    sendError(res, code, known.message, rest);
    return;
  }
  (unexpectedErrorLoggers.get(res) ?? ((err) => systemLog().error({ err }, 'unexpected error')))(error);
  if (res.headersSent) res.destroy();
  else
    res
      .writeHead(500, { 'content-type': 'application/json; charset=utf-8' })
      .end(JSON.stringify({ error: { code: 'INTERNAL', message: 'Unexpected error.' } }));
}

/** The request's context (who, why), or null after answering 401/403/429 when it cannot be built. */
export async function contextOrFail(
  req: IncomingMessage,
  res: ServerResponse,
  deps: RouteDeps,
): Promise<Context | null> {
  try {
    return await deps.contextOf(headersOf(req));
  } catch (error) {
    sendFailure(res, error);
    return null;
  }
}
