import type { ConsentBoundField } from '../../kernel/field-rules.js';

/**
 * The merge fields a message template may use. Personal ones are consent-bound contact fields (kernel/field-rules):
 * they merge only when the contact's consent covers the action's purpose (render.ts). The others describe the
 * action or are the contact's signed links, which carry no readable personal value.
 */
export interface MergeFieldDef {
  name: string;
  personal: boolean;
  description: string;
}

/** Personal merge fields and the contact column each reads. */
export const personalMergeFields: Record<string, ConsentBoundField> = {
  civility: 'civility',
  firstName: 'firstName',
  lastName: 'lastName',
  companyName: 'companyName',
  jobTitle: 'jobTitle',
  email: 'email',
  mobile: 'mobile',
  phone: 'phone',
  addressLine1: 'addressLine1',
  addressLine2: 'addressLine2',
  addressLine3: 'addressLine3',
  postalCode: 'postalCode',
  city: 'city',
};

const other: MergeFieldDef[] = [
  { name: 'actionName', personal: false, description: "The action's name." },
  { name: 'actionCode', personal: false, description: "The action's code (to quote in a response)." },
  { name: 'unsubscribeUrl', personal: false, description: 'Signed link that withdraws the action purpose.' },
  { name: 'preferencesUrl', personal: false, description: "Signed link to the contact's preference centre." },
];

/** Every merge field, personal first, in a stable order (the `mergeFields` query and the admin's list). */
export const mergeFields: readonly MergeFieldDef[] = [
  ...Object.keys(personalMergeFields).map((name) => ({
    name,
    personal: true,
    description: `The contact's ${name} (personal: needs consent to the action's purpose).`,
  })),
  ...other,
];

const byName = new Map(mergeFields.map((f) => [f.name, f]));

export const isMergeField = (name: string): boolean => byName.has(name);
export const isPersonalMergeField = (name: string): boolean => byName.get(name)?.personal === true;

/** Civility as written in a salutation, in the contact's language. */
export const civilityLabel = (civility: string | null, language: string): string => {
  if (!civility) return '';
  const fr: Record<string, string> = { MR: 'M.', MRS: 'Mme', MX: 'Mx' };
  const en: Record<string, string> = { MR: 'Mr', MRS: 'Mrs', MX: 'Mx' };
  return (language === 'FR' ? fr : en)[civility] ?? '';
};
