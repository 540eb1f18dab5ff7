import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import { TaskStatusEnum } from '../../kernel/graphql/enums.js';
import { assignedToMe, columns, DateTimeRange, idColumns, listFilter } from '../../kernel/graphql/filters.js';
import { contactRelation } from '../../privacy/access/contact-access.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';

/**
 * Row rule of tasks: a task about a contact is visible when its contact is (as before tasks could name an action;
 * its action then shows only if the caller may see it); an action-only task when its action is (the actions' brand
 * rule).
 */
export const taskScope = (ctx: Context) => {
  if (ctx.principal?.kind !== 'staff') return { id: -1 };
  return {
    OR: [
      { contactId: { not: null }, contact: contactRelation(ctx) },
      { contactId: null, action: actionScope(ctx) },
    ],
  };
};

export const TaskFilter = builder.inputType('TaskFilter', {
  fields: (t) => ({
    contact: t.globalIDList({ required: false }),
    action: t.globalIDList({ required: false, description: 'Linked to any of these marketing actions.' }),
    assignee: t.globalIDList({ required: false, description: 'Assigned to any of these staff users.' }),
    mine: t.boolean({ required: false, description: 'true: only the tasks assigned to you.' }),
    status: t.field({ type: [TaskStatusEnum], required: false }),
    dueDate: t.field({ type: DateTimeRange, required: false }),
    search: t.string({ required: false, description: 'Words found in the title or the description.' }),
  }),
});

export const taskList = listFilter(
  TaskFilter,
  { DUE_DATE: 'dueDate', STATUS: 'status', TITLE: 'title', CREATED_AT: 'createdAt' },
  (ctx, f) => ({
    scope: taskScope(ctx),
    columns: {
      ...idColumns(f, {
        contactId: ['Contact', 'contact'],
        actionId: ['MarketingAction', 'action'],
        assigneeId: ['StaffUser', 'assignee'],
      }),
      ...columns(f, { oneOf: ['status'], dates: ['dueDate'] }),
    },
    also: [assignedToMe(ctx, f?.mine)],
    search: { text: f?.search, in: ['title', 'description'] },
  }),
);
