import type { Context } from '../../context.js';
import { ApiError, validationError } from '../../errors.js';
import type { TaskStatus } from '../../generated/sqlite/enums.js';
import { type DecodedGlobalId, idFor } from '../../lib/global-id.js';
import { isBlank, Problems } from '../../lib/validate.js';
import { deleteVersioned, updateVersioned } from '../../lib/versioned-update.js';
import { contactScope } from '../access/row-rules.js';
import { taskScope } from './task.filter.js';

export interface TaskWrite {
  contact?: DecodedGlobalId;
  title?: string | null;
  dueDate?: Date | null;
  assignee?: DecodedGlobalId | null;
  status?: TaskStatus | null;
  completedAt?: Date | null;
}

/** Checks a task write; `current` is the stored status for an update. completedAt follows the status. */
async function prepare(ctx: Context, input: TaskWrite, current?: { status: TaskStatus }) {
  const p = new Problems();
  for (const f of ['title', 'dueDate', 'status'] as const) if (input[f] === null) p.add(f, 'required');
  if (input.title != null) p.check(!isBlank(input.title) && input.title.length <= 200, 'title', 'a title of 1 to 200 characters');
  const status = input.status ?? current?.status ?? 'OPEN';
  if (input.completedAt != null) p.check(status === 'DONE', 'completedAt', 'only for a task whose status is DONE');
  const assigneeId = input.assignee ? idFor('StaffUser', input.assignee, ['input', 'assignee']) : input.assignee;
  const assignee = assigneeId ? await ctx.db.staffUser.count({ where: { id: assigneeId, active: true } }) : 1;
  p.check(assignee === 1, 'assignee', 'unknown or inactive staff user');
  p.throwIfAny();

  const data: Record<string, unknown> = {};
  if (input.title != null) data.title = input.title.trim();
  if (input.dueDate != null) data.dueDate = input.dueDate;
  if (input.status != null) data.status = input.status;
  if (assigneeId !== undefined) data.assigneeId = assigneeId;
  if (status === 'DONE' && (input.completedAt || current?.status !== 'DONE')) data.completedAt = input.completedAt ?? ctx.now;
  if (status !== 'DONE' && current?.status === 'DONE') data.completedAt = null;
  return data;
}

/** Creates a task on a live contact the caller can see; it is assigned to the caller unless told otherwise. */
export async function createTask(ctx: Context, input: TaskWrite & { contact: DecodedGlobalId }) {
  const contactId = idFor('Contact', input.contact, ['input', 'contact']);
  const contact = await ctx.db.contact.findFirst({ where: { id: contactId, ...contactScope(ctx) }, select: { deletedAt: true } });
  if (!contact) throw new ApiError('NOT_FOUND', 'Contact not found.');
  if (contact.deletedAt) throw validationError([{ path: ['input', 'contact'], message: 'the contact is deleted' }]);
  const data = await prepare(ctx, { ...input, assignee: input.assignee });
  return ctx.db.task.create({
    data: {
      ...(data as { title: string; dueDate: Date }),
      contactId,
      assigneeId: input.assignee === undefined ? (ctx.principal?.userId ?? null) : (data.assigneeId as number | null),
    },
    select: { id: true },
  });
}

export async function updateTask(ctx: Context, id: number, version: number, input: TaskWrite) {
  const where = { id, ...taskScope(ctx) };
  const current = await ctx.db.task.findFirst({ where, select: { status: true } });
  if (!current) throw new ApiError('NOT_FOUND', 'Task not found.');
  await updateVersioned(ctx.db.task, 'Task', where, version, await prepare(ctx, input, current));
}

export async function deleteTask(ctx: Context, id: number, version: number) {
  await deleteVersioned(ctx.db.task, 'Task', { id, ...taskScope(ctx) }, version);
}
