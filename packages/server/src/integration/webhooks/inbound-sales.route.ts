import type { IncomingMessage, ServerResponse } from 'node:http';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../../kernel/context.js';
import { ApiError, type FieldProblem, validationError, fieldProblem } from '../../kernel/errors.js';
import { type FieldMessage, fieldMessage } from '../../kernel/field-messages.js';
import { SaleChannel } from '../../generated/sqlite/enums.js';
import { contextOrFail, type HttpRoute, sendError, sendFailure } from '../../kernel/route-kit.js';
import { contacts } from '../../privacy/access/contact-access.js';
import { decodeCanonicalGlobalId } from '../../kernel/graphql/global-id.js';
import { systemContext } from '../../privacy/access/system.js';
import { intCeilingProblem, intLimits, line, parseInstant, textProblem } from '../../kernel/graphql/input-policy.js';
import { hasCapability } from '../../identity/api-key.service.js';
import { recordSale, type SaleLineWrite } from '../../sales/sale.service.js';
import { SIGNATURE_HEADER, signatureMatches, TIMESTAMP_HEADER } from './webhook.signature.js';

const MAX_BODY = 256 * 1024;
/** Requests signed more than this far from the server's clock are refused (replays of old requests). */
export const INBOUND_WINDOW_SECONDS = 300;

const json = (res: ServerResponse, status: number, body: unknown): void =>
  void res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    .end(JSON.stringify(body));

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY)
      throw validationError([fieldProblem(['body'], fieldMessage('BODY_TOO_LARGE', { max: MAX_BODY }))]);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

interface InboundSale {
  externalRef: string;
  contact: { externalRef?: string; id?: number };
  saleDate: Date;
  channel: SaleChannel;
  lines: SaleLineWrite[];
}

