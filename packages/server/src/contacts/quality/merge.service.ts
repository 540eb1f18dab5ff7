import type { Context } from '../../kernel/context.js';
import { ApiError, type FieldProblem, validationError } from '../../kernel/errors.js';
import type { ConsentStatus, Interest } from '../../generated/sqlite/enums.js';
import {
  type ConfidentialField,
  confidentialFields,
  consentBoundFields,
  mayReadConfidential,
} from '../../kernel/field-rules.js';
import { assertWritable, contactInterests, contacts, relinkContacts } from '../../privacy/access/contact-access.js';
import type { Db } from '../../kernel/db/client.js';
import { getDatamodel } from '../../generated/sqlite/pothos-types.js';
import { actorOf } from '../../privacy/audit/audit-actor.js';

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
};

interface ContactRelation {
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
async function moveRelation(tx: Db, r: ContactRelation, survivorId: number, mergedId: number) {
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

/** The contact fields a merge may take from either side (GraphQL names). */
export const mergeableFields = [
  'kind',
  'civility',
  'firstName',
  'lastName',
  'companyName',
  'jobTitle',
  'email',
  'phone',
  'mobile',
  'fax',
  'addressLine1',
  'addressLine2',
  'addressLine3',
  'postalCode',
  'city',
  'countryCode',
  'language',
  'externalRef',
  'incomeBand',
  'maritalStatus',
  'discountRate',
  'grossMarginClass',
  'sourceAction',
  'owner',
  'revenueClass',
  'frequencyClass',
  'distributionType',
  'commercialService',
  'prospectPriority',
  'pipelineStage',
  'estimatedPotential',
  'contactsMadeCount',
  'endReason',
  'businessSector',
  'bankType',
  'journalistBeat',
  'meetingsCount',
  'relationType',
  'relationOf',
] as const;

type MergeableField = (typeof mergeableFields)[number];

/** GraphQL name → column. */
const column = (f: MergeableField): string =>
  f === 'sourceAction' || f === 'owner' || f === 'relationOf' ? `${f}Id` : f;

const addressBlock: readonly MergeableField[] = [
  'addressLine1',
  'addressLine2',
  'addressLine3',
  'postalCode',
  'city',
  'countryCode',
];

export type MergeSide = 'SURVIVOR' | 'MERGED';

export interface MergeInput {
  survivorId: number;
  mergedId: number;
  fieldChoices?: readonly { field: string; from: MergeSide }[] | null;
  dryRun?: boolean | null;
}

export interface FieldChange {
  field: string;
  /** The survivor's value before, as text (null when empty or withheld). */
  before: string | null;
  /** The value after the merge, as text (null when empty or withheld). */
  after: string | null;
  from: MergeSide;
  /** True when the values are withheld from the caller (confidential field, or personal without consent). */
  withheld: boolean;
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

const text = (v: unknown): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : String(v);
const isRefusal = (s: ConsentStatus) => s !== 'GRANTED';

export async function mergeContacts(ctx: Context, input: MergeInput): Promise<MergeResult> {
  const { survivorId, mergedId } = input;
  const problems: FieldProblem[] = [];
  if (survivorId === mergedId) problems.push({ path: ['mergedId'], message: 'a contact cannot be merged into itself' });
  const chosen = new Map<MergeableField, MergeSide>();
  (input.fieldChoices ?? []).forEach((c, i) => {
    if (!(mergeableFields as readonly string[]).includes(c.field))
      problems.push({ path: ['fieldChoices', String(i), 'field'], message: `not a mergeable field: ${c.field}` });
    else {
      const f = c.field as MergeableField;
      const confidential = `Contact.${f}` as ConfidentialField;
      if (confidential in confidentialFields && !mayReadConfidential(ctx.principal, confidential)) {
        throw new ApiError('FORBIDDEN', `Your role may not choose the value of ${f}.`, { field: f });
      }
      // The address moves as one block.
      for (const g of addressBlock.includes(f) ? addressBlock : [f]) chosen.set(g, c.from);
    }
  });
  if (problems.length) throw validationError(problems);

  const live = (id: number) => ({ id, deletedAt: null, mergedIntoId: null });

  try {
    return await ctx.db.$transaction(
      async (tx) => {
        // Through the access layer: a contact outside the caller's rows is a missing one (NOT_FOUND).
        const [survivor, merged] = await Promise.all([
          contacts(ctx, tx).findFirst({ where: live(survivorId), include: { interests: true } }),
          contacts(ctx, tx).findFirst({ where: live(mergedId), include: { interests: true } }),
        ]);
        if (!survivor)
          throw new ApiError('NOT_FOUND', 'Contact not found.', {
            fields: [{ path: ['survivorId'], message: 'contact not found' }],
          });
        if (!merged)
          throw new ApiError('NOT_FOUND', 'Contact not found.', {
            fields: [{ path: ['mergedId'], message: 'contact not found' }],
          });
        // A merge compares, shows and rewrites both contacts' identities: it needs the right to read and write the
        // personal fields of both under the request's purpose (CONSENT_REQUIRED otherwise, nothing written).
        await assertWritable(ctx, survivorId, consentBoundFields);
        await assertWritable(ctx, mergedId, consentBoundFields);
        const s = survivor as unknown as Record<string, unknown>;
        const m = merged as unknown as Record<string, unknown>;

        // Field values. Without an explicit choice the address block follows its postal code's side.
        const addressFromMerged =
          !chosen.has('postalCode') &&
          s.postalCode == null &&
          s.city == null &&
          s.addressLine1 == null &&
          (m.postalCode != null || m.city != null || m.addressLine1 != null);
        const data: Record<string, unknown> = {};
        const changes: FieldChange[] = [];
        const fieldChoices: Record<string, MergeSide> = {};
        for (const f of mergeableFields) {
          const col = column(f);
          const side: MergeSide =
            chosen.get(f) ??
            (addressBlock.includes(f)
              ? addressFromMerged
                ? 'MERGED'
                : 'SURVIVOR'
              : s[col] == null && m[col] != null
                ? 'MERGED'
                : 'SURVIVOR');
          if (side === 'MERGED') fieldChoices[f] = side;
          const after = side === 'MERGED' ? m[col] : s[col];
          if (text(after) === text(s[col])) continue;
          data[col] = after;
          const confidential = `Contact.${f}` as ConfidentialField;
          // Personal values are readable here (checked above); confidential ones only by the roles that read them.
          const withheld = confidential in confidentialFields && !mayReadConfidential(ctx.principal, confidential);
          changes.push({
            field: f,
            before: withheld ? null : text(s[col]),
            after: withheld ? null : text(after),
            from: side,
            withheld,
          });
        }
        for (const f of ['firstContactAt', 'firstSaleAt'] as const) {
          const [a, b] = [survivor[f], merged[f]];
          if (b && (!a || b < a)) {
            data[f] = b;
            changes.push({ field: f, before: text(a), after: text(b), from: 'MERGED', withheld: false });
          }
        }

        const moved: Record<string, number> = {};
        const dropped: MergeResult['dropped'] = [];
        const move = (kind: string, n: number) => void (moved[kind] = (moved[kind] ?? 0) + n);

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

        // Targets: one per (action, contact).
        const [mTargets, sTargets] = await Promise.all([
          tx.actionTarget.findMany({ where: { contactId: mergedId }, include: { action: { select: { code: true } } } }),
          tx.actionTarget.findMany({ where: { contactId: survivorId } }),
        ]);
        const sByAction = new Map(sTargets.map((t) => [t.actionId, t]));
        const movable: number[] = [];
        for (const t of mTargets) {
          const kept = sByAction.get(t.actionId);
          if (!kept) {
            movable.push(t.id);
            continue;
          }
          const patch: Record<string, unknown> = {};
          if (!kept.respondedAt && t.respondedAt)
            Object.assign(patch, { respondedAt: t.respondedAt, responseChannel: t.responseChannel });
          if (!kept.conversionSaleId && t.conversionSaleId) {
            await tx.actionTarget.update({ where: { id: t.id }, data: { conversionSaleId: null } });
            patch.conversionSaleId = t.conversionSaleId;
          }
          if (Object.keys(patch).length)
            await tx.actionTarget.update({ where: { id: kept.id }, data: { ...patch, version: { increment: 1 } } });
          await tx.actionTarget.delete({ where: { id: t.id } });
          dropped.push({
            kind: 'ActionTarget',
            id: String(t.id),
            reason: `the survivor was already targeted by action ${t.action.code} (target ${kept.id} kept${Object.keys(patch).length ? ', completed with the response or conversion' : ''})`,
          });
        }
        if (movable.length)
          move(
            'ActionTarget',
            (await tx.actionTarget.updateMany({ where: { id: { in: movable } }, data: { contactId: survivorId } }))
              .count,
          );

        // Every other relation to Contact (sales, activities, tasks, consent events, cases, documents, ...), from the DMMF.
        for (const r of contactRelations()) {
          if (mergePolicy[r.name] !== 'move') continue;
          const result = await moveRelation(tx as unknown as Db, r, survivorId, mergedId);
          move(r.model, result.count);
          dropped.push(...result.dropped);
        }

        // Channel opt-outs: per medium, an opt-out of either contact wins; otherwise the latest decision.
        const prefs = await tx.contactChannelPreference.findMany({
          where: { contactId: { in: [survivorId, mergedId] } },
        });
        for (const p of prefs.filter((x) => x.contactId === mergedId)) {
          const mine = prefs.find((x) => x.contactId === survivorId && x.medium === p.medium);
          if (!mine) {
            await tx.contactChannelPreference.update({
              where: { contactId_medium: { contactId: mergedId, medium: p.medium } },
              data: { contactId: survivorId },
            });
            move('ContactChannelPreference', 1);
            continue;
          }
          const takeMerged = p.optedOut !== mine.optedOut ? p.optedOut : p.changedAt > mine.changedAt;
          if (takeMerged) {
            await tx.contactChannelPreference.update({
              where: { contactId_medium: { contactId: survivorId, medium: p.medium } },
              data: { optedOut: p.optedOut, source: p.source, changedAt: p.changedAt },
            });
          }
          await tx.contactChannelPreference.delete({
            where: { contactId_medium: { contactId: mergedId, medium: p.medium } },
          });
          dropped.push({
            kind: 'ContactChannelPreference',
            id: `${mergedId}:${p.medium}`,
            reason: `the survivor had a preference for ${p.medium}: ${takeMerged ? "replaced by the merged contact's" : 'kept'} (an opt-out wins)`,
          });
        }

        // Consent states: least permissive per purpose.
        const states = await tx.consentState.findMany({ where: { contactId: { in: [survivorId, mergedId] } } });
        const byPurpose = new Map<number, typeof states>();
        for (const st of states) byPurpose.set(st.purposeId, [...(byPurpose.get(st.purposeId) ?? []), st]);
        await tx.consentState.deleteMany({ where: { contactId: mergedId } });
        for (const [purposeId, list] of byPurpose) {
          const refusals = list.filter((x) => isRefusal(x.status));
          const pool = refusals.length ? refusals : list;
          const pick = pool.reduce((a, b) =>
            b.effectiveFrom > a.effectiveFrom ||
            (+b.effectiveFrom === +a.effectiveFrom && b.lastEventId > a.lastEventId)
              ? b
              : a,
          );
          const state = {
            status: pick.status,
            effectiveFrom: pick.effectiveFrom,
            effectiveTo: pick.effectiveTo,
            lastEventId: pick.lastEventId,
          };
          await tx.consentState.upsert({
            where: { contactId_purposeId: { contactId: survivorId, purposeId } },
            create: { contactId: survivorId, purposeId, ...state },
            update: state,
          });
          if (list.some((x) => x.contactId === mergedId)) move('ConsentState', 1);
        }

        // Interests: the union.
        const have = new Set<Interest>(survivor.interests.map((i) => i.interest));
        const add = merged.interests
          .filter((i) => !have.has(i.interest))
          .map((i) => ({ contactId: survivorId, interest: i.interest }));
        await contactInterests(ctx, tx).clear(mergedId);
        await contactInterests(ctx, tx).add(
          survivorId,
          add.map((a) => a.interest),
        );
        move('ContactInterest', add.length);

        // Score rows: one per (snapshot, contact).
        const sSnapshots = (
          await tx.contactScore.findMany({ where: { contactId: survivorId }, select: { snapshotId: true } })
        ).map((x) => x.snapshotId);
        const clash = await tx.contactScore.findMany({
          where: { contactId: mergedId, snapshotId: { in: sSnapshots } },
          select: { snapshotId: true },
        });
        for (const c of clash)
          dropped.push({
            kind: 'ContactScore',
            id: `${c.snapshotId}:${mergedId}`,
            reason: 'the snapshot scored the survivor too (recomputed by the next refresh)',
          });
        await tx.contactScore.deleteMany({ where: { contactId: mergedId, snapshotId: { in: sSnapshots } } });
        move(
          'ContactScore',
          (await tx.contactScore.updateMany({ where: { contactId: mergedId }, data: { contactId: survivorId } })).count,
        );

        // References from other contacts move whoever may see them: the integrity of the data, not a read.
        move('Contact.relationOf', await relinkContacts(tx, 'relationOfId', mergedId, survivorId));
        // Contacts merged earlier into the merged one now point at the survivor (one hop to the live contact).
        move('Contact.mergedInto', await relinkContacts(tx, 'mergedIntoId', mergedId, survivorId));
        if (data.relationOfId === survivorId) data.relationOfId = null;

        // The survivor's values, within the caller's rows, through the layer's write check. A confidential value the
        // role may not read is not carried over (a write needs the right to read): it stays on the merged contact,
        // which keeps pointing at the survivor, for a role that may read it to carry over later.
        const survivorDone = await contacts(ctx, tx).update(survivorId, {
          where: { version: survivor.version },
          data: { ...writableBy(ctx, data), version: { increment: 1 } },
        });
        if (survivorDone !== 1) throw new ApiError('CONFLICT', 'The surviving contact changed meanwhile: try again.');

        const movedList = Object.entries(moved)
          .filter(([, n]) => n > 0)
          .map(([kind, count]) => ({ kind, count }));
        const record = await tx.mergeRecord.create({
          data: {
            survivorId,
            mergedId,
            mergedById: ctx.principal?.kind === 'staff' ? ctx.principal.userId : null,
            mergedAt: ctx.now,
            fieldChoices,
            movedCounts: { moved: Object.fromEntries(movedList.map((x) => [x.kind, x.count])), dropped },
          },
        });
        await tx.auditLog.create({
          data: {
            ...actorOf(ctx),
            operation: 'MERGE',
            operationName: 'mergeContacts',
            entity: 'Contact',
            entityId: String(mergedId),
            fields: changes.map((c) => c.field),
            outcome: 'ALLOWED',
          },
        });
        const result: MergeResult = {
          dryRun: !!input.dryRun,
          survivorId,
          mergedId,
          mergeRecordId: input.dryRun ? null : record.id,
          changes,
          moved: movedList,
          dropped,
        };
        if (input.dryRun) throw new DryRunRollback(result);
        return result;
      },
      { timeout: 60_000 },
    );
  } catch (e) {
    if (e instanceof DryRunRollback) return e.result;
    throw e;
  }
}

/** `data` without the confidential fields this context may not read (and so may not write). */
function writableBy<D extends Record<string, unknown>>(ctx: Context, data: D): D {
  if (ctx.principal?.kind === 'system') return data;
  const hidden = (k: string) =>
    `Contact.${k}` in confidentialFields && !mayReadConfidential(ctx.principal, `Contact.${k}` as ConfidentialField);
  return Object.fromEntries(Object.entries(data).filter(([k]) => !hidden(k))) as D;
}
