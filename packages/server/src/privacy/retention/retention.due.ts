import type { Context } from '../../kernel/context.js';
import type { ContactKind } from '../../generated/sqlite/enums.js';
import { contactRelation, contacts } from '../access/contact-access.js';
import { addMonths, candidateBound, lastActivities } from './retention.activity.js';
import type { RuleRow } from './retention.rules.js';

/** Candidates read per batch: one query per table for each. */
export const SCAN_BATCH = 500;

/** A contact (kind rule) or a consent (purpose rule) whose period runs out by the scan's end. */
export interface DueItem {
  contactId: number;
  kind: ContactKind;
  lastActivityAt: Date;
  /** The day its period runs out: the last activity plus the rule's months. */
  purgeAt: Date;
  /** For a consent: its purpose and the event that made it GRANTED (a later decision is not lapsed). */
  purposeId?: number;
  lastEventId?: number;
}

/** Contacts still holding data: not erased, not merged into another (the survivor holds the person). */
const live = { mergedIntoId: null, erasedAt: null };

/**
 * The contacts of a kind rule whose period runs out by `until`, batch by batch in id order. Candidates are narrowed in
 * the database by their own dates (created and first contacted before the bound), then each batch's last activity
 * is computed and tested exactly. Contacts come through the access layer (the caller's rows).
 */
export async function* dueContacts(ctx: Context, rule: RuleRow, until: Date): AsyncGenerator<DueItem[]> {
  const bound = candidateBound(until, rule.months);
  for (let after = 0; ;) {
    const batch = await contacts(ctx).findMany({
      where: {
        ...live,
        kind: rule.contactKind!,
        id: { gt: after },
        createdAt: { lte: bound },
        OR: [{ firstContactAt: null }, { firstContactAt: { lte: bound } }],
      },
      select: { id: true, kind: true, createdAt: true, firstContactAt: true },
      orderBy: { id: 'asc' },
      take: SCAN_BATCH,
    });
    if (!batch.length) return;
    after = batch[batch.length - 1]!.id;
    const due = (await lastActivities(ctx, batch))
      .map((c) => ({
        contactId: c.id,
        kind: c.kind,
        lastActivityAt: c.lastActivityAt,
        purgeAt: addMonths(c.lastActivityAt, rule.months),
      }))
      .filter((c) => c.purgeAt <= until);
    if (due.length) yield due;
  }
}

/**
 * The GRANTED consents to a purpose rule's purpose whose period runs out by `until`: measured from the later of the
 * consent's start and the contact's last activity (a consent given is itself an activity), batch by batch.
 */
export async function* dueConsents(ctx: Context, rule: RuleRow, until: Date): AsyncGenerator<DueItem[]> {
  const bound = candidateBound(until, rule.months);
  for (let after = 0; ;) {
    const states = await ctx.db.consentState.findMany({
      where: {
        purposeId: rule.purposeId!,
        status: 'GRANTED',
        contactId: { gt: after },
        effectiveFrom: { lte: bound },
        contact: contactRelation(ctx, live),
      },
      select: { contactId: true, lastEventId: true, effectiveFrom: true },
      orderBy: { contactId: 'asc' },
      take: SCAN_BATCH,
    });
    if (!states.length) return;
    after = states[states.length - 1]!.contactId;
    const people = await contacts(ctx).findMany({
      where: { id: { in: states.map((s) => s.contactId) } },
      select: { id: true, kind: true, createdAt: true, firstContactAt: true },
    });
    const activity = new Map((await lastActivities(ctx, people)).map((c) => [c.id, c]));
    const due: DueItem[] = [];
    for (const s of states) {
      const c = activity.get(s.contactId);
      if (!c) continue;
      const last = c.lastActivityAt > s.effectiveFrom ? c.lastActivityAt : s.effectiveFrom;
      const purgeAt = addMonths(last, rule.months);
      if (purgeAt <= until)
        due.push({
          contactId: c.id,
          kind: c.kind,
          lastActivityAt: last,
          purgeAt,
          purposeId: rule.purposeId!,
          lastEventId: s.lastEventId,
        });
    }
    if (due.length) yield due;
  }
}

/** The due items of any rule (a kind rule's contacts, a purpose rule's consents). */
export const dueItems = (ctx: Context, rule: RuleRow, until: Date): AsyncGenerator<DueItem[]> =>
  rule.contactKind ? dueContacts(ctx, rule, until) : dueConsents(ctx, rule, until);
