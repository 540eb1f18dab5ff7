import type { Context } from '../../kernel/context.js';
import type { CaseStatus, Role } from '../../generated/sqlite/enums.js';
import { contactRelation } from '../../privacy/access/contact-access.js';

/**
 * The roles that work on customer-service cases: support (its job), sales (their clients' requests, and what they
 * promised) and admins. Marketing and analysts see no case at all: a case holds a person's complaint in free text,
 * which neither needs; analysts get the anonymous figures of `caseStatistics`.
 */
export const caseRoles: readonly Role[] = ['ADMIN', 'SUPPORT', 'SALES'];

/** Roles that may read the per-category figures (aggregates only, no case, no contact). */
export const caseStatisticsRoles: readonly Role[] = ['ADMIN', 'SUPPORT', 'SALES', 'ANALYST'];

/**
 * Row rule of cases: a role of `caseRoles`, the case's contact visible (contacts' rule) and the case's brand one of
 * the caller's (or none). For any other role a case does not exist: lists are empty, `node` answers null, the
 * contact's cases and timeline show none.
 */
export function caseScope(ctx: Context) {
  const p = ctx.principal;
  if (p?.kind !== 'staff' || !caseRoles.includes(p.role)) return { id: -1 };
  if (p.role === 'ADMIN') return {};
  return { contact: contactRelation(ctx), OR: [{ brandId: null }, { brandId: { in: p.brandIds } }] };
}

/** The status workflow: the statuses each status may move to. */
export const caseTransitions: Record<CaseStatus, readonly CaseStatus[]> = {
  OPEN: ['IN_PROGRESS', 'WAITING', 'RESOLVED'],
  IN_PROGRESS: ['WAITING', 'RESOLVED'],
  WAITING: ['IN_PROGRESS', 'RESOLVED'],
  RESOLVED: ['CLOSED', 'IN_PROGRESS'],
  CLOSED: [],
};

/** Hours from opening to resolution (two decimals), or null while unresolved. */
export const resolutionHours = (c: { openedAt: Date; resolvedAt: Date | null }) =>
  c.resolvedAt ? Math.round((c.resolvedAt.getTime() - c.openedAt.getTime()) / 36_000) / 100 : null;