/** Checks the body's shape; every problem with its path in the body (VALIDATION, HTTP 400). */
function parseSale(raw: string): InboundSale {
  let body: Record<string, any>;
  try {
    body = JSON.parse(raw);
  } catch {
    throw validationError([fieldProblem(['body'], fieldMessage('NOT_JSON'))]);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw validationError([fieldProblem(['body'], fieldMessage('JSON_OBJECT_REQUIRED'))]);
  const problems: FieldProblem[] = [];
  const bad = (path: (string | number)[], message: FieldMessage) =>
    problems.push(fieldProblem(path.map(String), message));
  // The API's boundary policy (lib/input-policy.ts): the same texts, dates and ceilings are refused on both paths.
  const str = (v: unknown) => typeof v === 'string' && v.trim() !== '' && textProblem(v, line(200)) === null;
  if (!str(body.externalRef)) bad(['externalRef'], fieldMessage('NON_BLANK_TEXT', { max: 200 }));
  const contact: InboundSale['contact'] = {};
  const c = body.contact;
  if (typeof c !== 'object' || c === null || (c.externalRef == null) === (c.id == null))
    bad(['contact'], fieldMessage('CONTACT_REF_OR_ID'));
  else if (c.externalRef != null) {
    if (str(c.externalRef)) contact.externalRef = c.externalRef.trim();
    else bad(['contact', 'externalRef'], fieldMessage('NOT_BLANK'));
  } else {
    try {
      const g = decodeCanonicalGlobalId(String(c.id));
      if (g.typename !== 'Contact') throw new Error('not a contact id');
      contact.id = Number(g.id);
    } catch {
      bad(['contact', 'id'], fieldMessage('GLOBAL_ID_OF_TYPE', { typename: 'Contact' }));
    }
  }
  const parsedDate =
    typeof body.saleDate === 'string' ? parseInstant(body.saleDate) : { problem: fieldMessage('DATE_SYNTAX') };
  if ('problem' in parsedDate) bad(['saleDate'], parsedDate.problem);
  const saleDate = 'date' in parsedDate ? parsedDate.date : new Date(Number.NaN);
  if (!(Object.values(SaleChannel) as unknown[]).includes(body.channel))
    bad(['channel'], fieldMessage('ONE_OF', { options: Object.values(SaleChannel).join(', ') }));
  const lines: SaleLineWrite[] = [];
  if (!Array.isArray(body.lines) || body.lines.length === 0) bad(['lines'], fieldMessage('SALE_NEEDS_LINE'));
  else {
    body.lines.forEach((l: Record<string, unknown> | null, i: number) => {
      if (typeof l?.productCode !== 'string') bad(['lines', i, 'productCode'], fieldMessage('REQUIRED'));
      else if (textProblem(l.productCode, line(50)))
        bad(['lines', i, 'productCode'], textProblem(l.productCode, line(50))!);
      if (typeof l?.quantity !== 'number') bad(['lines', i, 'quantity'], fieldMessage('NUMBER_EXPECTED'));
      // The floor (at least 1) is the sales service's rule, reported with the line's other problems.
      else if (intCeilingProblem(l.quantity, intLimits.quantity!))
        bad(['lines', i, 'quantity'], intCeilingProblem(l.quantity, intLimits.quantity!)!);
      const dec = (k: 'unitPrice' | 'discountRate') => {
        const v = l?.[k];
        if (v == null) return null;
        if (typeof v !== 'string' && typeof v !== 'number') bad(['lines', i, k], fieldMessage('DECIMAL_SYNTAX'));
        return String(v);
      };
      lines.push({
        productCode: String(l?.productCode ?? ''),
        quantity: Number(l?.quantity),
        unitPrice: dec('unitPrice'),
        discountRate: dec('discountRate'),
      });
    });
  }
  if (problems.length) throw validationError(problems);
  return { externalRef: body.externalRef.trim(), contact, saleDate, channel: body.channel, lines };
}

/** The reason the system context of this route carries into the audit log. */
export const INBOUND_SALES_REASON = 'integration:inbound-sales';

/**
 * The sales service runs for the integration as the named system principal (`integration:inbound-sales`), confined
 * explicitly to the key's brands by `findContact`: an ERP records the sales of every live contact of those brands,
 * whatever their consent to partner sharing (the sale is the contract), while a partner's own row rule would hide
 * the contacts who did not agree to sharing. No purpose: it never reads personal fields; the answer carries ids.
 */
const integrationContext = (ctx: Context): Context =>
  systemContext(ctx.db, ctx.provider, INBOUND_SALES_REASON, { now: ctx.now });

/**
 * The contact a sale names, among the live contacts of the key's brands. Another brand's contact, a deleted or a
 * merged one answers exactly like a missing one (the same NOT_FOUND), so the route is no oracle of existence.
 */
async function findContact(system: Context, ref: InboundSale['contact'], brandIds: number[]): Promise<{ id: number }> {
  const contact = await contacts(system).findFirst({
    where: {
      AND: [
        ref.id ? { id: ref.id } : { externalRef: ref.externalRef },
        { brandId: { in: brandIds }, deletedAt: null, mergedIntoId: null },
      ],
    },
    select: { id: true },
  });
  if (!contact)
    throw new ApiError('NOT_FOUND', 'Contact not found.', {
      fields: [fieldProblem(['contact'], fieldMessage('CONTACT_NOT_FOUND'))],
    });
  return contact;
}

const normalise = (s: {
  contactId: number;
  saleDate: Date;
  channel: string;
  lines: { productId: number; quantity: number; unitPrice: unknown; discountRate: unknown }[];
}) =>
  JSON.stringify([
    s.contactId,
    s.saleDate.getTime(),
    s.channel,
    s.lines.map((l) => [l.productId, l.quantity, Number(l.unitPrice).toFixed(2), Number(l.discountRate).toFixed(2)]),
  ]);

/** The sale already recorded under this external reference, compared with the request: same (a retry) or not. */
async function previous(ctx: Context, sale: InboundSale, contactId: number) {
  const stored = await ctx.db.sale.findUnique({
    where: { externalRef: sale.externalRef },
    select: {
      id: true,
      contactId: true,
      saleDate: true,
      channel: true,
      lines: {
        orderBy: { id: 'asc' },
        select: { productId: true, quantity: true, unitPrice: true, discountRate: true },
      },
    },
  });
  if (!stored) return null;
  const products = await ctx.db.product.findMany({
    where: { code: { in: sale.lines.map((l) => l.productCode!) } },
    select: { id: true, code: true, listPrice: true },
  });
  const byCode = new Map(products.map((p) => [p.code, p]));
  const asked = normalise({
    contactId,
    saleDate: sale.saleDate,
    channel: sale.channel,
    lines: sale.lines.map((l) => ({
      productId: byCode.get(l.productCode!)?.id ?? -1,
      quantity: l.quantity,
      unitPrice: l.unitPrice ?? byCode.get(l.productCode!)?.listPrice ?? 'NaN',
      discountRate: l.discountRate ?? 0,
    })),
  });
  return { id: stored.id, same: asked === normalise(stored) };
}

/** VALIDATION paths of the sales service start at its GraphQL argument (`input`); here they start at the body. */
function bodyPaths(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.extensions.code !== 'VALIDATION') return error;
  const fields = (error.extensions.fields as FieldProblem[]).map((f) => ({
    ...f,
    path: f.path[0] === 'input' ? f.path.slice(1) : f.path,
  }));
  return validationError(fields);
}

/** The answer of a request, decided before it is audited and sent. */
type Answer =
  { status: number; body: { sale: string; externalRef: string; alreadyRecorded: boolean } } | { error: unknown };

