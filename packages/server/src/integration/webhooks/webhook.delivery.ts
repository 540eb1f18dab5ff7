import { randomInt } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Db } from '../../kernel/db/client.js';
import type { Job } from '../../kernel/job.js';
import { DELIVERY_HEADER, EVENT_HEADER, sign, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './webhook.signature.js';
import { checkTarget, type ResolvedAddress, type TargetPolicy } from './webhook.target.js';

export interface DeliveryOptions {
  /**
   * Attempts before a delivery is FAILED (a `redeliver` gives it a fresh budget).
   * @default 10
   */
  maxAttempts?: number;
  /**
   * Delay before the second attempt; each later one doubles it, up to `maxDelayMs`, with ±20% jitter.
   * @default 60_000
   */
  baseDelayMs?: number;
  /** @default 6 hours */
  maxDelayMs?: number;
  /**
   * A receiver that has not answered by then counts as failed.
   * @default 10_000
   */
  timeoutMs?: number;
  /**
   * Deliveries claimed per run (sent concurrently).
   * @default 20
   */
  batchSize?: number;
  /** For tests: the jitter source. @default Math.random */
  random?: () => number;
  /** Which receiver addresses are allowed, and how names resolve. @default public addresses, FIDELE_WEBHOOK_ALLOW_HOSTS */
  targets?: TargetPolicy;
}

const defaults = {
  maxAttempts: 10,
  baseDelayMs: 60_000,
  maxDelayMs: 6 * 3600_000,
  timeoutMs: 10_000,
  batchSize: 20,
  random: Math.random,
  targets: undefined as TargetPolicy | undefined,
};

/** Delay before attempt `attempt + 1` after `attempt` failed ones: base × 2^(attempt − 1), capped, ±20% jitter. */
export function backoffMs(
  attempt: number,
  o: Pick<typeof defaults, 'baseDelayMs' | 'maxDelayMs' | 'random'> = defaults,
): number {
  const plain = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(plain * (0.8 + 0.4 * o.random()));
}

interface Outcome {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** The logged error of a request that got no HTTP answer (connection refused or reset, TLS failure, ...). */
export const NO_ANSWER = 'no HTTP answer (connection failed)';

class DeliveryTimeout extends Error {}

/**
 * One POST over node:http(s) to the address that was checked: the socket goes to `connectTo` while the Host header
 * and TLS SNI (and certificate check) keep the URL's name. Resolves to the status; rejects on a network error.
 */
function send(
  url: URL,
  connectTo: ResolvedAddress | null,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const pinned: LookupFunction | undefined = connectTo
      ? (_host, options, callback) =>
          (options as { all?: boolean }).all
            ? (callback as (e: null, a: ResolvedAddress[]) => void)(null, [connectTo])
            : callback(null, connectTo.address, connectTo.family)
      : undefined;
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      ...(pinned ? { lookup: pinned } : {}),
    });
    const timer = setTimeout(() => request.destroy(new DeliveryTimeout()), timeoutMs);
    request.on('response', (res) => {
      clearTimeout(timer);
      // The body is not read: a redirect is an answer to fix in the subscription's URL, not one to follow.
      res.resume();
      resolve(res.statusCode ?? 0);
      res.destroy();
    });
    request.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    request.end(body);
  });
}

/**
 * One signed POST of a delivery's payload; never throws (a refused target, a network error or a timeout is an
 * outcome). The target is checked again at each attempt: the address may have changed since the subscription.
 */
async function post(
  url: string,
  secret: string,
  event: string,
  eventId: string,
  body: string,
  now: Date,
  timeoutMs: number,
  policy?: TargetPolicy,
): Promise<Outcome> {
  const timestamp = Math.floor(now.getTime() / 1000);
  const started = performance.now();
  const duration = () => Math.round(performance.now() - started);
  const target = await checkTarget(url, policy);
  if (!target.ok) return { statusCode: null, error: `target refused: ${target.problem}`, durationMs: duration() };
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Fidele-Webhooks/1',
    [EVENT_HEADER]: event,
    [DELIVERY_HEADER]: eventId,
    [TIMESTAMP_HEADER]: String(timestamp),
    [SIGNATURE_HEADER]: sign(secret, timestamp, body),
  };
  try {
    const status = await send(new URL(url), target.connectTo, headers, body, timeoutMs);
    const ok = status >= 200 && status < 300;
    return { statusCode: status, error: ok ? null : `HTTP ${status}`, durationMs: duration() };
  } catch (e) {
    // The system error (ECONNREFUSED 10.0.0.3:8080, ...) stays out of what admins read: one message for any failure.
    return {
      statusCode: null,
      error: e instanceof DeliveryTimeout ? `timeout after ${timeoutMs} ms` : NO_ANSWER,
      durationMs: duration(),
    };
  }
}

/**
 * Sends the deliveries due at `now`, at most `batchSize`. Safe with several instances at once: deliveries are
 * claimed by a conditional update that moves their `nextAttemptAt` past the sending time (a lease); only the
 * instance holding the lease sends them, and another one can take one over only once the lease has run out (the
 * instance died mid-send). Each attempt is logged; a 2xx answer delivers, anything else (status, network error, timeout)
 * retries with back-off until `maxAttempts`, then FAILED. Returns the number of deliveries attempted.
 */
