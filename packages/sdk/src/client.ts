import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { type ContactsExportDownload, type ContactsExportRequest, requestContactsExport } from './download.js';
import { FideleError } from './errors.js';
import { methodTable } from './generated/methods.js';
import { requestHeaders, send, type FideleResult, type Transport } from './transport.js';

export type { FideleResult } from './transport.js';

export interface FideleClientOptions {
  /** The GraphQL endpoint. @example 'http://127.0.0.1:4000/graphql' */
  url: string;
  /** A staff user's bearer token (from `login`). Send a token or an API key, not both. */
  token?: string;
  /** A partner application's API key (`fid_<prefix>_<secret>`, header `x-api-key`). */
  apiKey?: string;
  /**
   * The access purpose every request declares (header `x-fidele-purpose`). Personal fields resolve only for
   * contacts whose consent covers it. @example 'partner_sharing'
   */
  purpose?: string;
  /** A fetch implementation (tests, proxies, older runtimes). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Extra headers sent with every request (tracing, a proxy's own authentication). */
  headers?: Record<string, string>;
  /**
   * What to do with withheld fields (CONSENT_REQUIRED or FORBIDDEN on a field below a root field) when a method
   * returns the data alone: `'null'` returns the data with those fields null, as the API does; `'throw'` throws a
   * FideleError that carries the partial data. `withErrors.*` and `executeWithErrors` always return the entries.
   * @default 'null'
   */
  withheld?: 'null' | 'throw';
}

/** A typed GraphQL document: the generated `…Document` constants, or any TypedDocumentString. */
export type FideleDocument<R, V> = DocumentTypeDecoration<R, V> & { toString(): string };

/**
 * An object with no required key. Variables are optional when `NoRequiredVariables` is valid variables: when every
 * variable of the operation is optional, or there is none.
 */
type NoRequiredVariables = Record<never, never>;

/** Variables are optional when every variable of the operation is. */
export type VariablesArg<V> = NoRequiredVariables extends V ? [variables?: V] : [variables: V];

type MethodTable = typeof methodTable;

/** What a method resolves to: its operation's root field (`root`), or the whole data when `root` is null. */
type Resolved<R, Root> = Root extends keyof R ? R[Root] : R;

/** The method made from one entry of the generated table, its result in `{ data, errors }` when `Wrapped`. */
type Method<Entry, Wrapped extends boolean> = Entry extends {
  document: DocumentTypeDecoration<infer R, infer V>;
  root: infer Root;
}
  ? (...args: VariablesArg<V>) => Promise<Wrapped extends true ? FideleResult<Resolved<R, Root>> : Resolved<R, Root>>
  : never;

/**
 * The named methods, one per operation of src/operations (generated into `methodTable`): `client.contacts({ first:
 * 20 })` runs `ContactsDocument` and resolves to the `contacts` connection; `execute` runs any other document.
 */
export type FideleMethods = { [K in keyof MethodTable]: Method<MethodTable[K], false> };
/** The same methods returning `{ data, errors }` with the withheld-field entries. */
export type FideleMethodsWithErrors = { [K in keyof MethodTable]: Method<MethodTable[K], true> };

export interface FideleClient extends FideleMethods {
  /**
   * Runs any typed document and returns its data. Operation errors throw a FideleError; withheld fields answer null
   * (or throw with `withheld: 'throw'`).
   */
  execute<R, V>(document: FideleDocument<R, V>, ...args: VariablesArg<NoInfer<V>>): Promise<R>;
  /** Runs any typed document and returns `{ data, errors }`: the data and the withheld-field entries. */
  executeWithErrors<R, V>(document: FideleDocument<R, V>, ...args: VariablesArg<NoInfer<V>>): Promise<FideleResult<R>>;
  /** The named methods, each returning `{ data, errors }` with the withheld-field entries. */
  withErrors: FideleMethodsWithErrors;
  /**
   * Every page of a connection, following `pageInfo.endCursor` (`first` is the page size).
   * @example for await (const c of fidele.paginate(fidele.contacts, { first: 100 })) console.log(c.lastName);
   */
  paginate<V, N>(
    method: (variables: V) => Promise<Connection<N>>,
    variables: NoInfer<V>,
  ): AsyncGenerator<N, void, undefined>;
  /**
   * The contacts export as a streamed download (GET /export/contacts beside the GraphQL endpoint), for lists of any
   * size, with this client's credentials and purpose. Throws a FideleError with the stable code on refusal.
   * @example
   * const file = await fidele.downloadContactsExport({ format: 'CSV', filter: { ids: selected } });
   * await pipeline(Readable.fromWeb(file.body), createWriteStream(file.fileName));
   */
  downloadContactsExport(request?: ContactsExportRequest): Promise<ContactsExportDownload>;
}

