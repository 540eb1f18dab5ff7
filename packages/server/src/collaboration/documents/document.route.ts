import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../../kernel/context.js';
import { validationError, fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import type { AuditOutcome } from '../../generated/sqlite/enums.js';
import { contextOrFail, type HttpRoute, sendError, sendFailure } from '../../kernel/route-kit.js';
import { decodeCanonicalGlobalId, type DecodedGlobalId } from '../../kernel/graphql/global-id.js';
import { auditActor } from '../../privacy/access/system.js';
import { documentScope } from './document.scope.js';
import { attachmentOf, documentWriters } from './document.service.js';
import { allowedTypes, SNIFF_BYTES, type SniffedType, sniffType } from './document.sniff.js';
import {
  maxDocumentBytes,
  moveIntoPlace,
  newStorageKey,
  storagePath,
  tempPath,
} from '../../kernel/document-storage.js';

/** One audit row for an upload or a download (the GraphQL audit plugin does not see plain routes). */
async function audit(
  ctx: Context,
  operation: 'CREATE' | 'READ',
  name: string,
  entityId: string | null,
  outcome: AuditOutcome,
  errorCode: string | null = null,
) {
  await ctx.db.auditLog.create({
    data: {
      at: ctx.now,
      ...auditActor(ctx),
      purpose: ctx.purpose?.code ?? null,
      operation,
      operationName: name,
      entity: 'Document',
      entityId,
      outcome,
      errorCode,
    },
  });
}

/** Answers a refusal with a status the shared error codes do not have (413, 415). */
function refuse(res: ServerResponse, status: number, code: string, message: string) {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: { code, message } }));
}

const gidParam = (params: URLSearchParams, name: string): DecodedGlobalId | null => {
  const v = params.get(name);
  if (!v) return null;
  try {
    return decodeCanonicalGlobalId(v);
  } catch {
    throw validationError([fieldProblem([name], fieldMessage('NOT_A_GLOBAL_ID'))]);
  }
};

/** The user's file name, kept for display and the download's name only: no path, no control characters. */
function fileNameOf(req: IncomingMessage): string {
  let raw = String(req.headers['x-file-name'] ?? '');
  try {
    raw = decodeURIComponent(raw);
  } catch {
    /* a name that is not URI-encoded is taken as it is */
  }
  const name = raw
    .split(/[\\/]/)
    .pop()!
    // eslint-disable-next-line no-control-regex -- control characters are exactly what the name must not keep
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  if (!name || name.length > 255)
    throw validationError([fieldProblem(['x-file-name'], fieldMessage('FILE_NAME_HEADER'))]);
  return name;
}

type Failure = [status: number, code: string, message: string];

/** After a refusal, what is still sent is read and dropped, up to this many bytes, then the connection is cut. */
const DISCARD_LIMIT = 4 * 1024 * 1024;

function discardRest(req: IncomingMessage) {
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DISCARD_LIMIT) req.socket?.destroy();
  });
  req.resume();
}

/** What `receive` got: the refusal, if any, else the size, the sniffed type and the hash of what was written. */
interface Received {
  failure: Failure | null;
  size: number;
  type: SniffedType | null;
  hash: Hash;
}

/**
 * Streams the request body into the temporary file `temp` while hashing it and sniffing its type from its first
 * bytes; stops at the first byte past `max` (413) or as soon as the first bytes show an unsupported type (415).
 */
async function receive(req: IncomingMessage, temp: string, fileName: string, max: number, tooLarge: string) {
  const out = createWriteStream(temp);
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  let type: SniffedType | null = null;
  const unsupported: Failure = [
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    `Allowed types: ${allowedTypes.map((t) => t.mimeType).join(', ')}.`,
  ];
  // Events rather than `for await`: leaving an async iteration early destroys the request, and with it the socket
  // the 413 / 415 answer must go out on.
  let failure = await new Promise<Failure | null>((resolve, reject) => {
    let done = false;
    const finish = (f: Failure | null) => {
      if (done) return;
      done = true;
      resolve(f);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > max) return finish([413, 'PAYLOAD_TOO_LARGE', tooLarge]);
      if (!type && head.length < SNIFF_BYTES) {
        head = Buffer.concat([head, chunk]).subarray(0, SNIFF_BYTES);
        if (head.length >= SNIFF_BYTES && !(type = sniffType(head, fileName, false))) return finish(unsupported);
      }
      hash.update(chunk);
      if (!out.write(chunk)) {
        req.pause();
        out.once('drain', () => req.resume());
      }
    });
    req.on('end', () => finish(null));
    req.on('close', () => (done ? undefined : reject(new Error('upload aborted by the client'))));
    req.on('error', reject);
  });
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  if (!failure && size === 0) failure = [400, 'VALIDATION', 'The document is empty.'];
  if (!failure && !type && !(type = sniffType(head, fileName, true))) failure = unsupported;
  return { failure, size, type, hash } satisfies Received;
}

