import { builder } from '../../kernel/graphql/builder.js';
import { TaskStatusEnum } from '../../kernel/graphql/enums.js';

/** A task: something to do by a date, assigned to a staff member, about a contact, a marketing action or both. */
export const TaskInput = builder.inputType('TaskInput', {
  fields: (t) => ({
    contact: t.globalID({
      required: false,
      description: 'The contact it is about; give a contact, an action or both.',
    }),
    action: t.globalID({ required: false, description: 'The marketing action it is about.' }),
    title: t.string(),
    description: t.string({ required: false, description: 'Up to 2000 characters.' }),
    dueDate: t.field({ type: 'DateTime' }),
    remindAt: t.field({
      type: 'DateTime',
      required: false,
      description: 'When to remind the assignee (a notification), at or before the due date.',
    }),
    assignee: t.globalID({
      required: false,
      description: 'A staff user who may see what the task is about; defaults to you.',
    }),
    status: t.field({ type: TaskStatusEnum, required: false, description: 'Defaults to OPEN.' }),
  }),
});

export const TaskPatch = builder.inputType('TaskPatch', {
  fields: (t) => ({
    title: t.string({ required: false }),
    description: t.string({ required: false }),
    dueDate: t.field({ type: 'DateTime', required: false }),
    remindAt: t.field({
      type: 'DateTime',
      required: false,
      description: 'A new reminder time sends a new reminder; null: none.',
    }),
    assignee: t.globalID({ required: false, description: 'Null: unassigned.' }),
    status: t.field({
      type: TaskStatusEnum,
      required: false,
      description: 'DONE stamps completedAt; leaving DONE clears it.',
    }),
    completedAt: t.field({ type: 'DateTime', required: false, description: 'Only with status DONE; defaults to now.' }),
  }),
});
