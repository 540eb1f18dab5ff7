import type { FideleLocale } from '../../plugin';
import type { EnumLabels } from './api-enums';

/** Labels of the API's enums of marketing actions, targeting, segments, triggers and sending. */
export const campaignsEnumLabels: Record<
  FideleLocale,
  Pick<
    EnumLabels,
    | 'ActionMedium'
    | 'ActionObjective'
    | 'ActionStatus'
    | 'ResponseChannel'
    | 'ExclusionReason'
    | 'SynopticState'
    | 'TargetingSource'
    | 'FollowUpCondition'
    | 'ResponseHistory'
    | 'SegmentKind'
    | 'TriggerKind'
    | 'DeliveryStatus'
    | 'PromiseType'
    | 'PromiseSource'
    | 'UpliftTestMethod'
  >
> = {
  en: {
    ActionMedium: {
      DOOR_TO_DOOR: 'Door to door',
      EMAIL: 'Email',
      EVENT: 'Event',
      FAX_MAILING: 'Fax mailing',
      MAILING: 'Mailing',
      NEWSLETTER: 'Newsletter',
      PRESS: 'Press',
      SMS: 'SMS',
      TELEMARKETING: 'Telemarketing',
      WEB: 'Web',
    },
    ActionObjective: {
      ACQUISITION: 'Acquisition',
      LOYALTY: 'Loyalty',
      REACTIVATION: 'Reactivation',
      UP_SELL: 'Up-sell',
      WIN_BACK: 'Win-back',
      INFORMATION: 'Information',
    },
    ActionStatus: {
      DRAFT: 'Draft',
      PLANNED: 'Planned',
      RUNNING: 'Running',
      COMPLETED: 'Completed',
      CANCELLED: 'Cancelled',
    },
    ResponseChannel: {
      EMAIL_REPLY: 'E-mail reply',
      EMAIL_CLICK: 'E-mail click',
      SMS_REPLY: 'SMS reply',
      FAX_COUPON: 'Fax coupon',
      MAIL_COUPON: 'Mail coupon',
      PHONE: 'Phone',
      STORE_VISIT: 'Store visit',
      WEB: 'Web',
    },
    ExclusionReason: {
      NO_CONSENT: 'No consent for the purpose',
      CHANNEL_OPT_OUT: 'Opted out of the channel',
      NO_CHANNEL_ADDRESS: 'No address for the channel',
      PRESSURE_CAP: 'Solicitation cap reached',
      LOWER_PRIORITY: 'Kept for a higher-priority action',
      ALREADY_TARGETED: 'Already targeted',
      RESTRICTED: 'Deleted, merged or erased',
      OUT_OF_SCOPE: "Not of the action's brand",
    },
    SynopticState: {
      CONVERTED: 'Converted',
      HELD_OUT: 'Held out (control group)',
      RESPONDED: 'Responded',
      TARGETED: 'Targeted',
    },
    TargetingSource: {
      LIST: 'List',
      SEGMENT: 'Segment',
      SEQUENCE: 'Sequence',
      TRIGGER: 'Trigger',
    },
    FollowUpCondition: {
      ALL: 'All targets',
      NO_RESPONSE: 'Targets who did not respond',
      RESPONDED: 'Targets who responded',
    },
    ResponseHistory: {
      DID_NOT_RESPOND: 'Did not respond to',
      NOT_TARGETED: 'Not targeted by',
      RESPONDED: 'Responded to',
      TARGETED: 'Targeted by',
    },
    SegmentKind: {
      DYNAMIC: 'Dynamic',
      STATIC: 'Static',
    },
    TriggerKind: {
      CATEGORY_PURCHASE: 'Purchase in a category',
      FIRST_PURCHASE: 'First purchase',
      FIRST_PURCHASE_ANNIVERSARY: 'Anniversary of the first purchase',
      NO_PURCHASE_FOR_DAYS: 'No purchase for N days',
      SCORE_CHANGE: 'RFM segment change',
    },
    DeliveryStatus: {
      BOUNCED: 'Bounced',
      COMPLAINED: 'Complaint',
      DELIVERED: 'Delivered',
      FAILED: 'Failed',
      QUEUED: 'Queued',
      SENT: 'Sent',
      SKIPPED: 'Skipped',
    },
    PromiseType: {
      DISCOUNT: 'Discount',
      FREE_RIGHTS: 'Free rights',
      GIFT: 'Gift',
      NONE: 'None',
    },
    PromiseSource: {
      ACTION: 'Marketing action',
      ACTIVITY: 'Activity',
    },
    UpliftTestMethod: {
      FISHER_EXACT: "Fisher's exact test",
      Z_TEST: 'Z-test',
    },
  },
  fr: {
    ActionMedium: {
      DOOR_TO_DOOR: 'Porte-à-porte',
      EMAIL: 'E-mail',
      EVENT: 'Événement',
      FAX_MAILING: 'Fax-mailing',
      MAILING: 'Publipostage',
      NEWSLETTER: 'Lettre d’information',
      PRESS: 'Presse',
      SMS: 'SMS',
      TELEMARKETING: 'Télémarketing',
      WEB: 'Web',
    },
    ActionObjective: {
      ACQUISITION: 'Conquête',
      LOYALTY: 'Fidélisation',
      REACTIVATION: 'Réactivation',
      UP_SELL: 'Montée en gamme',
      WIN_BACK: 'Reconquête',
      INFORMATION: 'Information',
    },
    ActionStatus: {
      DRAFT: 'Brouillon',
      PLANNED: 'Planifiée',
      RUNNING: 'En cours',
      COMPLETED: 'Terminée',
      CANCELLED: 'Annulée',
    },
    ResponseChannel: {
      EMAIL_REPLY: 'Réponse par e-mail',
      EMAIL_CLICK: 'Clic dans un e-mail',
      SMS_REPLY: 'Réponse par SMS',
      FAX_COUPON: 'Coupon par fax',
      MAIL_COUPON: 'Coupon-réponse',
      PHONE: 'Téléphone',
      STORE_VISIT: 'Visite en magasin',
      WEB: 'Web',
    },
    ExclusionReason: {
      NO_CONSENT: 'Pas de consentement pour la finalité',
      CHANNEL_OPT_OUT: 'Opposé au canal',
      NO_CHANNEL_ADDRESS: 'Pas de coordonnée pour le canal',
      PRESSURE_CAP: 'Plafond de sollicitations atteint',
      LOWER_PRIORITY: 'Réservé à une action prioritaire',
      ALREADY_TARGETED: 'Déjà ciblé',
      RESTRICTED: 'Supprimé, fusionné ou effacé',
      OUT_OF_SCOPE: "Pas de la marque de l'action",
    },
    SynopticState: {
      CONVERTED: 'Transformé',
      HELD_OUT: 'Exclu (groupe témoin)',
      RESPONDED: 'A répondu',
      TARGETED: 'Ciblé',
    },
    TargetingSource: {
      LIST: 'Liste',
      SEGMENT: 'Segment',
      SEQUENCE: 'Séquence',
      TRIGGER: 'Déclencheur',
    },
    FollowUpCondition: {
      ALL: 'Toutes les cibles',
      NO_RESPONSE: 'Cibles sans réponse',
      RESPONDED: 'Cibles ayant répondu',
    },
    ResponseHistory: {
      DID_NOT_RESPOND: "N'a pas répondu à",
      NOT_TARGETED: 'Non ciblé par',
      RESPONDED: 'A répondu à',
      TARGETED: 'Ciblé par',
    },
    SegmentKind: {
      DYNAMIC: 'Dynamique',
      STATIC: 'Statique',
    },
    TriggerKind: {
      CATEGORY_PURCHASE: 'Achat dans une catégorie',
      FIRST_PURCHASE: 'Premier achat',
      FIRST_PURCHASE_ANNIVERSARY: 'Anniversaire du premier achat',
      NO_PURCHASE_FOR_DAYS: 'Pas d’achat depuis N jours',
      SCORE_CHANGE: 'Changement de segment RFM',
    },
    DeliveryStatus: {
      BOUNCED: 'Rejeté',
      COMPLAINED: 'Plainte',
      DELIVERED: 'Délivré',
      FAILED: 'Échec',
      QUEUED: 'En attente',
      SENT: 'Envoyé',
      SKIPPED: 'Écarté',
    },
    PromiseType: {
      DISCOUNT: 'Remise',
      FREE_RIGHTS: 'Droits gratuits',
      GIFT: 'Cadeau',
      NONE: 'Aucune',
    },
    PromiseSource: {
      ACTION: 'Action marketing',
      ACTIVITY: 'Activité',
    },
    UpliftTestMethod: {
      FISHER_EXACT: 'Test exact de Fisher',
      Z_TEST: 'Test Z',
    },
  },
};
