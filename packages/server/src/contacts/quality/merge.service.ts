import type { Context } from '../../kernel/context.js';
import { ApiError, fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import { consentBoundFields } from '../../kernel/field-rules.js';
import { assertWritable, contacts, relinkContacts } from '../../privacy/access/contact-access.js';
import type { Prisma } from '../../generated/sqlite/client.js';
import { actorOf } from '../../privacy/audit/audit-actor.js';
import {
  mergeChannelPreferences,
  mergeConsentStates,
  mergeInterests,
  mergeScores,
  mergeTargets,
  MergeTally,
  moveRelations,
} from './merge.children.js';
import {
  chosenSides,
  type FieldChange,
  type MergeableField,
  mergedValues,
  type MergeSide,
  writableBy,
} from './merge.fields.js';

export { contactRelations, mergePolicy } from './merge.policy.js';
export { type FieldChange, mergeableFields, type MergeSide } from './merge.fields.js';

/**
 * Merging a duplicate (`merged`) into the contact that stays (`survivor`), in one transaction:
 * - field values: the survivor's, except where it has none and the merged contact has one (gaps are filled), and
 *   except the fields chosen from the merged contact; the address (lines, postal code, city, country) moves as one
 *   block so that a postal code never lands with another contact's city; first contact and first sale: earliest;
 * - every child record moves to the survivor (`mergePolicy`: every relation to Contact in the data model, read from the
 *   DMMF): sales, activities, tasks, consent events, cases, documents, segment memberships, survey invitations, ...,
 *   interests (union), channel opt-outs (an opt-out wins), score rows, relations pointing at the merged contact,
 *   contacts merged earlier into it; targets too, except that a
 *   survivor already targeted by the same action keeps its own target (the unique (action, contact) pair), takes
 *   the merged target's response and conversion when it has none, and the merged target is dropped and reported;
 *   score rows of a snapshot that scored both are dropped the same way (derived data, recomputed by the next refresh);
 * - consent states are recombined by the least permissive rule: per purpose, a refusal (denied, withdrawn) of either
 *   contact wins over a grant; between two refusals or two grants, the latest decision;
 * - the merged contact stays, with `mergedIntoId` = survivor: out of every list, still found by id;
 * - a MergeRecord and an AuditLog entry (MERGE) are written.
 * A dry run does all of it inside the transaction and rolls it back, so it reports exactly what would change.
 */

export interface MergeInput {
  survivorId: number;
  mergedId: number;
  fieldChoices?: readonly { field: string; from: MergeSide }[] | null;
  dryRun?: boolean | null;
}

export interface MergeResult {
  dryRun: boolean;
  survivorId: number;
  mergedId: number;
  mergeRecordId: number | null;
  changes: FieldChange[];
  /** Child records moved to the survivor, by kind (Sale, Activity, Task, ActionTarget, ConsentEvent, ...). */
  moved: { kind: string; count: number }[];
  /** Child records of the merged contact dropped because the survivor already had their equivalent. */
  dropped: { kind: string; id: string; reason: string }[];
}

class DryRunRollback extends Error {
  constructor(readonly result: MergeResult) {
    super('dry run');
  }
}

type Tx = Prisma.TransactionClient;

export async function mergeContacts(ctx: Context, input: MergeInput): Promise<MergeResult> {
  const chosen = chosenSides(ctx, input.survivorId, input.mergedId, input.fieldChoices ?? []);
  try {
    return await ctx.db.$transaction((tx) => mergeIn(ctx, tx, input, chosen), { timeout: 60_000 });
  } catch (e) {
    if (e instanceof DryRunRollback) return e.result;
    throw e;
  }
}

/** Both contacts, live, through the access layer (a contact outside the caller's rows is a missing one). */
async function loadPair(ctx: Context, tx: Tx, survivorId: number, mergedId: number) {
  const live = (id: number) => ({ id, deletedAt: null, mergedIntoId: null });
  const [survivor, merged] = await Promise.all([
    contacts(ctx, tx).findFirst({ where: live(survivorId), include: { interests: true } }),
    contacts(ctx, tx).findFirst({ where: live(mergedId), include: { interests: true } }),
  ]);
  if (!survivor)
    throw new ApiError('NOT_FOUND', 'Contact not found.', {
      fields: [fieldProblem(['survivorId'], fieldMessage('CONTACT_NOT_FOUND'))],
    });
  if (!merged)
    throw new ApiError('NOT_FOUND', 'Contact not found.', {
      fields: [fieldProblem(['mergedId'], fieldMessage('CONTACT_NOT_FOUND'))],
    });
  // A merge compares, shows and rewrites both contacts' identities: it needs the right to read and write the
  // personal fields of both under the request's purpose (CONSENT_REQUIRED otherwise, nothing written).
  await assertWritable(ctx, survivorId, consentBoundFields);
  await assertWritable(ctx, mergedId, consentBoundFields);
  return { survivor, merged };
}

/** Every record of the merged contact goes to the survivor, each relation under its policy (merge.policy.ts). */
async function moveRecords(
  ctx: Context,
  tx: Tx,
  pair: Awaited<ReturnType<typeof loadPair>>,
  tally: MergeTally,
): Promise<void> {
  const [survivorId, mergedId] = [pair.survivor.id, pair.merged.id];
  await mergeTargets(tx, survivorId, mergedId, tally);
  await moveRelations(tx, survivorId, mergedId, tally);
  await mergeChannelPreferences(tx, survivorId, mergedId, tally);
  await mergeConsentStates(tx, survivorId, mergedId, tally);
  await mergeInterests(ctx, tx, pair.survivor, pair.merged, tally);
  await mergeScores(tx, survivorId, mergedId, tally);
  // References from other contacts move whoever may see them: the integrity of the data, not a read.
  tally.move('Contact.relationOf', await relinkContacts(tx, 'relationOfId', mergedId, survivorId));
  // Contacts merged earlier into the merged one now point at the survivor (one hop to the live contact).
  tally.move('Contact.mergedInto', await relinkContacts(tx, 'mergedIntoId', mergedId, survivorId));
}

/** The merge record and the audit entry (MERGE) of a merge. */
async function recordMerge(
  ctx: Context,
  tx: Tx,
  input: MergeInput,
  merge: { fieldChoices: Record<string, MergeSide>; changes: FieldChange[]; tally: MergeTally },
) {
  const { survivorId, mergedId } = input;
  const movedList = merge.tally.movedList();
  const record = await tx.mergeRecord.create({
    data: {
      survivorId,
      mergedId,
      mergedById: ctx.principal?.kind === 'staff' ? ctx.principal.userId : null,
      mergedAt: ctx.now,
      fieldChoices: merge.fieldChoices,
      movedCounts: {
        moved: Object.fromEntries(movedList.map((x) => [x.kind, x.count])),
        dropped: merge.tally.dropped,
      },
    },
  });
  await tx.auditLog.create({
    data: {
      ...actorOf(ctx),
      operation: 'MERGE',
      operationName: 'mergeContacts',
      entity: 'Contact',
      entityId: String(mergedId),
      fields: merge.changes.map((c) => c.field),
      outcome: 'ALLOWED',
    },
  });
  return { record, movedList };
}

/** The merge itself, in its transaction (a dry run throws DryRunRollback to roll it back). */
async function mergeIn(
  ctx: Context,
  tx: Tx,
  input: MergeInput,
  chosen: Map<MergeableField, MergeSide>,
): Promise<MergeResult> {
  const { survivorId, mergedId } = input;
  const pair = await loadPair(ctx, tx, survivorId, mergedId);
  const { survivor, merged } = pair;
  const { data, changes, fieldChoices } = mergedValues(
    ctx,
    chosen,
    survivor as unknown as Record<string, unknown>,
    merged as unknown as Record<string, unknown>,
  );
  const tally = new MergeTally();
  // The merged contact first: out of the lists, and its unique external reference freed if it moves.
  const mergedDone = await contacts(ctx, tx).update(mergedId, {
    where: { mergedIntoId: null, version: merged.version },
    data: {
      mergedIntoId: survivorId,
      version: { increment: 1 },
      ...(data.externalRef !== undefined ? { externalRef: null } : {}),
    },
  });
  if (mergedDone !== 1) throw new ApiError('CONFLICT', 'The merged contact changed meanwhile: try again.');
  await moveRecords(ctx, tx, pair, tally);
  if (data.relationOfId === survivorId) data.relationOfId = null;
  // The survivor's values, within the caller's rows, through the layer's write check. A confidential value the
  // role may not read is not carried over (a write needs the right to read): it stays on the merged contact,
  // which keeps pointing at the survivor, for a role that may read it to carry over later.
  const survivorDone = await contacts(ctx, tx).update(survivorId, {
    where: { version: survivor.version },
    data: { ...writableBy(ctx, data), version: { increment: 1 } },
  });
  if (survivorDone !== 1) throw new ApiError('CONFLICT', 'The surviving contact changed meanwhile: try again.');
  const { record, movedList } = await recordMerge(ctx, tx, input, { fieldChoices, changes, tally });
  const result: MergeResult = {
    dryRun: !!input.dryRun,
    survivorId,
    mergedId,
    mergeRecordId: input.dryRun ? null : record.id,
    changes,
    moved: movedList,
    dropped: tally.dropped,
  };
  if (input.dryRun) throw new DryRunRollback(result);
  return result;
}
