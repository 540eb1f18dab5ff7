import { queryFromInfo } from '@pothos/plugin-prisma';
import { builder } from '../../kernel/graphql/builder.js';
import { ActivityTypeEnum } from '../../kernel/graphql/enums.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import { ActivityStatusEnum } from '../activities/activity.enums.js';
import { ActivityRef } from '../activities/activity.schema.js';
import { TaskRef } from '../tasks/task.schema.js';
import { calendar, type CalendarEntry, maxCalendarDays } from './calendar.service.js';
import { nextPlannedContact, type PlannedContact } from './planning.service.js';

/**
 * The rows behind an entry: the services declare only the columns they read, but each row is a whole Activity or
 * Task row (findMany with the client's selection on top), which is what the refs resolve from.
 */
type ActivityRow = typeof ActivityRef.$inferType;
type TaskRow = typeof TaskRef.$inferType;
const rows = (e: { activity: object | null; task: object | null }) => ({
  activity: e.activity as ActivityRow | null,
  task: e.task as TaskRow | null,
});

export const PlannedItemKindEnum = builder.enumType('PlannedItemKind', { values: ['ACTIVITY', 'TASK'] as const });

export const CalendarEntryRef = builder.objectRef<CalendarEntry>('CalendarEntry').implement({
  description:
    "An entry of a user's calendar: an activity (meeting, call... planned or done) or a task by its due date.",
  fields: (t) => ({
    kind: t.expose('kind', { type: PlannedItemKindEnum }),
    start: t.expose('start', { type: 'DateTime', description: 'The activity time, or the due date of a task.' }),
    end: t.expose('end', { type: 'DateTime', nullable: true, description: 'End of a meeting or call, when known.' }),
    title: t.exposeString('title'),
    activityType: t.field({
      type: ActivityTypeEnum,
      nullable: true,
      resolve: (e) => rows(e).activity?.type ?? null,
    }),
    activityStatus: t.field({
      type: ActivityStatusEnum,
      nullable: true,
      resolve: (e) => rows(e).activity?.status ?? null,
    }),
    activity: t.field({ type: ActivityRef, nullable: true, resolve: (e) => rows(e).activity }),
    task: t.field({ type: TaskRef, nullable: true, resolve: (e) => rows(e).task }),
  }),
});

export const PlannedContactRef = builder.objectRef<PlannedContact>('PlannedContact').implement({
  description: 'The next planned contact with a contact: a planned activity or an open task.',
  fields: (t) => ({
    kind: t.expose('kind', { type: PlannedItemKindEnum }),
    at: t.expose('at', { type: 'DateTime', description: 'When the activity is planned, or the task due.' }),
    activity: t.field({ type: ActivityRef, nullable: true, resolve: (p) => rows(p).activity }),
    task: t.field({ type: TaskRef, nullable: true, resolve: (p) => rows(p).task }),
  }),
});

builder.prismaObjectFields('Contact', (t) => ({
  nextPlannedContact: t.field({
    type: PlannedContactRef,
    nullable: true,
    authScopes: { authenticated: true },
    description:
      'The earliest PLANNED activity or open task with this contact (overdue ones included); null when none.',
    select: { id: true },
    resolve: (c, _args, ctx, info) =>
      nextPlannedContact(ctx, c.id, {
        activity: queryFromInfo({ context: ctx, info, typeName: 'Activity', path: ['activity'] }),
        task: queryFromInfo({ context: ctx, info, typeName: 'Task', path: ['task'] }),
      }),
  }),
}));

builder.queryFields((t) => ({
  calendar: t.field({
    type: [CalendarEntryRef],
    description:
      `A user's calendar from \`from\` (included) to \`to\` (excluded), at most ${maxCalendarDays} days: their activities ` +
      '(not cancelled) and the tasks assigned to them (not cancelled). Default user: you. Rows you may not see are left out.',
    authScopes: { authenticated: true },
    args: {
      from: t.arg({ type: 'DateTime' }),
      to: t.arg({ type: 'DateTime' }),
      user: t.arg.globalID({ required: false }),
    },
    resolve: (_root, args, ctx, info) =>
      calendar(ctx, args.from, args.to, args.user ? idFor('StaffUser', args.user, ['user']) : ctx.principal!.userId!, {
        activity: queryFromInfo({ context: ctx, info, typeName: 'Activity', path: ['activity'] }),
        task: queryFromInfo({ context: ctx, info, typeName: 'Task', path: ['task'] }),
      }),
  }),
}));
