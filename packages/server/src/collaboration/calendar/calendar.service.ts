import type { Context } from '../../kernel/context.js';
import { fieldProblem, validationError } from '../../kernel/errors.js';
import { Problems } from '../../kernel/validate.js';
import { activityScope } from '../activities/activity.filter.js';
import { taskScope } from '../tasks/task.filter.js';
import { fieldMessage } from '../../kernel/field-messages.js';

/** The longest range a calendar request may cover: two months and a bit (a month view with its edge weeks). */
export const maxCalendarDays = 62;

export type CalendarEntry =
  | {
      kind: 'ACTIVITY';
      start: Date;
      end: Date | null;
      title: string;
      activity: { id: number; occurredAt: Date; endsAt: Date | null; subject: string };
      task: null;
    }
  | {
      kind: 'TASK';
      start: Date;
      end: null;
      title: string;
      activity: null;
      task: { id: number; dueDate: Date; title: string };
    };

/**
 * A user's calendar between `from` (included) and `to` (excluded): the activities they wrote or planned that are
 * not cancelled (meetings, calls...) and the tasks assigned to them that are not cancelled, by start. Two statements;
 * each row also passes the caller's row rules, so a colleague's calendar shows only what the caller may see.
 */
export async function calendar(
  ctx: Context,
  from: Date,
  to: Date,
  userId: number,
  /** What the client selected under the activities and tasks (Pothos' queryFromInfo): relations load in batches. */
  queries: { activity?: object; task?: object } = {},
): Promise<CalendarEntry[]> {
  const p = new Problems([]);
  p.check(to > from, 'to', fieldMessage('AFTER_FIELD', { field: 'from' }));
  p.check(
    to.getTime() - from.getTime() <= maxCalendarDays * 86_400_000,
    'to',
    fieldMessage('RANGE_TOO_LONG', { max: maxCalendarDays }),
  );
  p.throwIfAny();
  if ((await ctx.db.staffUser.count({ where: { id: userId } })) === 0)
    throw validationError([fieldProblem(['user'], fieldMessage('UNKNOWN_STAFF_USER'))]);
  const [activities, tasks] = await Promise.all([
    ctx.db.activity.findMany({
      ...(queries.activity as object),
      where: {
        AND: [
          activityScope(ctx),
          { authorId: userId, status: { not: 'CANCELLED' }, occurredAt: { gte: from, lt: to } },
        ],
      },
      orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
    }),
    ctx.db.task.findMany({
      ...(queries.task as object),
      where: {
        AND: [taskScope(ctx), { assigneeId: userId, status: { not: 'CANCELLED' }, dueDate: { gte: from, lt: to } }],
      },
      orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
    }),
  ]);
  const entries: CalendarEntry[] = [
    ...activities.map((a) => ({
      kind: 'ACTIVITY' as const,
      start: a.occurredAt,
      end: a.endsAt,
      title: a.subject,
      activity: a,
      task: null,
    })),
    ...tasks.map((t) => ({
      kind: 'TASK' as const,
      start: t.dueDate,
      end: null,
      title: t.title,
      activity: null,
      task: t,
    })),
  ];
  return entries.sort(
    (x, y) => x.start.getTime() - y.start.getTime() || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0),
  );
}