/**
 * POST /documents?contact=<id> (or ?action=<id>): uploads a file as the raw request body, its name in the
 * URI-encoded `x-file-name` header. Same authentication as /graphql; roles ADMIN, MARKETING, SALES, SUPPORT; the
 * contact or action must be visible to the caller. The body is streamed to a temporary file while its SHA-256 is
 * computed: past FIDELE_DOCUMENTS_MAX_BYTES (default 10 MiB) the upload stops at once with 413 PAYLOAD_TOO_LARGE (a
 * declared Content-Length too big is refused before reading); a type that its first bytes do not show to be PDF,
 * PNG, JPEG, DOCX/XLSX/PPTX, CSV or plain text is refused with 415 UNSUPPORTED_MEDIA_TYPE, whatever the declared
 * Content-Type. 201 with the document's id, name, type, size and SHA-256. The uploader sees the document;
 * `grantDocumentAccess` shares it.
 */
export const documentUploadRoute: HttpRoute = {
  method: 'POST',
  path: '/documents',
  async handle(req, res, deps) {
    const ctx = await contextOrFail(req, res, deps);
    if (!ctx) return;
    let temp: string | null = null;
    try {
      if (!ctx.principal) {
        sendError(res, 'UNAUTHENTICATED', 'Log in or send an API key.');
        return discardRest(req);
      }
      if (ctx.principal.kind !== 'staff' || !documentWriters.includes(ctx.principal.role)) {
        sendError(res, 'FORBIDDEN', 'Your role may not upload documents.');
        return discardRest(req);
      }
      const params = new URL(req.url ?? '/', 'http://x').searchParams;
      const target = await attachmentOf(ctx, gidParam(params, 'contact'), gidParam(params, 'action'));
      const fileName = fileNameOf(req);
      const max = maxDocumentBytes();
      const tooLarge = `A document may not exceed ${max} bytes.`;
      if (Number(req.headers['content-length'] ?? 0) > max) {
        refuse(res, 413, 'PAYLOAD_TOO_LARGE', tooLarge);
        await audit(ctx, 'CREATE', 'uploadDocument', null, 'FAILED', 'PAYLOAD_TOO_LARGE');
        return discardRest(req);
      }

      temp = await tempPath();
      const { failure, size, type, hash } = await receive(req, temp, fileName, max, tooLarge);
      if (failure) {
        // The temporary file goes before the answer: once answered, nothing of the refused upload remains.
        await rm(temp, { force: true });
        temp = null;
        refuse(res, ...failure);
        await audit(ctx, 'CREATE', 'uploadDocument', null, 'FAILED', failure[1]);
        return discardRest(req);
      }
      const storageKey = newStorageKey();
      const doc = await ctx.db.document.create({
        data: {
          fileName,
          mimeType: type!.mimeType,
          sizeBytes: size,
          sha256: hash.digest('hex'),
          storageKey,
          uploadedById: ctx.principal.userId,
          ...target,
        },
      });
      try {
        await moveIntoPlace(temp, storageKey);
        temp = null;
      } catch (error) {
        await ctx.db.document.delete({ where: { id: doc.id } });
        throw error;
      }
      await audit(ctx, 'CREATE', 'uploadDocument', String(doc.id), 'ALLOWED');
      res.writeHead(201, { 'content-type': 'application/json; charset=utf-8' });
      res.end(
        JSON.stringify({
          id: encodeGlobalID('Document', doc.id),
          fileName,
          mimeType: doc.mimeType,
          sizeBytes: size,
          sha256: doc.sha256,
          version: doc.version,
        }),
      );
    } catch (error) {
      sendFailure(res, error);
      discardRest(req);
    } finally {
      if (temp) await rm(temp, { force: true });
    }
  },
};

/** The numeric id of `/documents/<global id>`, or null. */
function idOf(req: IncomingMessage): number | null {
  try {
    const g = decodeCanonicalGlobalId(decodeURIComponent((req.url ?? '').split('?')[0]!.slice('/documents/'.length)));
    const id = Number(g.id);
    return g.typename === 'Document' && Number.isSafeInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}

/**
 * GET /documents/<id>: the file, to the callers that may see the document (the same row rule as every GraphQL path);
 * any other caller gets 404 NOT_FOUND exactly as for a missing document. Every download, and every refused one, is
 * written to the audit log.
 */
export const documentDownloadRoute: HttpRoute = {
  method: 'GET',
  path: '/documents/',
  async handle(req, res, deps) {
    const ctx = await contextOrFail(req, res, deps);
    if (!ctx) return;
    if (!ctx.principal) return sendError(res, 'UNAUTHENTICATED', 'Log in or send an API key.');
    const id = idOf(req);
    const doc = id ? await ctx.db.document.findFirst({ where: { id, ...documentScope(ctx) } }) : null;
    if (!doc) {
      if (id) await audit(ctx, 'READ', 'downloadDocument', String(id), 'DENIED', 'NOT_FOUND');
      return sendError(res, 'NOT_FOUND', 'Document not found.');
    }
    const file = storagePath(doc.storageKey);
    const size = await stat(file).then(
      (s) => s.size,
      () => null,
    );
    if (size === null) return sendError(res, 'NOT_FOUND', 'Document not found.');
    await audit(ctx, 'READ', 'downloadDocument', String(doc.id), 'ALLOWED');
    const ascii = doc.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
    res.writeHead(200, {
      'content-type': doc.mimeType,
      'content-length': String(size),
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'x-fidele-sha256': doc.sha256,
    });
    await pipeline(createReadStream(file), res);
  },
};
