import type { Context } from '../../kernel/context.js';
import type { Role } from '../../generated/sqlite/enums.js';
import {
  type ConfidentialField,
  confidentialFields,
  consentBoundFields,
  mayReadConfidential,
} from '../../kernel/field-rules.js';

/**
 * Contact fields that may be put under stewardship: the scalar fields of ContactPatch. References (brand, zone,
 * owner, ...) and the interests set are not: their values are ids or sets, decided elsewhere.
 */
export const stewardableFields = [
  'kind',
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
  'countryCode',
  'language',
  'incomeBand',
  'maritalStatus',
  'firstContactAt',
  'discountRate',
  'revenueClass',
  'frequencyClass',
  'distributionType',
  'commercialService',
  'grossMarginClass',
  'prospectPriority',
  'pipelineStage',
  'estimatedPotential',
  'contactsMadeCount',
  'endReason',
  'businessSector',
  'bankType',
  'journalistBeat',
  'meetingsCount',
  'relationType',
] as const;

export type StewardableField = (typeof stewardableFields)[number];

export const isStewardable = (f: string): f is StewardableField => (stewardableFields as readonly string[]).includes(f);

/** Fields stored as DateTime: their JSON text holds an ISO instant, turned back into a Date to apply. */
const dateFields = new Set(['firstContactAt']);

/** A value as the JSON text a proposal stores (null for none): dates as ISO strings, decimals as their digits. */
export function serialize(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return JSON.stringify(v.toISOString());
  if (typeof v === 'object') return JSON.stringify(String(v)); // Prisma Decimal
  return JSON.stringify(v);
}

/** The value a proposal's JSON text stands for, as a ContactPatch field takes it. */
export function deserialize(field: string, text: string | null): unknown {
  if (text === null) return null;
  const v = JSON.parse(text) as unknown;
  return dateFields.has(field) && typeof v === 'string' ? new Date(v) : v;
}

const confidentialOf = (field: string) =>
  `Contact.${field}` in confidentialFields ? (`Contact.${field}` as ConfidentialField) : null;

/** May a role write this field at all (a confidential field only by the roles that may read it)? */
export function roleMayWrite(role: Role, field: string): boolean {
  const c = confidentialOf(field);
  return !c || (confidentialFields[c] as readonly Role[]).includes(role);
}

/**
 * May the caller read the values of a proposal on this field of this contact? The same rules as the contact's own
 * field: a confidential field by its roles, a personal field under the contact's consent to the request's purpose.
 * Returns the error code to answer, or null when allowed; every guarded read is recorded for the audit.
 */
export async function proposalValueDenial(
  ctx: Context,
  proposal: { id: number; contactId: number; field: string },
): Promise<'FORBIDDEN' | 'CONSENT_REQUIRED' | null> {
  const c = confidentialOf(proposal.field);
  if (c) {
    const allowed = mayReadConfidential(ctx.principal, c);
    ctx.audit?.read('ChangeProposal', proposal.id, proposal.field, allowed);
    return allowed ? null : 'FORBIDDEN';
  }
  if ((consentBoundFields as readonly string[]).includes(proposal.field)) {
    const allowed = await ctx.loaders.consent.load(proposal.contactId);
    ctx.audit?.read('ChangeProposal', proposal.id, proposal.field, allowed);
    return allowed ? null : 'CONSENT_REQUIRED';
  }
  return null;
}
