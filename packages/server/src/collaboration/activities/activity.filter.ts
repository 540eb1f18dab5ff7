import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import { ActivityTypeEnum } from '../../kernel/graphql/enums.js';
import { columns, DateTimeRange, idColumns, isSet, listFilter } from '../../kernel/graphql/filters.js';
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

export const activityList = listFilter(
  ActivityFilter,
  { OCCURRED_AT: 'occurredAt', TYPE: 'type', CREATED_AT: 'createdAt' },
  (ctx, f) => ({
    scope: activityScope(ctx),
    columns: {
      ...idColumns(f, {
        contactId: ['Contact', 'contact'],
        actionId: ['MarketingAction', 'action'],
        authorId: ['StaffUser', 'author'],
      }),
      ...columns(f, { oneOf: ['type', 'status'], dates: ['occurredAt'] }),
      promised: isSet(f?.promised),
    },
    search: { text: f?.search, in: ['subject', 'body'] },
  }),
);
