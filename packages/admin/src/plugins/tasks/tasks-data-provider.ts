import {
  TaskDocument,
  type FideleClient,
  type TaskFieldsFragment,
  type TaskFilter,
  type TaskOrderField,
  type TaskStatus,
} from '@fidele/sdk';
import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import { asList } from '../../api/connection';
import { connectionResource } from '../../api/connection-resource';
import { raErrors } from '../../api/ra-errors';
import { recordProvider } from '../../api/record-methods';

export const taskSortFields: Record<string, TaskOrderField> = {
  id: 'ID',
  dueDate: 'DUE_DATE',
  status: 'STATUS',
  title: 'TITLE',
  createdAt: 'CREATED_AT',
};

/** react-admin's filter → TaskFilter: `mine` (my tasks), status, contact, action, search. */
export function taskFilter(filter: Record<string, unknown>): TaskFilter {
  const out: TaskFilter = {};
  if (filter.mine === true) out.mine = true;
  const status = asList(filter.status as TaskStatus[]);
  if (status) out.status = status;
  const contact = asList(filter.contactId as string);
  if (contact) out.contact = contact;
  const action = asList(filter.actionId as string);
  if (action) out.action = action;
  if (typeof filter.q === 'string' && filter.q.trim()) out.search = filter.q.trim();
  return out;
}

/** The tasks plugin's custom methods. */
export type TasksDataProvider = {
  /** Marks a task DONE (completedAt: now). */
  completeTask(id: Identifier, version: number): Promise<void>;
};

type Linked = { id: string } | null | undefined;
/** Node → record: the linked contact, action and assignee as ids, for reference fields and inputs. */
const toRecord = <N extends { id: string }>(node: N) => {
  const n = node as N & { contact?: Linked; action?: Linked; assignee?: Linked };
  return {
    ...node,
    contactId: n.contact?.id ?? null,
    actionId: n.action?.id ?? null,
    assigneeId: n.assignee?.id ?? null,
  };
};

const writable = ['title', 'description', 'dueDate', 'remindAt', 'status'] as const;
/** Form values → the API's input; an emptied optional text or date is sent as null. */
const input = (data: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((f) => f in data).map((f) => [f, data[f] === '' ? null : data[f]]));

/**
 * The `tasks` resource on the SDK: `tasks` (my tasks with `filter.mine`), one task by `node(id)`, `createTask` with
 * a contact and/or an action, `updateTask` with the version read, `deleteTask`; `completeTask` for the list's button.
 */
export function createTasksDataProvider(client: FideleClient): Partial<DataProvider> & TasksDataProvider {
  const { clear, ...base } = connectionResource({
    resource: 'tasks',
    list: (v) => client.withErrors.tasks(v),
    one: async (id) => {
      const r = await client.executeWithErrors(TaskDocument, { id });
      // `node(id)` answers any type: only a Task has a title (the other members of the union are empty).
      const node = r.data.node && 'title' in r.data.node ? (r.data.node as TaskFieldsFragment) : null;
      return { data: node, errors: r.errors };
    },
    filter: taskFilter,
    sortFields: taskSortFields,
    toRecord: (node, withheld) => ({ ...toRecord(node), _withheld: withheld }),
  });
  const rename = { contact: 'contactId', action: 'actionId', assignee: 'assigneeId' };
  return recordProvider<Partial<DataProvider> & TasksDataProvider>({
    ...base,
    create: (_r, { data }) =>
      raErrors(async () => {
        const d = data as Record<string, unknown>;
        const created = await client.createTask({
          input: {
            ...(input(d, writable) as { title: string; dueDate: string }),
            ...(d.contactId ? { contact: String(d.contactId) } : {}),
            ...(d.actionId ? { action: String(d.actionId) } : {}),
            ...(d.assigneeId ? { assignee: String(d.assigneeId) } : {}),
          },
        });
        clear();
        return { data: toRecord(created) as RaRecord };
      }, rename),
    update: (_r, { id, data, previousData }) =>
      raErrors(async () => {
        const d = data as Record<string, unknown>;
        const prev = previousData as Record<string, unknown>;
        const changed = writable.filter((f) => d[f] !== prev[f]);
        const updated = await client.updateTask({
          id: String(id),
          version: Number(prev.version),
          input: input(d, changed),
        });
        clear();
        return { data: toRecord(updated) as RaRecord };
      }, rename),
    delete: (_r, { id, previousData }) =>
      raErrors(async () => {
        await client.deleteTask({
          id: String(id),
          version: Number((previousData as unknown as { version: number }).version),
        });
        clear();
        return { data: previousData as RaRecord };
      }),
    completeTask: (id, version) =>
      raErrors(async () => {
        await client.updateTask({ id: String(id), version, input: { status: 'DONE' } });
        clear();
      }),
  });
}
