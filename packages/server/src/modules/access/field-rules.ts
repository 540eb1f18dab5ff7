import type { Role } from '../../generated/sqlite/enums.js';

/**
 * Confidential fields and the roles that may read them. One table for the whole API: the GraphQL field rules,
 * filters, sorts and exports all read it, so a field hidden from a role is hidden everywhere.
 */
export const confidentialFields = {
  'Contact.incomeBand': ['ADMIN', 'MARKETING', 'ANALYST'],
  'Contact.maritalStatus': ['ADMIN', 'MARKETING', 'ANALYST'],
  'Contact.grossMarginClass': ['ADMIN', 'ANALYST'],
  'Contact.discountRate': ['ADMIN', 'SALES', 'MARKETING'],
  'Product.unitCost': ['ADMIN', 'ANALYST'],
  'Sale.grossMargin': ['ADMIN', 'ANALYST'],
} as const satisfies Record<string, readonly Role[]>;

export type ConfidentialField = keyof typeof confidentialFields;

/** Field options for a confidential field: nullable, readable only by the roles listed above. */
export const confidential = (field: ConfidentialField) => ({
  nullable: true as const,
  authScopes: { roles: [...confidentialFields[field]] as Role[] },
  directives: { auth: { roles: [...confidentialFields[field]] as Role[] } },
  description: `Confidential: readable by ${confidentialFields[field].join(', ')}.`,
});
