import { FideleError, type FideleErrorEntry } from './errors.js';
import type { ContactFilter, ExportFormat } from './generated/graphql.js';

/** What to export: the same parameters as the `exportContacts` query. */
export interface ContactsExportRequest {
  /** @default 'CSV' */
  format?: ExportFormat;
  /** The contacts list filter (e.g. `{ ids: [...] }` for a selection, `{ kind: ['CLIENT'] }`). */
  filter?: ContactFilter | null;
  /** A segment's global id. */
  segment?: string | null;
  /** Columns, in order. @default every column your role may read */
  columns?: string[] | null;
}

/** A started download: what the server says about the file, and its bytes as they arrive. */
export interface ContactsExportDownload {
  fileName: string;
  mimeType: string;
  /** Contacts in the file. */
  rowCount: number;
  /** Contacts of the list left out because their consent does not cover the declared purpose. */
  excludedWithoutConsent: number;
  /** Confidential columns your role may not read, left out. */
  withheldColumns: string[];
  columns: string[];
  /** The file as it streams in (write it to disk chunk by chunk: memory stays flat). Read it or `blob()`, once. */
  body: ReadableStream<Uint8Array>;
  /** The whole file in memory (a browser's download link). */
  blob(): Promise<Blob>;
}

/** The download URL beside the GraphQL endpoint: `https://crm.example/graphql` → `https://crm.example/export/contacts?…`. */
export function contactsExportUrl(graphqlUrl: string, request: ContactsExportRequest = {}): string {
  const base = (graphqlUrl.split('?')[0] ?? '').replace(/\/?[^/]*$/, '');
  const params = new URLSearchParams({ format: (request.format ?? 'CSV').toLowerCase() });
  if (request.filter) params.set('filter', JSON.stringify(request.filter));
  if (request.segment) params.set('segment', request.segment);
  if (request.columns?.length) params.set('columns', request.columns.join(','));
  return `${base}/export/contacts?${params}`;
}

/**
 * GET /export/contacts with the client's token (or API key) and purpose. Errors throw a FideleError with the
 * server's stable code and HTTP status (UNAUTHENTICATED 401, FORBIDDEN and CONSENT_REQUIRED 403, VALIDATION 400,
 * NOT_FOUND 404). Used by `client.downloadContactsExport`.
 */
export async function requestContactsExport(
  doFetch: typeof fetch,
  graphqlUrl: string,
  headers: Record<string, string>,
  request: ContactsExportRequest = {},
): Promise<ContactsExportDownload> {
  let res: Response;
  try {
    res = await doFetch(contactsExportUrl(graphqlUrl, request), { method: 'GET', headers });
  } catch (e) {
    throw new FideleError([{ code: 'NETWORK', message: (e as Error).message }]);
  }
  if (!res.ok || !res.body) {
    const body = (await res.json().catch(() => null)) as {
      error?: { code?: string; message?: string; fields?: FideleErrorEntry['fields'] };
    } | null;
    const error = body?.error;
    if (!error?.code)
      throw new FideleError([{ code: 'NETWORK', message: `HTTP ${res.status}: not an export` }], null, res.status);
    const { code, message, fields, ...extensions } = error;
    throw new FideleError(
      [{ code, message: message ?? code, ...(fields ? { fields } : {}), extensions: { code, ...extensions } }],
      null,
      res.status,
    );
  }
  const list = (name: string) => (res.headers.get(name) ?? '').split(',').filter(Boolean);
  const fileName = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'contacts';
  return {
    fileName,
    mimeType: res.headers.get('content-type') ?? 'application/octet-stream',
    rowCount: Number(res.headers.get('x-fidele-row-count') ?? 0),
    excludedWithoutConsent: Number(res.headers.get('x-fidele-excluded-without-consent') ?? 0),
    withheldColumns: list('x-fidele-withheld-columns'),
    columns: list('x-fidele-columns'),
    body: res.body,
    blob: () => res.blob(),
  };
}
