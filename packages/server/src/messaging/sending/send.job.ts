import type { JobControl, JobEnv, QueueHandler } from '../../kernel/job.js';
import { systemContext } from '../../privacy/access/system.js';
import { loadPurposes, purposeIn } from '../../privacy/consent/purpose.service.js';
import { channelAdapter } from '../channels/registry.js';
import type { ChannelAdapter } from '../channels/channel.js';
import { readMessagingSettings, type MessagingSettings } from '../settings.js';
import { sendBatch, type SendingAction } from './send.batch.js';
import { readSendSettings, type SendSettings } from './send.settings.js';
import { batchPlan, realClock, waitUntil, type SendClock } from './send.throttle.js';

/** The queue of sends (one job per action, keyed `send:<actionId>`). */
export const sendQueueName = 'send';
export interface SendJobPayload {
  actionId: number;
}
export const sendJobKey = (actionId: number) => `send:${actionId}`;

/** The purpose code whose consent allows open and click tracking (absent from the tree: nothing is tracked). */
export const TRACKING_PURPOSE = 'tracking';

/** What a run uses besides its database: replaced in tests (clock, adapter, settings). */
export interface SendDeps {
  clock: SendClock;
  adapter?: ChannelAdapter | null;
  messaging?: MessagingSettings;
  send?: SendSettings;
}

/**
 * One run of an action's send: batches of the QUEUED deliveries that are due, a batch per throttle window
 * (send.throttle.ts), until none is left. Deliveries waiting for a retry are waited for within the run. Everything
 * the job knows is in MessageDelivery (status, attempts, nextAttemptAt), so a run that starts after a restart, or
 * after a run that handed over (`shouldPause`), goes on with the deliveries still QUEUED and redoes nothing.
 */
export async function runSend(
  env: JobEnv,
  actionId: number,
  control: Pick<JobControl, 'shouldPause' | 'continueLater' | 'progress'>,
  deps: SendDeps = { clock: realClock },
): Promise<void> {
  const action = await loadSendingAction(env, actionId);
  if (!action) return; // removed meanwhile: its deliveries went with it
  const messaging = deps.messaging ?? readMessagingSettings();
  const batchDeps = {
    adapter: deps.adapter !== undefined ? deps.adapter : channelAdapter(action.medium, env.db),
    messaging,
    send: deps.send ?? readSendSettings(),
  };
  const plan = batchPlan(action.ratePerMinute ?? messaging.sendRatePerMinute);
  const { clock } = deps;
  const queued = { actionId, status: 'QUEUED' as const };
  for (;;) {
    if (control.shouldPause()) return control.continueLater();
    const now = clock.now();
    const batch = await env.db.messageDelivery.findMany({
      where: { ...queued, OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }] },
      select: { id: true, contactId: true, attempts: true },
      orderBy: { id: 'asc' },
      take: plan.size,
    });
    if (!batch.length) {
      const next = await env.db.messageDelivery.findFirst({
        where: queued,
        select: { nextAttemptAt: true },
        orderBy: { nextAttemptAt: 'asc' },
      });
      await reportProgress(env, actionId, control);
      if (!next) return; // every delivery has its outcome
      if (!(await waitUntil(clock, next.nextAttemptAt ?? now, control.shouldPause))) return control.continueLater();
      continue;
    }
    const ctx = systemContext(env.db, env.provider, `job:${sendQueueName}`, { now });
    await sendBatch(ctx, action, batch, batchDeps);
    await reportProgress(env, actionId, control);
    const nextWindow = new Date(now.getTime() + plan.windowMs);
    if (!(await waitUntil(clock, nextWindow, control.shouldPause))) return control.continueLater();
  }
}

async function loadSendingAction(
  env: JobEnv,
  actionId: number,
): Promise<(SendingAction & { ratePerMinute: number | null }) | null> {
  const row = await env.db.marketingAction.findUnique({
    where: { id: actionId },
    select: {
      id: true,
      brandId: true,
      medium: true,
      requiredPurposeId: true,
      requiredPurpose: { select: { code: true } },
      message: { select: { sender: true, ratePerMinute: true } },
    },
  });
  if (!row) return null;
  const purposes = await loadPurposes(env.db);
  return {
    id: row.id,
    brandId: row.brandId,
    medium: row.medium,
    requiredPurposeId: row.requiredPurposeId,
    sender: row.message?.sender ?? null,
    ratePerMinute: row.message?.ratePerMinute ?? null,
    purpose: purposeIn(purposes, row.requiredPurpose.code),
    tracking: purposeIn(purposes, TRACKING_PURPOSE),
  };
}

/** The run's progress: deliveries with an outcome out of all of the action's (the Jobs page shows it). */
async function reportProgress(env: JobEnv, actionId: number, control: Pick<JobControl, 'progress'>) {
  const [total, waiting] = await Promise.all([
    env.db.messageDelivery.count({ where: { actionId } }),
    env.db.messageDelivery.count({ where: { actionId, status: 'QUEUED' } }),
  ]);
  control.progress(total - waiting, total);
}

/**
 * The worker side of sendAction. Deliveries keep the progress, so a retried or resumed run goes on where the last
 * stopped; at start, the in-process runner enqueues again every action with QUEUED deliveries (`unfinished`),
 * and pg-boss keeps its jobs across restarts on PostgreSQL.
 */
export const sendQueue: QueueHandler<SendJobPayload> = {
  name: sendQueueName,
  run: (payload, control, env) => runSend(env, payload.actionId, control),
  async unfinished(env) {
    const rows = await env.db.messageDelivery.findMany({
      where: { status: 'QUEUED' },
      distinct: ['actionId'],
      select: { actionId: true },
    });
    return rows.map((r) => ({ payload: { actionId: r.actionId }, singletonKey: sendJobKey(r.actionId) }));
  },
};
