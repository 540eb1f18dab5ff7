import type { Db } from '../../kernel/db/client.js';
import { getDatamodel } from '../../generated/sqlite/pothos-types.js';

/**
 * How a merge treats each relation of the data model to Contact (`Model.field`). `move`: the rows move to the survivor
 * generically (relations read from the Prisma DMMF; a row that would break a unique constraint because the survivor
 * has its equivalent stays with the merged contact, which keeps its id, and is reported); `special`: handled by code
 * below; `history`: records of past merges, left as they happened. A test walks the data model and fails when a
 * relation to Contact is missing here, so a new table cannot be forgotten.
 */
export const mergePolicy: Record<string, 'move' | 'special' | 'history'> = {
  'Contact.relationOf': 'special',
  'Contact.mergedInto': 'special',
  'ContactInterest.contact': 'special', // union
  'ActionTarget.contact': 'special', // one per (action, contact), completed with the other's response
  'ConsentState.contact': 'special', // least permissive per purpose
  'ContactScore.contact': 'special', // derived: the survivor's kept
  'ContactChannelPreference.contact': 'special', // least permissive per medium: an opt-out wins
  'MergeRecord.survivor': 'history',
  'MergeRecord.merged': 'history',
  'Sale.contact': 'move',
  'Activity.contact': 'move',
  'Task.contact': 'move',
  'ConsentEvent.contact': 'move',
  'SegmentMember.contact': 'move',
  'TargetingExclusion.contact': 'move',
  'TriggerFiring.contact': 'move',
  'ServiceCase.contact': 'move',
  'SurveyInvitation.contact': 'move',
  'Document.contact': 'move',
  'ChangeProposal.contact': 'move',
  'ConsentRequest.contact': 'move', // pending double opt-ins follow the person
  'MessageDelivery.contact': 'move', // one per (action, contact): the survivor's kept when both got the message
  'SubjectRequest.contact': 'move', // the person's requests follow them (their deadlines still run)
};

export interface ContactRelation {
  /** `Model.field`, as in mergePolicy. */
  name: string;
  model: string;
  /** The foreign key column. */
  column: string;
  /** The other columns of each unique constraint (or composite key) that includes the foreign key. */
  uniqueWith: string[][];
}

type DmmfModel = {
  fields: { name: string; kind: string; type: string; relationFromFields?: readonly string[] }[];
  primaryKey: { fields: readonly string[] } | null;
  uniqueIndexes: { fields: readonly string[] }[];
};

/** Every relation of the data model to Contact, from the Prisma DMMF. */
export function contactRelations(): ContactRelation[] {
  const models = getDatamodel().datamodel.models as unknown as Record<string, DmmfModel>;
  return Object.entries(models).flatMap(([model, m]) =>
    m.fields
      .filter((f) => f.kind === 'object' && f.type === 'Contact' && (f.relationFromFields?.length ?? 0) === 1)
      .map((f) => {
        const column = f.relationFromFields![0]!;
        const sets = [...(m.primaryKey ? [m.primaryKey.fields] : []), ...m.uniqueIndexes.map((u) => u.fields)];
        return {
          name: `${model}.${f.name}`,
          model,
          column,
          uniqueWith: sets.filter((fs) => fs.includes(column)).map((fs) => fs.filter((x) => x !== column)),
        };
      }),
  );
}

type Delegate = {
  findMany(args: object): Promise<Record<string, unknown>[]>;
  updateMany(args: object): Promise<{ count: number }>;
};

/**
 * Moves the rows of a `move` relation from the merged contact to the survivor. Rows whose unique key (without the
 * contact) the survivor already holds stay where they are, with the merged contact, and are reported.
 */
export async function moveRelation(tx: Db, r: ContactRelation, survivorId: number, mergedId: number) {
  const delegate = (tx as unknown as Record<string, Delegate>)[r.model[0]!.toLowerCase() + r.model.slice(1)]!;
  const kept: Record<string, unknown>[] = [];
  if (
    r.uniqueWith.some((others) => others.length === 0) &&
    (await delegate.findMany({ where: { [r.column]: survivorId }, take: 1 })).length
  ) {
    // One row per contact (the contact alone is unique) and the survivor has its own: the merged one's stays.
    const rows = await delegate.findMany({ where: { [r.column]: mergedId } });
    return {
      count: 0,
      dropped: rows.map((row) => ({
        kind: r.model,
        id: String(row.id ?? JSON.stringify(row)),
        reason: 'left with the merged contact: the survivor already has its own',
      })),
    };
  }
  for (const others of r.uniqueWith) {
    if (!others.length) continue;
    const select = Object.fromEntries(others.map((c) => [c, true]));
    const taken = new Set(
      (await delegate.findMany({ where: { [r.column]: survivorId }, select })).map((row) =>
        JSON.stringify(others.map((c) => row[c])),
      ),
    );
    for (const row of await delegate.findMany({ where: { [r.column]: mergedId }, select })) {
      if (taken.has(JSON.stringify(others.map((c) => row[c])))) kept.push(row);
    }
  }
  const where = { AND: [{ [r.column]: mergedId }, ...kept.map((row) => ({ NOT: row }))] };
  const { count } = await delegate.updateMany({ where, data: { [r.column]: survivorId } });
  const dropped = kept.map((row) => ({
    kind: r.model,
    id: Object.values(row).map(String).join(':'),
    reason: `left with the merged contact: the survivor already has one for the same ${Object.keys(row).join(', ')}`,
  }));
  return { count, dropped };
}
