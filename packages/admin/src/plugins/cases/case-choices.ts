import type { CaseCategory, CasePriority, CaseStatus } from '@fidele/sdk';
import { enumValues } from '../../api/enum-values';
import { enumLabelKey } from '../../i18n/enum-messages';

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

const enumOf = { status: 'CaseStatus', category: 'CaseCategory', priority: 'CasePriority' } as const;

/** Choices labelled by the shared enum messages (`fidele.enum.CaseStatus.OPEN`...), in the form's order. */
export const choices = (group: keyof typeof enumOf, values: readonly string[]) =>
  values.map((id) => ({ id, name: enumLabelKey(enumOf[group], id) }));

/** The comment the server writes on a case's opening event (kernel/message-codes.ts): the history shows it translated. */
export const caseOpenedComment = 'Case opened';
