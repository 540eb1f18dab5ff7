import type { Context } from '../../kernel/context.js';
import { ApiError } from '../../kernel/errors.js';
import { jobRunner } from '../../kernel/job-runner.js';
import { Problems } from '../../kernel/validate.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';
import { sendableMedia } from '../channels/registry.js';
import { sendJobKey, sendQueueName, type SendJobPayload } from './send.job.js';
import { fieldMessage } from '../../kernel/field-messages.js';

/** Deliveries created per statement (well under the bind limits of both databases). */
const CHUNK = 1_000;

/** Actions in these states send nothing. */
const closed = new Set(['COMPLETED', 'CANCELLED']);

/** Unique-constraint or serialisation failures of two sendAction at once: the second try sees the first's rows. */
const retryable = (e: unknown) => {
  const x = e as { code?: string; message?: string } | null;
  return (
    x?.code === 'P2002' ||
    x?.code === 'P2034' ||
    /SQLITE_BUSY|database is locked|UNIQUE|unique/i.test(String(x?.message))
  );
};

/**
 * sendAction: one QUEUED delivery per target to send (neither in the control group nor untargeted) that has none
 * yet, then the send job enqueued (send.job.ts). Idempotent: a target has at most one delivery per action (unique
 * actionId + contactId), so sending again queues only targets added since, and enqueues the job again (a no-op
 * while it waits). NOT_FOUND for an action outside the caller's rows; VALIDATION when the action has no message,
 * no target to send, a closed status or a medium no adapter of this deployment sends. Returns the deliveries
 * queued by this call.
 */
export async function queueSend(ctx: Context, actionId: number): Promise<number> {
  const action = await ctx.db.marketingAction.findFirst({
    where: { id: actionId, ...actionScope(ctx) },
    select: { id: true, status: true, medium: true, message: { select: { id: true } } },
  });
  if (!action) throw new ApiError('NOT_FOUND', 'Marketing action not found.');
  const sending = { actionId, inControlGroup: false, untargeted: false };
  const targets = await ctx.db.actionTarget.count({ where: sending });
  new Problems([])
    .check(!!action.message, 'action', fieldMessage('ACTION_HAS_NO_MESSAGE'))
    .check(targets > 0, 'action', fieldMessage('ACTION_HAS_NO_TARGET'))
    .check(!closed.has(action.status), 'action', fieldMessage('ACTION_SENDS_NOTHING', { status: action.status }))
    .check(
      sendableMedia().includes(action.medium),
      'action',
      fieldMessage('NO_SENDING_CHANNEL', { medium: action.medium }),
    )
    .throwIfAny();
  let queued = 0;
  for (let tries = 1; ; tries++) {
    try {
      queued = await ctx.db.$transaction(
        async (tx) => {
          const [rows, existing] = await Promise.all([
            tx.actionTarget.findMany({ where: sending, select: { id: true, contactId: true }, orderBy: { id: 'asc' } }),
            tx.messageDelivery.findMany({ where: { actionId }, select: { contactId: true } }),
          ]);
          const has = new Set(existing.map((d) => d.contactId));
          const fresh = rows.filter((t) => !has.has(t.contactId));
          for (let i = 0; i < fresh.length; i += CHUNK)
            await tx.messageDelivery.createMany({
              data: fresh
                .slice(i, i + CHUNK)
                .map((t) => ({ actionId, contactId: t.contactId, targetId: t.id, medium: action.medium })),
            });
          return fresh.length;
        },
        { maxWait: 30_000, timeout: 120_000 },
      );
      break;
    } catch (e) {
      if (tries >= 3 || !retryable(e)) throw e;
    }
  }
  const payload: SendJobPayload = { actionId };
  await jobRunner(ctx).enqueue(sendQueueName, payload, { singletonKey: sendJobKey(actionId) });
  return queued;
}
