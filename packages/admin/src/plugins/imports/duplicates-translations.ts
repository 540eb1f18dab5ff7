import type { FideleLocale, Messages } from '../../plugin';

/** The import page's choice about suspected duplicates (`fidele.import_duplicates`), kept apart from the page's own. */
export const importDuplicatesTranslations: Record<FideleLocale, Messages> = {
  en: {
    label: 'Rows that look like an existing contact',
    stop: 'Stop on suspected duplicates: reject those rows (recommended)',
    confirm: 'Create suspected duplicates (confirm)',
    force: 'Also create exact e-mail duplicates (force, with a reason)',
    reason: 'Why the duplicate e-mails are right',
    reason_help: 'Required to force; kept in the audit log (at most 500 characters).',
    help: 'A rejected row names the contacts it looks like; review them in Duplicates, or merge after the import.',
  },
  fr: {
    label: 'Lignes qui ressemblent à un contact existant',
    stop: 'S’arrêter sur les doublons suspectés : rejeter ces lignes (recommandé)',
    confirm: 'Créer les doublons suspectés (confirmer)',
    force: 'Créer aussi les doublons d’e-mail exacts (forcer, avec un motif)',
    reason: 'Pourquoi ces e-mails en double sont justes',
    reason_help: 'Obligatoire pour forcer ; conservé dans le journal d’audit (500 caractères au plus).',
    help: 'Une ligne rejetée cite les contacts auxquels elle ressemble ; examinez-les dans Doublons, ou fusionnez après l’import.',
  },
};

/** The imports plugin's translations with the duplicates choice's under `fidele.import_duplicates`. */
export const withImportDuplicates = (t: Record<FideleLocale, Messages>): Record<FideleLocale, Messages> =>
  Object.fromEntries(
    Object.entries(t).map(([locale, messages]) => [
      locale,
      {
        ...messages,
        fidele: {
          ...(messages.fidele as Messages),
          import_duplicates: importDuplicatesTranslations[locale as FideleLocale],
        },
      },
    ]),
  ) as unknown as Record<FideleLocale, Messages>;
