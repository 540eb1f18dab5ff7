import type { FideleLocale, Messages } from '../plugin';

/**
 * The purposes the product seeds, named in each language (`fidele.purpose_names.<code>`). Purposes are server data
 * whose names an administrator writes in one language; the known codes read in the admin's language, and a purpose
 * created on a deployment shows the name its administrator gave it.
 */
export const purposeMessages: Record<FideleLocale, Messages> = {
  en: {
    fidele: {
      purpose_names: {
        marketing: 'Marketing',
        newsletter: 'Newsletter',
        targeted_offers: 'Targeted offers',
        profiling: 'Profiling and analytics',
        customer_service: 'Customer service',
        partner_sharing: 'Partner sharing',
        tracking: 'E-mail tracking',
      },
      purpose_descriptions: {
        marketing: 'Commercial communication in general.',
        newsletter: 'The periodic newsletter by e-mail.',
        targeted_offers: 'Personalised offers by mail, e-mail, SMS or phone.',
        profiling: 'Individual scores (RFM, lifetime value) and segmentation.',
        customer_service: 'Handling orders, requests and complaints.',
        partner_sharing: 'Sharing contact data with partner companies.',
        tracking: 'Recording when you open our e-mails and click their links, to measure our campaigns.',
      },
    },
  },
  fr: {
    fidele: {
      purpose_names: {
        marketing: 'Marketing',
        newsletter: 'Lettre d’information',
        targeted_offers: 'Offres ciblées',
        profiling: 'Profilage et analyses',
        customer_service: 'Service client',
        partner_sharing: 'Partage avec des partenaires',
        tracking: 'Suivi des e-mails',
      },
      purpose_descriptions: {
        marketing: 'La communication commerciale en général.',
        newsletter: 'La lettre d’information périodique par e-mail.',
        targeted_offers: 'Des offres personnalisées par courrier, e-mail, SMS ou téléphone.',
        profiling: 'Les scores individuels (RFM, valeur client) et la segmentation.',
        customer_service: 'Le traitement des commandes, des demandes et des réclamations.',
        partner_sharing: 'Le partage des données du contact avec des sociétés partenaires.',
        tracking:
          'L’enregistrement de l’ouverture de nos e-mails et des clics sur leurs liens, pour mesurer nos campagnes.',
      },
    },
  },
};
