/**
 * Channel coordination (TRIGGERS.md, "Sequences"): an action linked to a previous one (e-mail, then a phone call
 * to those who did not answer within 7 days) takes over, once the delay has passed for each target of the
 * previous action, the targets matching its condition, through `runTargeting` (source SEQUENCE): consent,
 * opt-outs, addresses and pressure apply to follow-ups as to any targeting.
 *
 * Each contact is considered once per follow-up action: once it has a target of the follow-up or an exclusion in
 * one of its (non dry) targeting runs, later runs leave it alone. Two runs at once may both consider a contact;
 * runTargeting locks the candidates and checks the action's existing targets inside its transaction, so the second
 * reports ALREADY_TARGETED and nobody is targeted twice.
 */
import type { Context } from '../../kernel/context.js';
import type { ExclusionReason } from '../../generated/sqlite/enums.js';
import { contactRelation } from '../../privacy/access/contact-access.js';
import { runTargeting } from '../targeting/targeting.service.js';
import { systemLog } from '../../kernel/system-log.js';

const DAY = 86_400_000;

export interface SequenceRunReport {
  actionId: number;
  previousActionId: number;
  /** Targets of the previous action due for the follow-up and not considered before. */
  due: number;
  targeted: number;
  control: number;
  excluded: { reason: ExclusionReason; count: number }[];
  error: string | null;
}

export interface RunSequencesOptions {
  dryRun?: boolean;
  /** Only these follow-up actions. */
  actionIds?: number[];
  /** Extra condition on the follow-up actions (a user's scope). */
  where?: object;
}

/**
 * Follows up every due target of every running follow-up action, as of `ctx.now`. `ctx` is a system context
 * (`job:sequences`, or the mutation's, on behalf of its caller): a sequence is a standing rule, so its targets are
 * taken under the rules of the action, not of whoever started the run; it is the reason the audit log shows.
 */
export async function runSequences(ctx: Context, options: RunSequencesOptions = {}): Promise<SequenceRunReport[]> {
  const { db, now } = ctx;
  const followUps = await db.marketingAction.findMany({
    where: {
      AND: [
        {
          previousActionId: { not: null },
          followUpCondition: { not: null },
          followUpDelayDays: { not: null },
          status: { notIn: ['COMPLETED', 'CANCELLED', 'DRAFT'] },
          startDate: { lte: now },
          endDate: { gte: now },
        },
        options.actionIds ? { id: { in: options.actionIds } } : {},
        options.where ?? {},
      ],
    },
    select: { id: true, previousActionId: true, followUpCondition: true, followUpDelayDays: true },
    orderBy: { id: 'asc' },
  });
  const reports: SequenceRunReport[] = [];
  for (const f of followUps) {
    const base = {
      actionId: f.id,
      previousActionId: f.previousActionId!,
      due: 0,
      targeted: 0,
      control: 0,
      excluded: [],
      error: null,
    };
    try {
      const due = await db.actionTarget.findMany({
        where: {
          actionId: f.previousActionId!,
          // The control group of the previous action got nothing: there is nothing to follow up.
          inControlGroup: false,
          // Someone who answered a press coupon or a web form was never sent the previous action: nothing to follow.
          untargeted: false,
          targetedAt: { lte: new Date(now.getTime() - f.followUpDelayDays! * DAY) },
          ...(f.followUpCondition === 'NO_RESPONSE'
            ? { respondedAt: null }
            : f.followUpCondition === 'RESPONDED'
              ? { respondedAt: { not: null } }
              : {}),
          contact: contactRelation(ctx, {
            targets: { none: { actionId: f.id } },
            targetingExclusions: { none: { run: { actionId: f.id, dryRun: false } } },
          }),
        },
        select: { contactId: true },
        orderBy: { contactId: 'asc' },
      });
      if (!due.length) {
        reports.push(base);
        continue;
      }
      const result = await runTargeting(ctx, {
        actionId: f.id,
        contactIds: due.map((t) => t.contactId),
        dryRun: !!options.dryRun,
        source: 'SEQUENCE',
        at: now,
      });
      const counts = new Map<ExclusionReason, number>();
      for (const e of result.excluded) counts.set(e.reason, (counts.get(e.reason) ?? 0) + 1);
      reports.push({
        ...base,
        due: due.length,
        targeted: result.targeted,
        control: result.control,
        excluded: [...counts].map(([reason, count]) => ({ reason, count })),
      });
    } catch (e) {
      systemLog().error({ err: e, actionId: f.id }, 'follow-up failed');
      reports.push({ ...base, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return reports;
}
