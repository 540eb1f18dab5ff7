import type { FideleLocale, Messages } from '../../plugin';

export const segmentsTranslations: Record<FideleLocale, Messages> = {
  en: {
    resources: {
      segments: {
        name: 'Segment |||| Segments',
        fields: {
          name: 'Name', description: 'Description', kind: 'Kind', count: 'Contacts', memberCount: 'Frozen members', frozenAt: 'Frozen on',
          brandId: 'Brand', updatedAt: 'Updated', q: 'Search',
        },
      },
    },
    fidele: {
      segments: {
        kind: { DYNAMIC: 'Dynamic', STATIC: 'Static' },
        kind_help: 'Dynamic: re-evaluated each time. Static: the members are frozen now.',
        all_brands: 'All brands',
        members: 'Members',
        no_members: 'No member you may see.',
        city: 'City',
        withheld: '(identity withheld)',
        freeze: 'Freeze members',
        frozen: '%{smart_count} member frozen |||| %{smart_count} members frozen',
        preview_count: '%{smart_count} contact matches |||| %{smart_count} contacts match',
        preview_counting: 'Counting…',
        preview_error: 'These criteria cannot be counted: %{message}',
        interest: {
          SPORTS: 'Sports', CULTURE: 'Culture', TECHNOLOGY: 'Technology', TRAVEL: 'Travel', GASTRONOMY: 'Gastronomy', FASHION: 'Fashion',
          HOME: 'Home', FINANCE: 'Finance', HEALTH: 'Health', ENVIRONMENT: 'Environment',
        },
        history: { TARGETED: 'Targeted by', NOT_TARGETED: 'Not targeted by', RESPONDED: 'Responded to', DID_NOT_RESPOND: 'Did not respond to' },
        criteria: {
          contacts: 'Contacts', kinds: 'Kinds', brands: 'Brands', zones: 'Zones', search: 'Name, e-mail or city contains',
          personal_help: 'Personal: only contacts whose consent covers your purpose can match.', postal_code: 'Postal code starts with',
          revenue_class: 'Revenue class', interests: 'Interests',
          purchases: 'Purchases', categories: 'Categories bought', from: 'Bought from', to: 'Bought until',
          min_purchases: 'At least (purchases)', max_purchases: 'At most (purchases)', min_revenue: 'Revenue at least', max_revenue: 'Revenue at most',
          responses: 'Response history', action: 'Action', history: 'Condition',
          scores: 'Scores and consents', rfm_segments: 'RFM segments', rfm_brand: 'Scores of', all_brands: 'All brands together', consents: 'Consented to',
        },
        target: {
          open: 'Target an action', title: 'Target an action from this segment', action: 'Action (planned or running)',
          control_percent: 'Control group (%)', control_help: 'Held out at random, never sent, kept to measure the uplift.',
          dry_run: 'Simulate only (create no target)', submit: 'Target',
        },
        report: {
          title: 'Targeting report',
          summary: '%{candidates} candidates: %{targeted} targeted, %{control} in the control group, %{excluded} excluded.',
          summary_dry: 'Simulation: %{candidates} candidates: %{targeted} would be targeted, %{control} held out, %{excluded} excluded.',
          by_reason: 'Excluded, by reason', none_excluded: 'Nobody was excluded.', reason: 'Reason', count: 'Contacts',
          first_exclusions: 'First exclusions', contact: 'Contact', detail: 'Detail',
        },
        reason: {
          NO_CONSENT: 'No consent for the purpose', CHANNEL_OPT_OUT: 'Opted out of the channel', NO_CHANNEL_ADDRESS: 'No address for the channel',
          PRESSURE_CAP: 'Solicitation cap reached', LOWER_PRIORITY: 'Kept for a higher-priority action', ALREADY_TARGETED: 'Already targeted',
          RESTRICTED: 'Deleted, merged or erased', OUT_OF_SCOPE: "Not of the action's brand",
        },
        pressure: {
          menu: 'Commercial pressure', title: 'Commercial pressure rules',
          help: 'A contact is solicited at most N times in a rolling period (control groups do not count). When actions compete, the higher priority wins.',
          brand: 'Brand', medium: 'Medium', all_media: 'All media', max: 'Max solicitations', days: 'Period (days)', add: 'Add rule',
        },
      },
    },
  },
  fr: {
    resources: {
      segments: {
        name: 'Segment |||| Segments',
        fields: {
          name: 'Nom', description: 'Description', kind: 'Type', count: 'Contacts', memberCount: 'Membres figés', frozenAt: 'Figé le',
          brandId: 'Marque', updatedAt: 'Modifié', q: 'Recherche',
        },
      },
    },
    fidele: {
      segments: {
        kind: { DYNAMIC: 'Dynamique', STATIC: 'Statique' },
        kind_help: 'Dynamique : réévalué à chaque fois. Statique : les membres sont figés maintenant.',
        all_brands: 'Toutes les marques',
        members: 'Membres',
        no_members: 'Aucun membre visible.',
        city: 'Ville',
        withheld: '(identité masquée)',
        freeze: 'Figer les membres',
        frozen: '%{smart_count} membre figé |||| %{smart_count} membres figés',
        preview_count: '%{smart_count} contact correspond |||| %{smart_count} contacts correspondent',
        preview_counting: 'Comptage…',
        preview_error: 'Ces critères ne peuvent pas être comptés : %{message}',
        interest: {
          SPORTS: 'Sport', CULTURE: 'Culture', TECHNOLOGY: 'Technologie', TRAVEL: 'Voyage', GASTRONOMY: 'Gastronomie', FASHION: 'Mode',
          HOME: 'Maison', FINANCE: 'Finance', HEALTH: 'Santé', ENVIRONMENT: 'Environnement',
        },
        history: { TARGETED: 'Ciblé par', NOT_TARGETED: 'Non ciblé par', RESPONDED: 'A répondu à', DID_NOT_RESPOND: "N'a pas répondu à" },
        criteria: {
          contacts: 'Contacts', kinds: 'Types', brands: 'Marques', zones: 'Zones', search: 'Nom, e-mail ou ville contient',
          personal_help: 'Donnée personnelle : seuls les contacts dont le consentement couvre votre finalité peuvent correspondre.',
          postal_code: 'Code postal commençant par', revenue_class: "Classe de chiffre d'affaires", interests: "Centres d'intérêt",
          purchases: 'Achats', categories: 'Catégories achetées', from: 'Acheté depuis le', to: "Acheté jusqu'au",
          min_purchases: 'Au moins (achats)', max_purchases: 'Au plus (achats)', min_revenue: "Chiffre d'affaires au moins", max_revenue: "Chiffre d'affaires au plus",
          responses: 'Historique de réponse', action: 'Action', history: 'Condition',
          scores: 'Scores et consentements', rfm_segments: 'Segments RFM', rfm_brand: 'Scores de', all_brands: 'Toutes marques confondues', consents: 'A consenti à',
        },
        target: {
          open: 'Cibler une action', title: 'Cibler une action à partir de ce segment', action: 'Action (planifiée ou en cours)',
          control_percent: 'Groupe témoin (%)', control_help: "Tiré au hasard, jamais sollicité, conservé pour mesurer l'effet de l'action.",
          dry_run: 'Simuler seulement (aucune cible créée)', submit: 'Cibler',
        },
        report: {
          title: 'Rapport de ciblage',
          summary: '%{candidates} candidats : %{targeted} ciblés, %{control} dans le groupe témoin, %{excluded} exclus.',
          summary_dry: 'Simulation : %{candidates} candidats : %{targeted} seraient ciblés, %{control} mis de côté, %{excluded} exclus.',
          by_reason: 'Exclus, par motif', none_excluded: "Personne n'a été exclu.", reason: 'Motif', count: 'Contacts',
          first_exclusions: 'Premières exclusions', contact: 'Contact', detail: 'Détail',
        },
        reason: {
          NO_CONSENT: 'Pas de consentement pour la finalité', CHANNEL_OPT_OUT: 'Opposé au canal', NO_CHANNEL_ADDRESS: 'Pas de coordonnée pour le canal',
          PRESSURE_CAP: 'Plafond de sollicitations atteint', LOWER_PRIORITY: 'Réservé à une action prioritaire', ALREADY_TARGETED: 'Déjà ciblé',
          RESTRICTED: 'Supprimé, fusionné ou effacé', OUT_OF_SCOPE: "Pas de la marque de l'action",
        },
        pressure: {
          menu: 'Pression commerciale', title: 'Règles de pression commerciale',
          help: "Un contact est sollicité au plus N fois sur une période glissante (les groupes témoins ne comptent pas). Quand des actions se concurrencent, la plus prioritaire l'emporte.",
          brand: 'Marque', medium: 'Média', all_media: 'Tous les médias', max: 'Sollicitations max.', days: 'Période (jours)', add: 'Ajouter la règle',
        },
      },
    },
  },
};
