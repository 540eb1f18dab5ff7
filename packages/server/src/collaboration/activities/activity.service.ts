import type { Context } from '../../kernel/context.js';
import { ApiError, fieldProblem, validationError } from '../../kernel/errors.js';
import type { ActivityOutcome, ActivityStatus, ActivityType } from '../../generated/sqlite/enums.js';
import { type DecodedGlobalId, idFor } from '../../kernel/graphql/global-id.js';
import { isBlank, Problems } from '../../kernel/validate.js';
import { deleteVersioned, updateVersioned } from '../../kernel/versioned-update.js';
import { contacts } from '../../privacy/access/contact-access.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';
import { activityScope } from './activity.filter.js';
import { fieldMessage } from '../../kernel/field-messages.js';

export interface ActivityWrite {
  contact?: DecodedGlobalId;
  type?: ActivityType | null;
  occurredAt?: Date | null;
  subject?: string | null;
  body?: string | null;
  action?: DecodedGlobalId | null;
  status?: ActivityStatus | null;
  endsAt?: Date | null;
  remindAt?: Date | null;
  outcome?: ActivityOutcome | null;
  nextStep?: string | null;
  promised?: string | null;
}

/** The stored values an update is checked against (the rules span several fields). */
interface Current {
  status: ActivityStatus;
  occurredAt: Date;
  endsAt: Date | null;
  remindAt: Date | null;
}

const currentSelect = { status: true, occurredAt: true, endsAt: true, remindAt: true } as const;

/** Optional free text: trimmed, blank is null, at most `max` characters. */
function text(p: Problems, field: string, value: string | null | undefined, max: number) {
  if (value === undefined) return undefined;
  if (isBlank(value)) return null;
  p.check(value!.trim().length <= max, field, fieldMessage('TOO_LONG', { max }));
  return value!.trim();
}

/**
 * Checks an activity write against the stored row (`current`, for an update) and the instant of the request:
 * a PLANNED activity is created in the future; only a PLANNED activity changes status; the end is after the
 * start; an outcome only on a DONE activity; a reminder only on a PLANNED one, at or before its start.
 */
async function prepare(ctx: Context, input: ActivityWrite, current?: Current) {
  const p = new Problems();
  for (const f of ['type', 'occurredAt', 'subject', 'status'] as const)
    if (input[f] === null) p.add(f, fieldMessage('REQUIRED'));
  if (input.subject != null)
    p.check(
      !isBlank(input.subject) && input.subject.length <= 200,
      'subject',
      fieldMessage('SUBJECT_LENGTH', { min: 1, max: 200 }),
    );
  let status = input.status ?? current?.status ?? 'DONE';
  if (current && status !== current.status && current.status !== 'PLANNED') {
    p.add('status', fieldMessage('ACTIVITY_STATUS_FINAL', { status: current.status }));
    status = current.status; // the other rules judge the activity as it stays
  }
  const occurredAt = input.occurredAt ?? current?.occurredAt;
  const endsAt = input.endsAt === undefined ? current?.endsAt : input.endsAt;
  const remindAt = input.remindAt === undefined ? current?.remindAt : input.remindAt;
  const planning = !current || input.occurredAt != null || input.status != null;
  if (status === 'PLANNED' && occurredAt && planning)
    p.check(occurredAt > ctx.now, 'occurredAt', fieldMessage('PLANNED_IN_FUTURE'));
  if (endsAt && occurredAt)
    p.check(endsAt > occurredAt, 'endsAt', fieldMessage('AFTER_FIELD', { field: 'occurredAt' }));
  if (input.outcome != null) p.check(status === 'DONE', 'outcome', fieldMessage('ONLY_FOR_DONE_ACTIVITY'));
  if (input.remindAt != null) p.check(status === 'PLANNED', 'remindAt', fieldMessage('ONLY_FOR_PLANNED_ACTIVITY'));
  if (remindAt && occurredAt && status === 'PLANNED')
    p.check(remindAt <= occurredAt, 'remindAt', fieldMessage('AT_OR_BEFORE_FIELD', { field: 'occurredAt' }));
  const nextStep = text(p, 'nextStep', input.nextStep, 500);
  const promised = text(p, 'promised', input.promised, 1000);
  const actionId = input.action ? idFor('MarketingAction', input.action, ['input', 'action']) : input.action;
  const action = actionId ? await ctx.db.marketingAction.count({ where: { id: actionId, ...actionScope(ctx) } }) : 1;
  p.check(action === 1, 'action', fieldMessage('UNKNOWN_ACTION'));
  p.throwIfAny();

  const { contact: _c, action: _a, nextStep: _n, promised: _p, ...scalars } = input;
  const data: Record<string, unknown> = { ...scalars };
  if (input.subject != null) data.subject = input.subject.trim();
  if (nextStep !== undefined) data.nextStep = nextStep;
  if (promised !== undefined) data.promised = promised;
  if (actionId !== undefined) data.actionId = actionId;
  // A new reminder time is a new reminder: the job sends it again.
  if (input.remindAt !== undefined && input.remindAt?.getTime() !== current?.remindAt?.getTime())
    data.reminderSentAt = null;
  return data;
}

