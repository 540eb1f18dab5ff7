import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../../kernel/db/client.js';
import type { Provider } from '../../kernel/db/paths.js';
import type { HttpRoute, RouteDeps } from '../../kernel/route-kit.js';
import { sendFailure } from '../../kernel/route-kit.js';
import { systemContext } from '../../privacy/access/system.js';
import { recordConsent } from '../../privacy/consent/consent.service.js';
import { publicPaths } from '../links.js';
import { verifyLink } from '../signed-link.js';
import { limitRate, proofOf, readFields, sendPage, tokenHash, tokenOf, userAgentOf } from './http.js';
import { linkContact } from './link-contact.js';
import { buttonForm, esc, notFoundPage, page, pageLanguage, t } from './page.js';

const PREFIX = publicPaths.unsubscribe;

/** The contact, purpose and action of a valid unsubscribe link, or null (refused, unknown, gone). */
async function resolve(db: Db, provider: Provider, token: string, now: Date) {
  const link = verifyLink('unsubscribe', token, now);
  if (!link || typeof link.p !== 'number') return null;
  const [contact, purpose] = await Promise.all([
    linkContact(db, provider, link.c),
    db.purpose.findFirst({ where: { id: link.p, active: true }, select: { id: true, code: true, name: true } }),
  ]);
  if (!contact || !purpose) return null;
  return { contact, purpose, actionId: typeof link.a === 'number' ? link.a : null };
}

/**
 * Withdraws the purpose for the contact, as the system on the contact's behalf, with the link as proof. Idempotent:
 * a purpose already withdrawn or denied (in force) writes nothing more.
 */
export async function withdrawByLink(
  deps: Pick<RouteDeps, 'db' | 'provider'>,
  target: NonNullable<Awaited<ReturnType<typeof resolve>>>,
  proof: { token: string; userAgent: string },
  now: Date,
): Promise<boolean> {
  const state = await deps.db.consentState.findUnique({
    where: { contactId_purposeId: { contactId: target.contact.id, purposeId: target.purpose.id } },
    select: { status: true, effectiveFrom: true, effectiveTo: true },
  });
  const refused =
    state &&
    state.status !== 'GRANTED' &&
    state.effectiveFrom <= now &&
    (state.effectiveTo === null || state.effectiveTo > now);
  if (refused) return false;
  await recordConsent(systemContext(deps.db, deps.provider, 'public:unsubscribe', { now }), {
    contactId: target.contact.id,
    purposeCode: target.purpose.code,
    status: 'WITHDRAWN',
    source: 'UNSUBSCRIBE_LINK',
    proof: proofOf({
      action: target.actionId,
      link: tokenHash(proof.token),
      at: now.toISOString(),
      ua: proof.userAgent,
    }),
  });
  return true;
}

async function handle(req: IncomingMessage, res: ServerResponse, deps: RouteDeps, post: boolean) {
  const now = new Date();
  try {
    await limitRate(req, deps, 'unsubscribe');
    const token = tokenOf(req, PREFIX);
    // One-click clients post `List-Unsubscribe=One-Click`; the page posts its form. The body is read (and bounded)
    // either way, but nothing in it is needed: the signed token of the path says who and what.
    if (post) await readFields(req);
    const target = await resolve(deps.db, deps.provider, token, now);
    const lang = pageLanguage(req, target?.contact.language);
    if (!target) return sendPage(res, 404, notFoundPage(lang), 'NOT_FOUND');
    const text = t[lang];
    if (!post) {
      const body = `<p>${esc(text.unsubscribeAsk(target.purpose.name))}</p>${buttonForm(PREFIX + encodeURIComponent(token), token, text.unsubscribeButton)}`;
      return sendPage(res, 200, page(lang, text.unsubscribeTitle, body));
    }
    await withdrawByLink(deps, target, { token, userAgent: userAgentOf(req) }, now);
    const done = `<p class="status" role="status">${esc(text.unsubscribed(target.purpose.name))}</p>`;
    sendPage(res, 200, page(lang, text.unsubscribedTitle, done));
  } catch (error) {
    sendFailure(res, error);
  }
}

/** GET /u/<token>: the unsubscribe page (a GET never withdraws: mail scanners open links). */
export const unsubscribePageRoute: HttpRoute = {
  method: 'GET',
  path: PREFIX,
  handle: (req, res, deps) => handle(req, res, deps, false),
};

/** POST /u/<token>: RFC 8058 one-click unsubscribe, and the page's button. */
export const unsubscribeRoute: HttpRoute = {
  method: 'POST',
  path: PREFIX,
  handle: (req, res, deps) => handle(req, res, deps, true),
};
