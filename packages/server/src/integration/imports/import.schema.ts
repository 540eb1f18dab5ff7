import { Readable } from 'node:stream';
import { builder } from '../../kernel/graphql/builder.js';
import { ImportEntityEnum, ImportFormatEnum, ImportStatusEnum } from '../../kernel/graphql/enums.js';
import type { ImportEntity, Role } from '../../generated/sqlite/enums.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import { listSize } from '../../kernel/graphql/page-size.js';
import { type ImportOptions, queueImport, runImport } from './import.service.js';
import { entityNames } from './import.payload.js';
import { DuplicateDecisionInput } from '../../contacts/contact.input.js';
import { checkDecision, type DuplicateDecision } from '../../contacts/quality/entry-duplicates.service.js';

/** Imports from the API (the admin uploads the file's content): the same engine as the CLI. */

/** The most row errors one request lists: a file's worth of a typical import, still one bounded statement. */
const maxImportErrors = 10_000;

const importers = { roles: ['ADMIN', 'MARKETING'] as Role[] };

builder.prismaObject('ImportRowError', {
  description: 'A problem of one row of an import: its line in the file (1 is the header), field and stable code.',
  fields: (t) => ({
    line: t.exposeInt('line'),
    field: t.exposeString('field', { nullable: true }),
    code: t.exposeString('code', {
      description: 'INVALID_EMAIL, INVALID_PHONE, CITY_MISMATCH, MISSING_VALUE, DUPLICATE_IN_FILE, ... (QUALITY.md).',
    }),
    message: t.exposeString('message'),
  }),
});

builder.prismaNode('ImportJob', {
  id: { field: 'id' },
  // A missing id answers null, as a hidden one does (node-missing.test.ts), not an unexpected error.
  nullable: true,
  authScopes: importers,
  findUnique: (id, ctx) => ({
    id: Number(id),
    ...(ctx.principal?.role === 'ADMIN'
      ? {}
      : { createdById: ctx.principal?.kind === 'staff' ? ctx.principal.userId : -1 }),
  }),
  fields: (t) => ({
    entity: t.expose('entity', { type: ImportEntityEnum }),
    format: t.expose('format', { type: ImportFormatEnum }),
    fileName: t.exposeString('fileName'),
    upsertKey: t.exposeString('upsertKey', { nullable: true }),
    dryRun: t.exposeBoolean('dryRun'),
    status: t.expose('status', { type: ImportStatusEnum }),
    totalRows: t.exposeInt('totalRows', {
      description:
        'Data rows of the file (known from the start with startImport; the rows read so far with importFile).',
    }),
    processedRows: t.exposeInt('processedRows', {
      description: 'Rows checked (and written) so far: equals totalRows when the job is over.',
    }),
    createdCount: t.exposeInt('createdCount'),
    updatedCount: t.exposeInt('updatedCount'),
    unchangedCount: t.int({
      description: 'Rows matching a record that already held the same values.',
      select: { processedRows: true, createdCount: true, updatedCount: true, errorCount: true },
      resolve: (j) => Math.max(0, j.processedRows - j.createdCount - j.updatedCount - j.errorCount),
    }),
    rejectedCount: t.exposeInt('errorCount', { description: 'Rows not imported, each with at least one error.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    errors: t.relation('errors', {
      description: 'Row errors, by line (rejectedCount counts the rows).',
      args: {
        first: t.arg.int({
          required: false,
          defaultValue: 1000,
          description: `How many row errors to list, 0 to ${maxImportErrors.toLocaleString('en-US')}.`,
        }),
      },
      query: (args) => ({
        orderBy: [{ line: 'asc' as const }, { id: 'asc' as const }],
        take: listSize(args.first, 1000, maxImportErrors, ['errors', 'first']),
      }),
    }),
  }),
});

const ImportMapping = builder.inputType('ImportColumnMapping', {
  fields: (t) => ({
    column: t.string({ description: 'Column header in the file.' }),
    field: t.string({ description: 'Field it fills.' }),
  }),
});
const ImportDefault = builder.inputType('ImportDefault', {
  fields: (t) => ({
    field: t.string(),
    value: t.string({ description: 'Used for new records when the file gives no value.' }),
  }),
});
const ImportContentEncoding = builder.enumType('ImportContentEncoding', { values: ['TEXT', 'BASE64'] as const });

