/**
 * A small typed GraphQL client on `fetch`. The admin only runs a handful of hand-written operations for now;
 * `@fidele/sdk` (generated from schema.graphql) will replace this file, so its shapes mirror the SDK's:
 * a failed request throws a {@link GraphQLRequestError} carrying every error with its stable `extensions.code`.
 */

/**
 * A GraphQL operation with its result and variable types attached (phantom types, nothing at run time).
 *
 * @example
 * const HealthQuery = graphqlDocument<{ health: { status: string } }>('query Health { health { status } }');
 */
export interface TypedDocument<TData, TVariables = Record<string, never>> {
  readonly query: string;
  /** Never set: carries the types only. */
  readonly __types?: { data: TData; variables: TVariables };
}

/** Declares a typed operation from its text. */
export function graphqlDocument<TData, TVariables = Record<string, never>>(query: string): TypedDocument<TData, TVariables> {
  return { query };
}

/** One error of a GraphQL response, with the API's stable code (`NETWORK` when the server could not be reached). */
export interface GraphQLErrorEntry {
  message: string;
  code: string;
  path?: readonly (string | number)[];
}

/** A request that failed: transport failure, non-GraphQL answer, or a response with `errors`. */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  constructor(
    readonly errors: GraphQLErrorEntry[],
    readonly status?: number,
  ) {
    super(errors.map((e) => `${e.code}: ${e.message}`).join('; '));
  }
  /** The code of the first error. */
  get code(): string {
    return this.errors[0]?.code ?? 'INTERNAL_SERVER_ERROR';
  }
}

export interface GraphQLClientOptions {
  /**
   * The GraphQL endpoint, absolute or relative to the page.
   * @example '/graphql'
   */
  url: string;
  /**
   * A fetch implementation (tests, or a host app that adds credentials).
   * @default globalThis.fetch
   */
  fetch?: typeof fetch;
  /**
   * Extra headers sent with every request.
   * @default {}
   */
  headers?: Record<string, string>;
}

export interface GraphQLClient {
  /** The endpoint this client talks to. */
  readonly url: string;
  /** Runs one operation; resolves with `data`, rejects with a {@link GraphQLRequestError}. */
  request<TData, TVariables>(
    document: TypedDocument<TData, TVariables>,
    ...args: Record<string, never> extends TVariables ? [variables?: TVariables, init?: RequestOptions] : [variables: TVariables, init?: RequestOptions]
  ): Promise<TData>;
}

export interface RequestOptions {
  /** Cancels the request (react-query passes one when a query is no longer needed). */
  signal?: AbortSignal;
}

interface RawError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const headers = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    ...options.headers,
  };
  return {
    url: options.url,
    async request<TData, TVariables>(document: TypedDocument<TData, TVariables>, variables?: TVariables, init?: RequestOptions) {
      let res: Response;
      try {
        res = await doFetch(options.url, {
          method: 'POST',
          headers,
          credentials: 'same-origin',
          body: JSON.stringify({ query: document.query, variables }),
          ...(init?.signal ? { signal: init.signal } : {}),
        });
      } catch (e) {
        if ((e as Error).name === 'AbortError') throw e;
        throw new GraphQLRequestError([{ code: 'NETWORK', message: (e as Error).message }]);
      }
      const body = (await res.json().catch(() => null)) as { data?: TData | null; errors?: RawError[] } | null;
      if (!body || typeof body !== 'object') {
        throw new GraphQLRequestError([{ code: 'NETWORK', message: `HTTP ${res.status}: not a GraphQL response` }], res.status);
      }
      if (body.errors?.length) {
        throw new GraphQLRequestError(
          body.errors.map((e) => ({
            message: e.message,
            code: e.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
            ...(e.path ? { path: e.path } : {}),
          })),
          res.status,
        );
      }
      if (body.data == null) throw new GraphQLRequestError([{ code: 'NETWORK', message: `HTTP ${res.status}: no data` }], res.status);
      return body.data;
    },
  } as GraphQLClient;
}
