import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import { type ConfidentialField, confidentialFields, mayReadConfidential } from '../../kernel/field-rules.js';
import { actorOf } from '../../privacy/audit/audit-actor.js';
import { defaultImportLimits, type ImportLimits } from './import.limits.js';
import type { FileFormat, FileReader, FileRow } from './import.readers.js';
import type { ImportHandler, Prepared, RowError, Unit, UnitRow } from './import.rows.js';
import { isRowFault } from './import.rows.js';
import type { ImportOptions, ImportSummary } from './import.options.js';
import {
  type BatchCounts,
  BatchNotWritten,
  commitProgress,
  ImportTakenOver,
  type ResumePoint,
} from './import.checkpoint.js';

const MAX_ERRORS_RETURNED = 1000;

/** What an import says of a file its reader gave up on, per format (never the parsing library's message). */
const unreadableMessage: Record<FileFormat, string> = {
  XLSX: 'the file could not be read as an XLSX workbook: save it again from the spreadsheet as .xlsx, or as CSV',
  CSV: 'the file could not be read as CSV: check that every quote is closed and the file is text',
};

/**
 * One run of an import job (import.service.ts starts it): reads the file row by row, groups rows into units, and
 * checks and writes them a batch at a time, counting and reporting as it goes. Each batch commits its rows, its
 * errors and the job's progress (its number among the batches) in one transaction, so a run that resumes a job
 * (another instance, after a crash) reads the file again, skips the batches already committed and writes every
 * row exactly once.
 */
export class ImportRun {
  readonly counts = { total: 0, processed: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, errors: 0 };
  /** The first errors, returned in the summary (all of them are in ImportRowError). */
  private readonly returned: RowError[] = [];
  /** Key → line of its first unit: a key seen again in the file is DUPLICATE_IN_FILE. */
  private readonly seen = new Map<string, number>();
  /** Column → field, known once the header is read. */
  private mapping: Record<string, string> | null = null;
  private failed = false;
  /** The run stopped between two batches to hand over (JobControl.shouldPause): the job is not over. */
  private paused = false;
  /** Batches flushed so far in this reading of the file (committed ones included when resuming). */
  private batchNo = 0;
  /** Errors of rows skipped alone (a cell too long), written with the next batch. */
  private pending: RowError[] = [];
  /** The expected row count (a first read of the file), for a determinate progress while the job runs. */
  private expected = 0;
  private readonly db: Db;
  private readonly dryRun: boolean;
  private readonly limits: ImportLimits;

  constructor(
    private readonly ctx: Context,
    private readonly options: ImportOptions,
    private readonly handler: ImportHandler<unknown>,
    private readonly key: string,
    private readonly accepts: (field: string) => boolean,
    private readonly jobId: number,
    /** Where an earlier run of the job stopped: its committed batches are skipped, its counts go on. */
    private readonly resume: ResumePoint = { committedBatches: 0, expected: 0, counts: null },
  ) {
    this.db = ctx.db;
    this.dryRun = !!options.dryRun;
    this.limits = { ...defaultImportLimits, ...options.limits };
    this.expected = resume.expected;
    if (resume.counts) Object.assign(this.counts, resume.counts);
  }

  /** Runs the import to its end, or to a pause between two batches (then null: the job goes on in a later run). */
  async run(reader: FileReader, state: unknown): Promise<ImportSummary | null> {
    await this.readAll(reader, state);
    if (this.paused) return null;
    return this.finish(reader);
  }

  /** The batch being read is one an earlier run committed. */
  private replaying(): boolean {
    return this.batchNo < this.resume.committedBatches;
  }

  /** Counts the rows first when the caller can (options.countRows), so that the job shows its total meanwhile. */
  async countRows(): Promise<void> {
    if (!this.options.countRows) return;
    try {
      this.expected = await this.options.countRows();
      await this.db.importJob.update({ where: { id: this.jobId }, data: { totalRows: this.expected } });
    } catch {
      this.expected = 0; // An unreadable file: the import itself reports it as UNREADABLE_FILE.
    }
  }

  private async report(errors: RowError[]): Promise<void> {
    if (!errors.length) return;
    this.counts.errors += errors.length;
    for (const e of errors) if (this.returned.length < MAX_ERRORS_RETURNED) this.returned.push(e);
    for (let i = 0; i < errors.length; i += 1000) {
      await this.db.importRowError.createMany({
        data: errors.slice(i, i + 1000).map((e) => ({ jobId: this.jobId, ...e, field: e.field ?? null })),
      });
    }
  }

  /** The header against the mapping: every mapped column and every required field must be there. */
  private checkHeader(header: string[], state: unknown): RowError[] {
    const { options, handler } = this;
    const given = options.mapping ?? Object.fromEntries(header.filter(this.accepts).map((h) => [h, h]));
    this.mapping = given;
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
    for (const required of handler.requiredFields(this.key)) {
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
      if (c in confidentialFields && !mayReadConfidential(this.ctx.principal, c))
        errors.push({ line: 1, field, code: 'FORBIDDEN', message: `your role may not write ${field}` });
    }
    errors.push(...(handler.checkFields?.(state, [...mapped]) ?? []));
    return errors;
  }

