import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import { ApiError } from '../../kernel/errors.js';
import { assertWritable, contacts } from '../../privacy/access/contact-access.js';
import { serialize } from './stewardship.fields.js';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export interface Diversion {
  /** The fields turned into proposals (their values removed from the update). */
  fields: string[];
  /** Writes the proposals; call it in the update's transaction, after the versioned update succeeded. */
  save(tx: Tx): Promise<void>;
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
  const stewarded = await ctx.db.stewardedField.findMany({
    where: { stewardRole: { not: role } },
    select: { field: true, stewardRole: true },
  });
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
  // The steward role's active users are told, by a notification written with the proposal (no value in it).
  const roleOf = new Map(stewarded.map((s) => [s.field, s.stewardRole]));
  const stewards = await ctx.db.staffUser.findMany({
    where: { active: true, role: { in: [...new Set(proposals.map((p) => roleOf.get(p.field)!))] } },
    select: { id: true, role: true },
  });
  return {
    fields: proposals.map((p) => p.field),
    save: async (tx) => {
      const created = await tx.changeProposal.createManyAndReturn({
        data: proposals,
        select: { id: true, field: true },
      });
      const notes = created.flatMap((p) =>
        stewards
          .filter((u) => u.role === roleOf.get(p.field))
          .map((u) => ({
            userId: u.id,
            kind: 'CHANGE_PROPOSAL',
            message: `A change of ${p.field} on a contact awaits your decision.`,
            subjectId: encodeGlobalID('ChangeProposal', p.id),
            dedupeKey: `proposal:${p.id}`,
          })),
      );
      if (notes.length) await tx.notification.createMany({ data: notes });
    },
  };
}
