import type { Db } from '../../kernel/db/client.js';
import type { ActionMedium } from '../../generated/sqlite/enums.js';
import { consentAllows } from '../../privacy/consent/consent.rules.js';
import { appendConsentEvent } from '../../privacy/consent/consent.service.js';
import { loadPurposes, purposeIn } from '../../privacy/consent/purpose.service.js';

/** The channels a contact manages in the preference centre: the media that reach one person directly. */
export const centreMedia = ['EMAIL', 'SMS', 'MAILING', 'TELEMARKETING'] as const satisfies readonly ActionMedium[];

export interface CentreState {
  purposes: { code: string; name: string; description: string | null; allowed: boolean }[];
  /** Medium → accepted (not opted out). */
  channels: { medium: ActionMedium; accepted: boolean }[];
}

/**
 * What the preference centre shows a contact: the active purposes marked `inPreferenceCentre` (whether the
 * contact's consent allows each now, by the same rule as targeting: a parent's grant counts, any refusal on the
 * chain wins) and the channels with the contact's opt-outs.
 */
export async function centreState(db: Db, contactId: number, now: Date): Promise<CentreState> {
  const [shown, tree, records, prefs] = await Promise.all([
    db.purpose.findMany({
      where: { active: true, inPreferenceCentre: true },
      select: { code: true, name: true, description: true },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    }),
    loadPurposes(db),
    db.consentState.findMany({
      where: { contactId },
      select: { purposeId: true, status: true, effectiveFrom: true, effectiveTo: true },
    }),
    db.contactChannelPreference.findMany({ where: { contactId }, select: { medium: true, optedOut: true } }),
  ]);
  const optedOut = new Set(prefs.filter((p) => p.optedOut).map((p) => p.medium));
  return {
    purposes: shown.map((p) => {
      const purpose = purposeIn(tree, p.code);
      return { ...p, allowed: purpose ? consentAllows(records, purpose, now) : false };
    }),
    channels: centreMedia.map((medium) => ({ medium, accepted: !optedOut.has(medium) })),
  };
}

export interface CentreChoice {
  /** The purpose codes the page showed (only these may change: one added since is left alone). */
  shown: string[];
  /** Of those, the ones ticked. */
  purposes: string[];
  /** The media ticked (the others of `centreMedia` are opted out). */
  channels: string[];
}

export interface CentreChanges {
  granted: string[];
  withdrawn: string[];
  channels: { medium: ActionMedium; optedOut: boolean }[];
}

/**
 * Saves the contact's choices: a GRANTED or WITHDRAWN consent event (source PREFERENCE_CENTRE, with `proof`) for each
 * purpose whose state changes, and the channel opt-outs that change, all in one transaction. Unchanged choices write
 * nothing, so saving the page twice records one decision.
 */
export async function saveCentre(
  db: Db,
  contactId: number,
  choice: CentreChoice,
  proof: string,
  now: Date,
): Promise<CentreChanges> {
  const state = await centreState(db, contactId, now);
  const ids = new Map(
    (
      await db.purpose.findMany({
        where: { code: { in: state.purposes.map((p) => p.code) } },
        select: { id: true, code: true },
      })
    ).map((p) => [p.code, p.id]),
  );
  const changes: CentreChanges = { granted: [], withdrawn: [], channels: [] };
  for (const p of state.purposes) {
    if (!choice.shown.includes(p.code)) continue;
    const wanted = choice.purposes.includes(p.code);
    if (wanted && !p.allowed) changes.granted.push(p.code);
    if (!wanted && p.allowed) changes.withdrawn.push(p.code);
  }
  for (const c of state.channels) {
    const wanted = choice.channels.includes(c.medium);
    if (wanted !== c.accepted) changes.channels.push({ medium: c.medium, optedOut: !wanted });
  }
  await db.$transaction(async (tx) => {
    const decisions = [
      ...changes.granted.map((code) => ({ code, status: 'GRANTED' as const })),
      ...changes.withdrawn.map((code) => ({ code, status: 'WITHDRAWN' as const })),
    ];
    for (const d of decisions) {
      await appendConsentEvent(tx as unknown as Db, {
        contactId,
        purposeId: ids.get(d.code)!,
        status: d.status,
        source: 'PREFERENCE_CENTRE',
        capturedAt: now,
        capturedById: null,
        proof,
        effectiveFrom: now,
        effectiveTo: null,
      });
    }
    for (const c of changes.channels) {
      const data = { optedOut: c.optedOut, source: 'PREFERENCE_CENTRE' as const, changedAt: now };
      await tx.contactChannelPreference.upsert({
        where: { contactId_medium: { contactId, medium: c.medium } },
        create: { contactId, medium: c.medium, ...data },
        update: data,
      });
    }
  });
  return changes;
}
