import { hostname } from 'node:os';
import type { Context } from '../../kernel/context.js';
import type { JobControl, JobEnv, QueueHandler } from '../../kernel/job.js';
import { PROGRESS_WRITE_MS } from '../../kernel/job-record.js';
import { createConsentLoader } from '../../privacy/consent/consent.loader.js';
import { actorOf } from '../../privacy/audit/audit-actor.js';
import { type ImportJobPayload, importQueueName } from './import.payload.js';
import { ImportTakenOver } from './import.checkpoint.js';
import { failJob, resumeImport } from './import.service.js';

/**
 * The worker side of startImport: one run of a queued import. The job's progress is in ImportJob (committed with
 * each batch), so a run started after another stopped (a killed process, whose job pg-boss hands to another
 * instance once it expires) goes on where it stopped; that stop is recorded on the job (`interruptions`) and in
 * the audit log (JOB_INTERRUPTED). A run that has used its share of time, or whose runner is stopping, ends its
 * batch and enqueues the rest.
 */
export const importQueue: QueueHandler<ImportJobPayload> = {
  name: importQueueName,
  async run(payload, control, env) {
    const job = await env.db.importJob.findUnique({ where: { id: payload.importJobId } });
    // Over already (a retry after its end) or removed: nothing to do.
    if (!job || job.status !== 'RUNNING' || !job.content) return;
    const ctx = workerContext(env, payload);
    await env.db.importJob.update({ where: { id: job.id }, data: { worker: `${hostname()}:${process.pid}` } });
    if (control.resumed) await recordInterruption(ctx, job.id);
    control.progress(job.processedRows, job.totalRows);
    try {
      const summary = await resumeImport(
        ctx,
        { ...job, content: job.content },
        reportingProgress(env, job.id, control),
      );
      if (summary !== null) {
        const { created, updated, unchanged, rejected } = summary;
        control.progress(created + updated + unchanged + rejected, summary.totalRows);
      }
      if (summary === null) {
        // Handed over between two batches: no run holds the job until the next one takes it.
        await env.db.importJob.update({ where: { id: job.id }, data: { worker: null } });
        await control.continueLater();
      }
    } catch (error) {
      if (error instanceof ImportTakenOver) return; // another run holds it: that one finishes it
      throw error; // retried; after the last attempt, giveUp
    }
  },
  async unfinished(env) {
    // Queued imports (the file kept) still RUNNING: a CLI import keeps no file, and runs in its own process.
    const jobs = await env.db.importJob.findMany({
      where: { status: 'RUNNING', content: { not: null } },
      select: { id: true, runAs: true },
    });
    return jobs
      .filter((j) => j.runAs !== null)
      .map((j) => ({
        payload: { importJobId: j.id, ...(j.runAs as Omit<ImportJobPayload, 'importJobId'>) },
        singletonKey: `import:${j.id}`,
      }));
  },
  async giveUp(payload, env) {
    const job = await env.db.importJob.findUnique({ where: { id: payload.importJobId } });
    if (!job || job.status !== 'RUNNING') return;
    await failJob(env.db, job.id, new Error('no run of the import could finish it'));
    await env.db.auditLog.create({
      data: {
        ...actorOf(workerContext(env, payload)),
        operation: 'IMPORT',
        operationName: 'import given up after its last attempt',
        entity: 'ImportJob',
        entityId: String(job.id),
        outcome: 'FAILED',
        errorCode: 'IMPORT_FAILED',
      },
    });
  },
};

/**
 * The run's `shouldPause`, which the import asks after each committed batch, also reporting the job's progress (its
 * committed rows) to the run's record: read from ImportJob at most once a second, so a small batch costs nothing.
 */
function reportingProgress(env: JobEnv, jobId: number, control: JobControl): () => boolean {
  let last = Date.now();
  return () => {
    if (Date.now() - last >= PROGRESS_WRITE_MS) {
      last = Date.now();
      void env.db.importJob
        .findUnique({ where: { id: jobId }, select: { processedRows: true, totalRows: true } })
        .then((p) => p && control.progress(p.processedRows, p.totalRows))
        .catch(() => {}); // progress is for people watching: the import goes on without it
    }
    return control.shouldPause();
  };
}

/** The request's rights and purpose, in the worker: the rows are checked and written as the importer would. */
function workerContext(env: JobEnv, payload: ImportJobPayload): Context {
  const now = new Date();
  return {
    db: env.db,
    provider: env.provider,
    principal: payload.principal,
    purpose: payload.purpose,
    now,
    loaders: { consent: createConsentLoader(env.db, payload.purpose, now) },
  };
}

/** An earlier run stopped without finishing (its process died, or it threw): said on the job and audited. */
async function recordInterruption(ctx: Context, jobId: number): Promise<void> {
  await ctx.db.$transaction([
    ctx.db.importJob.update({ where: { id: jobId }, data: { interruptions: { increment: 1 } } }),
    ctx.db.auditLog.create({
      data: {
        ...actorOf(ctx),
        operation: 'IMPORT',
        operationName: 'import resumed after an unexpected stop',
        entity: 'ImportJob',
        entityId: String(jobId),
        outcome: 'FAILED',
        errorCode: 'JOB_INTERRUPTED',
      },
    }),
  ]);
}
