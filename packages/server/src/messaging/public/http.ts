import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddress } from '../../identity/auth.service.js';
import { ApiError, fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import type { RouteDeps } from '../../kernel/route-kit.js';

/**
 * What the public routes (no account: unsubscribe, preference centre, sign-up, confirmation) share: bounded body
 * reading, the per-address rate limit, the token of the path, proof strings and the headers of a public page.
 */

/** A public form is a few fields: 16 KiB is far above any honest body and bounds the work of a hostile one. */
export const MAX_PUBLIC_BODY = 16 * 1024;

/** Reads a form (`application/x-www-form-urlencoded`) or JSON body, at most MAX_PUBLIC_BODY bytes. */
export async function readFields(req: IncomingMessage): Promise<Record<string, string[]>> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_PUBLIC_BODY) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_PUBLIC_BODY) throw tooLarge();
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('application/json')) return jsonFields(text);
  const fields: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(text)) (fields[k] ??= []).push(v);
  return fields;
}

function jsonFields(text: string): Record<string, string[]> {
  let body: unknown;
  try {
    body = JSON.parse(text || '{}');
  } catch {
    throw new ApiError('VALIDATION', 'The body must be JSON or a form.', {
      fields: [fieldProblem(['body'], fieldMessage('NOT_JSON'))],
    });
  }
  const fields: Record<string, string[]> = {};
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    for (const [k, v] of Object.entries(body)) {
      const list = Array.isArray(v) ? v : [v];
      fields[k] = list.filter((x) => typeof x === 'string' || typeof x === 'number').map(String);
    }
  }
  return fields;
}

const tooLarge = () =>
  new ApiError('VALIDATION', `The body exceeds ${MAX_PUBLIC_BODY} bytes.`, {
    fields: [fieldProblem(['body'], fieldMessage('TOO_LARGE'))],
    http: { status: 413 },
  });

/** The token after the route's prefix (`/u/<token>`), or '' when absent or not valid percent-encoding. */
export function tokenOf(req: IncomingMessage, prefix: string): string {
  const raw = (req.url ?? '').split('?')[0]!.slice(prefix.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    return '';
  }
}

/** A token's SHA-256 (first 32 hex digits): the proof names the link used without storing a credential. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex').slice(0, 32);

/** The user agent as proof: printable ASCII only, at most 200 characters. */
export const userAgentOf = (req: IncomingMessage) =>
  String(req.headers['user-agent'] ?? '')
    .replace(/[^\x20-\x7e]/g, '')
    .slice(0, 200);

/** `key=value` pairs as the proof of a consent event (at most 500 characters, the column's limit). */
export const proofOf = (parts: Record<string, string | number | null | undefined>) =>
  Object.entries(parts)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${v}`)
    .join('; ')
    .slice(0, 500);

/**
 * Hits a public route may take per client address and minute: FIDELE_PUBLIC_RATE_PER_MINUTE (default 60). A
 * person clicks a few times; a script walking tokens or signing up addresses in bulk is stopped.
 */
export function publicRatePerMinute(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.FIDELE_PUBLIC_RATE_PER_MINUTE;
  if (raw === undefined || raw === '') return 60;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100_000)
    throw new Error(`FIDELE_PUBLIC_RATE_PER_MINUTE must be a whole number from 1 to 100000, got "${raw}"`);
  return n;
}

/**
 * Counts a hit of `bucket` from the request's client address (behind a trusted proxy, the forwarded one) with the
 * rate limiter the route was mounted with (RouteDeps: the instance's store, shared by every instance through
 * Redis); throws RATE_LIMITED (429 with Retry-After) once the minute's allowance is spent. The key holds a digest
 * of the address, not the address: a shared store then keeps no personal value in its keys.
 */
export async function limitRate(req: IncomingMessage, deps: Pick<RouteDeps, 'rateLimiter'>, bucket: string) {
  const client =
    clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'] as string | undefined) ?? 'unknown';
  const key = `${bucket}:${createHash('sha256').update(client).digest('base64url')}`;
  const verdict = await deps.rateLimiter.hit(key, publicRatePerMinute());
  if (!verdict.allowed)
    throw new ApiError('RATE_LIMITED', 'Too many requests: try again in a minute.', {
      retryAfterSeconds: verdict.retryAfterSeconds,
      http: { status: 429, headers: { 'retry-after': String(verdict.retryAfterSeconds) } },
    });
}

/**
 * Sends a public HTML page. The token is in the URL, so no referrer leaves the page; nothing is cached; the page
 * runs no script and may be neither framed nor submit anywhere but here. An error page names its stable code in
 * the `x-fidele-error-code` header (the page itself speaks to a person, in their language).
 */
export function sendPage(res: ServerResponse, status: number, html: string, errorCode?: string): void {
  if (status >= 400 && !errorCode) throw new Error(`an error page (${status}) needs its code`);
  res
    .writeHead(status, {
      ...(errorCode ? { 'x-fidele-error-code': errorCode } : {}),
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    })
    .end(html);
}

/** Does the client want JSON (an API call) rather than a page? */
export const wantsJson = (req: IncomingMessage) =>
  String(req.headers['content-type'] ?? '').startsWith('application/json') ||
  (String(req.headers.accept ?? '').includes('application/json') && !String(req.headers.accept).includes('text/html'));
