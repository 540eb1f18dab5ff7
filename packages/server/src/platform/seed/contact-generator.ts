import type { Faker } from '@faker-js/faker';
import type {
  ActivityType,
  ClassRank,
  ConsentSource,
  ConsentStatus,
  ContactKind,
  Interest,
  SaleChannel,
  TaskStatus,
} from '../../generated/sqlite/enums.js';
import { consentAllows, type ConsentRecord } from '../../privacy/consent/consent.rules.js';
import type { RequestPurpose } from '../../kernel/purpose.js';
import type { ActionPlan } from './action-plans.js';
import { randomPlace, randomStreet } from './addresses.js';
import type { BrandCode, ZoneCode } from './catalog-data.js';
import type { Random } from './random.js';

const DAY = 86_400_000;

/** What the generator needs to know about the rows already in the database. */
export interface SeedWorld {
  asOf: Date;
  /** Start of the three years of sales. */
  salesFrom: Date;
  brandIds: Record<BrandCode, number>;
  zoneIds: Record<ZoneCode, number>;
  actions: (ActionPlan & { id: number })[];
  /** Products sold by each brand (services are sold by both). */
  productsByBrand: Record<BrandCode, { id: number; code: string; price: number; cost: number }[]>;
  productByCode: Map<string, { id: number; code: string; price: number; cost: number }>;
  purposes: Map<string, RequestPurpose>;
  /** Sales users by brand and zone (owners), and every staff user (authors of activities). */
  owners: { id: number; brands: BrandCode[]; zones: ZoneCode[] }[];
  staffIds: number[];
}

export interface GeneratedSale {
  saleDate: Date;
  channel: SaleChannel;
  total: string;
  grossMargin: string;
  attributedActionId: number | null;
  lines: { productId: number; quantity: number; unitPrice: string; discountRate: string }[];
}

export interface GeneratedTarget {
  actionId: number;
  targetedAt: Date;
  respondedAt: Date | null;
  responseChannel: ActionPlan['responseChannels'][number] | null;
  inControlGroup: boolean;
  /** The sale (one of the contact's `sales`) that converted this target. */
  conversion: GeneratedSale | null;
}

export interface GeneratedContact {
  contact: Record<string, unknown> & { kind: ContactKind; firstContactAt: Date };
  interests: Interest[];
  /** A relation (influencer, prescriber) is the relation of an earlier contact, chosen when inserting. */
  isRelationOfSomeone: boolean;
  consents: {
    purpose: string;
    status: ConsentStatus;
    source: ConsentSource;
    capturedAt: Date;
    capturedById: number | null;
    proof: string | null;
  }[];
  sales: GeneratedSale[];
  targets: GeneratedTarget[];
  activities: {
    type: ActivityType;
    occurredAt: Date;
    subject: string;
    body: string | null;
    authorId: number | null;
    actionId: number | null;
  }[];
  tasks: { title: string; dueDate: Date; assigneeId: number | null; status: TaskStatus; completedAt: Date | null }[];
}

