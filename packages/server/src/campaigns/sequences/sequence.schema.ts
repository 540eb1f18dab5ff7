import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../kernel/graphql/builder.js';
import { ApiError, fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import type { ExclusionReason, Role } from '../../generated/sqlite/enums.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import { actionScope } from '../actions/action.filter.js';
import { systemContext } from '../../privacy/access/system.js';
import { ExclusionReasonEnum } from '../campaign.enums.js';
import { runSequences, type SequenceRunReport } from './sequence.service.js';

const FollowUpExclusionRef = builder
  .objectRef<{ reason: ExclusionReason; count: number }>('FollowUpExclusionCount')
  .implement({
    fields: (t) => ({ reason: t.expose('reason', { type: ExclusionReasonEnum }), count: t.exposeInt('count') }),
  });

const FollowUpRunReportRef = builder.objectRef<SequenceRunReport>('FollowUpRunReport').implement({
  description: 'What one follow-up action did in a run.',
  fields: (t) => ({
    action: t.field({
      type: 'ID',
      description: 'Global id of the follow-up action.',
      resolve: (r) => encodeGlobalID('MarketingAction', r.actionId),
    }),
    previousAction: t.field({ type: 'ID', resolve: (r) => encodeGlobalID('MarketingAction', r.previousActionId) }),
    due: t.exposeInt('due', {
      description: 'Targets of the previous action due for the follow-up and not considered before.',
    }),
    targeted: t.exposeInt('targeted'),
    control: t.exposeInt('control'),
    excluded: t.field({ type: [FollowUpExclusionRef], resolve: (r) => r.excluded }),
    error: t.exposeString('error', { nullable: true }),
  }),
});

builder.mutationFields((t) => ({
  runFollowUps: t.field({
    type: [FollowUpRunReportRef],
    description:
      'Follows up now, as the scheduled job does, the due targets of the running follow-up actions you may see (or the ' +
      'given ones): each contact once, through the targeting rules (campaigns/triggers/TRIGGERS.md). With dryRun, ' +
      'reports what would happen and records only dry targeting runs.',
    authScopes: { roles: ['ADMIN', 'MARKETING'] as Role[] },
    args: {
      dryRun: t.arg.boolean({ required: false, defaultValue: false }),
      actions: t.arg.globalIDList({ required: false, description: 'Only these follow-up actions.' }),
    },
    resolve: async (_root, args, ctx) => {
      const actionIds = args.actions?.map((g, i) => idFor('MarketingAction', g, ['actions', String(i)]));
      if (actionIds) {
        const found = new Set(
          (
            await ctx.db.marketingAction.findMany({
              where: { id: { in: actionIds }, ...actionScope(ctx) },
              select: { id: true },
            })
          ).map((a) => a.id),
        );
        const missing = actionIds.flatMap((id, i) =>
          found.has(id) ? [] : [fieldProblem(['actions', String(i)], fieldMessage('ACTION_NOT_FOUND'))],
        );
        if (missing.length) throw new ApiError('NOT_FOUND', 'Marketing action not found.', { fields: missing });
      }
      return runSequences(
        systemContext(ctx.db, ctx.provider, 'mutation:runFollowUps', {
          now: ctx.now,
          onBehalfOf: ctx.principal?.userId,
        }),
        { dryRun: !!args.dryRun, actionIds, where: actionScope(ctx) },
      );
    },
  }),
}));
