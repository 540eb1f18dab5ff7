import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import type { Prisma } from '../../generated/sqlite/client.js';
import type { ConsentStatus, Interest } from '../../generated/sqlite/enums.js';
import { contactInterests } from '../../privacy/access/contact-access.js';
import { contactRelations, mergePolicy, moveRelation } from './merge.policy.js';

/**
 * What a merge does to the records of both contacts (merge.service.ts): each relation to Contact moves to the
 * survivor, under its policy (merge.policy.ts). Every function works in the merge's transaction and tallies what
 * it moved and what it left behind.
 */

type Tx = Prisma.TransactionClient;

/** Records moved to the survivor, by kind, and those of the merged contact dropped (with why). */
export class MergeTally {
  readonly moved: Record<string, number> = {};
  readonly dropped: { kind: string; id: string; reason: string }[] = [];

  move(kind: string, n: number): void {
    this.moved[kind] = (this.moved[kind] ?? 0) + n;
  }

  movedList(): { kind: string; count: number }[] {
    return Object.entries(this.moved)
      .filter(([, n]) => n > 0)
      .map(([kind, count]) => ({ kind, count }));
  }
}

const isRefusal = (s: ConsentStatus) => s !== 'GRANTED';

/**
 * Targets: one per (action, contact). A survivor already targeted by the same action keeps its own target, takes the
 * merged target's response and conversion when it has none, and the merged target is dropped.
 */
export async function mergeTargets(tx: Tx, survivorId: number, mergedId: number, tally: MergeTally): Promise<void> {
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
    tally.dropped.push({
      kind: 'ActionTarget',
      id: String(t.id),
      reason: `the survivor was already targeted by action ${t.action.code} (target ${kept.id} kept${Object.keys(patch).length ? ', completed with the response or conversion' : ''})`,
    });
  }
  if (movable.length)
    tally.move(
      'ActionTarget',
      (await tx.actionTarget.updateMany({ where: { id: { in: movable } }, data: { contactId: survivorId } })).count,
    );
}

/** Every other relation to Contact (sales, activities, tasks, consent events, cases, documents, ...), from the DMMF. */
export async function moveRelations(tx: Tx, survivorId: number, mergedId: number, tally: MergeTally): Promise<void> {
  for (const r of contactRelations()) {
    if (mergePolicy[r.name] !== 'move') continue;
    const result = await moveRelation(tx as unknown as Db, r, survivorId, mergedId);
    tally.move(r.model, result.count);
    tally.dropped.push(...result.dropped);
  }
}

/** Channel opt-outs: per medium, an opt-out of either contact wins; otherwise the latest decision. */
export async function mergeChannelPreferences(
  tx: Tx,
  survivorId: number,
  mergedId: number,
  tally: MergeTally,
): Promise<void> {
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
      tally.move('ContactChannelPreference', 1);
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
    tally.dropped.push({
      kind: 'ContactChannelPreference',
      id: `${mergedId}:${p.medium}`,
      reason: `the survivor had a preference for ${p.medium}: ${takeMerged ? "replaced by the merged contact's" : 'kept'} (an opt-out wins)`,
    });
  }
}

/**
 * Consent states: least permissive per purpose. A refusal (denied, withdrawn) of either contact wins over a grant;
 * between two refusals or two grants, the latest decision.
 */
export async function mergeConsentStates(
  tx: Tx,
  survivorId: number,
  mergedId: number,
  tally: MergeTally,
): Promise<void> {
  const states = await tx.consentState.findMany({ where: { contactId: { in: [survivorId, mergedId] } } });
  const byPurpose = new Map<number, typeof states>();
  for (const st of states) byPurpose.set(st.purposeId, [...(byPurpose.get(st.purposeId) ?? []), st]);
  await tx.consentState.deleteMany({ where: { contactId: mergedId } });
  for (const [purposeId, list] of byPurpose) {
    const refusals = list.filter((x) => isRefusal(x.status));
    const pool = refusals.length ? refusals : list;
    const pick = pool.reduce((a, b) =>
      b.effectiveFrom > a.effectiveFrom || (+b.effectiveFrom === +a.effectiveFrom && b.lastEventId > a.lastEventId)
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
    if (list.some((x) => x.contactId === mergedId)) tally.move('ConsentState', 1);
  }
}

/** Interests: the union. */
export async function mergeInterests(
  ctx: Context,
  tx: Tx,
  survivor: { id: number; interests: { interest: Interest }[] },
  merged: { id: number; interests: { interest: Interest }[] },
  tally: MergeTally,
): Promise<void> {
  const have = new Set<Interest>(survivor.interests.map((i) => i.interest));
  const add = merged.interests.filter((i) => !have.has(i.interest)).map((i) => i.interest);
  await contactInterests(ctx, tx).clear(merged.id);
  await contactInterests(ctx, tx).add(survivor.id, add);
  tally.move('ContactInterest', add.length);
}

/** Score rows: one per (snapshot, contact); the merged contact's row of a snapshot that scored both is dropped. */
export async function mergeScores(tx: Tx, survivorId: number, mergedId: number, tally: MergeTally): Promise<void> {
  const sSnapshots = (
    await tx.contactScore.findMany({ where: { contactId: survivorId }, select: { snapshotId: true } })
  ).map((x) => x.snapshotId);
  const clash = await tx.contactScore.findMany({
    where: { contactId: mergedId, snapshotId: { in: sSnapshots } },
    select: { snapshotId: true },
  });
  for (const c of clash)
    tally.dropped.push({
      kind: 'ContactScore',
      id: `${c.snapshotId}:${mergedId}`,
      reason: 'the snapshot scored the survivor too (recomputed by the next refresh)',
    });
  await tx.contactScore.deleteMany({ where: { contactId: mergedId, snapshotId: { in: sSnapshots } } });
  tally.move(
    'ContactScore',
    (await tx.contactScore.updateMany({ where: { contactId: mergedId }, data: { contactId: survivorId } })).count,
  );
}
