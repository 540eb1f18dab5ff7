import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, validationError, fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import type { Context } from '../../kernel/context.js';
import { type HttpRoute, type RouteDeps, sendFailure } from '../../kernel/route-kit.js';
import { systemContext } from '../../privacy/access/system.js';
import { INBOUND_WINDOW_SECONDS } from '../../integration/webhooks/inbound-sales.route.js';
import { SIGNATURE_HEADER, signatureMatches, TIMESTAMP_HEADER } from '../../integration/webhooks/webhook.signature.js';
import { readMessagingSettings } from '../settings.js';
import { type DeliveryEvent, parseEventBatch } from './delivery-event.js';
import { applyDeliveryEvents, INBOUND_DELIVERIES_REASON } from './delivery-event.service.js';
import { parseReport } from './dsn.js';

/** A batch of JSON events; a report e-mail carries the returned message's headers, sometimes the whole message. */
const MAX_JSON_BODY = 256 * 1024;
const MAX_DSN_BODY = 1024 * 1024;

/** Reads the body up to `max` bytes; a larger one stops at once (VALIDATION) without reading the rest. */
async function readBody(req: IncomingMessage, max: number): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > max)
    throw validationError([fieldProblem(['body'], fieldMessage('BODY_TOO_LARGE', { max }))]);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw validationError([fieldProblem(['body'], fieldMessage('BODY_TOO_LARGE', { max }))]);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The signature of inbound sales (integration/webhooks), with the deployment's inbound delivery secret instead of
 * an API key: `x-fidele-timestamp` (Unix seconds, within 5 minutes) and `x-fidele-signature: sha256=<hex
 * HMAC-SHA256(secret, timestamp + "." + body)>`. A request is checked before its body is parsed.
 */
function checkSignature(req: IncomingMessage, raw: string, secret: string, now: Date): void {
  const timestamp = String(req.headers[TIMESTAMP_HEADER] ?? '');
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now.getTime() / 1000 - Number(timestamp)) > INBOUND_WINDOW_SECONDS)
    throw new ApiError(
      'UNAUTHENTICATED',
      `${TIMESTAMP_HEADER} must be the signing time in Unix seconds, within ${INBOUND_WINDOW_SECONDS} s of the server's clock.`,
    );
  if (!signatureMatches(secret, timestamp, raw, req.headers[SIGNATURE_HEADER] as string | undefined))
    throw new ApiError(
      'UNAUTHENTICATED',
      `Bad ${SIGNATURE_HEADER}: expected sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>.`,
    );
}

/** One audit row per signed request: the system acted for a provider; names of what changed, never values. */
async function audit(ctx: Context, operationName: string, errorCode: string | null) {
  await ctx.db.auditLog.create({
    data: {
      at: ctx.now,
      actorType: 'SYSTEM',
      systemReason: INBOUND_DELIVERIES_REASON,
      operation: 'UPDATE',
      operationName,
      entity: 'MessageDelivery',
      fields: ['status', 'reason', 'detail'],
      outcome: errorCode ? 'FAILED' : 'ALLOWED',
      errorCode,
    },
  });
}

/** A signed inbound delivery route: the secret, the body, the signature, then `toEvents` and the service. */
function inboundRoute(
  path: string,
  max: number,
  toEvents: (raw: string, now: Date) => Promise<DeliveryEvent[]>,
): HttpRoute {
  return {
    method: 'POST',
    path,
    async handle(req: IncomingMessage, res: ServerResponse, deps: RouteDeps) {
      const now = new Date();
      const ctx = systemContext(deps.db, deps.provider, INBOUND_DELIVERIES_REASON, { now });
      let signed = false;
      try {
        const secret = readMessagingSettings().inboundDeliverySecret;
        if (!secret)
          throw new ApiError(
            'FORBIDDEN',
            'Inbound delivery events are off: FIDELE_INBOUND_DELIVERY_SECRET is not set.',
          );
        const raw = await readBody(req, max);
        checkSignature(req, raw, secret, now);
        signed = true;
        const results = await applyDeliveryEvents(ctx, await toEvents(raw, now));
        await audit(ctx, `POST ${path}`, null);
        res
          .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
          .end(JSON.stringify({ results }));
      } catch (error) {
        const code = error instanceof ApiError ? String(error.extensions.code) : 'INTERNAL';
        if (signed) await audit(ctx, `POST ${path}`, code).catch(() => {});
        sendFailure(res, error);
      }
    },
  };
}

/**
 * POST /inbound/deliveries: a provider's batch of delivery events, `{ "events": [{ "messageId", "type":
 * "delivered" | "bounced" | "complained", "bounce": "hard" | "soft", "at", "diagnostic" }] }` (at most 500).
 * 200 with one result per event (`APPLIED`, `ALREADY_APPLIED`, `UNKNOWN_MESSAGE`); 401 UNAUTHENTICATED (signature,
 * timestamp), 403 FORBIDDEN (no secret configured), 400 VALIDATION (body, with paths). MESSAGING.md has the rules.
 */
export const inboundDeliveriesRoute = inboundRoute('/inbound/deliveries', MAX_JSON_BODY, async (raw) =>
  parseEventBatch(raw),
);

/** POST /inbound/dsn: one raw report e-mail (RFC 3464 DSN or RFC 5965 abuse report), signed the same way. */
export const inboundDsnRoute = inboundRoute('/inbound/dsn', MAX_DSN_BODY, async (raw, now) => [
  await parseReport(raw, now),
]);

/** The routes of this folder, listed by messaging.module.ts. */
export const inboundRoutes: HttpRoute[] = [inboundDeliveriesRoute, inboundDsnRoute];
