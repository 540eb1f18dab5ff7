import type { Context } from '../../kernel/context.js';
import type { FollowUpCondition } from '../../generated/sqlite/enums.js';
import { type DecodedGlobalId, idFor } from '../../kernel/graphql/global-id.js';
import type { Problems } from '../../kernel/validate.js';
import { actionScope } from '../actions/action.filter.js';
import { fieldMessage } from '../../kernel/field-messages.js';

interface FollowUpWrite {
  previousAction?: DecodedGlobalId | null;
  followUpCondition?: FollowUpCondition | null;
  followUpDelayDays?: number | null;
}

interface CurrentAction {
  id: number;
  previousActionId: number | null;
  followUpCondition: FollowUpCondition | null;
  followUpDelayDays: number | null;
}

/** A chain longer than this is refused (and stops the cycle walk): sequences are a few steps. */
const MAX_CHAIN = 20;

/**
 * Checks the sequence link of an action write (TRIGGERS.md, "Sequences"), adding problems to `p`: the previous
 * action must be one the user may see, of the same brand, starting no later than this one, and must not lead
 * back to this action (no cycle); a condition and a delay (0 to 365 days) go with it. Returns the columns to
 * write (none when the input does not touch the link; all three cleared when previousAction is null).
 */
export async function checkFollowUp(
  ctx: Context,
  p: Problems,
  input: FollowUpWrite,
  current: CurrentAction | undefined,
  self: { brandId: number | null; startDate: Date | undefined },
): Promise<Record<string, unknown>> {
  const touched =
    input.previousAction !== undefined ||
    input.followUpCondition !== undefined ||
    input.followUpDelayDays !== undefined;
  if (!touched) return {};
  const previousId =
    input.previousAction === undefined
      ? (current?.previousActionId ?? null)
      : input.previousAction === null
        ? null
        : idFor('MarketingAction', input.previousAction, ['input', 'previousAction']);
  if (previousId === null) {
    if (input.followUpCondition != null) p.add('followUpCondition', fieldMessage('ONLY_WITH_PREVIOUS_ACTION'));
    if (input.followUpDelayDays != null) p.add('followUpDelayDays', fieldMessage('ONLY_WITH_PREVIOUS_ACTION'));
    return { previousActionId: null, followUpCondition: null, followUpDelayDays: null };
  }
  const condition =
    input.followUpCondition === undefined ? (current?.followUpCondition ?? null) : input.followUpCondition;
  const delay = input.followUpDelayDays === undefined ? (current?.followUpDelayDays ?? null) : input.followUpDelayDays;
  if (condition === null) p.add('followUpCondition', fieldMessage('REQUIRED_WITH', { field: 'previousAction' }));
  if (delay === null) p.add('followUpDelayDays', fieldMessage('REQUIRED_WITH', { field: 'previousAction' }));
  else
    p.check(
      Number.isInteger(delay) && delay >= 0 && delay <= 365,
      'followUpDelayDays',
      fieldMessage('INTEGER_RANGE', { min: 0, max: 365 }),
    );

  const previous = await ctx.db.marketingAction.findFirst({
    where: { id: previousId, ...actionScope(ctx) },
    select: { id: true, brandId: true, startDate: true, previousActionId: true },
  });
  if (!previous) {
    p.add('previousAction', fieldMessage('UNKNOWN_ACTION'));
    return {};
  }
  p.check(previous.brandId === self.brandId, 'previousAction', fieldMessage('FOLLOW_UP_OTHER_BRAND'));
  if (self.startDate)
    p.check(self.startDate >= previous.startDate, 'previousAction', fieldMessage('FOLLOW_UP_TOO_EARLY'));
  // Walk up from the previous action: reaching this action again would make a cycle.
  let cursor: number | null = previous.id;
  for (let steps = 0; cursor !== null; steps++) {
    if (current && cursor === current.id) {
      p.add('previousAction', fieldMessage('FOLLOW_UP_CYCLE'));
      break;
    }
    if (steps >= MAX_CHAIN) {
      p.add('previousAction', fieldMessage('SEQUENCE_TOO_LONG', { max: MAX_CHAIN }));
      break;
    }
    const up: { previousActionId: number | null } | null =
      cursor === previous.id
        ? previous
        : await ctx.db.marketingAction.findUnique({ where: { id: cursor }, select: { previousActionId: true } });
    cursor = up?.previousActionId ?? null;
  }
  return { previousActionId: previous.id, followUpCondition: condition, followUpDelayDays: delay };
}
