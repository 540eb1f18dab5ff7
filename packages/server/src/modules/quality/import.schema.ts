import { Readable } from 'node:stream';
import { builder } from '../../builder.js';
import { ImportEntityEnum, ImportFormatEnum, ImportStatusEnum } from '../../enums.js';
import type { ImportEntity, Role } from '../../generated/sqlite/enums.js';
import { idFor } from '../../lib/global-id.js';
import { type ImportEntityName, importEntities, runImport } from './import.service.js';

/** Imports from the API (the admin uploads the file's content): the same engine as the CLI. */

const importers = { roles: ['ADMIN', 'MARKETING'] as Role[] };

const entityName = Object.fromEntries(Object.entries(importEntities).map(([name, e]) => [e, name])) as Record<ImportEntity, ImportEntityName>;

builder.prismaObject('ImportRowError', {
  description: 'A problem of one row of an import: its line in the file (1 is the header), field and stable code.',
  fields: (t) => ({
    line: t.exposeInt('line'),
    field: t.exposeString('field', { nullable: true }),
    code: t.exposeString('code', { description: 'INVALID_EMAIL, INVALID_PHONE, CITY_MISMATCH, MISSING_VALUE, DUPLICATE_IN_FILE, ... (QUALITY.md).' }),
    message: t.exposeString('message'),
  }),
});

builder.prismaNode('ImportJob', {
  id: { field: 'id' },
  authScopes: importers,
  findUnique: (id, ctx) => ({ id: Number(id), ...(ctx.principal?.role === 'ADMIN' ? {} : { createdById: ctx.principal?.kind === 'staff' ? ctx.principal.userId : -1 }) }),
  fields: (t) => ({
    entity: t.expose('entity', { type: ImportEntityEnum }),
    format: t.expose('format', { type: ImportFormatEnum }),
    fileName: t.exposeString('fileName'),
    upsertKey: t.exposeString('upsertKey', { nullable: true }),
    dryRun: t.exposeBoolean('dryRun'),
    status: t.expose('status', { type: ImportStatusEnum }),
    totalRows: t.exposeInt('totalRows'),
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
      args: { first: t.arg.int({ required: false, defaultValue: 1000 }) },
      query: (args) => ({ orderBy: [{ line: 'asc' as const }, { id: 'asc' as const }], take: Math.min(args.first ?? 1000, 10_000) }),
    }),
  }),
});

const ImportMapping = builder.inputType('ImportColumnMapping', {
  fields: (t) => ({ column: t.string({ description: 'Column header in the file.' }), field: t.string({ description: 'Field it fills.' }) }),
});
const ImportDefault = builder.inputType('ImportDefault', {
  fields: (t) => ({ field: t.string(), value: t.string({ description: 'Used for new records when the file gives no value.' }) }),
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
        where: { id: idFor('ImportJob', args.id, ['id']), ...(ctx.principal?.role === 'ADMIN' ? {} : { createdById: ctx.principal?.kind === 'staff' ? ctx.principal.userId : -1 }) },
      }),
  }),
}));

builder.mutationFields((t) => ({
  importFile: t.prismaField({
    type: 'ImportJob',
    authScopes: importers,
    description:
      'Imports contacts, products, sales or action responses from a CSV or XLSX file given as text (CSV) or base64. Valid ' +
      'rows are written (one transaction per batch), bad rows reported with their line and code; rows are matched on ' +
      'the upsert key, so importing the same file twice changes nothing. With dryRun, only the job and its errors are written.',
    args: {
      entity: t.arg({ type: ImportEntityEnum }),
      format: t.arg({ type: ImportFormatEnum }),
      fileName: t.arg.string(),
      content: t.arg.string(),
      encoding: t.arg({ type: ImportContentEncoding, required: false, defaultValue: 'TEXT' }),
      mapping: t.arg({ type: [ImportMapping], required: false, description: 'Without it, columns named like a field map to it.' }),
      key: t.arg.string({ required: false, description: 'Upsert key: email or externalRef (contacts), code (products), externalRef (sales).' }),
      defaults: t.arg({ type: [ImportDefault], required: false }),
      dryRun: t.arg.boolean({ required: false, defaultValue: false }),
    },
    resolve: async (query, _root, args, ctx) => {
      const bytes = args.encoding === 'BASE64' ? Buffer.from(args.content, 'base64') : Buffer.from(args.content, 'utf8');
      const summary = await runImport(ctx, {
        entity: entityName[args.entity],
        format: args.format,
        fileName: args.fileName,
        source: Readable.from([bytes]),
        totalBytes: bytes.length,
        mapping: args.mapping ? Object.fromEntries(args.mapping.map((m) => [m.column, m.field])) : null,
        key: args.key,
        defaults: args.defaults ? Object.fromEntries(args.defaults.map((d) => [d.field, d.value])) : null,
        dryRun: args.dryRun,
      });
      return ctx.db.importJob.findUniqueOrThrow({ ...query, where: { id: summary.jobId } });
    },
  }),
}));
