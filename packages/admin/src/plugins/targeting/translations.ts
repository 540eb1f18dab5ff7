import type { FideleLocale, Messages } from '../../plugin';

export const targetingTranslations: Record<FideleLocale, Messages> = {
  en: {
    fidele: {
      targeting: {
        target: 'Target with an action',
        title: 'Target %{smart_count} contact with an action |||| Target %{smart_count} contacts with an action',
        action: 'Action',
        no_action: 'No planned or running action.',
        requires: 'Contacts must have consented to “%{purpose}”.',
        confirm: 'Target',
        created: '%{smart_count} target created |||| %{smart_count} targets created',
        already: '%{smart_count} contact was already targeted |||| %{smart_count} contacts were already targeted',
        not_targeted:
          '%{smart_count} contact not targeted: the action’s channel and pressure rules leave them out |||| %{smart_count} contacts not targeted: the action’s channel and pressure rules leave them out',
        refused:
          'Nothing was written: %{smart_count} contact is refused |||| Nothing was written: %{smart_count} contacts are refused',
        refused_help:
          'The action takes a list as a whole or not at all. Target the others without the refused contacts, or fix them first.',
        retry_others: 'Target the %{smart_count} other |||| Target the %{smart_count} others',
        close: 'Close',
        export: 'Export for the purpose',
        export_title: 'Export the contacts of this list',
        export_help:
          'The file holds the contacts of the current list (its filters) whose consent covers the purpose “%{purpose}” declared in the app bar, with the columns your role may read. The export is audited.',
        export_selection: 'Export the selection',
        export_selection_title: 'Export the selected contact |||| Export the %{smart_count} selected contacts',
        export_selection_help:
          'The file holds the selected contacts whose consent covers the purpose “%{purpose}” declared in the app bar, with the columns your role may read. The export is audited.',
        format: 'Format',
        download: 'Download',
        exported: '%{smart_count} contact exported to %{file} |||| %{smart_count} contacts exported to %{file}',
        excluded:
          '%{smart_count} contact left out: their consent does not cover the purpose |||| %{smart_count} contacts left out: their consent does not cover the purpose',
        withheld_columns: 'Columns your role may not read, left out: %{columns}',
      },
    },
  },
  fr: {
    fidele: {
      targeting: {
        target: 'Cibler avec une action',
        title: 'Cibler %{smart_count} contact avec une action |||| Cibler %{smart_count} contacts avec une action',
        action: 'Action',
        no_action: 'Aucune action planifiée ou en cours.',
        requires: 'Les contacts doivent avoir consenti à « %{purpose} ».',
        confirm: 'Cibler',
        created: '%{smart_count} ciblage créé |||| %{smart_count} ciblages créés',
        already: '%{smart_count} contact était déjà ciblé |||| %{smart_count} contacts étaient déjà ciblés',
        not_targeted:
          '%{smart_count} contact non ciblé : les règles de canal et de pression de l’action l’écartent |||| %{smart_count} contacts non ciblés : les règles de canal et de pression de l’action les écartent',
        refused:
          'Rien n’a été enregistré : %{smart_count} contact est refusé |||| Rien n’a été enregistré : %{smart_count} contacts sont refusés',
        refused_help:
          'L’action prend une liste entière ou rien. Ciblez les autres sans les contacts refusés, ou corrigez-les d’abord.',
        retry_others: 'Cibler l’autre contact |||| Cibler les %{smart_count} autres',
        close: 'Fermer',
        export: 'Exporter pour la finalité',
        export_title: 'Exporter les contacts de cette liste',
        export_help:
          'Le fichier contient les contacts de la liste (ses filtres) dont le consentement couvre la finalité « %{purpose} » déclarée dans la barre d’application, avec les colonnes que votre rôle peut lire. L’export est journalisé.',
        export_selection: 'Exporter la sélection',
        export_selection_title:
          'Exporter le contact sélectionné |||| Exporter les %{smart_count} contacts sélectionnés',
        export_selection_help:
          'Le fichier contient les contacts sélectionnés dont le consentement couvre la finalité « %{purpose} » déclarée dans la barre d’application, avec les colonnes que votre rôle peut lire. L’export est journalisé.',
        format: 'Format',
        download: 'Télécharger',
        exported: '%{smart_count} contact exporté dans %{file} |||| %{smart_count} contacts exportés dans %{file}',
        excluded:
          '%{smart_count} contact écarté : son consentement ne couvre pas la finalité |||| %{smart_count} contacts écartés : leur consentement ne couvre pas la finalité',
        withheld_columns: 'Colonnes que votre rôle ne peut pas lire, écartées : %{columns}',
      },
    },
  },
};
