import type { FideleLocale, Messages } from '../../plugin';

export const actionsTranslations: Record<FideleLocale, Messages> = {
  en: {
    resources: {
      actions: {
        name: 'Marketing action |||| Marketing actions',
        fields: {
          code: 'Code', name: 'Name', medium: 'Medium', status: 'Status', startDate: 'Start', endDate: 'End', cost: 'Cost',
          targetCount: 'Targets', responseCount: 'Responses', conversionCount: 'Conversions', targetDescription: 'Target', q: 'Search', brandId: 'Brand',
          objective: 'Objective', requiredPurpose: 'Consent purpose required', controlGroupPercent: 'Control group (%)', responseChannels: 'Response channels', productIds: 'Products promoted',
          priority: 'Priority', attributionWindowDays: 'Attribution window (days)', previousActionId: 'Follows up',
          followUpCondition: 'Follow-up condition', followUpDelayDays: 'Follow-up delay (days)',
        },
      },
      targets: { name: 'Target |||| Targets' },
    },
    fidele: {
      actions: {
        action: 'Action',
        performance: 'Performance',
        performance_unavailable: 'Performance figures are not available to your role.',
        targeted: 'Targeted', responses: 'Responses', conversions: 'Conversions', buyers: 'Buyers',
        response_rate: 'Response rate', conversion_rate: 'Conversion rate', revenue: 'Attributed revenue',
        cost_per_response: 'Cost per response', uplift: 'Response uplift vs control',
        products: 'Products promoted', no_products: 'No product promoted.',
        targets: 'Targets', contact: 'Contact', targeted_at: 'Targeted on', control: 'Control group', responded: 'Responded', converted: 'Converted',
        whole_number: 'A whole number', sequence: 'Sequence', follow_ups: 'Follow-ups', no_follow_ups: 'No follow-up.', no_previous: 'none (first step)',
        follow_up_rule: '%{condition}, after %{smart_count} day |||| %{condition}, after %{smart_count} days',
        condition: { NO_RESPONSE: 'Targets who did not respond', RESPONDED: 'Targets who responded', ALL: 'All targets' },
      },
    },
  },
  fr: {
    resources: {
      actions: {
        name: 'Action marketing |||| Actions marketing',
        fields: {
          code: 'Code', name: 'Nom', medium: 'Média', status: 'Statut', startDate: 'Début', endDate: 'Fin', cost: 'Coût',
          targetCount: 'Cibles', responseCount: 'Réponses', conversionCount: 'Conversions', targetDescription: 'Cible', q: 'Recherche', brandId: 'Marque',
          objective: 'Objectif', requiredPurpose: 'Finalité de consentement requise', controlGroupPercent: 'Groupe témoin (%)', responseChannels: 'Canaux de réponse', productIds: 'Produits mis en avant',
          priority: 'Priorité', attributionWindowDays: 'Fenêtre d’attribution (jours)', previousActionId: 'Relance de',
          followUpCondition: 'Condition de relance', followUpDelayDays: 'Délai de relance (jours)',
        },
      },
      targets: { name: 'Cible |||| Cibles' },
    },
    fidele: {
      actions: {
        action: 'Action',
        performance: 'Performance',
        performance_unavailable: 'Les chiffres de performance ne sont pas accessibles à votre rôle.',
        targeted: 'Ciblés', responses: 'Réponses', conversions: 'Conversions', buyers: 'Acheteurs',
        response_rate: 'Taux de réponse', conversion_rate: 'Taux de conversion', revenue: 'Chiffre d’affaires attribué',
        cost_per_response: 'Coût par réponse', uplift: 'Gain de réponse vs groupe témoin',
        products: 'Produits mis en avant', no_products: 'Aucun produit mis en avant.',
        targets: 'Cibles', contact: 'Contact', targeted_at: 'Ciblé le', control: 'Groupe témoin', responded: 'A répondu', converted: 'Converti',
        whole_number: 'Un nombre entier', sequence: 'Séquence', follow_ups: 'Relances', no_follow_ups: 'Aucune relance.', no_previous: 'aucune (première étape)',
        follow_up_rule: '%{condition}, après %{smart_count} jour |||| %{condition}, après %{smart_count} jours',
        condition: { NO_RESPONSE: 'Cibles sans réponse', RESPONDED: 'Cibles ayant répondu', ALL: 'Toutes les cibles' },
      },
    },
  },
};
