import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import { fieldProblem, validationError } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import type { Role } from '../../generated/sqlite/enums.js';

/** The purpose codes a role may declare (RolePurpose), sorted. */
export const rolePurposeCodes = async (db: Db, role: Role): Promise<string[]> =>
  (
    await db.rolePurpose.findMany({ where: { role }, select: { purposeCode: true }, orderBy: { purposeCode: 'asc' } })
  ).map((r) => r.purposeCode);

/** Every role's purposes, as `{ role, purposes }`, roles in the enum's order. */
export async function allRolePurposes(db: Db, roles: readonly Role[]) {
  const rows = await db.rolePurpose.findMany({ orderBy: [{ purposeCode: 'asc' }] });
  return roles.map((role) => ({ role, purposes: rows.filter((r) => r.role === role).map((r) => r.purposeCode) }));
}

/** More codes than any purpose tree has: the list is replaced whole, so this bounds the work of one call. */
const MAX_CODES = 50;

/**
 * Replaces the purposes a role may declare (admins; the schema says so). Each code must name an active purpose.
 * The rows change in one transaction; the change applies on the next request of every user of the role, on every
 * instance (the role's purposes are read with the principal, never cached), and the write goes through the access
 * barrier of read replicas (kernel/db/access-writes.ts lists RolePurpose). Besides the mutation's own audit entry,
 * one entry records the purposes added and removed (codes, not personal data), so the log says what changed.
 */
export async function setRolePurposes(ctx: Context, role: Role, codes: readonly string[]) {
  const wanted = [...new Set(codes.map((c) => c.trim()))].sort();
  if (wanted.length > MAX_CODES)
    throw validationError([fieldProblem(['purposes'], fieldMessage('AT_MOST', { max: MAX_CODES }))]);
  const known = new Set(
    (await ctx.db.purpose.findMany({ where: { active: true, code: { in: wanted } }, select: { code: true } })).map(
      (p) => p.code,
    ),
  );
  const unknown = wanted.filter((c) => !known.has(c));
  if (unknown.length)
    throw validationError([
      fieldProblem(['purposes'], fieldMessage('UNKNOWN_PURPOSES', { codes: unknown.join(', ') })),
    ]);
  const before = await rolePurposeCodes(ctx.db, role);
  const added = wanted.filter((c) => !before.includes(c));
  const removed = before.filter((c) => !wanted.includes(c));
  if (!added.length && !removed.length) return wanted;
  const staff = ctx.principal?.kind === 'staff' ? ctx.principal.userId : null;
  await ctx.db.$transaction([
    ctx.db.rolePurpose.deleteMany({ where: { role, purposeCode: { in: removed } } }),
    ctx.db.rolePurpose.createMany({ data: added.map((purposeCode) => ({ role, purposeCode })) }),
    ctx.db.auditLog.create({
      data: {
        at: ctx.now,
        actorType: 'STAFF',
        actorUserId: staff,
        purpose: ctx.purpose?.code ?? null,
        operation: 'UPDATE',
        operationName: 'setRolePurposes',
        entity: 'RolePurpose',
        entityId: role,
        fields: [...added.map((c) => `+${c}`), ...removed.map((c) => `-${c}`)],
        outcome: 'ALLOWED',
      },
    }),
  ]);
  return wanted;
}
