import { hash } from '@node-rs/argon2';
import type { Context } from '../kernel/context.js';
import type { Db } from '../kernel/db/client.js';
import { ApiError } from '../kernel/errors.js';
import { isUniqueViolation } from '../kernel/prisma-errors.js';
import { loginAccount } from '../kernel/principal.js';
import { isBlank, isEmail, Problems } from '../kernel/validate.js';
import { updateVersioned } from '../kernel/versioned-update.js';
import type { Role } from '../generated/sqlite/enums.js';
import { passwordProblems } from './password-policy.js';
import { fieldMessage } from '../kernel/field-messages.js';

/**
 * How long a temporary password (given by an administrator at creation or reset) can be exchanged for one's own:
 * after that it opens nothing, and an administrator gives a new one.
 */
export const TEMPORARY_PASSWORD_DAYS = 7;

/**
 * argon2id with @node-rs/argon2's defaults, the parameters every stored hash already has: 19 MiB of memory
 * (m=19456), 2 passes (t=2), 1 lane (p=1), a 32-byte hash and a 16-byte random salt: OWASP's first recommended
 * setting for argon2id. `verify` reads the parameters from each stored hash, so raising them later needs no migration.
 */
export const hashPassword = (password: string) => hash(password);

/** Refuses a password that breaks the policy (password-policy.ts), on the given argument path. */
export function assertPasswordPolicy(password: string, email: string | null, path: string[]) {
  const problems = passwordProblems(password, email);
  if (!problems.length) return;
  const p = new Problems([]);
  for (const message of problems) p.addPath(path, message);
  p.throwIfAny();
}

/**
 * When a token for this user may be issued: now, or if their sessions were ended less than a second ago, the next
 * whole second. Tokens carry their issue time in whole seconds (`iat`) and a token issued before `tokensValidFrom`
 * is refused, so every token issued in the second of a reset would otherwise be refused too.
 */
export const tokenIssueTime = (tokensValidFrom: Date | null, now = new Date()) =>
  new Date(Math.max(now.getTime(), tokensValidFrom ? Math.ceil(tokensValidFrom.getTime() / 1000) * 1000 : 0));
/**
 * The `tokensValidFrom` that ends every session issued so far: just after now, and after the latest issue time a
 * token may already carry (`tokenIssueTime` rounds up to the next whole second after the previous end, so such a
 * token can be dated a little ahead of now). A token issued later is dated at or after it, and stays valid.
 */
export const sessionsEndAt = (previous: Date | null, now = new Date()) =>
  new Date(Math.max(now.getTime(), previous ? Math.ceil(previous.getTime() / 1000) * 1000 : 0) + 1);

async function previousEnd(db: Db, id: number): Promise<Date | null> {
  const user = await db.staffUser.findUnique({ where: { id }, select: { tokensValidFrom: true } });
  return user?.tokensValidFrom ?? null;
}
const temporaryUntil = (now: Date) => new Date(now.getTime() + TEMPORARY_PASSWORD_DAYS * 86_400_000);

export interface StaffScope {
  role?: Role | null;
  brandIds?: number[] | null;
  zoneIds?: number[] | null;
  firstName?: string | null;
  lastName?: string | null;
}

/** Checks names and that each brand and zone exists, collecting every problem. */
async function checkScope(db: Db, input: StaffScope, problems: Problems) {
  for (const key of ['firstName', 'lastName'] as const) {
    const v = input[key];
    if (v !== undefined)
      problems.check(!isBlank(v) && v!.trim().length <= 100, key, fieldMessage('REQUIRED_MAX_LENGTH', { max: 100 }));
  }
  const check = async (key: 'brands' | 'zones', ids: number[] | null | undefined, count: () => Promise<number>) => {
    if (!ids) return;
    if (ids.length > 200) problems.add(key, fieldMessage('AT_MOST', { max: 200 }));
    else if ((await count()) !== new Set(ids).size) problems.add(key, fieldMessage('UNKNOWN_ID'));
  };
  await check('brands', input.brandIds, () => db.brand.count({ where: { id: { in: input.brandIds! } } }));
  await check('zones', input.zoneIds, () => db.zone.count({ where: { id: { in: input.zoneIds! } } }));
}

const links = (input: StaffScope) => ({
  ...(input.brandIds ? { brands: { create: [...new Set(input.brandIds)].map((brandId) => ({ brandId })) } } : {}),
  ...(input.zoneIds ? { zones: { create: [...new Set(input.zoneIds)].map((zoneId) => ({ zoneId })) } } : {}),
});

export interface NewStaffUser extends StaffScope {
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  /** Given to the person by the administrator; valid TEMPORARY_PASSWORD_DAYS, only to choose their own. */
  temporaryPassword: string;
}