  /** Checks the header; on a problem, reports it and fails the import (false). */
  private async headerAccepted(reader: FileReader, state: unknown): Promise<boolean> {
    const headerErrors = this.checkHeader(reader.header(), state);
    if (!headerErrors.length) return true;
    await this.report(headerErrors);
    this.failed = true;
    return false;
  }

  /** Units whose key an earlier unit of the file has: only the first is imported. */
  private dropRepeatedKeys(units: Unit[], errors: RowError[]): Unit[] {
    const fresh: Unit[] = [];
    for (const u of units) {
      const k = this.handler.keyOf(u, this.key);
      const first = k ? this.seen.get(k) : undefined;
      if (first !== undefined) {
        errors.push({
          line: u.line,
          field: this.key,
          code: 'DUPLICATE_IN_FILE',
          message: `same ${this.key} as line ${first}: only the first is imported`,
        });
        continue;
      }
      if (k) this.seen.set(k, u.line);
      fresh.push(u);
    }
    return fresh;
  }

  /**
   * Writes the prepared units and commits the batch (its errors and the job's progress) in one transaction, or,
   * when one unit breaks the batch, writes them one by one and then commits the batch; returns the new counts.
   */
  private async write(ok: Prepared<unknown>[], errors: RowError[], rejectedLines: Set<number>, units: Unit[]) {
    const { db, handler, ctx } = this;
    const commit = (tx: Db, written: Prepared<unknown>[]) =>
      this.commitBatch(tx, { units, written, errors, rejectedLines });
    try {
      return await db.$transaction(
        async (tx) => {
          if (this.dryRun) return commit(tx as unknown as Db, ok);
          if (handler.writeMany) await handler.writeMany(tx as unknown as Db, ok, ctx);
          else for (const p of ok) await handler.write(tx as unknown as Db, p, ctx);
          return commit(tx as unknown as Db, ok);
        },
        { timeout: 120_000 },
      );
    } catch (e) {
      // Lost connection: rethrow (a resumed run's batch guard knows if this committed); a row's fault: one by one.
      if (e instanceof ImportTakenOver || this.dryRun || !ok.length || !isRowFault(e)) throw e;
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
      // Units written one by one, then the batch's errors and progress: a crash between them makes the resumed run
      // write these units again, which their upsert key turns into unchanged rows (never a second record).
      return db.$transaction(async (tx) => commit(tx as unknown as Db, kept));
    }
  }

  /** Inside the batch's transaction: its errors and the job's progress (fenced on the batch's number). */
  private commitBatch(tx: Db, batch: Omit<BatchCounts, 'before'>) {
    return commitProgress(tx, this.jobId, this.batchNo - 1, Math.max(this.expected, this.counts.total), {
      ...batch,
      before: this.counts,
    });
  }

  /** flush, its failures told apart from the file's: the reader's errors are the file's (UNREADABLE_FILE). */
  private async flushOrStop(units: Unit[], state: unknown): Promise<void> {
    await this.flush(units, state).catch((e: unknown) => {
      throw e instanceof ImportTakenOver ? e : new BatchNotWritten(e);
    });
  }

  /** Checks and writes one batch of units with its errors and the job's counts (one transaction). */
  private async flush(units: Unit[], state: unknown): Promise<void> {
    if (!units.length) return;
    if (this.replaying()) {
      // Committed by an earlier run: only the keys it saw matter, to report the later units repeating them.
      this.batchNo++;
      this.dropRepeatedKeys(units, []);
      return;
    }
    this.batchNo++;
    const errors: RowError[] = this.pending;
    this.pending = [];
    const fresh = this.dropRepeatedKeys(units, errors);
    const prepared = await this.handler.prepare(this.ctx, state, fresh, this.key, this.options.defaults ?? {});
    errors.push(...prepared.errors);
    const rejectedLines = new Set(prepared.errors.map((e) => e.line));
    Object.assign(this.counts, await this.write(prepared.ok, errors, rejectedLines, units));
    this.counts.errors += errors.length;
    for (const e of errors) if (this.returned.length < MAX_ERRORS_RETURNED) this.returned.push(e);
    // Let the server answer between batches: on SQLite every query resolves without waiting for I/O, so without this
    // turn of the event loop a running import would hold off every request (and the admin's polls) until it ends.
    await new Promise((resolve) => setImmediate(resolve));
  }

