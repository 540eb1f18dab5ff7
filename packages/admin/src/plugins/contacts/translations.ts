import type { FideleLocale, Messages } from '../../plugin';

export const contactsTranslations: Record<FideleLocale, Messages> = {
  en: {
    resources: {
      contacts: {
        name: 'Contact |||| Contacts',
        fields: {
          name: 'Name', kind: 'Kind', civility: 'Civility', firstName: 'First name', lastName: 'Last name', companyName: 'Company',
          jobTitle: 'Job title', email: 'E-mail', phone: 'Phone', mobile: 'Mobile', addressLine1: 'Address', postalCode: 'Postal code',
          city: 'City', countryCode: 'Country', brandId: 'Brand', zoneId: 'Zone', sourceActionId: 'Source action',
          pipelineStage: 'Pipeline stage', updatedAt: 'Updated', postalCodePrefix: 'Postal code starts with', q: 'Search',
          segmentId: 'Segment', rfmSegment: 'RFM segment', rfmBrandId: 'RFM scores of brand',
          incomeBand: 'Income band', maritalStatus: 'Marital status', discountRate: 'Discount rate', grossMarginClass: 'Gross margin class',
          'consents.purpose': 'Purpose', 'consents.status': 'Decision', 'consents.source': 'Captured by', 'consents.proof': 'Proof (form, recording, document)',
        },
      },
    },
    fidele: {
      contacts: {
        identity: 'Identity',
        confidential: 'Confidential',
        confidential_help: 'Shown because your role may read these fields.',
        consents: 'Consents',
        no_consents: 'No consent recorded.',
        given_consents: 'Consents given on this form',
        given_consents_help:
          'Recorded with the contact, captured now by you. Without a consent covering your purpose, the new contact’s identity stays withheld from you.',
        synopsis: 'Actions (synoptic table)',
        no_synopsis: 'This contact was not targeted by any action.',
        action: 'Action',
        medium: 'Medium',
        targeted_at: 'Targeted on',
        targeted: 'Targeted',
        responded: 'Responded',
        converted: 'Converted',
        sales: 'Sales history',
        no_sales: 'No sale.',
        activities: 'Activities',
        no_activities: 'No activity.',
        count: '%{count} in all',
      },
    },
  },
  fr: {
    resources: {
      contacts: {
        name: 'Contact |||| Contacts',
        fields: {
          name: 'Nom', kind: 'Type', civility: 'Civilité', firstName: 'Prénom', lastName: 'Nom', companyName: 'Société',
          jobTitle: 'Fonction', email: 'E-mail', phone: 'Téléphone', mobile: 'Portable', addressLine1: 'Adresse', postalCode: 'Code postal',
          city: 'Ville', countryCode: 'Pays', brandId: 'Marque', zoneId: 'Zone', sourceActionId: 'Action d’origine',
          pipelineStage: 'Étape commerciale', updatedAt: 'Modifié', postalCodePrefix: 'Code postal commençant par', q: 'Recherche',
          segmentId: 'Segment', rfmSegment: 'Segment RFM', rfmBrandId: 'Scores RFM de la marque',
          incomeBand: 'Tranche de revenus', maritalStatus: 'Situation familiale', discountRate: 'Taux de remise', grossMarginClass: 'Classe de marge brute',
          'consents.purpose': 'Finalité', 'consents.status': 'Décision', 'consents.source': 'Recueilli par', 'consents.proof': 'Preuve (formulaire, enregistrement, document)',
        },
      },
    },
    fidele: {
      contacts: {
        identity: 'Identité',
        confidential: 'Confidentiel',
        confidential_help: 'Affiché parce que votre rôle peut lire ces champs.',
        consents: 'Consentements',
        no_consents: 'Aucun consentement enregistré.',
        given_consents: 'Consentements recueillis sur ce formulaire',
        given_consents_help:
          'Enregistrés avec le contact, recueillis maintenant par vous. Sans consentement couvrant votre finalité, l’identité du nouveau contact vous reste masquée.',
        synopsis: 'Actions (tableau synoptique)',
        no_synopsis: 'Ce contact n’a été ciblé par aucune action.',
        action: 'Action',
        medium: 'Média',
        targeted_at: 'Ciblé le',
        targeted: 'Ciblé',
        responded: 'A répondu',
        converted: 'Converti',
        sales: 'Historique des ventes',
        no_sales: 'Aucune vente.',
        activities: 'Activités',
        no_activities: 'Aucune activité.',
        count: '%{count} au total',
      },
    },
  },
};
