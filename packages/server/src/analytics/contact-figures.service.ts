import type { Context } from '../kernel/context.js';
import type { Db } from '../kernel/db/client.js';
import { contacts } from '../privacy/access/contact-access.js';
import { ratio, type AnalyticsScope } from './analytics.service.js';
import { departmentName } from './departments.js';
import { regionOfDepartment } from './regions.js';

/** Contacts in figures, callable without GraphQL: counted by one dimension, and one contact's response rate. */

/** Catalog fields contacts can be counted by. Confidential ones are checked against the caller's role upstream. */
export const contactDimensions = {
  KIND: 'kind',
  CIVILITY: 'civility',
  LANGUAGE: 'language',
  COUNTRY: 'countryCode',
  BRAND: 'brandId',
  ZONE: 'zoneId',
  SOURCE_ACTION: 'sourceActionId',
  REVENUE_CLASS: 'revenueClass',
  FREQUENCY_CLASS: 'frequencyClass',
  DISTRIBUTION_TYPE: 'distributionType',
  COMMERCIAL_SERVICE: 'commercialService',
  PROSPECT_PRIORITY: 'prospectPriority',
  PIPELINE_STAGE: 'pipelineStage',
  END_REASON: 'endReason',
  BUSINESS_SECTOR: 'businessSector',
  BANK_TYPE: 'bankType',
  JOURNALIST_BEAT: 'journalistBeat',
  RELATION_TYPE: 'relationType',
  INCOME_BAND: 'incomeBand',
  MARITAL_STATUS: 'maritalStatus',
  GROSS_MARGIN_CLASS: 'grossMarginClass',
  DEPARTMENT: null,
  REGION: null,
} as const;

export type ContactDimension = keyof typeof contactDimensions;

export interface DistributionBucket {
  /** The value counted (enum value, code); null for contacts without one. */
  key: string | null;
  /** A readable name where the key is a reference (brand, zone, action, région). */
  label: string | null;
  count: number;
}

/** Live contacts (not deleted, not merged) within the caller's brands and zones, as a Prisma where. */
function liveContactsWhere(scope: AnalyticsScope) {
  return {
    deletedAt: null,
    mergedIntoId: null,
    ...(scope.brandIds ? { brandId: { in: scope.brandIds } } : {}),
    ...(scope.zoneIds ? { zoneId: { in: scope.zoneIds } } : {}),
  };
}

/** Dimensions read from a consent-bound field (civility; département and région from the postal code). */
export const consentBoundDimensions: readonly ContactDimension[] = ['CIVILITY', 'DEPARTMENT', 'REGION'];

/**
 * The département of a French postal code: its first two characters, except Corsica (20xxx: 2A for 200xx-201xx,
 * 2B for 202xx-206xx) and the overseas départements (97x: three characters). Null outside France.
 */
export function departmentOf(countryCode: string, postalCode: string | null): string | null {
  if (!postalCode || countryCode !== 'FR' || !/^\d{5}$/.test(postalCode)) return null;
  if (postalCode.startsWith('20')) return postalCode < '20200' ? '2A' : '2B';
  if (postalCode.startsWith('97')) return postalCode.slice(0, 3);
  return postalCode.slice(0, 2);
}

export interface ContactDistribution {
  buckets: DistributionBucket[];
  /**
   * Contacts in scope not counted by value because the dimension reads a consent-bound field and their consent
   * does not cover the request's purpose.
   */
  withheld: number;
}

/**
 * Contacts counted by one dimension, most frequent first (ties by key). Counted by the database: a GROUP BY on
 * the column (département and région: on the postal code, whose few thousand distinct values are then folded
 * into départements and régions). `personalWhere` (the consent rule) confines the counts of consent-bound
 * dimensions; the contacts it leaves out are reported as `withheld`.
 */
export async function contactDistribution(
  ctx: Context,
  scope: AnalyticsScope,
  by: ContactDimension,
): Promise<ContactDistribution> {
  const db = ctx.db;
  const live = liveContactsWhere(scope);
  const bound = consentBoundDimensions.includes(by);
  // Grouping by a personal column is comparing it: the layer confines those groups to contacts whose consent
  // covers the request's purpose (the others are counted as withheld below).
  const people = contacts(ctx);
  const merged = new Map<string | null, DistributionBucket>();
  const add = (key: string | null, label: string | null, count: number) => {
    const b = merged.get(key) ?? { key, label, count: 0 };
    b.count += count;
    merged.set(key, b);
  };
  if (by === 'DEPARTMENT' || by === 'REGION') {
    const rows = await people.groupCount(['countryCode', 'postalCode'], live);
    for (const r of rows) {
      const department = departmentOf(r.countryCode, r.postalCode);
      const region = department ? regionOfDepartment(department) : undefined;
      if (by === 'DEPARTMENT') add(department, department ? (departmentName(department) ?? null) : null, r._count._all);
      else add(region?.code ?? null, region?.name ?? null, r._count._all);
    }
  } else {
    const column = contactDimensions[by];
    const rows = (await people.groupCount([column!], live)) as unknown as (Record<string, unknown> & {
      _count: { _all: number };
    })[];
    const labels = await labelsFor(
      db,
      scope,
      by,
      rows.map((r) => r[column]).filter((v): v is number => typeof v === 'number'),
    );
    for (const r of rows) {
      const value = r[column];
      // References (brand, zone, action) are keyed by code; an action outside the caller's brands becomes OTHER.
      const ref = typeof value === 'number' ? (labels.get(value) ?? { code: 'OTHER', name: null }) : null;
      add(
        ref ? ref.code : value === null || value === undefined ? null : String(value),
        ref?.name ?? null,
        r._count._all,
      );
    }
  }
  const buckets = [...merged.values()].sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));
  const counted = buckets.reduce((s, b) => s + b.count, 0);
  const withheld = bound ? (await people.count({ where: live })) - counted : 0;
  return { buckets, withheld };
}

type Label = { code: string; name: string | null };

async function labelsFor(
  db: Db,
  scope: AnalyticsScope,
  by: ContactDimension,
  ids: number[],
): Promise<Map<number, Label>> {
  if (!ids.length) return new Map();
  const where = { id: { in: ids } };
  const select = { id: true, code: true, name: true };
  const rows: { id: number; code: string; name: string }[] =
    by === 'BRAND'
      ? await db.brand.findMany({ where, select })
      : by === 'ZONE'
        ? await db.zone.findMany({ where, select })
        : by === 'SOURCE_ACTION'
          ? await db.marketingAction.findMany({
              where: {
                ...where,
                ...(scope.brandIds ? { OR: [{ brandId: null }, { brandId: { in: scope.brandIds } }] } : {}),
              },
              select,
            })
          : [];
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
}

export interface ResponseRate {
  /** Actions that reached the contact (control-group targets are not counted: nothing reached them). */
  targeted: number;
  responded: number;
  rate: number | null;
}

/** A contact's personal response rate (answered / targeted), over the actions in scope. One grouped query. */
export async function contactResponseRate(db: Db, scope: AnalyticsScope, contactId: number): Promise<ResponseRate> {
  const where = {
    contactId,
    inControlGroup: false,
    ...(scope.brandIds ? { action: { OR: [{ brandId: null }, { brandId: { in: scope.brandIds } }] } } : {}),
  };
  const [targeted, responded] = await Promise.all([
    db.actionTarget.count({ where }),
    db.actionTarget.count({ where: { ...where, respondedAt: { not: null } } }),
  ]);
  return { targeted, responded, rate: ratio(responded, targeted) };
}
