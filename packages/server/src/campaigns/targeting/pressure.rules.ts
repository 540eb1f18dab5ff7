import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import type { ActionMedium, ExclusionReason } from '../../generated/sqlite/enums.js';
import { type ContactWhere, contacts } from '../../privacy/access/contact-access.js';
import { exclusionDetailTemplates, formatMessage } from '../../kernel/message-codes.js';

/** A Prisma transaction client (what `$transaction(async (tx) => ...)` gives). */
export type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

const DAY = 86_400_000;

interface ActionLike {
  id: number;
  brandId: number | null;
  medium: ActionMedium;
}

/** An action of higher priority planned around the targeting day, with its segment as a where on Contact. */
export interface Competitor extends ActionLike {
  code: string;
  priority: number;
  startDate: Date;
  endDate: Date;
  memberWhere: ContactWhere;
  /** The system context its segment is evaluated under (every row, consent for the competitor's purpose). */
  memberCtx: Context;
}

interface Rule {
  id: number;
  brandId: number | null;
  medium: ActionMedium | null;
  maxSolicitations: number;
  periodDays: number;
}

/** Does a pressure rule count (and cap) the solicitations of this action? */
export const ruleApplies = (r: { brandId: number | null; medium: ActionMedium | null }, a: ActionLike) =>
  (r.brandId === null || r.brandId === a.brandId) && (r.medium === null || r.medium === a.medium);

/** The Prisma `where` of the active rules that apply to an action. */
export const rulesWhere = (a: ActionLike) => ({
  active: true,
  OR: [{ brandId: null }, ...(a.brandId === null ? [] : [{ brandId: a.brandId }])],
  AND: [{ OR: [{ medium: null }, { medium: a.medium }] }],
});

/** The window a rule looks at around the targeting instant: any D-day window containing it (see CAMPAIGNS.md). */
export const ruleWindow = (r: { periodDays: number }, at: Date) => ({
  gt: new Date(at.getTime() - r.periodDays * DAY),
  lt: new Date(at.getTime() + r.periodDays * DAY),
});

/**
 * Commercial pressure of a targeting, read inside its transaction (after the candidates are locked):
 * - a solicitation is a target neither in a control group nor untargeted (a response the action did not solicit),
 *   of an action the rule counts (its brand, or any brand for an all-brands rule; its medium, or any medium), dated
 *   less than `periodDays` days from the targeting instant;
 * - PRESSURE_CAP when a rule's count has reached `maxSolicitations`;
 * - LOWER_PRIORITY when it has not, but the slots left are reserved by actions of higher priority that the rule
 *   also counts, planned or running during the window, whose segment holds the contact and which have not
 *   targeted it yet (one slot each). `detail` names the winning actions by code.
 */
export async function pressureExclusions(
  tx: Tx,
  action: ActionLike,
  at: Date,
  contactIds: readonly number[],
  rules: readonly Rule[],
  competitors: readonly Competitor[],
): Promise<Map<number, { reason: ExclusionReason; detail: string | null }>> {
  const out = new Map<number, { reason: ExclusionReason; detail: string | null }>();
  const ids = { in: [...contactIds] };
  const lowerPriority = new Map<number, Set<string>>();
  for (const rule of rules) {
    const window = ruleWindow(rule, at);
    const used = await tx.actionTarget.groupBy({
      by: ['contactId'],
      where: {
        contactId: ids,
        inControlGroup: false,
        // A response from someone the action did not target (press coupon, web form) solicited nobody.
        untargeted: false,
        targetedAt: window,
        action: { brandId: rule.brandId ?? undefined, medium: rule.medium ?? undefined },
      },
      _count: { _all: true },
    });
    const count = new Map(used.map((u) => [u.contactId, u._count._all]));
    for (const [contactId, n] of count) {
      if (n >= rule.maxSolicitations)
        out.set(contactId, {
          reason: 'PRESSURE_CAP',
          detail: formatMessage(exclusionDetailTemplates.PRESSURE_CAP, {
            rule: String(rule.id),
            count: String(n),
            max: String(rule.maxSolicitations),
            days: String(rule.periodDays),
          }),
        });
    }
    const reserved = new Map<number, string[]>();
    for (const h of competitors) {
      if (!ruleApplies(rule, h) || h.startDate >= window.lt || h.endDate <= window.gt) continue;
      const members = await contacts(h.memberCtx, tx).ids({
        AND: [{ id: ids }, h.memberWhere, { targets: { none: { actionId: h.id } } }],
      });
      for (const id of members) reserved.set(id, [...(reserved.get(id) ?? []), h.code]);
    }
    for (const [contactId, codes] of reserved) {
      const n = count.get(contactId) ?? 0;
      if (n < rule.maxSolicitations && n + codes.length >= rule.maxSolicitations) {
        const set = lowerPriority.get(contactId) ?? new Set<string>();
        codes.forEach((c) => set.add(c));
        lowerPriority.set(contactId, set);
      }
    }
  }
  for (const [contactId, codes] of lowerPriority) {
    if (!out.has(contactId)) {
      const actions = [...codes].sort().join(', ');
      out.set(contactId, {
        reason: 'LOWER_PRIORITY',
        detail: formatMessage(exclusionDetailTemplates.LOWER_PRIORITY, { actions }),
      });
    }
  }
  return out;
}

/** A seeded pseudo-random generator (mulberry32): the same seed draws the same control group. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The control group: `percent` of `ids` (rounded to the nearest contact), drawn by a seeded shuffle of the ids in
 * ascending order, so the same candidates and seed always hold out the same contacts.
 */
export function drawControlGroup(ids: readonly number[], percent: number, seed: number): Set<number> {
  if (!percent || !ids.length) return new Set();
  const shuffled = [...ids].sort((a, b) => a - b);
  const random = seededRandom(seed);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return new Set(shuffled.slice(0, Math.round((ids.length * percent) / 100)));
}
