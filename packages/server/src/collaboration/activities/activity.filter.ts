import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import { ActivityTypeEnum } from '../../kernel/graphql/enums.js';
import { dateRange, DateTimeRange, idColumns, isSet, oneOf, searchWords } from '../../kernel/graphql/filters.js';
import { orderInput } from '../../kernel/graphql/order.js';
import { contactRelation } from '../../privacy/access/contact-access.js';
import { ActivityStatusEnum } from './activity.enums.js';

/** Row rule of activities: visible when their contact is. */
export const activityScope = (ctx: Context) => ({ contact: contactRelation(ctx) });

export const ActivityFilter = builder.inputType('ActivityFilter', {
  fields: (t) => ({
    contact: t.globalIDList({ required: false }),
    type: t.field({ type: [ActivityTypeEnum], required: false }),
    status: t.field({ type: [ActivityStatusEnum], required: false }),
    promised: t.boolean({ required: false, description: 'true: only activities with a promise to the contact.' }),
    action: t.globalIDList({ required: false, description: 'Belonging to any of these actions.' }),
    author: t.globalIDList({ required: false, description: 'Written by any of these staff users.' }),
    occurredAt: t.field({ type: DateTimeRange, required: false }),
    search: t.string({ required: false, description: 'Words found in the subject or the body.' }),
  }),
});

export const activityOrder = orderInput('Activity', {
  ID: 'id',
  OCCURRED_AT: 'occurredAt',
  TYPE: 'type',
  CREATED_AT: 'createdAt',
});

type Filter = typeof ActivityFilter.$inferInput;

export function activityWhere(ctx: Context, f: Filter | null | undefined) {
  return {
    AND: [
      activityScope(ctx),
      {
        ...idColumns(f, {
          contactId: ['Contact', 'contact'],
          actionId: ['MarketingAction', 'action'],
          authorId: ['StaffUser', 'author'],
        }),
        type: oneOf(f?.type),
        status: oneOf(f?.status),
        promised: isSet(f?.promised),
        occurredAt: dateRange(f?.occurredAt),
      },
      ...searchWords(ctx.provider, f?.search, ['subject', 'body']),
    ],
  };
}
