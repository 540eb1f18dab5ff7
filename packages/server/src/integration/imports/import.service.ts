import { Readable } from 'node:stream';
import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import { ApiError, validationError, fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import { type ConfidentialField, confidentialFields, mayReadConfidential } from '../../kernel/field-rules.js';
import { defaultImportLimits, fileTooLarge } from './import.limits.js';
import { type FileFormat, readFile } from './import.readers.js';
import { importHandlers } from './import.entities.js';
import { importEntities, type ImportOptions, type ImportSummary } from './import.options.js';
import type { ImportHandler } from './import.rows.js';
import { ImportRun } from './import.run.js';
import type { ResumePoint } from './import.checkpoint.js';
import { jobRunner } from '../../kernel/job-runner.js';
import type { ImportJob } from '../../generated/sqlite/client.js';
import { duplicatesOf, entityNames, type ImportJobPayload, importQueueName } from './import.payload.js';

export { importEntities, type ImportEntityName, type ImportOptions, type ImportSummary } from './import.options.js';

/**
 * Imports of contacts, products, sales and action responses from CSV or XLSX. The file is streamed: rows are read,
 * checked and written a batch at a time (one transaction per batch), so memory holds one batch, plus the keys seen
 * so far (to report duplicates inside the file). Every problem is an ImportRowError with its line, field and code;
 * valid rows are written and bad rows reported. Rows are matched to existing records on the upsert key, so the
 * same file imported twice leaves the database as the first import left it (the second reports rows unchanged).
 */

export async function runImport(ctx: Context, options: ImportOptions): Promise<ImportSummary> {
  return (await beginImport(ctx, options)).finished;
}

/**
 * Checks the options and creates the job (RUNNING) before returning; `finished` then reads and writes the file. The
 * API's startImport returns the job at once and lets `finished` go on in the server process, the admin polling the
 * job's counts (updated after every batch) meanwhile; runImport (CLI, importFile) simply awaits it.
 */
export async function beginImport(
  ctx: Context,
  options: ImportOptions,
): Promise<{ jobId: number; finished: Promise<ImportSummary> }> {
  const { handler, key, accepts } = await checkImport(ctx, options);
  const job = await ctx.db.importJob.create({ data: jobData(ctx, options, key) });
  // A failure of the database (not of the file) ends the job FAILED, so that no one waits for it, and is rethrown.
  const finished = importRows(ctx, options, handler, key, accepts, job.id).then(
    (summary) => summary!,
    async (error: unknown) => {
      await failJob(ctx.db, job.id, error);
      throw error;
    },
  );
  return { jobId: job.id, finished };
}

/** The new job's columns (RUNNING: it is taken at once, by this process or by the queue). */
function jobData(ctx: Context, options: ImportOptions, key: string) {
  return {
    entity: importEntities[options.entity],
    format: options.format,
    fileName: options.fileName,
    mapping: options.mapping ?? {},
    upsertKey: key,
    dryRun: !!options.dryRun,
    defaults: options.defaults ?? undefined,
    status: 'RUNNING' as const,
    startedAt: new Date(),
    createdById: ctx.principal?.kind === 'staff' ? ctx.principal.userId : null,
  };
}

/** Checks the options before any job exists: the entity, the key, the mapping, the caller's rights, the size. */
async function checkImport(ctx: Context, options: ImportOptions) {
  const handler = importHandlers[options.entity] as ImportHandler<unknown>;
  if (!handler)
    throw validationError([
      fieldProblem(['entity'], fieldMessage('UNKNOWN_IMPORT_ENTITY', { entity: options.entity })),
    ]);
  const key = options.key ?? handler.keys[0]!;
  if (!handler.keys.includes(key))
    throw validationError([
      fieldProblem(['key'], fieldMessage('IMPORT_KEY', { entity: options.entity, keys: handler.keys.join(', ') })),
    ]);
  const accepts = (field: string) => handler.fields.includes(field) || !!handler.extraField?.(field);
  const mappingProblems = Object.entries(options.mapping ?? {})
    .filter(([, field]) => !accepts(field))
    .map(([column, field]) =>
      fieldProblem(
        ['mapping', column],
        fieldMessage('UNKNOWN_IMPORT_FIELD', { field, entity: options.entity, fields: handler.fields.join(', ') }),
      ),
    );
  if (mappingProblems.length) throw validationError(mappingProblems);
  for (const field of [...Object.values(options.mapping ?? {}), ...Object.keys(options.defaults ?? {})]) {
    const c = `${handler.model}.${field}` as ConfidentialField;
    if (c in confidentialFields && !mayReadConfidential(ctx.principal, c))
      throw new ApiError('FORBIDDEN', `Your role may not write ${field}.`, { field });
  }

  // An oversized file is refused before the job exists: no work, no memory spent on it.
  const tooLarge = await fileTooLarge(
    options.format,
    options.totalBytes ?? options.bytes?.length ?? 0,
    options.bytes ?? null,
    { ...defaultImportLimits, ...options.limits },
  );
  if (tooLarge) throw validationError([fieldProblem(['content'], tooLarge)]);
  return { handler, key, accepts };
}

/**
 * startImport: checks the options, creates the job (RUNNING) with the file kept in it, and enqueues it: a worker of
 * any instance runs it (import.queue.ts), and another resumes it if that one dies. Returns the job's id.
 */
export async function queueImport(ctx: Context, options: ImportOptions & { bytes: Buffer }): Promise<number> {
  const { key } = await checkImport(ctx, options);
  const runAs = { principal: ctx.principal, purpose: ctx.purpose, duplicates: options.duplicates ?? null };
  const job = await ctx.db.importJob.create({
    data: { ...jobData(ctx, options, key), content: new Uint8Array(options.bytes), runAs: runAs as object },
  });
  const payload: ImportJobPayload = { importJobId: job.id, ...runAs };
  await jobRunner(ctx).enqueue(importQueueName, payload, { singletonKey: `import:${job.id}` });
  return job.id;
}

/**
 * One run of a queued import: reads the job's file again and goes on from the batches committed so far. Returns
 * null when the run paused (shouldPause) before the end, the job then going on in a later run.
 */
export async function resumeImport(
  ctx: Context,
  job: ImportJob & { content: Uint8Array },
  shouldPause: () => boolean,
): Promise<ImportSummary | null> {
  const bytes = Buffer.from(job.content);
  const mapping = job.mapping as Record<string, string>;
  const options: ImportOptions = {
    entity: entityNames[job.entity],
    format: job.format,
    fileName: job.fileName,
    source: Readable.from([bytes]),
    totalBytes: bytes.length,
    // Stored as {} when the caller gave none: then columns named like a field map to it.
    mapping: Object.keys(mapping).length ? mapping : null,
    key: job.upsertKey,
    defaults: (job.defaults as Record<string, string> | null) ?? null,
    dryRun: job.dryRun,
    duplicates: duplicatesOf(job.runAs),
    shouldPause,
  };
  if (job.committedBatches === 0 && job.totalRows === 0) options.countRows = () => countDataRows(job.format, bytes);
  const { handler, key, accepts } = await checkImport(ctx, options);
  return importRows(ctx, options, handler, key, accepts, job.id, {
    committedBatches: job.committedBatches,
    expected: job.totalRows,
    counts: {
      processed: job.processedRows,
      created: job.createdCount,
      updated: job.updatedCount,
      rejected: job.errorCount,
      unchanged: Math.max(0, job.processedRows - job.createdCount - job.updatedCount - job.errorCount),
    },
  });
}

async function importRows(
  ctx: Context,
  options: ImportOptions,
  handler: ImportHandler<unknown>,
  key: string,
  accepts: (field: string) => boolean,
  jobId: number,
  resume?: ResumePoint,
): Promise<ImportSummary | null> {
  const run = new ImportRun(ctx, options, handler, key, accepts, jobId, resume);
  await run.countRows();
  const reader = readFile(options.format, options.source);
  const state = await handler.start(ctx, { jobId, key, duplicates: options.duplicates });
  return run.run(reader, state);
}

/** The number of data rows of a file held in memory (the same reader as the import, so the same count). */
export async function countDataRows(format: FileFormat, bytes: Buffer): Promise<number> {
  let n = 0;
  for await (const _row of readFile(format, Readable.from([bytes])).rows) n++;
  return n;
}

/**
 * Marks a job that stopped on an unexpected error (the database went away, a bug) as FAILED, with a row error on
 * line 0 (the cause is logged, not shown), so that whoever polls it stops waiting. Rows of earlier batches stay written.
 */
export async function failJob(db: Db, jobId: number, error: unknown): Promise<void> {
  // The cause goes to the server's log; the job (read by the admin) says what happened in the module's words.
  console.error(`import job ${jobId} stopped`, error);
  // The file was kept for a resumed run only.
  await db.importJob.update({
    where: { id: jobId },
    data: { status: 'FAILED', finishedAt: new Date(), content: null },
  });
  await db.importRowError.create({
    data: {
      jobId,
      line: 0,
      field: null,
      code: 'IMPORT_FAILED',
      message:
        'the import stopped on an unexpected error: rows of earlier batches are written, run the file again to finish',
    },
  });
}
