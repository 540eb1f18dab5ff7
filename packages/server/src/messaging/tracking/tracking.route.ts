import type { ServerResponse } from 'node:http';
import { type HttpRoute, type RouteDeps, sendError } from '../../kernel/route-kit.js';
import { systemLog } from '../../kernel/system-log.js';
import { systemContext } from '../../privacy/access/system.js';
import { publicPaths } from '../links.js';
import { verifyLink } from '../signed-link.js';
import { recordTracking, TRACKING_REASON } from './tracking.service.js';

/** A transparent 1×1 GIF (43 bytes). */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const tokenOf = (url: string | undefined, prefix: string) =>
  (url ?? '')
    .split('?')[0]!
    .slice(prefix.length)
    .replace(/\.gif$/, '');

/** Records without ever failing the answer: the recipient gets the pixel or the redirect whatever happens here. */
async function quietly(deps: RouteDeps, now: Date, d: number, kind: 'OPEN' | 'CLICK', url: string | null) {
  try {
    await recordTracking(systemContext(deps.db, deps.provider, TRACKING_REASON, { now }), d, kind, url);
  } catch (error) {
    systemLog().warn({ err: error, kind }, 'tracking event not recorded');
  }
}

const noStore = { 'cache-control': 'no-store, private', 'referrer-policy': 'no-referrer' };

function pixel(res: ServerResponse) {
  res.writeHead(200, { 'content-type': 'image/gif', 'content-length': PIXEL.length, ...noStore }).end(PIXEL);
}

/**
 * GET /t/o/<token>: the open pixel. Always the same 43-byte GIF, for a valid token or not, with or without consent,
 * so the answer says nothing; the open is recorded only for a valid `open` token of a contact who consented to
 * tracking (tracking.service.ts).
 */
export const openPixelRoute: HttpRoute = {
  method: 'GET',
  path: publicPaths.open,
  async handle(req, res, deps) {
    const now = new Date();
    const link = verifyLink('open', tokenOf(req.url, publicPaths.open), now);
    if (link?.d) await quietly(deps, now, link.d, 'OPEN', null);
    pixel(res);
  },
};

/** Only web links are redirected to, even from a valid token (a token signed for `javascript:` is refused too). */
const webUrl = (u: unknown): string | null => {
  if (typeof u !== 'string') return null;
  try {
    const parsed = new URL(u);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
};

/**
 * GET /t/c/<token>: a tracked link. 302 to the URL inside a valid, unexpired `click` token, the click recorded only
 * with consent to tracking; anything else (a tampered token, an expired one, a URL in the query string) is 404
 * NOT_FOUND: the route never redirects to a URL it did not sign itself, so it is no open redirect.
 */
export const clickRoute: HttpRoute = {
  method: 'GET',
  path: publicPaths.click,
  async handle(req, res, deps) {
    const now = new Date();
    const link = verifyLink('click', tokenOf(req.url, publicPaths.click), now);
    const target = webUrl(link?.u);
    if (!link?.d || !target) return sendError(res, 'NOT_FOUND', 'This link is not valid or has expired.');
    await quietly(deps, now, link.d, 'CLICK', target);
    res.writeHead(302, { location: target, ...noStore }).end();
  },
};

/** The routes of this folder, listed by messaging.module.ts. */
export const trackingRoutes: HttpRoute[] = [openPixelRoute, clickRoute];