/** Checks the signature, then records the sale or finds the one already recorded under its externalRef. */
async function handleSale(req: IncomingMessage, ctx: Context, key: string, brandIds: number[]): Promise<Answer> {
  const raw = await readBody(req);
  const timestamp = String(req.headers[TIMESTAMP_HEADER] ?? '');
  if (
    !/^\d{1,12}$/.test(timestamp) ||
    Math.abs(ctx.now.getTime() / 1000 - Number(timestamp)) > INBOUND_WINDOW_SECONDS
  ) {
    throw new ApiError(
      'UNAUTHENTICATED',
      `${TIMESTAMP_HEADER} must be the signing time in Unix seconds, within ${INBOUND_WINDOW_SECONDS} s of the server's clock.`,
    );
  }
  if (!signatureMatches(key, timestamp, raw, req.headers[SIGNATURE_HEADER] as string | undefined)) {
    throw new ApiError(
      'UNAUTHENTICATED',
      `Bad ${SIGNATURE_HEADER}: expected sha256=<hex HMAC-SHA256(api key, timestamp + "." + body)>.`,
    );
  }
  const sale = parseSale(raw);
  const system = integrationContext(ctx);
  const contact = await findContact(system, sale.contact, brandIds);
  const answer = (status: number, id: number, alreadyRecorded: boolean): Answer => ({
    status,
    body: { sale: encodeGlobalID('Sale', id), externalRef: sale.externalRef, alreadyRecorded },
  });
  const retry = async () => {
    const p = await previous(ctx, sale, contact.id);
    if (!p) return null;
    if (!p.same)
      throw new ApiError('CONFLICT', `A different sale was already recorded with externalRef "${sale.externalRef}".`);
    return answer(200, Number(p.id), true);
  };
  const done = await retry();
  if (done) return done;
  const input = {
    contact: { typename: 'Contact', id: String(contact.id) },
    externalRef: sale.externalRef,
    saleDate: sale.saleDate,
    channel: sale.channel,
    lines: sale.lines,
  };
  try {
    return answer(201, (await recordSale(system, input)).id, false);
  } catch (error) {
    // The same request racing itself: the loser finds the winner's sale.
    const raced =
      error instanceof ApiError && error.message.includes('another sale has this external reference')
        ? await retry()
        : null;
    if (raced) return raced;
    throw bodyPaths(error);
  }
}

const refusals = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

/** One audit row per authenticated request, like a GraphQL mutation's: who, what, outcome; never the body's values. */
async function audit(ctx: Context, answer: Answer) {
  const code =
    'error' in answer ? (((answer.error as ApiError).extensions?.code as string | undefined) ?? 'INTERNAL') : null;
  const p = ctx.principal!;
  await ctx.db.auditLog.create({
    data: {
      at: ctx.now,
      actorType: 'API_KEY',
      apiKeyId: p.kind === 'partner' ? p.apiKeyId : null,
      // The key acted; the write ran under the system's elevated context, named here.
      systemReason: INBOUND_SALES_REASON,
      purpose: ctx.purpose?.code ?? null,
      operation: 'CREATE',
      operationName: 'POST /inbound/sales',
      entity: 'Sale',
      entityId: 'error' in answer ? null : answer.body.sale,
      fields: ['externalRef', 'contact', 'saleDate', 'channel', 'lines'],
      outcome: code === null ? 'ALLOWED' : refusals.has(code) ? 'DENIED' : 'FAILED',
      errorCode: code,
    },
  });
}

/**
 * POST /inbound/sales: a sale from an ERP or a shop (WEBHOOKS.md has the contract). Authenticated by a partner API
 * key (`x-api-key`) AND a signature of the body with that key (`x-fidele-signature`, `x-fidele-timestamp` within 5
 * minutes); the key must hold the `RECORD_SALES` capability (FORBIDDEN, 403, before anything else). Idempotent
 * on `externalRef`: the same sale again answers 200 with the same sale id; the same reference with other content is
 * 409 CONFLICT. A new sale answers 201 and emits SALE_RECORDED like any recorded sale. Every
 * request with a valid key is audited (fail closed: no answer without its record).
 */
export const inboundSalesRoute: HttpRoute = {
  method: 'POST',
  path: '/inbound/sales',
  async handle(req, res, deps) {
    const ctx = await contextOrFail(req, res, deps);
    if (!ctx) return;
    const principal = ctx.principal;
    if (principal?.kind !== 'partner') {
      sendError(res, 'UNAUTHENTICATED', 'Send a partner API key in x-api-key.');
      return;
    }
    // The capability first: a key that may not record sales learns nothing else (body, signature, contacts).
    const answer: Answer = (await hasCapability(ctx.db, principal.apiKeyId, 'RECORD_SALES'))
      ? await handleSale(req, ctx, String(req.headers['x-api-key']).trim(), principal.brandIds).catch(
          (error: unknown) => ({ error }),
        )
      : { error: new ApiError('FORBIDDEN', 'This API key may not record sales (capability RECORD_SALES).') };
    try {
      await audit(ctx, answer);
    } catch (error) {
      sendFailure(res, error);
      return;
    }
    if ('error' in answer) sendFailure(res, answer.error);
    else json(res, answer.status, answer.body);
  },
};
