import type { FideleLocale, Messages } from '../plugin';

/** Messages of the admin's own chrome (layout, dashboard); plugins bring their own. */
export const coreMessages: Record<FideleLocale, Messages> = {
  en: {
    ra: { auth: { username: 'E-mail' } },
    fidele: {
      auth: {
        wrong_credentials: 'Wrong e-mail or password.',
        password_change_required: 'This password was given to you: choose your own on the “Change my password” page.',
      },
      errors: {
        conflict:
          'Someone changed this record after you opened it. Reload it to see their changes, then apply yours again.',
        forbidden: 'Your role may not do this.',
        consent_required: 'The contact’s consent does not cover the purpose you declared.',
        network: 'The server could not be reached. Try again in a moment.',
      },
      purpose: {
        label: 'Purpose: %{purpose}',
        help: 'Why you are looking at personal data. Personal fields show only for contacts whose consent covers it.',
        none: 'No purpose',
      },
      withheld: {
        CONSENT_REQUIRED: 'Consent required',
        CONSENT_REQUIRED_help: 'Withheld: this contact’s consent does not cover the purpose “%{purpose}”.',
        FORBIDDEN: 'Restricted',
        FORBIDDEN_help: 'Withheld: your role may not read this field.',
      },
      /** "Label: value": French puts a no-break space before the colon. */
      label_colon: '%{label}:',
      dashboard: {
        empty: 'Nothing to show yet: no enabled plugin adds a dashboard widget.',
      },
      widget: {
        crashed: 'This card could not be displayed.',
        load_error: 'The data could not be loaded.',
        retry: 'Retry',
      },
    },
  },
  fr: {
    ra: { auth: { username: 'Adresse e-mail' } },
    fidele: {
      auth: {
        wrong_credentials: 'Adresse e-mail ou mot de passe incorrect.',
        password_change_required:
          'Ce mot de passe vous a été donné : choisissez le vôtre sur la page « Changer mon mot de passe ».',
      },
      errors: {
        conflict:
          'Quelqu’un a modifié cette fiche depuis que vous l’avez ouverte. Rechargez-la pour voir ses modifications, puis refaites les vôtres.',
        forbidden: 'Votre rôle ne permet pas cette opération.',
        consent_required: 'Le consentement du contact ne couvre pas la finalité déclarée.',
        network: 'Le serveur est injoignable. Réessayez dans un instant.',
      },
      purpose: {
        label: 'Finalité : %{purpose}',
        help: 'La raison pour laquelle vous consultez des données personnelles. Elles ne s’affichent que pour les contacts dont le consentement la couvre.',
        none: 'Aucune finalité',
      },
      withheld: {
        CONSENT_REQUIRED: 'Consentement requis',
        CONSENT_REQUIRED_help: 'Masqué : le consentement de ce contact ne couvre pas la finalité « %{purpose} ».',
        FORBIDDEN: 'Restreint',
        FORBIDDEN_help: 'Masqué : votre rôle ne permet pas de lire ce champ.',
      },
      label_colon: '%{label}\u00a0:',
      dashboard: {
        empty: 'Rien à afficher pour l’instant : aucun plugin actif n’ajoute de carte au tableau de bord.',
      },
      widget: {
        crashed: 'Cette carte n’a pas pu s’afficher.',
        load_error: 'Les données n’ont pas pu être chargées.',
        retry: 'Réessayer',
      },
    },
  },
};
