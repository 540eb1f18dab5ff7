import { Readable } from 'node:stream';
import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import { ApiError, validationError } from '../../kernel/errors.js';
import type { ImportEntity } from '../../generated/sqlite/enums.js';
import { type ConfidentialField, confidentialFields, mayReadConfidential } from '../../kernel/field-rules.js';
import { defaultImportLimits, fileTooLarge, type ImportLimits } from './import.limits.js';
import { type FileFormat, readFile } from './import.readers.js';
import { importHandlers, type ImportHandler, type RowError, type Unit } from './import.entities.js';
import { actorOf } from '../../privacy/audit/audit-actor.js';

/**
 * Imports of contacts, products, sales and action responses from CSV or XLSX. The file is streamed: rows are read,
 * checked and written a batch at a time (one transaction per batch), so memory holds one batch, plus the keys seen
 * so far (to report duplicates inside the file). Every problem is an ImportRowError with its line, field and code;
 * valid rows are written and bad rows reported. Rows are matched to existing records on the upsert key, so the
 * same file imported twice leaves the database as the first import left it (the second reports rows unchanged).
 */

export type ImportEntityName = 'contacts' | 'products' | 'sales' | 'responses';

export const importEntities: Record<ImportEntityName, ImportEntity> = {
  contacts: 'CONTACT',
  products: 'PRODUCT',
  sales: 'SALE',
  responses: 'ACTION_RESPONSE',
};

export interface ImportOptions {
  entity: ImportEntityName;
  format: FileFormat;
  fileName: string;
  source: Readable;
  /** File column → field. Without it, columns named like a field map to it. */
  mapping?: Record<string, string> | null;
  /** The upsert key field (contacts: email or externalRef; products: code; sales: externalRef). @default the entity's first key */
  key?: string | null;
  /** Values for fields the file does not give (e.g. { brand: 'MAISON', kind: 'CLIENT' }). */
  defaults?: Record<string, string> | null;
  /** Check and count everything, write nothing but the job and its errors. @default false */
  dryRun?: boolean | null;
  /** Rows per batch (one transaction each). @default 500 */
  batchSize?: number;
  /** Size of the source in bytes, for progress and the size limit. */
  totalBytes?: number;
  /** The whole file, when the caller holds it (the API) or may read it (the CLI): its declared sizes are checked before any work. */
  bytes?: Buffer | null;
  /** Bounds on the file (import.limits.ts). @default defaultImportLimits */
  limits?: Partial<ImportLimits>;
  onProgress?: (p: { phase: string; done: number; total: number }) => void;
  /** Counts the data rows before the import starts, so that the job's totalRows is known while it runs (startImport). */
  countRows?: () => Promise<number>;
}

export interface ImportSummary {
  jobId: number;
  status: 'COMPLETED' | 'FAILED';
  dryRun: boolean;
  encoding: string;
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows not imported (each has at least one error). */
  rejected: number;
  /** The first 1,000 errors (all are in ImportRowError). */
  errors: RowError[];
}

const MAX_ERRORS_RETURNED = 1000;

/** What an import says of a file its reader gave up on, per format (never the parsing library's message). */
const unreadableMessage: Record<FileFormat, string> = {
  XLSX: 'the file could not be read as an XLSX workbook: save it again from the spreadsheet as .xlsx, or as CSV',
  CSV: 'the file could not be read as CSV: check that every quote is closed and the file is text',
};

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
  const handler = importHandlers[options.entity] as ImportHandler<unknown>;
  if (!handler) throw validationError([{ path: ['entity'], message: `unknown entity ${options.entity}` }]);
  const key = options.key ?? handler.keys[0]!;
  if (!handler.keys.includes(key))
    throw validationError([
      { path: ['key'], message: `the key of ${options.entity} is one of ${handler.keys.join(', ')}` },
    ]);
  const accepts = (field: string) => handler.fields.includes(field) || !!handler.extraField?.(field);
  const mappingProblems = Object.entries(options.mapping ?? {})
    .filter(([, field]) => !accepts(field))
    .map(([column, field]) => ({
      path: ['mapping', column],
      message: `unknown field "${field}" for ${options.entity}: one of ${handler.fields.join(', ')}`,
    }));
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
  if (tooLarge) throw validationError([{ path: ['content'], message: tooLarge }]);

  const db = ctx.db;
  const dryRun = !!options.dryRun;
  const job = await db.importJob.create({
    data: {
      entity: importEntities[options.entity],
      format: options.format,
      fileName: options.fileName,
      mapping: options.mapping ?? {},
      upsertKey: key,
      dryRun,
      status: 'RUNNING',
      startedAt: new Date(),
      createdById: ctx.principal?.kind === 'staff' ? ctx.principal.userId : null,
    },
  });
  return { jobId: job.id, finished: importRows(ctx, options, handler, key, accepts, job.id) };
}

