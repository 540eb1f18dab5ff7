import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import { ApiError } from '../../kernel/errors.js';
import { formatMessage, notificationTemplates } from '../../kernel/message-codes.js';
import { assertWritable, contacts } from '../../privacy/access/contact-access.js';
import { serialize } from './stewardship.fields.js';
import type { Role } from '../../generated/sqlite/enums.js';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export interface Diversion {
  /** The fields turned into proposals (their values removed from the update). */
  fields: string[];
  /** Writes the proposals; call it in the update's transaction, after the versioned update succeeded. */
  save(tx: Tx): Promise<void>;
}

/**
 * Whether a user is the steward of a field: its named person when there is one and they are still active with the
 * steward role, else anyone of the steward role. (A named steward who left or changed role falls back to the role,
 * so proposals never wait for nobody.)
 */
export function isSteward(
  who: { userId?: number | undefined; role?: Role | undefined } | null | undefined,
  steward: { stewardRole: Role; stewardUserId: number | null; stewardUser: { active: boolean; role: Role } | null },
) {
  const named = steward.stewardUser?.active && steward.stewardUser.role === steward.stewardRole;
  return named ? who?.userId === steward.stewardUserId : who?.role === steward.stewardRole;
}

/**
 * The data steward's hook in `updateContact`: every stewarded field in `data` (already validated and normalised)
 * whose steward role is not the caller's becomes a PENDING ChangeProposal instead of a write, with the stored value
 * as `oldValue` (what `acceptProposal` checks has not changed since). A value equal to the stored one is simply
 * dropped. `data` is changed in place: the other fields of the update apply normally.
 */
export async function divertStewardedFields(
  ctx: Context,
  contactId: number,
  data: Record<string, unknown>,
): Promise<Diversion> {
  const none: Diversion = { fields: [], save: async () => {} };
  const role = ctx.principal?.role;
  if (!role) return none;
  const stewarded = (
    await ctx.db.stewardedField.findMany({
      select: {
        field: true,
        stewardRole: true,
        stewardUserId: true,
        stewardUser: { select: { active: true, role: true } },
      },
    })
  ).filter((s) => !isSteward(ctx.principal, s));
  const fields = stewarded.map((s) => s.field).filter((f) => data[f] !== undefined);
  if (!fields.length) return none;
  // Dropping a value equal to the stored one compares with it: a proposer who may not read the field is refused
  // as a write is (CONSENT_REQUIRED / FORBIDDEN), before any comparison. `updateContact` checks it already; the
  // hook does not rely on its caller for that.
  await assertWritable(ctx, contactId, fields);
  const current = (await contacts(ctx).findFirst({
    where: { id: contactId },
    select: Object.fromEntries(fields.map((f) => [f, true])),
  })) as Record<string, unknown> | null;
  if (!current) throw new ApiError('NOT_FOUND', 'Contact not found.');
  const proposals: {
    contactId: number;
    field: string;
    oldValue: string | null;
    newValue: string | null;
    proposedById: number | null;
  }[] = [];
  for (const field of fields) {
    const oldValue = serialize(current[field]);
    const newValue = serialize(data[field]);
    delete data[field];
    if (oldValue !== newValue)
      proposals.push({ contactId, field, oldValue, newValue, proposedById: ctx.principal?.userId ?? null });
  }
  if (!proposals.length) return none;
  // The steward is told, by a notification written with the proposal (no value in it): the named person when
  // there is one (active, of the role), else every active user of the steward role.
  const stewardOf = new Map(stewarded.map((s) => [s.field, s]));
  const stewards = await ctx.db.staffUser.findMany({
    where: { active: true, role: { in: [...new Set(proposals.map((p) => stewardOf.get(p.field)!.stewardRole))] } },
    select: { id: true, role: true },
  });
  const notified = (field: string, user: { id: number; role: Role }) =>
    isSteward({ userId: user.id, role: user.role }, stewardOf.get(field)!);
  return {
    fields: proposals.map((p) => p.field),
    save: async (tx) => {
      const created = await tx.changeProposal.createManyAndReturn({
        data: proposals,
        select: { id: true, field: true },
      });
      const notes = created.flatMap((p) =>
        stewards
          .filter((u) => notified(p.field, u))
          .map((u) => ({
            userId: u.id,
            kind: 'CHANGE_PROPOSAL',
            message: formatMessage(notificationTemplates.CHANGE_PROPOSAL, { field: p.field }),
            subjectId: encodeGlobalID('ChangeProposal', p.id),
            dedupeKey: `proposal:${p.id}`,
          })),
      );
      if (notes.length) await tx.notification.createMany({ data: notes });
    },
  };
}
