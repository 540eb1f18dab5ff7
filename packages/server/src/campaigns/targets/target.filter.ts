import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import { ResponseChannelEnum } from '../../kernel/graphql/enums.js';
import { dateRange, DateTimeRange, idColumns, isSet, oneOf } from '../../kernel/graphql/filters.js';
import { orderInput } from '../../kernel/graphql/order.js';
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

export const targetOrder = orderInput('ActionTarget', {
  ID: 'id',
  TARGETED_AT: 'targetedAt',
  RESPONDED_AT: 'respondedAt',
  CREATED_AT: 'createdAt',
});

type Filter = typeof ActionTargetFilter.$inferInput;

export function targetWhere(ctx: Context, f: Filter | null | undefined) {
  return {
    AND: [
      targetScope(ctx),
      {
        ...idColumns(f, { actionId: ['MarketingAction', 'action'], contactId: ['Contact', 'contact'] }),
        responseChannel: oneOf(f?.responseChannel),
        inControlGroup: f?.inControlGroup ?? undefined,
        targetedAt: dateRange(f?.targetedAt),
      },
      f?.respondedAt ? { respondedAt: dateRange(f.respondedAt) } : {},
      { respondedAt: isSet(f?.responded), conversionSaleId: isSet(f?.converted) },
    ],
  };
}
