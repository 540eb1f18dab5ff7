import type { FideleLocale, Messages } from '../../plugin';

export const timelineTranslations: Record<FideleLocale, Messages> = {
  en: {
    fidele: {
      timeline: {
        title: 'Timeline',
        next: 'Next planned contact: %{when} — %{what}',
        nothing_planned: 'No contact planned.',
        filter: 'Show only',
        empty: 'Nothing yet.',
        more: 'Load more',
        next_step: 'Next step',
        promised: 'Promised',
        log: 'Log or plan an activity',
        done: 'Done (it happened)',
        planned: 'Planned (to do)',
        field: { status: 'Status', type: 'Type', occurredAt: 'When', subject: 'Subject', nextStep: 'Next step', promised: 'Promised to the client', endsAt: 'End', remindAt: 'Reminder', outcome: 'Outcome' },
        type: { CALL: 'Call', EMAIL: 'E-mail', MEETING: 'Meeting', VISIT_REPORT: 'Visit report', NOTE: 'Note' },
        kind: { ACTIVITY: 'Activity', TARGETING: 'Targeted', RESPONSE: 'Response', CONVERSION: 'Conversion', SALE: 'Sale', CASE: 'Case', SURVEY_RESPONSE: 'Survey' },
      },
    },
  },
  fr: {
    fidele: {
      timeline: {
        title: 'Chronologie',
        next: 'Prochain contact prévu : %{when} — %{what}',
        nothing_planned: 'Aucun contact prévu.',
        filter: 'Afficher seulement',
        empty: 'Rien pour l’instant.',
        more: 'Voir plus',
        next_step: 'Prochaine étape',
        promised: 'Promis',
        log: 'Noter ou prévoir une activité',
        done: 'Faite (c’est arrivé)',
        planned: 'Prévue (à faire)',
        field: { status: 'Statut', type: 'Type', occurredAt: 'Quand', subject: 'Objet', nextStep: 'Prochaine étape', promised: 'Promis au client', endsAt: 'Fin', remindAt: 'Rappel', outcome: 'Résultat' },
        type: { CALL: 'Appel', EMAIL: 'E-mail', MEETING: 'Rendez-vous', VISIT_REPORT: 'Compte rendu de visite', NOTE: 'Note' },
        kind: { ACTIVITY: 'Activité', TARGETING: 'Ciblage', RESPONSE: 'Remontée', CONVERSION: 'Transformation', SALE: 'Vente', CASE: 'Dossier SAV', SURVEY_RESPONSE: 'Enquête' },
      },
    },
  },
};
