import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import { ApiError, type FieldProblem, fieldProblem, validationError } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';
import { contactRelation, purposeConsent } from '../../privacy/access/contact-access.js';
import { loadPurposes, purposeIn } from '../../privacy/consent/purpose.service.js';
import { assigneeProblem } from '../../collaboration/tasks/assignee.rules.js';
import { createTask, taskRoles } from '../../collaboration/tasks/task.service.js';

/**
 * Telemarketing as call lists: one task per target of a TELEMARKETING action ("call this contact for this action"),
 * handed round-robin to the staff users given, through the tasks' own service (collaboration/tasks), so each task
 * passes the same checks as one created by hand (the assignee must be able to see the contact and the action) and
 * shows in their task list, calendar and reminders.
 *
 * The list is the action's sending list as the caller sees it: not the control group, not untargeted respondents,
 * only live contacts whose consent covers the action's purpose today and who have not opted out of telemarketing
 * since they were targeted (counted in `excluded`). Idempotent: a target whose contact already has a task for the
 * action is not listed again (`alreadyListed`), so calling again after new targets lists only those. All or
 * nothing: one transaction.
 */
export interface CallListResult {
  created: number;
  alreadyListed: number;
  excluded: number;
  /** The new tasks' ids, in the order they were handed out. */
  taskIds: number[];
}

/** Assignees per call: a team, not the whole staff. */
export const MAX_ASSIGNEES = 100;

const DAY = 86_400_000;

export async function createCallList(ctx: Context, actionId: number, assigneeIds: number[]): Promise<CallListResult> {
  const action = await ctx.db.marketingAction.findFirst({
    where: { id: actionId, ...actionScope(ctx) },
    select: {
      id: true,
      code: true,
      name: true,
      medium: true,
      endDate: true,
      requiredPurpose: { select: { code: true } },
    },
  });
  if (!action) throw new ApiError('NOT_FOUND', 'Marketing action not found.');
  await checkInput(ctx, action, assigneeIds);
  const purpose = purposeIn(await loadPurposes(ctx.db), action.requiredPurpose.code);
  const sendingList = { actionId, inControlGroup: false, untargeted: false };
  const reachable = contactRelation(ctx, {
    AND: [
      { deletedAt: null, mergedIntoId: null, erasedAt: null },
      purposeConsent(purpose, ctx.now),
      { channelPreferences: { none: { medium: 'TELEMARKETING', optedOut: true } } },
    ],
  });
  const [targets, visible] = await Promise.all([
    ctx.db.actionTarget.findMany({
      where: { ...sendingList, contact: reachable },
      select: { contactId: true },
      orderBy: { id: 'asc' },
    }),
    ctx.db.actionTarget.count({ where: { ...sendingList, contact: contactRelation(ctx) } }),
  ]);
  const listed = new Set(
    (
      await ctx.db.task.findMany({
        where: { actionId, contactId: { in: targets.map((t) => t.contactId) } },
        select: { contactId: true },
      })
    ).map((t) => t.contactId),
  );
  const fresh = targets.filter((t) => !listed.has(t.contactId));
  // Due by the end of the action, or in a week for an action already over (the calls are still to make).
  const dueDate = action.endDate > ctx.now ? action.endDate : new Date(ctx.now.getTime() + 7 * DAY);
  const taskIds = await ctx.db.$transaction(
    async (tx) => {
      const inTx: Context = { ...ctx, db: tx as unknown as Db };
      const ids: number[] = [];
      for (const [i, t] of fresh.entries()) {
        const task = await createTask(inTx, {
          contact: { typename: 'Contact', id: String(t.contactId) },
          action: { typename: 'MarketingAction', id: String(action.id) },
          title: `Call: ${action.name}`.slice(0, 200),
          description: `Telemarketing action ${action.code}.`,
          dueDate,
          assignee: { typename: 'StaffUser', id: String(assigneeIds[i % assigneeIds.length]) },
        });
        ids.push(task.id);
      }
      return ids;
    },
    { maxWait: 60_000, timeout: 120_000 },
  );
  return {
    created: taskIds.length,
    alreadyListed: targets.length - fresh.length,
    excluded: visible - targets.length,
    taskIds,
  };
}

/** A TELEMARKETING action, and 1 to 100 distinct assignees who may take tasks about it (VALIDATION with paths). */
async function checkInput(ctx: Context, action: { id: number; medium: string }, assigneeIds: number[]) {
  const problems: FieldProblem[] = [];
  if (action.medium !== 'TELEMARKETING')
    problems.push(fieldProblem(['action'], fieldMessage('CALL_LIST_MEDIUM', { medium: action.medium })));
  if (assigneeIds.length === 0 || assigneeIds.length > MAX_ASSIGNEES)
    problems.push(fieldProblem(['assignees'], fieldMessage('ASSIGNEE_COUNT', { min: 1, max: MAX_ASSIGNEES })));
  const seen = new Set<number>();
  for (const [i, id] of assigneeIds.slice(0, MAX_ASSIGNEES).entries()) {
    if (seen.has(id)) problems.push(fieldProblem(['assignees', String(i)], fieldMessage('GIVEN_TWICE')));
    seen.add(id);
    const problem = await assigneeProblem(ctx, id, { actionId: action.id }, taskRoles);
    if (problem) problems.push(fieldProblem(['assignees', String(i)], problem));
  }
  if (problems.length) throw validationError(problems);
}
