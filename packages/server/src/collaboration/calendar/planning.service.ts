import type { Context } from '../../kernel/context.js';
import { perRequestLoaderOnFirstUse } from '../../kernel/request-cache.js';
import { taskScope } from '../tasks/task.filter.js';

export interface PlannedContact {
  kind: 'ACTIVITY' | 'TASK';
  at: Date;
  activity: { id: number } | null;
  task: { id: number } | null;
}

/**
 * The next planned contact of each contact: the earliest PLANNED activity or open task (OPEN, IN_PROGRESS) with
 * a due date, whichever comes first (an overdue one included: it is the most urgent). Two statements per request
 * whatever the number of contacts (a per-request loader); tasks pass the tasks' row rule.
 */
const nextPlanned = perRequestLoaderOnFirstUse<number, PlannedContact | null>();

export function nextPlannedContact(
  ctx: Context,
  contactId: number,
  queries: { activity?: object; task?: object } = {},
) {
  return nextPlanned(ctx, async (ids) => {
    const [activities, tasks] = await Promise.all([
      ctx.db.activity.findMany({
        ...queries.activity,
        where: { contactId: { in: [...ids] }, status: 'PLANNED' },
        orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
      }),
      ctx.db.task.findMany({
        ...queries.task,
        where: { AND: [taskScope(ctx), { contactId: { in: [...ids] }, status: { in: ['OPEN', 'IN_PROGRESS'] } }] },
        orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
      }),
    ]);
    // Both lists are by date: the first row of a contact is its earliest of that kind.
    const next = new Map<number, PlannedContact>();
    for (const a of activities)
      if (!next.has(a.contactId))
        next.set(a.contactId, { kind: 'ACTIVITY', at: a.occurredAt, activity: a, task: null });
    const seen = new Set<number>();
    for (const t of tasks) {
      if (seen.has(t.contactId!)) continue;
      seen.add(t.contactId!);
      const activity = next.get(t.contactId!);
      if (!activity || t.dueDate < activity.at)
        next.set(t.contactId!, { kind: 'TASK', at: t.dueDate, activity: null, task: t });
    }
    return ids.map((id) => next.get(id) ?? null);
  }).load(contactId);
}
