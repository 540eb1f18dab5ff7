import type { Context } from '../../kernel/context.js';
import type { ContactKind } from '../../generated/sqlite/enums.js';

/**
 * `date` plus `months` calendar months, in UTC (negative to go back). A day the target month lacks becomes its last
 * day: 31 January plus one month is 28 (or 29) February, as a person counting on a calendar would say.
 */
export function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/**
 * The latest activity a period measured back from `until` may start at, with slack: `addMonths` clamps month ends
 * (31 January + 1 month = 28 February), so a date up to three days past `until - months` can still be due by
 * `until`. The exact test (`addMonths(last, months) <= until`) is made on each candidate.
 */
export const candidateBound = (until: Date, months: number): Date =>
  new Date(addMonths(until, -months).getTime() + 4 * 86_400_000);

/** A contact's dates that count without reading another table. */
export interface ContactDates {
  id: number;
  kind: ContactKind;
  createdAt: Date;
  firstContactAt: Date | null;
}

/** A contact with the day of its last activity. */
export interface ContactActivity {
  id: number;
  kind: ContactKind;
  lastActivityAt: Date;
}

const latest = (dates: readonly (Date | null | undefined)[]): Date =>
  new Date(Math.max(...dates.filter((d): d is Date => d instanceof Date).map((d) => d.getTime())));

/**
 * The last activity of each contact of a batch: the latest of its first contact, its creation, its last sale, the
 * last time it was targeted or responded to an action, its last activity (call, meeting, note) and the last consent
 * it gave. One grouped query per table for the whole batch (the database computes the maxima). These tables hold
 * figures and dates, not personal values, so they are read directly; the contacts came through the access layer.
 */
export async function lastActivities(ctx: Context, batch: readonly ContactDates[]): Promise<ContactActivity[]> {
  if (!batch.length) return [];
  const contactId = { in: batch.map((c) => c.id) };
  const [sales, targets, activities, consents] = await Promise.all([
    ctx.db.sale.groupBy({ by: ['contactId'], where: { contactId }, _max: { saleDate: true } }),
    ctx.db.actionTarget.groupBy({
      by: ['contactId'],
      where: { contactId },
      _max: { targetedAt: true, respondedAt: true },
    }),
    ctx.db.activity.groupBy({ by: ['contactId'], where: { contactId }, _max: { occurredAt: true } }),
    ctx.db.consentEvent.groupBy({
      by: ['contactId'],
      where: { contactId, status: 'GRANTED' },
      _max: { capturedAt: true },
    }),
  ]);
  const byContact = new Map<number, (Date | null)[]>();
  const add = (id: number, ...dates: (Date | null)[]) => byContact.set(id, [...(byContact.get(id) ?? []), ...dates]);
  for (const s of sales) add(s.contactId, s._max.saleDate);
  for (const t of targets) add(t.contactId, t._max.targetedAt, t._max.respondedAt);
  for (const a of activities) add(a.contactId, a._max.occurredAt);
  for (const e of consents) add(e.contactId, e._max.capturedAt);
  return batch.map((c) => ({
    id: c.id,
    kind: c.kind,
    lastActivityAt: latest([c.createdAt, c.firstContactAt, ...(byContact.get(c.id) ?? [])]),
  }));
}
