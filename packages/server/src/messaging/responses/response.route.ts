import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import { sendFailure, type HttpRoute, type RouteDeps } from '../../kernel/route-kit.js';
import type { ResponseChannel } from '../../generated/sqlite/enums.js';
import { systemContext } from '../../privacy/access/system.js';
import { publicPaths } from '../links.js';
import { limitRate, readFields, sendPage, tokenOf, userAgentOf, wantsJson } from '../public/http.js';
import { pageLanguage, type PageLanguage } from '../public/page.js';
import { formPage, invalidPage, thanksPage, unknownPage } from './response.page.js';
import { recordAcquisitionResponse } from './response.service.js';

/**
 * The public response endpoints of actions open to responses (`publicResponses`), no account:
 * - GET /respond/<code>: the hosted form; POST /respond/<code>: the form posted (channel WEB);
 * - POST /respond: JSON `{ code, firstName, lastName, email, phone, postalCode, consents: [purpose], channel }`
 *   (a partner's landing page, an event's tablet).
 *
 * **Not an oracle.** The person is matched on personal fields as the system (`public:response-form`: every contact,
 * the duplicate rules of contacts/quality), which no anonymous caller could do itself; what makes that safe is that
 * nothing of the outcome comes back: known contact, new prospect, already responded or not, targeted or not, the
 * answer is the same 201 and the same page, with no id. The only differences are about the input itself (a
 * VALIDATION naming a field typed wrong) or the code (an unknown code, a closed action and an action that takes no
 * public responses answer the same NOT_FOUND). Each address has FIDELE_PUBLIC_RATE_PER_MINUTE hits a minute, and a
 * body is at most 16 KiB.
 */
const PREFIX = publicPaths.respond;
const CHANNELS = new Set<ResponseChannel>(['WEB', 'MAIL_COUPON', 'FAX_COUPON', 'PHONE', 'STORE_VISIT']);

const one = (fields: Record<string, string[]>, name: string) => fields[name]?.[0] ?? null;

function answerJson(res: ServerResponse, status: number, body: unknown) {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    .end(JSON.stringify(body));
}

/** The form's or the JSON's fields to the service's input; the consent must name the action's purpose. */
async function respond(
  req: IncomingMessage,
  deps: RouteDeps,
  code: string,
  fields: Record<string, string[]>,
  channel: ResponseChannel,
) {
  const ctx = systemContext(deps.db, deps.provider, 'public:response-form');
  const consents = fields.consents ?? [];
  const ticked = one(fields, 'consent');
  await recordAcquisitionResponse(ctx, {
    actionCode: code,
    firstName: one(fields, 'firstName'),
    lastName: one(fields, 'lastName'),
    email: one(fields, 'email'),
    phone: one(fields, 'phone'),
    postalCode: one(fields, 'postalCode'),
    city: one(fields, 'city'),
    consent: ticked === 'yes' || ticked === 'true' || consents.length > 0,
    consentPurposes: consents,
    channel,
    userAgent: userAgentOf(req),
  });
}

function failed(req: IncomingMessage, res: ServerResponse, error: unknown, lang: PageLanguage, code: string) {
  if (wantsJson(req) || !(error instanceof ApiError)) return sendFailure(res, error);
  const c = error.extensions.code;
  if (c === 'NOT_FOUND') return sendPage(res, 404, unknownPage(lang), 'NOT_FOUND');
  if (c === 'VALIDATION') {
    const problems = (error.extensions as { fields?: { path?: string[]; message: string }[] }).fields ?? [];
    return sendPage(res, 400, invalidPage(lang, code, problems), 'VALIDATION');
  }
  return sendFailure(res, error);
}

const langOf = (req: IncomingMessage, fields?: Record<string, string[]>): PageLanguage => {
  const asked = fields ? one(fields, 'lang') : new URL(req.url ?? '/', 'http://x').searchParams.get('lang');
  return asked === 'en' || asked === 'fr' ? asked : pageLanguage(req);
};

export const responseFormRoute: HttpRoute = {
  method: 'GET',
  path: PREFIX,
  async handle(req, res, deps) {
    const { db } = deps;
    const lang = langOf(req);
    try {
      await limitRate(req, deps, 'respond');
      const code = tokenOf(req, PREFIX);
      const action =
        code && code.length <= 64
          ? await db.marketingAction.findFirst({
              where: { code, publicResponses: true, status: { not: 'CANCELLED' } },
              select: { code: true, name: true, requiredPurpose: { select: { name: true } } },
            })
          : null;
      if (!action) return sendPage(res, 404, unknownPage(lang), 'NOT_FOUND');
      sendPage(res, 200, formPage(lang, { ...action, purposeName: action.requiredPurpose.name }));
    } catch (error) {
      failed(req, res, error, lang, '');
    }
  },
};

export const responseFormSubmitRoute: HttpRoute = {
  method: 'POST',
  path: PREFIX,
  async handle(req, res, deps) {
    const code = tokenOf(req, PREFIX);
    let lang = langOf(req);
    try {
      await limitRate(req, deps, 'respond');
      const fields = await readFields(req);
      lang = langOf(req, fields);
      await respond(req, deps, code, fields, 'WEB');
      if (wantsJson(req)) answerJson(res, 201, { ok: true });
      else sendPage(res, 201, thanksPage(lang));
    } catch (error) {
      failed(req, res, error, lang, code);
    }
  },
};

export const responseEndpointRoute: HttpRoute = {
  method: 'POST',
  path: PREFIX.replace(/\/$/, ''),
  async handle(req, res, deps) {
    try {
      await limitRate(req, deps, 'respond');
      const fields = await readFields(req);
      const channel = (one(fields, 'channel') ?? 'WEB') as ResponseChannel;
      if (!CHANNELS.has(channel))
        throw new ApiError('VALIDATION', 'Unknown response channel.', {
          fields: [fieldProblem(['channel'], fieldMessage('ONE_OF', { options: [...CHANNELS].join(', ') }))],
        });
      await respond(req, deps, one(fields, 'code') ?? '', fields, channel);
      answerJson(res, 201, { ok: true });
    } catch (error) {
      sendFailure(res, error);
    }
  },
};

export const responseRoutes: HttpRoute[] = [responseFormRoute, responseFormSubmitRoute, responseEndpointRoute];
