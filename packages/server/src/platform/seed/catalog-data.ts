import type { LegalBasis } from '../../generated/sqlite/enums.js';

/** Two brands of one retailer: home goods and sport. Each sells its own categories. */
export const brands = [
  { code: 'MAISON', name: 'Maison Fidèle' },
  { code: 'SPORT', name: 'Fidèle Sport' },
] as const;
export type BrandCode = (typeof brands)[number]['code'];

/** Commercial zones of metropolitan France, each a set of départements (first two digits of the postal code). */
export const zones = [
  { code: 'IDF', name: 'Île-de-France', departments: ['75', '77', '78', '91', '92', '93', '94', '95'] },
  {
    code: 'NORD_EST',
    name: 'Nord-Est',
    departments: ['02', '08', '10', '51', '52', '54', '55', '57', '59', '60', '62', '67', '68', '80', '88'],
  },
  {
    code: 'OUEST',
    name: 'Ouest',
    departments: ['14', '22', '27', '29', '35', '44', '49', '50', '53', '56', '61', '72', '76', '85'],
  },
  {
    code: 'SUD_OUEST',
    name: 'Sud-Ouest',
    departments: [
      '09',
      '12',
      '16',
      '17',
      '19',
      '24',
      '31',
      '32',
      '33',
      '40',
      '46',
      '47',
      '64',
      '65',
      '79',
      '81',
      '82',
      '86',
      '87',
    ],
  },
  {
    code: 'SUD_EST',
    name: 'Sud-Est',
    departments: [
      '01',
      '03',
      '04',
      '05',
      '06',
      '07',
      '11',
      '13',
      '15',
      '20',
      '26',
      '30',
      '34',
      '38',
      '42',
      '43',
      '48',
      '63',
      '66',
      '69',
      '73',
      '74',
      '83',
      '84',
    ],
  },
  {
    code: 'CENTRE',
    name: 'Centre et Bourgogne',
    departments: ['18', '21', '23', '25', '28', '36', '37', '39', '41', '45', '58', '70', '71', '89', '90'],
  },
] as const;
export type ZoneCode = (typeof zones)[number]['code'];

const zoneByDepartment = new Map<string, ZoneCode>(
  zones.flatMap((z) => z.departments.map((d) => [d, z.code] as const)),
);
/** The zone of a metropolitan postal code (Corsica's 20xxx included). */
export const zoneOfPostalCode = (postalCode: string): ZoneCode | undefined =>
  zoneByDepartment.get(postalCode.slice(0, 2));

export const categories = [
  { code: 'LINGE', name: 'Linge de maison', brand: 'MAISON' },
  { code: 'CUISINE', name: 'Cuisine et arts de la table', brand: 'MAISON' },
  { code: 'DECO', name: 'Décoration', brand: 'MAISON' },
  { code: 'TEXTILE', name: 'Textile sport', brand: 'SPORT' },
  { code: 'CHAUSSURES', name: 'Chaussures', brand: 'SPORT' },
  { code: 'EQUIPEMENT', name: 'Équipement', brand: 'SPORT' },
  { code: 'SERVICES', name: 'Services', brand: null },
] as const;