  /**
   * One row of the file as mapped fields; 'stop' when the import stops at it (a bad header, too many rows), 'skip'
   * when the row alone is rejected (a cell over the length limit).
   */
  private async mapRow(reader: FileReader, row: FileRow, state: unknown): Promise<UnitRow | 'stop' | 'skip'> {
    const { counts, limits } = this;
    if (this.mapping === null && !(await this.headerAccepted(reader, state))) return 'stop';
    counts.total++;
    if (counts.total > limits.maxRows) {
      // What only the reading can tell: the file is refused from this row on (earlier batches stay written).
      await this.report([
        {
          line: row.line,
          field: null,
          code: 'FILE_TOO_LARGE',
          message: `the file has more than ${limits.maxRows} rows: split it`,
        },
      ]);
      this.failed = true;
      return 'stop';
    }
    const fields: Record<string, string> = {};
    for (const [column, field] of Object.entries(this.mapping!)) {
      const v = row.values[column];
      if (v !== undefined && v !== '') fields[field] = v;
    }
    const long = Object.entries(fields).find(([, v]) => v.length > limits.maxCellLength);
    if (long) {
      // The row is rejected without its value being kept anywhere (the message does not echo it); its error and
      // counts are committed with the batch it falls in (and skipped with it when an earlier run committed it).
      if (!this.replaying()) {
        this.pending.push({
          line: row.line,
          field: long[0],
          code: 'VALUE_TOO_LONG',
          message: `longer than ${limits.maxCellLength} characters`,
        });
        counts.rejected++;
        counts.processed++;
      }
      return 'skip';
    }
    return { line: row.line, fields, cellCount: row.cellCount, expectedCells: reader.header().length };
  }

  /** Reads the whole file: rows grouped into units (a sale's lines), units written a batch at a time. */
  private async readAll(reader: FileReader, state: unknown): Promise<void> {
    const { options } = this;
    const batchSize = options.batchSize ?? 500;
    let batch: Unit[] = [];
    let current: Unit | null = null;
    try {
      for await (const row of reader.rows) {
        const unitRow = await this.mapRow(reader, row, state);
        if (unitRow === 'stop') break;
        if (unitRow === 'skip') continue;
        const group = this.handler.groupOf?.(unitRow.fields);
        if (current && group !== undefined && current.group === group) current.rows.push(unitRow);
        else {
          if (current) batch.push(current);
          current = { line: row.line, group, rows: [unitRow] };
          if (batch.length >= batchSize) {
            const replayed = this.replaying();
            await this.flushOrStop(batch, state);
            batch = [];
            if (!replayed && this.options.shouldPause?.()) {
              this.paused = true;
              break;
            }
            options.onProgress?.({
              phase: `import ${options.entity}`,
              done: reader.bytesRead(),
              total: Math.max(options.totalBytes ?? 0, reader.bytesRead()),
            });
          }
        }
      }
      if (this.paused) return;
      // A file with a header and no rows (or nothing at all).
      if (this.mapping === null && !this.failed) await this.headerAccepted(reader, state);
      if (!this.failed) {
        if (current) batch.push(current);
        await this.flushOrStop(batch, state);
      }
    } catch (e) {
      // Another run took the job over, or the database failed (not the file): this run stops, a later one resumes.
      if (e instanceof ImportTakenOver) throw e;
      if (e instanceof BatchNotWritten) throw e.reason;
      this.failed = true;
      // The module's own words: a parser's message ("invalid signature: 0x…", "Quote Not Closed …") is its internals.
      await this.report([
        {
          line: this.counts.total + 1,
          field: null,
          code: 'UNREADABLE_FILE',
          message: unreadableMessage[options.format],
        },
      ]);
    }
  }

  /** Closes the job (its final counts and status), audits the import and returns its summary. */
  private async finish(reader: FileReader): Promise<ImportSummary> {
    const { options, counts, failed, dryRun, jobId } = this;
    options.onProgress?.({ phase: `import ${options.entity}`, done: 1, total: 1 });
    const status = failed ? 'FAILED' : 'COMPLETED';
    // The job's end and its audit row together: a run that resumes a job never closes or audits it twice.
    await this.db.$transaction(async (tx) => {
      await tx.importJob.update({
        where: { id: jobId },
        data: {
          status,
          finishedAt: new Date(),
          processedRows: counts.total,
          totalRows: counts.total,
          createdCount: counts.created,
          updatedCount: counts.updated,
          errorCount: counts.rejected,
          content: null, // the file was kept for a resumed run only
        },
      });
      await tx.auditLog.create({
        data: {
          ...actorOf(this.ctx),
          operation: 'IMPORT',
          operationName: `import ${options.entity}${dryRun ? ' (dry run)' : ''}`,
          entity: 'ImportJob',
          entityId: String(jobId),
          fields: [...new Set(Object.values(this.mapping ?? options.mapping ?? {}))].sort(),
          outcome: failed ? 'FAILED' : 'ALLOWED',
          errorCode: failed ? 'IMPORT_FAILED' : null,
        },
      });
    });
    return {
      jobId,
      status,
      dryRun,
      encoding: reader.encoding(),
      totalRows: counts.total,
      created: counts.created,
      updated: counts.updated,
      unchanged: counts.unchanged,
      rejected: counts.rejected,
      errors: this.returned.sort((a, b) => a.line - b.line),
    };
  }
}
