import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpRoute, RouteDeps } from '../../kernel/route-kit.js';
import { sendFailure } from '../../kernel/route-kit.js';
import { publicPaths } from '../links.js';
import { verifyLink } from '../signed-link.js';
import { confirmRequest, openRequest } from './double-opt-in.service.js';
import { limitRate, proofOf, readFields, sendPage, tokenHash, tokenOf, userAgentOf } from './http.js';
import { linkContact } from './link-contact.js';
import { buttonForm, esc, notFoundPage, page, pageLanguage, t } from './page.js';

const PREFIX = publicPaths.confirm;

/**
 * GET shows the request with a button and confirms nothing (mail scanners and link previews fetch links); POST
 * confirms. A confirmed request shows the confirmed page on both; an unknown, tampered or expired link the 404 page.
 */
async function handle(req: IncomingMessage, res: ServerResponse, deps: RouteDeps, post: boolean) {
  const now = new Date();
  try {
    await limitRate(req, deps, 'confirm');
    const token = tokenOf(req, PREFIX);
    if (post) await readFields(req);
    const link = verifyLink('confirm', token, now);
    const request = link ? await openRequest(deps.db, link.r, now) : null;
    const contact = request ? await linkContact(deps.db, deps.provider, request.contactId) : null;
    const lang = pageLanguage(req, contact?.language);
    if (!request || !contact) return sendPage(res, 404, notFoundPage(lang), 'NOT_FOUND');
    const text = t[lang];
    const purpose = request.purpose.name;
    if (!post && !request.confirmedAt) {
      const body = `<p>${esc(text.confirmAsk(purpose))}</p>${buttonForm(PREFIX + encodeURIComponent(token), token, text.confirmButton)}`;
      return sendPage(res, 200, page(lang, text.confirmTitle, body));
    }
    if (post && !request.confirmedAt) {
      const proof = proofOf({ request: request.id, link: tokenHash(token), ua: userAgentOf(req) });
      await confirmRequest(deps.db, request, contact.id, proof, now);
    }
    const done = `<p class="status" role="status">${esc(text.confirmed(purpose))}</p>`;
    sendPage(res, 200, page(lang, text.confirmedTitle, done));
  } catch (error) {
    sendFailure(res, error);
  }
}

export const confirmPageRoute: HttpRoute = {
  method: 'GET',
  path: PREFIX,
  handle: (req, res, deps) => handle(req, res, deps, false),
};
export const confirmRoute: HttpRoute = {
  method: 'POST',
  path: PREFIX,
  handle: (req, res, deps) => handle(req, res, deps, true),
};