export async function deliverDue(db: Db, now: Date, options: DeliveryOptions = {}): Promise<number> {
  const o = { ...defaults, ...options };
  const due = await db.webhookDelivery.findMany({
    where: { status: 'PENDING', nextAttemptAt: { lte: now }, subscription: { active: true } },
    orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
    take: o.batchSize,
    select: { id: true },
  });
  if (!due.length) return 0;
  // The claim: one conditional update moves the due rows' nextAttemptAt to a lease that is also this run's token (a
  // random millisecond within 10 minutes past timeout + 1 minute), then the rows holding the token are ours. A row
  // another instance claimed first is no longer due, so it is not updated; two runs could only share a token by
  // drawing the same millisecond (then both send: delivery is at least once anyway).
  const lease = new Date(now.getTime() + o.timeoutMs + 60_000 + randomInt(600_000));
  const ids = due.map((d) => d.id);
  await db.webhookDelivery.updateMany({
    where: { id: { in: ids }, status: 'PENDING', nextAttemptAt: { lte: now } },
    data: { nextAttemptAt: lease },
  });
  const rows = await db.webhookDelivery.findMany({
    where: { id: { in: ids }, status: 'PENDING', nextAttemptAt: lease },
    select: {
      id: true,
      event: true,
      eventId: true,
      payload: true,
      attempts: true,
      subscription: { select: { url: true, secret: true } },
      _count: { select: { log: true } },
    },
  });
  if (!rows.length) return 0;
  const outcomes = await Promise.all(
    rows.map((d) =>
      post(
        d.subscription.url,
        d.subscription.secret,
        d.event,
        d.eventId,
        JSON.stringify(d.payload),
        now,
        o.timeoutMs,
        o.targets,
      ),
    ),
  );
  // The batch's results in one transaction (one commit, not one per delivery): the attempts logged, each delivery
  // updated only while the lease is still ours (a redelivery requested meanwhile has rescheduled the row and wins).
  await db.$transaction([
    db.webhookAttempt.createMany({
      data: rows.map((d, i) => ({ deliveryId: d.id, attempt: d._count.log + 1, attemptedAt: now, ...outcomes[i]! })),
    }),
    ...rows.map((d, i) => {
      const outcome = outcomes[i]!;
      const attempts = d.attempts + 1;
      const delivered = outcome.error === null;
      const failed = !delivered && attempts >= o.maxAttempts;
      return db.webhookDelivery.updateMany({
        where: { id: d.id, status: 'PENDING', nextAttemptAt: lease },
        data: {
          attempts,
          lastStatusCode: outcome.statusCode,
          lastError: outcome.error,
          status: delivered ? 'DELIVERED' : failed ? 'FAILED' : 'PENDING',
          deliveredAt: delivered ? now : null,
          nextAttemptAt: delivered || failed ? now : new Date(now.getTime() + backoffMs(attempts, o)),
        },
      });
    }),
  ]);
  return rows.length;
}

/** What a ping answers when the receiver gave no HTTP answer, whatever the reason. */
export const PING_NO_ANSWER = 'no answer from the receiver (refused, closed or timed out)';

/**
 * Sends a signed test event to a subscription's URL now, outside the outbox; nothing is stored. Without an HTTP
 * answer the ping reports the same thing after the same time (the whole timeout), whether the port was closed,
 * the connection refused or the receiver silent: otherwise the answer and its delay would tell open ports from
 * closed ones, a port scanner run by the server.
 */
export async function ping(
  db: Db,
  subscriptionId: number,
  now: Date,
  timeoutMs = defaults.timeoutMs,
  targets?: TargetPolicy,
) {
  const s = await db.webhookSubscription.findUnique({
    where: { id: subscriptionId },
    select: { url: true, secret: true },
  });
  if (!s) return null;
  const eventId = `ping-${now.getTime()}`;
  const body = JSON.stringify({ id: eventId, event: 'PING', occurredAt: now.toISOString(), brand: null, data: {} });
  const started = performance.now();
  const outcome = await post(s.url, s.secret, 'PING', eventId, body, now, timeoutMs, targets);
  if (outcome.statusCode !== null) return outcome;
  if (outcome.error?.startsWith('target refused')) return outcome; // the policy, known before any connection
  await new Promise((done) => setTimeout(done, Math.max(0, timeoutMs - (performance.now() - started))));
  return { statusCode: null, error: PING_NO_ANSWER, durationMs: timeoutMs };
}

/** The scheduled job: every 10 seconds, the deliveries that are due (batches until none is left, at most 50). */
export const webhookDeliveryJob: Job = {
  name: 'webhook-delivery',
  everyMs: 10_000,
  async run(db, _provider, now) {
    for (let i = 0; i < 50; i++) if ((await deliverDue(db, now)) < defaults.batchSize) return;
  },
};
