import type { FideleLocale, Messages } from '../../plugin';

export const calendarTranslations: Record<FideleLocale, Messages> = {
  en: {
    fidele: {
      calendar: {
        menu: 'Calendar',
        title: 'My calendar',
        previous: 'Previous',
        next: 'Next',
        today: 'Today',
        view: 'View',
        day: 'Day',
        week: 'Week',
        month: 'Month',
        task: 'Task due',
        done: 'done',
        contact: 'Contact',
        empty: 'Nothing planned in this period.',
        count: '%{smart_count} entry |||| %{smart_count} entries',
        reminders: 'My reminders',
        no_reminders: 'No reminder waiting.',
        mark_read: 'Mark read',
        mark_done: 'Mark done',
        /** A planned VISIT_REPORT activity: an appointment in an agenda, not yet the shared "Visit report". */
        visit: 'Visit',
        /** A notification's line by its kind (the server's catalogue, kernel/message-codes.ts). */
        notification: {
          TASK_REMINDER: 'Task due %{due}: %{title}',
          ACTIVITY_REMINDER: '%{type} on %{at}: %{subject}',
          CHANGE_PROPOSAL: 'A change of %{field} on a contact awaits your decision.',
        },
      },
    },
  },
  fr: {
    fidele: {
      calendar: {
        menu: 'Agenda',
        title: 'Mon agenda',
        previous: 'Précédent',
        next: 'Suivant',
        today: 'Aujourd’hui',
        view: 'Vue',
        day: 'Jour',
        week: 'Semaine',
        month: 'Mois',
        task: 'Tâche à échéance',
        done: 'fait',
        contact: 'Contact',
        empty: 'Rien de prévu sur cette période.',
        count: '%{smart_count} entrée |||| %{smart_count} entrées',
        reminders: 'Mes rappels',
        no_reminders: 'Aucun rappel en attente.',
        mark_read: 'Marquer comme lu',
        mark_done: 'Marquer comme fait',
        visit: 'Visite',
        notification: {
          TASK_REMINDER: 'Tâche à échéance le %{due} : %{title}',
          ACTIVITY_REMINDER: '%{type} le %{at} : %{subject}',
          CHANGE_PROPOSAL: 'Une modification du champ « %{field} » d’un contact attend votre décision.',
        },
      },
    },
  },
};
