/**
 * Access rules of the analytics module.
 * - Who: staff of the roles in `analyticsRoles`; partners (API keys) never.
 * - Which rows: a user sees the snapshots of its brands; the all-brands snapshot (brandId null) mixes every
 *   brand's sales, so only ADMIN sees it. Action figures follow the actions' row rule; contact figures the
 *   contacts' brands and zones.
 * - Individual scores are profiling: shown only for contacts whose consent covers the `profiling` purpose,
 *   whatever purpose the request declared. Aggregates count every contact in scope (see ANALYTICS.md).
 */
import type { Context } from '../kernel/context.js';
import { ApiError, validationError } from '../kernel/errors.js';
import { fieldMessage } from '../kernel/field-messages.js';
import type { Role } from '../generated/sqlite/enums.js';
import { contactRelation, contacts, purposeConsent } from '../privacy/access/contact-access.js';
import { loadPurposes, purposeIn } from '../privacy/consent/purpose.service.js';
import type { RequestPurpose } from '../kernel/purpose.js';
import { perRequest } from '../kernel/request-cache.js';
import type { AnalyticsScope } from './analytics.service.js';

/** Roles that read analytics and refresh snapshots. */
export const analyticsRoles: Role[] = ['ADMIN', 'ANALYST', 'MARKETING'];

/** The purpose an individual score needs consent for. */
export const PROFILING_PURPOSE = 'profiling';

/** The caller's scope: everything for ADMIN, else its brands and zones; nothing for anyone else. */
export function analyticsScope(ctx: Context): AnalyticsScope {
  const p = ctx.principal;
  if (!p || p.kind !== 'staff') return { brandIds: [], zoneIds: [] };
  return p.role === 'ADMIN' ? { brandIds: null, zoneIds: null } : { brandIds: p.brandIds, zoneIds: p.zoneIds };
}

/**
 * The brand whose snapshot a score sort or score filter reads when the caller names none: all brands (null) for an
 * administrator, else the caller's only brand. A caller of several brands must name one (VALIDATION on `path`): the
 * all-brands snapshot is not theirs, and reading it found nothing, so the sort silently kept the list's order and the
 * filter silently matched nobody. A caller of no brand reads no scores.
 */
export function scoreBrandOf(ctx: Context, path: string[]): number | null {
  const { brandIds } = analyticsScope(ctx);
  if (brandIds === null) return null;
  if (brandIds.length === 1) return brandIds[0]!;
  // No brand, no choice to ask for: the all-brands snapshot, which `snapshotScope` hides from this caller, so the
  // sort keeps the list's order and the filter finds nobody, as for a brand without a snapshot yet.
  if (brandIds.length === 0) return null;
  throw validationError([{ path, ...fieldMessage('SCORES_BRAND_REQUIRED') }]);
}

/** Row rule of score snapshots, as a Prisma where. */
export function snapshotScope(ctx: Context) {
  const scope = analyticsScope(ctx);
  return scope.brandIds === null ? {} : { brandId: { in: scope.brandIds } };
}

/**
 * May the caller refresh the snapshot of this brand (null: all brands)? A caller refreshes exactly the snapshots it
 * may read (`snapshotScope`): the roles of `analyticsRoles`, one of its brands at a time; the all-brands snapshot is
 * the administrator's (FORBIDDEN). A brand that is not the caller's answers NOT_FOUND, exactly like a brand that does
 * not exist, so the mutation cannot tell which brands exist outside the caller's.
 */
export async function assertMayRefresh(ctx: Context, brandId: number | null): Promise<void> {
  const scope = analyticsScope(ctx);
  if (brandId === null) {
    if (scope.brandIds === null) return;
    throw new ApiError('FORBIDDEN', 'Only an administrator may refresh the all-brands snapshot.');
  }
  const mine = scope.brandIds === null || scope.brandIds.includes(brandId);
  if (!mine || !(await ctx.db.brand.count({ where: { id: brandId } })))
    throw new ApiError('NOT_FOUND', 'No such brand.');
}

/** The `profiling` purpose with its ancestors, resolved once per request (null when the purpose does not exist). */
export const profilingPurpose: (ctx: Context) => Promise<RequestPurpose | null> = perRequest((ctx) =>
  loadPurposes(ctx.db).then((all) => purposeIn(all, PROFILING_PURPOSE)),
);

/**
 * The contacts whose individual scores the caller may read: in its row rule, live, and consenting to profiling
 * (the consent rule itself, `purposeConsent`, in SQL), as a filter on the relation to Contact.
 */
export async function scoredContactWhere(ctx: Context) {
  return contactRelation(ctx, {
    AND: [{ deletedAt: null, mergedIntoId: null }, purposeConsent(await profilingPurpose(ctx), ctx.now)],
  });
}

/**
 * Checks a visible contact consents to profiling; CONSENT_REQUIRED otherwise (the field then answers null and
 * this error).
 */
export async function assertProfilingConsent(ctx: Context, contactId: number): Promise<void> {
  const ok = await contacts(ctx).count({
    where: { AND: [{ id: contactId }, purposeConsent(await profilingPurpose(ctx), ctx.now)] },
  });
  if (!ok) {
    throw new ApiError(
      'CONSENT_REQUIRED',
      `This contact's consent does not cover the purpose "${PROFILING_PURPOSE}": no individual score.`,
      {
        purpose: PROFILING_PURPOSE,
      },
    );
  }
}
