import { useTranslate } from 'react-admin';
import type { FideleLocale, Messages } from '../plugin';

/*
 * Why a delivery was not sent or not delivered (the server's `Delivery.reason` codes), in each language. Shared: the
 * action's delivery log and the contact page's messages both show them, and neither plugin depends on the other.
 */
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

/** `fidele.sending.reasons.<code>`, merged with the admin's core messages. */
export const deliveryReasonMessages: Record<FideleLocale, Messages> = {
  en: { fidele: { sending: { reasons: reasonsEn } } },
  fr: { fidele: { sending: { reasons: reasonsFr } } },
};

/**
 * `label(reason)` → the reason in the admin's language; a provider's refusal with its status (SMTP_550, SMS_400)
 * reads one text per channel with the status as a parameter, an unknown code reads as itself.
 */
export function useReasonLabel() {
  const translate = useTranslate();
  return (reason: string | null) => {
    if (!reason) return '';
    const refused = /^(SMTP|SMS)_(\d{3})$/.exec(reason);
    if (refused) return translate(`fidele.sending.reasons.${refused[1]}`, { code: refused[2] });
    return translate(`fidele.sending.reasons.${reason}`, { _: reason });
  };
}
