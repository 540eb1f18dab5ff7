import { builder } from '../../kernel/graphql/builder.js';
import { CaseCategoryEnum, CasePriorityEnum, CaseStatusEnum } from './case.enums.js';

/** A request from a contact to customer service. */
export const ServiceCaseInput = builder.inputType('ServiceCaseInput', {
  fields: (t) => ({
    contact: t.globalID(),
    subject: t.string({ description: '1 to 200 characters.' }),
    description: t.string({ required: false, description: 'Up to 5000 characters.' }),
    category: t.field({ type: CaseCategoryEnum }),
    priority: t.field({ type: CasePriorityEnum, required: false, description: 'Defaults to NORMAL.' }),
    assignee: t.globalID({ required: false, description: 'A SUPPORT, SALES or ADMIN user who may see the contact.' }),
    brand: t.globalID({ required: false, description: "Defaults to the contact's brand." }),
    openedAt: t.field({
      type: 'DateTime',
      required: false,
      description: 'When the request came in (not in the future); defaults to now.',
    }),
  }),
});

export const ServiceCasePatch = builder.inputType('ServiceCasePatch', {
  fields: (t) => ({
    subject: t.string({ required: false }),
    description: t.string({ required: false }),
    category: t.field({ type: CaseCategoryEnum, required: false }),
    priority: t.field({ type: CasePriorityEnum, required: false }),
  }),
});

export const CaseStatusChange = builder.inputType('CaseStatusChange', {
  fields: (t) => ({
    status: t.field({ type: CaseStatusEnum, description: 'An allowed next status (see CaseStatus).' }),
    comment: t.string({ required: false, description: 'Why; kept in the history (up to 2000 characters).' }),
  }),
});
