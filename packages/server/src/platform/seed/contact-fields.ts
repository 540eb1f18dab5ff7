/** The fields of a generated contact that depend on its kind, and the lists they are drawn from. */
import type { Faker } from '@faker-js/faker';
import type { ContactKind, Interest } from '../../generated/sqlite/enums.js';
import type { randomPlace, randomStreet } from './addresses.js';
import type { ZoneCode } from './catalog-data.js';
import { DAY, money, type SeedWorld } from './contact-world.js';
import type { Random } from './random.js';

export const kinds: [ContactKind, number][] = [
  ['CLIENT', 56],
  ['PROSPECT', 24],
  ['FORMER_CLIENT', 8],
  ['SUPPLIER', 3],
  ['BANKER', 1],
  ['JOURNALIST', 2],
  ['RELATION', 6],
];
const emailDomains = [
  'gmail.com',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'sfr.fr',
  'hotmail.fr',
  'outlook.fr',
  'yahoo.fr',
  'wanadoo.fr',
  'icloud.com',
];
const media = [
  'Le Parisien',
  'Ouest-France',
  'Les Échos',
  'Le Figaro',
  'Sud Ouest',
  'La Voix du Nord',
  'L\u2019Équipe',
  'Marie Claire',
  'Maison Française',
  'LSA',
];
const banks = [
  'Banque Populaire',
  'Crédit Agricole',
  'Société Générale',
  'BNP Paribas',
  'Crédit Mutuel',
  'La Banque Postale',
  'Boursorama',
];
export const interestsAll: Interest[] = [
  'SPORTS',
  'CULTURE',
  'TECHNOLOGY',
  'TRAVEL',
  'GASTRONOMY',
  'FASHION',
  'HOME',
  'FINANCE',
  'HEALTH',
  'ENVIRONMENT',
];

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');

/** A French phone number in E.164: mobiles start with 6 or 7, landlines with the region's digit. */
function phone(random: Random, mobile: boolean, zone: ZoneCode): string {
  const first = mobile
    ? random.pick(['6', '7'])
    : ({ IDF: '1', NORD_EST: '3', OUEST: '2', SUD_OUEST: '5', SUD_EST: '4', CENTRE: '2' } as const)[zone];
  let rest = '';
  for (let i = 0; i < 8; i++) rest += random.int(0, 9);
  return `+33${first}${rest}`;
}

export function kindFields(
  random: Random,
  kind: ContactKind,
  world: SeedWorld,
  firstContactAt: Date,
): Record<string, unknown> {
  switch (kind) {
    case 'PROSPECT': {
      const stage = random.weighted([
        ['NEW', 30],
        ['CONTACTED', 25],
        ['REQUIREMENTS_STUDY', 15],
        ['QUOTE_SENT', 12],
        ['WON', 6],
        ['LOST', 12],
      ] as const);
      return {
        prospectPriority: random.chance(0.3) ? 'PRIORITY' : 'FOLLOW_UP',
        pipelineStage: stage,
        estimatedPotential: money(random.gamma(1.5, 800)),
        contactsMadeCount: stage === 'NEW' ? 0 : random.int(1, 12),
      };
    }
    case 'FORMER_CLIENT':
      return {
        endReason: random.weighted([
          ['PRICE', 25],
          ['COMPETITOR', 20],
          ['SERVICE_QUALITY', 12],
          ['PRODUCT_QUALITY', 10],
          ['MOVED_AWAY', 15],
          ['NO_LONGER_NEEDED', 14],
          ['DECEASED', 1],
          ['OTHER', 3],
        ] as const),
      };
    case 'SUPPLIER':
      return {
        businessSector: random.pick([
          'MANUFACTURING',
          'WHOLESALE',
          'LOGISTICS',
          'PRINTING',
          'MARKETING_SERVICES',
          'IT_SERVICES',
          'FACILITIES',
          'CONSULTING',
        ] as const),
      };
    case 'BANKER':
      return { bankType: random.pick(['RETAIL', 'COOPERATIVE', 'INVESTMENT', 'PRIVATE', 'ONLINE'] as const) };
    case 'JOURNALIST':
      return {
        journalistBeat: random.pick([
          'BUSINESS',
          'CONSUMER',
          'TECHNOLOGY',
          'LIFESTYLE',
          'TRADE_PRESS',
          'REGIONAL',
        ] as const),
        meetingsCount: Math.min(
          20,
          Math.floor((world.asOf.getTime() - firstContactAt.getTime()) / (180 * DAY)) + random.int(0, 2),
        ),
      };
    case 'RELATION':
      return { relationType: random.chance(0.6) ? 'PRESCRIBER' : 'INFLUENCER' };
    default:
      return {};
  }
}

/** What `personFields` draws from: the contact's kind and the person or organisation already drawn. */
export interface Person {
  kind: ContactKind;
  female: boolean;
  firstName: string;
  lastName: string;
  organisation: boolean;
  place: ReturnType<typeof randomPlace>;
  street: ReturnType<typeof randomStreet>;
}

/** Who the contact is and how to reach them: civility to marital status, drawn in this order. */
export function personFields(random: Random, faker: Faker, person: Person) {
  const { kind, female, firstName, lastName, organisation, place, street } = person;
  return {
    civility: random.chance(0.01) ? 'MX' : female ? 'MRS' : 'MR',
    firstName,
    lastName,
    companyName: organisation
      ? kind === 'JOURNALIST'
        ? random.pick(media)
        : kind === 'BANKER'
          ? random.pick(banks)
          : faker.company.name()
      : null,
    jobTitle: organisation
      ? kind === 'JOURNALIST'
        ? random.pick(['Journaliste', 'Rédactrice en chef', 'Chef de rubrique'])
        : faker.person.jobTitle()
      : null,
    email: random.chance(0.88)
      ? `${ascii(firstName)}.${ascii(lastName)}${random.chance(0.3) ? random.int(1, 99) : ''}@${random.pick(emailDomains)}`
      : null,
    phone: random.chance(0.5) ? phone(random, false, place.zone) : null,
    mobile: random.chance(0.75) ? phone(random, true, place.zone) : null,
    fax: organisation && random.chance(0.2) ? phone(random, false, place.zone) : null,
    addressLine1: street.line1,
    addressLine2: street.line2,
    postalCode: place.postalCode,
    city: place.city,
    countryCode: 'FR',
    language: random.weighted([
      ['FR', 95],
      ['EN', 3],
      ['DE', 1],
      ['ES', 1],
    ] as const),
    incomeBand:
      !organisation && random.chance(0.6)
        ? random.weighted([
            ['UNDER_20K', 15],
            ['FROM_20K_TO_35K', 35],
            ['FROM_35K_TO_50K', 25],
            ['FROM_50K_TO_80K', 17],
            ['OVER_80K', 8],
          ] as const)
        : null,
    maritalStatus:
      !organisation && random.chance(0.55)
        ? random.weighted([
            ['SINGLE', 30],
            ['MARRIED', 40],
            ['CIVIL_UNION', 10],
            ['DIVORCED', 12],
            ['WIDOWED', 5],
            ['SEPARATED', 3],
          ] as const)
        : null,
  };
}
