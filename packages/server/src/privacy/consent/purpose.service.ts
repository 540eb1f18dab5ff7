import type { Db } from '../../kernel/db/client.js';
import { ApiError, fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import type { LegalBasis } from '../../generated/sqlite/enums.js';
import { rolePurposeCodes } from './role-purpose.service.js';
import type { Principal } from '../../kernel/principal.js';
import type { RequestPurpose } from '../../kernel/purpose.js';

interface PurposeRow {
  id: number;
  code: string;
  parentId: number | null;
  legalBasis: LegalBasis;
}

/** Every active purpose, in one query. */
export const loadPurposes = (db: Db): Promise<PurposeRow[]> =>
  db.purpose.findMany({ where: { active: true }, select: { id: true, code: true, parentId: true, legalBasis: true } });

/**
 * The purpose tree of one server instance, read at most once per `ttlMs` (concurrent requests share one read).
 * Purposes change only by migration or seed, never through the API, so a request that declares one costs no
 * round trip; an operator who deactivates a purpose in the database sees it refused within `ttlMs` on every
 * instance. @default ttlMs 5000
 */
export function cachedPurposes(db: Db, ttlMs = 5000): () => Promise<PurposeRow[]> {
  let cached: { at: number; rows: Promise<PurposeRow[]> } | null = null;
  return () => {
    const now = Date.now();
    if (!cached || now - cached.at >= ttlMs) {
      const rows = loadPurposes(db);
      cached = { at: now, rows };
      // A failed read is not kept: the next request tries again.
      rows.catch(() => {
        if (cached?.rows === rows) cached = null;
      });
    }
    return cached.rows;
  };
}

/** A purpose code resolved in the tree (with its chain of ancestors), or null when unknown or inactive. */
export function purposeIn(purposes: readonly PurposeRow[], code: string): RequestPurpose | null {
  const byId = new Map(purposes.map((p) => [p.id, p]));
  const purpose = purposes.find((p) => p.code === code);
  if (!purpose) return null;
  const chain: { id: number; code: string }[] = [];
  for (let p: PurposeRow | undefined = purpose; p; p = p.parentId ? byId.get(p.parentId) : undefined) {
    chain.push({ id: p.id, code: p.code });
  }
  return { id: purpose.id, code: purpose.code, legalBasis: purpose.legalBasis, chain };
}

/**
 * The purpose codes a principal may declare (each covers its subtree): a key's grants, or the staff user's role's
 * (RolePurpose, loaded with the principal). The system declares none: its purpose is set by the work it does.
 */
export const allowedPurposeCodes = (principal: Principal): readonly string[] =>
  principal.kind === 'system' ? [] : (principal.purposeCodes ?? []);

/** Resolves the declared purpose code, checking the principal may use it. One query for the whole tree. */
export async function resolvePurpose(
  db: Db,
  principal: Principal | null,
  code: string | null,
  purposes: () => Promise<PurposeRow[]> = () => loadPurposes(db),
): Promise<RequestPurpose | null> {
  if (!code) return null;
  const purpose = purposeIn(await purposes(), code);
  if (!purpose)
    throw new ApiError('VALIDATION', `Unknown purpose "${code}".`, {
      fields: [fieldProblem(['x-fidele-purpose'], fieldMessage('UNKNOWN_PURPOSE'))],
    });
  if (principal) {
    const allowed =
      principal.kind === 'staff' && !principal.purposeCodes
        ? await rolePurposeCodes(db, principal.role)
        : allowedPurposeCodes(principal);
    if (!purpose.chain.some((c) => allowed.includes(c.code))) {
      const who = principal.kind === 'partner' ? 'This API key' : 'Your role';
      throw new ApiError('FORBIDDEN', `${who} may not use the purpose "${code}".`);
    }
  }
  return purpose;
}
