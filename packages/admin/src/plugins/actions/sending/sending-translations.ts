import type { FideleLocale, Messages } from '../../../plugin';

const reasonsEn = {
  NO_CONSENT: "The contact's consent no longer covers the action's purpose",
  CHANNEL_OPT_OUT: 'The contact opted out of this channel',
  NO_CHANNEL_ADDRESS: 'No valid address for this channel',
  RESTRICTED: 'The contact was deleted, merged or erased',
  OUT_OF_SCOPE: "Not of the action's brand",
  NO_MESSAGE: 'The action has no message to send',
  NOT_FOUND: 'The contact no longer exists',
  MAX_ATTEMPTS: 'The server kept refusing: gave up after the last retry',
  NO_ADAPTER: 'No channel of this deployment sends this medium',
  MAIL_OFF: 'E-mail is turned off on this deployment',
  HARD_BOUNCE: 'Hard bounce: the address does not exist',
  SMTP: 'The mail server refused the message (%{code})',
  COMPLAINT: 'The recipient reported the message as spam',
  SMS_NOT_MOBILE: 'Not a mobile number',
  SMS: 'The SMS provider refused the message (%{code})',
};
const reasonsFr = {
  NO_CONSENT: "Le consentement du contact ne couvre plus la finalité de l'action",
  CHANNEL_OPT_OUT: "Le contact s'est opposé à ce canal",
  NO_CHANNEL_ADDRESS: 'Aucune adresse valide pour ce canal',
  RESTRICTED: 'Contact supprimé, fusionné ou effacé',
  OUT_OF_SCOPE: "Hors de la marque de l'action",
  NO_MESSAGE: "L'action n'a pas de message à envoyer",
  NOT_FOUND: "Le contact n'existe plus",
  MAX_ATTEMPTS: 'Le serveur a refusé à chaque essai : abandon après la dernière tentative',
  NO_ADAPTER: 'Aucun canal de ce déploiement n’envoie ce média',
  MAIL_OFF: "L'e-mail est désactivé sur ce déploiement",
  HARD_BOUNCE: "Rejet définitif : l'adresse n'existe pas",
  SMTP: 'Le serveur de messagerie a refusé le message (%{code})',
  COMPLAINT: 'Le destinataire a signalé le message comme indésirable',
  SMS_NOT_MOBILE: 'Ce n’est pas un numéro de mobile',
  SMS: 'Le prestataire SMS a refusé le message (%{code})',
};

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
        reasons: reasonsEn,
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
        reasons: reasonsFr,
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
