import type { Context } from './context.js';
import type { Role } from '../generated/sqlite/enums.js';
import type { Principal } from './principal.js';

/**
 * Confidential fields and the roles that may read them. One table for the whole API: the GraphQL field rules,
 * filters, sorts and exports all read it, so a field hidden from a role is hidden everywhere. Partners (API keys)
 * have no role: they never read a confidential field.
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

/** May this principal read (and so write) this confidential field? The one decision, used by reads and writes. */
export function mayReadConfidential(principal: Principal | null, field: ConfidentialField): boolean {
  return principal?.kind === 'staff' && (confidentialFields[field] as readonly Role[]).includes(principal.role);
}

/**
 * The personal fields of a contact: they resolve only when the contact's consent covers the request's purpose
 * (`consentAllows`, through `ctx.loaders.consent`), and a filter or sort on them confines the list to such contacts
 * (`consentWhere`). Every element that identifies or locates a person is here, including the company name (it may
 * be a sole trader's own name: the conservative choice), civility (gender) and job title. Country and language are
 * not: coarse, needed to segment and to address anyone at all.
 */
export const consentBoundFields = [
  'civility',
  'firstName',
  'lastName',
  'companyName',
  'jobTitle',
  'email',
  'phone',
  'mobile',
  'fax',
  'addressLine1',
  'addressLine2',
  'addressLine3',
  'postalCode',
  'city',
] as const;

export type ConsentBoundField = (typeof consentBoundFields)[number];

/** `Contact.<field>` names of the consent-bound fields. */
export const isConsentBound = (typeField: string): boolean =>
  typeField.startsWith('Contact.') &&
  (consentBoundFields as readonly string[]).includes(typeField.slice('Contact.'.length));

/**
 * Field options for a confidential field: nullable, readable only by the roles listed above (others get null and
 * FORBIDDEN). Every read, allowed or not, is recorded for the audit log.
 */
export const confidential = (field: ConfidentialField) => {
  const [entity, name] = field.split('.') as [string, string];
  const roles = [...confidentialFields[field]] as Role[];
  return {
    nullable: true as const,
    authScopes: (parent: { id: number }, _args: unknown, ctx: Context) => {
      const allowed = mayReadConfidential(ctx.principal, field);
      ctx.audit?.read(entity, parent.id, name, allowed);
      return allowed;
    },
    directives: { auth: { roles } },
    description: `Confidential: readable by ${roles.join(', ')}.`,
  };
};

/**
 * Field options for a consent-bound field of a contact: nullable; resolves only when the contact's consent covers
 * the request's purpose, otherwise null and CONSENT_REQUIRED (also without a declared purpose). One consent query
 * per request whatever the number of contacts (the per-request DataLoader). Every read is recorded for the audit.
 */
export const consentBound = (field: ConsentBoundField, description?: string) => ({
  nullable: true as const,
  authScopes: async (parent: { id: number }, _args: unknown, ctx: Context) => {
    const allowed = await ctx.loaders.consent.load(parent.id);
    ctx.audit?.read('Contact', parent.id, field, allowed);
    return allowed;
  },
  directives: { purpose: { consentBound: true } },
  description: `${description ? `${description} ` : ''}Personal: resolves only when the contact's consent covers the request's purpose.`,
});
