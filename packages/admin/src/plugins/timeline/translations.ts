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
        kind: { ACTIVITY: 'Activité', TARGETING: 'Ciblage', RESPONSE: 'Remontée', CONVERSION: 'Transformation', SALE: 'Vente', CASE: 'Dossier SAV', SURVEY_RESPONSE: 'Enquête' },
      },
    },
  },
};