/** Logs (or plans) an activity on a live contact the caller can see; the caller is its author. */
export async function createActivity(ctx: Context, input: ActivityWrite & { contact: DecodedGlobalId }) {
  const contactId = idFor('Contact', input.contact, ['input', 'contact']);
  const contact = await contacts(ctx).findFirst({ where: { id: contactId }, select: { deletedAt: true } });
  if (!contact) throw new ApiError('NOT_FOUND', 'Contact not found.');
  if (contact.deletedAt) throw validationError([fieldProblem(['input', 'contact'], fieldMessage('CONTACT_DELETED'))]);
  const data = await prepare(ctx, input);
  return ctx.db.activity.create({
    data: {
      ...(data as { type: ActivityType; occurredAt: Date; subject: string }),
      contactId,
      authorId: ctx.principal?.userId ?? null,
    },
    select: { id: true },
  });
}

async function currentOf(ctx: Context, id: number) {
  const current = await ctx.db.activity.findFirst({ where: { id, ...activityScope(ctx) }, select: currentSelect });
  if (!current) throw new ApiError('NOT_FOUND', 'Activity not found.');
  return current;
}

export async function updateActivity(ctx: Context, id: number, version: number, input: ActivityWrite) {
  const current = await currentOf(ctx, id);
  await updateVersioned(
    ctx.db.activity,
    'Activity',
    { id, ...activityScope(ctx) },
    version,
    await prepare(ctx, input, current),
  );
}

export interface ActivityCompletionWrite {
  outcome?: ActivityOutcome | null;
  occurredAt?: Date | null;
  body?: string | null;
  nextStep?: string | null;
  promised?: string | null;
}

/**
 * Marks a PLANNED activity DONE with what happened. It took place at the planned time unless told otherwise; a
 * planned time still in the future becomes now (it happened early).
 */
export async function completeActivity(ctx: Context, id: number, version: number, input: ActivityCompletionWrite) {
  const current = await currentOf(ctx, id);
  if (current.status !== 'PLANNED') {
    throw validationError([fieldProblem(['id'], fieldMessage('ACTIVITY_STATUS_FINAL', { status: current.status }))]);
  }
  const occurredAt = input.occurredAt ?? (current.occurredAt > ctx.now ? ctx.now : current.occurredAt);
  const endsAt = current.endsAt && current.endsAt <= occurredAt ? null : undefined;
  const write: ActivityWrite = { ...input, occurredAt, status: 'DONE', ...(endsAt === null ? { endsAt } : {}) };
  if (input.body === null) delete write.body;
  await updateVersioned(
    ctx.db.activity,
    'Activity',
    { id, ...activityScope(ctx) },
    version,
    await prepare(ctx, write, current),
  );
}

export async function deleteActivity(ctx: Context, id: number, version: number) {
  await deleteVersioned(ctx.db.activity, 'Activity', { id, ...activityScope(ctx) }, version);
}
