import { createHmac, timingSafeEqual } from 'node:crypto';
import { linkSecret } from './settings.js';

/**
 * Signed, expiring tokens for the links a message carries (unsubscribe, preference centre, opt-in confirmation,
 * open and click tracking). A token is `base64url(JSON payload).base64url(HMAC-SHA256)`; the payload names its kind,
 * so a token made for one link cannot open another, and its expiry (seconds since the epoch). Nothing is stored:
 * a tampered or expired token is refused by `verifyLink`, which answers null and never says which check failed.
 */
export type LinkKind = 'unsubscribe' | 'preferences' | 'confirm' | 'open' | 'click' | 'respond';

export interface LinkPayload {
  /** The contact the link acts for (absent for `respond`: an action's public form). */
  c?: number;
  /** The action (unsubscribe, tracking, respond) or delivery the link came with. */
  a?: number;
  d?: number;
  /** The purpose (unsubscribe) or consent request (confirm). */
  p?: number;
  r?: number;
  /** The clicked URL (click). */
  u?: string;
}

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url');

function mac(body: string, key = linkSecret()): Buffer {
  return createHmac('sha256', key).update(body).digest();
}

/** A token for `kind`, valid until `expiresAt`. */
export function signLink(kind: LinkKind, payload: LinkPayload, expiresAt: Date): string {
  const body = b64(JSON.stringify({ k: kind, x: Math.floor(expiresAt.getTime() / 1000), ...payload }));
  return `${body}.${b64(mac(body))}`;
}

/** The payload of a valid, unexpired token of `kind`, or null (tampered, expired, another kind, malformed). */
export function verifyLink(kind: LinkKind, token: unknown, now: Date): LinkPayload | null {
  if (typeof token !== 'string' || token.length > 2048) return null;
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return null;
  const expected = mac(body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let payload: Record<string, unknown>;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (payload?.k !== kind || typeof payload.x !== 'number' || payload.x * 1000 <= now.getTime()) return null;
  const { k: _k, x: _x, ...rest } = payload;
  return rest as LinkPayload;
}