async function importRows(
  ctx: Context,
  options: ImportOptions,
  handler: ImportHandler<unknown>,
  key: string,
  accepts: (field: string) => boolean,
  jobId: number,
): Promise<ImportSummary> {
  const db = ctx.db;
  const dryRun = !!options.dryRun;
  const job = { id: jobId };
  // The expected row count (a first read of the file), for a determinate progress while the job runs.
  let expected = 0;
  if (options.countRows) {
    try {
      expected = await options.countRows();
      await db.importJob.update({ where: { id: job.id }, data: { totalRows: expected } });
    } catch {
      expected = 0; // An unreadable file: the import itself reports it as UNREADABLE_FILE.
    }
  }
  const counts = { total: 0, processed: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, errors: 0 };
  const returned: RowError[] = [];
  const reader = readFile(options.format, options.source);
  const state = await handler.start(ctx, { jobId: job.id });
  const seen = new Map<string, number>();
  let mapping: Record<string, string> | null = null;
  let failed = false;

  const report = async (errors: RowError[]) => {
    if (!errors.length) return;
    counts.errors += errors.length;
    for (const e of errors) if (returned.length < MAX_ERRORS_RETURNED) returned.push(e);
    for (let i = 0; i < errors.length; i += 1000) {
      await db.importRowError.createMany({
        data: errors.slice(i, i + 1000).map((e) => ({ jobId: job.id, ...e, field: e.field ?? null })),
      });
    }
  };

  /** The header against the mapping: every mapped column and every required field must be there. */
  const checkHeader = (header: string[]): RowError[] => {
    const given = options.mapping ?? Object.fromEntries(header.filter(accepts).map((h) => [h, h]));
    mapping = given;
    const errors: RowError[] = [];
    for (const column of Object.keys(given)) {
      if (!header.includes(column))
        errors.push({
          line: 1,
          field: given[column]!,
          code: 'MISSING_COLUMN',
          message: `the file has no column "${column}"`,
        });
    }
    const mapped = new Set([...Object.values(given), ...Object.keys(options.defaults ?? {})]);
    for (const required of handler.requiredFields(key)) {
      if (!required.some((f) => mapped.has(f))) {
        errors.push({
          line: 1,
          field: required[0]!,
          code: 'MISSING_COLUMN',
          message: `no column is mapped to ${required.join(' or ')}`,
        });
      }
    }
    // Columns mapped by their header name too: a confidential field needs the role that may write it.
    for (const field of Object.values(given)) {
      const c = `${handler.model}.${field}` as ConfidentialField;
      if (c in confidentialFields && !mayReadConfidential(ctx.principal, c))
        errors.push({ line: 1, field, code: 'FORBIDDEN', message: `your role may not write ${field}` });
    }
    errors.push(...(handler.checkFields?.(state, [...mapped]) ?? []));
    return errors;
  };

  const flush = async (units: Unit[]) => {
    if (!units.length) return;
    const errors: RowError[] = [];
    const fresh: Unit[] = [];
    for (const u of units) {
      const k = handler.keyOf(u, key);
      const first = k ? seen.get(k) : undefined;
      if (first !== undefined) {
        errors.push({
          line: u.line,
          field: key,
          code: 'DUPLICATE_IN_FILE',
          message: `same ${key} as line ${first}: only the first is imported`,
        });
        continue;
      }
      if (k) seen.set(k, u.line);
      fresh.push(u);
    }
    const prepared = await handler.prepare(ctx, state, fresh, key, options.defaults ?? {});
    errors.push(...prepared.errors);
    const rejectedLines = new Set(prepared.errors.map((e) => e.line));
    let ok = prepared.ok;
    if (!dryRun && ok.length) {
      try {
        await db.$transaction(
          async (tx) => {
            for (const p of ok) await handler.write(tx as unknown as Db, p, ctx);
          },
          { timeout: 120_000 },
        );
      } catch {
        // One unit broke the batch (a concurrent write, a constraint): write them one by one to keep the others.
        const kept: typeof ok = [];
        for (const p of ok) {
          try {
            await db.$transaction(async (tx) => handler.write(tx as unknown as Db, p, ctx));
            kept.push(p);
          } catch (e) {
            const code = (e as { code?: string }).code;
            errors.push({
              line: p.line,
              field: null,
              code: 'WRITE_FAILED',
              message: `could not be written${code ? ` (${code})` : ''}: nothing of this row was saved`,
            });
            rejectedLines.add(p.line);
          }
        }
        ok = kept;
      }
    }
    for (const p of ok) counts[p.outcome]++;
    for (const e of errors) rejectedLines.add(e.line);
    // Rows rejected: every row of a unit (a sale's lines) with an error on any of its rows.
    for (const u of units) if (u.rows.some((r) => rejectedLines.has(r.line))) counts.rejected += u.rows.length;
    // The rows of the units written (counts.total also holds the row being read, which starts the next batch).
    for (const u of units) counts.processed += u.rows.length;
    await report(errors);
    await db.importJob.update({
      where: { id: job.id },
      data: {
        processedRows: counts.processed,
        totalRows: Math.max(expected, counts.total),
        createdCount: counts.created,
        updatedCount: counts.updated,
        errorCount: counts.rejected,
      },
    });
    // Let the server answer between batches: on SQLite every query resolves without waiting for I/O, so without this
    // turn of the event loop a running import would hold off every request (and the admin's polls) until it ends.
    await new Promise((resolve) => setImmediate(resolve));
  };

  const batchSize = options.batchSize ?? 500;
  const limits = { ...defaultImportLimits, ...options.limits };
  let batch: Unit[] = [];
  let current: Unit | null = null;
  try {
    for await (const row of reader.rows) {
      if (mapping === null) {
        const headerErrors = checkHeader(reader.header());
        if (headerErrors.length) {
          await report(headerErrors);
          failed = true;
          break;
        }
      }
      counts.total++;
      if (counts.total > limits.maxRows) {
        // What only the reading can tell: the file is refused from this row on (earlier batches stay written).
        await report([
          {
            line: row.line,
            field: null,
            code: 'FILE_TOO_LARGE',
            message: `the file has more than ${limits.maxRows} rows: split it`,
          },
        ]);
        failed = true;
        break;
      }
      const fields: Record<string, string> = {};
      for (const [column, field] of Object.entries(mapping!)) {
        const v = row.values[column];
        if (v !== undefined && v !== '') fields[field] = v;
      }
      const long = Object.entries(fields).find(([, v]) => v.length > limits.maxCellLength);
      if (long) {
        // The row is rejected without its value being kept anywhere (the message does not echo it).
        await report([
          {
            line: row.line,
            field: long[0],
            code: 'VALUE_TOO_LONG',
            message: `longer than ${limits.maxCellLength} characters`,
          },
        ]);
        counts.rejected++;
        counts.processed++;
        continue;
      }
      const unitRow = { line: row.line, fields, cellCount: row.cellCount, expectedCells: reader.header().length };
      const group = handler.groupOf?.(fields);
      if (current && group !== undefined && current.group === group) current.rows.push(unitRow);
      else {
        if (current) batch.push(current);
        current = { line: row.line, group, rows: [unitRow] };
        if (batch.length >= batchSize) {
          await flush(batch);
          batch = [];
          options.onProgress?.({
            phase: `import ${options.entity}`,
            done: reader.bytesRead(),
            total: Math.max(options.totalBytes ?? 0, reader.bytesRead()),
          });
        }
      }
    }
    if (mapping === null && !failed) {
      // A file with a header and no rows (or nothing at all).
      const headerErrors = checkHeader(reader.header());
      if (headerErrors.length) {
        await report(headerErrors);
        failed = true;
      }
    }
    if (!failed) {
      if (current) batch.push(current);
      await flush(batch);
    }
  } catch {
    failed = true;
    // The module's own words: a parser's message ("invalid signature: 0x…", "Quote Not Closed …") is its internals.
    await report([
      { line: counts.total + 1, field: null, code: 'UNREADABLE_FILE', message: unreadableMessage[options.format] },
    ]);
  }
  options.onProgress?.({ phase: `import ${options.entity}`, done: 1, total: 1 });
  const status = failed ? 'FAILED' : 'COMPLETED';
  await db.importJob.update({
    where: { id: job.id },
    data: {
      status,
      finishedAt: new Date(),
      processedRows: counts.total,
      totalRows: counts.total,
      createdCount: counts.created,
      updatedCount: counts.updated,
      errorCount: counts.rejected,
    },
  });
  await db.auditLog.create({
    data: {
      ...actorOf(ctx),
      operation: 'IMPORT',
      operationName: `import ${options.entity}${dryRun ? ' (dry run)' : ''}`,
      entity: 'ImportJob',
      entityId: String(job.id),
      fields: [...new Set(Object.values(mapping ?? options.mapping ?? {}))].sort(),
      outcome: failed ? 'FAILED' : 'ALLOWED',
      errorCode: failed ? 'IMPORT_FAILED' : null,
    },
  });
  return {
    jobId: job.id,
    status,
    dryRun,
    encoding: reader.encoding(),
    totalRows: counts.total,
    created: counts.created,
    updated: counts.updated,
    unchanged: counts.unchanged,
    rejected: counts.rejected,
    errors: returned.sort((a, b) => a.line - b.line),
  };
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
  await db.importJob.update({ where: { id: jobId }, data: { status: 'FAILED', finishedAt: new Date() } });
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
