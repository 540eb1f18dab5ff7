/**
 * The seed's contact generator (contact-generator.ts) and its parts share these: the world it draws in (the rows
 * already in the database), the shape of what it generates, and a few date and money helpers.
 */
import type {
  ActivityType,
  ConsentSource,
  ConsentStatus,
  ContactKind,
  Interest,
  SaleChannel,
  TaskStatus,
} from '../../generated/sqlite/enums.js';
import type { RequestPurpose } from '../../kernel/purpose.js';
import type { ActionPlan } from './action-plans.js';
import type { BrandCode, ZoneCode } from './catalog-data.js';

export const DAY = 86_400_000;
export const money = (n: number) => (Math.round(n * 100) / 100).toFixed(2);
export const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);
export const minDate = (a: Date, b: Date) => (a < b ? a : b);

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
