/**
 * What happens to a generated contact over time: its consents, purchases, targetings (with responses and
 * conversions), activities and tasks. Each draws from the contact's random source in a fixed order.
 */
import type { ActivityType, ConsentSource, ConsentStatus, ContactKind } from '../../generated/sqlite/enums.js';
import { consentAllows, type ConsentRecord } from '../../privacy/consent/consent.rules.js';
import type { BrandCode } from './catalog-data.js';
import {
  addDays,
  DAY,
  type GeneratedContact,
  type GeneratedSale,
  type GeneratedTarget,
  minDate,
  money,
  type SeedWorld,
} from './contact-world.js';
import type { Random } from './random.js';

/** Consents captured at the first contact, with a later change for some contacts (the history). */
export function generateConsents(
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
export function generatePurchases(
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
export function generateTargets(
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

export function generateActivities(
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

export function generateTasks(
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
