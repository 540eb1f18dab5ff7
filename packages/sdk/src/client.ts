import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { type ContactsExportDownload, type ContactsExportRequest, requestContactsExport } from './download.js';
import { FideleError, isWithheld, type FideleErrorEntry } from './errors.js';
import * as ops from './generated/graphql.js';

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

/** Variables are optional when every variable of the operation is. */
export type VariablesArg<V> = {} extends V ? [variables?: V] : [variables: V];

/**
 * A response with its data and the entries of the fields the access rules withheld (null in `data`). Operation
 * errors (VALIDATION, CONFLICT, NOT_FOUND, UNAUTHENTICATED, ... and any error on a root field) throw instead.
 */
export interface FideleResult<T> {
  data: T;
  /** Withheld fields only: CONSENT_REQUIRED or FORBIDDEN, each with the path of the field that answered null. */
  errors: FideleErrorEntry[];
}

interface Op<R, V, T> {
  document: FideleDocument<R, V>;
  pick: (data: R) => T;
}
const op = <R, V, T>(document: FideleDocument<R, V>, pick: (data: R) => T): Op<R, V, T> => ({ document, pick });

/**
 * The named methods: one per common operation, returning the root field's value. Each runs the generated document
 * of the same name (`ContactsDocument` for `contacts`); `execute` runs any other.
 */
const operations = {
  // Auth
  login: op(ops.LoginDocument, (d) => d.login),
  me: op(ops.MeDocument, (d) => d.me),
  // Reference data, overview
  health: op(ops.HealthDocument, (d) => d.health),
  overview: op(ops.OverviewDocument, (d) => d.overview),
  referenceData: op(ops.ReferenceDataDocument, (d) => d),
  // Contacts
  contacts: op(ops.ContactsDocument, (d) => d.contacts),
  contact: op(ops.ContactDocument, (d) => d.contact),
  contactConfidential: op(ops.ContactConfidentialDocument, (d) => d.contact),
  contactSynopsis: op(ops.ContactSynopsisDocument, (d) => d.contact),
  contactTimeline: op(ops.ContactTimelineDocument, (d) => d.contact),
  createContact: op(ops.CreateContactDocument, (d) => d.createContact),
  updateContact: op(ops.UpdateContactDocument, (d) => d.updateContact),
  deleteContact: op(ops.DeleteContactDocument, (d) => d.deleteContact),
  restoreContact: op(ops.RestoreContactDocument, (d) => d.restoreContact),
  // Partner reads
  partnerContacts: op(ops.PartnerContactsDocument, (d) => d.contacts),
  partnerContact: op(ops.PartnerContactDocument, (d) => d.contact),
  // Products
  products: op(ops.ProductsDocument, (d) => d.products),
  product: op(ops.ProductDocument, (d) => d.product),
  productCost: op(ops.ProductCostDocument, (d) => d.product),
  createProduct: op(ops.CreateProductDocument, (d) => d.createProduct),
  updateProduct: op(ops.UpdateProductDocument, (d) => d.updateProduct),
  deleteProduct: op(ops.DeleteProductDocument, (d) => d.deleteProduct),
  // Marketing actions
  marketingActions: op(ops.MarketingActionsDocument, (d) => d.marketingActions),
  marketingAction: op(ops.MarketingActionDocument, (d) => d.marketingAction),
  createMarketingAction: op(ops.CreateMarketingActionDocument, (d) => d.createMarketingAction),
  updateMarketingAction: op(ops.UpdateMarketingActionDocument, (d) => d.updateMarketingAction),
  deleteMarketingAction: op(ops.DeleteMarketingActionDocument, (d) => d.deleteMarketingAction),
  // Targets and responses
  actionTargets: op(ops.ActionTargetsDocument, (d) => d.actionTargets),
  targetContacts: op(ops.TargetContactsDocument, (d) => d.targetContacts),
  recordResponse: op(ops.RecordResponseDocument, (d) => d.recordResponse),
  recordActionResponse: op(ops.RecordActionResponseDocument, (d) => d.recordActionResponse),
  clearResponse: op(ops.ClearResponseDocument, (d) => d.clearResponse),
  deleteActionTarget: op(ops.DeleteActionTargetDocument, (d) => d.deleteActionTarget),
  // Sales
  sales: op(ops.SalesDocument, (d) => d.sales),
  sale: op(ops.SaleDocument, (d) => d.sale),
  saleMargin: op(ops.SaleMarginDocument, (d) => d.sale),
  recordSale: op(ops.RecordSaleDocument, (d) => d.recordSale),
  updateSale: op(ops.UpdateSaleDocument, (d) => d.updateSale),
  deleteSale: op(ops.DeleteSaleDocument, (d) => d.deleteSale),
  // Activities and tasks
  activities: op(ops.ActivitiesDocument, (d) => d.activities),
  createActivity: op(ops.CreateActivityDocument, (d) => d.createActivity),
  updateActivity: op(ops.UpdateActivityDocument, (d) => d.updateActivity),
  deleteActivity: op(ops.DeleteActivityDocument, (d) => d.deleteActivity),
  tasks: op(ops.TasksDocument, (d) => d.tasks),
  createTask: op(ops.CreateTaskDocument, (d) => d.createTask),
  updateTask: op(ops.UpdateTaskDocument, (d) => d.updateTask),
  deleteTask: op(ops.DeleteTaskDocument, (d) => d.deleteTask),
  // Analytics
  actionComparison: op(ops.ActionComparisonDocument, (d) => d.actionComparison),
  actionPerformance: op(ops.ActionPerformanceDocument, (d) => d.actionPerformance),
  contactDistribution: op(ops.ContactDistributionDocument, (d) => d.contactDistribution),
  contactResponseRate: op(ops.ContactResponseRateDocument, (d) => d.contactResponseRate),
  scoreSnapshots: op(ops.ScoreSnapshotsDocument, (d) => d.scoreSnapshots),
  contactScore: op(ops.ContactScoreDocument, (d) => d.contactScore),
  contactScores: op(ops.ContactScoresDocument, (d) => d.contactScores),
  refreshScores: op(ops.RefreshScoresDocument, (d) => d.refreshScores),
  // Partner keys and audit (admins)
  apiKeys: op(ops.ApiKeysDocument, (d) => d.apiKeys),
  createApiKey: op(ops.CreateApiKeyDocument, (d) => d.createApiKey),
  revokeApiKey: op(ops.RevokeApiKeyDocument, (d) => d.revokeApiKey),
  auditLog: op(ops.AuditLogDocument, (d) => d.auditLog),
  // Data quality: duplicates, merge, import, export
  duplicateCandidates: op(ops.DuplicateCandidatesDocument, (d) => d.duplicateCandidates),
  mergeContacts: op(ops.MergeContactsDocument, (d) => d.mergeContacts),
  importFile: op(ops.ImportFileDocument, (d) => d.importFile),
  startImport: op(ops.StartImportDocument, (d) => d.startImport),
  importJob: op(ops.ImportJobDocument, (d) => d.importJob),
  exportContacts: op(ops.ExportContactsDocument, (d) => d.exportContacts),
  // Segments and targeting (campaigns)
  segments: op(ops.SegmentsDocument, (d) => d.segments),
  previewSegment: op(ops.PreviewSegmentDocument, (d) => d.previewSegment),
  createSegment: op(ops.CreateSegmentDocument, (d) => d.createSegment),
  updateSegment: op(ops.UpdateSegmentDocument, (d) => d.updateSegment),
  freezeSegment: op(ops.FreezeSegmentDocument, (d) => d.freezeSegment),
  deleteSegment: op(ops.DeleteSegmentDocument, (d) => d.deleteSegment),
  targetAction: op(ops.TargetActionDocument, (d) => d.targetAction),
  sendingList: op(ops.SendingListDocument, (d) => d.sendingList),
  pressureRules: op(ops.PressureRulesDocument, (d) => d.pressureRules),
  createPressureRule: op(ops.CreatePressureRuleDocument, (d) => d.createPressureRule),
  updatePressureRule: op(ops.UpdatePressureRuleDocument, (d) => d.updatePressureRule),
  deletePressureRule: op(ops.DeletePressureRuleDocument, (d) => d.deletePressureRule),
  setChannelOptOut: op(ops.SetChannelOptOutDocument, (d) => d.setChannelOptOut),
};

