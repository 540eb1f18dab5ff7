import type { Db } from '../../kernel/db/client.js';
import type { Prepared, RowError, Unit } from './import.rows.js';

/** An import's running counts (ImportRun.counts). */
export interface ImportCounts {
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  errors: number;
}

/** Where a run of an import starts: the batches earlier runs committed and the counts they reached. */
export interface ResumePoint {
  committedBatches: number;
  /** The row count known before the run (totalRows), for the job's progress. */
  expected: number;
  counts: Omit<ImportCounts, 'total' | 'errors'> | null;
}

/** Another run holds the job (it committed the batch this run was writing): this run stops and writes nothing. */
export class ImportTakenOver extends Error {
  constructor(jobId: number) {
    super(`import job ${jobId} is run elsewhere`);
  }
}

/** A batch could not be checked or written (the database went away): not a fault of the file. */
export class BatchNotWritten extends Error {
  constructor(readonly reason: unknown) {
    super('an import batch could not be written');
  }
}

export interface BatchCounts {
  /** The counts before the batch. */
  before: ImportCounts;
  units: Unit[];
  written: Prepared<unknown>[];
  errors: RowError[];
  rejectedLines: Set<number>;
}

/**
 * Inside a batch's transaction: writes its row errors and moves the job's progress from batch `index` to the next,
 * on the condition that the job is still at `index` (a fence: of two runs of one job, only one commits each batch;
 * the other's transaction rolls back with its rows). Returns the counts after the batch.
 */
export async function commitProgress(
  tx: Db,
  jobId: number,
  index: number,
  expected: number,
  batch: BatchCounts,
): Promise<ImportCounts> {
  const counts = { ...batch.before };
  for (const p of batch.written) counts[p.outcome]++;
  for (const e of batch.errors) batch.rejectedLines.add(e.line);
  // Rows rejected: every row of a unit (a sale's lines) with an error on any of its rows.
  for (const u of batch.units)
    if (u.rows.some((r) => batch.rejectedLines.has(r.line))) counts.rejected += u.rows.length;
  // The rows of the units written (counts.total also holds the row being read, which starts the next batch).
  for (const u of batch.units) counts.processed += u.rows.length;
  for (let i = 0; i < batch.errors.length; i += 1000) {
    await tx.importRowError.createMany({
      data: batch.errors.slice(i, i + 1000).map((e) => ({ jobId, ...e, field: e.field ?? null })),
    });
  }
  const { count } = await tx.importJob.updateMany({
    where: { id: jobId, committedBatches: index, status: 'RUNNING' },
    data: {
      committedBatches: index + 1,
      processedRows: counts.processed,
      totalRows: Math.max(expected, counts.total),
      createdCount: counts.created,
      updatedCount: counts.updated,
      errorCount: counts.rejected,
    },
  });
  if (count !== 1) throw new ImportTakenOver(jobId);
  return counts;
}
