import { pipeline } from 'node:stream/promises';
import { ApiError } from '../../kernel/errors.js';
import { decodeCanonicalGlobalId } from '../../kernel/graphql/global-id.js';
import { contextOrFail, type HttpRoute, sendError, sendFailure } from '../../kernel/route-kit.js';
import { auditRoutingFile, routingCsv, routingRows } from './postal.js';
import { routingLabels } from './postal-labels.js';

const PATH = /^\/actions\/([^/]+)\/routing-file\.(csv|pdf)$/;

/** The action's row id from the path's global id (NOT_FOUND for anything else: no oracle of what ids exist). */
function actionIdOf(raw: string): number {
  try {
    const id = decodeCanonicalGlobalId(decodeURIComponent(raw));
    if (id.typename === 'MarketingAction' && /^\d{1,9}$/.test(id.id)) return Number(id.id);
  } catch {
    // fall through
  }
  throw new ApiError('NOT_FOUND', 'Marketing action not found.');
}

/**
 * GET /actions/<action global id>/routing-file.csv and .pdf: the postal routing file of a MAILING action (CSV for
 * the mail house, PDF address labels to print in house), channels/postal.ts says what is in it. Same authentication
 * as /graphql (`Authorization: Bearer …`); staff users of the ADMIN and MARKETING roles. Errors come before the
 * first byte as JSON `{ error: { code, message } }`: 401 UNAUTHENTICATED, 403 FORBIDDEN, 404 NOT_FOUND, 400
 * VALIDATION (not a MAILING action). `x-fidele-row-count` says how many addresses; every download is audited
 * (EXPORT).
 */
export const routingFileRoute: HttpRoute = {
  method: 'GET',
  path: '/actions/',
  async handle(req, res, deps) {
    const match = PATH.exec((req.url ?? '/').split('?')[0] ?? '');
    if (!match) return sendError(res, 'NOT_FOUND', 'No such route.');
    const ctx = await contextOrFail(req, res, deps);
    if (!ctx) return;
    if (!ctx.principal) return sendError(res, 'UNAUTHENTICATED', 'Log in (Authorization: Bearer <token>).');
    const format = match[2] as 'csv' | 'pdf';
    let rows;
    let actionId: number;
    try {
      actionId = actionIdOf(match[1]!);
      rows = await routingRows(ctx, actionId);
      await auditRoutingFile(ctx, actionId, format.toUpperCase(), rows.length);
    } catch (error) {
      return sendFailure(res, error);
    }
    const name = `routing-${actionId}-${ctx.now.toISOString().slice(0, 10)}.${format}`;
    res.writeHead(200, {
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/pdf',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
      'x-fidele-row-count': String(rows.length),
    });
    if (format === 'csv') res.end(routingCsv(rows));
    else await pipeline(routingLabels(rows, name), res).catch(() => res.destroy());
  },
};
