import type { FideleLocale, Messages } from '../../../plugin';

/** Labels of the action's Sending section (merged into the actions plugin's translations). */
export const sendingTranslations: Record<FideleLocale, Messages> = {
  en: {
    fidele: {
      sending: {
        title: 'Sending',
        send: 'Send',
        send_again: 'Send to new targets',
        confirm_title: 'Send this action?',
        confirm_body:
          'Every target except the control group receives the message, at the configured rate. Consent, channel opt-outs and addresses are checked again at send time.',
        cancel: 'Cancel',
        confirm: 'Send now',
        queued: 'Sending started',
        not_sent: 'Not sent yet.',
        progress: '%{done} of %{total} processed',
        done: 'Send complete',
        log: 'Delivery log',
        all: 'All statuses',
        status_filter: 'Status',
        contact: 'Contact',
        status: 'Status',
        reason: 'Reason',
        attempts: 'Attempts',
        sent_at: 'Sent',
        empty: 'No delivery.',
        shown: '%{shown} of %{total} shown',
        figures: {
          total: 'Deliveries',
          sent: 'Sent',
          delivered: 'Delivered',
          bounced: 'Bounced',
          complained: 'Complaints',
          failed: 'Failed',
          skipped: 'Skipped',
          opened: 'Opened',
          clicked: 'Clicked',
        },
      },
    },
  },
  fr: {
    fidele: {
      sending: {
        title: 'Envoi',
        send: 'Envoyer',
        send_again: 'Envoyer aux nouvelles cibles',
        confirm_title: 'Envoyer cette action ?',
        confirm_body:
          "Chaque cible hors groupe témoin reçoit le message, au rythme configuré. Consentement, oppositions par canal et adresses sont vérifiés de nouveau au moment de l'envoi.",
        cancel: 'Annuler',
        confirm: 'Envoyer maintenant',
        queued: 'Envoi lancé',
        not_sent: 'Pas encore envoyée.',
        progress: '%{done} sur %{total} traités',
        done: 'Envoi terminé',
        log: 'Journal des envois',
        all: 'Tous les statuts',
        status_filter: 'Statut',
        contact: 'Contact',
        status: 'Statut',
        reason: 'Motif',
        attempts: 'Tentatives',
        sent_at: 'Envoyé le',
        empty: 'Aucun envoi.',
        shown: '%{shown} sur %{total} affichés',
        figures: {
          total: 'Envois',
          sent: 'Envoyés',
          delivered: 'Délivrés',
          bounced: 'Rejetés',
          complained: 'Plaintes',
          failed: 'Échecs',
          skipped: 'Écartés',
          opened: 'Ouverts',
          clicked: 'Cliqués',
        },
      },
    },
  },
};

export const withSendingTranslations = (base: Record<FideleLocale, Messages>): Record<FideleLocale, Messages> => {
  const merge = (l: FideleLocale) => ({
    ...base[l],
    fidele: { ...(base[l].fidele as Messages), ...(sendingTranslations[l].fidele as Messages) },
  });
  return { en: merge('en'), fr: merge('fr') };
};
