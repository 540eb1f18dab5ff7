import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Context } from '../kernel/context.js';
import type { Db } from '../kernel/db/client.js';
import type { Provider } from '../kernel/db/paths.js';
import { ApiError } from '../kernel/errors.js';
import { isProduction } from '../kernel/production-mode.js';
import { corsOrigins } from './http/security-headers.js';
import { maskUnexpected, useErrorCodes } from './http/use-error-codes.js';
import { useCodedHttpErrors } from './http/use-coded-http-errors.js';
import { type OperationLimitsOptions, useOperationLimits } from './http/use-operation-limits.js';
import { type RequestBudgetOptions, useRequestBudget } from './http/use-request-budget.js';
import { requestContext, useRequestContext } from './http/use-request-context.js';
import { useSchemaPrivacy } from './http/use-schema-privacy.js';
import { useSecurityHeaders } from './http/use-security-headers.js';
import { useLeanErrors } from './http/use-lean-errors.js';
import { useReplicaRouting } from './http/use-replica-routing.js';
import { type ReadRouting, readRoutingFor } from '../kernel/db/read-replicas.js';
import { rootLogger } from './observability/logger.js';
import { recordRoutedRead } from './observability/metrics.js';
import { useObservability, yogaLogging } from './observability/use-observability.js';
import { API_KEY_HEADER, principalFromApiKey } from '../identity/api-key.service.js';
import { principalFromAuthorization } from '../identity/auth.service.js';
import { apiKeyRateLimiter } from '../identity/rate-limit.js';
import { rateLimitStore } from '../identity/rate-limit-store.js';
import { type AuditLogOptions, useAuditLog } from '../privacy/audit/use-audit-log.js';
import { createConsentLoader } from '../privacy/consent/consent.loader.js';
import { cachedPurposes, resolvePurpose } from '../privacy/consent/purpose.service.js';
import { schema } from './schema.js';
import type { RequestContextFactory } from '../kernel/route-kit.js';

export interface FideleYogaOptions {
  db: Db;
  provider: Provider;
  /**
   * Production mode: no GraphiQL, and introspection and suggestions for staff only (lib/production-mode.ts).
   * @default isProduction() (FIDELE_ENV or NODE_ENV is `production`)
   */
  production?: boolean;
  /**
   * Serve GraphiQL on GET /graphql from a browser. It loads its bundle from a CDN, so production never serves it.
   * @default true, false in production
   */
  graphiql?: boolean;
  /** Options of the audit log plugin. @default {} (on) */
  audit?: AuditLogOptions;
  /** Depth, alias, token, directive and cost limits per tier, page size, anonymous root fields. @default see use-operation-limits.ts */
  limits?: OperationLimitsOptions;
  /** The time budget of a request. @default { timeoutMs: FIDELE_REQUEST_TIMEOUT_MS or 15000 } */
  budget?: RequestBudgetOptions;
  /**
   * Origins allowed to call the API from a browser with credentials. @default FIDELE_CORS_ORIGINS (none when unset)
   */
  corsOrigins?: string[];
  /**
   * How long the purpose tree is kept between reads; 0 reads it on every request (the test harness: statement
   * counts that do not depend on the clock). @default 5000
   */
  purposeTtlMs?: number;
  /** Largest request body on /graphql, in bytes (Yoga answers 413 above). @default 1_000_000 */
  maxRequestBodySize?: number;
  /**
   * Where query operations read (PRODUCTION.md#read-replicas); null: always the primary.
   * @default readRoutingFor(db): from FIDELE_REPLICA_URLS, off when unset
   */
  readRouting?: ReadRouting | null;
}

/** The header in which every request declares its access purpose (a purpose code, e.g. `customer_service`). */
export const PURPOSE_HEADER = 'x-fidele-purpose';

export const exampleQuery = `# Welcome to Fidele. Three steps to explore the API (the Docs panel lists every type):
#
# 1. Run "Login" (the play button's menu): a demo user, as printed when the server started.
# 2. Open the Headers tab below and paste, with the token you got:
#      { "Authorization": "Bearer <token>", "x-fidele-purpose": "customer_service" }
#    The purpose says why you read personal data; each role may declare its own (see privacy/access/ACCESS.md).
# 3. Run "Contacts", then follow the links: sales, targets, the synoptic view of each contact.

mutation Login {
  login(email: "admin@fidele.demo", password: "fidele-demo") { token expiresAt user { firstName role } }
}

query Contacts {
  contacts(first: 5, orderBy: [{ field: LAST_NAME }]) {
    totalCount
    edges { node {
      id kind firstName lastName email city
      synopsis { action { code name } targeted responded converted }
      sales(first: 3) { edges { node { saleDate total lines { quantity product { code name } } } } }
    } }
  }
}

query Overview {
  health { status database version }
  overview { contactCount contactsByKind { kind count } }
}
`;

