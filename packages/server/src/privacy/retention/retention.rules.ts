import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import { type FieldProblem, fieldProblem, validationError } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import type { ContactKind } from '../../generated/sqlite/enums.js';
import { actorOf } from '../audit/audit-actor.js';

/**
 * The defaults, after the French regulator's guidance (CNIL, "durées de conservation" for customer and prospect
 * files): a prospect three years after the last contact that came from them; a client three years after the end of
 * the commercial relation (its last activity here), a former client likewise; audience-measurement trackers 13
 * months. Suppliers, bankers, journalists and relations follow other rules (contracts, accounting, press) that an
 * administrator sets if they want one: no default.
 */
export const defaultRetention = {
  kinds: { PROSPECT: 36, CLIENT: 36, FORMER_CLIENT: 36 } as Partial<Record<ContactKind, number>>,
  purposes: { tracking: 13 } as Record<string, number>,
};

/** The range an administrator may set, in months (one month to twenty years). */
export const MONTHS_MIN = 1;
export const MONTHS_MAX = 240;

/**
 * Creates the default rules that do not exist yet (by kind, and by purpose when that purpose exists), leaving every
 * existing rule as it is: a rule an administrator turned off stays off. Idempotent and safe when two processes run
 * it at once (an upsert on the unique kind or purpose). Returns how many rules it created.
 */
export async function ensureDefaultRetentionRules(db: Db): Promise<number> {
  const existing = await db.retentionRule.findMany({ select: { contactKind: true, purposeId: true } });
  const kinds = new Set(existing.map((r) => r.contactKind));
  const purposeIds = new Set(existing.map((r) => r.purposeId));
  let created = 0;
  for (const [kind, months] of Object.entries(defaultRetention.kinds) as [ContactKind, number][]) {
    if (kinds.has(kind)) continue;
    await db.retentionRule.upsert({ where: { contactKind: kind }, create: { contactKind: kind, months }, update: {} });
    created++;
  }
  const purposes = await db.purpose.findMany({
    where: { code: { in: Object.keys(defaultRetention.purposes) } },
    select: { id: true, code: true },
  });
  for (const p of purposes) {
    if (purposeIds.has(p.id)) continue;
    const months = defaultRetention.purposes[p.code]!;
    await db.retentionRule.upsert({ where: { purposeId: p.id }, create: { purposeId: p.id, months }, update: {} });
    created++;
  }
  return created;
}

/** A rule with its purpose's code. */
export const ruleSelect = {
  id: true,
  contactKind: true,
  purposeId: true,
  purpose: { select: { code: true } },
  months: true,
  active: true,
  version: true,
  updatedAt: true,
} as const;

export type RuleRow = Awaited<ReturnType<typeof listRetentionRules>>[number];

/** Every rule, the kinds first then the purposes (the defaults created first if missing). */
export async function listRetentionRules(ctx: Pick<Context, 'db'>) {
  await ensureDefaultRetentionRules(ctx.db);
  const rules = await ctx.db.retentionRule.findMany({ select: ruleSelect, orderBy: { id: 'asc' } });
  return rules.sort((a, b) => Number(a.contactKind === null) - Number(b.contactKind === null) || a.id - b.id);
}

export interface RuleChange {
  kind?: ContactKind | null;
  purpose?: string | null;
  months: number;
  active: boolean;
}

/** Checks a change: one kind or one purpose, months a whole number in range. */
function problemsOf(change: RuleChange): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if ((change.kind == null) === (change.purpose == null))
    problems.push(fieldProblem(['kind'], fieldMessage('KIND_OR_PURPOSE')));
  if (!Number.isInteger(change.months) || change.months < MONTHS_MIN || change.months > MONTHS_MAX)
    problems.push(fieldProblem(['months'], fieldMessage('MONTHS_RANGE', { min: MONTHS_MIN, max: MONTHS_MAX })));
  return problems;
}

/**
 * Sets the rule of a contact kind or a purpose (creating it if needed): its period and whether it applies. Audited
 * (UPDATE or CREATE of RetentionRule, with the fields set), in the change's transaction.
 */
export async function setRetentionRule(ctx: Context, change: RuleChange) {
  const problems = problemsOf(change);
  let purposeId: number | null = null;
  if (change.purpose != null) {
    const purpose = await ctx.db.purpose.findFirst({ where: { code: change.purpose }, select: { id: true } });
    if (!purpose) problems.push(fieldProblem(['purpose'], fieldMessage('UNKNOWN_PURPOSE')));
    else purposeId = purpose.id;
  }
  if (problems.length) throw validationError(problems);
  const where = change.kind != null ? { contactKind: change.kind } : { purposeId: purposeId! };
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.retentionRule.findUnique({ where, select: { id: true } });
    const data = { months: change.months, active: change.active };
    const rule = await tx.retentionRule.upsert({
      where,
      create: { ...where, ...data },
      update: { ...data, version: { increment: 1 } },
      select: ruleSelect,
    });
    await tx.auditLog.create({
      data: {
        ...actorOf(ctx),
        operation: before ? 'UPDATE' : 'CREATE',
        operationName: 'setRetentionRule',
        entity: 'RetentionRule',
        entityId: String(rule.id),
        fields: ['months', 'active'],
        outcome: 'ALLOWED',
      },
    });
    return rule;
  });
}

/** A rule's label in reports and audit entries: `kind:PROSPECT` or `purpose:tracking`. */
export function ruleKey(rule: Pick<RuleRow, 'contactKind' | 'purpose'>): string {
  if (rule.contactKind) return `kind:${rule.contactKind}`;
  if (rule.purpose) return `purpose:${rule.purpose.code}`;
  throw new Error('a retention rule names neither a kind nor a purpose');
}