builder.queryFields((t) => ({
  importJob: t.prismaField({
    type: 'ImportJob',
    nullable: true,
    authScopes: importers,
    description: 'An import job with its counts and row errors (your own jobs; every job for an admin).',
    args: { id: t.arg.globalID() },
    resolve: (query, _root, args, ctx) =>
      ctx.db.importJob.findFirst({
        ...query,
        where: {
          id: idFor('ImportJob', args.id, ['id']),
          ...(ctx.principal?.role === 'ADMIN'
            ? {}
            : { createdById: ctx.principal?.kind === 'staff' ? ctx.principal.userId : -1 }),
        },
      }),
  }),
}));

/** The arguments of importFile and startImport. */
const importArgs = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) => ({
  entity: t.arg({ type: ImportEntityEnum }),
  format: t.arg({ type: ImportFormatEnum }),
  fileName: t.arg.string(),
  content: t.arg.string(),
  encoding: t.arg({ type: ImportContentEncoding, required: false, defaultValue: 'TEXT' }),
  mapping: t.arg({
    type: [ImportMapping],
    required: false,
    description: 'Without it, columns named like a field map to it.',
  }),
  key: t.arg.string({
    required: false,
    description: 'Upsert key: email or externalRef (contacts), code (products), externalRef (sales).',
  }),
  defaults: t.arg({ type: [ImportDefault], required: false }),
  dryRun: t.arg.boolean({ required: false, defaultValue: false }),
  duplicates: t.arg({
    type: DuplicateDecisionInput,
    required: false,
    description:
      'Contacts: without it, a row that would create a contact looking like one you may see is rejected DUPLICATE_SUSPECTED, one with its exact e-mail DUPLICATE_EMAIL (candidates in the message); confirm creates the first kind, force with a reason both (audited).',
  }),
});

interface ImportArgs {
  entity: ImportEntity;
  format: 'CSV' | 'XLSX';
  fileName: string;
  content: string;
  encoding?: 'TEXT' | 'BASE64' | null;
  mapping?: { column: string; field: string }[] | null;
  key?: string | null;
  defaults?: { field: string; value: string }[] | null;
  dryRun?: boolean | null;
  duplicates?: DuplicateDecision | null;
}

function importOptions(args: ImportArgs): { bytes: Buffer; options: ImportOptions } {
  // Before any job exists: a forced import without a reason is refused whole.
  checkDecision(args.duplicates, ['duplicates']);
  const bytes = args.encoding === 'BASE64' ? Buffer.from(args.content, 'base64') : Buffer.from(args.content, 'utf8');
  return {
    bytes,
    options: {
      entity: entityNames[args.entity],
      format: args.format,
      fileName: args.fileName,
      source: Readable.from([bytes]),
      totalBytes: bytes.length,
      bytes,
      mapping: args.mapping ? Object.fromEntries(args.mapping.map((m) => [m.column, m.field])) : null,
      key: args.key,
      defaults: args.defaults ? Object.fromEntries(args.defaults.map((d) => [d.field, d.value])) : null,
      dryRun: args.dryRun,
      duplicates: args.duplicates,
    },
  };
}

builder.mutationFields((t) => ({
  importFile: t.prismaField({
    type: 'ImportJob',
    authScopes: importers,
    description:
      'Imports contacts, products, sales or action responses from a CSV or XLSX file given as text (CSV) or base64. Valid ' +
      'rows are written (one transaction per batch), bad rows reported with their line and code; rows are matched on ' +
      'the upsert key, so importing the same file twice changes nothing. With dryRun, only the job and its errors are written. ' +
      'Answers when the import is over; startImport answers at once.',
    args: importArgs(t),
    resolve: async (query, _root, args, ctx) => {
      const summary = await runImport(ctx, importOptions(args).options);
      return ctx.db.importJob.findUniqueOrThrow({ ...query, where: { id: summary.jobId } });
    },
  }),
  startImport: t.prismaField({
    type: 'ImportJob',
    authScopes: importers,
    description:
      'Like importFile, but answers as soon as the options are checked and the job exists (status RUNNING, totalRows ' +
      'counted): the import goes on in the server, updating processedRows and the counts after every batch. Poll ' +
      'importJob(id) until the status is COMPLETED or FAILED (an unexpected stop is recorded as FAILED with an IMPORT_FAILED error).',
    args: importArgs(t),
    resolve: async (query, _root, args, ctx) => {
      const { bytes, options } = importOptions(args);
      const jobId = await queueImport(ctx, { ...options, bytes });
      return ctx.db.importJob.findUniqueOrThrow({ ...query, where: { id: jobId } });
    },
  }),
}));
