import type { FideleLocale, Messages } from '../../plugin';

export const scoresTranslations: Record<FideleLocale, Messages> = {
  en: {
    fidele: {
      scores: {
        title: 'Scores',
        segment: 'RFM segment',
        rfm: 'RFM code',
        recency: 'Recency',
        recency_value: '%{days} days since the last purchase',
        frequency: 'Frequency',
        frequency_value: '%{count} purchases',
        monetary: 'Amount',
        score_of: '%{score}/5',
        clv: 'Predicted value (12 months)',
        alive: 'Probability still active',
        expected_purchases: 'Expected purchases (12 months)',
        no_model: 'No lifetime value model for this snapshot.',
        snapshot: 'Snapshot of %{date}',
        none: 'Not scored: this contact has no purchase in the latest snapshot, or no snapshot was computed yet.',
        consent: 'Consent required',
        consent_help: 'This contact has not consented to “%{purpose}”: individual scores are not shown.',
      },
    },
  },
  fr: {
    fidele: {
      scores: {
        title: 'Scores',
        segment: 'Segment RFM',
        rfm: 'Code RFM',
        recency: 'Récence',
        recency_value: '%{days} jours depuis le dernier achat',
        frequency: 'Fréquence',
        frequency_value: '%{count} achats',
        monetary: 'Montant',
        score_of: '%{score}/5',
        clv: 'Valeur prédite (12 mois)',
        alive: 'Probabilité d’être encore actif',
        expected_purchases: 'Achats attendus (12 mois)',
        no_model: 'Pas de modèle de valeur vie client pour cet instantané.',
        snapshot: 'Instantané du %{date}',
        none: 'Non scoré : ce contact n’a pas d’achat dans le dernier instantané, ou aucun instantané n’a encore été calculé.',
        consent: 'Consentement requis',
        consent_help: 'Ce contact n’a pas consenti à « %{purpose} » : ses scores individuels ne sont pas affichés.',
      },
    },
  },
};
