import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  coerceInputValue,
  type GraphQLSchema,
  getNamedType,
  GraphQLID,
  type GraphQLInputType,
  type GraphQLInputObjectType,
  type GraphQLList,
  type GraphQLNonNull,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { type FieldProblem, validationError, fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import { contextOrFail, type HttpRoute, sendError, sendFailure } from '../../kernel/route-kit.js';
import { decodeCanonicalGlobalId, type DecodedGlobalId, idFor } from '../../kernel/graphql/global-id.js';
import { countExport, type ExportFormat, planExport, writeExport } from './export.service.js';

/**
 * GET /export/contacts: the contact export as a streamed download, for lists of any size (the GraphQL
 * `exportContacts` answers small lists only). Same authentication and purpose headers as /graphql
 * (`Authorization: Bearer …`, `x-fidele-purpose`), same rules as the export service: row rule, field rules of the
 * role, and only contacts whose consent covers the purpose. Query parameters:
 *
 * - `format`: `csv` (default) or `xlsx`;
 * - `filter`: a ContactFilter as JSON (the same input as the contacts list, global ids included, e.g. `{"ids":[…]}`
 *   for a selection), checked like a GraphQL variable;
 * - `segment`: a segment's global id; `columns`: comma-separated column names.
 *
 * Errors come before the first byte, as JSON `{ error: { code, message, … } }`: 401 UNAUTHENTICATED, 403 FORBIDDEN
 * (a staff user only; a confidential column asked for), 403 CONSENT_REQUIRED (no purpose), 400 VALIDATION (bad
 * parameter), 404 NOT_FOUND (segment). The response carries `x-fidele-row-count`, `x-fidele-excluded-without-consent`
 * and `x-fidele-withheld-columns` (counted before streaming). Rows are read 1,000 at a time and written as the
 * client reads them: memory stays bounded whatever the size of the list. Audited as EXPORT.
 */

const mimeTypes: Record<ExportFormat, string> = {
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A JSON value coerced to a GraphQL input type as a variable would be, with its global ids decoded as Pothos does. */
export function inputFromJson(schema: GraphQLSchema, typeName: string, json: string, path: string): unknown {
  const type = schema.getType(typeName) as GraphQLInputObjectType;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw validationError([fieldProblem([path], fieldMessage('INVALID_JSON'))]);
  }
  const problems: FieldProblem[] = [];
  const coerced = coerceInputValue(value, type, (p, _invalid, error) =>
    problems.push(fieldProblem([path, ...p.map(String)], fieldMessage('INVALID_INPUT', { reason: error.message }))),
  );
  if (problems.length) throw validationError(problems);
  return decodeIds(type, coerced, [path]);
}

function decodeIds(type: GraphQLInputType, value: unknown, path: string[]): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return decodeIds((type as GraphQLNonNull<GraphQLInputType>).ofType, value, path);
  if (isListType(type))
    return (value as unknown[]).map((v, i) =>
      decodeIds((type as GraphQLList<GraphQLInputType>).ofType, v, [...path, String(i)]),
    );
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return Object.fromEntries(
      Object.entries(value as object).map(([k, v]) => [k, fields[k] ? decodeIds(fields[k].type, v, [...path, k]) : v]),
    );
  }
  if (getNamedType(type).name === 'ID') {
    try {
      return decodeCanonicalGlobalId(String(value));
    } catch {
      throw validationError([fieldProblem(path, fieldMessage('NOT_A_GLOBAL_ID'))]);
    }
  }
  return value;
}

export const exportContactsRoute: HttpRoute = {
  method: 'GET',
  path: '/export/contacts',
  async handle(req, res, deps) {
    const ctx = await contextOrFail(req, res, deps);
    if (!ctx) return;
    if (!ctx.principal) return sendError(res, 'UNAUTHENTICATED', 'Log in (Authorization: Bearer <token>) to export.');
    if (ctx.principal.kind !== 'staff') return sendError(res, 'FORBIDDEN', 'Exports are for staff users.');
    const url = new URL(req.url ?? '/', 'http://x');
    const format = (url.searchParams.get('format') ?? 'csv').toUpperCase();
    let plan;
    try {
      if (format !== 'CSV' && format !== 'XLSX')
        throw validationError([fieldProblem(['format'], fieldMessage('ONE_OF', { options: 'csv, xlsx' }))]);
      const filter = url.searchParams.get('filter');
      const segment = url.searchParams.get('segment');
      const columns = url.searchParams.get('columns');
      plan = await planExport(ctx, {
        format,
        // Cast: inputFromJson coerces the JSON with the schema's own ContactFilter type (as a variable would be), so
        // the value has the filter's shape; TypeScript cannot see that through the schema lookup.
        filter: filter ? (inputFromJson(deps.schema, 'ContactFilter', filter, 'filter') as never) : null,
        segmentId: segment
          ? idFor('Segment', decodeIds(GraphQLID, segment, ['segment']) as DecodedGlobalId, ['segment'])
          : null,
        columns: columns
          ? columns
              .split(',')
              .map((c) => c.trim())
              .filter(Boolean)
          : null,
        operationName: 'GET /export/contacts',
      });
    } catch (error) {
      return sendFailure(res, error);
    }
    const counts = await countExport(ctx, plan);
    const fileName = `contacts-${ctx.now.toISOString().slice(0, 10)}.${format.toLowerCase()}`;
    res.writeHead(200, {
      'content-type': mimeTypes[format],
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
      'x-fidele-row-count': String(counts.rows),
      'x-fidele-excluded-without-consent': String(counts.excludedWithoutConsent),
      'x-fidele-withheld-columns': plan.withheldColumns.join(','),
      'x-fidele-columns': plan.columns.join(','),
    });
    // The export writes into `out`; pipeline carries `out` to the socket at the client's pace (backpressure) and
    // tears both down if the client goes away, which makes writeExport stop at its next page.
    const out = new PassThrough();
    const sending = pipeline(out, res);
    const written = writeExport(ctx, plan, out).catch((error: unknown) => {
      out.destroy(error as Error);
      throw error;
    });
    await Promise.allSettled([sending, written]);
    const failure = await written.then(
      () => null,
      (e: unknown) => e,
    );
    if (failure && !res.destroyed) sendFailure(res, failure);
  },
};
