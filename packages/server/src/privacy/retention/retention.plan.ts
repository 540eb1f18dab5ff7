import type { Context } from '../../kernel/context.js';
import { validationError, fieldProblem, type FieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import { dueItems, type DueItem } from './retention.due.js';
import { listRetentionRules, type RuleRow } from './retention.rules.js';

const DAY_MS = 86_400_000;

export interface PlanOptions {
  /** The day periods are measured to. @default the context's now */
  asOf?: Date | null;
  /** How far ahead to list what will become due. @default 90 */
  horizonDays?: number | null;
  /** Items listed per rule (the soonest first); the counts cover them all. @default 50, at most 500 */
  first?: number | null;
}

/** What one rule will purge: counts, and the soonest items within the horizon (ids, kinds and dates only). */
export interface RulePlan {
  rule: RuleRow;
  /** Due on `asOf`: what a purge run that day erases (kind rule) or lapses (purpose rule). */
  dueNow: number;
  /** Due by the end of the horizon, those due now included. */
  dueWithinHorizon: number;
  /** The soonest `first` of them, by purge date then contact id. */
  items: DueItem[];
}

export interface RetentionPlan {
  asOf: Date;
  horizonEnd: Date;
  rules: RulePlan[];
}

const byDate = (a: DueItem, b: DueItem) => a.purgeAt.getTime() - b.purgeAt.getTime() || a.contactId - b.contactId;

/** Checks the plan's options, VALIDATION on a horizon or page size out of range. */
function planOptions(ctx: Context, o: PlanOptions) {
  const horizonDays = o.horizonDays ?? 90;
  const first = o.first ?? 50;
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(horizonDays) || horizonDays < 0 || horizonDays > 3660)
    problems.push(fieldProblem(['horizonDays'], fieldMessage('DAYS_RANGE', { min: 0, max: 3660 })));
  if (!Number.isInteger(first) || first < 0 || first > 500)
    problems.push(fieldProblem(['first'], fieldMessage('INTEGER_RANGE', { min: 0, max: 500 })));
  if (problems.length) throw validationError(problems);
  const asOf = o.asOf ?? ctx.now;
  return { asOf, horizonEnd: new Date(asOf.getTime() + horizonDays * DAY_MS), first };
}

/** One rule's plan: scans its candidates once, keeping the counts and the soonest items (memory bounded by `first`). */
async function rulePlan(ctx: Context, rule: RuleRow, asOf: Date, horizonEnd: Date, first: number): Promise<RulePlan> {
  const plan: RulePlan = { rule, dueNow: 0, dueWithinHorizon: 0, items: [] };
  for await (const batch of dueItems(ctx, rule, horizonEnd)) {
    plan.dueWithinHorizon += batch.length;
    plan.dueNow += batch.filter((d) => d.purgeAt <= asOf).length;
    plan.items.push(...batch);
    if (plan.items.length > 2 * first + 500) plan.items = plan.items.sort(byDate).slice(0, first);
  }
  plan.items = plan.items.sort(byDate).slice(0, first);
  return plan;
}

/**
 * The dry run: for each active rule, what is due on `asOf` and what becomes due within the horizon, with each
 * contact's last activity and purge date. Nothing is written; the rows are the caller's (access layer).
 */
export async function retentionPlan(ctx: Context, options: PlanOptions = {}): Promise<RetentionPlan> {
  const { asOf, horizonEnd, first } = planOptions(ctx, options);
  const rules = (await listRetentionRules(ctx)).filter((r) => r.active);
  const plans: RulePlan[] = [];
  for (const rule of rules) plans.push(await rulePlan(ctx, rule, asOf, horizonEnd, first));
  return { asOf, horizonEnd, rules: plans };
}
