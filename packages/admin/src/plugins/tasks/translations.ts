import type { FideleLocale, Messages } from '../../plugin';

const fields = {
  en: {
    title: 'Title',
    description: 'Description',
    dueDate: 'Due',
    remindAt: 'Remind me at',
    status: 'Status',
    contactId: 'Contact',
    actionId: 'Marketing action',
    assigneeId: 'Assignee',
    mine: 'My tasks',
    q: 'Search',
  },
  fr: {
    title: 'Titre',
    description: 'Description',
    dueDate: 'Échéance',
    remindAt: 'Me le rappeler le',
    status: 'Statut',
    contactId: 'Contact',
    actionId: 'Action marketing',
    assigneeId: 'Responsable',
    mine: 'Mes tâches',
    q: 'Recherche',
  },
};

export const tasksTranslations: Record<FideleLocale, Messages> = {
  en: {
    resources: { tasks: { name: 'Task |||| Tasks', fields: fields.en } },
    fidele: {
      tasks: {
        menu: 'My tasks',
        mine: 'My tasks only',
        complete: 'Done',
        completed: 'Task done',
      },
    },
  },
  fr: {
    resources: { tasks: { name: 'Tâche |||| Tâches', fields: fields.fr } },
    fidele: {
      tasks: {
        menu: 'Mes tâches',
        mine: 'Mes tâches seulement',
        complete: 'Fait',
        completed: 'Tâche terminée',
      },
    },
  },
};
