import type { Db } from '../kernel/db/client.js';
import { defaultDatabaseUrl, parseDatabaseUrl } from '../kernel/db/database-url.js';
import type { Provider } from '../kernel/db/paths.js';
import { isProduction } from '../kernel/production-mode.js';
import { DEMO_PASSWORD } from './seed/demo-users.js';
import { passwordCheck } from '../identity/auth.service.js';
import { tokenSecretProblem } from '../identity/token.js';
import { sharedStoreProblem } from '../identity/rate-limit-store.js';

/** The domain of the seeded demo accounts. */
const DEMO_DOMAIN = '@fidele.demo';

/**
 * Active demo accounts that still open with the public demo password (printed at start, in the README): anyone who
 * read the README could log in as an admin. A demo account whose password was changed is an ordinary account.
 */
export async function publicDemoAccounts(db: Db): Promise<string[]> {
  const users = await db.staffUser.findMany({
    where: { email: { endsWith: DEMO_DOMAIN }, active: true },
    select: { email: true, passwordHash: true },
    orderBy: { email: 'asc' },
  });
  const open: string[] = [];
  for (const u of users) if (await passwordCheck.verify(u.passwordHash, DEMO_PASSWORD)) open.push(u.email);
  return open;
}

/**
 * Why a production server must not start, or null. The demo's conveniences are unsafe defaults there: without
 * FIDELE_TOKEN_SECRET each process signs with its own random key (tokens die with a restart and one instance
 * refuses another's), demo users keep the public password, and on PostgreSQL rate limits and login throttles
 * counted per process would multiply with the instances (identity/rate-limit-store.ts).
 */
export async function productionRefusal(
  db: Db,
  env: NodeJS.ProcessEnv = process.env,
  provider: Provider = parseDatabaseUrl(env.DATABASE_URL || defaultDatabaseUrl).provider,
): Promise<string | null> {
  if (!isProduction(env)) return null;
  const problems: string[] = [];
  const secret = tokenSecretProblem(env.FIDELE_TOKEN_SECRET);
  if (secret) problems.push(secret);
  const store = sharedStoreProblem(provider, env);
  if (store) problems.push(store);
  const demo = await publicDemoAccounts(db);
  if (demo.length)
    problems.push(
      `demo users with the public password exist (${demo.join(', ')}): delete them or change their passwords`,
    );
  return problems.length ? `refusing to start in production: ${problems.join('; ')}` : null;
}
