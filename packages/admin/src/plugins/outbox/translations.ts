import type { FideleLocale, Messages } from '../../plugin';

export const outboxTranslations: Record<FideleLocale, Messages> = {
  en: {
    fidele: {
      outbox: {
        menu: 'Outbox',
        title: 'Outbox (caught mail)',
        explain:
          'In development (FIDELE_MAIL=catch) messages are caught here instead of being sent. Click one to read it.',
        refresh: 'Refresh',
        empty: 'No caught mail.',
        created_at: 'Date',
        recipient: 'Recipient',
        subject: 'Subject',
        viewer: 'Caught message',
      },
    },
  },
  fr: {
    fidele: {
      outbox: {
        menu: "Boîte d'envoi",
        title: "Boîte d'envoi (courriels interceptés)",
        explain:
          'En développement (FIDELE_MAIL=catch), les messages sont interceptés ici au lieu d’être envoyés. Cliquez sur un message pour le lire.',
        refresh: 'Actualiser',
        empty: 'Aucun courriel intercepté.',
        created_at: 'Date',
        recipient: 'Destinataire',
        subject: 'Objet',
        viewer: 'Message intercepté',
      },
    },
  },
};