/**
 * The GraphQL server (graphql-yoga follows the GraphQL over HTTP specification: GET for queries, POST, content
 * negotiation, status codes). Unexpected errors are masked: the client sees "Unexpected error.", the log gets the
 * cause.
 */

/**
 * How a request becomes a Context (who, why, loaders): shared by /graphql and the plain HTTP routes (downloads,
 * uploads, inbound webhooks) so that both apply the same authentication, rate limit and purpose rules.
 */
export function createRequestContextFactory(
  db: Db,
  provider: Provider,
  /** How long the purpose tree is kept (purpose.service.ts cachedPurposes). @default 5000 */
  purposeTtlMs = 5000,
): RequestContextFactory {
  // Rate-limit windows in the process's store (shared through Redis when FIDELE_REDIS_URL is set); the digests of
  // keys already verified with argon2 stay per instance: they cache a check, never a key's state.
  const limiter = apiKeyRateLimiter(rateLimitStore());
  const verifiedKeys = new Map<string, Buffer>();
  // The purpose tree, re-read every 5 s at most (purpose.service.ts: purposes change only by migration or seed).
  const purposes = cachedPurposes(db, purposeTtlMs);
  return async (headers, now = new Date()) => {
    const apiKey = headers.get(API_KEY_HEADER);
    const authorization = headers.get('authorization');
    if (apiKey && authorization) throw new ApiError('UNAUTHENTICATED', 'Send a token or an API key, not both.');
    const principal = apiKey
      ? await principalFromApiKey(db, apiKey, limiter, verifiedKeys, now)
      : await principalFromAuthorization(db, authorization);
    const purpose = await resolvePurpose(db, principal, headers.get(PURPOSE_HEADER), purposes);
    return { db, provider, principal, purpose, now, loaders: { consent: createConsentLoader(db, purpose, now) } };
  };
}

/** One log line when a replica goes away or comes back, and for each read run again on the primary. */
function logReplicaEvent(event: {
  replica: string;
  kind: 'down' | 'up' | 'failover' | 'barrier_unknown';
  error?: string;
}): void {
  if (event.kind === 'failover') recordRoutedRead('primary', 'replica_failed');
  const message = {
    down: 'read replica unreachable: its reads go to the primary',
    up: 'read replica reachable again',
    failover: 'read replica failed a read: run again on the primary',
    barrier_unknown:
      'the position of an access change could not be stored: this instance reads from the primary for the lag limit',
  }[event.kind];
  rootLogger()[event.kind === 'up' ? 'info' : 'warn']({ replica: event.replica, error: event.error }, message);
}

/**
 * The GraphQL server (graphql-yoga follows the GraphQL over HTTP specification: GET for queries, POST, content
 * negotiation, status codes). Unexpected errors are masked: the client sees "Unexpected error.", the log gets the
 * cause.
 */
export function createFideleYoga(
  options: FideleYogaOptions & { contextFactory?: RequestContextFactory },
): YogaServerInstance<Record<string, unknown>, Context> {
  const contextOf =
    options.contextFactory ?? createRequestContextFactory(options.db, options.provider, options.purposeTtlMs);
  const production = options.production ?? isProduction();
  const origins = options.corsOrigins ?? corsOrigins();
  const routing =
    options.readRouting === undefined
      ? readRoutingFor(options.db, options.provider, process.env, { onEvent: logReplicaEvent })
      : options.readRouting;
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    maskedErrors: { maskError: maskUnexpected },
    // The unexpected errors Yoga masks go to the request's log, with its id (observability/).
    logging: yogaLogging,
    // Limits and introspection depend on who is asking: a document valid for staff may not be for a partner.
    parserAndValidationCache: false,
    maxRequestBodySize: options.maxRequestBodySize ?? 1_000_000,
    // No origin is reflected: only the allow-list may call with credentials from a browser; none when it is empty.
    cors: origins.length ? { origin: origins, credentials: true, maxAge: 600 } : false,
    plugins: [
      useRequestContext({ contextOf }),
      useOperationLimits(options.limits),
      useSchemaPrivacy({ enabled: production }),
      useRequestBudget({ timeoutMs: Number(process.env.FIDELE_REQUEST_TIMEOUT_MS) || undefined, ...options.budget }),
      useErrorCodes(),
      useCodedHttpErrors(),
      useSecurityHeaders(),
      useAuditLog(options.audit),
      // After the audit log: a mutation's write position is taken once its audit rows are written too.
      useReplicaRouting({ routing }),
      useObservability(),
      // Last: the plugins above read the errors as GraphQLErrors.
      useLeanErrors(),
    ],
    graphiql:
      (options.graphiql ?? !production) && !production
        ? { title: 'Fidele GraphQL', defaultQuery: exampleQuery }
        : false,
    // Built by useRequestContext when the parameters were read (the limits needed the principal); built here only
    // for a caller of `getEnveloped` that bypasses the HTTP handling.
    context: async ({ request }): Promise<Context> => requestContext(request) ?? contextOf(request.headers),
  });
}
