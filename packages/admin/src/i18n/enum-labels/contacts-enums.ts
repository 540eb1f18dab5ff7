import type { FideleLocale } from '../../plugin';
import type { EnumLabels } from './api-enums';

/** Labels of the API's enums of who the contacts are: kind, identity, household, business, pipeline; the distribution dimensions. */
export const contactsEnumLabels: Record<
  FideleLocale,
  Pick<
    EnumLabels,
    | 'ContactKind'
    | 'Civility'
    | 'IncomeBand'
    | 'MaritalStatus'
    | 'ClassRank'
    | 'PipelineStage'
    | 'BankType'
    | 'BusinessSector'
    | 'CommercialService'
    | 'DistributionType'
    | 'EndReason'
    | 'Interest'
    | 'JournalistBeat'
    | 'Language'
    | 'ProspectPriority'
    | 'RelationType'
    | 'ContactKindChangeReason'
    | 'MergeSide'
    | 'ContactDimension'
  >
> = {
  en: {
    ContactKind: {
      CLIENT: 'Client',
      PROSPECT: 'Prospect',
      FORMER_CLIENT: 'Former client',
      SUPPLIER: 'Supplier',
      BANKER: 'Banker',
      JOURNALIST: 'Journalist',
      RELATION: 'Relation',
    },
    Civility: {
      MR: 'Mr',
      MRS: 'Mrs',
      MX: 'Mx',
    },
    IncomeBand: {
      UNDER_20K: 'Under €20k',
      FROM_20K_TO_35K: '€20k to €35k',
      FROM_35K_TO_50K: '€35k to €50k',
      FROM_50K_TO_80K: '€50k to €80k',
      OVER_80K: 'Over €80k',
    },
    MaritalStatus: {
      SINGLE: 'Single',
      MARRIED: 'Married',
      CIVIL_UNION: 'Civil union',
      DIVORCED: 'Divorced',
      WIDOWED: 'Widowed',
      SEPARATED: 'Separated',
    },
    ClassRank: {
      A: 'A (highest)',
      B: 'B',
      C: 'C',
      D: 'D (lowest)',
    },
    PipelineStage: {
      NEW: 'New',
      CONTACTED: 'Contacted',
      REQUIREMENTS_STUDY: 'Requirements study',
      QUOTE_SENT: 'Quote sent',
      WON: 'Won',
      LOST: 'Lost',
    },
    BankType: {
      COOPERATIVE: 'Cooperative bank',
      INVESTMENT: 'Investment bank',
      ONLINE: 'Online bank',
      PRIVATE: 'Private bank',
      RETAIL: 'Retail bank',
    },
    BusinessSector: {
      CONSULTING: 'Consulting',
      FACILITIES: 'Facilities',
      IT_SERVICES: 'IT services',
      LOGISTICS: 'Logistics',
      MANUFACTURING: 'Manufacturing',
      MARKETING_SERVICES: 'Marketing services',
      PRINTING: 'Printing',
      WHOLESALE: 'Wholesale',
    },
    CommercialService: {
      DIRECT: 'Direct',
      INDIRECT: 'Indirect',
    },
    DistributionType: {
      LONG: 'Long channel',
      SHORT: 'Short channel',
    },
    EndReason: {
      COMPETITOR: 'Went to a competitor',
      DECEASED: 'Deceased',
      MOVED_AWAY: 'Moved away',
      NO_LONGER_NEEDED: 'No longer needed',
      OTHER: 'Other',
      PRICE: 'Price',
      PRODUCT_QUALITY: 'Product quality',
      SERVICE_QUALITY: 'Service quality',
    },
    Interest: {
      CULTURE: 'Culture',
      ENVIRONMENT: 'Environment',
      FASHION: 'Fashion',
      FINANCE: 'Finance',
      GASTRONOMY: 'Gastronomy',
      HEALTH: 'Health',
      HOME: 'Home',
      SPORTS: 'Sports',
      TECHNOLOGY: 'Technology',
      TRAVEL: 'Travel',
    },
    JournalistBeat: {
      BUSINESS: 'Business',
      CONSUMER: 'Consumer affairs',
      LIFESTYLE: 'Lifestyle',
      REGIONAL: 'Regional',
      TECHNOLOGY: 'Technology',
      TRADE_PRESS: 'Trade press',
    },
    Language: {
      DE: 'German',
      EN: 'English',
      ES: 'Spanish',
      FR: 'French',
      IT: 'Italian',
      NL: 'Dutch',
      PT: 'Portuguese',
    },
    ProspectPriority: {
      FOLLOW_UP: 'Follow up',
      PRIORITY: 'Priority',
    },
    RelationType: {
      INFLUENCER: 'Influencer',
      PRESCRIBER: 'Prescriber',
    },
    ContactKindChangeReason: {
      FIRST_SALE: 'First sale',
    },
    MergeSide: {
      MERGED: 'Merged',
      SURVIVOR: 'Kept',
    },
    ContactDimension: {
      BANK_TYPE: 'Bank type',
      BRAND: 'Brand',
      BUSINESS_SECTOR: 'Business sector',
      CIVILITY: 'Title',
      COMMERCIAL_SERVICE: 'Commercial service',
      COUNTRY: 'Country',
      DEPARTMENT: 'Department',
      DISTRIBUTION_TYPE: 'Distribution channel',
      END_REASON: 'End reason',
      FREQUENCY_CLASS: 'Frequency class',
      GROSS_MARGIN_CLASS: 'Gross margin class',
      INCOME_BAND: 'Income band',
      JOURNALIST_BEAT: 'Journalist beat',
      KIND: 'Kind',
      LANGUAGE: 'Language',
      MARITAL_STATUS: 'Marital status',
      PIPELINE_STAGE: 'Pipeline stage',
      PROSPECT_PRIORITY: 'Prospect priority',
      REGION: 'Region',
      RELATION_TYPE: 'Relation type',
      REVENUE_CLASS: 'Revenue class',
      SOURCE_ACTION: 'Source action',
      ZONE: 'Zone',
    },
  },
  fr: {
    ContactKind: {
      CLIENT: 'Client',
      PROSPECT: 'Prospect',
      FORMER_CLIENT: 'Ancien client',
      SUPPLIER: 'Fournisseur',
      BANKER: 'Banquier',
      JOURNALIST: 'Journaliste',
      RELATION: 'Relation',
    },
    Civility: {
      MR: 'M.',
      MRS: 'Mme',
      MX: 'Mx',
    },
    IncomeBand: {
      UNDER_20K: 'Moins de 20 k€',
      FROM_20K_TO_35K: '20 à 35 k€',
      FROM_35K_TO_50K: '35 à 50 k€',
      FROM_50K_TO_80K: '50 à 80 k€',
      OVER_80K: 'Plus de 80 k€',
    },
    MaritalStatus: {
      SINGLE: 'Célibataire',
      MARRIED: 'Marié·e',
      CIVIL_UNION: 'Pacsé·e',
      DIVORCED: 'Divorcé·e',
      WIDOWED: 'Veuf·ve',
      SEPARATED: 'Séparé·e',
    },
    ClassRank: {
      A: 'A (la plus haute)',
      B: 'B',
      C: 'C',
      D: 'D (la plus basse)',
    },
    PipelineStage: {
      NEW: 'Nouveau',
      CONTACTED: 'Contacté',
      REQUIREMENTS_STUDY: 'Étude des besoins',
      QUOTE_SENT: 'Devis envoyé',
      WON: 'Gagné',
      LOST: 'Perdu',
    },
    BankType: {
      COOPERATIVE: 'Banque mutualiste',
      INVESTMENT: 'Banque d’investissement',
      ONLINE: 'Banque en ligne',
      PRIVATE: 'Banque privée',
      RETAIL: 'Banque de détail',
    },
    BusinessSector: {
      CONSULTING: 'Conseil',
      FACILITIES: 'Services généraux',
      IT_SERVICES: 'Services informatiques',
      LOGISTICS: 'Logistique',
      MANUFACTURING: 'Industrie',
      MARKETING_SERVICES: 'Services marketing',
      PRINTING: 'Imprimerie',
      WHOLESALE: 'Commerce de gros',
    },
    CommercialService: {
      DIRECT: 'Direct',
      INDIRECT: 'Indirect',
    },
    DistributionType: {
      LONG: 'Circuit long',
      SHORT: 'Circuit court',
    },
    EndReason: {
      COMPETITOR: 'Parti chez un concurrent',
      DECEASED: 'Décédé',
      MOVED_AWAY: 'Déménagé',
      NO_LONGER_NEEDED: 'Plus de besoin',
      OTHER: 'Autre',
      PRICE: 'Prix',
      PRODUCT_QUALITY: 'Qualité des produits',
      SERVICE_QUALITY: 'Qualité du service',
    },
    Interest: {
      CULTURE: 'Culture',
      ENVIRONMENT: 'Environnement',
      FASHION: 'Mode',
      FINANCE: 'Finance',
      GASTRONOMY: 'Gastronomie',
      HEALTH: 'Santé',
      HOME: 'Maison',
      SPORTS: 'Sport',
      TECHNOLOGY: 'Technologie',
      TRAVEL: 'Voyage',
    },
    JournalistBeat: {
      BUSINESS: 'Économie',
      CONSUMER: 'Consommation',
      LIFESTYLE: 'Art de vivre',
      REGIONAL: 'Presse régionale',
      TECHNOLOGY: 'Technologie',
      TRADE_PRESS: 'Presse professionnelle',
    },
    Language: {
      DE: 'Allemand',
      EN: 'Anglais',
      ES: 'Espagnol',
      FR: 'Français',
      IT: 'Italien',
      NL: 'Néerlandais',
      PT: 'Portugais',
    },
    ProspectPriority: {
      FOLLOW_UP: 'À relancer',
      PRIORITY: 'Prioritaire',
    },
    RelationType: {
      INFLUENCER: 'Influenceur',
      PRESCRIBER: 'Prescripteur',
    },
    ContactKindChangeReason: {
      FIRST_SALE: 'Premier achat',
    },
    MergeSide: {
      MERGED: 'Fusionné',
      SURVIVOR: 'Conservé',
    },
    ContactDimension: {
      BANK_TYPE: 'Type de banque',
      BRAND: 'Marque',
      BUSINESS_SECTOR: 'Secteur d’activité',
      CIVILITY: 'Civilité',
      COMMERCIAL_SERVICE: 'Service commercial',
      COUNTRY: 'Pays',
      DEPARTMENT: 'Département',
      DISTRIBUTION_TYPE: 'Circuit de distribution',
      END_REASON: 'Motif de fin',
      FREQUENCY_CLASS: 'Classe de fréquence',
      GROSS_MARGIN_CLASS: 'Classe de marge brute',
      INCOME_BAND: 'Tranche de revenus',
      JOURNALIST_BEAT: 'Rubrique du journaliste',
      KIND: 'Type',
      LANGUAGE: 'Langue',
      MARITAL_STATUS: 'Situation familiale',
      PIPELINE_STAGE: 'Étape commerciale',
      PROSPECT_PRIORITY: 'Priorité du prospect',
      REGION: 'Région',
      RELATION_TYPE: 'Type de relation',
      REVENUE_CLASS: 'Classe de chiffre d’affaires',
      SOURCE_ACTION: 'Action d’origine',
      ZONE: 'Zone',
    },
  },
};
