import type {
  ActionMedium,
  ActionObjective,
  ActionStatus,
  ActorType,
  AuditOperation,
  AuditOutcome,
  Civility,
  ClassRank,
  ConsentSource,
  ConsentStatus,
  ContactKind,
  ExclusionReason,
  IncomeBand,
  LegalBasis,
  MaritalStatus,
  PipelineStage,
  ResponseChannel,
  RfmSegment,
  Role,
  SaleChannel,
} from '@fidele/sdk';
import type { FideleLocale } from '../plugin';

/** Every enum the admin labels, each typed by the API's enum so that a value added without a label fails the typecheck. */
export type EnumLabels = {
  ContactKind: Record<ContactKind, string>;
  ActionMedium: Record<ActionMedium, string>;
  Role: Record<Role, string>;
  PipelineStage: Record<PipelineStage, string>;
  ActionStatus: Record<ActionStatus, string>;
  SaleChannel: Record<SaleChannel, string>;
  ResponseChannel: Record<ResponseChannel, string>;
  RfmSegment: Record<RfmSegment, string>;
  ConsentStatus: Record<ConsentStatus, string>;
  Civility: Record<Civility, string>;
  ConsentSource: Record<ConsentSource, string>;
  LegalBasis: Record<LegalBasis, string>;
  AuditOperation: Record<AuditOperation, string>;
  AuditOutcome: Record<AuditOutcome, string>;
  ActorType: Record<ActorType, string>;
  IncomeBand: Record<IncomeBand, string>;
  MaritalStatus: Record<MaritalStatus, string>;
  ClassRank: Record<ClassRank, string>;
  ActionObjective: Record<ActionObjective, string>;
  ExclusionReason: Record<ExclusionReason, string>;
};

/**
 * Labels of the API's enums, shared by every plugin: `fidele.enum.<EnumName>.<VALUE>`. Typed by the enums so that
 * a value added to the API without a label fails the typecheck.
 */
