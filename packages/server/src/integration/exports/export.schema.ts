import { PassThrough } from 'node:stream';
import { builder } from '../../kernel/graphql/builder.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import { ContactFilter } from '../../contacts/contact.filter.js';
import { validationError, fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import { countExport, planExport, writeExport } from './export.service.js';

/**
 * Export from GraphQL: the file comes back in the response (base64), so only for small lists (at most
 * `maxGraphqlExportRows`); anything larger is refused with VALIDATION pointing at the streamed download
 * `GET /export/contacts` (export.route.ts), which the SDK's `downloadContactsExport` and the admin use. A query, not
 * a mutation: it changes nothing but is audited.
 */

/** The largest list the GraphQL export answers: its file is held in memory and sent as base64. */
export const maxGraphqlExportRows = 5000;

const ExportFormatEnum = builder.enumType('ExportFormat', { values: ['CSV', 'XLSX'] as const });

interface ExportFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  rowCount: number;
  columns: string[];
  withheldColumns: string[];
  excludedWithoutConsent: number;
}

const ExportFileRef = builder.objectRef<ExportFile>('ExportFile').implement({
  fields: (t) => ({
    fileName: t.exposeString('fileName'),
    mimeType: t.exposeString('mimeType'),
    contentBase64: t.exposeString('contentBase64'),
    rowCount: t.exposeInt('rowCount'),
    columns: t.exposeStringList('columns'),
    withheldColumns: t.exposeStringList('withheldColumns', {
      description: 'Confidential columns your role may not read, left out.',
    }),
    excludedWithoutConsent: t.exposeInt('excludedWithoutConsent', {
      description: "Contacts of the list whose consent does not cover the request's purpose: not exported.",
    }),
  }),
});

builder.queryFields((t) => ({
  exportContacts: t.field({
    type: ExportFileRef,
    authScopes: { authenticated: true },
    description:
      "A list (filter) or segment of contacts as CSV or XLSX: your row rule, your role's field rules, and only contacts " +
      "whose consent covers the request's purpose (x-fidele-purpose). Audited (EXPORT). At most 5,000 rows (the file " +
      'comes back base64); larger lists: the streamed download GET /export/contacts with the same parameters.',
    args: {
      format: t.arg({ type: ExportFormatEnum }),
      filter: t.arg({ type: ContactFilter, required: false }),
      segment: t.arg.globalID({ required: false }),
      columns: t.arg.stringList({ required: false, description: 'Default: every column your role may read.' }),
    },
    resolve: async (_root, args, ctx) => {
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on('data', (c: Buffer) => chunks.push(c));
      const plan = await planExport(ctx, {
        format: args.format,
        filter: args.filter,
        segmentId: args.segment ? idFor('Segment', args.segment, ['segment']) : null,
        columns: args.columns,
      });
      const { rows } = await countExport(ctx, plan);
      if (rows > maxGraphqlExportRows) {
        throw validationError([
          fieldProblem(['filter'], fieldMessage('GRAPHQL_EXPORT_TOO_LARGE', { rows, max: maxGraphqlExportRows })),
        ]);
      }
      const summary = await writeExport(ctx, plan, out);
      const xlsx = args.format === 'XLSX';
      return {
        fileName: `contacts-${ctx.now.toISOString().slice(0, 10)}.${xlsx ? 'xlsx' : 'csv'}`,
        mimeType: xlsx
          ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
          : 'text/csv; charset=utf-8',
        contentBase64: Buffer.concat(chunks).toString('base64'),
        rowCount: summary.rows,
        columns: summary.columns,
        withheldColumns: summary.withheldColumns,
        excludedWithoutConsent: summary.excludedWithoutConsent,
      };
    },
  }),
}));
