import { builder } from '../kernel/graphql/builder.js';
import {
  BankTypeEnum,
  BusinessSectorEnum,
  CivilityEnum,
  ClassRankEnum,
  CommercialServiceEnum,
  ContactKindEnum,
  DistributionTypeEnum,
  EndReasonEnum,
  IncomeBandEnum,
  InterestEnum,
  JournalistBeatEnum,
  LanguageEnum,
  MaritalStatusEnum,
  PipelineStageEnum,
  ProspectPriorityEnum,
  RelationTypeEnum,
} from '../kernel/graphql/enums.js';
import { textLimitNote } from '../kernel/graphql/input-policy.js';
import { GivenConsentInput } from '../privacy/consent/consent.input.js';

/**
 * The writable fields of a contact. `ContactInput` (create) requires kind, brand and zone; `ContactPatch` (update)
 * makes everything optional: an absent field is left as it is, an explicit null clears it.
 */

const optional = { required: false } as const;

/** What the caller decided about likely duplicates (contacts/quality/entry-duplicates.service.ts). */
export const DuplicateDecisionInput = builder.inputType('DuplicateDecisionInput', {
  description:
    'Go ahead despite duplicates found at entry: `confirm` after a DUPLICATE_SUSPECTED answer, `force` with a `reason` (audited) after a DUPLICATE_EMAIL one.',
  fields: (t) => ({
    confirm: t.boolean({
      required: false,
      description: 'Write even though contacts you may see score above the threshold.',
    }),
    force: t.boolean({
      required: false,
      description: 'Write even though a contact you may see has the same e-mail (implies confirm). Needs a reason.',
    }),
    reason: t.string({
      required: false,
      description: 'Why the duplicate e-mail is right (at most 500 characters); audited.',
    }),
  }),
});

const duplicates = (t: T) =>
  t.field({
    type: DuplicateDecisionInput,
    required: false,
    description:
      'Without it, a write that looks like a contact you may see answers DUPLICATE_SUSPECTED or DUPLICATE_EMAIL with the candidates; nothing is written.',
  });

export const ContactInput = builder.inputType('ContactInput', {
  fields: (t) => ({
    kind: t.field({ type: ContactKindEnum }),
    brand: t.globalID(),
    zone: t.globalID(),
    ...shared(t),
    duplicates: duplicates(t),
    consents: t.field({
      type: [GivenConsentInput],
      required: false,
      description:
        "Consents given on the form, recorded with the contact (captured now, by you): the basis on which its personal fields may be used. Without one covering your request's purpose (or a contract), the new contact's personal fields come back withheld.",
    }),
  }),
});

export const ContactPatch = builder.inputType('ContactPatch', {
  fields: (t) => ({
    kind: t.field({ type: ContactKindEnum, ...optional }),
    brand: t.globalID(optional),
    zone: t.globalID(optional),
    ...shared(t),
    duplicates: duplicates(t),
  }),
});

type T = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

function shared(t: T) {
  return {
    civility: t.field({ type: CivilityEnum, ...optional }),
    firstName: t.string({ ...optional, description: textLimitNote('firstName') }),
    lastName: t.string({ ...optional, description: textLimitNote('lastName') }),
    companyName: t.string({ ...optional, description: textLimitNote('companyName') }),
    jobTitle: t.string({ ...optional, description: textLimitNote('jobTitle') }),
    email: t.string({ ...optional, description: textLimitNote('email') }),
    phone: t.string({ ...optional, description: textLimitNote('phone') }),
    mobile: t.string({ ...optional, description: textLimitNote('mobile') }),
    fax: t.string({ ...optional, description: textLimitNote('fax') }),
    addressLine1: t.string({ ...optional, description: textLimitNote('addressLine1') }),
    addressLine2: t.string({ ...optional, description: textLimitNote('addressLine2') }),
    addressLine3: t.string({ ...optional, description: textLimitNote('addressLine3') }),
    postalCode: t.string({ ...optional, description: textLimitNote('postalCode') }),
    city: t.string({ ...optional, description: textLimitNote('city') }),
    countryCode: t.string({ ...optional, description: textLimitNote('countryCode') }),
    language: t.field({ type: LanguageEnum, ...optional }),
    incomeBand: t.field({ type: IncomeBandEnum, ...optional }),
    maritalStatus: t.field({ type: MaritalStatusEnum, ...optional }),
    firstContactAt: t.field({ type: 'DateTime', ...optional }),
    discountRate: t.field({ type: 'Decimal', ...optional }),
    owner: t.globalID(optional),
    sourceAction: t.globalID(optional),
    revenueClass: t.field({ type: ClassRankEnum, ...optional }),
    frequencyClass: t.field({ type: ClassRankEnum, ...optional }),
    distributionType: t.field({ type: DistributionTypeEnum, ...optional }),
    commercialService: t.field({ type: CommercialServiceEnum, ...optional }),
    grossMarginClass: t.field({ type: ClassRankEnum, ...optional }),
    prospectPriority: t.field({ type: ProspectPriorityEnum, ...optional }),
    pipelineStage: t.field({ type: PipelineStageEnum, ...optional }),
    estimatedPotential: t.field({ type: 'Decimal', ...optional }),
    contactsMadeCount: t.int(optional),
    endReason: t.field({ type: EndReasonEnum, ...optional }),
    businessSector: t.field({ type: BusinessSectorEnum, ...optional }),
    bankType: t.field({ type: BankTypeEnum, ...optional }),
    journalistBeat: t.field({ type: JournalistBeatEnum, ...optional }),
    meetingsCount: t.int(optional),
    relationType: t.field({ type: RelationTypeEnum, ...optional }),
    relationOf: t.globalID(optional),
    interests: t.field({ type: [InterestEnum], ...optional, description: 'Replaces the whole set when given.' }),
  };
}