export const enumMessages: Record<FideleLocale, { fidele: { enum: EnumLabels } }> = {
  en: {
    fidele: {
      enum: {
        ContactKind: {
          CLIENT: 'Client',
          PROSPECT: 'Prospect',
          FORMER_CLIENT: 'Former client',
          SUPPLIER: 'Supplier',
          BANKER: 'Banker',
          JOURNALIST: 'Journalist',
          RELATION: 'Relation',
        },
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
        Role: {
          ADMIN: 'Administrator',
          MARKETING: 'Marketing',
          SALES: 'Sales',
          SUPPORT: 'Customer support',
          ANALYST: 'Analyst',
        },
        PipelineStage: {
          NEW: 'New',
          CONTACTED: 'Contacted',
          REQUIREMENTS_STUDY: 'Requirements study',
          QUOTE_SENT: 'Quote sent',
          WON: 'Won',
          LOST: 'Lost',
        },
        ActionStatus: {
          DRAFT: 'Draft',
          PLANNED: 'Planned',
          RUNNING: 'Running',
          COMPLETED: 'Completed',
          CANCELLED: 'Cancelled',
        },
        SaleChannel: { STORE: 'Store', WEB: 'Web', PHONE: 'Phone', MAIL_ORDER: 'Mail order', SALES_REP: 'Sales rep' },
        ResponseChannel: {
          EMAIL_REPLY: 'E-mail reply',
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
        ConsentStatus: { GRANTED: 'Granted', DENIED: 'Denied', WITHDRAWN: 'Withdrawn' },
        Civility: { MR: 'Mr', MRS: 'Mrs', MX: 'Mx' },
        ConsentSource: {
          API: 'API',
          EMAIL: 'E-mail',
          IMPORT: 'Import',
          PAPER_FORM: 'Paper form',
          PHONE: 'Phone',
          STORE: 'In store',
          WEB_FORM: 'Web form',
        },
        LegalBasis: {
          CONSENT: 'Consent',
          CONTRACT: 'Contract',
          LEGAL_OBLIGATION: 'Legal obligation',
          LEGITIMATE_INTEREST: 'Legitimate interest',
          PUBLIC_TASK: 'Public task',
          VITAL_INTEREST: 'Vital interest',
        },
        AuditOperation: {
          CREATE: 'Create',
          DELETE: 'Delete',
          EXPORT: 'Export',
          IMPORT: 'Import',
          LOGIN: 'Login',
          MERGE: 'Merge',
          READ: 'Read',
          RESTORE: 'Restore',
          UPDATE: 'Update',
        },
        AuditOutcome: { ALLOWED: 'Allowed', DENIED: 'Denied', FAILED: 'Failed' },
        ActorType: { API_KEY: 'API key', STAFF: 'Staff', SYSTEM: 'System' },
        IncomeBand: {
          UNDER_20K: 'Under €20k',
          FROM_20K_TO_35K: '€20k to €35k',
          FROM_35K_TO_50K: '€35k to €50k',
          FROM_50K_TO_80K: '€50k to €80k',
          OVER_80K: 'Over €80k',
        },
        MaritalStatus: {
          SINGLE: 'Single',
          MARRIED: 'Married',
          CIVIL_UNION: 'Civil union',
          DIVORCED: 'Divorced',
          WIDOWED: 'Widowed',
          SEPARATED: 'Separated',
        },
        ClassRank: { A: 'A (highest)', B: 'B', C: 'C', D: 'D (lowest)' },
        ActionObjective: {
          ACQUISITION: 'Acquisition',
          LOYALTY: 'Loyalty',
          REACTIVATION: 'Reactivation',
          UP_SELL: 'Up-sell',
          WIN_BACK: 'Win-back',
          INFORMATION: 'Information',
        },
      },
    },
  },
  fr: {
    fidele: {
      enum: {
        ContactKind: {
          CLIENT: 'Client',
          PROSPECT: 'Prospect',
          FORMER_CLIENT: 'Ancien client',
          SUPPLIER: 'Fournisseur',
          BANKER: 'Banquier',
          JOURNALIST: 'Journaliste',
          RELATION: 'Relation',
        },
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
        Role: {
          ADMIN: 'Administrateur',
          MARKETING: 'Marketing',
          SALES: 'Commercial',
          SUPPORT: 'Service client',
          ANALYST: 'Analyste',
        },
        PipelineStage: {
          NEW: 'Nouveau',
          CONTACTED: 'Contacté',
          REQUIREMENTS_STUDY: 'Étude des besoins',
          QUOTE_SENT: 'Devis envoyé',
          WON: 'Gagné',
          LOST: 'Perdu',
        },
        ActionStatus: {
          DRAFT: 'Brouillon',
          PLANNED: 'Planifiée',
          RUNNING: 'En cours',
          COMPLETED: 'Terminée',
          CANCELLED: 'Annulée',
        },
        SaleChannel: {
          STORE: 'Magasin',
          WEB: 'Web',
          PHONE: 'Téléphone',
          MAIL_ORDER: 'Vente par correspondance',
          SALES_REP: 'Commercial',
        },
        ResponseChannel: {
          EMAIL_REPLY: 'Réponse par e-mail',
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
        ConsentStatus: { GRANTED: 'Accordé', DENIED: 'Refusé', WITHDRAWN: 'Retiré' },
        Civility: { MR: 'M.', MRS: 'Mme', MX: 'Mx' },
        ConsentSource: {
          API: 'API',
          EMAIL: 'E-mail',
          IMPORT: 'Import',
          PAPER_FORM: 'Formulaire papier',
          PHONE: 'Téléphone',
          STORE: 'En magasin',
          WEB_FORM: 'Formulaire web',
        },
        LegalBasis: {
          CONSENT: 'Consentement',
          CONTRACT: 'Contrat',
          LEGAL_OBLIGATION: 'Obligation légale',
          LEGITIMATE_INTEREST: 'Intérêt légitime',
          PUBLIC_TASK: 'Mission d’intérêt public',
          VITAL_INTEREST: 'Intérêts vitaux',
        },
        AuditOperation: {
          CREATE: 'Création',
          DELETE: 'Suppression',
          EXPORT: 'Export',
          IMPORT: 'Import',
          LOGIN: 'Connexion',
          MERGE: 'Fusion',
          READ: 'Lecture',
          RESTORE: 'Restauration',
          UPDATE: 'Modification',
        },
        AuditOutcome: { ALLOWED: 'Autorisé', DENIED: 'Refusé', FAILED: 'Échec' },
        ActorType: { API_KEY: 'Clé d’API', STAFF: 'Personnel', SYSTEM: 'Système' },
        IncomeBand: {
          UNDER_20K: 'Moins de 20 k€',
          FROM_20K_TO_35K: '20 à 35 k€',
          FROM_35K_TO_50K: '35 à 50 k€',
          FROM_50K_TO_80K: '50 à 80 k€',
          OVER_80K: 'Plus de 80 k€',
        },
        MaritalStatus: {
          SINGLE: 'Célibataire',
          MARRIED: 'Marié·e',
          CIVIL_UNION: 'Pacsé·e',
          DIVORCED: 'Divorcé·e',
          WIDOWED: 'Veuf·ve',
          SEPARATED: 'Séparé·e',
        },
        ClassRank: { A: 'A (la plus haute)', B: 'B', C: 'C', D: 'D (la plus basse)' },
        ActionObjective: {
          ACQUISITION: 'Conquête',
          LOYALTY: 'Fidélisation',
          REACTIVATION: 'Réactivation',
          UP_SELL: 'Montée en gamme',
          WIN_BACK: 'Reconquête',
          INFORMATION: 'Information',
        },
      },
    },
  },
};

/** The translation key of an enum value's label. */
export const enumLabelKey = (enumName: keyof EnumLabels, value: string): string => `fidele.enum.${enumName}.${value}`;
