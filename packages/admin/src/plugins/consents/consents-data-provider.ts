import {
  ContactConsentDetailsDocument,
  DenyConsentDocument,
  GrantConsentDocument,
  PurposesDocument,
  WithdrawConsentDocument,
  type ConsentEventFieldsFragment,
  type ConsentInput,
  type ConsentSource,
  type ContactConsentDetailsQuery,
  type DenyConsentMutation,
  type FideleClient,
  type GrantConsentMutation,
  type PurposesQuery,
  type WithdrawConsentMutation,
} from '@fidele/sdk';
import { HttpError, type Identifier } from 'react-admin';
import { raErrors } from '../../api/ra-errors';

/** The three consent decisions, each its own mutation. */
export type ConsentDecision = 'grant' | 'deny' | 'withdraw';
export const consentDecisions: readonly ConsentDecision[] = ['grant', 'deny', 'withdraw'];
/** The mutation behind each decision (for the permissions' mirror). */
export const decisionMutation: Record<
  ConsentDecision,
  keyof GrantConsentMutation | keyof DenyConsentMutation | keyof WithdrawConsentMutation
> = {
  grant: 'grantConsent',
  deny: 'denyConsent',
  withdraw: 'withdrawConsent',
};

type Contact = NonNullable<ContactConsentDetailsQuery['contact']>;
export type ConsentStateRow = NonNullable<Contact['consents']>[number];
export type ConsentEventRow = ConsentEventFieldsFragment;
export type PurposeRow = PurposesQuery['purposes'][number];

/** What the decision form holds (empty strings: not given). */
export interface ConsentForm {
  purpose: string;
  source: ConsentSource | '';
  proof?: string | null;
  /** `YYYY-MM-DD` from a date input, or empty. */
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
}

/** The consents plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type ConsentsDataProvider = {
  /** A contact's current consent per purpose and every decision, newest first. */
  getConsentDetails(id: Identifier): Promise<{ consents: ConsentStateRow[]; history: ConsentEventRow[] }>;
  /** Records a decision; VALIDATION errors name the form's fields (`purpose`, `source`, `proof`...). */
  recordConsentDecision(decision: ConsentDecision, contact: Identifier, form: ConsentForm): Promise<ConsentEventRow>;
  /** The active purposes, parents first. */
  getPurposes(): Promise<PurposeRow[]>;
};

/** The decision form → the API's `ConsentInput`: trimmed proof, dates as instants (start of the day, UTC), blanks left out. */
export function toConsentInput(contact: Identifier, form: ConsentForm): ConsentInput {
  const proof = form.proof?.trim();
  return {
    contact: String(contact),
    purpose: form.purpose,
    source: form.source as ConsentSource,
    ...(proof ? { proof } : {}),
    ...(form.effectiveFrom ? { effectiveFrom: `${form.effectiveFrom}T00:00:00.000Z` } : {}),
    ...(form.effectiveTo ? { effectiveTo: `${form.effectiveTo}T00:00:00.000Z` } : {}),
  };
}

/**
 * Consents on the SDK: `contact { consents consentHistory }` for a contact's page, `grantConsent` / `denyConsent` /
 * `withdrawConsent` for decisions, `purposes` for the purpose tree. Errors as `toRaError` maps them.
 */
export function createConsentsDataProvider(client: FideleClient): ConsentsDataProvider {
  return {
    getConsentDetails: (id) =>
      raErrors(async () => {
        const { contact } = await client.execute(ContactConsentDetailsDocument, { id: String(id) });
        if (!contact) throw new HttpError('ra.notification.item_doesnt_exist', 404, { code: 'NOT_FOUND' });
        return { consents: contact.consents ?? [], history: [...(contact.consentHistory ?? [])].reverse() };
      }),
    recordConsentDecision: (decision, contact, form) =>
      raErrors(async () => {
        const variables = { input: toConsentInput(contact, form) };
        switch (decision) {
          case 'grant':
            return (await client.execute(GrantConsentDocument, variables)).grantConsent;
          case 'deny':
            return (await client.execute(DenyConsentDocument, variables)).denyConsent;
          case 'withdraw':
            return (await client.execute(WithdrawConsentDocument, variables)).withdrawConsent;
        }
      }),
    getPurposes: () => raErrors(async () => (await client.execute(PurposesDocument)).purposes),
  };
}

/** Purposes as a tree, depth first (parents before their children), each with its depth. */
export function purposeTree(purposes: readonly PurposeRow[]): { purpose: PurposeRow; depth: number }[] {
  const children = new Map<string | null, PurposeRow[]>();
  const codes = new Set(purposes.map((p) => p.code));
  for (const p of purposes) {
    const parent = p.parent?.code && codes.has(p.parent.code) ? p.parent.code : null;
    children.set(parent, [...(children.get(parent) ?? []), p]);
  }
  const out: { purpose: PurposeRow; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const p of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name))) {
      out.push({ purpose: p, depth });
      walk(p.code, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
