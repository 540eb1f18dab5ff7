import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../../kernel/db/client.js';
import type { HttpRoute, RouteDeps } from '../../kernel/route-kit.js';
import { sendFailure } from '../../kernel/route-kit.js';
import { systemLog } from '../../kernel/system-log.js';
import { emailAdapter } from '../channels/email.js';
import type { ChannelAdapter } from '../channels/channel.js';
import { confirmUrl } from '../links.js';
import { readMessagingSettings } from '../settings.js';
import { limitRate, proofOf, readFields, sendPage, userAgentOf, wantsJson } from './http.js';
import { subscribe, type PendingRequest } from './double-opt-in.service.js';
import { esc, page, pageLanguage, t, type PageLanguage } from './page.js';

export const SUBSCRIBE_PATH = '/subscribe';

/** One e-mail adapter per database (a pooled SMTP transport is reused across sign-ups). */
const adapters = new WeakMap<Db, ChannelAdapter>();
const adapterFor = (db: Db) => {
  let adapter = adapters.get(db);
  if (!adapter) adapters.set(db, (adapter = emailAdapter(readMessagingSettings(), db)));
  return adapter;
};

/** The confirmation mail of one request, in the sign-up's language. */
async function mailConfirmation(db: Db, r: PendingRequest, lang: PageLanguage) {
  const url = confirmUrl(r.id, r.expiresAt);
  const text = t[lang];
  await adapterFor(db).send({
    to: r.email,
    subject: text.mailSubject(r.purposeName),
    text: text.mailText(r.purposeName, url),
    html: `<p>${esc(text.mailText(r.purposeName, url).split('\n')[2])}</p><p><a href="${esc(url)}">${esc(text.confirmButton)}</a></p>`,
  });
}

const languageOf = (req: IncomingMessage, given: string | undefined): PageLanguage =>
  given === 'fr' || given === 'en' ? given : pageLanguage(req);

/**
 * POST /subscribe (form or JSON: email, firstName?, purpose (one or more codes of purposes with double opt-in),
 * language?): opens the requests and mails their confirmation links. The answer is the same whether the address was
 * known or not (202, or the "check your inbox" page); only malformed input is told apart (400).
 */
async function handleSubscribe(req: IncomingMessage, res: ServerResponse, deps: RouteDeps) {
  const now = new Date();
  try {
    await limitRate(req, deps, 'subscribe');
    const fields = await readFields(req);
    const lang = languageOf(req, fields.language?.[0]);
    const pending = await subscribe(
      deps.db,
      deps.provider,
      {
        email: fields.email?.[0] ?? '',
        firstName: fields.firstName?.[0] ?? null,
        lastName: fields.lastName?.[0] ?? null,
        purposes: fields.purpose ?? [],
        language: lang,
        proof: proofOf({ form: SUBSCRIBE_PATH, at: now.toISOString(), ua: userAgentOf(req) }),
      },
      now,
    );
    for (const r of pending) await mailConfirmation(deps.db, r, lang);
    if (wantsJson(req)) {
      res.writeHead(202, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ accepted: true, message: t[lang].checkInbox }));
      return;
    }
    const body = `<p class="status" role="status">${esc(t[lang].checkInbox)}</p>`;
    sendPage(res, 202, page(lang, t[lang].checkInboxTitle, body));
  } catch (error) {
    if (!(error as { extensions?: unknown }).extensions) systemLog().warn({ err: error }, 'sign-up failed');
    sendFailure(res, error);
  }
}

/** GET /subscribe?purpose=<code>&language=fr|en: a plain sign-up form (a site may post its own form instead). */
async function signUpForm(req: IncomingMessage, res: ServerResponse, deps: RouteDeps) {
  try {
    await limitRate(req, deps, 'subscribe-page');
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    const lang = languageOf(req, query.get('language') ?? undefined);
    const text = t[lang];
    const purposes = query
      .getAll('purpose')
      .slice(0, 10)
      .map((p) => `<input type="hidden" name="purpose" value="${esc(p)}">`)
      .join('');
    const body = `<form method="post" action="${SUBSCRIBE_PATH}">${purposes}<input type="hidden" name="language" value="${lang}">
<label for="email">${esc(text.email)}</label><input type="email" id="email" name="email" required autocomplete="email">
<label for="firstName">${esc(text.firstName)}</label><input type="text" id="firstName" name="firstName" autocomplete="given-name" maxlength="100">
<p><button type="submit">${esc(text.subscribeButton)}</button></p></form>`;
    sendPage(res, 200, page(lang, text.subscribeTitle, body));
  } catch (error) {
    sendFailure(res, error);
  }
}

export const subscribeRoute: HttpRoute = { method: 'POST', path: SUBSCRIBE_PATH, handle: handleSubscribe };
export const subscribePageRoute: HttpRoute = { method: 'GET', path: SUBSCRIBE_PATH, handle: signUpForm };
