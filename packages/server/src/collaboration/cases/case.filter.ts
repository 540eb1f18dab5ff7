import { builder } from '../../kernel/graphql/builder.js';
import { assignedToMe, columns, DateTimeRange, idColumns, listFilter } from '../../kernel/graphql/filters.js';
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

export const serviceCaseList = listFilter(
  ServiceCaseFilter,
  { OPENED_AT: 'openedAt', PRIORITY: 'priority', STATUS: 'status', RESOLVED_AT: 'resolvedAt', UPDATED_AT: 'updatedAt' },
  (ctx, f) => ({
    scope: caseScope(ctx),
    columns: {
      ...idColumns(f, { contactId: ['Contact', 'contact'], assigneeId: ['StaffUser', 'assignee'] }),
      ...columns(f, { oneOf: ['status', 'category', 'priority'], dates: ['openedAt'] }),
    },
    also: [assignedToMe(ctx, f?.mine), f?.unassigned ? { assigneeId: null } : {}],
    search: { text: f?.search, in: ['reference', 'subject'] },
  }),
);
