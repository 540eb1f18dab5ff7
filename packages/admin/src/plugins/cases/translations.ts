import type { FideleLocale, Messages } from '../../plugin';

const status = {
  en: { OPEN: 'Open', IN_PROGRESS: 'In progress', WAITING: 'Waiting', RESOLVED: 'Resolved', CLOSED: 'Closed' },
  fr: { OPEN: 'Ouvert', IN_PROGRESS: 'En cours', WAITING: 'En attente', RESOLVED: 'Résolu', CLOSED: 'Clos' },
};

export const casesTranslations: Record<FideleLocale, Messages> = {
  en: {
    resources: {
      cases: {
        name: 'Case |||| Cases',
        fields: {
          reference: 'Reference', openedAt: 'Opened', subject: 'Subject', description: 'Description', contactId: 'Contact', category: 'Category',
          priority: 'Priority', status: 'Status', assigneeId: 'Assignee', resolutionHours: 'Hours to resolution', mine: 'Assigned to me', q: 'Search',
        },
      },
    },
    fidele: {
      cases: {
        menu: 'Service cases',
        details: 'Case',
        workflow: 'Status',
        comment: 'Comment (optional)',
        add_comment: 'Add the comment',
        saved: 'Case updated',
        closed: 'This case is closed.',
        history: 'History',
        promises: 'Promised to the client',
        no_promises: 'Nothing was promised to this client.',
        from_action: 'Action',
        from_activity: 'Activity',
        status: status.en,
        move_to: { OPEN: 'Reopen', IN_PROGRESS: 'Start', WAITING: 'Wait for the client', RESOLVED: 'Resolve', CLOSED: 'Close' },
        category: { QUESTION: 'Question', COMPLAINT: 'Complaint', DELIVERY: 'Delivery', BILLING: 'Billing', PRODUCT_DEFECT: 'Product defect', RETURN: 'Return', DATA_REQUEST: 'Data request', OTHER: 'Other' },
        priority: { LOW: 'Low', NORMAL: 'Normal', HIGH: 'High', URGENT: 'Urgent' },
      },
    },
  },
  fr: {
    resources: {
      cases: {
        name: 'Dossier SAV |||| Dossiers SAV',
        fields: {
          reference: 'Référence', openedAt: 'Ouvert le', subject: 'Objet', description: 'Description', contactId: 'Contact', category: 'Catégorie',
          priority: 'Priorité', status: 'Statut', assigneeId: 'Responsable', resolutionHours: 'Heures jusqu’à résolution', mine: 'Qui me sont confiés', q: 'Recherche',
        },
      },
    },
    fidele: {
      cases: {
        menu: 'Service client',
        details: 'Dossier',
        workflow: 'Statut',
        comment: 'Commentaire (facultatif)',
        add_comment: 'Ajouter le commentaire',
        saved: 'Dossier mis à jour',
        closed: 'Ce dossier est clos.',
        history: 'Historique',
        promises: 'Promis au client',
        no_promises: 'Rien n’a été promis à ce client.',
        from_action: 'Action',
        from_activity: 'Activité',
        status: status.fr,
        move_to: { OPEN: 'Rouvrir', IN_PROGRESS: 'Prendre en charge', WAITING: 'Attendre le client', RESOLVED: 'Résoudre', CLOSED: 'Clore' },
        category: { QUESTION: 'Question', COMPLAINT: 'Réclamation', DELIVERY: 'Livraison', BILLING: 'Facturation', PRODUCT_DEFECT: 'Défaut produit', RETURN: 'Retour', DATA_REQUEST: 'Demande RGPD', OTHER: 'Autre' },
        priority: { LOW: 'Basse', NORMAL: 'Normale', HIGH: 'Haute', URGENT: 'Urgente' },
      },
    },
  },
};
