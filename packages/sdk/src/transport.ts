import { FideleError, isWithheld, type FideleErrorEntry } from './errors.js';

/** How the client reaches the API: the endpoint, the headers of every request and the fetch to send them with. */
export interface Transport {
  url: string;
  headers: Record<string, string>;
  fetch: typeof fetch;
}

/**
 * A response with its data and the entries of the fields the access rules withheld (null in `data`). Operation
 * errors (VALIDATION, CONFLICT, NOT_FOUND, UNAUTHENTICATED, ... and any error on a root field) throw instead.
 */
export interface FideleResult<T> {
  data: T;
  /** Withheld fields only: CONSENT_REQUIRED or FORBIDDEN, each with the path of the field that answered null. */
  errors: FideleErrorEntry[];
}

/** The credentials, purpose and extra headers of the client options, as the headers every request carries. */
export function requestHeaders(options: {
  token?: string;
  apiKey?: string;
  purpose?: string;
  headers?: Record<string, string>;
}): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    ...options.headers,
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.apiKey) headers['x-api-key'] = options.apiKey;
  if (options.purpose) headers['x-fidele-purpose'] = options.purpose;
  return headers;
}

interface RawError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown> & { code?: string; fields?: FideleErrorEntry['fields'] };
}

const toEntry = (e: RawError): FideleErrorEntry => ({
  message: e.message,
  code: e.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
  ...(e.path ? { path: e.path } : {}),
  ...(e.extensions?.fields ? { fields: e.extensions.fields } : {}),
  ...(e.extensions ? { extensions: e.extensions } : {}),
});

/**
 * Posts one GraphQL request. `R` is what the caller's typed document says the data is: the server answers the
 * document it was sent, so the JSON is read as that type.
 */
export async function send<R>(transport: Transport, query: string, variables: unknown): Promise<FideleResult<R>> {
  let res: Response;
  try {
    res = await transport.fetch(transport.url, {
      method: 'POST',
      headers: transport.headers,
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
  } catch (e) {
    throw new FideleError([{ code: 'NETWORK', message: (e as Error).message }]);
  }
  const retryAfter = Number(res.headers.get('retry-after'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  const body = (await res.json().catch(() => null)) as { data?: R | null; errors?: RawError[] } | null;
  if (!body || typeof body !== 'object' || (!('data' in body) && !('errors' in body))) {
    throw new FideleError(
      [{ code: 'NETWORK', message: `HTTP ${res.status}: not a GraphQL response` }],
      null,
      res.status,
    );
  }
  const errors = (body.errors ?? []).map(toEntry);
  // Anything but a withheld field fails the operation: there is no trustworthy result to return.
  if (body.data == null || errors.some((e) => !isWithheld(e))) {
    throw new FideleError(errors, body.data ?? null, res.status, retryAfterSeconds);
  }
  return { data: body.data, errors };
}
