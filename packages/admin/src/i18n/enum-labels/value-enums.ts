import type { FideleLocale } from '../../plugin';
import type { EnumLabels } from './api-enums';

/** Labels of the API's enums of sales, RFM and customer value models. */
export const valueEnumLabels: Record<
  FideleLocale,
  Pick<
    EnumLabels,
    | 'SaleChannel'
    | 'RfmSegment'
    | 'CohortBy'
    | 'ContactScoreKey'
    | 'FitWarning'
    | 'HorizonUnit'
    | 'LifetimeValueAssumption'
    | 'PurchaseModel'
    | 'ScoreSnapshotStatus'
  >
> = {
  en: {
    SaleChannel: {
      STORE: 'Store',
      WEB: 'Web',
      PHONE: 'Phone',
      MAIL_ORDER: 'Mail order',
      SALES_REP: 'Sales rep',
    },
    RfmSegment: {
      CHAMPIONS: 'Champions',
      LOYAL: 'Loyal',
      POTENTIAL_LOYALIST: 'Potential loyalists',
      NEW_CUSTOMER: 'New customers',
      PROMISING: 'Promising',
      NEED_ATTENTION: 'Need attention',
      ABOUT_TO_SLEEP: 'About to sleep',
      AT_RISK: 'At risk',
      CANNOT_LOSE: 'Cannot lose them',
      HIBERNATING: 'Hibernating',
      LOST: 'Lost',
    },
    CohortBy: {
      FIRST_PURCHASE_MONTH: 'Month of first purchase',
      SOURCE_ACTION: 'Source action',
    },
    ContactScoreKey: {
      FRAT_CATEGORY: 'FRAT category',
      FREQUENCY_SCORE: 'Frequency score',
      MONETARY_SCORE: 'Monetary score',
      PREDICTED_VALUE: 'Predicted value',
      PROBABILITY_ALIVE: 'Probability still active',
      RECENCY_SCORE: 'Recency score',
      RFM_SEGMENT: 'RFM segment',
    },
    FitWarning: {
      AT_BOUND: 'A parameter ran off towards 0 or infinity',
      HESSIAN_NOT_POSITIVE: 'The likelihood is flat: no standard errors',
      INFINITE_MEAN_SPEND: 'The spend model has no mean (q ≤ 1)',
      NOT_CONVERGED: 'The fit did not converge',
      NOT_FINITE: 'A parameter is not a finite number',
      NO_SPEND_HETEROGENEITY: 'The spend model sees no difference between buyers (q > 100)',
      UNCERTAIN: 'A standard error exceeds its estimate',
    },
    HorizonUnit: {
      MONTHS: 'Months',
      WEEKS: 'Weeks',
    },
    LifetimeValueAssumption: {
      DISCOUNTED: 'Discounted at 1% a month',
      DROPOUT_AFTER_ANY_PURCHASE: 'Drop-out after any purchase (MBG/NBD)',
      DROPOUT_ANY_TIME: 'Drop-out at any time (Pareto/NBD)',
      MARGIN_RATE_CONSTANT: 'Constant margin rate',
      ONE_TIME_BUYERS_ALIVE: 'One-time buyers count as active (BG/NBD)',
      PURCHASE_DAYS: 'Purchases counted as purchase days',
      SPEND_INDEPENDENT: 'Spend independent of frequency (Gamma-Gamma)',
    },
    PurchaseModel: {
      BG_NBD: 'BG/NBD',
      MBG_NBD: 'MBG/NBD',
      PARETO_NBD: 'Pareto/NBD',
    },
    ScoreSnapshotStatus: {
      COMPLETED: 'Completed',
      FAILED: 'Failed',
      RUNNING: 'Running',
    },
  },
  fr: {
    SaleChannel: {
      STORE: 'Magasin',
      WEB: 'Web',
      PHONE: 'Téléphone',
      MAIL_ORDER: 'Vente par correspondance',
      SALES_REP: 'Commercial',
    },
    RfmSegment: {
      CHAMPIONS: 'Champions',
      LOYAL: 'Fidèles',
      POTENTIAL_LOYALIST: 'Fidèles potentiels',
      NEW_CUSTOMER: 'Nouveaux clients',
      PROMISING: 'Prometteurs',
      NEED_ATTENTION: 'À surveiller',
      ABOUT_TO_SLEEP: 'En train de s’endormir',
      AT_RISK: 'À risque',
      CANNOT_LOSE: 'À ne pas perdre',
      HIBERNATING: 'En hibernation',
      LOST: 'Perdus',
    },
    CohortBy: {
      FIRST_PURCHASE_MONTH: 'Mois du premier achat',
      SOURCE_ACTION: 'Action d’origine',
    },
    ContactScoreKey: {
      FRAT_CATEGORY: 'Catégorie FRAT',
      FREQUENCY_SCORE: 'Score de fréquence',
      MONETARY_SCORE: 'Score de montant',
      PREDICTED_VALUE: 'Valeur prédite',
      PROBABILITY_ALIVE: 'Probabilité d’être encore actif',
      RECENCY_SCORE: 'Score de récence',
      RFM_SEGMENT: 'Segment RFM',
    },
    FitWarning: {
      AT_BOUND: 'Un paramètre part vers 0 ou l’infini',
      HESSIAN_NOT_POSITIVE: 'La vraisemblance est plate : pas d’écarts-types',
      INFINITE_MEAN_SPEND: 'Le modèle de montant n’a pas de moyenne (q ≤ 1)',
      NOT_CONVERGED: 'L’ajustement n’a pas convergé',
      NOT_FINITE: 'Un paramètre n’est pas un nombre fini',
      NO_SPEND_HETEROGENEITY: 'Le modèle de montant ne voit aucune différence entre clients (q > 100)',
      UNCERTAIN: 'Un écart-type dépasse son estimation',
    },
    HorizonUnit: {
      MONTHS: 'Mois',
      WEEKS: 'Semaines',
    },
    LifetimeValueAssumption: {
      DISCOUNTED: 'Actualisé à 1 % par mois',
      DROPOUT_AFTER_ANY_PURCHASE: 'Abandon après tout achat (MBG/NBD)',
      DROPOUT_ANY_TIME: 'Abandon à tout moment (Pareto/NBD)',
      MARGIN_RATE_CONSTANT: 'Taux de marge constant',
      ONE_TIME_BUYERS_ALIVE: 'Clients d’un seul achat comptés actifs (BG/NBD)',
      PURCHASE_DAYS: 'Achats comptés en jours d’achat',
      SPEND_INDEPENDENT: 'Montant indépendant de la fréquence (Gamma-Gamma)',
    },
    PurchaseModel: {
      BG_NBD: 'BG/NBD',
      MBG_NBD: 'MBG/NBD',
      PARETO_NBD: 'Pareto/NBD',
    },
    ScoreSnapshotStatus: {
      COMPLETED: 'Terminé',
      FAILED: 'Échec',
      RUNNING: 'En cours',
    },
  },
};