/**
 * Creates a staff user with a temporary password (admins). The e-mail is stored normalised (as login reads it);
 * one already used is CONFLICT.
 */
export async function createStaffUser(ctx: Context, input: NewStaffUser) {
  const email = loginAccount(input.email);
  const problems = new Problems().check(isEmail(email), 'email', fieldMessage('EMAIL_EXPECTED'));
  await checkScope(ctx.db, input, problems);
  for (const message of passwordProblems(input.temporaryPassword, email)) problems.add('temporaryPassword', message);
  problems.throwIfAny();
  const passwordHash = await hashPassword(input.temporaryPassword);
  try {
    return await ctx.db.staffUser.create({
      data: {
        email,
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        role: input.role,
        passwordHash,
        passwordTemporaryUntil: temporaryUntil(new Date()),
        ...links(input),
      },
      select: { id: true },
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new ApiError('CONFLICT', 'A staff user already has this e-mail.');
    throw e;
  }
}

/** An administrator may not take away their own access: there must stay someone to give it back. */
function refuseSelfLockout(ctx: Context, userId: number, what: string) {
  if (ctx.principal?.kind === 'staff' && ctx.principal.userId === userId)
    throw new ApiError('FORBIDDEN', `You cannot ${what} yourself: ask another administrator.`);
}

/**
 * Changes a staff user's names, role, brands or zones (admins), if still at `version`. Brands and zones given are
 * the whole new list. Applies on the user's next request (the principal is read on every request).
 */
export async function updateStaffUser(ctx: Context, id: number, version: number, input: StaffScope) {
  if (input.role && input.role !== 'ADMIN') refuseSelfLockout(ctx, id, 'change the role of');
  const problems = new Problems();
  await checkScope(ctx.db, input, problems);
  problems.throwIfAny();
  await ctx.db.$transaction(async (tx) => {
    const data = {
      ...(input.firstName ? { firstName: input.firstName.trim() } : {}),
      ...(input.lastName ? { lastName: input.lastName.trim() } : {}),
      ...(input.role ? { role: input.role } : {}),
    };
    await updateVersioned(tx.staffUser, 'Staff user', { id }, version, data);
    if (input.brandIds) {
      await tx.staffUserBrand.deleteMany({ where: { userId: id } });
      await tx.staffUserBrand.createMany({
        data: [...new Set(input.brandIds)].map((brandId) => ({ userId: id, brandId })),
      });
    }
    if (input.zoneIds) {
      await tx.staffUserZone.deleteMany({ where: { userId: id } });
      await tx.staffUserZone.createMany({
        data: [...new Set(input.zoneIds)].map((zoneId) => ({ userId: id, zoneId })),
      });
    }
  });
}

/** Deactivates or reactivates an account (admins): a deactivated user's tokens are refused from the next request. */
export async function setStaffUserActive(ctx: Context, id: number, active: boolean) {
  if (!active) refuseSelfLockout(ctx, id, 'deactivate');
  const ended = active ? {} : { tokensValidFrom: sessionsEndAt(await previousEnd(ctx.db, id)) };
  const { count } = await ctx.db.staffUser.updateMany({
    where: { id },
    data: { active, version: { increment: 1 }, ...ended },
  });
  if (!count) throw new ApiError('NOT_FOUND', 'Staff user not found.');
}

/**
 * Gives a user a new temporary password (admins): their sessions end at once, and the password only lets them
 * choose their own (`changePassword`) within TEMPORARY_PASSWORD_DAYS.
 */
export async function resetStaffPassword(ctx: Context, id: number, temporaryPassword: string) {
  const user = await ctx.db.staffUser.findUnique({ where: { id }, select: { email: true, tokensValidFrom: true } });
  if (!user) throw new ApiError('NOT_FOUND', 'Staff user not found.');
  assertPasswordPolicy(temporaryPassword, user.email, ['temporaryPassword']);
  await ctx.db.staffUser.update({
    where: { id },
    data: {
      passwordHash: await hashPassword(temporaryPassword),
      passwordTemporaryUntil: temporaryUntil(new Date()),
      tokensValidFrom: sessionsEndAt(user.tokensValidFrom),
      version: { increment: 1 },
    },
  });
}

/** Stores a user's own new password (after `changePassword` checked the current one): earlier sessions end. */
export async function storeOwnPassword(db: Db, id: number, password: string, now: Date) {
  await db.staffUser.update({
    where: { id },
    data: {
      passwordHash: await hashPassword(password),
      passwordTemporaryUntil: null,
      tokensValidFrom: sessionsEndAt(await previousEnd(db, id), now),
      version: { increment: 1 },
    },
  });
}
