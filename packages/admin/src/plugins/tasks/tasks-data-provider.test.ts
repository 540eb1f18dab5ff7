import { describe, expect, it } from 'vitest';
import { connection, fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createTasksDataProvider } from './tasks-data-provider';

const task = {
  id: 'T1',
  version: 3,
  title: 'Call back',
  status: 'OPEN',
  dueDate: '2026-12-01T10:00:00Z',
  contact: { id: 'C1' },
  action: null,
  assignee: { id: 'U1' },
};

describe('tasks data provider', () => {
  it('lists my open tasks by due date and flattens the linked contact, action and assignee', async () => {
    const api = fakeApi({ Tasks: { data: { tasks: connection([task], 1) } } });
    const session = fakeSession();
    const dp = createTasksDataProvider(fakeClient(api, session));
    const { data } = await dp.getList!('tasks', {
      filter: { mine: true, status: ['OPEN', 'IN_PROGRESS'], q: ' call ' },
      sort: { field: 'dueDate', order: 'ASC' },
      pagination: { page: 1, perPage: 25 },
    });
    expect(data[0]).toMatchObject({ id: 'T1', contactId: 'C1', actionId: null, assigneeId: 'U1' });
    expect(api.calls[0]!.variables).toMatchObject({
      filter: { mine: true, status: ['OPEN', 'IN_PROGRESS'], search: 'call' },
      orderBy: [{ field: 'DUE_DATE', direction: 'ASC' }],
    });
  });

  it('creates a task with its contact and/or action, and completes one with the version read', async () => {
    const api = fakeApi({
      CreateTask: { data: { createTask: task } },
      UpdateTask: { data: { updateTask: { ...task, status: 'DONE' } } },
    });
    const session = fakeSession();
    const dp = createTasksDataProvider(fakeClient(api, session));
    await dp.create!('tasks', {
      data: { title: 'Call back', dueDate: '2026-12-01T10:00:00Z', description: '', contactId: 'C1', actionId: null },
    });
    expect(api.calls[0]!.variables.input).toEqual({
      title: 'Call back',
      dueDate: '2026-12-01T10:00:00Z',
      description: null,
      contact: 'C1',
    });
    await dp.completeTask('T1', 3);
    expect(api.calls[1]!.variables).toEqual({ id: 'T1', version: 3, input: { status: 'DONE' } });
  });
});
