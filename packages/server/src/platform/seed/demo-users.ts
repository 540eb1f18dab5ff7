import type { Role } from '../../generated/sqlite/enums.js';

/** The demo password of every seeded staff user (printed at start and in the README). */
export const DEMO_PASSWORD = 'fidele-demo';

export interface DemoUser {
  email: string;
  password: string;
  role: Role;
  firstName: string;
  lastName: string;
  /** Brand codes the user is scoped to; empty means all brands (the seed writes one scope row per brand). */
  brands: string[];
  /** Zone codes the user is scoped to; empty means all zones (one scope row per zone). */
  zones: string[];
}

/**
 * One login per role. The sales user is scoped to one brand and two zones so that the demo shows row rules at
 * work; the others see every brand and zone (the admin sees everything whatever its scopes).
 */
export const demoUsers: DemoUser[] = [
  {
    email: 'admin@fidele.demo',
    password: DEMO_PASSWORD,
    role: 'ADMIN',
    firstName: 'Camille',
    lastName: 'Admin',
    brands: [],
    zones: [],
  },
  {
    email: 'marketing@fidele.demo',
    password: DEMO_PASSWORD,
    role: 'MARKETING',
    firstName: 'Léa',
    lastName: 'Marchand',
    brands: [],
    zones: [],
  },
  {
    email: 'sales@fidele.demo',
    password: DEMO_PASSWORD,
    role: 'SALES',
    firstName: 'Hugo',
    lastName: 'Vendeur',
    brands: ['MAISON'],
    zones: ['IDF', 'OUEST'],
  },
  {
    email: 'support@fidele.demo',
    password: DEMO_PASSWORD,
    role: 'SUPPORT',
    firstName: 'Inès',
    lastName: 'Service',
    brands: [],
    zones: [],
  },
  {
    email: 'analyst@fidele.demo',
    password: DEMO_PASSWORD,
    role: 'ANALYST',
    firstName: 'Noah',
    lastName: 'Analyste',
    brands: [],
    zones: [],
  },
];

/** Field sales representatives who own contacts (they log in with the demo password too). */
export const salesReps = [
  {
    email: 'julie.roux@fidele.demo',
    firstName: 'Julie',
    lastName: 'Roux',
    brands: ['MAISON'],
    zones: ['NORD_EST', 'CENTRE'],
  },
  {
    email: 'karim.benali@fidele.demo',
    firstName: 'Karim',
    lastName: 'Benali',
    brands: ['SPORT'],
    zones: ['SUD_EST', 'SUD_OUEST'],
  },
  {
    email: 'sophie.lambert@fidele.demo',
    firstName: 'Sophie',
    lastName: 'Lambert',
    brands: ['SPORT'],
    zones: ['IDF', 'OUEST', 'NORD_EST', 'CENTRE'],
  },
];
