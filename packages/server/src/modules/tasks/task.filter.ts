import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { TaskStatusEnum } from '../../enums.js';
import { DateTimeRange, dateRange, oneOf, searchWords } from '../../lib/filters.js';
import { idsIn } from '../../lib/global-id.js';
import { orderInput } from '../../lib/order.js';
import { contactScope } from '../access/row-rules.js';

/** Row rule of tasks: visible when their contact is. */
export const taskScope = (ctx: Context) => ({ contact: contactScope(ctx) });

export const TaskFilter = builder.inputType('TaskFilter', {
  fields: (t) => ({
    contact: t.globalIDList({ required: false }),
    assignee: t.globalIDList({ required: false, description: 'Assigned to any of these staff users.' }),
    mine: t.boolean({ required: false, description: 'true: only the tasks assigned to you.' }),
    status: t.field({ type: [TaskStatusEnum], required: false }),
    dueDate: t.field({ type: DateTimeRange, required: false }),
    search: t.string({ required: false, description: 'Words found in the title.' }),
  }),
});

export const taskOrder = orderInput('Task', {
  ID: 'id',
  DUE_DATE: 'dueDate',
  STATUS: 'status',
  TITLE: 'title',
  CREATED_AT: 'createdAt',
});

type Filter = typeof TaskFilter.$inferInput;

export function taskWhere(ctx: Context, f: Filter | null | undefined) {
  return {
    AND: [
      taskScope(ctx),
      {
        contactId: idsIn('Contact', f?.contact, ['filter', 'contact']),
        assigneeId: idsIn('StaffUser', f?.assignee, ['filter', 'assignee']),
        status: oneOf(f?.status),
        dueDate: dateRange(f?.dueDate),
      },
      f?.mine ? { assigneeId: ctx.principal?.userId ?? -1 } : {},
      ...searchWords(ctx.provider, f?.search, ['title']),
    ],
  };
}
