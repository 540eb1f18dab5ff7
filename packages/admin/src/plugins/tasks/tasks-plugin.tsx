import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createTasksDataProvider } from './tasks-data-provider';
import { TaskCreate, TaskEdit, TaskList } from './TaskPages';
import { tasksTranslations } from './translations';

/**
 * Tasks: "my tasks" (the list opens on the tasks assigned to you that are still open), create a task about a
 * contact and/or a marketing action, edit it, mark it done.
 */
export function tasksPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'tasks',
      resources: [
        {
          name: 'tasks',
          icon: TaskAltIcon,
          list: TaskList,
          create: TaskCreate,
          edit: TaskEdit,
          recordRepresentation: 'title',
        },
      ],
      access: {
        tasks: { type: 'Task', list: 'tasks', create: 'createTask', edit: 'updateTask', delete: 'deleteTask' },
      },
      translations: tasksTranslations,
      dataProvider: ({ client }) => createTasksDataProvider(client),
    },
    options,
  );
}
