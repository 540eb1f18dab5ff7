import type { CaseCategory, CasePriority, CaseStatus } from '@fidele/sdk';
import { enumValues } from '../../api/enum-values';

export const caseStatuses = enumValues<CaseStatus>()('OPEN', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED');
export const caseCategories = enumValues<CaseCategory>()(
  'QUESTION',
  'COMPLAINT',
  'DELIVERY',
  'BILLING',
  'PRODUCT_DEFECT',
  'RETURN',
  'DATA_REQUEST',
  'OTHER',
);
export const casePriorities = enumValues<CasePriority>()('LOW', 'NORMAL', 'HIGH', 'URGENT');

/** Choices labelled by the plugin's own messages (`fidele.cases.status.OPEN`...). */
export const choices = (group: 'status' | 'category' | 'priority', values: readonly string[]) =>
  values.map((id) => ({ id, name: `fidele.cases.${group}.${id}` }));
