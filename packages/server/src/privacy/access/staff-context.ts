import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import type { Provider } from '../../kernel/db/paths.js';
import { createConsentLoader } from '../consent/consent.loader.js';
import { resolvePurpose } from '../consent/purpose.service.js';

/**
 * A request context for a staff user outside HTTP (the CLI's `--as <e-mail>`): the same principal, purpose check,
 * row rules and consent loader as an API request by that user, so the CLI cannot do what the user could not.
 */
export async function staffContext(
  db: Db,
  provider: Provider,
  email: string,
  purposeCode: string | null = null,
): Promise<Context> {
  const user = await db.staffUser.findUnique({
    where: { email },
    select: {
      id: true,
      role: true,
      active: true,
      brands: { select: { brandId: true } },
      zones: { select: { zoneId: true } },
    },
  });
  if (!user?.active) throw new Error(`no active staff user with the e-mail ${email}`);
  const principal = {
    kind: 'staff' as const,
    userId: user.id,
    role: user.role,
    brandIds: user.brands.map((b) => b.brandId),
    zoneIds: user.zones.map((z) => z.zoneId),
  };
  const now = new Date();
  const purpose = await resolvePurpose(db, principal, purposeCode);
  return { db, provider, principal, purpose, now, loaders: { consent: createConsentLoader(db, purpose, now) } };
}
