import type {
  ActionMedium,
  ActionObjective,
  ActionStatus,
  ContactKind,
  PromiseType,
  ResponseChannel,
} from '../../generated/sqlite/enums.js';
import type { BrandCode } from './catalog-data.js';

/** How each medium behaves: duration, cost, who it can reach, how people answer. */
interface MediumProfile {
  days: number;
  fixedCost: number;
  costPerPiece: number;
  /** Probability that a targeted contact answers (before the contact's own responsiveness). */
  responseRate: number;
  channels: ResponseChannel[];
  purpose: string;
}

export const mediumProfiles: Record<ActionMedium, MediumProfile> = {
  MAILING: {
    days: 35,
    fixedCost: 1500,
    costPerPiece: 1.1,
    responseRate: 0.07,
    channels: ['MAIL_COUPON', 'PHONE', 'STORE_VISIT'],
    purpose: 'targeted_offers',
  },
  EMAIL: {
    days: 14,
    fixedCost: 400,
    costPerPiece: 0.02,
    responseRate: 0.05,
    channels: ['WEB', 'EMAIL_REPLY'],
    purpose: 'targeted_offers',
  },
  NEWSLETTER: {
    days: 10,
    fixedCost: 300,
    costPerPiece: 0.01,
    responseRate: 0.03,
    channels: ['WEB'],
    purpose: 'newsletter',
  },
  SMS: {
    days: 7,
    fixedCost: 200,
    costPerPiece: 0.08,
    responseRate: 0.04,
    channels: ['WEB', 'STORE_VISIT'],
    purpose: 'targeted_offers',
  },
  TELEMARKETING: {
    days: 21,
    fixedCost: 2000,
    costPerPiece: 3.5,
    responseRate: 0.16,
    channels: ['PHONE'],
    purpose: 'targeted_offers',
  },
  FAX_MAILING: {
    days: 14,
    fixedCost: 150,
    costPerPiece: 0.3,
    responseRate: 0.03,
    channels: ['FAX_COUPON', 'PHONE'],
    purpose: 'targeted_offers',
  },
  EVENT: {
    days: 3,
    fixedCost: 9000,
    costPerPiece: 6,
    responseRate: 0.2,
    channels: ['STORE_VISIT', 'WEB'],
    purpose: 'marketing',
  },
  PRESS: {
    days: 30,
    fixedCost: 15000,
    costPerPiece: 0,
    responseRate: 0,
    channels: ['MAIL_COUPON', 'WEB', 'PHONE'],
    purpose: 'marketing',
  },
  DOOR_TO_DOOR: {
    days: 14,
    fixedCost: 3000,
    costPerPiece: 0.15,
    responseRate: 0,
    channels: ['STORE_VISIT', 'MAIL_COUPON'],
    purpose: 'marketing',
  },
  WEB: { days: 30, fixedCost: 5000, costPerPiece: 0, responseRate: 0, channels: ['WEB'], purpose: 'marketing' },
};

interface Template {
  name: string;
  medium: ActionMedium;
  objective: ActionObjective;
  promiseType: PromiseType;
  promiseSummary: string | null;
  brand: BrandCode | null;
  products: string[];
  controlGroupPercent?: number;
}

/**
 * A year of actions, repeated three times with the year in the name. Press and web campaigns target nobody
 * individually: they bring new contacts (their *source*).
 */
