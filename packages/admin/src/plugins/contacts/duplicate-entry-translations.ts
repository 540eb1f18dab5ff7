import type { FideleLocale, Messages } from '../../plugin';

/** The labels of the duplicates dialog of the create form (DuplicateEntryDialog), merged into the plugin's. */
export const duplicateEntryTranslations: Record<FideleLocale, Messages> = {
  en: {
    title: 'This contact may already exist',
    title_email: 'A contact already has this e-mail',
    help: 'These contacts you may see look like the one you are creating (score %{threshold}% or above). Open them to check, or create it anyway.',
    help_email:
      'A contact you may see has the same e-mail. Open it to update it instead; to create a second contact with this e-mail, give the reason: it is recorded in the audit log.',
    score: 'Score',
    same_email: 'Same e-mail',
    open: 'Open the contact',
    reason: 'Reason',
    reason_help: 'Why a second contact with this e-mail is right (at most 500 characters).',
    cancel: 'Back to the form',
    create_anyway: 'Create anyway',
    force: 'Force, with this reason',
    field_name: 'Name',
    field_company: 'Company',
    field_email: 'E-mail',
    field_phone: 'Phone',
    field_postalCode: 'Postal code',
    field_address: 'Address',
  },
  fr: {
    title: 'Ce contact existe peut-être déjà',
    title_email: 'Un contact a déjà cette adresse e-mail',
    help: 'Ces contacts que vous pouvez voir ressemblent à celui que vous créez (score de %{threshold} % ou plus). Ouvrez-les pour vérifier, ou créez-le quand même.',
    help_email:
      'Un contact que vous pouvez voir a la même adresse e-mail. Ouvrez-le pour le mettre à jour ; pour créer un second contact avec cette adresse, indiquez le motif : il est inscrit au journal d’audit.',
    score: 'Score',
    same_email: 'Même e-mail',
    open: 'Ouvrir le contact',
    reason: 'Motif',
    reason_help: 'Pourquoi un second contact avec cette adresse est justifié (500 caractères au plus).',
    cancel: 'Revenir au formulaire',
    create_anyway: 'Créer quand même',
    force: 'Forcer, avec ce motif',
    field_name: 'Nom',
    field_company: 'Société',
    field_email: 'E-mail',
    field_phone: 'Téléphone',
    field_postalCode: 'Code postal',
    field_address: 'Adresse',
  },
};

/** The plugin's translations with the dialog's labels under `fidele.duplicate_entry`. */
export const withDuplicateEntry = (t: Record<FideleLocale, Messages>): Record<FideleLocale, Messages> =>
  Object.fromEntries(
    Object.entries(t).map(([locale, messages]) => [
      locale,
      {
        ...messages,
        fidele: {
          ...(messages.fidele as Messages),
          duplicate_entry: duplicateEntryTranslations[locale as FideleLocale],
        },
      },
    ]),
  ) as unknown as Record<FideleLocale, Messages>;