/** [code, name, category, list price, unit cost, warranty months]. Prices in euros. */
export const products: [string, string, string, number, number, number | null][] = [
  ['LIN-001', 'Parure de lit percale 240×220', 'LINGE', 89.9, 38.5, null],
  ['LIN-002', 'Couette tempérée 220×240', 'LINGE', 119, 52, 24],
  ['LIN-003', 'Drap de bain coton bio', 'LINGE', 24.9, 9.8, null],
  ['LIN-004', 'Plaid laine mérinos', 'LINGE', 69, 27, null],
  ['LIN-005', 'Oreiller ergonomique', 'LINGE', 45, 17.5, 24],
  ['LIN-006', 'Nappe lin lavé 8 couverts', 'LINGE', 59, 22, null],
  ['CUI-001', 'Cocotte fonte 28 cm', 'CUISINE', 159, 71, 120],
  ['CUI-002', 'Set de 3 poêles inox', 'CUISINE', 129, 55, 60],
  ['CUI-003', 'Service de table 18 pièces', 'CUISINE', 99, 41, null],
  ['CUI-004', 'Robot pâtissier', 'CUISINE', 349, 182, 24],
  ['CUI-005', 'Couteau de chef 20 cm', 'CUISINE', 79, 28, 60],
  ['CUI-006', 'Cafetière à piston', 'CUISINE', 35, 13, 12],
  ['DEC-001', 'Lampe de table céramique', 'DECO', 75, 31, 24],
  ['DEC-002', 'Miroir rond rotin', 'DECO', 95, 38, null],
  ['DEC-003', 'Bougie parfumée figuier', 'DECO', 19.9, 6.2, null],
  ['DEC-004', 'Vase verre soufflé', 'DECO', 42, 16, null],
  ['DEC-005', 'Tapis berbère 160×230', 'DECO', 279, 121, null],
  ['TEX-001', 'T-shirt technique running', 'TEXTILE', 29.9, 10.5, null],
  ['TEX-002', 'Veste coupe-vent', 'TEXTILE', 89, 35, 12],
  ['TEX-003', 'Legging compression', 'TEXTILE', 49, 18, null],
  ['TEX-004', 'Doudoune légère', 'TEXTILE', 129, 54, 24],
  ['TEX-005', 'Maillot de bain', 'TEXTILE', 39, 14, null],
  ['CHA-001', 'Chaussures de trail', 'CHAUSSURES', 139, 61, 12],
  ['CHA-002', 'Chaussures de running route', 'CHAUSSURES', 119, 50, 12],
  ['CHA-003', 'Chaussures de randonnée', 'CHAUSSURES', 159, 70, 24],
  ['CHA-004', 'Sandales de marche', 'CHAUSSURES', 59, 23, 12],
  ['EQU-001', 'Sac à dos 30 L', 'EQUIPEMENT', 79, 30, 24],
  ['EQU-002', 'Tente 2 places', 'EQUIPEMENT', 249, 112, 24],
  ['EQU-003', 'Raquette de tennis', 'EQUIPEMENT', 119, 49, 12],
  ['EQU-004', 'Vélo d\u2019appartement', 'EQUIPEMENT', 399, 215, 24],
  ['EQU-005', 'Montre GPS', 'EQUIPEMENT', 299, 168, 24],
  ['EQU-006', 'Gourde isotherme', 'EQUIPEMENT', 25, 8, null],
  ['SRV-001', 'Extension de garantie 2 ans', 'SERVICES', 29, 6, 24],
  ['SRV-002', 'Livraison et installation', 'SERVICES', 49, 31, null],
  ['SRV-003', 'Carte cadeau 50 €', 'SERVICES', 50, 50, null],
];

/**
 * The purpose tree. Consent to `marketing` covers its children unless a child is denied; `customer_service`
 * rests on the contract, so it needs no consent record.
 */
export const purposes: { code: string; name: string; legalBasis: LegalBasis; parent?: string; description: string }[] =
  [
    {
      code: 'marketing',
      name: 'Marketing',
      legalBasis: 'CONSENT',
      description: 'Commercial communication in general.',
    },
    {
      code: 'newsletter',
      name: 'Newsletter',
      legalBasis: 'CONSENT',
      parent: 'marketing',
      description: 'The periodic newsletter by e-mail.',
    },
    {
      code: 'targeted_offers',
      name: 'Targeted offers',
      legalBasis: 'CONSENT',
      parent: 'marketing',
      description: 'Personalised offers by mail, e-mail, SMS or phone.',
    },
    {
      code: 'profiling',
      name: 'Profiling and analytics',
      legalBasis: 'CONSENT',
      description: 'Individual scores (RFM, lifetime value) and segmentation.',
    },
    {
      code: 'customer_service',
      name: 'Customer service',
      legalBasis: 'CONTRACT',
      description: 'Handling orders, requests and complaints.',
    },
    {
      code: 'partner_sharing',
      name: 'Partner sharing',
      legalBasis: 'CONSENT',
      description: 'Sharing contact data with partner companies.',
    },
    {
      // Its own root, not under marketing: consenting to offers is not consenting to being measured
      // (messaging/tracking: opens and clicks are recorded only with this consent).
      code: 'tracking',
      name: 'E-mail tracking',
      legalBasis: 'CONSENT',
      description: 'Recording when you open our e-mails and click their links, to measure our campaigns.',
    },
  ];
