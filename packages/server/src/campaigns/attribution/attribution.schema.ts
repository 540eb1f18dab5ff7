import { builder } from '../../kernel/graphql/builder.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { Problems } from '../../kernel/validate.js';
import { brandScope } from '../../privacy/access/row-rules.js';
import { systemContext } from '../../privacy/access/system.js';
import { reattributeSales, type ReattributionResult } from './attribution.service.js';
import { fieldMessage } from '../../kernel/field-messages.js';

const ReattributionResultRef = builder.objectRef<ReattributionResult>('ReattributionResult').implement({
  description: 'What a re-attribution of a period did.',
  fields: (t) => ({
    sales: t.exposeInt('sales', {
      description:
        'Sales of the period re-examined (sales that convert a target keep their action and are not counted).',
    }),
    attributed: t.exposeInt('attributed', { description: 'Of those, attributed to an action now.' }),
    changed: t.exposeInt('changed', { description: 'Of those, whose attributed action changed.' }),
  }),
});

const YEARS_10 = 3653 * 86_400_000;

builder.mutationFields((t) => ({
  reattributeSales: t.field({
    type: ReattributionResultRef,
    description:
      'Applies the attribution rule (campaigns/triggers/TRIGGERS.md) again to the sales of your brands dated in [from, to): ' +
      'last touch within each action\u2019s attributionWindowDays, responded targets first, control groups never. ' +
      'Idempotent; a sale that converts a target keeps that target\u2019s action.',
    authScopes: { roles: ['ADMIN', 'MARKETING'] as Role[] },
    args: { from: t.arg({ type: 'DateTime' }), to: t.arg({ type: 'DateTime' }) },
    resolve: (_root, args, ctx) => {
      const p = new Problems([]);
      p.check(args.from < args.to, 'to', fieldMessage('MUST_COME_AFTER', { field: 'from' }));
      p.check(args.to.getTime() - args.from.getTime() <= YEARS_10, 'to', fieldMessage('PERIOD_TOO_LONG'));
      p.throwIfAny();
      const sys = systemContext(ctx.db, ctx.provider, 'mutation:reattributeSales', {
        now: ctx.now,
        onBehalfOf: ctx.principal?.userId,
      });
      return reattributeSales(sys, { from: args.from, to: args.to, brandIds: brandScope(ctx).brandId?.in });
    },
  }),
}));
