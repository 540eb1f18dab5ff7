import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import { assignedToMe, dateRange, DateTimeRange, idColumns, oneOf, searchWords } from '../../kernel/graphql/filters.js';
import { orderInput } from '../../kernel/graphql/order.js';
import { CaseCategoryEnum, CasePriorityEnum, CaseStatusEnum } from './case.enums.js';
import { caseScope } from './case.rules.js';

export const ServiceCaseFilter = builder.inputType('ServiceCaseFilter', {
  fields: (t) => ({
    contact: t.globalIDList({ required: false }),
    status: t.field({ type: [CaseStatusEnum], required: false }),
    category: t.field({ type: [CaseCategoryEnum], required: false }),
    priority: t.field({ type: [CasePriorityEnum], required: false }),
    assignee: t.globalIDList({ required: false, description: 'Assigned to any of these staff users.' }),
    mine: t.boolean({ required: false, description: 'true: only the cases assigned to you.' }),
    unassigned: t.boolean({ required: false, description: 'true: only cases nobody is assigned to.' }),
    openedAt: t.field({ type: DateTimeRange, required: false }),
    search: t.string({ required: false, description: 'Words found in the reference or the subject.' }),
  }),
});

export const serviceCaseOrder = orderInput('ServiceCase', {
  ID: 'id',
  OPENED_AT: 'openedAt',
  PRIORITY: 'priority',
  STATUS: 'status',
  RESOLVED_AT: 'resolvedAt',
  UPDATED_AT: 'updatedAt',
});

type Filter = typeof ServiceCaseFilter.$inferInput;

export function serviceCaseWhere(ctx: Context, f: Filter | null | undefined) {
  return {
    AND: [
      caseScope(ctx),
      {
        ...idColumns(f, { contactId: ['Contact', 'contact'], assigneeId: ['StaffUser', 'assignee'] }),
        status: oneOf(f?.status),
        category: oneOf(f?.category),
        priority: oneOf(f?.priority),
        openedAt: dateRange(f?.openedAt),
      },
      assignedToMe(ctx, f?.mine),
      f?.unassigned ? { assigneeId: null } : {},
      ...searchWords(ctx.provider, f?.search, ['reference', 'subject']),
    ],
  };
}
