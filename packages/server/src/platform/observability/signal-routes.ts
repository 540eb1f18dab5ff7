import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../../kernel/db/client.js';
import type { Provider } from '../../kernel/db/paths.js';
import { sendError, sendFailure } from '../../kernel/route-kit.js';
import { readiness } from './health.js';
import { metricsText } from './cluster-metrics.js';
import { registry } from './metrics.js';
import type { Drain } from './shutdown.js';

export const SIGNAL_ROUTES = ['/health/live', '/health/ready', '/metrics'] as const;

export interface SignalRouteDeps {
  db: Db;
  provider: Provider;
  drain: Drain;
}

const json = (res: ServerResponse, status: number, body: unknown) =>
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    .end(JSON.stringify(body));

/** A loopback peer that no proxy stands in front of (a proxy on the same host would make every caller loopback). */
function fromLoopback(req: IncomingMessage): boolean {
  const peer = req.socket.remoteAddress ?? '';
  const loopback = peer === '::1' || peer.startsWith('127.') || peer.startsWith('::ffff:127.');
  return loopback && req.headers['x-forwarded-for'] === undefined && req.headers.forwarded === undefined;
}

/** The digest of a secret, so that comparing two of them takes the same time whatever their lengths. */
const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Who may scrape: a loopback peer, or a caller with `Authorization: Bearer $FIDELE_METRICS_TOKEN` when that is
 * set. Others get 404 NOT_FOUND when no token is configured (the endpoint does not exist for them) and 401
 * UNAUTHENTICATED when one is.
 */
function scrapeRefusal(req: IncomingMessage): 'NOT_FOUND' | 'UNAUTHENTICATED' | null {
  if (fromLoopback(req)) return null;
  const token = process.env.FIDELE_METRICS_TOKEN;
  if (!token) return 'NOT_FOUND';
  const sent = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  return sent !== undefined && timingSafeEqual(digest(sent), digest(token)) ? null : 'UNAUTHENTICATED';
}

async function serveMetrics(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const refusal = scrapeRefusal(req);
  if (refusal === 'NOT_FOUND') return sendError(res, 'NOT_FOUND', 'No such route.');
  if (refusal) {
    res.setHeader('www-authenticate', 'Bearer');
    return sendError(res, 'UNAUTHENTICATED', 'Send the metrics token as a bearer token.');
  }
  const text = await metricsText();
  res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(text);
}

/**
 * GET /health/live, /health/ready and /metrics; returns false for any other request. The probes need no
 * credentials (an orchestrator calls them) and say nothing but a state.
 */
export function serveSignal(req: IncomingMessage, res: ServerResponse, pathname: string, deps: SignalRouteDeps) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (pathname === '/health/live') {
    json(res, 200, { status: 'live' });
  } else if (pathname === '/health/ready') {
    readiness(deps.db, deps.provider, deps.drain.draining)
      .then((r) =>
        r.ready
          ? json(res, 200, { status: 'ready' })
          : json(res, 503, { status: 'unavailable', reason: r.reason, pending: r.pending }),
      )
      .catch((error: unknown) => sendFailure(res, error));
  } else if (pathname === '/metrics') {
    serveMetrics(req, res).catch((error: unknown) => sendFailure(res, error));
  } else {
    return false;
  }
  return true;
}