const kinds: [ContactKind, number][] = [
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
const interestsAll: Interest[] = [
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
const money = (n: number) => (Math.round(n * 100) / 100).toFixed(2);
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);
const minDate = (a: Date, b: Date) => (a < b ? a : b);

/** A French phone number in E.164: mobiles start with 6 or 7, landlines with the region's digit. */
function phone(random: Random, mobile: boolean, zone: ZoneCode): string {
  const first = mobile
    ? random.pick(['6', '7'])
    : ({ IDF: '1', NORD_EST: '3', OUEST: '2', SUD_OUEST: '5', SUD_EST: '4', CENTRE: '2' } as const)[zone];
  let rest = '';
  for (let i = 0; i < 8; i++) rest += random.int(0, 9);
  return `+33${first}${rest}`;
}

/**
 * Generates one contact with everything that happens to it: consents, sales, targetings, responses and
 * conversions, activities, tasks. Pure apart from the random sources, so the same seed gives the same contact.
 */
export function generateContact(world: SeedWorld, random: Random, faker: Faker): GeneratedContact {
  const kind = random.weighted(kinds);
  const brand: BrandCode = random.chance(0.55) ? 'MAISON' : 'SPORT';
  const place = randomPlace(random);
  const street = randomStreet(random);
  const female = random.chance(0.52);
  const firstName = faker.person.firstName(female ? 'female' : 'male');
  const lastName = faker.person.lastName();
  const organisation =
    kind === 'SUPPLIER' || kind === 'BANKER' || kind === 'JOURNALIST' || (kind !== 'RELATION' && random.chance(0.12));
  const { asOf, salesFrom } = world;

  // When the relation began: buyers within the three years of sales, other relations earlier too.
  // A third of the buyers were clients before the three years the demo holds: their history starts earlier.
  const buyerSince = random.chance(0.35) ? addDays(salesFrom, -2 * 365) : salesFrom;
  const earliest =
    kind === 'CLIENT' || kind === 'FORMER_CLIENT'
      ? buyerSince
      : kind === 'PROSPECT'
        ? addDays(asOf, -730)
        : addDays(asOf, -6 * 365);
  let firstContactAt = random.date(earliest, addDays(asOf, kind === 'PROSPECT' ? -1 : -45));
  let sourceActionId: number | null = null;
  // Half of the newcomers came through an acquisition campaign: their first contact falls in its window.
  const acquisitions = world.actions.filter(
    (a) => a.objective === 'ACQUISITION' && a.startDate >= earliest && addDays(a.endDate, 30) < asOf,
  );
  if (
    (kind === 'CLIENT' || kind === 'PROSPECT' || kind === 'FORMER_CLIENT') &&
    acquisitions.length &&
    random.chance(0.5)
  ) {
    const a = random.pick(acquisitions);
    sourceActionId = a.id;
    firstContactAt = random.date(a.startDate, addDays(a.endDate, 30));
  }

  const eligibleOwners = world.owners.filter((o) => o.brands.includes(brand) && o.zones.includes(place.zone));
  const ownerId =
    (kind === 'CLIENT' || kind === 'PROSPECT') && eligibleOwners.length && random.chance(0.7)
      ? random.pick(eligibleOwners).id
      : null;

  const consents = generateConsents(world, random, kind, firstContactAt, ownerId);
  const purchases =
    kind === 'CLIENT' || kind === 'FORMER_CLIENT'
      ? generatePurchases(world, random, brand, kind, firstContactAt)
      : { sales: [], firstPurchase: null };
  const sales = purchases.sales;
  const targets = generateTargets(world, random, { kind, brand, firstContactAt, consents, sales });
  sales.sort((x, y) => x.saleDate.getTime() - y.saleDate.getTime());

  const revenue = sales.reduce((s, x) => s + Number(x.total), 0);
  const margin = sales.reduce((s, x) => s + Number(x.grossMargin), 0);
  const rank = (v: number, a: number, b: number, c: number): ClassRank =>
    v >= a ? 'A' : v >= b ? 'B' : v >= c ? 'C' : 'D';
  const buyer = sales.length > 0;

  const contact: GeneratedContact['contact'] = {
    kind,
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
    firstContactAt,
    firstSaleAt:
      purchases.firstPurchase && sales[0]
        ? minDate(purchases.firstPurchase, sales[0].saleDate)
        : (sales[0]?.saleDate ?? purchases.firstPurchase),
    sourceActionId,
    discountRate: buyer && random.chance(0.2) ? random.pick(['5.00', '10.00', '15.00']) : null,
    ownerId,
    brandId: world.brandIds[brand],
    zoneId: world.zoneIds[place.zone],
    revenueClass: buyer ? rank(revenue, 1500, 600, 200) : null,
    frequencyClass: buyer ? rank(sales.length, 8, 4, 2) : null,
    distributionType: buyer ? (random.chance(0.8) ? 'SHORT' : 'LONG') : null,
    commercialService: buyer ? (random.chance(0.85) ? 'DIRECT' : 'INDIRECT') : null,
    grossMarginClass: buyer ? rank(margin, 800, 300, 100) : null,
    ...kindFields(random, kind, world, firstContactAt),
    createdAt: firstContactAt,
  };

  return {
    contact,
    interests: kind === 'RELATION' ? random.sample(interestsAll, random.int(1, 3)) : [],
    isRelationOfSomeone: kind === 'RELATION',
    consents,
    sales,
    targets,
    activities: generateActivities(world, random, kind, firstContactAt, ownerId, targets),
    tasks: generateTasks(world, random, contact, ownerId),
  };
}

function kindFields(
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

/** Consents captured at the first contact, with a later change for some contacts (the history). */
function generateConsents(
  world: SeedWorld,
  random: Random,
  kind: ContactKind,
  at: Date,
  ownerId: number | null,
): GeneratedContact['consents'] {
  const person = kind !== 'SUPPLIER' && kind !== 'BANKER';
  const source = random.weighted([
    ['WEB_FORM', 40],
    ['STORE', 25],
    ['PAPER_FORM', 15],
    ['PHONE', 10],
    ['EMAIL', 10],
  ] as const);
  const event = (purpose: string, status: ConsentStatus, capturedAt: Date, src: ConsentSource = source) => ({
    purpose,
    status,
    source: src,
    capturedAt,
    capturedById: src === 'PHONE' || src === 'STORE' ? ownerId : null,
    proof: src === 'WEB_FORM' ? `form-${random.hex(10)}` : src === 'PAPER_FORM' ? `scan-${random.hex(8)}` : null,
  });
  const out: GeneratedContact['consents'] = [];
  if (!person) return out;
  const marketing = random.weighted([
    ['GRANTED', 72],
    ['DENIED', 10],
    ['NONE', 18],
  ] as const);
  if (marketing !== 'NONE') out.push(event('marketing', marketing, at));
  if (marketing === 'GRANTED' && random.chance(0.12)) out.push(event('newsletter', 'DENIED', at));
  if (marketing === 'NONE' && random.chance(0.25)) out.push(event('targeted_offers', 'GRANTED', at));
  const profiling = random.weighted([
    ['GRANTED', 60],
    ['DENIED', 12],
    ['NONE', 28],
  ] as const);
  if (profiling !== 'NONE') out.push(event('profiling', profiling, at));
  if (random.chance(0.2)) out.push(event('partner_sharing', 'GRANTED', at));
  // History: some withdraw later, some grant later.
  const later = random.date(addDays(at, 1), world.asOf);
  if (later > at) {
    if (marketing === 'GRANTED' && random.chance(0.1))
      out.push(event('marketing', 'WITHDRAWN', later, random.pick(['EMAIL', 'WEB_FORM', 'PHONE'] as const)));
    else if (marketing !== 'GRANTED' && random.chance(0.15)) out.push(event('marketing', 'GRANTED', later, 'WEB_FORM'));
  }
  return out;
}

/** May the contact's data be used for `purposeCode` at `at`? The API's own rule, over the consent history. */
function consentAt(world: SeedWorld, consents: GeneratedContact['consents'], purposeCode: string, at: Date): boolean {
  const purpose = world.purposes.get(purposeCode)!;
  const latest = new Map<string, ConsentRecord>();
  for (const c of consents) {
    if (c.capturedAt > at) continue;
    latest.set(c.purpose, {
      purposeId: world.purposes.get(c.purpose)!.id,
      status: c.status,
      effectiveFrom: c.capturedAt,
      effectiveTo: null,
    });
  }
  return consentAllows([...latest.values()], purpose, at);
}

/**
 * Purchases as customer-base models see them: each customer buys at its own rate (gamma-distributed across
 * customers) and may stop after any purchase (beta-distributed drop-out). The first purchase comes soon after
 * the first contact.
 */
function generatePurchases(
  world: SeedWorld,
  random: Random,
  brand: BrandCode,
  kind: ContactKind,
  firstContactAt: Date,
): { sales: GeneratedSale[]; firstPurchase: Date | null } {
  const perYear = random.gamma(1.3, 2.2);
  const dropout = kind === 'FORMER_CLIENT' ? 0.6 : random.beta(1, 5);
  const end = kind === 'FORMER_CLIENT' ? addDays(world.asOf, -240) : world.asOf;
  const sales: GeneratedSale[] = [];
  let firstPurchase: Date | null = null;
  let date = addDays(firstContactAt, random.exponential(5));
  while (date <= end) {
    firstPurchase ??= date;
    // Purchases before the three years the database holds happened, but are not in the demo's sales.
    if (date >= world.salesFrom) sales.push(makeSale(world, random, brand, date, null, []));
    if (random.chance(dropout)) break;
    date = addDays(date, Math.max(1, random.exponential(365 / Math.max(perYear, 0.2))));
  }
  return { sales, firstPurchase };
}

function makeSale(
  world: SeedWorld,
  random: Random,
  brand: BrandCode,
  saleDate: Date,
  actionId: number | null,
  promoted: string[],
): GeneratedSale {
  const catalog = world.productsByBrand[brand];
  const picks = promoted.length
    ? [world.productByCode.get(random.pick(promoted))!, ...(random.chance(0.3) ? [random.pick(catalog)] : [])]
    : random.sample(
        catalog,
        random.weighted([
          [1, 55],
          [2, 30],
          [3, 15],
        ] as const),
      );
  let total = 0;
  let cost = 0;
  const discount =
    actionId !== null && random.chance(0.7) ? random.pick([10, 15, 20]) : random.chance(0.1) ? random.pick([5, 10]) : 0;
  const lines = picks.map((p) => {
    const quantity = random.weighted([
      [1, 80],
      [2, 15],
      [3, 5],
    ] as const);
    const lineTotal = Math.round(quantity * p.price * (1 - discount / 100) * 100) / 100;
    total += lineTotal;
    cost += quantity * p.cost;
    return { productId: p.id, quantity, unitPrice: money(p.price), discountRate: money(discount) };
  });
  return {
    saleDate,
    channel: random.weighted([
      ['STORE', 50],
      ['WEB', 30],
      ['PHONE', 10],
      ['MAIL_ORDER', 5],
      ['SALES_REP', 5],
    ] as const),
    total: money(total),
    grossMargin: money(total - cost),
    attributedActionId: actionId,
    lines,
  };
}

/**
 * The actions that reached this contact: only those aimed at its kind and brand, started after it was known,
 * and whose purpose its consent covered on the day (the seed obeys the rule the campaigns module enforces).
 * Control-group members get nothing and do not answer; others answer on an offered channel after the targeting,
 * and some answers turn into a sale (*transformation*) dated after the answer.
 */
function generateTargets(
  world: SeedWorld,
  random: Random,
  c: {
    kind: ContactKind;
    brand: BrandCode;
    firstContactAt: Date;
    consents: GeneratedContact['consents'];
    sales: GeneratedSale[];
  },
): GeneratedTarget[] {
  const responsiveness = Math.min(3, random.gamma(2, 0.5));
  const targets: GeneratedTarget[] = [];
  for (const a of world.actions) {
    if (a.responseRate === 0 || a.startDate > world.asOf || a.startDate < c.firstContactAt) continue;
    if (!a.audience.includes(c.kind) || (a.brand !== null && a.brand !== c.brand)) continue;
    if (!random.chance(0.55)) continue;
    const targetedAt = addDays(
      a.startDate,
      random.int(0, Math.min(3, Math.floor((a.endDate.getTime() - a.startDate.getTime()) / DAY))),
    );
    if (targetedAt > world.asOf || !consentAt(world, c.consents, a.purpose, targetedAt)) continue;
    const target: GeneratedTarget = {
      actionId: a.id,
      targetedAt,
      respondedAt: null,
      responseChannel: null,
      inControlGroup: a.controlGroupPercent !== null && random.chance(a.controlGroupPercent / 100),
      conversion: null,
    };
    targets.push(target);
    if (target.inControlGroup || !random.chance(Math.min(0.9, a.responseRate * responsiveness))) continue;
    const respondedAt = addDays(targetedAt, 0.05 + random.exponential(6));
    if (respondedAt > minDate(world.asOf, addDays(a.endDate, 30))) continue;
    target.respondedAt = respondedAt;
    target.responseChannel = random.pick(a.responseChannels);
    if ((c.kind === 'CLIENT' || c.kind === 'FORMER_CLIENT') && random.chance(0.4)) {
      const saleDate = addDays(respondedAt, random.next() * 5);
      if (saleDate > world.asOf) continue;
      const promoted = a.products.filter(
        (code) => world.productsByBrand[c.brand].some((p) => p.code === code) || code.startsWith('SRV'),
      );
      const sale = makeSale(world, random, c.brand, saleDate, a.id, promoted);
      c.sales.push(sale);
      target.conversion = sale;
    }
  }
  return targets;
}

const subjects: Record<ActivityType, string[]> = {
  CALL: ['Appel de suivi', 'Appel satisfaction', 'Question sur une commande', 'Relance du devis'],
  EMAIL: ['Envoi de documentation', 'Réponse à une réclamation', 'Confirmation de rendez-vous'],
  MEETING: ['Rendez-vous en magasin', 'Présentation de la collection', 'Réunion de découverte'],
  VISIT_REPORT: ['Compte rendu de visite', 'Visite du showroom'],
  NOTE: ['Préférences de contact', 'Allergique aux appels le matin', 'Client fidèle depuis longtemps'],
};

function generateActivities(
  world: SeedWorld,
  random: Random,
  kind: ContactKind,
  from: Date,
  ownerId: number | null,
  targets: GeneratedTarget[],
): GeneratedContact['activities'] {
  const out: GeneratedContact['activities'] = [];
  const author = () => ownerId ?? random.pick(world.staffIds);
  // Every call of a telemarketing campaign leaves a trace in the contact's memory.
  for (const t of targets) {
    const action = world.actions.find((a) => a.id === t.actionId)!;
    if (action.medium === 'TELEMARKETING' && !t.inControlGroup) {
      out.push({
        type: 'CALL',
        occurredAt: t.targetedAt,
        subject: `Appel campagne ${action.code}`,
        body: t.respondedAt ? 'Intéressé, offre acceptée.' : 'Pas intéressé pour le moment.',
        authorId: author(),
        actionId: action.id,
      });
    }
  }
  if (kind !== 'CLIENT' && kind !== 'PROSPECT' && kind !== 'JOURNALIST') return out;
  if (!random.chance(0.35)) return out;
  for (let i = random.int(1, 4); i > 0; i--) {
    const type = random.weighted([
      ['CALL', 35],
      ['EMAIL', 30],
      ['MEETING', 15],
      ['VISIT_REPORT', 5],
      ['NOTE', 15],
    ] as const);
    out.push({
      type,
      occurredAt: random.date(from, world.asOf),
      subject: random.pick(subjects[type]),
      body: random.chance(0.5) ? 'Échange cordial, à recontacter.' : null,
      authorId: author(),
      actionId: null,
    });
  }
  return out;
}

function generateTasks(
  world: SeedWorld,
  random: Random,
  contact: GeneratedContact['contact'],
  ownerId: number | null,
): GeneratedContact['tasks'] {
  const stage = contact.pipelineStage as string | undefined;
  if (
    contact.kind !== 'PROSPECT' ||
    !stage ||
    !['CONTACTED', 'REQUIREMENTS_STUDY', 'QUOTE_SENT'].includes(stage) ||
    !random.chance(0.6)
  )
    return [];
  const dueDate = addDays(world.asOf, random.int(-20, 25));
  const done = dueDate < world.asOf && random.chance(0.6);
  return [
    {
      title:
        stage === 'QUOTE_SENT'
          ? 'Relancer le devis'
          : stage === 'CONTACTED'
            ? 'Qualifier le besoin'
            : 'Préparer une proposition',
      dueDate,
      assigneeId: ownerId,
      status: done ? 'DONE' : 'OPEN',
      completedAt: done ? dueDate : null,
    },
  ];
}
