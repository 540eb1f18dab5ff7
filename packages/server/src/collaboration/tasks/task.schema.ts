import { rereadFrom, versionedMutations } from '../../kernel/graphql/versioned-mutations.js';
import { filteredList } from '../../kernel/graphql/connections.js';
import { builder } from '../../kernel/graphql/builder.js';
import { TaskStatusEnum } from '../../kernel/graphql/enums.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { visibleAction } from '../../campaigns/actions/action.filter.js';
import { MarketingActionRef } from '../../campaigns/actions/action.schema.js';
import { taskList, taskScope } from './task.filter.js';
import { TaskInput, TaskPatch } from './task.input.js';
import { createTask, deleteTask, updateTask } from './task.service.js';

/** Something to do by a date, about a contact, a marketing action or both. */
export const TaskRef = builder.prismaNode('Task', {
  id: { field: 'id' },
  authScopes: { authenticated: true },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), ...taskScope(ctx) }),
  fields: (t) => ({
    contact: t.relation('contact', {
      nullable: true,
      description: 'The contact it is about (null for an action-only task).',
    }),
    action: t.field({
      type: MarketingActionRef,
      nullable: true,
      description: 'The marketing action it is about, if any.',
      select: (_args, _ctx, nestedSelection) => ({ action: nestedSelection(true) }),
      resolve: (task, _args, ctx) => visibleAction(ctx, task.action),
    }),
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    remindAt: t.expose('remindAt', { type: 'DateTime', nullable: true, description: 'When the assignee is reminded.' }),
    reminderSentAt: t.expose('reminderSentAt', { type: 'DateTime', nullable: true }),
    createdBy: t.relation('createdBy', { nullable: true }),
    dueDate: t.expose('dueDate', { type: 'DateTime' }),
    assignee: t.relation('assignee', { nullable: true }),
    status: t.expose('status', { type: TaskStatusEnum }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    overdue: t.boolean({
      description: 'Not done or cancelled, and due before now.',
      select: { status: true, dueDate: true },
      resolve: (task, _args, ctx) =>
        (task.status === 'OPEN' || task.status === 'IN_PROGRESS') && task.dueDate < ctx.now,
    }),
    version: t.exposeInt('version', { description: 'Send it back with an update (optimistic concurrency).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  tasks: t.prismaConnection({
    type: 'Task',
    description:
      'Tasks you may see (their contact and action are visible to you), filtered and sorted. `filter: { mine: true }`: your tasks.',
    authScopes: { authenticated: true },
    ...filteredList(t.arg, { ...taskList, rows: (ctx) => ctx.db.task }),
  }),
}));

const writers = { roles: ['ADMIN', 'MARKETING', 'SALES', 'SUPPORT'] as Role[] };
versionedMutations({
  type: 'Task',
  authScopes: writers,
  reread: rereadFrom((ctx) => ctx.db.task),
  create: {
    description: 'A task about a contact, an action or both (at least one); assigned to you unless told otherwise.',
    input: TaskInput,
    run: createTask,
  },
  update: { input: TaskPatch, run: updateTask },
  delete: { run: deleteTask },
});

/** The tasks of a marketing action (its follow-ups), by due date; each passes the tasks' row rule. */
builder.prismaObjectFields('MarketingAction', (t) => ({
  tasks: t.relatedConnection('tasks', {
    authScopes: { authenticated: true },
    cursor: 'id',
    totalCount: true,
    description: 'Tasks about this action, by due date.',
    query: (_args, ctx) => ({ where: taskScope(ctx), orderBy: [{ dueDate: 'asc' as const }, { id: 'asc' as const }] }),
  }),
}));
