import { verify } from '@node-rs/argon2';
import type { Db } from '../../db/client.js';
import { ApiError } from '../../errors.js';
import type { StaffPrincipal } from './principal.js';
import { issueToken, verifyToken } from './token.js';

/**
 * Checks a staff user's password (argon2id) and issues a token. Unknown e-mail, wrong password and disabled
 * account give the same answer, so the API does not reveal which accounts exist.
 */
export async function login(db: Db, email: string, password: string) {
  const user = await db.staffUser.findUnique({ where: { email: email.trim().toLowerCase() } });
  const ok = user?.active === true && (await verify(user.passwordHash, password).catch(() => false));
  if (!user || !ok) throw new ApiError('UNAUTHENTICATED', 'Wrong e-mail or password.');
  return { ...(await issueToken(user.id)), user };
}

/** The principal behind an `Authorization: Bearer` header; null when absent. A bad token is an error. */
export async function principalFromAuthorization(db: Db, header: string | null): Promise<StaffPrincipal | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const userId = match?.[1] ? await verifyToken(match[1]) : null;
  if (userId === null) throw new ApiError('UNAUTHENTICATED', 'Invalid or expired token: log in again.');
  const user = await db.staffUser.findUnique({
    where: { id: userId },
    select: { id: true, role: true, active: true, brands: { select: { brandId: true } }, zones: { select: { zoneId: true } } },
  });
  if (!user?.active) throw new ApiError('UNAUTHENTICATED', 'Invalid or expired token: log in again.');
  return {
    kind: 'staff',
    userId: user.id,
    role: user.role,
    brandIds: user.brands.map((b) => b.brandId),
    zoneIds: user.zones.map((z) => z.zoneId),
  };
}
