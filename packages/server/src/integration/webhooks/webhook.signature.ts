import { createHmac, timingSafeEqual } from 'node:crypto';

/** Headers of a signed request, outbound (Fidele → receiver) and inbound (ERP → Fidele) alike. */
export const SIGNATURE_HEADER = 'x-fidele-signature';
export const TIMESTAMP_HEADER = 'x-fidele-timestamp';
export const EVENT_HEADER = 'x-fidele-event';
export const DELIVERY_HEADER = 'x-fidele-delivery';

/**
 * `sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>`. The timestamp (Unix seconds) is signed with the body
 * so that an old request cannot be replayed with a fresh timestamp.
 */
export function sign(secret: string, timestamp: number | string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Constant-time check of a signature header against the expected one. */
export function signatureMatches(
  secret: string,
  timestamp: string,
  body: string,
  header: string | null | undefined,
): boolean {
  if (!header) return false;
  const expected = Buffer.from(sign(secret, timestamp, body));
  const given = Buffer.from(header.trim());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
