import type { FideleLocale, Messages } from '../../plugin';

export const stewardshipTranslations: Record<FideleLocale, Messages> = {
  en: {
    fidele: {
      stewardship: {
        menu: 'Proposals', title: 'Proposed changes', pending: 'Pending proposals', history: 'Decided proposals', mine: 'Fields I steward',
        none_pending: 'No proposal awaits a decision.', none_decided: 'No decision yet.', contact: 'Contact', field: 'Field',
        old_value: 'Current value', new_value: 'Proposed value', proposed_by: 'Proposed by', status: 'Status',
        statuses: { PENDING: 'Pending', ACCEPTED: 'Accepted', REJECTED: 'Rejected', SUPERSEDED: 'Superseded' },
        accept: 'Accept', reject: 'Reject', accept_named: 'Accept the change of %{field}', reject_named: 'Reject the change of %{field}',
        reject_title: 'Reject the proposal', reason: 'Reason (the proposer reads it)',
        done: { ACCEPTED: 'Change applied', SUPERSEDED: 'The field changed meanwhile: proposal superseded, nothing applied', REJECTED: 'Rejected', PENDING: '' },
        fields_title: 'Stewarded fields', steward_role: 'Steward role', add_field: 'Put under stewardship', unsteward: 'End the stewardship of %{field}',
        contact_history: 'Proposed changes',
      },
    },
  },
  fr: {
    fidele: {
      stewardship: {
        menu: 'Propositions', title: 'Modifications proposées', pending: 'Propositions en attente', history: 'Propositions tranchées', mine: 'Champs dont j\'ai la charge',
        none_pending: 'Aucune proposition en attente.', none_decided: 'Aucune décision pour l\'instant.', contact: 'Contact', field: 'Champ',
        old_value: 'Valeur actuelle', new_value: 'Valeur proposée', proposed_by: 'Proposé par', status: 'Statut',
        statuses: { PENDING: 'En attente', ACCEPTED: 'Acceptée', REJECTED: 'Refusée', SUPERSEDED: 'Dépassée' },
        accept: 'Accepter', reject: 'Refuser', accept_named: 'Accepter la modification de %{field}', reject_named: 'Refuser la modification de %{field}',
        reject_title: 'Refuser la proposition', reason: 'Motif (lu par l\'auteur)',
        done: { ACCEPTED: 'Modification appliquée', SUPERSEDED: 'Le champ a changé entre-temps : proposition dépassée, rien n\'est appliqué', REJECTED: 'Refusée', PENDING: '' },
        fields_title: 'Champs sous responsabilité', steward_role: 'Rôle responsable', add_field: 'Placer sous responsabilité', unsteward: 'Retirer %{field} de la responsabilité',
        contact_history: 'Modifications proposées',
      },
    },
  },
};
