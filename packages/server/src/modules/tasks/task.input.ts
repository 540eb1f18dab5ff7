import { builder } from '../../builder.js';
import { TaskStatusEnum } from '../../enums.js';

/** A task on a contact: something to do by a date, assigned to a staff member. */
export const TaskInput = builder.inputType('TaskInput', {
  fields: (t) => ({
    contact: t.globalID(),
    title: t.string(),
    dueDate: t.field({ type: 'DateTime' }),
    assignee: t.globalID({ required: false, description: 'A staff user; defaults to you.' }),
    status: t.field({ type: TaskStatusEnum, required: false, description: 'Defaults to OPEN.' }),
  }),
});

export const TaskPatch = builder.inputType('TaskPatch', {
  fields: (t) => ({
    title: t.string({ required: false }),
    dueDate: t.field({ type: 'DateTime', required: false }),
    assignee: t.globalID({ required: false, description: 'Null: unassigned.' }),
    status: t.field({ type: TaskStatusEnum, required: false, description: 'DONE stamps completedAt; leaving DONE clears it.' }),
    completedAt: t.field({ type: 'DateTime', required: false, description: 'Only with status DONE; defaults to now.' }),
  }),
});
