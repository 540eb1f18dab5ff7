import type { Context } from '../../context.js';
import { ApiError, validationError } from '../../errors.js';
import type { ActivityType } from '../../generated/sqlite/enums.js';
import { type DecodedGlobalId, idFor } from '../../lib/global-id.js';
import { isBlank, Problems } from '../../lib/validate.js';
import { deleteVersioned, updateVersioned } from '../../lib/versioned-update.js';
import { contactScope } from '../access/row-rules.js';
import { actionScope } from '../actions/action.filter.js';
import { activityScope } from './activity.filter.js';

export interface ActivityWrite {
  contact?: DecodedGlobalId;
  type?: ActivityType | null;
  occurredAt?: Date | null;
  subject?: string | null;
  body?: string | null;
  action?: DecodedGlobalId | null;
}

async function prepare(ctx: Context, input: ActivityWrite) {
  const p = new Problems();
  for (const f of ['type', 'occurredAt', 'subject'] as const) if (input[f] === null) p.add(f, 'required');
  if (input.subject != null) p.check(!isBlank(input.subject) && input.subject.length <= 200, 'subject', 'a subject of 1 to 200 characters');
  const actionId = input.action ? idFor('MarketingAction', input.action, ['input', 'action']) : input.action;
  const action = actionId ? await ctx.db.marketingAction.count({ where: { id: actionId, ...actionScope(ctx) } }) : 1;
  p.check(action === 1, 'action', 'unknown marketing action');
  p.throwIfAny();
  const { contact: _c, action: _a, ...scalars } = input;
  const data: Record<string, unknown> = { ...scalars };
  if (input.subject != null) data.subject = input.subject.trim();
  if (actionId !== undefined) data.actionId = actionId;
  return data;
}

/** Logs an activity on a live contact the caller can see; the caller is its author. */
export async function createActivity(ctx: Context, input: ActivityWrite & { contact: DecodedGlobalId }) {
  const contactId = idFor('Contact', input.contact, ['input', 'contact']);
  const contact = await ctx.db.contact.findFirst({ where: { id: contactId, ...contactScope(ctx) }, select: { deletedAt: true } });
  if (!contact) throw new ApiError('NOT_FOUND', 'Contact not found.');
  if (contact.deletedAt) throw validationError([{ path: ['input', 'contact'], message: 'the contact is deleted' }]);
  const data = await prepare(ctx, input);
  return ctx.db.activity.create({
    data: { ...(data as { type: ActivityType; occurredAt: Date; subject: string }), contactId, authorId: ctx.principal?.userId ?? null },
    select: { id: true },
  });
}

export async function updateActivity(ctx: Context, id: number, version: number, input: ActivityWrite) {
  const where = { id, ...activityScope(ctx) };
  if ((await ctx.db.activity.count({ where })) === 0) throw new ApiError('NOT_FOUND', 'Activity not found.');
  await updateVersioned(ctx.db.activity, 'Activity', where, version, await prepare(ctx, input));
}

export async function deleteActivity(ctx: Context, id: number, version: number) {
  await deleteVersioned(ctx.db.activity, 'Activity', { id, ...activityScope(ctx) }, version);
}
