import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Principal } from '../../kernel/principal.js';
import {
  findRoute,
  type HttpRoute,
  type RequestContextFactory,
  unexpectedErrorLoggers,
} from '../../kernel/route-kit.js';
import { securityHeaders } from '../http/security-headers.js';
import { type Logger, principalFields, requestIdFrom } from './logger.js';
import { recordGraphqlRequest, recordHttpRequest } from './metrics.js';
import type { Drain } from './shutdown.js';

/** What the log line and the metrics of one request say, filled in as the request goes through the layers. */
export interface RequestRecord {
  id: string;
  /** The request's logger: every line it writes carries `reqId`. */
  log: Logger;
  principal?: Principal | null;
  purpose?: string | null;
  graphql?: { operationName: string | null; operationType: string | null; errorCodes: string[] };
}

const current = new AsyncLocalStorage<RequestRecord>();

/** The record of the request being handled (undefined outside one: a job, a test calling Yoga directly). */
export const currentRequest = (): RequestRecord | undefined => current.getStore();

/** The same context factory, noting who asked and why in the request's record (for its log line). */
export function observedContextFactory(contextOf: RequestContextFactory): RequestContextFactory {
  return async (headers, now) => {
    const ctx = await contextOf(headers, now);
    const record = current.getStore();
    if (record) {
      record.principal = ctx.principal;
      record.purpose = ctx.purpose?.code ?? null;
    }
    return ctx;
  };
}

/** Paths answered while draining: the probes and the scrape say what the instance is doing. */
const SIGNAL_PATHS = new Set(['/health/live', '/health/ready', '/metrics']);

/**
 * Names the route of a request for logs and metrics: a fixed path or a route's pattern (`/surveys/answer/`),
 * never the path itself, which may carry an id or a survey token; `unmatched` for the rest.
 */
export function routeLabels(routes: HttpRoute[]): (method: string, pathname: string) => string {
  return (method, pathname) => {
    if (pathname === '/graphql' || pathname === '/' || SIGNAL_PATHS.has(pathname)) return pathname;
    if (pathname === '/admin' || pathname.startsWith('/admin/')) return '/admin';
    return findRoute(routes, method, pathname)?.path ?? 'unmatched';
  };
}

export interface ObserveOptions {
  logger: Logger;
  drain: Drain;
  /** The route a path belongs to, as logs and metrics name it: a pattern, never a path that may hold a token. */
  routeOf(method: string, pathname: string): string;
}

/**
 * Wraps the server's handler: gives each request an id (echoed in `x-request-id`), runs it with its record in
 * an AsyncLocalStorage (the context factory, the Yoga plugin and the error logger fill and read it), writes one
 * log line and the HTTP metrics when the response is done, and refuses new work once shutdown began.
 */
export function observeRequests(options: ObserveOptions) {
  return (req: IncomingMessage, res: ServerResponse, handle: () => void): void => {
    const started = process.hrtime.bigint();
    const id = requestIdFrom(req.headers['x-request-id']);
    const record: RequestRecord = { id, log: options.logger.child({ reqId: id }) };
    const method = req.method ?? 'GET';
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const route = options.routeOf(method, pathname);
    res.setHeader('x-request-id', id);
    unexpectedErrorLoggers.set(res, (error) => record.log.error({ err: error }, 'unexpected error'));
    options.drain.track(res);
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      logRequest(record, { method, route, status: res.statusCode, finished: res.writableFinished, seconds });
    });
    if (options.drain.draining && !SIGNAL_PATHS.has(pathname)) {
      refuseWhileDraining(res, pathname);
      return;
    }
    current.run(record, handle);
  };
}

interface Outcome {
  method: string;
  route: string;
  status: number;
  finished: boolean;
  seconds: number;
}

/** The request's one log line, and its metrics. */
function logRequest(record: RequestRecord, o: Outcome): void {
  const gql = record.graphql;
  const errorCodes = gql?.errorCodes ?? [];
  const failed = !o.finished || o.status >= 400 || errorCodes.length > 0;
  recordHttpRequest(o.route, o.method, o.status, o.seconds);
  if (gql) {
    const codes = errorCodes.length ? errorCodes : o.status >= 400 ? [`HTTP_${o.status}`] : [];
    recordGraphqlRequest(gql.operationName, codes, o.seconds);
  }
  record.log.info(
    {
      method: o.method,
      route: o.route,
      status: o.status,
      durationMs: Math.round(o.seconds * 1e4) / 10,
      ...principalFields(record.principal),
      purpose: record.purpose ?? null,
      ...(gql ? { operationName: gql.operationName, operationType: gql.operationType } : {}),
      outcome: !o.finished ? 'aborted' : failed ? 'error' : 'ok',
      ...(errorCodes.length ? { errorCodes } : {}),
    },
    'request',
  );
}

/** 503 SHUTTING_DOWN on a kept-alive connection after shutdown began, and the connection closes. */
function refuseWhileDraining(res: ServerResponse, pathname: string): void {
  const message = 'The server is shutting down: retry on another instance.';
  const body =
    pathname === '/graphql'
      ? { errors: [{ message, extensions: { code: 'SHUTTING_DOWN' } }] }
      : { error: { code: 'SHUTTING_DOWN', message } };
  for (const [name, value] of Object.entries(securityHeaders('api'))) res.setHeader(name, value);
  res
    .writeHead(503, { 'content-type': 'application/json; charset=utf-8', connection: 'close', 'retry-after': '1' })
    .end(JSON.stringify(body));
}
