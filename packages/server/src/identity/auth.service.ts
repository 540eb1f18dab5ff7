import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import ipaddr from 'ipaddr.js';
import type { Db } from '../kernel/db/client.js';
import { ApiError } from '../kernel/errors.js';
import { createLoginThrottle, type LoginThrottle } from './login-throttle.js';
import { rateLimitStore } from './rate-limit-store.js';
import { loginAccount, type StaffPrincipal } from '../kernel/principal.js';
import type { Role } from '../generated/sqlite/enums.js';
import { issueToken, verifyToken } from './token.js';

/**
 * The password check, as an object so that a test can spy on it (the equal-path test counts its calls instead of
 * timing logins). A malformed stored hash counts as a wrong password.
 */
export const passwordCheck = {
  verify: (passwordHash: string, password: string): Promise<boolean> =>
    verify(passwordHash, password).catch(() => false),
};

let dummy: Promise<string> | undefined;
/**
 * An argon2id hash of a random password nobody knows, made with the same parameters as real ones: an unknown
 * e-mail is checked against it, so it costs the same argon2 work as a known one and answering cannot tell them apart.
 */
export const dummyPasswordHash = (): Promise<string> => (dummy ??= hash(randomBytes(32).toString('base64url')));

// One throttle per database client, on the process's store: in memory, counters per client (tests make one client
// per database, so theirs never mix); on Redis, the counters every instance shares.
const throttles = new WeakMap<Db, LoginThrottle>();
export function loginThrottleFor(db: Db): LoginThrottle {
  let t = throttles.get(db);
  if (!t) throttles.set(db, (t = createLoginThrottle({ store: rateLimitStore() })));
  return t;
}

/**
 * The throttle key of a client address: IPv4-mapped IPv6 unwrapped, IPv6 cut to its /64 (one subscriber gets a
 * whole /64, so counting single IPv6 addresses would let one client rotate through billions of them).
 */
export function clientKey(address: string | null | undefined): string {
  if (!address || !ipaddr.isValid(address)) return 'unknown';
  const a = ipaddr.process(address);
  return a.kind() === 'ipv6'
    ? `${ipaddr.IPv6.networkAddressFromCIDR(`${a.toString()}/64`).toString()}/64`
    : a.toString();
}

/** Does this address fall in one of these addresses or CIDR blocks? (IPv4-mapped IPv6 compared as IPv4.) */
function inRanges(address: string, ranges: readonly string[]): boolean {
  if (!ipaddr.isValid(address)) return false;
  const a = ipaddr.process(address);
  return ranges.some((r) => {
    try {
      const [base, bits] = r.includes('/') ? ipaddr.parseCIDR(r) : [ipaddr.process(r), null];
      if (base.kind() !== a.kind()) return false;
      return bits === null ? base.toString() === a.toString() : a.match(base, bits);
    } catch {
      return false;
    }
  });
}

const trustedProxiesFromEnv = () =>
  (process.env.FIDELE_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The client's address for throttling: the socket's peer, unless that peer is a trusted reverse proxy
 * (FIDELE_TRUSTED_PROXIES: addresses or CIDR blocks), in which case the nearest X-Forwarded-For hop that is not
 * itself a trusted proxy. Behind a proxy without the setting every client would share the proxy's address (one
 * client could lock everyone out); without a proxy the header is ignored, since any client can write it.
 */
export function clientAddress(
  peer: string | null | undefined,
  forwardedFor: string | null | undefined,
  trusted: readonly string[] = trustedProxiesFromEnv(),
): string | null {
  if (!peer || !trusted.length || !inRanges(peer, trusted)) return peer ?? null;
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!ipaddr.isValid(hops[i]!)) return peer; // a hop that is not an address: the chain cannot be trusted past it
    if (!inRanges(hops[i]!, trusted)) return hops[i]!;
  }
  return peer;
}

export interface LoginAttempt {
  /** The client's throttle key (`clientKey`). @default 'unknown' */
  client?: string;
  /** @default loginThrottleFor(db) */
  throttle?: LoginThrottle;
}

/**
 * Checks a staff user's password (argon2id) and issues a token. Unknown e-mail, wrong password and disabled
 * account give the same answer by the same path (an argon2 verification each, against a dummy hash for an unknown
 * e-mail), so the API does not reveal which accounts exist, by its answer or by its time. Throttled per account and
 * per client before any password work: over the limit, RATE_LIMITED (HTTP 429, Retry-After) even with the right
 * password, so guessing stops at the limit.
 */
export async function login(db: Db, email: string, password: string, attempt: LoginAttempt = {}) {
  const account = loginAccount(email);
  const client = attempt.client ?? 'unknown';
  const throttle = attempt.throttle ?? loginThrottleFor(db);
  const verdict = await throttle.check(account, client);
  if (!verdict.allowed) {
    const { retryAfterSeconds } = verdict;
    throw new ApiError('RATE_LIMITED', `Too many failed logins; retry in ${retryAfterSeconds} s.`, {
      retryAfterSeconds,
      http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
    });
  }
  const user = await db.staffUser.findUnique({ where: { email: account } });
  const passwordOk = await passwordCheck.verify(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !user.active || !passwordOk) {
    await throttle.failed(account, client);
    throw new ApiError('UNAUTHENTICATED', 'Wrong e-mail or password.');
  }
  await throttle.succeeded(account);
  return { ...(await issueToken(user.id)), user };
}

/** The principal behind an `Authorization: Bearer` header; null when absent. A bad token is an error. */
export async function principalFromAuthorization(db: Db, header: string | null): Promise<StaffPrincipal | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const userId = match?.[1] ? await verifyToken(match[1]) : null;
  if (userId === null) throw new ApiError('UNAUTHENTICATED', 'Invalid or expired token: log in again.');
  const user = await staffPrincipalRow(db, userId);
  if (!user?.active) throw new ApiError('UNAUTHENTICATED', 'Invalid or expired token: log in again.');
  return { kind: 'staff', userId: user.id, role: user.role, brandIds: user.brandIds, zoneIds: user.zoneIds };
}

/**
 * A staff user with their brands and zones in one statement (three with Prisma's relation loading): it runs on
 * every request, so its round trips are the floor of every request's latency. Read each time, never cached: a
 * deactivated account or a removed brand takes effect on the next request, on every instance.
 */
async function staffPrincipalRow(db: Db, userId: number) {
  const rows = await db.$queryRaw<{ k: string; v: number | bigint; role: string | null; active: unknown }[]>`
    SELECT 'u' AS "k", "id" AS "v", CAST("role" AS TEXT) AS "role", "active" FROM "StaffUser" WHERE "id" = ${userId}
    UNION ALL SELECT 'b', "brandId", NULL, NULL FROM "StaffUserBrand" WHERE "userId" = ${userId}
    UNION ALL SELECT 'z', "zoneId", NULL, NULL FROM "StaffUserZone" WHERE "userId" = ${userId}`;
  const user = rows.find((r) => r.k === 'u');
  if (!user) return null;
  const ids = (k: string) => rows.filter((r) => r.k === k).map((r) => Number(r.v));
  return {
    id: Number(user.v),
    role: user.role as Role,
    // A boolean on PostgreSQL, 0/1 on SQLite.
    active: user.active === true || user.active === 1 || user.active === 1n,
    brandIds: ids('b'),
    zoneIds: ids('z'),
  };
}
