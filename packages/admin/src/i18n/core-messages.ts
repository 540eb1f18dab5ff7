import type { FideleLocale, Messages } from '../plugin';

/** Messages of the admin's own chrome (layout, dashboard); plugins bring their own. */
export const coreMessages: Record<FideleLocale, Messages> = {
  en: {
    fidele: {
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
    fidele: {
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