const yearlyTemplates: Template[] = [
  {
    name: 'Soldes d\u2019hiver',
    medium: 'EMAIL',
    objective: 'LOYALTY',
    promiseType: 'DISCOUNT',
    promiseSummary: '-20 % sur le linge de maison',
    brand: 'MAISON',
    products: ['LIN-001', 'LIN-002', 'LIN-004'],
    controlGroupPercent: 10,
  },
  {
    name: 'Campagne presse printemps',
    medium: 'PRESS',
    objective: 'ACQUISITION',
    promiseType: 'GIFT',
    promiseSummary: 'Une bougie offerte pour tout premier achat',
    brand: 'MAISON',
    products: ['DEC-003'],
  },
  {
    name: 'Catalogue printemps',
    medium: 'MAILING',
    objective: 'UP_SELL',
    promiseType: 'DISCOUNT',
    promiseSummary: 'Bon de 15 € dès 100 € d\u2019achat',
    brand: 'MAISON',
    products: ['CUI-001', 'CUI-002', 'DEC-001'],
    controlGroupPercent: 5,
  },
  {
    name: 'Course du printemps',
    medium: 'EVENT',
    objective: 'LOYALTY',
    promiseType: 'FREE_RIGHTS',
    promiseSummary: 'Inscription gratuite et dossard',
    brand: 'SPORT',
    products: ['CHA-002', 'TEX-001'],
  },
  {
    name: 'Relance inactifs',
    medium: 'TELEMARKETING',
    objective: 'REACTIVATION',
    promiseType: 'DISCOUNT',
    promiseSummary: '-25 % sur la commande de retour',
    brand: 'SPORT',
    products: ['CHA-001', 'EQU-001'],
  },
  {
    name: 'Lettre d\u2019information été',
    medium: 'NEWSLETTER',
    objective: 'INFORMATION',
    promiseType: 'NONE',
    promiseSummary: null,
    brand: null,
    products: [],
  },
  {
    name: 'Prêts pour l\u2019été',
    medium: 'SMS',
    objective: 'UP_SELL',
    promiseType: 'DISCOUNT',
    promiseSummary: '-10 % sur les maillots ce week-end',
    brand: 'SPORT',
    products: ['TEX-005', 'EQU-006'],
  },
  {
    name: 'Site web rentrée',
    medium: 'WEB',
    objective: 'ACQUISITION',
    promiseType: 'DISCOUNT',
    promiseSummary: '-10 % sur la première commande en ligne',
    brand: 'SPORT',
    products: ['TEX-002'],
  },
  {
    name: 'Reconquête anciens clients',
    medium: 'MAILING',
    objective: 'WIN_BACK',
    promiseType: 'GIFT',
    promiseSummary: 'Un plaid offert pour votre retour',
    brand: 'MAISON',
    products: ['LIN-004', 'CUI-003'],
  },
  {
    name: 'Fêtes de fin d\u2019année',
    medium: 'EMAIL',
    objective: 'LOYALTY',
    promiseType: 'DISCOUNT',
    promiseSummary: 'Livraison offerte et -15 % sur les cadeaux',
    brand: null,
    products: ['CUI-004', 'EQU-005', 'SRV-003'],
    controlGroupPercent: 10,
  },
];

export interface ActionPlan extends Omit<Template, 'controlGroupPercent'> {
  code: string;
  controlGroupPercent: number | null;
  startDate: Date;
  endDate: Date;
  status: ActionStatus;
  cost: string;
  plannedQuantity: number | null;
  responseChannels: ResponseChannel[];
  purpose: string;
  /** Who the action is aimed at. */
  audience: ContactKind[];
  responseRate: number;
}

const DAY = 86_400_000;

const audienceOf = (objective: ActionObjective): ContactKind[] => {
  switch (objective) {
    case 'ACQUISITION':
      return ['PROSPECT'];
    case 'WIN_BACK':
      return ['FORMER_CLIENT'];
    case 'REACTIVATION':
      return ['CLIENT', 'FORMER_CLIENT'];
    case 'INFORMATION':
      return ['CLIENT', 'PROSPECT', 'JOURNALIST', 'RELATION'];
    default:
      return ['CLIENT', 'PROSPECT'];
  }
};

/**
 * The actions of the three years before `asOf`, ten a year, evenly spread, plus one planned action after `asOf`.
 * Quantities and costs follow the size of the contact base.
 */
export function planActions(asOf: Date, contactCount: number): ActionPlan[] {
  const first = new Date(Date.UTC(asOf.getUTCFullYear() - 3, asOf.getUTCMonth(), 1));
  const plans: ActionPlan[] = [];
  const slots = yearlyTemplates.length * 3 + 1;
  const span = asOf.getTime() - first.getTime();
  for (let i = 0; i < slots; i++) {
    const t = yearlyTemplates[i % yearlyTemplates.length]!;
    const profile = mediumProfiles[t.medium];
    const start = new Date(first.getTime() + Math.round(((i + 0.3) * span) / (slots - 1) / DAY) * DAY);
    const end = new Date(start.getTime() + profile.days * DAY);
    const individual = profile.responseRate > 0;
    const plannedQuantity = individual ? Math.max(1, Math.round(contactCount * 0.3)) : null;
    const status: ActionStatus = start > asOf ? 'PLANNED' : end > asOf ? 'RUNNING' : 'COMPLETED';
    plans.push({
      ...t,
      name: `${t.name} ${start.getUTCFullYear()}`,
      code: `${t.medium.slice(0, 3)}-${start.getUTCFullYear()}-${String(i + 1).padStart(2, '0')}`,
      controlGroupPercent: t.controlGroupPercent ?? null,
      startDate: start,
      endDate: end,
      status,
      cost: (profile.fixedCost + profile.costPerPiece * (plannedQuantity ?? 0)).toFixed(2),
      plannedQuantity,
      responseChannels: profile.channels,
      purpose: profile.purpose,
      audience: audienceOf(t.objective),
      responseRate: profile.responseRate,
    });
  }
  return plans;
}
