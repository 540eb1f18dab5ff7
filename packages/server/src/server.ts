import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Context } from './context.js';
import type { Db } from './db/client.js';
import type { Provider } from './db/paths.js';
import { ApiError } from './errors.js';
import { API_KEY_HEADER, principalFromApiKey } from './modules/auth/api-key.service.js';
import { principalFromAuthorization } from './modules/auth/auth.service.js';
import { FixedWindowRateLimiter } from './modules/auth/rate-limit.js';
import { type AuditLogOptions, useAuditLog } from './modules/audit/use-audit-log.js';
import { createConsentLoader } from './modules/consent/consent.loader.js';
import { resolvePurpose } from './modules/consent/purpose.service.js';
import { schema } from './schema.js';

export interface FideleYogaOptions {
  db: Db;
  provider: Provider;
  /**
   * Serve GraphiQL on GET /graphql from a browser.
   * @default true
   */
  graphiql?: boolean;
  /** Options of the audit log plugin. @default {} (on) */
  audit?: AuditLogOptions;
}

/** The header in which every request declares its access purpose (a purpose code, e.g. `customer_service`). */
export const PURPOSE_HEADER = 'x-fidele-purpose';

export const exampleQuery = `# Welcome to Fidele. Three steps to explore the API (the Docs panel lists every type):
#
# 1. Run "Login" (the play button's menu): a demo user, as printed when the server started.
# 2. Open the Headers tab below and paste, with the token you got:
#      { "Authorization": "Bearer <token>", "x-fidele-purpose": "customer_service" }
#    The purpose says why you read personal data; each role may declare its own (see the README).
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
export interface RequestContextFactory {
  /** The per-request context of a request with these headers: principal, purpose, loaders. Throws ApiError. */
  (headers: Headers, now?: Date): Promise<Context>;
}

/**
 * How a request becomes a Context (who, why, loaders): shared by /graphql and the plain HTTP routes (downloads,
 * uploads, inbound webhooks) so that both apply the same authentication, rate limit and purpose rules.
 */
export function createRequestContextFactory(db: Db, provider: Provider): RequestContextFactory {
  // Per instance: API key rate-limit windows and the digests of keys already verified with argon2.
  const limiter = new FixedWindowRateLimiter();
  const verifiedKeys = new Map<string, Buffer>();
  return async (headers, now = new Date()) => {
    const apiKey = headers.get(API_KEY_HEADER);
    const authorization = headers.get('authorization');
    if (apiKey && authorization) throw new ApiError('UNAUTHENTICATED', 'Send a token or an API key, not both.');
    const principal = apiKey
      ? await principalFromApiKey(db, apiKey, limiter, verifiedKeys, now)
      : await principalFromAuthorization(db, authorization);
    const purpose = await resolvePurpose(db, principal, headers.get(PURPOSE_HEADER));
    return { db, provider, principal, purpose, now, loaders: { consent: createConsentLoader(db, purpose, now) } };
  };
}

/**
 * The GraphQL server (graphql-yoga follows the GraphQL over HTTP specification: GET for queries, POST, content
 * negotiation, status codes). Unexpected errors are masked: the client sees "Unexpected error.", the log gets the
 * cause.
 */
export function createFideleYoga(
  options: FideleYogaOptions & { contextFactory?: RequestContextFactory },
): YogaServerInstance<Record<string, unknown>, Context> {
  const contextOf = options.contextFactory ?? createRequestContextFactory(options.db, options.provider);
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    maskedErrors: true,
    plugins: [useAuditLog(options.audit)],
    graphiql: options.graphiql === false ? false : { title: 'Fidele GraphQL', defaultQuery: exampleQuery },
    context: ({ request }): Promise<Context> => contextOf(request.headers),
  });
}
