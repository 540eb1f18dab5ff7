import { FideleError, type FideleErrorEntry } from './errors.js';

/** How to reach the server: the same options as the GraphQL client. */
export interface DocumentTransport {
  /** The GraphQL endpoint; the document routes are beside it. @example 'http://127.0.0.1:4000/graphql' */
  url: string;
  /** A staff user's bearer token. */
  token: string;
  /** The purpose the requests declare (header `x-fidele-purpose`). */
  purpose?: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** A stored document, as the upload answers it. */
export interface UploadedDocument {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  version: number;
}

export interface DocumentUpload {
  /** The global id of the contact, or of the marketing action, the file is attached to (exactly one). */
  contact?: string;
  action?: string;
  fileName: string;
  /** The bytes (a browser File or Blob, or bytes in Node). */
  body: Blob | Uint8Array;
}

const routeBase = (graphqlUrl: string) => (graphqlUrl.split('?')[0] ?? '').replace(/\/?[^/]*$/, '');
const headersOf = (t: DocumentTransport): Record<string, string> => ({
  authorization: `Bearer ${t.token}`,
  ...(t.purpose ? { 'x-fidele-purpose': t.purpose } : {}),
});

/** Turns a JSON error answer into a FideleError with the server's code and the HTTP status. */
async function failure(res: Response): Promise<FideleError> {
  const body = (await res.json().catch(() => null)) as {
    error?: { code?: string; message?: string; fields?: FideleErrorEntry['fields'] };
  } | null;
  const e = body?.error;
  if (!e?.code) return new FideleError([{ code: 'NETWORK', message: `HTTP ${res.status}` }], null, res.status);
  return new FideleError(
    [{ code: e.code, message: e.message ?? e.code, ...(e.fields ? { fields: e.fields } : {}), extensions: { ...e } }],
    null,
    res.status,
  );
}

/**
 * Uploads a file (POST /documents). Errors throw a FideleError with the server's code: VALIDATION, NOT_FOUND (the
 * contact or action), FORBIDDEN, PAYLOAD_TOO_LARGE (413, over the server's limit), UNSUPPORTED_MEDIA_TYPE (415, the
 * bytes are not an allowed type).
 */
export async function uploadDocument(t: DocumentTransport, upload: DocumentUpload): Promise<UploadedDocument> {
  const params = new URLSearchParams();
  if (upload.contact) params.set('contact', upload.contact);
  if (upload.action) params.set('action', upload.action);
  const res = await (t.fetch ?? fetch)(`${routeBase(t.url)}/documents?${params}`, {
    method: 'POST',
    headers: {
      ...headersOf(t),
      'x-file-name': encodeURIComponent(upload.fileName),
      'content-type': 'application/octet-stream',
    },
    body: upload.body as BodyInit,
  });
  if (res.status !== 201) throw await failure(res);
  return (await res.json()) as UploadedDocument;
}

/** Downloads a document's bytes (GET /documents/<id>); NOT_FOUND for a document you may not see. */
export async function downloadDocument(
  t: DocumentTransport,
  id: string,
): Promise<{ fileName: string; mimeType: string; blob: Blob }> {
  const res = await (t.fetch ?? fetch)(`${routeBase(t.url)}/documents/${encodeURIComponent(id)}`, {
    headers: headersOf(t),
  });
  if (!res.ok) throw await failure(res);
  const disposition = res.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  return {
    fileName: encoded ? decodeURIComponent(encoded) : 'document',
    mimeType: res.headers.get('content-type') ?? 'application/octet-stream',
    blob: await res.blob(),
  };
}
