import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { FideleError, type FideleErrorEntry } from './errors.js';
import { HealthDocument, OverviewDocument } from './generated/graphql.js';

export interface FideleClientOptions {
  /** The GraphQL endpoint. @example 'http://127.0.0.1:4000/graphql' */
  url: string;
  /** A staff user's bearer token. */
  token?: string;
  /** A partner application's API key. */
  apiKey?: string;
  /** The access purpose every request declares (header `x-fidele-purpose`). @example 'customer_service' */
  purpose?: string;
  /** A fetch implementation. @default globalThis.fetch */
  fetch?: typeof fetch;
}

type Doc<R, V> = DocumentTypeDecoration<R, V> & { toString(): string };

/** A typed client: `execute` runs any generated document; the named methods cover the common operations. */
export function createFideleClient(options: FideleClientOptions) {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.apiKey) headers['x-api-key'] = options.apiKey;
  if (options.purpose) headers['x-fidele-purpose'] = options.purpose;

  async function execute<R, V>(document: Doc<R, V>, ...[variables]: V extends Record<string, never> ? [] | [V] : [V]): Promise<R> {
    let res: Response;
    try {
      res = await doFetch(options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: document.toString(), variables }),
      });
    } catch (e) {
      throw new FideleError([{ code: 'NETWORK', message: (e as Error).message }]);
    }
    const body = (await res.json().catch(() => null)) as { data?: R | null; errors?: RawError[] } | null;
    if (!body) throw new FideleError([{ code: 'NETWORK', message: `HTTP ${res.status}: not a GraphQL response` }], null, res.status);
    if (body.errors?.length) throw new FideleError(body.errors.map(toEntry), body.data ?? null, res.status);
    return body.data as R;
  }

  return {
    execute,
    health: () => execute(HealthDocument).then((d) => d.health),
    overview: () => execute(OverviewDocument).then((d) => d.overview),
  };
}

export type FideleClient = ReturnType<typeof createFideleClient>;

interface RawError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; fields?: FideleErrorEntry['fields'] };
}

const toEntry = (e: RawError): FideleErrorEntry => ({
  message: e.message,
  code: e.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
  ...(e.path ? { path: e.path } : {}),
  ...(e.extensions?.fields ? { fields: e.extensions.fields } : {}),
});
