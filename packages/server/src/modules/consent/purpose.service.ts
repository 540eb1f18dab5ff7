import type { Db } from '../../db/client.js';
import { ApiError } from '../../errors.js';
import type { LegalBasis, Role } from '../../generated/sqlite/enums.js';
import type { Principal } from '../auth/principal.js';

/** The purpose a request declared, resolved against the purpose tree. */
export interface RequestPurpose {
  id: number;
  code: string;
  legalBasis: LegalBasis;
  /** The purpose and its ancestors, nearest first: consent to any of them may cover the request. */
  chain: { id: number; code: string }[];
}

/**
 * Purposes each role may declare, by code; a code covers its whole subtree. Partners' keys list theirs in the
 * database.
 */
export const rolePurposes: Record<Role, string[]> = {
  ADMIN: ['marketing', 'customer_service'],
  MARKETING: ['marketing'],
  SALES: ['targeted_offers', 'customer_service'],
  SUPPORT: ['customer_service'],
  ANALYST: ['profiling'],
};

/** Resolves the declared purpose code, checking the principal may use it. One query for the whole tree. */
export async function resolvePurpose(db: Db, principal: Principal | null, code: string | null): Promise<RequestPurpose | null> {
  if (!code) return null;
  const purposes = await db.purpose.findMany({ where: { active: true }, select: { id: true, code: true, parentId: true, legalBasis: true } });
  const byId = new Map(purposes.map((p) => [p.id, p]));
  const purpose = purposes.find((p) => p.code === code);
  if (!purpose) throw new ApiError('VALIDATION', `Unknown purpose "${code}".`, { fields: [{ path: ['x-fidele-purpose'], message: 'unknown purpose' }] });
  const chain: { id: number; code: string }[] = [];
  for (let p: typeof purpose | undefined = purpose; p; p = p.parentId ? byId.get(p.parentId) : undefined) {
    chain.push({ id: p.id, code: p.code });
  }
  if (principal) {
    const allowed = rolePurposes[principal.role];
    if (!chain.some((c) => allowed.includes(c.code))) {
      throw new ApiError('FORBIDDEN', `Your role may not use the purpose "${code}".`);
    }
  }
  return { id: purpose.id, code: purpose.code, legalBasis: purpose.legalBasis, chain };
}
