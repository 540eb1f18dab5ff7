import { signLink } from './signed-link.js';
import { readMessagingSettings } from './settings.js';

/**
 * The public links a message carries, and the routes that answer them (one place, so that the send path and the
 * routes cannot disagree on a path). Every token is signed and expires (signed-link.ts); the routes verify it and
 * answer a refused token like an unknown one.
 */
export const publicPaths = {
  /** GET: a confirmation page; POST: RFC 8058 one-click (List-Unsubscribe-Post: List-Unsubscribe=One-Click). */
  unsubscribe: '/u/',
  /** The preference centre of one contact (no account). */
  preferences: '/preferences/',
  /** Confirms a double opt-in request. */
  confirm: '/confirm/',
  /** Open pixel and click redirect (recorded only with consent to tracking). */
  open: '/t/o/',
  click: '/t/c/',
  /** An action's public response form (GET page, POST submit), by action code. */
  respond: '/respond/',
} as const;

const DAY = 24 * 3600 * 1000;
/** Unsubscribe links stay valid a year: a message read late must still unsubscribe. */
export const UNSUBSCRIBE_TTL_MS = 365 * DAY;
export const PREFERENCES_TTL_MS = 90 * DAY;
export const TRACKING_TTL_MS = 365 * DAY;

const base = () => readMessagingSettings().publicUrl;

export const unsubscribeUrl = (contactId: number, actionId: number, purposeId: number, now: Date) =>
  `${base()}${publicPaths.unsubscribe}${signLink('unsubscribe', { c: contactId, a: actionId, p: purposeId }, new Date(now.getTime() + UNSUBSCRIBE_TTL_MS))}`;

export const preferencesUrl = (contactId: number, now: Date) =>
  `${base()}${publicPaths.preferences}${signLink('preferences', { c: contactId }, new Date(now.getTime() + PREFERENCES_TTL_MS))}`;

export const confirmUrl = (requestId: number, expiresAt: Date) =>
  `${base()}${publicPaths.confirm}${signLink('confirm', { r: requestId }, expiresAt)}`;

export const openPixelUrl = (deliveryId: number, now: Date) =>
  `${base()}${publicPaths.open}${signLink('open', { d: deliveryId }, new Date(now.getTime() + TRACKING_TTL_MS))}`;

export const clickUrl = (deliveryId: number, url: string, now: Date) =>
  `${base()}${publicPaths.click}${signLink('click', { d: deliveryId, u: url }, new Date(now.getTime() + TRACKING_TTL_MS))}`;

export const responseFormUrl = (actionCode: string) =>
  `${base()}${publicPaths.respond}${encodeURIComponent(actionCode)}`;
