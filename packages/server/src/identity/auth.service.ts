import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import ipaddr from 'ipaddr.js';
import type { Db } from '../kernel/db/client.js';
import { ApiError, fieldProblem, validationError } from '../kernel/errors.js';
import { fieldMessage } from '../kernel/field-messages.js';
import { PASSWORD_MAX_LENGTH } from './password-policy.js';
import { assertPasswordPolicy, storeOwnPassword, tokenIssueTime } from './staff-admin.service.js';
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
 * Checks a staff user's password (argon2id). Unknown e-mail, wrong password, disabled account and expired temporary
 * password give the same answer by the same path (an argon2 verification each, against a dummy hash for an unknown
 * e-mail), so the API does not reveal which accounts exist, by its answer or by its time. Throttled per account and
 * per client before any password work: over the limit, RATE_LIMITED (HTTP 429, Retry-After) even with the right
 * password, so guessing stops at the limit.
 */
async function checkPassword(db: Db, email: string, password: string, attempt: LoginAttempt) {
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
  // Longer than the policy allows: checked like a wrong password (argon2 against the dummy), never hashed whole.
  const tooLong = password.length > PASSWORD_MAX_LENGTH * 2;
  const user = await db.staffUser.findUnique({ where: { email: account } });
  const stored = user && !tooLong ? user.passwordHash : await dummyPasswordHash();
  const passwordOk = await passwordCheck.verify(stored, tooLong ? '' : password);
  const expired = user?.passwordTemporaryUntil != null && user.passwordTemporaryUntil <= new Date();
  if (!user || !user.active || !passwordOk || tooLong || expired) {
    await throttle.failed(account, client);
    throw new ApiError('UNAUTHENTICATED', 'Wrong e-mail or password.');
  }
  await throttle.succeeded(account);
  return user;
}

/**
 * Checks a staff user's password (`checkPassword`) and issues a token. A temporary password (given by an
 * administrator) opens no session: PASSWORD_CHANGE_REQUIRED, and only `changePassword` accepts it.
 */
export async function login(db: Db, email: string, password: string, attempt: LoginAttempt = {}) {
  const user = await checkPassword(db, email, password, attempt);
  if (user.passwordTemporaryUntil)
    throw new ApiError('PASSWORD_CHANGE_REQUIRED', 'This password was given to you: choose your own to log in.');
  return { ...(await issueToken(user.id, tokenIssueTime(user.tokensValidFrom))), user };
}

/**
 * A staff user replaces their password (their own, or a temporary one an administrator gave), proving the current
 * one as a login does (same throttle, same answers). The new one must meet the policy, checked only once the
 * current one is proven, and differ from it. Every earlier session ends; a new token is returned.
 */
export async function changePassword(
  db: Db,
  email: string,
  currentPassword: string,
  newPassword: string,
  attempt: LoginAttempt = {},
) {
  const user = await checkPassword(db, email, currentPassword, attempt);
  assertPasswordPolicy(newPassword, user.email, ['newPassword']);
  if (newPassword === currentPassword)
    throw validationError([fieldProblem(['newPassword'], fieldMessage('PASSWORD_UNCHANGED'))]);
  const now = new Date();
  await storeOwnPassword(db, user.id, newPassword, now);
  return { ...(await issueToken(user.id, tokenIssueTime(now, now))), user };
}

/** The principal behind an `Authorization: Bearer` header; null when absent. A bad token is an error. */
export async function principalFromAuthorization(db: Db, header: string | null): Promise<StaffPrincipal | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const verified = match?.[1] ? await verifyToken(match[1]) : null;
  if (verified === null) throw new ApiError('UNAUTHENTICATED', 'Invalid or expired token: log in again.');
  const user = await staffPrincipalRow(db, verified.userId);
  // A deactivated account, or a token older than the last password reset or change, is refused at once.
  const revoked = user?.tokensValidFrom != null && verified.issuedAt < user.tokensValidFrom;
  if (!user?.active || revoked) throw new ApiError('UNAUTHENTICATED', 'Invalid or expired token: log in again.');
  const { id: userId, role, brandIds, zoneIds, purposeCodes } = user;
  return { kind: 'staff', userId, role, brandIds, zoneIds, purposeCodes };
}

/** A DateTime read by raw SQL: a Date on PostgreSQL; on SQLite the stored text or epoch milliseconds. */
const instant = (v: unknown): number | null =>
  v === null || v === undefined
    ? null
    : v instanceof Date
      ? v.getTime()
      : typeof v === 'number' || typeof v === 'bigint' || /^\d+$/.test(String(v))
        ? Number(v)
        : new Date(String(v)).getTime();

/**
 * A staff user with their brands, zones and the purposes of their role (RolePurpose) in one statement (four with
 * Prisma's relation loading): it runs on every request, so its round trips are the floor of every request's
 * latency. Read each time, never cached: a deactivated account, a removed brand or a purpose taken from the role
 * takes effect on the next request, on every instance.
 */
async function staffPrincipalRow(db: Db, userId: number) {
  const rows = await db.$queryRaw<
    { k: string; v: number | bigint; role: string | null; active: unknown; t: unknown }[]
  >`
    SELECT 'u' AS "k", "id" AS "v", CAST("role" AS TEXT) AS "role", "active", "tokensValidFrom" AS "t"
      FROM "StaffUser" WHERE "id" = ${userId}
    UNION ALL SELECT 'b', "brandId", NULL, NULL, NULL FROM "StaffUserBrand" WHERE "userId" = ${userId}
    UNION ALL SELECT 'z', "zoneId", NULL, NULL, NULL FROM "StaffUserZone" WHERE "userId" = ${userId}
    UNION ALL SELECT 'p', 0, "purposeCode", NULL, NULL FROM "RolePurpose"
      WHERE "role" = (SELECT "role" FROM "StaffUser" WHERE "id" = ${userId})`;
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
    purposeCodes: rows.filter((r) => r.k === 'p').map((r) => r.role!),
    tokensValidFrom: instant(user.t),
  };
}
