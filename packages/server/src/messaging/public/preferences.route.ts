import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpRoute, RouteDeps } from '../../kernel/route-kit.js';
import { sendFailure } from '../../kernel/route-kit.js';
import { publicPaths } from '../links.js';
import { verifyLink } from '../signed-link.js';
import { limitRate, proofOf, readFields, sendPage, tokenHash, tokenOf, userAgentOf } from './http.js';
import { linkContact } from './link-contact.js';
import { esc, notFoundPage, page, pageLanguage, t, type PageLanguage } from './page.js';
import { centreState, saveCentre, type CentreState } from './preferences.service.js';

const PREFIX = publicPaths.preferences;

/** The form: one fieldset of purposes, one of channels, the signed token and the list of purposes shown. */
function centreForm(lang: PageLanguage, token: string, state: CentreState, saved: boolean): string {
  const text = t[lang];
  const box = (name: string, value: string, checked: boolean, label: string, hint?: string | null) => {
    const id = `${name}-${value}`;
    const hintId = hint ? `${id}-hint` : '';
    return `<label for="${esc(id)}"><input type="checkbox" id="${esc(id)}" name="${name}" value="${esc(value)}"${checked ? ' checked' : ''}${hint ? ` aria-describedby="${esc(hintId)}"` : ''}> ${esc(label)}</label>${hint ? `<p class="hint" id="${esc(hintId)}">${esc(hint)}</p>` : ''}`;
  };
  const purposes = state.purposes.length
    ? state.purposes.map((p) => box('purpose', p.code, p.allowed, p.name, p.description)).join('')
    : `<p>${esc(text.noPurposes)}</p>`;
  const shown = state.purposes.map((p) => `<input type="hidden" name="shown" value="${esc(p.code)}">`).join('');
  const channels = state.channels.map((c) => box('channel', c.medium, c.accepted, text.media[c.medium]!)).join('');
  return `${saved ? `<p class="status" role="status">${esc(text.saved)}</p>` : ''}<form method="post" action="${esc(PREFIX + encodeURIComponent(token))}">
<input type="hidden" name="token" value="${esc(token)}">${shown}
<fieldset><legend>${esc(text.purposesLegend)}</legend>${purposes}</fieldset>
<fieldset><legend>${esc(text.channelsLegend)}</legend>${channels}</fieldset>
<button type="submit">${esc(text.save)}</button></form>`;
}

async function handle(req: IncomingMessage, res: ServerResponse, deps: RouteDeps, post: boolean) {
  const now = new Date();
  try {
    await limitRate(req, deps, 'preferences');
    const token = tokenOf(req, PREFIX);
    const fields = post ? await readFields(req) : {};
    const link = verifyLink('preferences', token, now);
    const contact = link ? await linkContact(deps.db, deps.provider, link.c) : null;
    const lang = pageLanguage(req, contact?.language);
    // A post must carry the token in its body too (the page's hidden field): a form elsewhere cannot post to a
    // guessed URL without the token, and there is no cookie to ride on.
    if (!contact || (post && fields.token?.[0] !== token)) return sendPage(res, 404, notFoundPage(lang), 'NOT_FOUND');
    if (post) {
      await saveCentre(
        deps.db,
        contact.id,
        { shown: fields.shown ?? [], purposes: fields.purpose ?? [], channels: fields.channel ?? [] },
        proofOf({ link: tokenHash(token), at: now.toISOString(), ua: userAgentOf(req) }),
        now,
      );
    }
    const state = await centreState(deps.db, contact.id, now);
    sendPage(res, 200, page(lang, t[lang].preferencesTitle, centreForm(lang, token, state, post)));
  } catch (error) {
    sendFailure(res, error);
  }
}

/** GET /preferences/<token>: the contact's purposes and channels (no account: the signed link is the credential). */
export const preferencesPageRoute: HttpRoute = {
  method: 'GET',
  path: PREFIX,
  handle: (req, res, deps) => handle(req, res, deps, false),
};

/** POST /preferences/<token>: saves the form (each change a consent event or a channel preference). */
export const preferencesSaveRoute: HttpRoute = {
  method: 'POST',
  path: PREFIX,
  handle: (req, res, deps) => handle(req, res, deps, true),
};
