export const caseStatuses = ['OPEN', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED'] as const;
export const caseCategories = [
  'QUESTION',
  'COMPLAINT',
  'DELIVERY',
  'BILLING',
  'PRODUCT_DEFECT',
  'RETURN',
  'DATA_REQUEST',
  'OTHER',
] as const;
export const casePriorities = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;

/** Choices labelled by the plugin's own messages (`fidele.cases.status.OPEN`...). */
export const choices = (group: 'status' | 'category' | 'priority', values: readonly string[]) =>
  values.map((id) => ({ id, name: `fidele.cases.${group}.${id}` }));
