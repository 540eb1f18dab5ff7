import type { FideleLocale } from '../../plugin';
import type { EnumLabels } from './api-enums';

/** Labels of the API's enums of consent, audit, staff, API keys, jobs, imports, exports and webhooks. */
export const platformEnumLabels: Record<
  FideleLocale,
  Pick<
    EnumLabels,
    | 'ConsentStatus'
    | 'ConsentSource'
    | 'LegalBasis'
    | 'AuditOperation'
    | 'AuditOutcome'
    | 'ActorType'
    | 'Role'
    | 'ApiCapability'
    | 'FieldRule'
    | 'DatabaseProvider'
    | 'JobKind'
    | 'JobRunState'
    | 'ImportEntity'
    | 'ImportFormat'
    | 'ImportContentEncoding'
    | 'ImportStatus'
    | 'ExportFormat'
    | 'ReportFormat'
    | 'WebhookEventType'
    | 'SubjectRequestType'
    | 'SubjectRequestStatus'
    | 'WebhookDeliveryStatus'
  >
> = {
  en: {
    ConsentStatus: {
      GRANTED: 'Granted',
      DENIED: 'Denied',
      WITHDRAWN: 'Withdrawn',
    },
    ConsentSource: {
      UNSUBSCRIBE_LINK: 'Unsubscribe link',
      PREFERENCE_CENTRE: 'Preference centre',
      COMPLAINT: 'Complaint',
      DOUBLE_OPT_IN: 'Double opt-in',
      RESPONSE_FORM: 'Response form',
      API: 'API',
      EMAIL: 'E-mail',
      IMPORT: 'Import',
      PAPER_FORM: 'Paper form',
      PHONE: 'Phone',
      STORE: 'In store',
      WEB_FORM: 'Web form',
      RETENTION: 'Retention period ended',
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
    AuditOutcome: {
      ALLOWED: 'Allowed',
      DENIED: 'Denied',
      FAILED: 'Failed',
    },
    ActorType: {
      API_KEY: 'API key',
      STAFF: 'Staff',
      SYSTEM: 'System',
    },
    Role: {
      ADMIN: 'Administrator',
      MARKETING: 'Marketing',
      SALES: 'Sales',
      SUPPORT: 'Customer support',
      ANALYST: 'Analyst',
    },
    ApiCapability: {
      RECORD_SALES: 'Record sales',
    },
    FieldRule: {
      CONFIDENTIAL: 'Confidential',
      PERSONAL: 'Personal data',
    },
    DatabaseProvider: {
      POSTGRESQL: 'PostgreSQL',
      SQLITE: 'SQLite',
    },
    JobKind: {
      QUEUED: 'Queued',
      SCHEDULED: 'Scheduled',
    },
    JobRunState: {
      FAILED: 'Failed',
      INTERRUPTED: 'Interrupted',
      PAUSED: 'Paused, rest queued',
      RETRYING: 'Failed, retried',
      RUNNING: 'Running',
      SUCCEEDED: 'Succeeded',
    },
    ImportEntity: {
      ACTION_RESPONSE: 'Action responses',
      CONTACT: 'Contacts',
      PRODUCT: 'Products',
      SALE: 'Sales',
    },
    ImportFormat: {
      CSV: 'CSV',
      XLSX: 'Excel (XLSX)',
    },
    ImportContentEncoding: {
      BASE64: 'Base64',
      TEXT: 'Text',
    },
    ImportStatus: {
      CANCELLED: 'Cancelled',
      COMPLETED: 'Completed',
      FAILED: 'Failed',
      PENDING: 'Pending',
      RUNNING: 'Running',
    },
    ExportFormat: {
      CSV: 'CSV',
      XLSX: 'Excel (XLSX)',
    },
    ReportFormat: {
      CSV: 'CSV',
      XLSX: 'Excel (XLSX)',
    },
    WebhookEventType: {
      CONSENT_CHANGED: 'Consent changed',
      CONTACT_CREATED: 'Contact created',
      CONTACT_UPDATED: 'Contact changed',
      RESPONSE_RECORDED: 'Response recorded',
      SALE_RECORDED: 'Sale recorded',
    },
    WebhookDeliveryStatus: {
      DELIVERED: 'Delivered',
      FAILED: 'Failed',
      PENDING: 'Pending',
    },
    SubjectRequestType: {
      ACCESS: 'Access',
      ERASURE: 'Erasure',
      OBJECTION: 'Objection',
      PORTABILITY: 'Portability',
      RECTIFICATION: 'Rectification',
      RESTRICTION: 'Restriction of processing',
    },
    SubjectRequestStatus: {
      RECEIVED: 'Received',
      IN_PROGRESS: 'In progress',
      COMPLETED: 'Completed',
      REJECTED: 'Rejected',
    },
  },
  fr: {
    ConsentStatus: {
      GRANTED: 'Accordé',
      DENIED: 'Refusé',
      WITHDRAWN: 'Retiré',
    },
    ConsentSource: {
      UNSUBSCRIBE_LINK: 'Lien de désabonnement',
      PREFERENCE_CENTRE: 'Centre de préférences',
      COMPLAINT: 'Plainte',
      DOUBLE_OPT_IN: 'Double opt-in',
      RESPONSE_FORM: 'Formulaire de réponse',
      API: 'API',
      EMAIL: 'E-mail',
      IMPORT: 'Import',
      PAPER_FORM: 'Formulaire papier',
      PHONE: 'Téléphone',
      STORE: 'En magasin',
      WEB_FORM: 'Formulaire web',
      RETENTION: 'Fin de la durée de conservation',
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
    AuditOutcome: {
      ALLOWED: 'Autorisé',
      DENIED: 'Refusé',
      FAILED: 'Échec',
    },
    ActorType: {
      API_KEY: 'Clé d’API',
      STAFF: 'Personnel',
      SYSTEM: 'Système',
    },
    Role: {
      ADMIN: 'Administrateur',
      MARKETING: 'Marketing',
      SALES: 'Commercial',
      SUPPORT: 'Service client',
      ANALYST: 'Analyste',
    },
    ApiCapability: {
      RECORD_SALES: 'Enregistrer des ventes',
    },
    FieldRule: {
      CONFIDENTIAL: 'Confidentiel',
      PERSONAL: 'Donnée personnelle',
    },
    DatabaseProvider: {
      POSTGRESQL: 'PostgreSQL',
      SQLITE: 'SQLite',
    },
    JobKind: {
      QUEUED: 'En file',
      SCHEDULED: 'Planifiée',
    },
    JobRunState: {
      FAILED: 'Échouée',
      INTERRUPTED: 'Interrompue',
      PAUSED: 'En pause, suite en file',
      RETRYING: 'Échouée, relancée',
      RUNNING: 'En cours',
      SUCCEEDED: 'Réussie',
    },
    ImportEntity: {
      ACTION_RESPONSE: 'Remontées d’actions',
      CONTACT: 'Contacts',
      PRODUCT: 'Produits',
      SALE: 'Ventes',
    },
    ImportFormat: {
      CSV: 'CSV',
      XLSX: 'Excel (XLSX)',
    },
    ImportContentEncoding: {
      BASE64: 'Base64',
      TEXT: 'Texte',
    },
    ImportStatus: {
      CANCELLED: 'Annulé',
      COMPLETED: 'Terminé',
      FAILED: 'Échec',
      PENDING: 'En attente',
      RUNNING: 'En cours',
    },
    ExportFormat: {
      CSV: 'CSV',
      XLSX: 'Excel (XLSX)',
    },
    ReportFormat: {
      CSV: 'CSV',
      XLSX: 'Excel (XLSX)',
    },
    WebhookEventType: {
      CONSENT_CHANGED: 'Consentement modifié',
      CONTACT_CREATED: 'Contact créé',
      CONTACT_UPDATED: 'Contact modifié',
      RESPONSE_RECORDED: 'Remontée enregistrée',
      SALE_RECORDED: 'Vente enregistrée',
    },
    WebhookDeliveryStatus: {
      DELIVERED: 'Remis',
      FAILED: 'Échec',
      PENDING: 'En attente',
    },
    SubjectRequestType: {
      ACCESS: 'Accès',
      ERASURE: 'Effacement',
      OBJECTION: 'Opposition',
      PORTABILITY: 'Portabilité',
      RECTIFICATION: 'Rectification',
      RESTRICTION: 'Limitation du traitement',
    },
    SubjectRequestStatus: { RECEIVED: 'Reçue', IN_PROGRESS: 'En cours', COMPLETED: 'Traitée', REJECTED: 'Refusée' },
  },
};