/** The shape every list of the API shares. */
export interface Connection<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: N }[];
}

/** Reads a method's result out of its operation's data: the root field, or the whole data. */
const pick = (root: string | null, data: unknown): unknown =>
  root === null ? data : (data as Record<string, unknown>)[root];

type Send = (query: string, variables: unknown) => Promise<FideleResult<unknown>>;
type AnyMethod = (variables?: unknown) => Promise<unknown>;

/**
 * Binds every entry of the generated table to the client: `methods` answer as `execute` does (withheld fields null,
 * or a throw with `withheld: 'throw'`), `withErrors` as `executeWithErrors` does.
 */
function bindMethods(sendQuery: Send, throwOnWithheld: boolean) {
  const methods: Record<string, AnyMethod> = {};
  const withErrors: Record<string, AnyMethod> = {};
  for (const [name, { document, root }] of Object.entries(methodTable)) {
    withErrors[name] = async (variables) => {
      const r = await sendQuery(document.toString(), variables);
      return { data: pick(root, r.data), errors: r.errors };
    };
    methods[name] = async (variables) => {
      const { data, errors } = await sendQuery(document.toString(), variables);
      if (errors.length && throwOnWithheld) throw new FideleError(errors, data);
      return pick(root, data);
    };
  }
  // Both records and both mapped types are made from the same generated `methodTable`, key by key.
  return { methods: methods as FideleMethods, withErrors: withErrors as FideleMethodsWithErrors };
}

/** Every node of a connection, page after page, from the `after` of `variables` on. */
async function* paginate<V, N>(
  method: (variables: V) => Promise<Connection<N>>,
  variables: NoInfer<V>,
): AsyncGenerator<N, void, undefined> {
  let after = (variables as { after?: string | null } | undefined)?.after ?? null;
  for (;;) {
    const page = await method({ ...variables, after } as V);
    for (const edge of page.edges) yield edge.node;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}

/**
 * A typed client for the Fidele API. It only needs `fetch`, so it runs in Node (18+), browsers, workers and Deno.
 *
 * @example
 * const fidele = createFideleClient({ url: 'https://crm.example/graphql', apiKey, purpose: 'partner_sharing' });
 * const { totalCount, edges } = await fidele.partnerContacts({ first: 50 });
 */
export function createFideleClient(options: FideleClientOptions): FideleClient {
  const transport: Transport = {
    url: options.url,
    headers: requestHeaders(options),
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
  };
  const throwOnWithheld = options.withheld === 'throw';

  const executeWithErrors = <R, V>(
    document: FideleDocument<R, V>,
    ...[variables]: VariablesArg<NoInfer<V>>
  ): Promise<FideleResult<R>> => send<R>(transport, document.toString(), variables);

  async function execute<R, V>(document: FideleDocument<R, V>, ...args: VariablesArg<NoInfer<V>>): Promise<R> {
    const { data, errors } = await executeWithErrors(document, ...args);
    if (errors.length && throwOnWithheld) throw new FideleError(errors, data);
    return data;
  }

  const { methods, withErrors } = bindMethods((query, variables) => send(transport, query, variables), throwOnWithheld);
  return {
    ...methods,
    execute,
    executeWithErrors,
    withErrors,
    paginate,
    downloadContactsExport: (request) => {
      const { 'content-type': _json, accept: _accept, ...auth } = transport.headers;
      return requestContactsExport(transport.fetch, options.url, auth, request);
    },
  };
}
