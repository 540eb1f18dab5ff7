import { createHmac } from 'node:crypto';
import type { OutgoingMessage } from '../channels/channel.js';
import { clickUrl, openPixelUrl, preferencesUrl, unsubscribeUrl } from '../links.js';
import { linkSecret, type MessagingSettings } from '../settings.js';

/** What the send job knows of one delivery when it composes its message. */
export interface ComposeInput {
  deliveryId: number;
  actionId: number;
  contactId: number;
  /** The action's required purpose: the one the unsubscribe link withdraws. */
  purposeId: number;
  /** The rendered message (messages/render.ts). */
  rendered: { to: string; subject?: string; text: string; html?: string };
  /** The action message's sender, or null for the deployment's. */
  sender: string | null;
  /** The contact's consent covers the tracking purpose: links are rewritten and an open pixel added. */
  tracking: boolean;
  now: Date;
}

/**
 * The Message-ID of a delivery: ours, not the server's, so that a bounce or a complaint quoting it finds the
 * delivery (providerMessageId). The same delivery always gets the same id (a message sent again after a crash is
 * the same message to the receiver); the keyed hash keeps ids of two deployments apart and unguessable.
 */
export function messageIdFor(deliveryId: number, settings: Pick<MessagingSettings, 'publicUrl'>): string {
  const tag = createHmac('sha256', linkSecret()).update(`delivery:${deliveryId}`).digest('base64url').slice(0, 16);
  return `<fidele.${deliveryId}.${tag}@${new URL(settings.publicUrl).hostname}>`;
}

/**
 * A marketing message as it leaves: the rendered message, plus a visible unsubscribe link and preference-centre
 * link in the text and the HTML (unless the template already placed them with its merge fields), the
 * `List-Unsubscribe` header with the one-click `List-Unsubscribe-Post` (RFC 8058), our Message-ID, and, only with
 * consent to tracking, HTML links through the click redirect and an open pixel.
 */
export function composeMessage(input: ComposeInput, settings: MessagingSettings): OutgoingMessage {
  const { rendered, now } = input;
  const unsubscribe = unsubscribeUrl(input.contactId, input.actionId, input.purposeId, now);
  const preferences = preferencesUrl(input.contactId, now);
  const text = rendered.text.includes(unsubscribe)
    ? rendered.text
    : `${rendered.text.trimEnd()}\n\n--\nSe désabonner / Unsubscribe: ${unsubscribe}\nVos préférences / Your preferences: ${preferences}\n`;
  let html = rendered.html;
  if (html !== undefined) {
    if (!html.includes(unsubscribe)) html = beforeBodyEnd(html, footerHtml(unsubscribe, preferences));
    if (input.tracking) {
      html = trackLinks(html, input.deliveryId, now, [unsubscribe, preferences]);
      const pixel = `<img src="${openPixelUrl(input.deliveryId, now)}" width="1" height="1" alt="" style="display:none">`;
      html = beforeBodyEnd(html, pixel);
    }
  }
  return {
    to: rendered.to,
    from: input.sender ?? settings.mailFrom,
    ...(rendered.subject !== undefined ? { subject: rendered.subject } : {}),
    text,
    ...(html !== undefined ? { html } : {}),
    headers: {
      'Message-ID': messageIdFor(input.deliveryId, settings),
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

const footerHtml = (unsubscribe: string, preferences: string) =>
  `<p style="font-size:12px;color:#666">` +
  `<a href="${unsubscribe}">Se désabonner / Unsubscribe</a> · ` +
  `<a href="${preferences}">Vos préférences / Your preferences</a></p>`;

/** Inserts `fragment` before `</body>` when there is one, else at the end. */
function beforeBodyEnd(html: string, fragment: string): string {
  const at = html.search(/<\/body\s*>/i);
  return at < 0 ? `${html}${fragment}` : `${html.slice(0, at)}${fragment}${html.slice(at)}`;
}

const unescapeAttribute = (v: string) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * Rewrites every http(s) `href` through the click redirect, which records the click and sends the reader on. The
 * unsubscribe and preference links are left alone: they must work without a detour, tracked or not.
 */
function trackLinks(html: string, deliveryId: number, now: Date, untouched: string[]): string {
  return html.replace(/(<a\b[^>]*?\bhref\s*=\s*)(["'])(.*?)\2/gi, (whole, head: string, quote: string, raw: string) => {
    const target = unescapeAttribute(raw.trim());
    if (!/^https?:\/\//i.test(target) || untouched.includes(target)) return whole;
    return `${head}${quote}${clickUrl(deliveryId, target, now)}${quote}`;
  });
}
