import type { Role } from './schema.js';

/**
 * The access rules schema.graphql declares on fields, by `Type.field`: `roles` from `@auth(roles: [...])` (only
 * these staff roles may read the field), `consentBound` from `@purpose(consentBound: true)` (personal data, read
 * only when the contact's consent covers the request's purpose). The server enforces them; this is for display.
 */
export const fieldAccess = {
  /** Personal data (`@purpose(consentBound: true)`): null and CONSENT_REQUIRED unless the contact's consent covers the declared purpose. */
  'Contact.addressLine1': { consentBound: true },
  /** Personal data (`@purpose(consentBound: true)`): null and CONSENT_REQUIRED unless the contact's consent covers the declared purpose. */
  'Contact.addressLine2': { consentBound: true },
  /** Personal data (`@purpose(consentBound: true)`): null and CONSENT_REQUIRED unless the contact's consent covers the declared purpose. */
  'Contact.addressLine3': { consentBound: true },
  /** Personal data (`@purpose(consentBound: true)`): null and CONSENT_REQUIRED unless the contact's consent covers the declared purpose. */
  'Contact.city': { consentBound: true },
  /** Personal data (`@purpose(consentBound: true)`): null and CONSENT_REQUIRED unless the contact's consent covers the declared purpose. */
  'Contact.civility': { consentBound: true },
  /** Personal data (`@purpose(consentBound: true)`): null and CONSENT_REQUIRED unless the contact's consent covers the declared purpose. */
  'Contact.companyName': { consentBound: true },
  /** Readable by ADMIN, SALES, MARKETING only (`@auth`): other callers get null and FORBIDDEN. */
  'Contact.discountRate': { roles: ['ADMIN', 'SALES', 'MARKETING'] },
  /** Personal data (`@purpose(consentBound: true)`): null and CONSENT_REQUIRED unless the contact's consent covers the declared purpose. */
  'Contact.email': { consentBound: true },
  /** Personal data (`@purpose(consentBound: true)`): null and CONSENT_REQUIRED unless the contact's consent covers the declared purpose. */
  'Contact.fax': { consentBound: true },
  /** Personal data (`@purpose(consentBound: true)`): null and CONSENT_REQUIRED unless the contact's consent covers the declared purpose. */
  'Contact.firstName': { consentBound: true },
  /** Readable by ADMIN, ANALYST only (`@auth`): other callers get null and FORBIDDEN. */
  'Contact.grossMarginClass': { roles: ['ADMIN', 'ANALYST'] },
  /** Readable by ADMIN, MARKETING, ANALYST only (`@auth`): other callers get null and FORBIDDEN. */
  'Contact.incomeBand': { roles: ['ADMIN', 'MARKETING', 'ANALYST'] },
  /** Personal data (`@purpose(consentBound: true)`): null and CONSENT_REQUIRED unless the contact's consent covers the declared purpose. */
  'Contact.jobTitle': { consentBound: true },
  /** Personal data (`@purpose(consentBound: true)`): null and CONSENT_REQUIRED unless the contact's consent covers the declared purpose. */
  'Contact.lastName': { consentBound: true },
  /** Readable by ADMIN, MARKETING, ANALYST only (`@auth`): other callers get null and FORBIDDEN. */
  'Contact.maritalStatus': { roles: ['ADMIN', 'MARKETING', 'ANALYST'] },
  /** Personal data (`@purpose(consentBound: true)`): null and CONSENT_REQUIRED unless the contact's consent covers the declared purpose. */
  'Contact.mobile': { consentBound: true },
  /** Personal data (`@purpose(consentBound: true)`): null and CONSENT_REQUIRED unless the contact's consent covers the declared purpose. */
  'Contact.phone': { consentBound: true },
  /** Personal data (`@purpose(consentBound: true)`): null and CONSENT_REQUIRED unless the contact's consent covers the declared purpose. */
  'Contact.postalCode': { consentBound: true },
  /** Readable by ADMIN, ANALYST only (`@auth`): other callers get null and FORBIDDEN. */
  'ContactScore.grossMargin': { roles: ['ADMIN', 'ANALYST'] },
  /** Readable by ADMIN, ANALYST only (`@auth`): other callers get null and FORBIDDEN. */
  'Product.unitCost': { roles: ['ADMIN', 'ANALYST'] },
  /** Readable by ADMIN, ANALYST only (`@auth`): other callers get null and FORBIDDEN. */
  'Sale.grossMargin': { roles: ['ADMIN', 'ANALYST'] },
  /** Personal data (`@purpose(consentBound: true)`): null and CONSENT_REQUIRED unless the contact's consent covers the declared purpose. */
  'SurveyAnswer.text': { consentBound: true },
} as const satisfies Record<string, { readonly roles?: readonly Role[]; readonly consentBound?: true }>;

/** A field that carries an access rule, e.g. `Contact.incomeBand`. */
export type RestrictedField = keyof typeof fieldAccess;
