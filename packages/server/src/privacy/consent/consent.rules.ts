import type { ConsentStatus } from '../../generated/sqlite/enums.js';
import type { RequestPurpose } from '../../kernel/purpose.js';

/** A contact's current consent for one purpose. */
export interface ConsentRecord {
  purposeId: number;
  status: ConsentStatus;
  effectiveFrom: Date;
  effectiveTo: Date | null;
}

const inForce = (r: ConsentRecord, at: Date) => r.effectiveFrom <= at && (r.effectiveTo === null || r.effectiveTo > at);

/**
 * A contract on record, the basis of a CONTRACT purpose (`customer_service`): the contact bought something (at least
 * one sale) or has a service case that is not closed (OPEN, IN_PROGRESS, WAITING or RESOLVED: a resolved case may
 * still be reopened or followed up; CLOSED ends it). Prospects, suppliers and journalists without one are not
 * covered by a contract, only by their own consent.
 */
export const openCaseStatuses = ['OPEN', 'IN_PROGRESS', 'WAITING', 'RESOLVED'] as const;

/** The same definition as a Prisma `where` on Contact. */
export const contractWhere = () => ({
  OR: [{ sales: { some: {} } }, { serviceCases: { some: { status: { in: [...openCaseStatuses] } } } }],
});

/**
 * May a contact's personal data be used for the request's purpose? The one rule, used by field resolvers (in
 * JavaScript, for a page of contacts) and mirrored by `consentWhere` (in SQL, for filters, sorts and counts):
 * - only records in force at `at` count (validity windows);
 * - the least permissive wins: a denial or withdrawal on the purpose or any ancestor refuses, even when another
 *   level granted (a denied child stays denied under a granted parent);
 * - otherwise a grant on the purpose or any ancestor allows (consent to a parent covers its children);
 * - with no record, a purpose based on consent refuses; one based on a contract allows only a contact with a
 *   contract on record (`contract`, see `contractWhere`); one on another legal basis (legal obligation,
 *   legitimate interest, ...) allows.
 *
 * `contract` defaults to false: without the fact, a contract basis is not assumed.
 */
export function consentAllows(
  records: readonly ConsentRecord[],
  purpose: RequestPurpose,
  at: Date,
  contract = false,
): boolean {
  const chainIds = new Set(purpose.chain.map((c) => c.id));
  const relevant = records.filter((r) => chainIds.has(r.purposeId) && inForce(r, at));
  if (relevant.some((r) => r.status !== 'GRANTED')) return false;
  if (relevant.some((r) => r.status === 'GRANTED')) return true;
  if (purpose.legalBasis === 'CONSENT') return false;
  return purpose.legalBasis === 'CONTRACT' ? contract : true;
}

/** The same rule as a Prisma `where` on Contact, for filters, sorts and counts that touch personal fields. */
export function consentWhere(purpose: RequestPurpose | null, at: Date) {
  if (!purpose) return { id: -1 };
  const chain = { in: purpose.chain.map((c) => c.id) };
  const window = { effectiveFrom: { lte: at }, OR: [{ effectiveTo: null }, { effectiveTo: { gt: at } }] };
  const noRefusal = {
    consentStates: { none: { purposeId: chain, status: { in: ['DENIED' as const, 'WITHDRAWN' as const] }, ...window } },
  };
  const granted = { consentStates: { some: { purposeId: chain, status: 'GRANTED' as const, ...window } } };
  if (purpose.legalBasis === 'CONSENT') return { AND: [noRefusal, granted] };
  if (purpose.legalBasis === 'CONTRACT') return { AND: [noRefusal, { OR: [granted, contractWhere()] }] };
  return noRefusal;
}
