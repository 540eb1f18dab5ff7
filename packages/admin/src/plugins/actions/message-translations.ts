import type { FideleLocale, Messages } from '../../plugin';

/** Labels of the action's Message section (merged into the actions plugin's translations). */
export const messageTranslations: Record<FideleLocale, Messages> = {
  en: {
    fidele: {
      message: {
        title: 'Message',
        sender: 'Sender (Name <address>)',
        subject: 'Subject',
        bodyText: 'Text',
        bodyHtml: 'HTML',
        merge_fields: 'Merge fields (click to insert)',
        personal: 'Personal: merged only with consent to the action purpose',
        not_personal: 'Not personal',
        personal_hint:
          'A contact whose consent does not cover the action purpose receives no message: personal fields are never merged empty.',
        save: 'Save message',
        saved: 'Message saved',
        preview: 'Preview and test',
        contact: 'Contact',
        show_preview: 'Preview',
        rendered: 'Rendered message',
        html_preview: 'HTML preview',
        to: 'To',
        test_to: 'Send a test to',
        send_test: 'Send test',
        test_sent: 'Test sent to %{to}',
        reason: {
          NO_CONSENT: "Not sent: the contact's consent does not cover this action's purpose",
          NO_CHANNEL_ADDRESS: 'Not sent: no usable address for this channel',
          NO_MESSAGE: 'No message to send',
          NOT_FOUND: 'Contact not found',
        },
        detail: {
          CONSENT_PURPOSE: 'no consent to “%{purpose}”',
          REQUEST_PURPOSE: 'the purpose you declared does not let you read this contact',
          NO_ADDRESS: 'no %{channel} on the record',
          EMAIL_INVALID: 'the e-mail address is marked invalid: a message to it bounced',
          MEDIUM_SENDS_NONE: 'a “%{medium}” action sends no message',
          TEMPLATE_BROKEN: 'the saved message no longer reads (%{parts}): open it in the editor above',
        },
        channel: { email: 'e-mail address', mobile: 'mobile number' },
      },
    },
  },
  fr: {
    fidele: {
      message: {
        title: 'Message',
        sender: 'Expéditeur (Nom <adresse>)',
        subject: 'Objet',
        bodyText: 'Texte',
        bodyHtml: 'HTML',
        merge_fields: 'Champs de fusion (cliquer pour insérer)',
        personal: "Personnel : fusionné seulement avec le consentement à la finalité de l'action",
        not_personal: 'Non personnel',
        personal_hint:
          "Un contact dont le consentement ne couvre pas la finalité de l'action ne reçoit aucun message : un champ personnel n'est jamais fusionné vide.",
        save: 'Enregistrer le message',
        saved: 'Message enregistré',
        preview: 'Aperçu et test',
        contact: 'Contact',
        show_preview: 'Aperçu',
        rendered: 'Message rendu',
        html_preview: 'Aperçu HTML',
        to: 'À',
        test_to: 'Envoyer un test à',
        send_test: 'Envoyer le test',
        test_sent: 'Test envoyé à %{to}',
        reason: {
          NO_CONSENT: "Non envoyé : le consentement du contact ne couvre pas la finalité de l'action",
          NO_CHANNEL_ADDRESS: 'Non envoyé : aucune adresse utilisable pour ce canal',
          NO_MESSAGE: 'Aucun message à envoyer',
          NOT_FOUND: 'Contact introuvable',
        },
        detail: {
          CONSENT_PURPOSE: 'pas de consentement à « %{purpose} »',
          REQUEST_PURPOSE: 'la finalité que vous avez déclarée ne vous permet pas de lire ce contact',
          NO_ADDRESS: 'la fiche n’a pas ce moyen de contact : %{channel}',
          EMAIL_INVALID: 'l’adresse e-mail est marquée invalide : un message envoyé à cette adresse a été rejeté',
          MEDIUM_SENDS_NONE: 'une action « %{medium} » n’envoie pas de message',
          TEMPLATE_BROKEN: 'le message enregistré ne se lit plus (%{parts}) : ouvrez-le dans l’éditeur ci-dessus',
        },
        channel: { email: 'adresse e-mail', mobile: 'numéro de mobile' },
      },
    },
  },
};

/** `base` with the Message section's labels added under `fidele`. */
export const withMessageTranslations = (base: Record<FideleLocale, Messages>): Record<FideleLocale, Messages> => {
  const merge = (l: FideleLocale) => ({
    ...base[l],
    fidele: { ...(base[l].fidele as Messages), ...(messageTranslations[l].fidele as Messages) },
  });
  return { en: merge('en'), fr: merge('fr') };
};