type Operations = typeof operations;
/** The named methods: `client.contacts({ first: 20 })` resolves to the `contacts` connection. */
export type FideleMethods = {
  [K in keyof Operations]: Operations[K] extends Op<any, infer V, infer T>
    ? (...args: VariablesArg<V>) => Promise<T>
    : never;
};
/** The same methods returning `{ data, errors }` with the withheld-field entries. */
export type FideleMethodsWithErrors = {
  [K in keyof Operations]: Operations[K] extends Op<any, infer V, infer T>
    ? (...args: VariablesArg<V>) => Promise<FideleResult<T>>
    : never;
};

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
 * A typed client for the Fidele API. It only needs `fetch`, so it runs in Node (18+), browsers, workers and Deno.
 *
 * @example
 * const fidele = createFideleClient({ url: 'https://crm.example/graphql', apiKey, purpose: 'partner_sharing' });
 * const { totalCount, edges } = await fidele.partnerContacts({ first: 50 });
 */
export function createFideleClient(options: FideleClientOptions): FideleClient {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    ...options.headers,
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.apiKey) headers['x-api-key'] = options.apiKey;
  if (options.purpose) headers['x-fidele-purpose'] = options.purpose;

  async function executeWithErrors<R, V>(
    document: FideleDocument<R, V>,
    ...[variables]: VariablesArg<NoInfer<V>>
  ): Promise<FideleResult<R>> {
    let res: Response;
    try {
      res = await doFetch(options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
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

  async function execute<R, V>(document: FideleDocument<R, V>, ...args: VariablesArg<NoInfer<V>>): Promise<R> {
    const { data, errors } = await executeWithErrors(document, ...args);
    if (errors.length && options.withheld === 'throw') throw new FideleError(errors, data);
    return data;
  }

  const methods = {} as Record<string, (variables?: unknown) => Promise<unknown>>;
  const withErrors = {} as Record<string, (variables?: unknown) => Promise<unknown>>;
  for (const [name, o] of Object.entries(operations) as [string, Op<any, any, unknown>][]) {
    methods[name] = async (variables) => o.pick(await execute(o.document, variables));
    withErrors[name] = async (variables) => {
      const r = await executeWithErrors(o.document, variables);
      return { data: o.pick(r.data), errors: r.errors };
    };
  }

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

  return {
    ...(methods as unknown as FideleMethods),
    execute,
    executeWithErrors,
    withErrors: withErrors as unknown as FideleMethodsWithErrors,
    paginate,
    downloadContactsExport: (request) => {
      const { 'content-type': _json, accept: _accept, ...auth } = headers;
      return requestContactsExport(doFetch, options.url, auth, request);
    },
  };
}
