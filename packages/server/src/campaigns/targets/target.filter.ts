import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import { ResponseChannelEnum } from '../../kernel/graphql/enums.js';
import { columns, dateRange, DateTimeRange, idColumns, isSet, listFilter } from '../../kernel/graphql/filters.js';
import { contactRelation } from '../../privacy/access/contact-access.js';
import { actionScope } from '../actions/action.filter.js';

/**
 * Row rule of targets: a target is visible when its contact is, and its action too (so that `target.action` is
 * never a way around the actions' brand rule).
 */
export const targetScope = (ctx: Context) => ({ contact: contactRelation(ctx), action: actionScope(ctx) });

export const ActionTargetFilter = builder.inputType('ActionTargetFilter', {
  fields: (t) => ({
    action: t.globalIDList({ required: false, description: 'Of any of these actions.' }),
    contact: t.globalIDList({ required: false, description: 'Of any of these contacts.' }),
    responded: t.boolean({ required: false }),
    converted: t.boolean({ required: false }),
    responseChannel: t.field({ type: [ResponseChannelEnum], required: false }),
    inControlGroup: t.boolean({ required: false }),
    targetedAt: t.field({ type: DateTimeRange, required: false }),
    respondedAt: t.field({ type: DateTimeRange, required: false }),
  }),
});

export const targetList = listFilter(
  ActionTargetFilter,
  { TARGETED_AT: 'targetedAt', RESPONDED_AT: 'respondedAt', CREATED_AT: 'createdAt' },
  (ctx, f) => ({
    scope: targetScope(ctx),
    columns: {
      ...idColumns(f, { actionId: ['MarketingAction', 'action'], contactId: ['Contact', 'contact'] }),
      ...columns(f, { oneOf: ['responseChannel'], equals: ['inControlGroup'], dates: ['targetedAt'] }),
    },
    also: [
      f?.respondedAt ? { respondedAt: dateRange(f.respondedAt) } : {},
      { respondedAt: isSet(f?.responded), conversionSaleId: isSet(f?.converted) },
    ],
  }),
);
