import type { QueueHandler } from '../../kernel/job.js';
import { systemContext } from '../access/system.js';
import { continuePurge, endPurge } from './retention.service.js';
import { retentionQueueName, type RetentionPurgePayload } from './retention.payload.js';

const contextOf = (env: Parameters<QueueHandler['run']>[2], asOf: Date) =>
  systemContext(env.db, env.provider, `job:${retentionQueueName}`, { now: asOf });

/**
 * The worker side of `startRetentionPurge`: one run of a queued purge, as the system, on the run's own day (asOf),
 * batch by batch. A run that is asked to pause (its share of time, a stopping runner) enqueues the rest; a run
 * that takes over a dead one finds what is still due and goes on. The run row says how it ended.
 */
export const retentionPurgeQueue: QueueHandler<RetentionPurgePayload> = {
  name: retentionQueueName,
  async run(payload, control, env) {
    const run = await env.db.retentionPurge.findUnique({ where: { id: payload.purgeId } });
    if (!run || run.state !== 'RUNNING' || run.dryRun) return; // over already, or removed
    const ctx = contextOf(env, run.asOf);
    if (await continuePurge(ctx, run.id, control)) await endPurge(ctx, run.id, false, null);
    else await control.continueLater();
  },
  async giveUp(payload, env) {
    const run = await env.db.retentionPurge.findUnique({ where: { id: payload.purgeId } });
    if (!run || run.state !== 'RUNNING') return;
    await endPurge(contextOf(env, run.asOf), run.id, false, new Error('no run of the purge could finish it'));
  },
  async unfinished(env) {
    const runs = await env.db.retentionPurge.findMany({
      where: { state: 'RUNNING', dryRun: false },
      select: { id: true },
    });
    return runs.map((r) => ({ payload: { purgeId: r.id }, singletonKey: `${retentionQueueName}:${r.id}` }));
  },
};
