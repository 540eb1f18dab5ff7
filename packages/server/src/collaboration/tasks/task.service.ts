import type { Context } from '../../kernel/context.js';
import { ApiError } from '../../kernel/errors.js';
import type { Role, TaskStatus } from '../../generated/sqlite/enums.js';
import { type DecodedGlobalId, idFor } from '../../kernel/graphql/global-id.js';
import { isBlank, Problems } from '../../kernel/validate.js';
import { deleteVersioned, updateVersioned } from '../../kernel/versioned-update.js';
import { contacts } from '../../privacy/access/contact-access.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';
import { assigneeProblem, type WorkLinks } from './assignee.rules.js';
import { taskScope } from './task.filter.js';
import { fieldMessage } from '../../kernel/field-messages.js';

/** The roles that work on tasks (they may write them): a task is never handed to an analyst. */
export const taskRoles: readonly Role[] = ['ADMIN', 'MARKETING', 'SALES', 'SUPPORT'];

export interface TaskWrite {
  contact?: DecodedGlobalId | null;
  action?: DecodedGlobalId | null;
  title?: string | null;
  description?: string | null;
  dueDate?: Date | null;
  remindAt?: Date | null;
  assignee?: DecodedGlobalId | null;
  status?: TaskStatus | null;
  completedAt?: Date | null;
}

interface Current extends WorkLinks {
  status: TaskStatus;
  dueDate: Date;
  remindAt: Date | null;
}

/** Checks a task write; `current` is the stored task for an update. completedAt follows the status. */
async function prepare(ctx: Context, input: TaskWrite, links: WorkLinks, p: Problems, current?: Current) {
  for (const f of ['title', 'dueDate', 'status'] as const) if (input[f] === null) p.add(f, fieldMessage('REQUIRED'));
  if (input.title != null)
    p.check(
      !isBlank(input.title) && input.title.length <= 200,
      'title',
      fieldMessage('TITLE_LENGTH', { min: 1, max: 200 }),
    );
  if (input.description != null)
    p.check(input.description.length <= 2000, 'description', fieldMessage('TOO_LONG', { max: 2000 }));
  const status = input.status ?? current?.status ?? 'OPEN';
  if (input.completedAt != null) p.check(status === 'DONE', 'completedAt', fieldMessage('ONLY_FOR_DONE_TASK'));
  const dueDate = input.dueDate ?? current?.dueDate;
  const remindAt = input.remindAt === undefined ? current?.remindAt : input.remindAt;
  if (remindAt && dueDate) p.check(remindAt <= dueDate, 'remindAt', fieldMessage('AT_OR_BEFORE_DUE_DATE'));
  const assigneeId = input.assignee ? idFor('StaffUser', input.assignee, ['input', 'assignee']) : input.assignee;
  if (assigneeId) p.addIf('assignee', await assigneeProblem(ctx, assigneeId, links, taskRoles));
  p.throwIfAny();

  const data: Record<string, unknown> = {};
  if (input.title != null) data.title = input.title.trim();
  if (input.description !== undefined) data.description = isBlank(input.description) ? null : input.description!.trim();
  if (input.dueDate != null) data.dueDate = input.dueDate;
  if (input.remindAt !== undefined) data.remindAt = input.remindAt;
  // A new reminder time is a new reminder: the job sends it again.
  if (input.remindAt !== undefined && input.remindAt?.getTime() !== current?.remindAt?.getTime())
    data.reminderSentAt = null;
  if (input.status != null) data.status = input.status;
  if (assigneeId !== undefined) data.assigneeId = assigneeId;
  if (status === 'DONE' && (input.completedAt || current?.status !== 'DONE'))
    data.completedAt = input.completedAt ?? ctx.now;
  if (status !== 'DONE' && current?.status === 'DONE') data.completedAt = null;
  return data;
}

/**
 * Creates a task about a live contact and/or a marketing action the caller can see (at least one of them); it is
 * assigned to the caller unless told otherwise, and the assignee must be able to see what it is about.
 */
export async function createTask(ctx: Context, input: TaskWrite) {
  const p = new Problems();
  const contactId = input.contact ? idFor('Contact', input.contact, ['input', 'contact']) : null;
  const actionId = input.action ? idFor('MarketingAction', input.action, ['input', 'action']) : null;
  if (!contactId && !actionId) p.add('contact', fieldMessage('TASK_LINK_REQUIRED'));
  if (contactId) {
    const contact = await contacts(ctx).findFirst({ where: { id: contactId }, select: { deletedAt: true } });
    if (!contact) throw new ApiError('NOT_FOUND', 'Contact not found.');
    p.check(!contact.deletedAt, 'contact', fieldMessage('CONTACT_DELETED'));
  }
  if (actionId && (await ctx.db.marketingAction.count({ where: { id: actionId, ...actionScope(ctx) } })) === 0) {
    throw new ApiError('NOT_FOUND', 'Marketing action not found.');
  }
  const assignee =
    input.assignee === undefined && ctx.principal?.userId
      ? { typename: 'StaffUser', id: String(ctx.principal.userId) }
      : input.assignee;
  const data = await prepare(ctx, { ...input, assignee }, { contactId, actionId }, p);
  return ctx.db.task.create({
    data: {
      ...(data as { title: string; dueDate: Date }),
      contactId,
      actionId,
      createdById: ctx.principal?.userId ?? null,
    },
    select: { id: true },
  });
}

export async function updateTask(ctx: Context, id: number, version: number, input: TaskWrite) {
  const where = { id, ...taskScope(ctx) };
  const current = await ctx.db.task.findFirst({
    where,
    select: { status: true, dueDate: true, remindAt: true, contactId: true, actionId: true },
  });
  if (!current) throw new ApiError('NOT_FOUND', 'Task not found.');
  const data = await prepare(ctx, input, current, new Problems(), current);
  await updateVersioned(ctx.db.task, 'Task', where, version, data);
}

export async function deleteTask(ctx: Context, id: number, version: number) {
  await deleteVersioned(ctx.db.task, 'Task', { id, ...taskScope(ctx) }, version);
}
