import type { FideleLocale } from '../../plugin';
import type { EnumLabels } from './api-enums';

/** Labels of the API's enums of activities, tasks, cases, surveys, stewardship proposals and the timeline. */
export const collaborationEnumLabels: Record<
  FideleLocale,
  Pick<
    EnumLabels,
    | 'ActivityOutcome'
    | 'ActivityStatus'
    | 'ActivityType'
    | 'CaseCategory'
    | 'CasePriority'
    | 'CaseStatus'
    | 'PlannedItemKind'
    | 'ProposalStatus'
    | 'SurveyQuestionType'
    | 'SurveyStatus'
    | 'TaskStatus'
    | 'TimelineKind'
  >
> = {
  en: {
    ActivityOutcome: {
      FOLLOW_UP: 'Follow up',
      INTERESTED: 'Interested',
      LEFT_MESSAGE: 'Left a message',
      NOT_INTERESTED: 'Not interested',
      NO_ANSWER: 'No answer',
      REACHED: 'Reached',
      SALE: 'Sale',
    },
    ActivityStatus: {
      CANCELLED: 'Cancelled',
      DONE: 'Done',
      PLANNED: 'Planned',
    },
    ActivityType: {
      CALL: 'Call',
      EMAIL: 'E-mail',
      MEETING: 'Meeting',
      NOTE: 'Note',
      VISIT_REPORT: 'Visit report',
    },
    CaseCategory: {
      BILLING: 'Billing',
      COMPLAINT: 'Complaint',
      DATA_REQUEST: 'Data request',
      DELIVERY: 'Delivery',
      OTHER: 'Other',
      PRODUCT_DEFECT: 'Product defect',
      QUESTION: 'Question',
      RETURN: 'Return',
    },
    CasePriority: {
      HIGH: 'High',
      LOW: 'Low',
      NORMAL: 'Normal',
      URGENT: 'Urgent',
    },
    CaseStatus: {
      CLOSED: 'Closed',
      IN_PROGRESS: 'In progress',
      OPEN: 'Open',
      RESOLVED: 'Resolved',
      WAITING: 'Waiting',
    },
    PlannedItemKind: {
      ACTIVITY: 'Activity',
      TASK: 'Task',
    },
    ProposalStatus: {
      ACCEPTED: 'Accepted',
      PENDING: 'Pending',
      REJECTED: 'Rejected',
      SUPERSEDED: 'Superseded',
    },
    SurveyQuestionType: {
      CHOICE: 'Choice',
      NPS: 'Recommendation (NPS, 0-10)',
      RATING: 'Rating',
      TEXT: 'Free text',
    },
    SurveyStatus: {
      CLOSED: 'Closed',
      DRAFT: 'Draft',
      OPEN: 'Open',
    },
    TaskStatus: {
      CANCELLED: 'Cancelled',
      DONE: 'Done',
      IN_PROGRESS: 'In progress',
      OPEN: 'Open',
    },
    TimelineKind: {
      ACTIVITY: 'Activity',
      BECAME_CLIENT: 'Became a client',
      CASE: 'Case',
      CONVERSION: 'Conversion',
      HELD_OUT: 'Held out (control group)',
      RESPONSE: 'Response',
      SALE: 'Sale',
      SURVEY_RESPONSE: 'Survey',
      TARGETING: 'Targeted',
    },
  },
  fr: {
    ActivityOutcome: {
      FOLLOW_UP: 'À relancer',
      INTERESTED: 'Intéressé',
      LEFT_MESSAGE: 'Message laissé',
      NOT_INTERESTED: 'Pas intéressé',
      NO_ANSWER: 'Pas de réponse',
      REACHED: 'Joint',
      SALE: 'Vente',
    },
    ActivityStatus: {
      CANCELLED: 'Annulée',
      DONE: 'Faite',
      PLANNED: 'Prévue',
    },
    ActivityType: {
      CALL: 'Appel',
      EMAIL: 'E-mail',
      MEETING: 'Rendez-vous',
      NOTE: 'Note',
      VISIT_REPORT: 'Compte rendu de visite',
    },
    CaseCategory: {
      BILLING: 'Facturation',
      COMPLAINT: 'Réclamation',
      DATA_REQUEST: 'Demande RGPD',
      DELIVERY: 'Livraison',
      OTHER: 'Autre',
      PRODUCT_DEFECT: 'Défaut produit',
      QUESTION: 'Question',
      RETURN: 'Retour',
    },
    CasePriority: {
      HIGH: 'Haute',
      LOW: 'Basse',
      NORMAL: 'Normale',
      URGENT: 'Urgente',
    },
    CaseStatus: {
      CLOSED: 'Clos',
      IN_PROGRESS: 'En cours',
      OPEN: 'Ouvert',
      RESOLVED: 'Résolu',
      WAITING: 'En attente',
    },
    PlannedItemKind: {
      ACTIVITY: 'Activité',
      TASK: 'Tâche',
    },
    ProposalStatus: {
      ACCEPTED: 'Acceptée',
      PENDING: 'En attente',
      REJECTED: 'Refusée',
      SUPERSEDED: 'Dépassée',
    },
    SurveyQuestionType: {
      CHOICE: 'Choix',
      NPS: 'Recommandation (NPS, 0-10)',
      RATING: 'Note',
      TEXT: 'Texte libre',
    },
    SurveyStatus: {
      CLOSED: 'Close',
      DRAFT: 'Brouillon',
      OPEN: 'Ouverte',
    },
    TaskStatus: {
      CANCELLED: 'Annulée',
      DONE: 'Faite',
      IN_PROGRESS: 'En cours',
      OPEN: 'À faire',
    },
    TimelineKind: {
      ACTIVITY: 'Activité',
      BECAME_CLIENT: 'Devenu client',
      CASE: 'Dossier SAV',
      CONVERSION: 'Transformation',
      HELD_OUT: 'Exclu (groupe témoin)',
      RESPONSE: 'Remontée',
      SALE: 'Vente',
      SURVEY_RESPONSE: 'Enquête',
      TARGETING: 'Ciblage',
    },
  },
};
