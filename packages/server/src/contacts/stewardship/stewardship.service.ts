import type { Context } from '../../kernel/context.js';
import { ApiError, fieldProblem, validationError } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { isBlank } from '../../kernel/validate.js';
import { assertWritable, contacts, contactWhere } from '../../privacy/access/contact-access.js';
import { updateContact } from '../contact.service.js';
import { isSteward } from './stewardship.hook.js';
import { deserialize, isStewardable, roleMayWrite, serialize, stewardableFields } from './stewardship.fields.js';

/** Row rule of proposals: those about contacts the caller may see. */
export const proposalScope = (ctx: Context) => ({ contact: contactWhere(ctx) });

/**
 * Puts a contact field under a role's stewardship (or moves it to another role), optionally naming the person of
 * that role who decides (`stewardUserId`; null: anyone of the role). Admins only (schema).
 */
export async function setStewardedField(
  ctx: Context,
  field: string,
  stewardRole: Role,
  stewardUserId: number | null = null,
) {
  if (!isStewardable(field)) {
    throw validationError([fieldProblem(['field'], fieldMessage('ONE_OF', { options: stewardableFields.join(', ') }))]);
  }
  if (!roleMayWrite(stewardRole, field)) {
    throw validationError([
      fieldProblem(['stewardRole'], fieldMessage('ROLE_MAY_NOT_WRITE_FIELD', { role: stewardRole, field })),
    ]);
  }
  if (stewardUserId !== null) {
    const person = await ctx.db.staffUser.findFirst({
      where: { id: stewardUserId, active: true },
      select: { role: true },
    });
    if (person?.role !== stewardRole)
      throw validationError([
        fieldProblem(['stewardUser'], fieldMessage('ACTIVE_USER_OF_ROLE', { role: stewardRole })),
      ]);
  }
  const data = { stewardRole, stewardUserId };
  return ctx.db.stewardedField.upsert({ where: { field }, create: { field, ...data }, update: data });
}

/** Ends a field's stewardship; its pending proposals stay, to be decided by an admin. */
export async function removeStewardedField(ctx: Context, field: string) {
  const { count } = await ctx.db.stewardedField.deleteMany({ where: { field } });
  if (!count) throw new ApiError('NOT_FOUND', 'That field is not stewarded.');
}

/**
 * A PENDING proposal the caller may decide: visible (its contact is), still pending at `version`, and the caller's
 * role is the field's steward role (an admin decides for a field no longer stewarded).
 */
async function decidable(ctx: Context, id: number, version: number) {
  const proposal = await ctx.db.changeProposal.findFirst({ where: { id, ...proposalScope(ctx) } });
  if (!proposal) throw new ApiError('NOT_FOUND', 'Change proposal not found.');
  const steward = await ctx.db.stewardedField.findUnique({
    where: { field: proposal.field },
    include: { stewardUser: { select: { active: true, role: true } } },
  });
  const role = ctx.principal?.role;
  if (steward ? !isSteward(ctx.principal, steward) : role !== 'ADMIN') {
    throw new ApiError(
      'FORBIDDEN',
      `Only the steward of ${proposal.field} (${steward?.stewardUserId ? 'a named person' : (steward?.stewardRole ?? 'ADMIN')}) decides this proposal.`,
    );
  }
  if (proposal.status !== 'PENDING')
    throw new ApiError('CONFLICT', `This proposal was already decided (${proposal.status}).`, {
      status: proposal.status,
    });
  if (proposal.version !== version) {
    throw new ApiError('CONFLICT', 'The proposal was changed by someone else: reload it.', {
      expectedVersion: version,
    });
  }
  return proposal;
}

/** Marks a PENDING proposal decided, if still at `version` (CONFLICT otherwise, e.g. two stewards at once). */
async function decide(
  ctx: Context,
  id: number,
  version: number,
  status: 'ACCEPTED' | 'REJECTED' | 'SUPERSEDED' | 'PENDING',
  comment: string | null,
) {
  const pending = status === 'PENDING';
  const { count } = await ctx.db.changeProposal.updateMany({
    where: { id, version, status: pending ? 'ACCEPTED' : 'PENDING' },
    data: {
      status,
      comment,
      decidedById: pending ? null : (ctx.principal?.userId ?? null),
      decidedAt: pending ? null : ctx.now,
      version: { increment: 1 },
    },
  });
  if (count !== 1)
    throw new ApiError('CONFLICT', 'The proposal was decided by someone else meanwhile: reload it.', {
      expectedVersion: version,
    });
}

/**
 * Accepts a proposal: if the field still holds the value the proposal was made against, the new value is applied
 * through `updateContact` (the same validation, normalisation, rights and concurrency as any update) and the
 * proposal is ACCEPTED. If the field changed meanwhile, the proposal is marked SUPERSEDED (returned, not thrown: it
 * is a decision, recorded). The proposal is claimed first and released if the update fails, so two stewards
 * cannot both apply it.
 */
export async function acceptProposal(ctx: Context, id: number, version: number) {
  const proposal = await decidable(ctx, id, version);
  const contact = (await contacts(ctx).findFirst({
    where: { id: proposal.contactId, deletedAt: null, mergedIntoId: null },
    select: { version: true, [proposal.field]: true },
  })) as ({ version: number } & Record<string, unknown>) | null;
  if (!contact) throw new ApiError('NOT_FOUND', 'The contact of this proposal no longer exists.');
  // Comparing the stored value with the proposal's old value is a read: a steward who may not read the field (no
  // consent for the request's purpose) is refused as a write is, before the comparison (SUPERSEDED would tell).
  await assertWritable(ctx, proposal.contactId, [proposal.field]);
  if (serialize(contact[proposal.field]) !== proposal.oldValue) {
    await decide(ctx, id, version, 'SUPERSEDED', 'The field changed since the proposal was made.');
    return;
  }
  await decide(ctx, id, version, 'ACCEPTED', null);
  try {
    await updateContact(ctx, proposal.contactId, contact.version, {
      [proposal.field]: deserialize(proposal.field, proposal.newValue),
    });
  } catch (error) {
    await decide(ctx, id, version + 1, 'PENDING', null);
    throw error;
  }
}

/** Rejects a proposal with a comment saying why (required: the proposer reads it). */
export async function rejectProposal(ctx: Context, id: number, version: number, comment: string) {
  if (isBlank(comment) || comment.length > 1000)
    throw validationError([fieldProblem(['comment'], fieldMessage('REJECTION_REASON', { min: 1, max: 1000 }))]);
  await decidable(ctx, id, version);
  await decide(ctx, id, version, 'REJECTED', comment.trim());
}
