import { builder } from '../../kernel/graphql/builder.js';
import * as E from '../../generated/sqlite/enums.js';

export const CaseCategoryEnum = builder.enumType(E.CaseCategory, {
  name: 'CaseCategory',
  description: 'What a customer-service case is about.',
});
export const CasePriorityEnum = builder.enumType(E.CasePriority, { name: 'CasePriority' });
export const CaseStatusEnum = builder.enumType(E.CaseStatus, {
  name: 'CaseStatus',
  description: 'OPEN → IN_PROGRESS ⇄ WAITING → RESOLVED → CLOSED; a RESOLVED case may be reopened (IN_PROGRESS).',
});
