import type { FideleLocale, Messages } from '../../plugin';

export const casesTranslations: Record<FideleLocale, Messages> = {
  en: {
    resources: {
      cases: {
        name: 'Case |||| Cases',
        fields: {
          reference: 'Reference',
          openedAt: 'Opened',
          subject: 'Subject',
          description: 'Description',
          contactId: 'Contact',
          category: 'Category',
          priority: 'Priority',
          status: 'Status',
          assigneeId: 'Assignee',
          resolutionHours: 'Hours to resolution',
          mine: 'Assigned to me',
          q: 'Search',
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
        /** The server's comment on a case's opening (kernel/message-codes.ts `caseOpenedComment`). */
        opened_comment: 'Case opened',
        promises: 'Promised to the client',
        no_promises: 'Nothing was promised to this client.',
        from_action: 'Action',
        from_activity: 'Activity',
        /** The buttons that move a case to a status: verbs, not the status labels of `fidele.enum.CaseStatus`. */
        move_to: {
          OPEN: 'Reopen',
          IN_PROGRESS: 'Start',
          WAITING: 'Wait for the client',
          RESOLVED: 'Resolve',
          CLOSED: 'Close',
        },
      },
    },
  },
  fr: {
    resources: {
      cases: {
        name: 'Dossier SAV |||| Dossiers SAV',
        fields: {
          reference: 'Référence',
          openedAt: 'Ouvert le',
          subject: 'Objet',
          description: 'Description',
          contactId: 'Contact',
          category: 'Catégorie',
          priority: 'Priorité',
          status: 'Statut',
          assigneeId: 'Responsable',
          resolutionHours: 'Heures jusqu’à résolution',
          mine: 'Qui me sont confiés',
          q: 'Recherche',
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
        opened_comment: 'Dossier ouvert',
        promises: 'Promis au client',
        no_promises: 'Rien n’a été promis à ce client.',
        from_action: 'Action',
        from_activity: 'Activité',
        move_to: {
          OPEN: 'Rouvrir',
          IN_PROGRESS: 'Prendre en charge',
          WAITING: 'Attendre le client',
          RESOLVED: 'Résoudre',
          CLOSED: 'Clore',
        },
      },
    },
  },
};
