import type { Context } from '../../kernel/context.js';
import { consentWhere } from '../consent/consent.rules.js';

/**
 * Row rules: the Prisma `where` a principal's reads are confined to. Services do not merge them by hand: they go
 * through the access layer (`contact-access.ts`), which merges them into every query of the entity (lists, node
 * lookups, relations), so a row outside them is indistinguishable from a missing one.
 */
export function brandZoneScope(ctx: Context): { brandId?: { in: number[] }; zoneId?: { in: number[] } } | null {
  const p = ctx.principal;
  if (!p) return null;
  // Partners write nothing and read only contacts (contactScope): no brand or zone is theirs to write into.
  if (p.kind === 'partner') return { brandId: { in: [] }, zoneId: { in: [] } };
  if (p.kind === 'system' || p.role === 'ADMIN') return {};
  return { brandId: { in: p.brandIds }, zoneId: { in: p.zoneIds } };
}

/**
 * The contacts a principal may see: its brands and zones; a sales user sees only the prospects it owns. A partner
 * sees the contacts of its key's brands whose consent covers `partner_sharing` (the same rule as the personal
 * fields, in SQL), so a contact who did not agree to sharing does not exist for a partner. The system sees every
 * row (consent is applied separately, per purpose).
 */
export function contactScope(ctx: Context) {
  const p = ctx.principal;
  if (p?.kind === 'partner') return { AND: [{ brandId: { in: p.brandIds } }, consentWhere(p.sharing, ctx.now)] };
  const scope = brandZoneScope(ctx);
  if (!p || scope === null) return { id: -1 }; // anonymous: nothing
  if (p.kind === 'staff' && p.role === 'SALES')
    return { ...scope, OR: [{ kind: { not: 'PROSPECT' as const } }, { ownerId: p.userId }] };
  return scope;
}

/** Brands a principal may see (for brand-scoped entities: sales, actions). Partners see none of those entities. */
export function brandScope(ctx: Context): { brandId?: { in: number[] } } {
  const p = ctx.principal;
  if (!p || p.kind === 'partner') return { brandId: { in: [] } };
  return p.kind === 'system' || p.role === 'ADMIN' ? {} : { brandId: { in: p.brandIds } };
}
