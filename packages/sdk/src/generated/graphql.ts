/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The medium that carries a marketing action. */
export type ActionMedium =
  | 'DOOR_TO_DOOR'
  | 'EMAIL'
  | 'EVENT'
  | 'FAX_MAILING'
  | 'MAILING'
  | 'NEWSLETTER'
  | 'PRESS'
  | 'SMS'
  | 'TELEMARKETING'
  | 'WEB';

export type ActionMessageInput = {
  action: string | number;
  bodyHtml?: string | null | undefined;
  bodyText: string;
  /** 1 to 600,000; absent: the deployment default. */
  ratePerMinute?: number | null | undefined;
  /** Name <address>; absent: the default sender. */
  sender?: string | null | undefined;
  /** Required for e-mail; none for SMS. */
  subject?: string | null | undefined;
  /** The version you read; required once a message exists. */
  version?: number | null | undefined;
};

export type ActionObjective =
  | 'ACQUISITION'
  | 'INFORMATION'
  | 'LOYALTY'
  | 'REACTIVATION'
  | 'UP_SELL'
  | 'WIN_BACK';

export type ActionStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PLANNED'
  | 'RUNNING';

export type ActionTargetFilter = {
  /** Of any of these actions. */
  action?: Array<string | number> | null | undefined;
  /** Of any of these contacts. */
  contact?: Array<string | number> | null | undefined;
  converted?: boolean | null | undefined;
  inControlGroup?: boolean | null | undefined;
  responded?: boolean | null | undefined;
  respondedAt?: DateTimeRange | null | undefined;
  responseChannel?: Array<ResponseChannel> | null | undefined;
  targetedAt?: DateTimeRange | null | undefined;
};

export type ActionTargetOrder = {
  direction?: SortDirection | null | undefined;
  field: ActionTargetOrderField;
};

export type ActionTargetOrderField =
  | 'CREATED_AT'
  | 'ID'
  | 'RESPONDED_AT'
  | 'TARGETED_AT';

export type ActionTargetingInput = {
  /** Higher wins under a pressure cap. */
  priority?: number | null | undefined;
  /** The segment the action is for; null to clear. */
  segment?: string | number | null | undefined;
};

export type ActivityCompletion = {
  /** The report; replaces the body when given. */
  body?: string | null | undefined;
  nextStep?: string | null | undefined;
  /** When it took place; defaults to the planned time. */
  occurredAt?: string | Date | null | undefined;
  outcome?: ActivityOutcome | null | undefined;
  promised?: string | null | undefined;
};

export type ActivityFilter = {
  /** Belonging to any of these actions. */
  action?: Array<string | number> | null | undefined;
  /** Written by any of these staff users. */
  author?: Array<string | number> | null | undefined;
  contact?: Array<string | number> | null | undefined;
  occurredAt?: DateTimeRange | null | undefined;
  /** true: only activities with a promise to the contact. */
  promised?: boolean | null | undefined;
  /** Words found in the subject or the body. */
  search?: string | null | undefined;
  status?: Array<ActivityStatus> | null | undefined;
  type?: Array<ActivityType> | null | undefined;
};

export type ActivityInput = {
  /** The marketing action this activity belongs to, if any. */
  action?: string | number | null | undefined;
  body?: string | null | undefined;
  contact: string | number;
  /** End of a meeting or call; after occurredAt. */
  endsAt?: string | Date | null | undefined;
  /** The next step agreed (up to 500 characters). */
  nextStep?: string | null | undefined;
  /** When it happened, or (PLANNED) when it is planned: then in the future. */
  occurredAt: string | Date;
  /** DONE only. */
  outcome?: ActivityOutcome | null | undefined;
  /** What was promised to the contact (shown to customer service; up to 1000 characters). */
  promised?: string | null | undefined;
  /** PLANNED only: when to remind you (a notification), at or before occurredAt. */
  remindAt?: string | Date | null | undefined;
  /** Defaults to DONE. PLANNED puts it in your calendar. */
  status?: ActivityStatus | null | undefined;
  subject: string;
  type: ActivityType;
};

export type ActivityOrder = {
  direction?: SortDirection | null | undefined;
  field: ActivityOrderField;
};

export type ActivityOrderField =
  | 'CREATED_AT'
  | 'ID'
  | 'OCCURRED_AT'
  | 'TYPE';

export type ActivityOutcome =
  | 'FOLLOW_UP'
  | 'INTERESTED'
  | 'LEFT_MESSAGE'
  | 'NOT_INTERESTED'
  | 'NO_ANSWER'
  | 'REACHED'
  | 'SALE';

export type ActivityPatch = {
  action?: string | number | null | undefined;
  body?: string | null | undefined;
  endsAt?: string | Date | null | undefined;
  nextStep?: string | null | undefined;
  occurredAt?: string | Date | null | undefined;
  outcome?: ActivityOutcome | null | undefined;
  promised?: string | null | undefined;
  /** A new reminder time sends a new reminder. */
  remindAt?: string | Date | null | undefined;
  /** Only a PLANNED activity changes status (to DONE or CANCELLED). */
  status?: ActivityStatus | null | undefined;
  subject?: string | null | undefined;
  type?: ActivityType | null | undefined;
};

export type ActivityStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'PLANNED';

export type ActivityType =
  | 'CALL'
  | 'EMAIL'
  | 'MEETING'
  | 'NOTE'
  | 'VISIT_REPORT';

export type ActorType =
  | 'API_KEY'
  | 'STAFF'
  | 'SYSTEM';

/** What a partner key may do beyond reading the contacts of its brands; granted explicitly. */
export type ApiCapability =
  | 'RECORD_SALES';

export type ApiKeyInput = {
  /** Brands whose contacts the partner may read. */
  brands: Array<string | number>;
  /** Granted explicitly; none by default (RECORD_SALES: the key may record sales on /inbound/sales). */
  capabilities?: Array<ApiCapability> | null | undefined;
  expiresAt?: string | Date | null | undefined;
  name: string;
  /** Purpose codes the partner may declare (each covers its subtree). */
  purposes: Array<string>;
  /** Default 60. */
  rateLimitPerMinute?: number | null | undefined;
};

export type AuditFilter = {
  /** Any of these staff users. */
  actorUser?: Array<string | number> | null | undefined;
  /** Any of these partner keys. */
  apiKey?: Array<string | number> | null | undefined;
  at?: DateTimeRange | null | undefined;
  /** Any of these entities, e.g. Contact. */
  entity?: Array<string> | null | undefined;
  /** Entries concerning this row of the entity (its numeric id), alone or among others read alike. */
  entityId?: string | null | undefined;
  operation?: Array<AuditOperation> | null | undefined;
  outcome?: Array<AuditOutcome> | null | undefined;
};

export type AuditOperation =
  | 'CREATE'
  | 'DELETE'
  | 'EXPORT'
  | 'IMPORT'
  | 'LOGIN'
  | 'MERGE'
  | 'READ'
  | 'RESTORE'
  | 'UPDATE';

export type AuditOutcome =
  | 'ALLOWED'
  | 'DENIED'
  | 'FAILED';

export type BankType =
  | 'COOPERATIVE'
  | 'INVESTMENT'
  | 'ONLINE'
  | 'PRIVATE'
  | 'RETAIL';

export type BusinessSector =
  | 'CONSULTING'
  | 'FACILITIES'
  | 'IT_SERVICES'
  | 'LOGISTICS'
  | 'MANUFACTURING'
  | 'MARKETING_SERVICES'
  | 'PRINTING'
  | 'WHOLESALE';

/** What a customer-service case is about. */
export type CaseCategory =
  | 'BILLING'
  | 'COMPLAINT'
  | 'DATA_REQUEST'
  | 'DELIVERY'
  | 'OTHER'
  | 'PRODUCT_DEFECT'
  | 'QUESTION'
  | 'RETURN';

export type CasePriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/** OPEN → IN_PROGRESS ⇄ WAITING → RESOLVED → CLOSED; a RESOLVED case may be reopened (IN_PROGRESS). */
export type CaseStatus =
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'RESOLVED'
  | 'WAITING';

export type CaseStatusChange = {
  /** Why; kept in the history (up to 2000 characters). */
  comment?: string | null | undefined;
  /** An allowed next status (see CaseStatus). */
  status: CaseStatus;
};

export type ChangeProposalFilter = {
  contact?: Array<string | number> | null | undefined;
  field?: Array<string> | null | undefined;
  status?: Array<ProposalStatus> | null | undefined;
  /** true: only fields you steward, by name or by role (a steward's inbox). */
  stewardedByMe?: boolean | null | undefined;
};

export type Civility =
  | 'MR'
  | 'MRS'
  | 'MX';

/** Rank of a classification, A being the highest. */
export type ClassRank =
  | 'A'
  | 'B'
  | 'C'
  | 'D';

export type CohortBy =
  /** The month (UTC) of the first purchase. */
  | 'FIRST_PURCHASE_MONTH'
  /** The marketing action that brought the contact. */
  | 'SOURCE_ACTION';

export type CommercialService =
  | 'DIRECT'
  | 'INDIRECT';

export type ConsentInput = {
  contact: string | number;
  /** Default: now. */
  effectiveFrom?: string | Date | null | undefined;
  /** Default: open-ended. */
  effectiveTo?: string | Date | null | undefined;
  /** Form id, recording id, signed document reference. */
  proof?: string | null | undefined;
  /** Purpose code, e.g. newsletter. */
  purpose: string;
  source: ConsentSource;
};

export type ConsentSource =
  | 'API'
  | 'COMPLAINT'
  | 'DOUBLE_OPT_IN'
  | 'EMAIL'
  | 'IMPORT'
  | 'PAPER_FORM'
  | 'PHONE'
  | 'PREFERENCE_CENTRE'
  | 'RESPONSE_FORM'
  | 'RETENTION'
  | 'STORE'
  | 'UNSUBSCRIBE_LINK'
  | 'WEB_FORM';

/** A consent decision. */
export type ConsentStatus =
  | 'DENIED'
  | 'GRANTED'
  | 'WITHDRAWN';

export type ContactAttributesCriterion = {
  businessSector?: Array<BusinessSector> | null | undefined;
  commercialService?: Array<CommercialService> | null | undefined;
  /** ISO 3166-1 alpha-2 codes. */
  countryCode?: Array<string> | null | undefined;
  distributionType?: Array<DistributionType> | null | undefined;
  endReason?: Array<EndReason> | null | undefined;
  frequencyClass?: Array<ClassRank> | null | undefined;
  /** Has any of these interests. */
  interests?: Array<Interest> | null | undefined;
  language?: Array<Language> | null | undefined;
  prospectPriority?: Array<ProspectPriority> | null | undefined;
  relationType?: Array<RelationType> | null | undefined;
  revenueClass?: Array<ClassRank> | null | undefined;
};

/** What contacts can be counted by: catalog fields, references, and the département / région derived from the postal code. Confidential fields need a role that may read them. */
export type ContactDimension =
  | 'BANK_TYPE'
  | 'BRAND'
  | 'BUSINESS_SECTOR'
  | 'CIVILITY'
  | 'COMMERCIAL_SERVICE'
  | 'COUNTRY'
  | 'DEPARTMENT'
  | 'DISTRIBUTION_TYPE'
  | 'END_REASON'
  | 'FREQUENCY_CLASS'
  | 'GROSS_MARGIN_CLASS'
  | 'INCOME_BAND'
  | 'JOURNALIST_BEAT'
  | 'KIND'
  | 'LANGUAGE'
  | 'MARITAL_STATUS'
  | 'PIPELINE_STAGE'
  | 'PROSPECT_PRIORITY'
  | 'REGION'
  | 'RELATION_TYPE'
  | 'REVENUE_CLASS'
  | 'SOURCE_ACTION'
  | 'ZONE';

export type ContactFilter = {
  /** Any of these brands. */
  brand?: Array<string | number> | null | undefined;
  createdAt?: DateTimeRange | null | undefined;
  /** false: live contacts only (default); true: deleted contacts only. */
  deleted?: boolean | null | undefined;
  firstSaleAt?: DateTimeRange | null | undefined;
  /** FRAT type (the category with the most revenue) any of these product categories in the latest completed score snapshot (of `rfmBrand`: see there). Profiling: only contacts whose consent covers `profiling` can match. Analytics roles only. */
  fratCategory?: Array<string | number> | null | undefined;
  /** Only these contacts (e.g. a selection made in a list); ids you may not see simply match nothing. */
  ids?: Array<string | number> | null | undefined;
  /** Any of these kinds. */
  kind?: Array<ContactKind> | null | undefined;
  /** Owned by any of these staff users. */
  owner?: Array<string | number> | null | undefined;
  pipelineStage?: Array<PipelineStage> | null | undefined;
  /** Postal code starts with (e.g. a department, "75"): letters, digits, spaces and hyphens only. */
  postalCodePrefix?: string | null | undefined;
  /** CLV on revenue stored in the latest completed score snapshot (of `rfmBrand`: see there): `ContactScore.scoredValue`. Profiling: only contacts whose consent covers `profiling` can match. Analytics roles only. */
  predictedValue?: DecimalRange | null | undefined;
  /** Probability still active (0 to 1) stored in the latest completed score snapshot (of `rfmBrand`: see there), under its scoring model. Profiling: only contacts whose consent covers `profiling` can match. Analytics roles only. */
  probabilityAlive?: FloatRange | null | undefined;
  /** The score snapshot `rfmSegment`, `fratCategory`, `probabilityAlive` and `predictedValue` read: this brand’s. Omitted: all brands’ for an administrator, your brand’s if you have one; with several, name one (VALIDATION). */
  rfmBrand?: string | number | null | undefined;
  /** Any of these RFM segments in the latest completed score snapshot (of `rfmBrand`: see there). Profiling: only contacts whose consent covers `profiling` can match. Analytics roles only. */
  rfmSegment?: Array<RfmSegment> | null | undefined;
  /** Words found in the name, company, e-mail or city (each word, any case; `%` and `_` are literal characters). At most 200 characters (VALIDATION beyond). */
  search?: string | null | undefined;
  /** Members of any of these saved segments you may see (a dynamic segment is evaluated now). */
  segment?: Array<string | number> | null | undefined;
  /** Brought by any of these actions. */
  sourceAction?: Array<string | number> | null | undefined;
  /** Any of these zones. */
  zone?: Array<string | number> | null | undefined;
};

export type ContactInput = {
  /** One line of at most 200 characters. */
  addressLine1?: string | null | undefined;
  /** One line of at most 200 characters. */
  addressLine2?: string | null | undefined;
  /** One line of at most 200 characters. */
  addressLine3?: string | null | undefined;
  bankType?: BankType | null | undefined;
  brand: string | number;
  businessSector?: BusinessSector | null | undefined;
  /** One line of at most 100 characters. */
  city?: string | null | undefined;
  civility?: Civility | null | undefined;
  commercialService?: CommercialService | null | undefined;
  /** One line of at most 200 characters. */
  companyName?: string | null | undefined;
  /** Consents given on the form, recorded with the contact (captured now, by you): the basis on which its personal fields may be used. Without one covering your request's purpose (or a contract), the new contact's personal fields come back withheld. */
  consents?: Array<GivenConsentInput> | null | undefined;
  contactsMadeCount?: number | null | undefined;
  /** One line of at most 8 characters. */
  countryCode?: string | null | undefined;
  discountRate?: string | number | null | undefined;
  distributionType?: DistributionType | null | undefined;
  /** Without it, a write that looks like a contact you may see answers DUPLICATE_SUSPECTED or DUPLICATE_EMAIL with the candidates; nothing is written. */
  duplicates?: DuplicateDecisionInput | null | undefined;
  /** One line of at most 254 characters. */
  email?: string | null | undefined;
  endReason?: EndReason | null | undefined;
  estimatedPotential?: string | number | null | undefined;
  /** One line of at most 30 characters. */
  fax?: string | null | undefined;
  firstContactAt?: string | Date | null | undefined;
  /** One line of at most 100 characters. */
  firstName?: string | null | undefined;
  frequencyClass?: ClassRank | null | undefined;
  grossMarginClass?: ClassRank | null | undefined;
  incomeBand?: IncomeBand | null | undefined;
  /** Replaces the whole set when given. */
  interests?: Array<Interest> | null | undefined;
  /** One line of at most 150 characters. */
  jobTitle?: string | null | undefined;
  journalistBeat?: JournalistBeat | null | undefined;
  kind: ContactKind;
  language?: Language | null | undefined;
  /** One line of at most 100 characters. */
  lastName?: string | null | undefined;
  maritalStatus?: MaritalStatus | null | undefined;
  meetingsCount?: number | null | undefined;
  /** One line of at most 30 characters. */
  mobile?: string | null | undefined;
  owner?: string | number | null | undefined;
  /** One line of at most 30 characters. */
  phone?: string | null | undefined;
  pipelineStage?: PipelineStage | null | undefined;
  /** One line of at most 20 characters. */
  postalCode?: string | null | undefined;
  prospectPriority?: ProspectPriority | null | undefined;
  relationOf?: string | number | null | undefined;
  relationType?: RelationType | null | undefined;
  revenueClass?: ClassRank | null | undefined;
  sourceAction?: string | number | null | undefined;
  zone: string | number;
};

/** The kind of relation a contact has with the company. */
export type ContactKind =
  | 'BANKER'
  | 'CLIENT'
  | 'FORMER_CLIENT'
  | 'JOURNALIST'
  | 'PROSPECT'
  | 'RELATION'
  | 'SUPPLIER';

export type ContactOrder = {
  direction?: SortDirection | null | undefined;
  field: ContactOrderField;
};

export type ContactOrderField =
  | 'COMPANY_NAME'
  | 'CREATED_AT'
  | 'FIRST_CONTACT_AT'
  | 'FIRST_SALE_AT'
  | 'ID'
  | 'KIND'
  | 'LAST_NAME'
  | 'POSTAL_CODE'
  | 'UPDATED_AT';

export type ContactPatch = {
  /** One line of at most 200 characters. */
  addressLine1?: string | null | undefined;
  /** One line of at most 200 characters. */
  addressLine2?: string | null | undefined;
  /** One line of at most 200 characters. */
  addressLine3?: string | null | undefined;
  bankType?: BankType | null | undefined;
  brand?: string | number | null | undefined;
  businessSector?: BusinessSector | null | undefined;
  /** One line of at most 100 characters. */
  city?: string | null | undefined;
  civility?: Civility | null | undefined;
  commercialService?: CommercialService | null | undefined;
  /** One line of at most 200 characters. */
  companyName?: string | null | undefined;
  contactsMadeCount?: number | null | undefined;
  /** One line of at most 8 characters. */
  countryCode?: string | null | undefined;
  discountRate?: string | number | null | undefined;
  distributionType?: DistributionType | null | undefined;
  /** Without it, a write that looks like a contact you may see answers DUPLICATE_SUSPECTED or DUPLICATE_EMAIL with the candidates; nothing is written. */
  duplicates?: DuplicateDecisionInput | null | undefined;
  /** One line of at most 254 characters. */
  email?: string | null | undefined;
  endReason?: EndReason | null | undefined;
  estimatedPotential?: string | number | null | undefined;
  /** One line of at most 30 characters. */
  fax?: string | null | undefined;
  firstContactAt?: string | Date | null | undefined;
  /** One line of at most 100 characters. */
  firstName?: string | null | undefined;
  frequencyClass?: ClassRank | null | undefined;
  grossMarginClass?: ClassRank | null | undefined;
  incomeBand?: IncomeBand | null | undefined;
  /** Replaces the whole set when given. */
  interests?: Array<Interest> | null | undefined;
  /** One line of at most 150 characters. */
  jobTitle?: string | null | undefined;
  journalistBeat?: JournalistBeat | null | undefined;
  kind?: ContactKind | null | undefined;
  language?: Language | null | undefined;
  /** One line of at most 100 characters. */
  lastName?: string | null | undefined;
  maritalStatus?: MaritalStatus | null | undefined;
  meetingsCount?: number | null | undefined;
  /** One line of at most 30 characters. */
  mobile?: string | null | undefined;
  owner?: string | number | null | undefined;
  /** One line of at most 30 characters. */
  phone?: string | null | undefined;
  pipelineStage?: PipelineStage | null | undefined;
  /** One line of at most 20 characters. */
  postalCode?: string | null | undefined;
  prospectPriority?: ProspectPriority | null | undefined;
  relationOf?: string | number | null | undefined;
  relationType?: RelationType | null | undefined;
  revenueClass?: ClassRank | null | undefined;
  sourceAction?: string | number | null | undefined;
  zone?: string | number | null | undefined;
};

export type ContactScoreKey =
  /** By category name. */
  | 'FRAT_CATEGORY'
  /** 1 (fewest purchases) to 5 (most). */
  | 'FREQUENCY_SCORE'
  /** 1 (least revenue) to 5 (most). */
  | 'MONETARY_SCORE'
  /** The stored CLV on revenue (ContactScore.scoredValue). */
  | 'PREDICTED_VALUE'
  /** The stored probability still active (ContactScore.probabilityAlive), 0 to 1. */
  | 'PROBABILITY_ALIVE'
  /** 1 (longest ago) to 5 (most recent). */
  | 'RECENCY_SCORE'
  /** In the order of the RfmSegment enum (CHAMPIONS first). */
  | 'RFM_SEGMENT';

/** Sort by a score of the latest completed snapshot (of `brand`; omitted: all brands’ for an administrator, your brand’s if you have one, VALIDATION if you have several), before `orderBy`. Contacts without a score you may read (no purchase, or no consent to profiling) come last, in both directions. Pages forward only (first / after). Analytics roles only. */
export type ContactScoreOrder = {
  brand?: string | number | null | undefined;
  direction?: SortDirection | null | undefined;
  key: ContactScoreKey;
};

export type DatabaseProvider =
  | 'POSTGRESQL'
  | 'SQLITE';

/** An inclusive range of instants; either end may be left open. */
export type DateTimeRange = {
  from?: string | Date | null | undefined;
  to?: string | Date | null | undefined;
};

/** An inclusive range of decimals; either end may be left open. */
export type DecimalRange = {
  max?: string | number | null | undefined;
  min?: string | number | null | undefined;
};

/** Where one message of an action stands (MESSAGING.md, "Sending"). */
export type DeliveryStatus =
  | 'BOUNCED'
  | 'COMPLAINED'
  | 'DELIVERED'
  | 'FAILED'
  | 'QUEUED'
  | 'SENT'
  | 'SKIPPED';

export type DistributionType =
  | 'LONG'
  | 'SHORT';

export type DocumentFilter = {
  action?: Array<string | number> | null | undefined;
  contact?: Array<string | number> | null | undefined;
};

/** Go ahead despite duplicates found at entry: `confirm` after a DUPLICATE_SUSPECTED answer, `force` with a `reason` (audited) after a DUPLICATE_EMAIL one. */
export type DuplicateDecisionInput = {
  /** Write even though contacts you may see score above the threshold. */
  confirm?: boolean | null | undefined;
  /** Write even though a contact you may see has the same e-mail (implies confirm). Needs a reason. */
  force?: boolean | null | undefined;
  /** Why the duplicate e-mail is right (at most 500 characters); audited. */
  reason?: string | null | undefined;
};

export type EndReason =
  | 'COMPETITOR'
  | 'DECEASED'
  | 'MOVED_AWAY'
  | 'NO_LONGER_NEEDED'
  | 'OTHER'
  | 'PRICE'
  | 'PRODUCT_QUALITY'
  | 'SERVICE_QUALITY';

/** Why a candidate of a targeting was not targeted (campaigns/CAMPAIGNS.md). */
export type ExclusionReason =
  | 'ALREADY_TARGETED'
  | 'CHANNEL_OPT_OUT'
  | 'LOWER_PRIORITY'
  | 'NO_CHANNEL_ADDRESS'
  | 'NO_CONSENT'
  | 'OUT_OF_SCOPE'
  | 'PRESSURE_CAP'
  | 'RESTRICTED';

export type ExportFormat =
  | 'CSV'
  | 'XLSX';

/** Why a field is restricted. */
export type FieldRule =
  /** Readable (and writable) by some roles only (`@auth`). */
  | 'CONFIDENTIAL'
  /** Personal data (`@purpose`): readable when the contact's consent covers the request's purpose. */
  | 'PERSONAL';

/** Why a model fit is flagged degenerate (rules in analytics/ANALYTICS.md). */
export type FitWarning =
  /** A parameter ran off towards 0 or infinity (|ln θ| > 11). */
  | 'AT_BOUND'
  /** The likelihood is flat or not at a maximum: no standard errors. */
  | 'HESSIAN_NOT_POSITIVE'
  /** Gamma-Gamma q ≤ 1: the expected spend does not exist. */
  | 'INFINITE_MEAN_SPEND'
  /** The optimiser stopped before converging. */
  | 'NOT_CONVERGED'
  /** A parameter or the likelihood is not a finite number. */
  | 'NOT_FINITE'
  /** Gamma-Gamma q > 100: the model sees no difference of mean spend between buyers. */
  | 'NO_SPEND_HETEROGENEITY'
  /** A standard error exceeds its estimate: the data do not pin the parameter down. */
  | 'UNCERTAIN';

/** An inclusive range of real numbers; either end may be left open. */
export type FloatRange = {
  max?: number | null | undefined;
  min?: number | null | undefined;
};

/** Which targets of the previous action a follow-up takes over: NO_RESPONSE (not answered), RESPONDED, or ALL. */
export type FollowUpCondition =
  | 'ALL'
  | 'NO_RESPONSE'
  | 'RESPONDED';

/** A consent decision given on the creation form, recorded with the contact (captured now, by you). */
export type GivenConsentInput = {
  /** Form id, recording id, signed document reference. */
  proof?: string | null | undefined;
  /** Purpose code, e.g. newsletter. */
  purpose: string;
  source: ConsentSource;
  /** Default: GRANTED. */
  status?: ConsentStatus | null | undefined;
};

export type HorizonUnit =
  /** Months of 365.25/12 days. */
  | 'MONTHS'
  /** Weeks. */
  | 'WEEKS';

export type ImportColumnMapping = {
  /** Column header in the file. */
  column: string;
  /** Field it fills. */
  field: string;
};

export type ImportContentEncoding =
  | 'BASE64'
  | 'TEXT';

export type ImportDefault = {
  field: string;
  /** Used for new records when the file gives no value. */
  value: string;
};

export type ImportEntity =
  | 'ACTION_RESPONSE'
  | 'CONTACT'
  | 'PRODUCT'
  | 'SALE';

export type ImportFormat =
  | 'CSV'
  | 'XLSX';

export type ImportStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'PENDING'
  | 'RUNNING';

/** Yearly household income band (*revenus*). Confidential. */
export type IncomeBand =
  | 'FROM_20K_TO_35K'
  | 'FROM_35K_TO_50K'
  | 'FROM_50K_TO_80K'
  | 'OVER_80K'
  | 'UNDER_20K';

/** An inclusive range of integers; either end may be left open. */
export type IntRange = {
  max?: number | null | undefined;
  min?: number | null | undefined;
};

export type Interest =
  | 'CULTURE'
  | 'ENVIRONMENT'
  | 'FASHION'
  | 'FINANCE'
  | 'GASTRONOMY'
  | 'HEALTH'
  | 'HOME'
  | 'SPORTS'
  | 'TECHNOLOGY'
  | 'TRAVEL';

/** SCHEDULED: a job of a module, run once per period. QUEUED: a job enqueued by a request (an import). */
export type JobKind =
  | 'QUEUED'
  | 'SCHEDULED';

export type JobRunFilter = {
  /** Any of these queues or scheduled jobs. */
  name?: Array<string> | null | undefined;
  /** Runs started at or after this instant. */
  since?: string | Date | null | undefined;
  state?: Array<JobRunState> | null | undefined;
};

export type JobRunOrder = {
  direction?: SortDirection | null | undefined;
  field: JobRunOrderField;
};

export type JobRunOrderField =
  | 'DURATION'
  | 'NAME'
  | 'STARTED_AT';

/** RUNNING; SUCCEEDED; FAILED (threw, no retry follows); RETRYING (threw, retried); PAUSED (ended its share of time and enqueued the rest); INTERRUPTED (its process died: another run took the job over). */
export type JobRunState =
  | 'FAILED'
  | 'INTERRUPTED'
  | 'PAUSED'
  | 'RETRYING'
  | 'RUNNING'
  | 'SUCCEEDED';

export type JournalistBeat =
  | 'BUSINESS'
  | 'CONSUMER'
  | 'LIFESTYLE'
  | 'REGIONAL'
  | 'TECHNOLOGY'
  | 'TRADE_PRESS';

export type Language =
  | 'DE'
  | 'EN'
  | 'ES'
  | 'FR'
  | 'IT'
  | 'NL'
  | 'PT';

/** GDPR article 6 legal basis of a purpose. */
export type LegalBasis =
  | 'CONSENT'
  | 'CONTRACT'
  | 'LEGAL_OBLIGATION'
  | 'LEGITIMATE_INTEREST'
  | 'PUBLIC_TASK'
  | 'VITAL_INTEREST';

/** An assumption a lifetime-value figure rests on; the admin shows them beside the figure. */
export type LifetimeValueAssumption =
  /** Each period is discounted at the end of the period at the given monthly rate. */
  | 'DISCOUNTED'
  /** MBG/NBD: after every purchase, the first included, a buyer may drop out for good. */
  | 'DROPOUT_AFTER_ANY_PURCHASE'
  /** Pareto/NBD: a buyer may drop out at any moment (exponential lifetime). */
  | 'DROPOUT_ANY_TIME'
  /** CLV on margin: CLV on revenue × the buyer's margin rate to date, assumed to stay the same. */
  | 'MARGIN_RATE_CONSTANT'
  /** BG/NBD: a buyer can only drop out right after a repeat purchase, so every one-time buyer has probability alive 1 however long silent. MBG/NBD or Pareto/NBD lower it with silence. */
  | 'ONE_TIME_BUYERS_ALIVE'
  /** Purchases are purchase days (same-day sales merged); the first purchase is not a repeat; time in weeks. */
  | 'PURCHASE_DAYS'
  /** Gamma-Gamma: spend per purchase is independent of purchase frequency; a buyer's mean is pulled towards the average, less so the more they bought. */
  | 'SPEND_INDEPENDENT';

export type LogSubjectRequestInput = {
  /** The contact the request is from. */
  contact: string | number;
  /** How it came and what it asks (at most 2,000 characters). */
  notes?: string | null | undefined;
  /** When it arrived: the month runs from then (UTC). */
  receivedAt: string | Date;
  type: SubjectRequestType;
};

/** *État civil*. Confidential. */
export type MaritalStatus =
  | 'CIVIL_UNION'
  | 'DIVORCED'
  | 'MARRIED'
  | 'SEPARATED'
  | 'SINGLE'
  | 'WIDOWED';

export type MarketingActionFilter = {
  /** Any of these brands. */
  brand?: Array<string | number> | null | undefined;
  endDate?: DateTimeRange | null | undefined;
  medium?: Array<ActionMedium> | null | undefined;
  objective?: Array<ActionObjective> | null | undefined;
  /** Promotes any of these products. */
  promotes?: Array<string | number> | null | undefined;
  /** Started on or before, and ending on or after, this instant. */
  runningAt?: string | Date | null | undefined;
  /** Words found in the code or the name. */
  search?: string | null | undefined;
  startDate?: DateTimeRange | null | undefined;
  status?: Array<ActionStatus> | null | undefined;
  /** true: only actions of no brand; false: only branded ones. */
  withoutBrand?: boolean | null | undefined;
};

export type MarketingActionInput = {
  /** Days after targeting a purchase is attributed to the action (1 to 3650, default 30). */
  attributionWindowDays?: number | null | undefined;
  /** Null: an action of no brand, visible to every user. */
  brand?: string | number | null | undefined;
  code: string;
  /** Share of targets held back, 0 to 100; null for none. */
  controlGroupPercent?: number | null | undefined;
  /** Defaults to 0. */
  cost?: string | number | null | undefined;
  endDate: string | Date;
  /** Which targets of the previous action this one takes over (required with previousAction). */
  followUpCondition?: FollowUpCondition | null | undefined;
  /** Days after the previous action's targeting before following up (0 to 365, required with previousAction). */
  followUpDelayDays?: number | null | undefined;
  medium: ActionMedium;
  name: string;
  objective: ActionObjective;
  plannedQuantity?: number | null | undefined;
  /** Channel coordination: this action follows up that one (same brand, no cycle); null unlinks. */
  previousAction?: string | number | null | undefined;
  /** Products promoted; replaces the whole set when given. */
  products?: Array<string | number> | null | undefined;
  promiseSummary?: string | null | undefined;
  promiseType?: PromiseType | null | undefined;
  /** Accept responses from anyone on the public response form and endpoint (/respond/<code>): press coupons, web forms, events. Default false. */
  publicResponses?: boolean | null | undefined;
  /** Code of the consent purpose a contact must have granted to be targeted. */
  requiredPurpose: string;
  /** Replaces the whole set when given. */
  responseChannels?: Array<ResponseChannel> | null | undefined;
  startDate: string | Date;
  status?: ActionStatus | null | undefined;
  targetDescription?: string | null | undefined;
};

export type MarketingActionOrder = {
  direction?: SortDirection | null | undefined;
  field: MarketingActionOrderField;
};

export type MarketingActionOrderField =
  | 'CODE'
  | 'COST'
  | 'CREATED_AT'
  | 'END_DATE'
  | 'ID'
  | 'MEDIUM'
  | 'NAME'
  | 'START_DATE'
  | 'STATUS';

export type MarketingActionPatch = {
  /** Days after targeting a purchase is attributed to the action (1 to 3650, default 30). */
  attributionWindowDays?: number | null | undefined;
  /** Null: an action of no brand, visible to every user. */
  brand?: string | number | null | undefined;
  code?: string | null | undefined;
  /** Share of targets held back, 0 to 100; null for none. */
  controlGroupPercent?: number | null | undefined;
  /** Defaults to 0. */
  cost?: string | number | null | undefined;
  endDate?: string | Date | null | undefined;
  /** Which targets of the previous action this one takes over (required with previousAction). */
  followUpCondition?: FollowUpCondition | null | undefined;
  /** Days after the previous action's targeting before following up (0 to 365, required with previousAction). */
  followUpDelayDays?: number | null | undefined;
  medium?: ActionMedium | null | undefined;
  name?: string | null | undefined;
  objective?: ActionObjective | null | undefined;
  plannedQuantity?: number | null | undefined;
  /** Channel coordination: this action follows up that one (same brand, no cycle); null unlinks. */
  previousAction?: string | number | null | undefined;
  /** Products promoted; replaces the whole set when given. */
  products?: Array<string | number> | null | undefined;
  promiseSummary?: string | null | undefined;
  promiseType?: PromiseType | null | undefined;
  /** Accept responses from anyone on the public response form and endpoint (/respond/<code>): press coupons, web forms, events. Default false. */
  publicResponses?: boolean | null | undefined;
  requiredPurpose?: string | null | undefined;
  /** Replaces the whole set when given. */
  responseChannels?: Array<ResponseChannel> | null | undefined;
  startDate?: string | Date | null | undefined;
  status?: ActionStatus | null | undefined;
  targetDescription?: string | null | undefined;
};

export type MergeFieldChoice = {
  field: MergeableContactField;
  from: MergeSide;
};

export type MergeSide =
  | 'MERGED'
  | 'SURVIVOR';

/** A contact field whose value a merge may take from either contact. Address fields move as one block. */
export type MergeableContactField =
  | 'addressLine1'
  | 'addressLine2'
  | 'addressLine3'
  | 'bankType'
  | 'businessSector'
  | 'city'
  | 'civility'
  | 'commercialService'
  | 'companyName'
  | 'contactsMadeCount'
  | 'countryCode'
  | 'discountRate'
  | 'distributionType'
  | 'email'
  | 'endReason'
  | 'estimatedPotential'
  | 'externalRef'
  | 'fax'
  | 'firstName'
  | 'frequencyClass'
  | 'grossMarginClass'
  | 'incomeBand'
  | 'jobTitle'
  | 'journalistBeat'
  | 'kind'
  | 'language'
  | 'lastName'
  | 'maritalStatus'
  | 'meetingsCount'
  | 'mobile'
  | 'owner'
  | 'phone'
  | 'pipelineStage'
  | 'postalCode'
  | 'prospectPriority'
  | 'relationOf'
  | 'relationType'
  | 'revenueClass'
  | 'sourceAction';

export type NewStaffUserInput = {
  /** The brands (global ids) whose contacts they reach. */
  brands?: Array<string | number> | null | undefined;
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  /** Given to the person by you; it lets them only choose their own, within 7 days. Meets the policy. */
  temporaryPassword: string;
  /** The zones (global ids) whose contacts they reach. */
  zones?: Array<string | number> | null | undefined;
};

/** Stage of a prospect in the sales pipeline. */
export type PipelineStage =
  | 'CONTACTED'
  | 'LOST'
  | 'NEW'
  | 'QUOTE_SENT'
  | 'REQUIREMENTS_STUDY'
  | 'WON';

export type PlannedItemKind =
  | 'ACTIVITY'
  | 'TASK';

export type PressureRuleInput = {
  active?: boolean | null | undefined;
  /** None: every brand (administrators only). */
  brand?: string | number | null | undefined;
  /** 1 to 1000. */
  maxSolicitations: number;
  medium?: ActionMedium | null | undefined;
  /** 1 to 3660. */
  periodDays: number;
};

export type ProductFilter = {
  /** Only active (true) or inactive (false) products. */
  active?: boolean | null | undefined;
  /** In any of these categories. */
  category?: Array<string | number> | null | undefined;
  /** Any of these exact codes. */
  code?: Array<string> | null | undefined;
  createdAt?: DateTimeRange | null | undefined;
  listPrice?: DecimalRange | null | undefined;
  /** Words found in the code or the name. */
  search?: string | null | undefined;
};

export type ProductInput = {
  active?: boolean | null | undefined;
  /** A ProductCategory id. */
  category: string | number;
  code: string;
  listPrice: string | number;
  name: string;
  /** Confidential: only roles that may read it may write it. */
  unitCost?: string | number | null | undefined;
  warrantyMonths?: number | null | undefined;
};

export type ProductOrder = {
  direction?: SortDirection | null | undefined;
  field: ProductOrderField;
};

export type ProductOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'ID'
  | 'LIST_PRICE'
  | 'NAME'
  | 'UPDATED_AT';

export type ProductPatch = {
  active?: boolean | null | undefined;
  category?: string | number | null | undefined;
  code?: string | null | undefined;
  listPrice?: string | number | null | undefined;
  name?: string | null | undefined;
  unitCost?: string | number | null | undefined;
  warrantyMonths?: number | null | undefined;
};

export type PromiseSource =
  /** The promise of a marketing action the contact was targeted by (`MarketingAction.promiseSummary`). */
  | 'ACTION'
  /** A staff user wrote it on an activity (`Activity.promised`). */
  | 'ACTIVITY';

export type PromiseType =
  | 'DISCOUNT'
  | 'FREE_RIGHTS'
  | 'GIFT'
  | 'NONE';

/** PENDING: awaiting the steward; SUPERSEDED: the field changed meanwhile, so the proposal no longer applies. */
export type ProposalStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED'
  | 'SUPERSEDED';

export type ProspectPriority =
  | 'FOLLOW_UP'
  | 'PRIORITY';

/** Purchases in a period. With products or categories: only sales with a line of one of them count. Without min/max: at least one such purchase. Only sales of brands you may see count. */
export type PurchaseCriterion = {
  /** Sales of any of these brands. */
  brand?: Array<string | number> | null | undefined;
  /** Bought a product of any of these categories. */
  categories?: Array<string | number> | null | undefined;
  /** At most this many such sales (0: none). */
  maxPurchases?: number | null | undefined;
  /** Total of such sales at most this. */
  maxRevenue?: string | number | null | undefined;
  /** At least this many such sales. */
  minPurchases?: number | null | undefined;
  /** Total of such sales at least this. */
  minRevenue?: string | number | null | undefined;
  /** Sale date in this range. */
  period?: DateTimeRange | null | undefined;
  /** Bought any of these products. */
  products?: Array<string | number> | null | undefined;
};

/** The model of future purchases and of the probability a buyer is still active. */
export type PurchaseModel =
  /** BG/NBD (Fader, Hardie & Lee 2005): drop-out only right after a repeat purchase, so a one-time buyer is always "alive". */
  | 'BG_NBD'
  /** MBG/NBD (Batislam et al. 2007): drop-out possible after any purchase, the first included. */
  | 'MBG_NBD'
  /** Pareto/NBD (Schmittlein et al. 1987): drop-out at any time; slower to fit. */
  | 'PARETO_NBD';

export type PurposeSettingsInput = {
  /** Unchanged when absent. */
  doubleOptIn?: boolean | null | undefined;
  /** Unchanged when absent. */
  inPreferenceCentre?: boolean | null | undefined;
};

export type RelationType =
  | 'INFLUENCER'
  | 'PRESCRIBER';

export type ReportFormat =
  | 'CSV'
  | 'XLSX';

/** Where a contact can answer an action (*canal de remontée*). */
export type ResponseChannel =
  | 'EMAIL_CLICK'
  | 'EMAIL_REPLY'
  | 'FAX_COUPON'
  | 'MAIL_COUPON'
  | 'PHONE'
  | 'SMS_REPLY'
  | 'STORE_VISIT'
  | 'WEB';

export type ResponseCriterion = {
  /** A marketing action you may see. */
  action: string | number;
  history: ResponseHistory;
};

/** What a contact did with an action. Control-group rows (never solicited) do not count as targeted. */
export type ResponseHistory =
  | 'DID_NOT_RESPOND'
  | 'NOT_TARGETED'
  | 'RESPONDED'
  | 'TARGETED';

/** Scores of the latest completed snapshot (of `brand`, or the all-brands one). Profiling: only contacts whose consent covers `profiling` can match. */
export type RfmCriterion = {
  /** The snapshot of this brand; none: the all-brands snapshot. */
  brand?: string | number | null | undefined;
  frequencyScore?: IntRange | null | undefined;
  monetaryScore?: IntRange | null | undefined;
  recencyScore?: IntRange | null | undefined;
  /** Any of these RFM segments. */
  segments?: Array<RfmSegment> | null | undefined;
};

/** RFM segment, named from the pair (recency score, frequency score); the table is in analytics/ANALYTICS.md. */
export type RfmSegment =
  | 'ABOUT_TO_SLEEP'
  | 'AT_RISK'
  | 'CANNOT_LOSE'
  | 'CHAMPIONS'
  | 'HIBERNATING'
  | 'LOST'
  | 'LOYAL'
  | 'NEED_ATTENTION'
  | 'NEW_CUSTOMER'
  | 'POTENTIAL_LOYALIST'
  | 'PROMISING';

/** A staff role: what a user may see and do. */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'MARKETING'
  | 'SALES'
  | 'SUPPORT';

export type SaleChannel =
  | 'MAIL_ORDER'
  | 'PHONE'
  | 'SALES_REP'
  | 'STORE'
  | 'WEB';

export type SaleFilter = {
  /** Attributed to any of these actions. */
  attributedAction?: Array<string | number> | null | undefined;
  brand?: Array<string | number> | null | undefined;
  channel?: Array<SaleChannel> | null | undefined;
  /** Of any of these contacts. */
  contact?: Array<string | number> | null | undefined;
  /** true: sales that converted a target; false: the others. */
  converted?: boolean | null | undefined;
  /** This exact external reference. */
  externalRef?: string | null | undefined;
  /** With a line of any of these products. */
  product?: Array<string | number> | null | undefined;
  saleDate?: DateTimeRange | null | undefined;
  total?: DecimalRange | null | undefined;
};

/** A sale and its lines. Its total and gross margin are computed from the lines. */
export type SaleInput = {
  /** The action credited with the sale; defaults to the conversion target's. */
  attributedAction?: string | number | null | undefined;
  /** Defaults to the contact's brand. */
  brand?: string | number | null | undefined;
  channel: SaleChannel;
  contact: string | number;
  /** Identifier in the system the sale came from; unique. */
  externalRef?: string | null | undefined;
  lines: Array<SaleLineInput>;
  saleDate: string | Date;
};

export type SaleLineInput = {
  /** Discount on this line in percent, 0 to 100; defaults to 0. */
  discountRate?: string | number | null | undefined;
  /** The product, by id; or give productCode. */
  product?: string | number | null | undefined;
  /** The product, by code; or give product. */
  productCode?: string | null | undefined;
  /** From 1 to 100,000. */
  quantity: number;
  /** Defaults to the product's list price. */
  unitPrice?: string | number | null | undefined;
};

export type SaleOrder = {
  direction?: SortDirection | null | undefined;
  field: SaleOrderField;
};

export type SaleOrderField =
  | 'CHANNEL'
  | 'CREATED_AT'
  | 'ID'
  | 'SALE_DATE'
  | 'TOTAL';

/** Changes to a sale: an absent field is left as it is; `lines`, when given, replace all the lines. */
export type SalePatch = {
  attributedAction?: string | number | null | undefined;
  channel?: SaleChannel | null | undefined;
  externalRef?: string | null | undefined;
  lines?: Array<SaleLineInput> | null | undefined;
  saleDate?: string | Date | null | undefined;
};

export type ScoreSnapshotStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING';

/** Who belongs to a segment. Every given condition applies (AND). */
export type SegmentCriteriaInput = {
  /** Catalog fields of the contact card. */
  attributes?: ContactAttributesCriterion | null | undefined;
  /** Purpose codes the contact’s consent must cover today. */
  consents?: Array<string> | null | undefined;
  /** The contacts list filter. */
  contact?: ContactFilter | null | undefined;
  /** Each purchase condition must hold. */
  purchases?: Array<PurchaseCriterion> | null | undefined;
  /** Each response condition must hold. */
  responses?: Array<ResponseCriterion> | null | undefined;
  rfm?: RfmCriterion | null | undefined;
};

export type SegmentFilter = {
  /** Any of these brands. */
  brand?: Array<string | number> | null | undefined;
  kind?: Array<SegmentKind> | null | undefined;
  /** Words found in the name or the description. */
  search?: string | null | undefined;
};

export type SegmentInput = {
  /** One of your brands; none: visible to every brand. */
  brand?: string | number | null | undefined;
  criteria: SegmentCriteriaInput;
  description?: string | null | undefined;
  /** Default DYNAMIC; STATIC freezes the members now. */
  kind?: SegmentKind | null | undefined;
  name: string;
};

/** DYNAMIC: re-evaluated each time it is read; STATIC: members frozen by freezeSegment. */
export type SegmentKind =
  | 'DYNAMIC'
  | 'STATIC';

export type SegmentOrder = {
  direction?: SortDirection | null | undefined;
  field: SegmentOrderField;
};

export type SegmentOrderField =
  | 'CREATED_AT'
  | 'ID'
  | 'NAME'
  | 'UPDATED_AT';

export type SegmentPatch = {
  brand?: string | number | null | undefined;
  /** New criteria (a STATIC segment is frozen again). */
  criteria?: SegmentCriteriaInput | null | undefined;
  description?: string | null | undefined;
  /** STATIC freezes the members now; DYNAMIC forgets them. */
  kind?: SegmentKind | null | undefined;
  name?: string | null | undefined;
};

export type ServiceCaseFilter = {
  /** Assigned to any of these staff users. */
  assignee?: Array<string | number> | null | undefined;
  category?: Array<CaseCategory> | null | undefined;
  contact?: Array<string | number> | null | undefined;
  /** true: only the cases assigned to you. */
  mine?: boolean | null | undefined;
  openedAt?: DateTimeRange | null | undefined;
  priority?: Array<CasePriority> | null | undefined;
  /** Words found in the reference or the subject. */
  search?: string | null | undefined;
  status?: Array<CaseStatus> | null | undefined;
  /** true: only cases nobody is assigned to. */
  unassigned?: boolean | null | undefined;
};

export type ServiceCaseInput = {
  /** A SUPPORT, SALES or ADMIN user who may see the contact. */
  assignee?: string | number | null | undefined;
  /** Defaults to the contact's brand. */
  brand?: string | number | null | undefined;
  category: CaseCategory;
  contact: string | number;
  /** Up to 5000 characters. */
  description?: string | null | undefined;
  /** When the request came in (not in the future); defaults to now. */
  openedAt?: string | Date | null | undefined;
  /** Defaults to NORMAL. */
  priority?: CasePriority | null | undefined;
  /** 1 to 200 characters. */
  subject: string;
};

export type ServiceCaseOrder = {
  direction?: SortDirection | null | undefined;
  field: ServiceCaseOrderField;
};

export type ServiceCaseOrderField =
  | 'ID'
  | 'OPENED_AT'
  | 'PRIORITY'
  | 'RESOLVED_AT'
  | 'STATUS'
  | 'UPDATED_AT';

export type ServiceCasePatch = {
  category?: CaseCategory | null | undefined;
  description?: string | null | undefined;
  priority?: CasePriority | null | undefined;
  subject?: string | null | undefined;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** What to change; an absent field stays as it is. Brands and zones given are the whole new list. */
export type StaffUserInput = {
  brands?: Array<string | number> | null | undefined;
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
  role?: Role | null | undefined;
  zones?: Array<string | number> | null | undefined;
};

export type SubjectRequestStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'RECEIVED'
  | 'REJECTED';

export type SubjectRequestType =
  | 'ACCESS'
  | 'ERASURE'
  | 'OBJECTION'
  | 'PORTABILITY'
  | 'RECTIFICATION'
  | 'RESTRICTION';

/** The answer to one question: `rating` for RATING and NPS, `choice` for CHOICE, `text` for TEXT. */
export type SurveyAnswerInput = {
  choice?: string | null | undefined;
  question: string | number;
  rating?: number | null | undefined;
  text?: string | null | undefined;
};

export type SurveyFilter = {
  /** Words found in the name. */
  search?: string | null | undefined;
  status?: Array<SurveyStatus> | null | undefined;
};

export type SurveyInput = {
  /** The brand the survey speaks for; its invitations go to contacts of that brand. */
  brand?: string | number | null | undefined;
  description?: string | null | undefined;
  name: string;
  questions: Array<SurveyQuestionInput>;
};

export type SurveyOrder = {
  direction?: SortDirection | null | undefined;
  field: SurveyOrderField;
};

export type SurveyOrderField =
  | 'CREATED_AT'
  | 'ID'
  | 'NAME'
  | 'SENT_AT'
  | 'STATUS';

/** Only a DRAFT survey can be changed. `questions`, when given, replaces the whole list. */
export type SurveyPatch = {
  brand?: string | number | null | undefined;
  description?: string | null | undefined;
  name?: string | null | undefined;
  questions?: Array<SurveyQuestionInput> | null | undefined;
};

/** A question; its position is its place in the list. */
export type SurveyQuestionInput = {
  label: string;
  /** CHOICE only: 2 to 20 distinct options. */
  options?: Array<string> | null | undefined;
  /** @default true */
  required?: boolean | null | undefined;
  /** RATING only: the top of the scale, 2 to 10. @default 5 */
  scaleMax?: number | null | undefined;
  type: SurveyQuestionType;
};

/** RATING: 1 to scaleMax; NPS: 0 to 10 (one per survey); CHOICE: one of the options; TEXT: free text. */
export type SurveyQuestionType =
  | 'CHOICE'
  | 'NPS'
  | 'RATING'
  | 'TEXT';

/** Whom to send a survey to: exactly one of a segment, a list of contacts, or a contacts filter. */
export type SurveyRecipients = {
  contacts?: Array<string | number> | null | undefined;
  filter?: ContactFilter | null | undefined;
  segment?: string | number | null | undefined;
};

/** DRAFT: being written (editable); OPEN: sent, answers accepted; CLOSED: no more answers. */
export type SurveyStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

/** Where a contact stands with an action, as the synoptic table shows it (the furthest step reached). */
export type SynopticState =
  /** A sale converted this target. */
  | 'CONVERTED'
  /** In the control group: held out, sent nothing (counted for uplift only). */
  | 'HELD_OUT'
  /** Responded, not converted. */
  | 'RESPONDED'
  /** Targeted (sent the action), no response yet. */
  | 'TARGETED';

export type TargetActionInput = {
  action: string | number;
  /** ...or these contacts (exactly one of the two). */
  contacts?: Array<string | number> | null | undefined;
  /** Share held out, 0 to 100; default: the action's. */
  controlGroupPercent?: number | null | undefined;
  /** Compute and record the report, create no target. */
  dryRun?: boolean | null | undefined;
  /** Seed of the control-group draw; default: random (recorded on the run). */
  randomSeed?: number | null | undefined;
  /** Target the members of this segment... */
  segment?: string | number | null | undefined;
};

export type TaskFilter = {
  /** Linked to any of these marketing actions. */
  action?: Array<string | number> | null | undefined;
  /** Assigned to any of these staff users. */
  assignee?: Array<string | number> | null | undefined;
  contact?: Array<string | number> | null | undefined;
  dueDate?: DateTimeRange | null | undefined;
  /** true: only the tasks assigned to you. */
  mine?: boolean | null | undefined;
  /** Words found in the title or the description. */
  search?: string | null | undefined;
  status?: Array<TaskStatus> | null | undefined;
};

export type TaskInput = {
  /** The marketing action it is about. */
  action?: string | number | null | undefined;
  /** A staff user who may see what the task is about; defaults to you. */
  assignee?: string | number | null | undefined;
  /** The contact it is about; give a contact, an action or both. */
  contact?: string | number | null | undefined;
  /** Up to 2000 characters. */
  description?: string | null | undefined;
  dueDate: string | Date;
  /** When to remind the assignee (a notification), at or before the due date. */
  remindAt?: string | Date | null | undefined;
  /** Defaults to OPEN. */
  status?: TaskStatus | null | undefined;
  title: string;
};

export type TaskOrder = {
  direction?: SortDirection | null | undefined;
  field: TaskOrderField;
};

export type TaskOrderField =
  | 'CREATED_AT'
  | 'DUE_DATE'
  | 'ID'
  | 'STATUS'
  | 'TITLE';

export type TaskPatch = {
  /** Null: unassigned. */
  assignee?: string | number | null | undefined;
  /** Only with status DONE; defaults to now. */
  completedAt?: string | Date | null | undefined;
  description?: string | null | undefined;
  dueDate?: string | Date | null | undefined;
  /** A new reminder time sends a new reminder; null: none. */
  remindAt?: string | Date | null | undefined;
  /** DONE stamps completedAt; leaving DONE clears it. */
  status?: TaskStatus | null | undefined;
  title?: string | null | undefined;
};

export type TaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

/** What happened: an activity, a targeting by an action (HELD_OUT: held out in its control group, sent nothing), a response, a conversion, a sale, a prospect becoming a client (BECAME_CLIENT), a case opened, a survey answered. */
export type TimelineKind =
  | 'ACTIVITY'
  | 'BECAME_CLIENT'
  | 'CASE'
  | 'CONVERSION'
  | 'HELD_OUT'
  | 'RESPONSE'
  | 'SALE'
  | 'SURVEY_RESPONSE'
  | 'TARGETING';

export type TriggerFilter = {
  action?: Array<string | number> | null | undefined;
  active?: boolean | null | undefined;
  kind?: Array<TriggerKind> | null | undefined;
};

export type TriggerInput = {
  /** The action the matching contacts are targeted with. */
  action: string | number;
  /** Default true. */
  active?: boolean | null | undefined;
  /** Defaults to the action's brand; only its sales count. */
  brand?: string | number | null | undefined;
  kind: TriggerKind;
  name: string;
  params?: TriggerParamsInput | null | undefined;
};

/** The behaviour a trigger reacts to (campaigns/triggers/TRIGGERS.md). */
export type TriggerKind =
  | 'CATEGORY_PURCHASE'
  | 'FIRST_PURCHASE'
  | 'FIRST_PURCHASE_ANNIVERSARY'
  | 'NO_PURCHASE_FOR_DAYS'
  | 'SCORE_CHANGE';

export type TriggerOrder = {
  direction?: SortDirection | null | undefined;
  field: TriggerOrderField;
};

export type TriggerOrderField =
  | 'CREATED_AT'
  | 'ID'
  | 'KIND'
  | 'LAST_RUN_AT'
  | 'NAME';

/** Give only the fields of the kind (VALIDATION otherwise, at params.<field>). */
export type TriggerParamsInput = {
  categoryCode?: string | null | undefined;
  days?: number | null | undefined;
  from?: RfmSegment | null | undefined;
  sinceDays?: number | null | undefined;
  to?: RfmSegment | null | undefined;
};

export type TriggerPatch = {
  action?: string | number | null | undefined;
  active?: boolean | null | undefined;
  brand?: string | number | null | undefined;
  kind?: TriggerKind | null | undefined;
  name?: string | null | undefined;
  /** Replaces the stored params when given. */
  params?: TriggerParamsInput | null | undefined;
};

export type UpliftTestMethod =
  /** Fisher's exact test, two-sided: used when an expected count of the 2 × 2 table is under 5. */
  | 'FISHER_EXACT'
  /** Two-proportion z-test, pooled variance, two-sided. */
  | 'Z_TEST';

export type WebhookDeliveryFilter = {
  createdAt?: DateTimeRange | null | undefined;
  event?: Array<WebhookEventType> | null | undefined;
  eventId?: string | null | undefined;
};

export type WebhookDeliveryOrder = {
  direction?: SortDirection | null | undefined;
  field: WebhookDeliveryOrderField;
};

export type WebhookDeliveryOrderField =
  | 'CREATED_AT'
  | 'ID'
  | 'NEXT_ATTEMPT_AT';

export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

/** An event other systems can subscribe to. */
export type WebhookEventType =
  | 'CONSENT_CHANGED'
  | 'CONTACT_CREATED'
  | 'CONTACT_UPDATED'
  | 'RESPONSE_RECORDED'
  | 'SALE_RECORDED';

export type WebhookSubscriptionFilter = {
  active?: boolean | null | undefined;
  /** Subscribed to any of these. */
  event?: Array<WebhookEventType> | null | undefined;
};

export type WebhookSubscriptionInput = {
  /** Default true. */
  active?: boolean | null | undefined;
  /** Only this brand's events; absent: every brand. */
  brand?: string | number | null | undefined;
  /** WebhookEventType names; an unknown one is VALIDATION. */
  events: Array<string>;
  name: string;
  /** Absolute http or https URL, without user name or password. */
  url: string;
};

export type WebhookSubscriptionOrder = {
  direction?: SortDirection | null | undefined;
  field: WebhookSubscriptionOrderField;
};

export type WebhookSubscriptionOrderField =
  | 'CREATED_AT'
  | 'ID'
  | 'NAME';

export type WebhookSubscriptionPatch = {
  active?: boolean | null | undefined;
  /** Null: every brand. */
  brand?: string | number | null | undefined;
  /** Replaces the set. */
  events?: Array<string> | null | undefined;
  name?: string | null | undefined;
  url?: string | null | undefined;
};

export type MarketingActionFieldsFragment = { id: string, version: number, code: string, name: string, medium: ActionMedium, objective: ActionObjective, status: ActionStatus, startDate: string, endDate: string, cost: string, plannedQuantity: number | null, controlGroupPercent: number | null, promiseType: PromiseType, promiseSummary: string | null, targetDescription: string | null, requiredPurpose: string, responseChannels: Array<ResponseChannel>, priority: number, attributionWindowDays: number, followUpCondition: FollowUpCondition | null, followUpDelayDays: number | null, targetCount: number, responseCount: number, conversionCount: number, createdAt: string, updatedAt: string, previousAction: { id: string, code: string, name: string } | null, brand: { id: string, code: string, name: string } | null };

export type MarketingActionsQueryVariables = Exact<{
  filter?: MarketingActionFilter | null | undefined;
  orderBy?: Array<MarketingActionOrder> | MarketingActionOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type MarketingActionsQuery = { marketingActions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, version: number, code: string, name: string, medium: ActionMedium, objective: ActionObjective, status: ActionStatus, startDate: string, endDate: string, cost: string, plannedQuantity: number | null, controlGroupPercent: number | null, promiseType: PromiseType, promiseSummary: string | null, targetDescription: string | null, requiredPurpose: string, responseChannels: Array<ResponseChannel>, priority: number, attributionWindowDays: number, followUpCondition: FollowUpCondition | null, followUpDelayDays: number | null, targetCount: number, responseCount: number, conversionCount: number, createdAt: string, updatedAt: string, previousAction: { id: string, code: string, name: string } | null, brand: { id: string, code: string, name: string } | null } }> } };

export type MarketingActionQueryVariables = Exact<{
  id?: string | number | null | undefined;
  code?: string | null | undefined;
}>;


export type MarketingActionQuery = { marketingAction: { id: string, version: number, code: string, name: string, medium: ActionMedium, objective: ActionObjective, status: ActionStatus, startDate: string, endDate: string, cost: string, plannedQuantity: number | null, controlGroupPercent: number | null, promiseType: PromiseType, promiseSummary: string | null, targetDescription: string | null, requiredPurpose: string, responseChannels: Array<ResponseChannel>, priority: number, attributionWindowDays: number, followUpCondition: FollowUpCondition | null, followUpDelayDays: number | null, targetCount: number, responseCount: number, conversionCount: number, createdAt: string, updatedAt: string, products: Array<{ id: string, code: string, name: string }>, followUps: Array<{ id: string, code: string, name: string, startDate: string, followUpCondition: FollowUpCondition | null, followUpDelayDays: number | null }>, previousAction: { id: string, code: string, name: string } | null, brand: { id: string, code: string, name: string } | null } | null };

export type CreateMarketingActionMutationVariables = Exact<{
  input: MarketingActionInput;
}>;


export type CreateMarketingActionMutation = { createMarketingAction: { id: string, version: number, code: string, name: string, medium: ActionMedium, objective: ActionObjective, status: ActionStatus, startDate: string, endDate: string, cost: string, plannedQuantity: number | null, controlGroupPercent: number | null, promiseType: PromiseType, promiseSummary: string | null, targetDescription: string | null, requiredPurpose: string, responseChannels: Array<ResponseChannel>, priority: number, attributionWindowDays: number, followUpCondition: FollowUpCondition | null, followUpDelayDays: number | null, targetCount: number, responseCount: number, conversionCount: number, createdAt: string, updatedAt: string, previousAction: { id: string, code: string, name: string } | null, brand: { id: string, code: string, name: string } | null } };

export type UpdateMarketingActionMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: MarketingActionPatch;
}>;


export type UpdateMarketingActionMutation = { updateMarketingAction: { id: string, version: number, code: string, name: string, medium: ActionMedium, objective: ActionObjective, status: ActionStatus, startDate: string, endDate: string, cost: string, plannedQuantity: number | null, controlGroupPercent: number | null, promiseType: PromiseType, promiseSummary: string | null, targetDescription: string | null, requiredPurpose: string, responseChannels: Array<ResponseChannel>, priority: number, attributionWindowDays: number, followUpCondition: FollowUpCondition | null, followUpDelayDays: number | null, targetCount: number, responseCount: number, conversionCount: number, createdAt: string, updatedAt: string, previousAction: { id: string, code: string, name: string } | null, brand: { id: string, code: string, name: string } | null } };

export type DeleteMarketingActionMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteMarketingActionMutation = { deleteMarketingAction: string };

export type UsualResponseChannelsQueryVariables = Exact<{
  medium: ActionMedium;
}>;


export type UsualResponseChannelsQuery = { usualResponseChannels: Array<ResponseChannel> };

export type ActivityFieldsFragment = { id: string, version: number, type: ActivityType, subject: string, body: string | null, occurredAt: string, status: ActivityStatus, endsAt: string | null, remindAt: string | null, outcome: ActivityOutcome | null, nextStep: string | null, promised: string | null, createdAt: string, updatedAt: string, author: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null }, action: { id: string, code: string, name: string } | null };

export type ActivitiesQueryVariables = Exact<{
  filter?: ActivityFilter | null | undefined;
  orderBy?: Array<ActivityOrder> | ActivityOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ActivitiesQuery = { activities: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, version: number, type: ActivityType, subject: string, body: string | null, occurredAt: string, status: ActivityStatus, endsAt: string | null, remindAt: string | null, outcome: ActivityOutcome | null, nextStep: string | null, promised: string | null, createdAt: string, updatedAt: string, author: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null }, action: { id: string, code: string, name: string } | null } }> } };

export type CreateActivityMutationVariables = Exact<{
  input: ActivityInput;
}>;


export type CreateActivityMutation = { createActivity: { id: string, version: number, type: ActivityType, subject: string, body: string | null, occurredAt: string, status: ActivityStatus, endsAt: string | null, remindAt: string | null, outcome: ActivityOutcome | null, nextStep: string | null, promised: string | null, createdAt: string, updatedAt: string, author: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null }, action: { id: string, code: string, name: string } | null } };

export type UpdateActivityMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ActivityPatch;
}>;


export type UpdateActivityMutation = { updateActivity: { id: string, version: number, type: ActivityType, subject: string, body: string | null, occurredAt: string, status: ActivityStatus, endsAt: string | null, remindAt: string | null, outcome: ActivityOutcome | null, nextStep: string | null, promised: string | null, createdAt: string, updatedAt: string, author: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null }, action: { id: string, code: string, name: string } | null } };

export type DeleteActivityMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteActivityMutation = { deleteActivity: string };

export type CompleteActivityMutationVariables = Exact<{
  id: string | number;
  version: number;
  input?: ActivityCompletion | null | undefined;
}>;


export type CompleteActivityMutation = { completeActivity: { id: string, version: number, type: ActivityType, subject: string, body: string | null, occurredAt: string, status: ActivityStatus, endsAt: string | null, remindAt: string | null, outcome: ActivityOutcome | null, nextStep: string | null, promised: string | null, createdAt: string, updatedAt: string, author: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null }, action: { id: string, code: string, name: string } | null } };

export type RfmMigrationQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type RfmMigrationQuery = { rfmMigration: { minGroupSize: number, from: { id: string, asOf: string, buyerCount: number }, to: { id: string, asOf: string, buyerCount: number }, cells: Array<{ from: RfmSegment | null, to: RfmSegment | null, count: number | null, suppressed: boolean }> } };

export type CohortsQueryVariables = Exact<{
  by: CohortBy;
  brand?: string | number | null | undefined;
  from?: string | Date | null | undefined;
  to?: string | Date | null | undefined;
  months?: number | null | undefined;
}>;


export type CohortsQuery = { cohorts: { months: number, minGroupSize: number, rows: Array<{ key: string | null, label: string | null, size: number | null, suppressed: boolean, cells: Array<{ month: number, activeBuyers: number | null, retention: number | null, revenue: number | null, revenuePerMember: number | null, suppressed: boolean }> }> } };

export type ActionPerformanceFieldsFragment = { targeted: number, responses: number, conversions: number, buyers: number, cost: number, attributedRevenue: number, responseRate: number | null, conversionRate: number | null, purchaseRate: number | null, costPerResponse: number | null, costPerConversion: number | null, meanResponseDelayDays: number | null, medianResponseDelayDays: number | null, untargetedResponses: number, untargetedConversions: number, untargetedConversionRate: number | null, untargetedRevenue: number, controlTargeted: number, controlResponseRate: number | null, controlPurchaseRate: number | null, responseUplift: number | null, purchaseUplift: number | null, controlResponses: number, controlBuyers: number, smallSample: boolean, targetShare: number | null, costShare: number | null, responseShare: number | null, conversionShare: number | null, revenueShare: number | null, action: { id: string, code: string, name: string, medium: ActionMedium, startDate: string }, responseRateInterval: { low: number, high: number } | null, conversionRateInterval: { low: number, high: number } | null, purchaseRateInterval: { low: number, high: number } | null, controlResponseRateInterval: { low: number, high: number } | null, controlPurchaseRateInterval: { low: number, high: number } | null, responseUpliftInterval: { low: number, high: number } | null, purchaseUpliftInterval: { low: number, high: number } | null, responseUpliftTest: { method: UpliftTestMethod, pValue: number, significant: boolean } | null, purchaseUpliftTest: { method: UpliftTestMethod, pValue: number, significant: boolean } | null, channels: Array<{ channel: ResponseChannel, responses: number, share: number | null }> };

export type ActionAveragesFieldsFragment = { actions: number, responseRate: number | null, conversionRate: number | null, purchaseRate: number | null, costPerResponse: number | null, costPerConversion: number | null, revenuePerTarget: number | null, attributedRevenue: number | null, meanResponseDelayDays: number | null, responseRateInterval: { low: number, high: number } | null, conversionRateInterval: { low: number, high: number } | null, purchaseRateInterval: { low: number, high: number } | null };

export type ActionComparisonFileQueryVariables = Exact<{
  format: ReportFormat;
  attributionDays?: number | null | undefined;
}>;


export type ActionComparisonFileQuery = { actionComparisonFile: { fileName: string, mimeType: string, contentBase64: string, rowCount: number } };

export type ActionComparisonQueryVariables = Exact<{
  attributionDays?: number | null | undefined;
}>;


export type ActionComparisonQuery = { actionComparison: { attributionDays: number | null, minInferenceGroup: number, actions: Array<{ targeted: number, responses: number, conversions: number, buyers: number, cost: number, attributedRevenue: number, responseRate: number | null, conversionRate: number | null, purchaseRate: number | null, costPerResponse: number | null, costPerConversion: number | null, meanResponseDelayDays: number | null, medianResponseDelayDays: number | null, untargetedResponses: number, untargetedConversions: number, untargetedConversionRate: number | null, untargetedRevenue: number, controlTargeted: number, controlResponseRate: number | null, controlPurchaseRate: number | null, responseUplift: number | null, purchaseUplift: number | null, controlResponses: number, controlBuyers: number, smallSample: boolean, targetShare: number | null, costShare: number | null, responseShare: number | null, conversionShare: number | null, revenueShare: number | null, action: { id: string, code: string, name: string, medium: ActionMedium, startDate: string }, responseRateInterval: { low: number, high: number } | null, conversionRateInterval: { low: number, high: number } | null, purchaseRateInterval: { low: number, high: number } | null, controlResponseRateInterval: { low: number, high: number } | null, controlPurchaseRateInterval: { low: number, high: number } | null, responseUpliftInterval: { low: number, high: number } | null, purchaseUpliftInterval: { low: number, high: number } | null, responseUpliftTest: { method: UpliftTestMethod, pValue: number, significant: boolean } | null, purchaseUpliftTest: { method: UpliftTestMethod, pValue: number, significant: boolean } | null, channels: Array<{ channel: ResponseChannel, responses: number, share: number | null }> }>, totals: { actions: number, targeted: number, responses: number, conversions: number, buyers: number, cost: number, attributedRevenue: number, untargetedResponses: number, untargetedConversions: number }, averages: { actions: number, responseRate: number | null, conversionRate: number | null, purchaseRate: number | null, costPerResponse: number | null, costPerConversion: number | null, revenuePerTarget: number | null, attributedRevenue: number | null, meanResponseDelayDays: number | null, responseRateInterval: { low: number, high: number } | null, conversionRateInterval: { low: number, high: number } | null, purchaseRateInterval: { low: number, high: number } | null }, pooled: { actions: number, responseRate: number | null, conversionRate: number | null, purchaseRate: number | null, costPerResponse: number | null, costPerConversion: number | null, revenuePerTarget: number | null, attributedRevenue: number | null, meanResponseDelayDays: number | null, responseRateInterval: { low: number, high: number } | null, conversionRateInterval: { low: number, high: number } | null, purchaseRateInterval: { low: number, high: number } | null } } };

export type ActionPerformanceQueryVariables = Exact<{
  action: string | number;
  attributionDays?: number | null | undefined;
}>;


export type ActionPerformanceQuery = { actionPerformance: { targeted: number, responses: number, conversions: number, buyers: number, cost: number, attributedRevenue: number, responseRate: number | null, conversionRate: number | null, purchaseRate: number | null, costPerResponse: number | null, costPerConversion: number | null, meanResponseDelayDays: number | null, medianResponseDelayDays: number | null, untargetedResponses: number, untargetedConversions: number, untargetedConversionRate: number | null, untargetedRevenue: number, controlTargeted: number, controlResponseRate: number | null, controlPurchaseRate: number | null, responseUplift: number | null, purchaseUplift: number | null, controlResponses: number, controlBuyers: number, smallSample: boolean, targetShare: number | null, costShare: number | null, responseShare: number | null, conversionShare: number | null, revenueShare: number | null, action: { id: string, code: string, name: string, medium: ActionMedium, startDate: string }, responseRateInterval: { low: number, high: number } | null, conversionRateInterval: { low: number, high: number } | null, purchaseRateInterval: { low: number, high: number } | null, controlResponseRateInterval: { low: number, high: number } | null, controlPurchaseRateInterval: { low: number, high: number } | null, responseUpliftInterval: { low: number, high: number } | null, purchaseUpliftInterval: { low: number, high: number } | null, responseUpliftTest: { method: UpliftTestMethod, pValue: number, significant: boolean } | null, purchaseUpliftTest: { method: UpliftTestMethod, pValue: number, significant: boolean } | null, channels: Array<{ channel: ResponseChannel, responses: number, share: number | null }> } | null };

export type ContactDistributionQueryVariables = Exact<{
  by: ContactDimension;
}>;


export type ContactDistributionQuery = { contactDistribution: { by: ContactDimension, withheld: number | null, buckets: Array<{ key: string | null, label: string | null, count: number | null }> } };

export type ContactResponseRateQueryVariables = Exact<{
  contact: string | number;
}>;


export type ContactResponseRateQuery = { contactResponseRate: { rate: number | null, responded: number, targeted: number } | null };

export type ScoreSnapshotFieldsFragment = { id: string, asOf: string, status: ScoreSnapshotStatus, computedAt: string | null, durationMs: number | null, buyerCount: number, saleCount: number, brand: { id: string, code: string, name: string } | null, segments: Array<{ segment: RfmSegment, count: number, share: number, revenue: number | null, meanRecencyDays: number | null, meanFrequency: number | null, meanMonetary: number | null }>, grid: Array<{ recencyScore: number, frequencyScore: number, count: number }>, fratTypes: Array<{ count: number, revenue: number | null, category: { id: string, code: string, name: string } | null }> };

export type ScoreSnapshotsQueryVariables = Exact<{
  brand?: string | number | null | undefined;
  allBrands?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type ScoreSnapshotsQuery = { scoreSnapshots: Array<{ id: string, asOf: string, status: ScoreSnapshotStatus, computedAt: string | null, durationMs: number | null, buyerCount: number, saleCount: number, brand: { id: string, code: string, name: string } | null, segments: Array<{ segment: RfmSegment, count: number, share: number, revenue: number | null, meanRecencyDays: number | null, meanFrequency: number | null, meanMonetary: number | null }>, grid: Array<{ recencyScore: number, frequencyScore: number, count: number }>, fratTypes: Array<{ count: number, revenue: number | null, category: { id: string, code: string, name: string } | null }> }> };

export type ContactScoreFieldsFragment = { rfm: string, segment: RfmSegment, recencyDays: number, recencyScore: number, frequency: number, frequencyScore: number, monetary: string, monetaryScore: number, firstPurchaseAt: string, lastPurchaseAt: string, fratCategory: { id: string, code: string, name: string } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null }, snapshot: { id: string, asOf: string } };

export type ContactScoreQueryVariables = Exact<{
  contact: string | number;
  snapshot?: string | number | null | undefined;
}>;


export type ContactScoreQuery = { contactScore: { rfm: string, segment: RfmSegment, recencyDays: number, recencyScore: number, frequency: number, frequencyScore: number, monetary: string, monetaryScore: number, firstPurchaseAt: string, lastPurchaseAt: string, fratCategory: { id: string, code: string, name: string } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null }, snapshot: { id: string, asOf: string } } | null };

export type ContactScoresQueryVariables = Exact<{
  snapshot: string | number;
  segment?: Array<RfmSegment> | RfmSegment | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ContactScoresQuery = { contactScores: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { rfm: string, segment: RfmSegment, recencyDays: number, recencyScore: number, frequency: number, frequencyScore: number, monetary: string, monetaryScore: number, firstPurchaseAt: string, lastPurchaseAt: string, fratCategory: { id: string, code: string, name: string } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null }, snapshot: { id: string, asOf: string } } }> } };

export type RefreshScoresMutationVariables = Exact<{
  asOf?: string | Date | null | undefined;
  brand?: string | number | null | undefined;
}>;


export type RefreshScoresMutation = { refreshScores: { id: string, asOf: string, status: ScoreSnapshotStatus, computedAt: string | null, durationMs: number | null, buyerCount: number, saleCount: number, brand: { id: string, code: string, name: string } | null, segments: Array<{ segment: RfmSegment, count: number, share: number, revenue: number | null, meanRecencyDays: number | null, meanFrequency: number | null, meanMonetary: number | null }>, grid: Array<{ recencyScore: number, frequencyScore: number, count: number }>, fratTypes: Array<{ count: number, revenue: number | null, category: { id: string, code: string, name: string } | null }> } };

export type ApiKeyFieldsFragment = { id: string, version: number, name: string, prefix: string, brandCodes: Array<string>, purposeCodes: Array<string>, rateLimitPerMinute: number, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdAt: string };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ id: string, version: number, name: string, prefix: string, brandCodes: Array<string>, purposeCodes: Array<string>, rateLimitPerMinute: number, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdAt: string }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: ApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { key: string, apiKey: { id: string, version: number, name: string, prefix: string, brandCodes: Array<string>, purposeCodes: Array<string>, rateLimitPerMinute: number, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdAt: string } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, version: number, name: string, prefix: string, brandCodes: Array<string>, purposeCodes: Array<string>, rateLimitPerMinute: number, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdAt: string } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, at: string, actorType: ActorType, operation: AuditOperation, operationName: string | null, entity: string, entityId: string | null, entityIds: Array<string>, fields: Array<string>, purpose: string | null, outcome: AuditOutcome, errorCode: string | null, requestId: string | null, actorUser: { email: string, firstName: string, lastName: string, role: Role } | null, apiKey: { id: string, name: string, prefix: string } | null } }> } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { email: string, firstName: string, lastName: string, role: Role } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { email: string, firstName: string, lastName: string, role: Role } | null };

export type StaffUserFieldsFragment = { email: string, firstName: string, lastName: string, role: Role };

export type CalendarQueryVariables = Exact<{
  from: string | Date;
  to: string | Date;
  user?: string | number | null | undefined;
}>;


export type CalendarQuery = { calendar: Array<{ kind: PlannedItemKind, start: string, end: string | null, title: string, activityType: ActivityType | null, activityStatus: ActivityStatus | null, activity: { id: string, version: number, status: ActivityStatus, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } } | null, task: { id: string, version: number, status: TaskStatus, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } | null, action: { id: string, code: string } | null } | null }> };

export type MyNotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unread?: boolean | null | undefined;
}>;


export type MyNotificationsQuery = { myNotifications: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, kind: string, message: string, subjectId: string | null, readAt: string | null, createdAt: string, params: Array<{ name: string, value: string }> } }> } };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, readAt: string | null } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type TargetingRunFieldsFragment = { id: string, dryRun: boolean, candidateCount: number, targetedCount: number, controlCount: number, excludedCount: number, controlGroupPercent: number | null, randomSeed: number | null, runAt: string, action: { id: string, code: string, name: string }, segment: { id: string, name: string } | null, createdBy: { id: string, firstName: string, lastName: string } | null, exclusionCounts: Array<{ reason: ExclusionReason, count: number }> };

export type TargetActionMutationVariables = Exact<{
  input: TargetActionInput;
  exclusions?: number | null | undefined;
}>;


export type TargetActionMutation = { targetAction: { id: string, dryRun: boolean, candidateCount: number, targetedCount: number, controlCount: number, excludedCount: number, controlGroupPercent: number | null, randomSeed: number | null, runAt: string, exclusions: { totalCount: number, edges: Array<{ node: { reason: ExclusionReason, detail: string | null, detailParams: Array<{ name: string, value: string }>, contact: { id: string, lastName: string | null, firstName: string | null, companyName: string | null } } }> }, action: { id: string, code: string, name: string }, segment: { id: string, name: string } | null, createdBy: { id: string, firstName: string, lastName: string } | null, exclusionCounts: Array<{ reason: ExclusionReason, count: number }> } };

export type TargetingRunQueryVariables = Exact<{
  id: string | number;
  reason?: Array<ExclusionReason> | ExclusionReason | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TargetingRunQuery = { node:
    | { id: string, dryRun: boolean, candidateCount: number, targetedCount: number, controlCount: number, excludedCount: number, controlGroupPercent: number | null, randomSeed: number | null, runAt: string, exclusions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { reason: ExclusionReason, detail: string | null, detailParams: Array<{ name: string, value: string }>, contact: { id: string, lastName: string | null, firstName: string | null, companyName: string | null } } }> }, action: { id: string, code: string, name: string }, segment: { id: string, name: string } | null, createdBy: { id: string, firstName: string, lastName: string } | null, exclusionCounts: Array<{ reason: ExclusionReason, count: number }> }
    | Record<PropertyKey, never>
   | null };

export type ActionTargetingRunsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type ActionTargetingRunsQuery = { node:
    | { id: string, priority: number, segment: { id: string, name: string } | null, targetingRuns: { totalCount: number, edges: Array<{ node: { id: string, dryRun: boolean, candidateCount: number, targetedCount: number, controlCount: number, excludedCount: number, controlGroupPercent: number | null, randomSeed: number | null, runAt: string, action: { id: string, code: string, name: string }, segment: { id: string, name: string } | null, createdBy: { id: string, firstName: string, lastName: string } | null, exclusionCounts: Array<{ reason: ExclusionReason, count: number }> } }> } }
    | Record<PropertyKey, never>
   | null };

export type SendingListQueryVariables = Exact<{
  actionId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SendingListQuery = { sendingList: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, targetedAt: string, contact: { id: string, lastName: string | null, firstName: string | null, email: string | null } } }> } };

export type UpdateActionTargetingMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ActionTargetingInput;
}>;


export type UpdateActionTargetingMutation = { updateActionTargeting: { id: string, version: number, priority: number, segment: { id: string, name: string } | null } };

export type PressureRuleFieldsFragment = { id: string, version: number, medium: ActionMedium | null, maxSolicitations: number, periodDays: number, active: boolean, updatedAt: string, brand: { id: string, code: string, name: string } | null };

export type PressureRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type PressureRulesQuery = { pressureRules: Array<{ id: string, version: number, medium: ActionMedium | null, maxSolicitations: number, periodDays: number, active: boolean, updatedAt: string, brand: { id: string, code: string, name: string } | null }> };

export type CreatePressureRuleMutationVariables = Exact<{
  input: PressureRuleInput;
}>;


export type CreatePressureRuleMutation = { createPressureRule: { id: string, version: number, medium: ActionMedium | null, maxSolicitations: number, periodDays: number, active: boolean, updatedAt: string, brand: { id: string, code: string, name: string } | null } };

export type UpdatePressureRuleMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: PressureRuleInput;
}>;


export type UpdatePressureRuleMutation = { updatePressureRule: { id: string, version: number, medium: ActionMedium | null, maxSolicitations: number, periodDays: number, active: boolean, updatedAt: string, brand: { id: string, code: string, name: string } | null } };

export type DeletePressureRuleMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeletePressureRuleMutation = { deletePressureRule: string };

export type SetChannelOptOutMutationVariables = Exact<{
  contactId: string | number;
  medium: ActionMedium;
  optedOut?: boolean | null | undefined;
  source: ConsentSource;
}>;


export type SetChannelOptOutMutation = { setChannelOptOut: { medium: ActionMedium, optedOut: boolean, source: ConsentSource, changedAt: string } };

export type ServiceCaseFieldsFragment = { id: string, version: number, reference: string, subject: string, description: string | null, category: CaseCategory, priority: CasePriority, status: CaseStatus, nextStatuses: Array<CaseStatus>, openedAt: string, resolvedAt: string | null, closedAt: string | null, resolutionHours: number | null, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null, assignee: { email: string, firstName: string, lastName: string, role: Role } | null, openedBy: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } };

export type ServiceCaseEventFieldsFragment = { id: string, at: string, fromStatus: CaseStatus | null, toStatus: CaseStatus | null, comment: string | null, author: { email: string, firstName: string, lastName: string, role: Role } | null };

export type ContactPromiseFieldsFragment = { at: string, source: PromiseSource, text: string, activity: { id: string, type: ActivityType, subject: string, author: { email: string, firstName: string, lastName: string, role: Role } | null } | null, action: { id: string, code: string, name: string } | null };

export type ServiceCasesQueryVariables = Exact<{
  filter?: ServiceCaseFilter | null | undefined;
  orderBy?: Array<ServiceCaseOrder> | ServiceCaseOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ServiceCasesQuery = { serviceCases: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, version: number, reference: string, subject: string, description: string | null, category: CaseCategory, priority: CasePriority, status: CaseStatus, nextStatuses: Array<CaseStatus>, openedAt: string, resolvedAt: string | null, closedAt: string | null, resolutionHours: number | null, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null, assignee: { email: string, firstName: string, lastName: string, role: Role } | null, openedBy: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } } }> } };

export type ServiceCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceCaseQuery = { serviceCase: { id: string, version: number, reference: string, subject: string, description: string | null, category: CaseCategory, priority: CasePriority, status: CaseStatus, nextStatuses: Array<CaseStatus>, openedAt: string, resolvedAt: string | null, closedAt: string | null, resolutionHours: number | null, createdAt: string, updatedAt: string, events: Array<{ id: string, at: string, fromStatus: CaseStatus | null, toStatus: CaseStatus | null, comment: string | null, author: { email: string, firstName: string, lastName: string, role: Role } | null }>, promises: Array<{ at: string, source: PromiseSource, text: string, activity: { id: string, type: ActivityType, subject: string, author: { email: string, firstName: string, lastName: string, role: Role } | null } | null, action: { id: string, code: string, name: string } | null }>, brand: { id: string, code: string, name: string } | null, assignee: { email: string, firstName: string, lastName: string, role: Role } | null, openedBy: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } } | null };

export type ContactPromisesQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactPromisesQuery = { contact: { id: string, promises: Array<{ at: string, source: PromiseSource, text: string, activity: { id: string, type: ActivityType, subject: string, author: { email: string, firstName: string, lastName: string, role: Role } | null } | null, action: { id: string, code: string, name: string } | null }> } | null };

export type CaseStatisticsQueryVariables = Exact<{
  openedAt?: DateTimeRange | null | undefined;
}>;


export type CaseStatisticsQuery = { caseStatistics: Array<{ category: CaseCategory, caseCount: number, openCount: number, resolvedCount: number, averageResolutionHours: number | null }> };

export type CreateServiceCaseMutationVariables = Exact<{
  input: ServiceCaseInput;
}>;


export type CreateServiceCaseMutation = { createServiceCase: { id: string, version: number, reference: string, subject: string, description: string | null, category: CaseCategory, priority: CasePriority, status: CaseStatus, nextStatuses: Array<CaseStatus>, openedAt: string, resolvedAt: string | null, closedAt: string | null, resolutionHours: number | null, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null, assignee: { email: string, firstName: string, lastName: string, role: Role } | null, openedBy: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } } };

export type UpdateServiceCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ServiceCasePatch;
}>;


export type UpdateServiceCaseMutation = { updateServiceCase: { id: string, version: number, reference: string, subject: string, description: string | null, category: CaseCategory, priority: CasePriority, status: CaseStatus, nextStatuses: Array<CaseStatus>, openedAt: string, resolvedAt: string | null, closedAt: string | null, resolutionHours: number | null, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null, assignee: { email: string, firstName: string, lastName: string, role: Role } | null, openedBy: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } } };

export type ChangeServiceCaseStatusMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: CaseStatusChange;
}>;


export type ChangeServiceCaseStatusMutation = { changeServiceCaseStatus: { id: string, version: number, reference: string, subject: string, description: string | null, category: CaseCategory, priority: CasePriority, status: CaseStatus, nextStatuses: Array<CaseStatus>, openedAt: string, resolvedAt: string | null, closedAt: string | null, resolutionHours: number | null, createdAt: string, updatedAt: string, events: Array<{ id: string, at: string, fromStatus: CaseStatus | null, toStatus: CaseStatus | null, comment: string | null, author: { email: string, firstName: string, lastName: string, role: Role } | null }>, brand: { id: string, code: string, name: string } | null, assignee: { email: string, firstName: string, lastName: string, role: Role } | null, openedBy: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } } };

export type AssignServiceCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
  assignee?: string | number | null | undefined;
  comment?: string | null | undefined;
}>;


export type AssignServiceCaseMutation = { assignServiceCase: { id: string, version: number, reference: string, subject: string, description: string | null, category: CaseCategory, priority: CasePriority, status: CaseStatus, nextStatuses: Array<CaseStatus>, openedAt: string, resolvedAt: string | null, closedAt: string | null, resolutionHours: number | null, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null, assignee: { email: string, firstName: string, lastName: string, role: Role } | null, openedBy: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } } };

export type CommentServiceCaseMutationVariables = Exact<{
  id: string | number;
  comment: string;
}>;


export type CommentServiceCaseMutation = { commentServiceCase: { id: string, events: Array<{ id: string, at: string, fromStatus: CaseStatus | null, toStatus: CaseStatus | null, comment: string | null, author: { email: string, firstName: string, lastName: string, role: Role } | null }> } };

export type PageInfoFieldsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type BrandFieldsFragment = { id: string, code: string, name: string };

export type ZoneFieldsFragment = { id: string, code: string, name: string };

export type ProductCategoryFieldsFragment = { id: string, code: string, name: string };

export type ReferenceDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceDataQuery = { brands: Array<{ id: string, code: string, name: string }>, zones: Array<{ id: string, code: string, name: string }>, productCategories: Array<{ id: string, code: string, name: string }> };

export type ConsentEventFieldsFragment = { status: ConsentStatus, source: ConsentSource, proof: string | null, capturedAt: string, effectiveFrom: string, effectiveTo: string | null, purpose: { code: string, name: string }, capturedBy: { id: string, firstName: string, lastName: string } | null };

export type ContactConsentDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactConsentDetailsQuery = { contact: { id: string, consents: Array<{ status: ConsentStatus, effectiveFrom: string, effectiveTo: string | null, purpose: { code: string, name: string, legalBasis: LegalBasis } }> | null, consentHistory: Array<{ status: ConsentStatus, source: ConsentSource, proof: string | null, capturedAt: string, effectiveFrom: string, effectiveTo: string | null, purpose: { code: string, name: string }, capturedBy: { id: string, firstName: string, lastName: string } | null }> | null } | null };

export type GrantConsentMutationVariables = Exact<{
  input: ConsentInput;
}>;


export type GrantConsentMutation = { grantConsent: { status: ConsentStatus, source: ConsentSource, proof: string | null, capturedAt: string, effectiveFrom: string, effectiveTo: string | null, purpose: { code: string, name: string }, capturedBy: { id: string, firstName: string, lastName: string } | null } };

export type DenyConsentMutationVariables = Exact<{
  input: ConsentInput;
}>;


export type DenyConsentMutation = { denyConsent: { status: ConsentStatus, source: ConsentSource, proof: string | null, capturedAt: string, effectiveFrom: string, effectiveTo: string | null, purpose: { code: string, name: string }, capturedBy: { id: string, firstName: string, lastName: string } | null } };

export type WithdrawConsentMutationVariables = Exact<{
  input: ConsentInput;
}>;


export type WithdrawConsentMutation = { withdrawConsent: { status: ConsentStatus, source: ConsentSource, proof: string | null, capturedAt: string, effectiveFrom: string, effectiveTo: string | null, purpose: { code: string, name: string }, capturedBy: { id: string, firstName: string, lastName: string } | null } };

export type ContactStoredValueFragment = { probabilityAlive: number | null, scoredValue: string | null };

export type ContactValueQueryVariables = Exact<{
  contact: string | number;
}>;


export type ContactValueQuery = { contactScore: { frequency: number, recencyDays: number, monetary: string, lastPurchaseAt: string, probabilityAlive: number | null, scoredValue: string | null, fratCategory: { id: string, name: string } | null, snapshot: { id: string, asOf: string, brand: { id: string, name: string } | null } } | null };

export type ContactSaleLinesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  withMargin?: boolean;
}>;


export type ContactSaleLinesQuery = { contact: { id: string, sales: { totalCount: number, edges: Array<{ node: { id: string, saleDate: string, channel: SaleChannel, total: string, grossMargin?: string | null, attributedAction: { id: string, code: string } | null, lines: Array<{ quantity: number, unitPrice: string, discountRate: string, amount: string, product: { id: string, code: string, name: string } }> } }> } } | null };

export type LatestScoreSnapshotsQueryVariables = Exact<{
  brand?: string | number | null | undefined;
  allBrands?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type LatestScoreSnapshotsQuery = { scoreSnapshots: Array<{ id: string, asOf: string, status: ScoreSnapshotStatus, brand: { id: string } | null }> };

export type ContactDeliveriesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type ContactDeliveriesQuery = { contact: { id: string, deliveries: { totalCount: number, edges: Array<{ node: { id: string, medium: ActionMedium, status: DeliveryStatus, reason: string | null, detail: string | null, queuedAt: string, sentAt: string | null, deliveredAt: string | null, bouncedAt: string | null, complainedAt: string | null, action: { id: string, code: string, name: string } } }> } } | null };

export type ContactScoreCardQueryVariables = Exact<{
  contact: string | number;
  months?: number;
  model?: PurchaseModel;
  horizon?: number | null | undefined;
  horizonUnit?: HorizonUnit;
  withMargin?: boolean;
}>;


export type ContactScoreCardQuery = { contactScore: { rfm: string, segment: RfmSegment, recencyDays: number, recencyScore: number, frequency: number, frequencyScore: number, monetary: string, monetaryScore: number, lastPurchaseAt: string, firstPurchaseAt: string, repeatPurchases: number, snapshot: { id: string, asOf: string }, predictedValue: { model: PurchaseModel, lifetimeValue: number, marginLifetimeValue?: number | null, expectedPurchases: number, expectedSpend: number, probabilityAlive: number, leftCensored: boolean, degenerateFit: boolean, warnings: Array<FitWarning>, assumptions: Array<LifetimeValueAssumption> } | null } | null };

export type ContactSummaryFragment = { id: string, version: number, kind: ContactKind, civility: Civility | null, firstName: string | null, lastName: string | null, companyName: string | null, email: string | null, phone: string | null, mobile: string | null, postalCode: string | null, city: string | null, countryCode: string, pipelineStage: PipelineStage | null, createdAt: string, updatedAt: string, deletedAt: string | null, brand: { id: string, code: string, name: string }, zone: { id: string, code: string, name: string } };

export type ContactDetailFragment = { addressLine1: string | null, addressLine2: string | null, addressLine3: string | null, fax: string | null, jobTitle: string | null, language: Language, interests: Array<Interest>, bankType: BankType | null, businessSector: BusinessSector | null, commercialService: CommercialService | null, distributionType: DistributionType | null, endReason: EndReason | null, journalistBeat: JournalistBeat | null, prospectPriority: ProspectPriority | null, relationType: RelationType | null, estimatedPotential: string | null, contactsMadeCount: number | null, meetingsCount: number | null, frequencyClass: ClassRank | null, revenueClass: ClassRank | null, firstContactAt: string | null, firstSaleAt: string | null, id: string, version: number, kind: ContactKind, civility: Civility | null, firstName: string | null, lastName: string | null, companyName: string | null, email: string | null, phone: string | null, mobile: string | null, postalCode: string | null, city: string | null, countryCode: string, pipelineStage: PipelineStage | null, createdAt: string, updatedAt: string, deletedAt: string | null, relationOf: { id: string, kind: ContactKind, firstName: string | null, lastName: string | null, companyName: string | null } | null, owner: { email: string, firstName: string, lastName: string, role: Role } | null, sourceAction: { id: string, code: string, name: string } | null, brand: { id: string, code: string, name: string }, zone: { id: string, code: string, name: string } };

export type ContactConfidentialFragment = { id: string, discountRate: string | null, grossMarginClass: ClassRank | null, incomeBand: IncomeBand | null, maritalStatus: MaritalStatus | null };

export type ContactsQueryVariables = Exact<{
  filter?: ContactFilter | null | undefined;
  orderBy?: Array<ContactOrder> | ContactOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  scoreOrder?: ContactScoreOrder | null | undefined;
}>;


export type ContactsQuery = { contacts: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, version: number, kind: ContactKind, civility: Civility | null, firstName: string | null, lastName: string | null, companyName: string | null, email: string | null, phone: string | null, mobile: string | null, postalCode: string | null, city: string | null, countryCode: string, pipelineStage: PipelineStage | null, createdAt: string, updatedAt: string, deletedAt: string | null, brand: { id: string, code: string, name: string }, zone: { id: string, code: string, name: string } } }> } };

export type ContactQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactQuery = { contact: { addressLine1: string | null, addressLine2: string | null, addressLine3: string | null, fax: string | null, jobTitle: string | null, language: Language, interests: Array<Interest>, bankType: BankType | null, businessSector: BusinessSector | null, commercialService: CommercialService | null, distributionType: DistributionType | null, endReason: EndReason | null, journalistBeat: JournalistBeat | null, prospectPriority: ProspectPriority | null, relationType: RelationType | null, estimatedPotential: string | null, contactsMadeCount: number | null, meetingsCount: number | null, frequencyClass: ClassRank | null, revenueClass: ClassRank | null, firstContactAt: string | null, firstSaleAt: string | null, id: string, version: number, kind: ContactKind, civility: Civility | null, firstName: string | null, lastName: string | null, companyName: string | null, email: string | null, phone: string | null, mobile: string | null, postalCode: string | null, city: string | null, countryCode: string, pipelineStage: PipelineStage | null, createdAt: string, updatedAt: string, deletedAt: string | null, relationOf: { id: string, kind: ContactKind, firstName: string | null, lastName: string | null, companyName: string | null } | null, owner: { email: string, firstName: string, lastName: string, role: Role } | null, sourceAction: { id: string, code: string, name: string } | null, brand: { id: string, code: string, name: string }, zone: { id: string, code: string, name: string } } | null };

export type ContactConfidentialQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactConfidentialQuery = { contact: { id: string, discountRate: string | null, grossMarginClass: ClassRank | null, incomeBand: IncomeBand | null, maritalStatus: MaritalStatus | null } | null };

export type ContactSynopsisQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactSynopsisQuery = { contact: { id: string, synopsis: Array<{ targeted: boolean, heldOut: boolean, untargeted: boolean, state: SynopticState, responded: boolean, converted: boolean, targetedAt: string, respondedAt: string | null, responseChannel: ResponseChannel | null, action: { id: string, code: string, name: string, medium: ActionMedium }, target: { id: string, version: number } }> } | null };

export type ContactTimelineQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type ContactTimelineQuery = { contact: { id: string, activities: { totalCount: number, edges: Array<{ node: { id: string, version: number, type: ActivityType, subject: string, body: string | null, occurredAt: string, status: ActivityStatus, endsAt: string | null, remindAt: string | null, outcome: ActivityOutcome | null, nextStep: string | null, promised: string | null, createdAt: string, updatedAt: string, author: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null }, action: { id: string, code: string, name: string } | null } }> }, tasks: { totalCount: number, edges: Array<{ node: { id: string, version: number, title: string, description: string | null, status: TaskStatus, remindAt: string | null, dueDate: string, completedAt: string | null, overdue: boolean, createdAt: string, updatedAt: string, assignee: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } | null, action: { id: string, code: string, name: string } | null, createdBy: { email: string, firstName: string, lastName: string, role: Role } | null } }> }, sales: { totalCount: number, edges: Array<{ node: { id: string, version: number, saleDate: string, channel: SaleChannel, total: string, lineCount: number, externalRef: string | null, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string }, attributedAction: { id: string, code: string, name: string } | null } }> } } | null };

export type CreateContactMutationVariables = Exact<{
  input: ContactInput;
}>;


export type CreateContactMutation = { createContact: { addressLine1: string | null, addressLine2: string | null, addressLine3: string | null, fax: string | null, jobTitle: string | null, language: Language, interests: Array<Interest>, bankType: BankType | null, businessSector: BusinessSector | null, commercialService: CommercialService | null, distributionType: DistributionType | null, endReason: EndReason | null, journalistBeat: JournalistBeat | null, prospectPriority: ProspectPriority | null, relationType: RelationType | null, estimatedPotential: string | null, contactsMadeCount: number | null, meetingsCount: number | null, frequencyClass: ClassRank | null, revenueClass: ClassRank | null, firstContactAt: string | null, firstSaleAt: string | null, id: string, version: number, kind: ContactKind, civility: Civility | null, firstName: string | null, lastName: string | null, companyName: string | null, email: string | null, phone: string | null, mobile: string | null, postalCode: string | null, city: string | null, countryCode: string, pipelineStage: PipelineStage | null, createdAt: string, updatedAt: string, deletedAt: string | null, consents: Array<{ status: ConsentStatus, purpose: { code: string } }> | null, relationOf: { id: string, kind: ContactKind, firstName: string | null, lastName: string | null, companyName: string | null } | null, owner: { email: string, firstName: string, lastName: string, role: Role } | null, sourceAction: { id: string, code: string, name: string } | null, brand: { id: string, code: string, name: string }, zone: { id: string, code: string, name: string } } };

export type UpdateContactMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ContactPatch;
}>;


export type UpdateContactMutation = { updateContact: { addressLine1: string | null, addressLine2: string | null, addressLine3: string | null, fax: string | null, jobTitle: string | null, language: Language, interests: Array<Interest>, bankType: BankType | null, businessSector: BusinessSector | null, commercialService: CommercialService | null, distributionType: DistributionType | null, endReason: EndReason | null, journalistBeat: JournalistBeat | null, prospectPriority: ProspectPriority | null, relationType: RelationType | null, estimatedPotential: string | null, contactsMadeCount: number | null, meetingsCount: number | null, frequencyClass: ClassRank | null, revenueClass: ClassRank | null, firstContactAt: string | null, firstSaleAt: string | null, id: string, version: number, kind: ContactKind, civility: Civility | null, firstName: string | null, lastName: string | null, companyName: string | null, email: string | null, phone: string | null, mobile: string | null, postalCode: string | null, city: string | null, countryCode: string, pipelineStage: PipelineStage | null, createdAt: string, updatedAt: string, deletedAt: string | null, relationOf: { id: string, kind: ContactKind, firstName: string | null, lastName: string | null, companyName: string | null } | null, owner: { email: string, firstName: string, lastName: string, role: Role } | null, sourceAction: { id: string, code: string, name: string } | null, brand: { id: string, code: string, name: string }, zone: { id: string, code: string, name: string } } };

export type DeleteContactMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteContactMutation = { deleteContact: { id: string, version: number, deletedAt: string | null } };

export type RestoreContactMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type RestoreContactMutation = { restoreContact: { id: string, version: number, deletedAt: string | null } };

export type DocumentFieldsFragment = { id: string, version: number, fileName: string, mimeType: string, sizeBytes: number, sha256: string, downloadPath: string, createdAt: string, sharedWithRoles: Array<Role>, uploadedBy: { email: string, firstName: string, lastName: string, role: Role } | null, sharedWithUsers: Array<{ id: string, email: string, firstName: string, lastName: string, role: Role }>, contact: { id: string } | null, action: { id: string, code: string } | null };

export type DocumentsQueryVariables = Exact<{
  filter?: DocumentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DocumentsQuery = { documents: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, fileName: string, mimeType: string, sizeBytes: number, sha256: string, downloadPath: string, createdAt: string, sharedWithRoles: Array<Role>, uploadedBy: { email: string, firstName: string, lastName: string, role: Role } | null, sharedWithUsers: Array<{ id: string, email: string, firstName: string, lastName: string, role: Role }>, contact: { id: string } | null, action: { id: string, code: string } | null } }> } };

export type ContactDocumentsQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactDocumentsQuery = { contact: { id: string, documents: { totalCount: number, edges: Array<{ node: { id: string, version: number, fileName: string, mimeType: string, sizeBytes: number, sha256: string, downloadPath: string, createdAt: string, sharedWithRoles: Array<Role>, uploadedBy: { email: string, firstName: string, lastName: string, role: Role } | null, sharedWithUsers: Array<{ id: string, email: string, firstName: string, lastName: string, role: Role }>, contact: { id: string } | null, action: { id: string, code: string } | null } }> } } | null };

export type GrantDocumentAccessMutationVariables = Exact<{
  id: string | number;
  users?: Array<string | number> | string | number | null | undefined;
  roles?: Array<Role> | Role | null | undefined;
}>;


export type GrantDocumentAccessMutation = { grantDocumentAccess: { id: string, version: number, fileName: string, mimeType: string, sizeBytes: number, sha256: string, downloadPath: string, createdAt: string, sharedWithRoles: Array<Role>, uploadedBy: { email: string, firstName: string, lastName: string, role: Role } | null, sharedWithUsers: Array<{ id: string, email: string, firstName: string, lastName: string, role: Role }>, contact: { id: string } | null, action: { id: string, code: string } | null } };

export type RevokeDocumentAccessMutationVariables = Exact<{
  id: string | number;
  users?: Array<string | number> | string | number | null | undefined;
  roles?: Array<Role> | Role | null | undefined;
}>;


export type RevokeDocumentAccessMutation = { revokeDocumentAccess: { id: string, version: number, fileName: string, mimeType: string, sizeBytes: number, sha256: string, downloadPath: string, createdAt: string, sharedWithRoles: Array<Role>, uploadedBy: { email: string, firstName: string, lastName: string, role: Role } | null, sharedWithUsers: Array<{ id: string, email: string, firstName: string, lastName: string, role: Role }>, contact: { id: string } | null, action: { id: string, code: string } | null } };

export type DeleteDocumentMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteDocumentMutation = { deleteDocument: string };

export type JobRunFieldsFragment = { id: string, name: string, kind: JobKind, key: string | null, state: JobRunState, attempt: number, resumed: boolean, progressDone: number | null, progressTotal: number | null, errorCode: string | null, errorMessage: string | null, instance: string, startedAt: string, finishedAt: string | null, durationMs: number | null };

export type JobRunsQueryVariables = Exact<{
  filter?: JobRunFilter | null | undefined;
  orderBy?: Array<JobRunOrder> | JobRunOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type JobRunsQuery = { jobRuns: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, kind: JobKind, key: string | null, state: JobRunState, attempt: number, resumed: boolean, progressDone: number | null, progressTotal: number | null, errorCode: string | null, errorMessage: string | null, instance: string, startedAt: string, finishedAt: string | null, durationMs: number | null } }> } };

export type JobQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type JobQueuesQuery = { jobQueues: Array<{ name: string, kind: JobKind, periodSeconds: number | null, waiting: number, running: number, lastRun: { id: string, state: JobRunState, startedAt: string, finishedAt: string | null } | null }> };

export type LifetimeValueValidationQueryVariables = Exact<{
  brand: string | number;
  calibrationEnd?: string | Date | null | undefined;
  holdoutWeeks?: number | null | undefined;
}>;


export type LifetimeValueValidationQuery = { lifetimeValueValidation: { firstSaleDay: string, lastSaleDay: string, calibrationEnd: string, holdoutEnd: string, holdoutWeeks: number, customers: number, cohortBuyers: number, sampleStep: number, insufficientData: boolean, recommended: PurchaseModel | null, computeMs: number, models: Array<{ model: PurchaseModel, logLikelihood: number, degenerate: boolean, warnings: Array<FitWarning>, rmse: number, totalActual: number, totalPredicted: number, totalError: number | null, parameters: Array<{ name: string, value: number, standardError: number | null }>, byFrequency: Array<{ frequency: number, customers: number, actual: number | null, predicted: number | null, suppressed: boolean }>, tracking: Array<{ week: number, actual: number, predicted: number }> }> } | null };

export type ActionMessageQueryVariables = Exact<{
  id: string | number;
}>;


export type ActionMessageQuery = { node:
    | { id: string, medium: ActionMedium, message: { id: string, sender: string | null, subject: string | null, bodyText: string, bodyHtml: string | null, ratePerMinute: number | null, version: number } | null }
    | Record<PropertyKey, never>
   | null };

export type MergeFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type MergeFieldsQuery = { mergeFields: Array<{ name: string, personal: boolean, description: string }> };

export type SetActionMessageMutationVariables = Exact<{
  input: ActionMessageInput;
}>;


export type SetActionMessageMutation = { setActionMessage: { id: string, sender: string | null, subject: string | null, bodyText: string, bodyHtml: string | null, ratePerMinute: number | null, version: number } };

export type ActionMessagePreviewQueryVariables = Exact<{
  action: string | number;
  contact: string | number;
}>;


export type ActionMessagePreviewQuery = { actionMessagePreview: { to: string | null, subject: string | null, text: string | null, html: string | null, sendable: boolean, reason: string | null, detail: string | null, detailCode: string | null, detailParams: Array<{ name: string, value: string }> } };

export type SendTestMessageMutationVariables = Exact<{
  action: string | number;
  contact: string | number;
  to: string;
}>;


export type SendTestMessageMutation = { sendTestMessage: { messageId: string, to: string } };

export type CaughtMailsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaughtMailsQuery = { caughtMails: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, recipient: string, subject: string, raw: string, createdAt: string } }> } };

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { health: { status: string, database: DatabaseProvider, version: string } };

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { overview: { contactCount: number, productCount: number, actionCount: number, saleCount: number, contactsByKind: Array<{ kind: ContactKind, count: number }>, salesByMonth: Array<{ month: string, saleCount: number, revenue: number }>, actionsByMedium: Array<{ medium: ActionMedium, count: number }> } };

export type PartnerContactFragment = { id: string, kind: ContactKind, civility: Civility | null, firstName: string | null, lastName: string | null, companyName: string | null, email: string | null, phone: string | null, mobile: string | null, addressLine1: string | null, addressLine2: string | null, addressLine3: string | null, postalCode: string | null, city: string | null, countryCode: string, language: Language };

export type PartnerContactsQueryVariables = Exact<{
  filter?: ContactFilter | null | undefined;
  orderBy?: Array<ContactOrder> | ContactOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnerContactsQuery = { contacts: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: ContactKind, civility: Civility | null, firstName: string | null, lastName: string | null, companyName: string | null, email: string | null, phone: string | null, mobile: string | null, addressLine1: string | null, addressLine2: string | null, addressLine3: string | null, postalCode: string | null, city: string | null, countryCode: string, language: Language } }> } };

export type PartnerContactQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerContactQuery = { contact: { id: string, kind: ContactKind, civility: Civility | null, firstName: string | null, lastName: string | null, companyName: string | null, email: string | null, phone: string | null, mobile: string | null, addressLine1: string | null, addressLine2: string | null, addressLine3: string | null, postalCode: string | null, city: string | null, countryCode: string, language: Language } | null };

export type RecordActionResponseMutationVariables = Exact<{
  actionCode: string;
  contactId: string | number;
  channel: ResponseChannel;
  respondedAt: string | Date;
}>;


export type RecordActionResponseMutation = { recordActionResponse: { actionCode: string, contactId: string, channel: ResponseChannel, respondedAt: string, alreadyRecorded: boolean } };

export type MyPermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPermissionsQuery = { myPermissions: { role: Role | null, purposes: Array<string>, purpose: string | null, queries: Array<string>, mutations: Array<string>, fields: Array<{ field: string, rule: FieldRule, read: boolean, write: boolean }> } | null };

export type PurposesQueryVariables = Exact<{ [key: string]: never; }>;


export type PurposesQuery = { purposes: Array<{ code: string, name: string, description: string | null, legalBasis: LegalBasis, parent: { code: string } | null }> };

export type ContactConsentsQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactConsentsQuery = { contact: { id: string, consents: Array<{ status: ConsentStatus, effectiveFrom: string, effectiveTo: string | null, purpose: { code: string, name: string } }> | null } | null };

export type ProductFieldsFragment = { id: string, version: number, code: string, name: string, active: boolean, listPrice: string, warrantyMonths: number | null, createdAt: string, updatedAt: string, category: { id: string, code: string, name: string } };

export type ProductsQueryVariables = Exact<{
  filter?: ProductFilter | null | undefined;
  orderBy?: Array<ProductOrder> | ProductOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ProductsQuery = { products: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, version: number, code: string, name: string, active: boolean, listPrice: string, warrantyMonths: number | null, createdAt: string, updatedAt: string, category: { id: string, code: string, name: string } } }> } };

export type ProductQueryVariables = Exact<{
  id?: string | number | null | undefined;
  code?: string | null | undefined;
}>;


export type ProductQuery = { product: { id: string, version: number, code: string, name: string, active: boolean, listPrice: string, warrantyMonths: number | null, createdAt: string, updatedAt: string, actions: Array<{ id: string, code: string, name: string, status: ActionStatus }>, category: { id: string, code: string, name: string } } | null };

export type ProductCostQueryVariables = Exact<{
  id?: string | number | null | undefined;
  code?: string | null | undefined;
}>;


export type ProductCostQuery = { product: { id: string, unitCost: string | null } | null };

export type ProductSaleLinesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProductSaleLinesQuery = { product: { id: string, saleLines: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { quantity: number, unitPrice: string, discountRate: string, amount: string, sale: { id: string, saleDate: string }, product: { id: string, code: string, name: string } } }> } } | null };

export type CreateProductMutationVariables = Exact<{
  input: ProductInput;
}>;


export type CreateProductMutation = { createProduct: { id: string, version: number, code: string, name: string, active: boolean, listPrice: string, warrantyMonths: number | null, createdAt: string, updatedAt: string, category: { id: string, code: string, name: string } } };

export type UpdateProductMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ProductPatch;
}>;


export type UpdateProductMutation = { updateProduct: { id: string, version: number, code: string, name: string, active: boolean, listPrice: string, warrantyMonths: number | null, createdAt: string, updatedAt: string, category: { id: string, code: string, name: string } } };

export type DeleteProductMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteProductMutation = { deleteProduct: string };

export type PurposeSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PurposeSettingsQuery = { purposes: Array<{ code: string, inPreferenceCentre: boolean, doubleOptIn: boolean }> };

export type UpdatePurposeMutationVariables = Exact<{
  code: string;
  input: PurposeSettingsInput;
}>;


export type UpdatePurposeMutation = { updatePurpose: { code: string, inPreferenceCentre: boolean, doubleOptIn: boolean } };

export type DuplicateCandidatesQueryVariables = Exact<{
  contact?: string | number | null | undefined;
  minScore?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  maxScan?: number | null | undefined;
}>;


export type DuplicateCandidatesQuery = { duplicateCandidates: { scannedContacts: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { score: number, contact: { id: string, version: number, kind: ContactKind, civility: Civility | null, firstName: string | null, lastName: string | null, companyName: string | null, email: string | null, phone: string | null, mobile: string | null, postalCode: string | null, city: string | null, countryCode: string, pipelineStage: PipelineStage | null, createdAt: string, updatedAt: string, deletedAt: string | null, brand: { id: string, code: string, name: string }, zone: { id: string, code: string, name: string } }, duplicate: { id: string, version: number, kind: ContactKind, civility: Civility | null, firstName: string | null, lastName: string | null, companyName: string | null, email: string | null, phone: string | null, mobile: string | null, postalCode: string | null, city: string | null, countryCode: string, pipelineStage: PipelineStage | null, createdAt: string, updatedAt: string, deletedAt: string | null, brand: { id: string, code: string, name: string }, zone: { id: string, code: string, name: string } }, matches: Array<{ field: string, method: string, similarity: number, weight: number }> } }> } };

export type MergeContactsMutationVariables = Exact<{
  survivorId: string | number;
  mergedId: string | number;
  fieldChoices?: Array<MergeFieldChoice> | MergeFieldChoice | null | undefined;
  dryRun?: boolean | null | undefined;
}>;


export type MergeContactsMutation = { mergeContacts: { dryRun: boolean, mergeRecordId: string | null, survivor: { id: string, version: number, kind: ContactKind, civility: Civility | null, firstName: string | null, lastName: string | null, companyName: string | null, email: string | null, phone: string | null, mobile: string | null, postalCode: string | null, city: string | null, countryCode: string, pipelineStage: PipelineStage | null, createdAt: string, updatedAt: string, deletedAt: string | null, brand: { id: string, code: string, name: string }, zone: { id: string, code: string, name: string } }, merged: { id: string, version: number, mergedInto: { id: string } | null }, changes: Array<{ field: string, before: string | null, after: string | null, from: MergeSide, withheld: boolean }>, moved: Array<{ kind: string, count: number }>, dropped: Array<{ kind: string, id: string, reason: string }> } };

export type ImportJobFieldsFragment = { id: string, entity: ImportEntity, format: ImportFormat, fileName: string, upsertKey: string | null, dryRun: boolean, status: ImportStatus, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, rejectedCount: number, startedAt: string | null, finishedAt: string | null };

export type ImportFileMutationVariables = Exact<{
  entity: ImportEntity;
  format: ImportFormat;
  fileName: string;
  content: string;
  encoding?: ImportContentEncoding | null | undefined;
  mapping?: Array<ImportColumnMapping> | ImportColumnMapping | null | undefined;
  key?: string | null | undefined;
  defaults?: Array<ImportDefault> | ImportDefault | null | undefined;
  dryRun?: boolean | null | undefined;
  duplicates?: DuplicateDecisionInput | null | undefined;
}>;


export type ImportFileMutation = { importFile: { id: string, entity: ImportEntity, format: ImportFormat, fileName: string, upsertKey: string | null, dryRun: boolean, status: ImportStatus, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, rejectedCount: number, startedAt: string | null, finishedAt: string | null, errors: Array<{ line: number, field: string | null, code: string, message: string }> } };

export type StartImportMutationVariables = Exact<{
  entity: ImportEntity;
  format: ImportFormat;
  fileName: string;
  content: string;
  encoding?: ImportContentEncoding | null | undefined;
  mapping?: Array<ImportColumnMapping> | ImportColumnMapping | null | undefined;
  key?: string | null | undefined;
  defaults?: Array<ImportDefault> | ImportDefault | null | undefined;
  dryRun?: boolean | null | undefined;
  duplicates?: DuplicateDecisionInput | null | undefined;
}>;


export type StartImportMutation = { startImport: { id: string, entity: ImportEntity, format: ImportFormat, fileName: string, upsertKey: string | null, dryRun: boolean, status: ImportStatus, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, rejectedCount: number, startedAt: string | null, finishedAt: string | null } };

export type ImportJobQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type ImportJobQuery = { importJob: { id: string, entity: ImportEntity, format: ImportFormat, fileName: string, upsertKey: string | null, dryRun: boolean, status: ImportStatus, totalRows: number, processedRows: number, createdCount: number, updatedCount: number, unchangedCount: number, rejectedCount: number, startedAt: string | null, finishedAt: string | null, errors: Array<{ line: number, field: string | null, code: string, message: string }> } | null };

export type ExportContactsQueryVariables = Exact<{
  format: ExportFormat;
  filter?: ContactFilter | null | undefined;
  segment?: string | number | null | undefined;
  columns?: Array<string> | string | null | undefined;
}>;


export type ExportContactsQuery = { exportContacts: { fileName: string, mimeType: string, contentBase64: string, rowCount: number, columns: Array<string>, withheldColumns: Array<string>, excludedWithoutConsent: number } };

export type RetentionRuleFieldsFragment = { id: string, kind: ContactKind | null, purpose: string | null, months: number, active: boolean, version: number, updatedAt: string };

export type RetentionPurgeFieldsFragment = { id: string, dryRun: boolean, asOf: string, state: string, contactsDue: number, contactsErased: number, consentsDue: number, consentsExpired: number, startedAt: string, finishedAt: string | null, rules: Array<{ rule: string, months: number, due: number }>, requestedBy: { id: string, firstName: string, lastName: string } | null };

export type RetentionRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionRulesQuery = { retentionRules: Array<{ id: string, kind: ContactKind | null, purpose: string | null, months: number, active: boolean, version: number, updatedAt: string }> };

export type RetentionPlanQueryVariables = Exact<{
  asOf?: string | Date | null | undefined;
  horizonDays?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type RetentionPlanQuery = { retentionPlan: { asOf: string, horizonEnd: string, rules: Array<{ dueNow: number, dueWithinHorizon: number, rule: { id: string, kind: ContactKind | null, purpose: string | null, months: number, active: boolean, version: number, updatedAt: string }, items: Array<{ contactId: string, kind: ContactKind, lastActivityAt: string, purgeAt: string }> }> } };

export type RetentionPurgesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type RetentionPurgesQuery = { retentionPurges: Array<{ id: string, dryRun: boolean, asOf: string, state: string, contactsDue: number, contactsErased: number, consentsDue: number, consentsExpired: number, startedAt: string, finishedAt: string | null, rules: Array<{ rule: string, months: number, due: number }>, requestedBy: { id: string, firstName: string, lastName: string } | null }> };

export type SetRetentionRuleMutationVariables = Exact<{
  kind?: ContactKind | null | undefined;
  purpose?: string | null | undefined;
  months: number;
  active: boolean;
}>;


export type SetRetentionRuleMutation = { setRetentionRule: { id: string, kind: ContactKind | null, purpose: string | null, months: number, active: boolean, version: number, updatedAt: string } };

export type StartRetentionPurgeMutationVariables = Exact<{
  dryRun: boolean;
}>;


export type StartRetentionPurgeMutation = { startRetentionPurge: { id: string, dryRun: boolean, asOf: string, state: string, contactsDue: number, contactsErased: number, consentsDue: number, consentsExpired: number, startedAt: string, finishedAt: string | null, rules: Array<{ rule: string, months: number, due: number }>, requestedBy: { id: string, firstName: string, lastName: string } | null } };

export type SaleLineFieldsFragment = { quantity: number, unitPrice: string, discountRate: string, amount: string, product: { id: string, code: string, name: string } };

export type SaleSummaryFragment = { id: string, version: number, saleDate: string, channel: SaleChannel, total: string, lineCount: number, externalRef: string | null, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string }, attributedAction: { id: string, code: string, name: string } | null };

export type SaleDetailFragment = { id: string, version: number, saleDate: string, channel: SaleChannel, total: string, lineCount: number, externalRef: string | null, createdAt: string, updatedAt: string, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null }, conversion: { id: string, version: number, action: { id: string, code: string } } | null, lines: Array<{ quantity: number, unitPrice: string, discountRate: string, amount: string, product: { id: string, code: string, name: string } }>, brand: { id: string, code: string, name: string }, attributedAction: { id: string, code: string, name: string } | null };

export type SalesQueryVariables = Exact<{
  filter?: SaleFilter | null | undefined;
  orderBy?: Array<SaleOrder> | SaleOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type SalesQuery = { sales: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, version: number, saleDate: string, channel: SaleChannel, total: string, lineCount: number, externalRef: string | null, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string }, attributedAction: { id: string, code: string, name: string } | null } }> } };

export type SaleQueryVariables = Exact<{
  id: string | number;
}>;


export type SaleQuery = { sale: { id: string, version: number, saleDate: string, channel: SaleChannel, total: string, lineCount: number, externalRef: string | null, createdAt: string, updatedAt: string, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null }, conversion: { id: string, version: number, action: { id: string, code: string } } | null, lines: Array<{ quantity: number, unitPrice: string, discountRate: string, amount: string, product: { id: string, code: string, name: string } }>, brand: { id: string, code: string, name: string }, attributedAction: { id: string, code: string, name: string } | null } | null };

export type SaleMarginQueryVariables = Exact<{
  id: string | number;
}>;


export type SaleMarginQuery = { sale: { id: string, grossMargin: string | null } | null };

export type RecordSaleMutationVariables = Exact<{
  input: SaleInput;
  conversionTargetId?: string | number | null | undefined;
}>;


export type RecordSaleMutation = { recordSale: { id: string, version: number, saleDate: string, channel: SaleChannel, total: string, lineCount: number, externalRef: string | null, createdAt: string, updatedAt: string, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null }, conversion: { id: string, version: number, action: { id: string, code: string } } | null, lines: Array<{ quantity: number, unitPrice: string, discountRate: string, amount: string, product: { id: string, code: string, name: string } }>, brand: { id: string, code: string, name: string }, attributedAction: { id: string, code: string, name: string } | null } };

export type UpdateSaleMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: SalePatch;
}>;


export type UpdateSaleMutation = { updateSale: { id: string, version: number, saleDate: string, channel: SaleChannel, total: string, lineCount: number, externalRef: string | null, createdAt: string, updatedAt: string, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null }, conversion: { id: string, version: number, action: { id: string, code: string } } | null, lines: Array<{ quantity: number, unitPrice: string, discountRate: string, amount: string, product: { id: string, code: string, name: string } }>, brand: { id: string, code: string, name: string }, attributedAction: { id: string, code: string, name: string } | null } };

export type DeleteSaleMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteSaleMutation = { deleteSale: string };

export type SegmentFieldsFragment = { id: string, version: number, name: string, description: string | null, kind: SegmentKind, criteria: string, frozenAt: string | null, memberCount: number | null, count: number, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null, owner: { id: string, firstName: string, lastName: string } | null };

export type SegmentsQueryVariables = Exact<{
  filter?: SegmentFilter | null | undefined;
  orderBy?: Array<SegmentOrder> | SegmentOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SegmentsQuery = { segments: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, version: number, name: string, description: string | null, kind: SegmentKind, criteria: string, frozenAt: string | null, memberCount: number | null, count: number, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null, owner: { id: string, firstName: string, lastName: string } | null } }> } };

export type SegmentQueryVariables = Exact<{
  id: string | number;
}>;


export type SegmentQuery = { node:
    | { id: string, version: number, name: string, description: string | null, kind: SegmentKind, criteria: string, frozenAt: string | null, memberCount: number | null, count: number, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null, owner: { id: string, firstName: string, lastName: string } | null }
    | Record<PropertyKey, never>
   | null };

export type SegmentMembersQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SegmentMembersQuery = { node:
    | { id: string, contacts: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, kind: ContactKind, lastName: string | null, firstName: string | null, companyName: string | null, city: string | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type PreviewSegmentQueryVariables = Exact<{
  criteria: SegmentCriteriaInput;
  first?: number | null | undefined;
}>;


export type PreviewSegmentQuery = { previewSegment: { count: number, contacts: Array<{ id: string, lastName: string | null, firstName: string | null, companyName: string | null }> } };

export type CreateSegmentMutationVariables = Exact<{
  input: SegmentInput;
}>;


export type CreateSegmentMutation = { createSegment: { id: string, version: number, name: string, description: string | null, kind: SegmentKind, criteria: string, frozenAt: string | null, memberCount: number | null, count: number, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null, owner: { id: string, firstName: string, lastName: string } | null } };

export type UpdateSegmentMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: SegmentPatch;
}>;


export type UpdateSegmentMutation = { updateSegment: { id: string, version: number, name: string, description: string | null, kind: SegmentKind, criteria: string, frozenAt: string | null, memberCount: number | null, count: number, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null, owner: { id: string, firstName: string, lastName: string } | null } };

export type FreezeSegmentMutationVariables = Exact<{
  id: string | number;
}>;


export type FreezeSegmentMutation = { freezeSegment: { id: string, version: number, name: string, description: string | null, kind: SegmentKind, criteria: string, frozenAt: string | null, memberCount: number | null, count: number, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null, owner: { id: string, firstName: string, lastName: string } | null } };

export type DeleteSegmentMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteSegmentMutation = { deleteSegment: string };

export type DeliverySummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type DeliverySummaryQuery = { node:
    | { id: string, deliverySummary: { total: number, queued: number, sent: number, delivered: number, bounced: number, complained: number, failed: number, skipped: number, opened: number, clicked: number, done: boolean } }
    | Record<PropertyKey, never>
   | null };

export type ActionDeliveriesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: Array<DeliveryStatus> | DeliveryStatus | null | undefined;
}>;


export type ActionDeliveriesQuery = { node:
    | { id: string, deliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: DeliveryStatus, reason: string | null, detail: string | null, attempts: number, nextAttemptAt: string | null, queuedAt: string, sentAt: string | null, openedAt: string | null, clickedAt: string | null, contact: { id: string, firstName: string | null, lastName: string | null, email: string | null } } }> } }
    | Record<PropertyKey, never>
   | null };

export type SendActionMutationVariables = Exact<{
  action: string | number;
}>;


export type SendActionMutation = { sendAction: { id: string } };

export type StaffAccountFieldsFragment = { id: string, email: string, firstName: string, lastName: string, role: Role, active: boolean, mustChangePassword: boolean, temporaryPasswordExpiresAt: string | null, brandIds: Array<string>, zoneIds: Array<string>, version: number };

export type StaffAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffAccountsQuery = { staffAccounts: Array<{ id: string, email: string, firstName: string, lastName: string, role: Role, active: boolean, mustChangePassword: boolean, temporaryPasswordExpiresAt: string | null, brandIds: Array<string>, zoneIds: Array<string>, version: number }> };

export type CreateStaffUserMutationVariables = Exact<{
  input: NewStaffUserInput;
}>;


export type CreateStaffUserMutation = { createStaffUser: { id: string, email: string, firstName: string, lastName: string, role: Role, active: boolean, mustChangePassword: boolean, temporaryPasswordExpiresAt: string | null, brandIds: Array<string>, zoneIds: Array<string>, version: number } };

export type UpdateStaffUserMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: StaffUserInput;
}>;


export type UpdateStaffUserMutation = { updateStaffUser: { id: string, email: string, firstName: string, lastName: string, role: Role, active: boolean, mustChangePassword: boolean, temporaryPasswordExpiresAt: string | null, brandIds: Array<string>, zoneIds: Array<string>, version: number } };

export type DeactivateStaffUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateStaffUserMutation = { deactivateStaffUser: { id: string, email: string, firstName: string, lastName: string, role: Role, active: boolean, mustChangePassword: boolean, temporaryPasswordExpiresAt: string | null, brandIds: Array<string>, zoneIds: Array<string>, version: number } };

export type ReactivateStaffUserMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateStaffUserMutation = { reactivateStaffUser: { id: string, email: string, firstName: string, lastName: string, role: Role, active: boolean, mustChangePassword: boolean, temporaryPasswordExpiresAt: string | null, brandIds: Array<string>, zoneIds: Array<string>, version: number } };

export type ResetStaffPasswordMutationVariables = Exact<{
  id: string | number;
  temporaryPassword: string;
}>;


export type ResetStaffPasswordMutation = { resetStaffPassword: { id: string, email: string, firstName: string, lastName: string, role: Role, active: boolean, mustChangePassword: boolean, temporaryPasswordExpiresAt: string | null, brandIds: Array<string>, zoneIds: Array<string>, version: number } };

export type ChangePasswordMutationVariables = Exact<{
  email: string;
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: { token: string, expiresAt: string, user: { email: string, firstName: string, lastName: string, role: Role } } };

export type RolePurposesQueryVariables = Exact<{ [key: string]: never; }>;


export type RolePurposesQuery = { rolePurposes: Array<{ id: string, role: Role, purposes: Array<string> }> };

export type SetRolePurposesMutationVariables = Exact<{
  role: Role;
  purposes: Array<string> | string;
}>;


export type SetRolePurposesMutation = { setRolePurposes: { id: string, role: Role, purposes: Array<string> } };

export type StaffUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffUsersQuery = { staffUsers: Array<{ id: string, email: string, firstName: string, lastName: string, role: Role }> };

export type ChangeProposalFieldsFragment = { id: string, version: number, field: string, oldValue: string | null, newValue: string | null, status: ProposalStatus, comment: string | null, createdAt: string, decidedAt: string | null, proposedBy: { email: string, firstName: string, lastName: string, role: Role } | null, decidedBy: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } };

export type StewardedFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type StewardedFieldsQuery = { stewardableFields: Array<string>, stewardedFields: Array<{ field: string, stewardRole: Role }> };

export type ChangeProposalsQueryVariables = Exact<{
  filter?: ChangeProposalFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChangeProposalsQuery = { changeProposals: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, field: string, oldValue: string | null, newValue: string | null, status: ProposalStatus, comment: string | null, createdAt: string, decidedAt: string | null, proposedBy: { email: string, firstName: string, lastName: string, role: Role } | null, decidedBy: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } } }> } };

export type ContactChangeProposalsQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactChangeProposalsQuery = { contact: { id: string, changeProposals: { totalCount: number, edges: Array<{ node: { id: string, version: number, field: string, oldValue: string | null, newValue: string | null, status: ProposalStatus, comment: string | null, createdAt: string, decidedAt: string | null, proposedBy: { email: string, firstName: string, lastName: string, role: Role } | null, decidedBy: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } } }> } } | null };

export type SetStewardedFieldMutationVariables = Exact<{
  field: string;
  stewardRole: Role;
}>;


export type SetStewardedFieldMutation = { setStewardedField: { field: string, stewardRole: Role } };

export type RemoveStewardedFieldMutationVariables = Exact<{
  field: string;
}>;


export type RemoveStewardedFieldMutation = { removeStewardedField: string };

export type AcceptProposalMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AcceptProposalMutation = { acceptProposal: { id: string, version: number, field: string, oldValue: string | null, newValue: string | null, status: ProposalStatus, comment: string | null, createdAt: string, decidedAt: string | null, proposedBy: { email: string, firstName: string, lastName: string, role: Role } | null, decidedBy: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } } };

export type RejectProposalMutationVariables = Exact<{
  id: string | number;
  version: number;
  comment: string;
}>;


export type RejectProposalMutation = { rejectProposal: { id: string, version: number, field: string, oldValue: string | null, newValue: string | null, status: ProposalStatus, comment: string | null, createdAt: string, decidedAt: string | null, proposedBy: { email: string, firstName: string, lastName: string, role: Role } | null, decidedBy: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } } };

export type SubjectRequestRowFragment = { id: string, type: SubjectRequestType, status: SubjectRequestStatus, receivedAt: string, dueAt: string, overdue: boolean, version: number, extensionReason: string | null, completedAt: string | null, contact: { id: string } | null, handler: { id: string, firstName: string, lastName: string } | null };

export type SubjectRequestDetailFragment = { notes: string | null, rejectionReason: string | null, artefact: string | null, createdAt: string, id: string, type: SubjectRequestType, status: SubjectRequestStatus, receivedAt: string, dueAt: string, overdue: boolean, version: number, extensionReason: string | null, completedAt: string | null, loggedBy: { id: string, firstName: string, lastName: string } | null, notices: Array<{ id: string, lastDisclosedAt: string, sentAt: string | null, toNotify: boolean, apiKey: { id: string, name: string, prefix: string } }>, contact: { id: string } | null, handler: { id: string, firstName: string, lastName: string } | null };

export type SubjectRequestsQueryVariables = Exact<{
  status?: Array<SubjectRequestStatus> | SubjectRequestStatus | null | undefined;
  overdue?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SubjectRequestsQuery = { subjectRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: SubjectRequestType, status: SubjectRequestStatus, receivedAt: string, dueAt: string, overdue: boolean, version: number, extensionReason: string | null, completedAt: string | null, contact: { id: string } | null, handler: { id: string, firstName: string, lastName: string } | null } }> } };

export type SubjectRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type SubjectRequestQuery = { subjectRequest: { notes: string | null, rejectionReason: string | null, artefact: string | null, createdAt: string, id: string, type: SubjectRequestType, status: SubjectRequestStatus, receivedAt: string, dueAt: string, overdue: boolean, version: number, extensionReason: string | null, completedAt: string | null, loggedBy: { id: string, firstName: string, lastName: string } | null, notices: Array<{ id: string, lastDisclosedAt: string, sentAt: string | null, toNotify: boolean, apiKey: { id: string, name: string, prefix: string } }>, contact: { id: string } | null, handler: { id: string, firstName: string, lastName: string } | null } | null };

export type SubjectRequestsOverdueQueryVariables = Exact<{ [key: string]: never; }>;


export type SubjectRequestsOverdueQuery = { subjectRequestsOverdue: number };

export type LogSubjectRequestMutationVariables = Exact<{
  input: LogSubjectRequestInput;
}>;


export type LogSubjectRequestMutation = { logSubjectRequest: { notes: string | null, rejectionReason: string | null, artefact: string | null, createdAt: string, id: string, type: SubjectRequestType, status: SubjectRequestStatus, receivedAt: string, dueAt: string, overdue: boolean, version: number, extensionReason: string | null, completedAt: string | null, loggedBy: { id: string, firstName: string, lastName: string } | null, notices: Array<{ id: string, lastDisclosedAt: string, sentAt: string | null, toNotify: boolean, apiKey: { id: string, name: string, prefix: string } }>, contact: { id: string } | null, handler: { id: string, firstName: string, lastName: string } | null } };

export type AssignSubjectRequestMutationVariables = Exact<{
  id: string | number;
  version: number;
  handler: string | number;
}>;


export type AssignSubjectRequestMutation = { assignSubjectRequest: { notes: string | null, rejectionReason: string | null, artefact: string | null, createdAt: string, id: string, type: SubjectRequestType, status: SubjectRequestStatus, receivedAt: string, dueAt: string, overdue: boolean, version: number, extensionReason: string | null, completedAt: string | null, loggedBy: { id: string, firstName: string, lastName: string } | null, notices: Array<{ id: string, lastDisclosedAt: string, sentAt: string | null, toNotify: boolean, apiKey: { id: string, name: string, prefix: string } }>, contact: { id: string } | null, handler: { id: string, firstName: string, lastName: string } | null } };

export type ExtendSubjectRequestMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type ExtendSubjectRequestMutation = { extendSubjectRequest: { notes: string | null, rejectionReason: string | null, artefact: string | null, createdAt: string, id: string, type: SubjectRequestType, status: SubjectRequestStatus, receivedAt: string, dueAt: string, overdue: boolean, version: number, extensionReason: string | null, completedAt: string | null, loggedBy: { id: string, firstName: string, lastName: string } | null, notices: Array<{ id: string, lastDisclosedAt: string, sentAt: string | null, toNotify: boolean, apiKey: { id: string, name: string, prefix: string } }>, contact: { id: string } | null, handler: { id: string, firstName: string, lastName: string } | null } };

export type CompleteSubjectRequestMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type CompleteSubjectRequestMutation = { completeSubjectRequest: { notes: string | null, rejectionReason: string | null, artefact: string | null, createdAt: string, id: string, type: SubjectRequestType, status: SubjectRequestStatus, receivedAt: string, dueAt: string, overdue: boolean, version: number, extensionReason: string | null, completedAt: string | null, loggedBy: { id: string, firstName: string, lastName: string } | null, notices: Array<{ id: string, lastDisclosedAt: string, sentAt: string | null, toNotify: boolean, apiKey: { id: string, name: string, prefix: string } }>, contact: { id: string } | null, handler: { id: string, firstName: string, lastName: string } | null } };

export type RejectSubjectRequestMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type RejectSubjectRequestMutation = { rejectSubjectRequest: { notes: string | null, rejectionReason: string | null, artefact: string | null, createdAt: string, id: string, type: SubjectRequestType, status: SubjectRequestStatus, receivedAt: string, dueAt: string, overdue: boolean, version: number, extensionReason: string | null, completedAt: string | null, loggedBy: { id: string, firstName: string, lastName: string } | null, notices: Array<{ id: string, lastDisclosedAt: string, sentAt: string | null, toNotify: boolean, apiKey: { id: string, name: string, prefix: string } }>, contact: { id: string } | null, handler: { id: string, firstName: string, lastName: string } | null } };

export type MarkPartnerNoticeSentMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkPartnerNoticeSentMutation = { markPartnerNoticeSent: { id: string, sentAt: string | null, toNotify: boolean } };

export type SurveyQuestionFieldsFragment = { id: string, position: number, type: SurveyQuestionType, label: string, options: Array<string>, scaleMax: number | null, required: boolean };

export type SurveyFieldsFragment = { id: string, version: number, name: string, description: string | null, status: SurveyStatus, sentAt: string | null, closedAt: string | null, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null, questions: Array<{ id: string, position: number, type: SurveyQuestionType, label: string, options: Array<string>, scaleMax: number | null, required: boolean }> };

export type NpsFigureFieldsFragment = { score: number | null, promoters: number, passives: number, detractors: number, total: number };

export type SurveysQueryVariables = Exact<{
  filter?: SurveyFilter | null | undefined;
  orderBy?: Array<SurveyOrder> | SurveyOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SurveysQuery = { surveys: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, version: number, name: string, description: string | null, status: SurveyStatus, sentAt: string | null, closedAt: string | null, createdAt: string, updatedAt: string, invitations: { totalCount: number }, brand: { id: string, code: string, name: string } | null, questions: Array<{ id: string, position: number, type: SurveyQuestionType, label: string, options: Array<string>, scaleMax: number | null, required: boolean }> } }> } };

export type SurveyQueryVariables = Exact<{
  id: string | number;
}>;


export type SurveyQuery = { node:
    | { id: string, version: number, name: string, description: string | null, status: SurveyStatus, sentAt: string | null, closedAt: string | null, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null, questions: Array<{ id: string, position: number, type: SurveyQuestionType, label: string, options: Array<string>, scaleMax: number | null, required: boolean }> }
    | Record<PropertyKey, never>
   | null };

export type SurveyInvitationsQueryVariables = Exact<{
  id: string | number;
  responded?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SurveyInvitationsQuery = { node:
    | { id: string, invitations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, sentAt: string, respondedAt: string | null, token: string | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null }, answers: Array<{ rating: number | null, choice: string | null, text: string | null, question: { id: string, position: number } }> } }> } }
    | Record<PropertyKey, never>
   | null };

export type SurveyResultsQueryVariables = Exact<{
  survey: string | number;
  segment?: string | number | null | undefined;
}>;


export type SurveyResultsQuery = { surveyResults: { survey: string, segment: string | null, minGroupSize: number, suppressed: boolean, invitationCount: number | null, responseCount: number | null, responseRate: number | null, satisfaction: number | null, nps: { score: number | null, promoters: number, passives: number, detractors: number, total: number } | null, questions: Array<{ question: string, position: number, type: SurveyQuestionType, label: string, suppressed: boolean, answerCount: number | null, meanRating: number | null, satisfaction: number | null, nps: { score: number | null, promoters: number, passives: number, detractors: number, total: number } | null, distribution: Array<{ value: string, count: number }> }> } };

export type CreateSurveyMutationVariables = Exact<{
  input: SurveyInput;
}>;


export type CreateSurveyMutation = { createSurvey: { id: string, version: number, name: string, description: string | null, status: SurveyStatus, sentAt: string | null, closedAt: string | null, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null, questions: Array<{ id: string, position: number, type: SurveyQuestionType, label: string, options: Array<string>, scaleMax: number | null, required: boolean }> } };

export type UpdateSurveyMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: SurveyPatch;
}>;


export type UpdateSurveyMutation = { updateSurvey: { id: string, version: number, name: string, description: string | null, status: SurveyStatus, sentAt: string | null, closedAt: string | null, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null, questions: Array<{ id: string, position: number, type: SurveyQuestionType, label: string, options: Array<string>, scaleMax: number | null, required: boolean }> } };

export type DeleteSurveyMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteSurveyMutation = { deleteSurvey: string };

export type SendSurveyMutationVariables = Exact<{
  id: string | number;
  version: number;
  to: SurveyRecipients;
}>;


export type SendSurveyMutation = { sendSurvey: { invited: number, alreadyInvited: number, excludedWithoutConsent: number, notFound: number, survey: { id: string, version: number, name: string, description: string | null, status: SurveyStatus, sentAt: string | null, closedAt: string | null, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null, questions: Array<{ id: string, position: number, type: SurveyQuestionType, label: string, options: Array<string>, scaleMax: number | null, required: boolean }> } | null } };

export type CloseSurveyMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type CloseSurveyMutation = { closeSurvey: { id: string, version: number, name: string, description: string | null, status: SurveyStatus, sentAt: string | null, closedAt: string | null, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null, questions: Array<{ id: string, position: number, type: SurveyQuestionType, label: string, options: Array<string>, scaleMax: number | null, required: boolean }> } };

export type RecordSurveyAnswersMutationVariables = Exact<{
  invitation: string | number;
  answers: Array<SurveyAnswerInput> | SurveyAnswerInput;
}>;


export type RecordSurveyAnswersMutation = { recordSurveyAnswers: { id: string, respondedAt: string | null } };

export type ActionTargetFieldsFragment = { id: string, version: number, targetedAt: string, inControlGroup: boolean, responded: boolean, respondedAt: string | null, responseChannel: ResponseChannel | null, responseDelayDays: number | null, converted: boolean, createdAt: string, conversionSale: { id: string, saleDate: string, total: string } | null, action: { id: string, code: string, name: string, responseChannels: Array<ResponseChannel> }, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } };

export type ActionTargetsQueryVariables = Exact<{
  filter?: ActionTargetFilter | null | undefined;
  orderBy?: Array<ActionTargetOrder> | ActionTargetOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ActionTargetsQuery = { actionTargets: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, version: number, targetedAt: string, inControlGroup: boolean, responded: boolean, respondedAt: string | null, responseChannel: ResponseChannel | null, responseDelayDays: number | null, converted: boolean, createdAt: string, conversionSale: { id: string, saleDate: string, total: string } | null, action: { id: string, code: string, name: string, responseChannels: Array<ResponseChannel> }, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } } }> } };

export type TargetContactsMutationVariables = Exact<{
  actionId: string | number;
  contactIds: Array<string | number> | string | number;
  targetedAt?: string | Date | null | undefined;
}>;


export type TargetContactsMutation = { targetContacts: { created: Array<{ id: string, version: number, targetedAt: string, inControlGroup: boolean, responded: boolean, respondedAt: string | null, responseChannel: ResponseChannel | null, responseDelayDays: number | null, converted: boolean, createdAt: string, conversionSale: { id: string, saleDate: string, total: string } | null, action: { id: string, code: string, name: string, responseChannels: Array<ResponseChannel> }, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } }>, alreadyTargeted: Array<{ id: string, version: number, targetedAt: string, inControlGroup: boolean, responded: boolean, respondedAt: string | null, responseChannel: ResponseChannel | null, responseDelayDays: number | null, converted: boolean, createdAt: string, conversionSale: { id: string, saleDate: string, total: string } | null, action: { id: string, code: string, name: string, responseChannels: Array<ResponseChannel> }, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } }>, excluded: Array<{ reason: ExclusionReason, detail: string | null, contact: { id: string } }> } };

export type RecordResponseMutationVariables = Exact<{
  targetId: string | number;
  version: number;
  channel: ResponseChannel;
  respondedAt: string | Date;
}>;


export type RecordResponseMutation = { recordResponse: { id: string, version: number, targetedAt: string, inControlGroup: boolean, responded: boolean, respondedAt: string | null, responseChannel: ResponseChannel | null, responseDelayDays: number | null, converted: boolean, createdAt: string, conversionSale: { id: string, saleDate: string, total: string } | null, action: { id: string, code: string, name: string, responseChannels: Array<ResponseChannel> }, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } } };

export type ClearResponseMutationVariables = Exact<{
  targetId: string | number;
  version: number;
}>;


export type ClearResponseMutation = { clearResponse: { id: string, version: number, targetedAt: string, inControlGroup: boolean, responded: boolean, respondedAt: string | null, responseChannel: ResponseChannel | null, responseDelayDays: number | null, converted: boolean, createdAt: string, conversionSale: { id: string, saleDate: string, total: string } | null, action: { id: string, code: string, name: string, responseChannels: Array<ResponseChannel> }, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } } };

export type DeleteActionTargetMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteActionTargetMutation = { deleteActionTarget: string };

export type TaskFieldsFragment = { id: string, version: number, title: string, description: string | null, status: TaskStatus, remindAt: string | null, dueDate: string, completedAt: string | null, overdue: boolean, createdAt: string, updatedAt: string, assignee: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } | null, action: { id: string, code: string, name: string } | null, createdBy: { email: string, firstName: string, lastName: string, role: Role } | null };

export type TasksQueryVariables = Exact<{
  filter?: TaskFilter | null | undefined;
  orderBy?: Array<TaskOrder> | TaskOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type TasksQuery = { tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, version: number, title: string, description: string | null, status: TaskStatus, remindAt: string | null, dueDate: string, completedAt: string | null, overdue: boolean, createdAt: string, updatedAt: string, assignee: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } | null, action: { id: string, code: string, name: string } | null, createdBy: { email: string, firstName: string, lastName: string, role: Role } | null } }> } };

export type CreateTaskMutationVariables = Exact<{
  input: TaskInput;
}>;


export type CreateTaskMutation = { createTask: { id: string, version: number, title: string, description: string | null, status: TaskStatus, remindAt: string | null, dueDate: string, completedAt: string | null, overdue: boolean, createdAt: string, updatedAt: string, assignee: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } | null, action: { id: string, code: string, name: string } | null, createdBy: { email: string, firstName: string, lastName: string, role: Role } | null } };

export type UpdateTaskMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: TaskPatch;
}>;


export type UpdateTaskMutation = { updateTask: { id: string, version: number, title: string, description: string | null, status: TaskStatus, remindAt: string | null, dueDate: string, completedAt: string | null, overdue: boolean, createdAt: string, updatedAt: string, assignee: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } | null, action: { id: string, code: string, name: string } | null, createdBy: { email: string, firstName: string, lastName: string, role: Role } | null } };

export type DeleteTaskMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteTaskMutation = { deleteTask: string };

export type TaskQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskQuery = { node:
    | { id: string, version: number, title: string, description: string | null, status: TaskStatus, remindAt: string | null, dueDate: string, completedAt: string | null, overdue: boolean, createdAt: string, updatedAt: string, assignee: { email: string, firstName: string, lastName: string, role: Role } | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null } | null, action: { id: string, code: string, name: string } | null, createdBy: { email: string, firstName: string, lastName: string, role: Role } | null }
    | Record<PropertyKey, never>
   | null };

export type ContactHistoryQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  kinds?: Array<TimelineKind> | TimelineKind | null | undefined;
}>;


export type ContactHistoryQuery = { contact: { id: string, nextPlannedContact: { kind: PlannedItemKind, at: string, activity: { id: string, type: ActivityType, subject: string } | null, task: { id: string, title: string } | null } | null, timeline: { pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { at: string, kind: TimelineKind, summary: string, node:
            | { __typename: 'ActionTarget', id: string, responseChannel: ResponseChannel | null, action: { id: string, code: string, name: string }, conversionSale: { id: string, total: string } | null }
            | { __typename: 'Activity', id: string, type: ActivityType, subject: string, outcome: ActivityOutcome | null, nextStep: string | null, promised: string | null, activityStatus: ActivityStatus, author: { email: string, firstName: string, lastName: string, role: Role } | null }
            | { __typename: 'ContactKindChange' }
            | { __typename: 'Sale', id: string, total: string, channel: SaleChannel }
            | { __typename: 'ServiceCase', id: string, reference: string, subject: string, caseStatus: CaseStatus }
            | { __typename: 'SurveyInvitation', id: string, survey: { id: string, name: string } }
           } }> } } | null };

export type TriggerFieldsFragment = { id: string, version: number, name: string, kind: TriggerKind, active: boolean, lastRunAt: string | null, createdAt: string, updatedAt: string, params: { days: number | null, sinceDays: number | null, categoryCode: string | null, from: RfmSegment | null, to: RfmSegment | null }, action: { id: string, code: string, name: string } | null, brand: { id: string, code: string, name: string } | null, firings: { totalCount: number } };

export type TriggersQueryVariables = Exact<{
  filter?: TriggerFilter | null | undefined;
  orderBy?: Array<TriggerOrder> | TriggerOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type TriggersQuery = { triggers: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, version: number, name: string, kind: TriggerKind, active: boolean, lastRunAt: string | null, createdAt: string, updatedAt: string, params: { days: number | null, sinceDays: number | null, categoryCode: string | null, from: RfmSegment | null, to: RfmSegment | null }, action: { id: string, code: string, name: string } | null, brand: { id: string, code: string, name: string } | null, firings: { totalCount: number } } }> } };

export type TriggerQueryVariables = Exact<{
  id: string | number;
}>;


export type TriggerQuery = { node:
    | { id: string, version: number, name: string, kind: TriggerKind, active: boolean, lastRunAt: string | null, createdAt: string, updatedAt: string, params: { days: number | null, sinceDays: number | null, categoryCode: string | null, from: RfmSegment | null, to: RfmSegment | null }, action: { id: string, code: string, name: string } | null, brand: { id: string, code: string, name: string } | null, firings: { totalCount: number } }
    | Record<PropertyKey, never>
   | null };

export type TriggerFiringsQueryVariables = Exact<{
  id: string | number;
  targeted?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TriggerFiringsQuery = { node:
    | { id: string, firings: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, occurrenceKey: string, firedAt: string, exclusionReason: ExclusionReason | null, contact: { id: string, firstName: string | null, lastName: string | null, companyName: string | null }, target: { id: string, targetedAt: string, inControlGroup: boolean, responded: boolean } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type CreateTriggerMutationVariables = Exact<{
  input: TriggerInput;
}>;


export type CreateTriggerMutation = { createTrigger: { id: string, version: number, name: string, kind: TriggerKind, active: boolean, lastRunAt: string | null, createdAt: string, updatedAt: string, params: { days: number | null, sinceDays: number | null, categoryCode: string | null, from: RfmSegment | null, to: RfmSegment | null }, action: { id: string, code: string, name: string } | null, brand: { id: string, code: string, name: string } | null, firings: { totalCount: number } } };

export type UpdateTriggerMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: TriggerPatch;
}>;


export type UpdateTriggerMutation = { updateTrigger: { id: string, version: number, name: string, kind: TriggerKind, active: boolean, lastRunAt: string | null, createdAt: string, updatedAt: string, params: { days: number | null, sinceDays: number | null, categoryCode: string | null, from: RfmSegment | null, to: RfmSegment | null }, action: { id: string, code: string, name: string } | null, brand: { id: string, code: string, name: string } | null, firings: { totalCount: number } } };

export type DeleteTriggerMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteTriggerMutation = { deleteTrigger: string };

export type RunTriggersMutationVariables = Exact<{
  dryRun?: boolean | null | undefined;
  triggers?: Array<string | number> | string | number | null | undefined;
}>;


export type RunTriggersMutation = { runTriggers: Array<{ trigger: string, matched: number, fired: number, targeted: number, control: number, error: string | null, excluded: Array<{ reason: ExclusionReason, count: number }> }> };

export type ActionSequenceQueryVariables = Exact<{
  id: string | number;
}>;


export type ActionSequenceQuery = { node:
    | { id: string, version: number, code: string, attributionWindowDays: number, followUpCondition: FollowUpCondition | null, followUpDelayDays: number | null, previousAction: { id: string, code: string, name: string } | null, followUps: Array<{ id: string, code: string, name: string, medium: ActionMedium, followUpCondition: FollowUpCondition | null, followUpDelayDays: number | null }> }
    | Record<PropertyKey, never>
   | null };

export type ReattributeSalesMutationVariables = Exact<{
  from: string | Date;
  to: string | Date;
}>;


export type ReattributeSalesMutation = { reattributeSales: { sales: number, attributed: number, changed: number } };

export type RunFollowUpsMutationVariables = Exact<{
  dryRun?: boolean | null | undefined;
  actions?: Array<string | number> | string | number | null | undefined;
}>;


export type RunFollowUpsMutation = { runFollowUps: Array<{ action: string, previousAction: string, due: number, targeted: number, control: number, error: string | null, excluded: Array<{ reason: ExclusionReason, count: number }> }> };

export type WebhookSubscriptionFieldsFragment = { id: string, version: number, name: string, url: string, active: boolean, events: Array<WebhookEventType>, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null };

export type WebhookDeliveryFieldsFragment = { id: string, event: WebhookEventType, eventId: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string, lastStatusCode: number | null, lastError: string | null, deliveredAt: string | null, createdAt: string, payload: string, subscription: { id: string, name: string }, log: Array<{ attempt: number, attemptedAt: string, statusCode: number | null, error: string | null, durationMs: number }> };

export type WebhookSubscriptionsQueryVariables = Exact<{
  filter?: WebhookSubscriptionFilter | null | undefined;
  orderBy?: Array<WebhookSubscriptionOrder> | WebhookSubscriptionOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type WebhookSubscriptionsQuery = { webhookSubscriptions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, version: number, name: string, url: string, active: boolean, events: Array<WebhookEventType>, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null } }> } };

export type WebhookDeliveriesQueryVariables = Exact<{
  subscription?: Array<string | number> | string | number | null | undefined;
  status?: Array<WebhookDeliveryStatus> | WebhookDeliveryStatus | null | undefined;
  filter?: WebhookDeliveryFilter | null | undefined;
  orderBy?: Array<WebhookDeliveryOrder> | WebhookDeliveryOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, event: WebhookEventType, eventId: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string, lastStatusCode: number | null, lastError: string | null, deliveredAt: string | null, createdAt: string, payload: string, subscription: { id: string, name: string }, log: Array<{ attempt: number, attemptedAt: string, statusCode: number | null, error: string | null, durationMs: number }> } }> } };

export type CreateWebhookSubscriptionMutationVariables = Exact<{
  input: WebhookSubscriptionInput;
}>;


export type CreateWebhookSubscriptionMutation = { createWebhookSubscription: { secret: string, subscription: { id: string, version: number, name: string, url: string, active: boolean, events: Array<WebhookEventType>, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null } } };

export type UpdateWebhookSubscriptionMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: WebhookSubscriptionPatch;
}>;


export type UpdateWebhookSubscriptionMutation = { updateWebhookSubscription: { id: string, version: number, name: string, url: string, active: boolean, events: Array<WebhookEventType>, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null } };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string, subscription: { id: string, version: number, name: string, url: string, active: boolean, events: Array<WebhookEventType>, createdAt: string, updatedAt: string, brand: { id: string, code: string, name: string } | null } } };

export type DeleteWebhookSubscriptionMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteWebhookSubscriptionMutation = { deleteWebhookSubscription: string };

export type PingWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type PingWebhookMutation = { pingWebhook: { ok: boolean, statusCode: number | null, error: string | null, durationMs: number } };

export type RedeliverWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type RedeliverWebhookMutation = { redeliverWebhook: { id: string, event: WebhookEventType, eventId: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string, lastStatusCode: number | null, lastError: string | null, deliveredAt: string | null, createdAt: string, payload: string, subscription: { id: string, name: string }, log: Array<{ attempt: number, attemptedAt: string, statusCode: number | null, error: string | null, durationMs: number }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const BrandFieldsFragmentDoc = new TypedDocumentString(`
    fragment BrandFields on Brand {
  id
  code
  name
}
    `, {"fragmentName":"BrandFields"}) as unknown as TypedDocumentString<BrandFieldsFragment, unknown>;
export const MarketingActionFieldsFragmentDoc = new TypedDocumentString(`
    fragment MarketingActionFields on MarketingAction {
  id
  version
  code
  name
  medium
  objective
  status
  startDate
  endDate
  cost
  plannedQuantity
  controlGroupPercent
  promiseType
  promiseSummary
  targetDescription
  requiredPurpose
  responseChannels
  priority
  attributionWindowDays
  followUpCondition
  followUpDelayDays
  previousAction {
    id
    code
    name
  }
  brand {
    ...BrandFields
  }
  targetCount
  responseCount
  conversionCount
  createdAt
  updatedAt
}
    fragment BrandFields on Brand {
  id
  code
  name
}`, {"fragmentName":"MarketingActionFields"}) as unknown as TypedDocumentString<MarketingActionFieldsFragment, unknown>;
export const StaffUserFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
    `, {"fragmentName":"StaffUserFields"}) as unknown as TypedDocumentString<StaffUserFieldsFragment, unknown>;
export const ActivityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActivityFields on Activity {
  id
  version
  type
  subject
  body
  occurredAt
  status
  endsAt
  remindAt
  outcome
  nextStep
  promised
  author {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  action {
    id
    code
    name
  }
  createdAt
  updatedAt
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}`, {"fragmentName":"ActivityFields"}) as unknown as TypedDocumentString<ActivityFieldsFragment, unknown>;
export const ActionPerformanceFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActionPerformanceFields on ActionPerformance {
  action {
    id
    code
    name
    medium
    startDate
  }
  targeted
  responses
  conversions
  buyers
  cost
  attributedRevenue
  responseRate
  conversionRate
  purchaseRate
  costPerResponse
  costPerConversion
  meanResponseDelayDays
  medianResponseDelayDays
  untargetedResponses
  untargetedConversions
  untargetedConversionRate
  untargetedRevenue
  controlTargeted
  controlResponseRate
  controlPurchaseRate
  responseUplift
  purchaseUplift
  controlResponses
  controlBuyers
  responseRateInterval {
    low
    high
  }
  conversionRateInterval {
    low
    high
  }
  purchaseRateInterval {
    low
    high
  }
  controlResponseRateInterval {
    low
    high
  }
  controlPurchaseRateInterval {
    low
    high
  }
  responseUpliftInterval {
    low
    high
  }
  purchaseUpliftInterval {
    low
    high
  }
  responseUpliftTest {
    method
    pValue
    significant
  }
  purchaseUpliftTest {
    method
    pValue
    significant
  }
  smallSample
  targetShare
  costShare
  responseShare
  conversionShare
  revenueShare
  channels {
    channel
    responses
    share
  }
}
    `, {"fragmentName":"ActionPerformanceFields"}) as unknown as TypedDocumentString<ActionPerformanceFieldsFragment, unknown>;
export const ActionAveragesFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActionAveragesFields on ActionAverages {
  actions
  responseRate
  conversionRate
  purchaseRate
  costPerResponse
  costPerConversion
  revenuePerTarget
  attributedRevenue
  meanResponseDelayDays
  responseRateInterval {
    low
    high
  }
  conversionRateInterval {
    low
    high
  }
  purchaseRateInterval {
    low
    high
  }
}
    `, {"fragmentName":"ActionAveragesFields"}) as unknown as TypedDocumentString<ActionAveragesFieldsFragment, unknown>;
export const ProductCategoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductCategoryFields on ProductCategory {
  id
  code
  name
}
    `, {"fragmentName":"ProductCategoryFields"}) as unknown as TypedDocumentString<ProductCategoryFieldsFragment, unknown>;
export const ScoreSnapshotFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScoreSnapshotFields on ScoreSnapshot {
  id
  asOf
  status
  computedAt
  durationMs
  buyerCount
  saleCount
  brand {
    ...BrandFields
  }
  segments {
    segment
    count
    share
    revenue
    meanRecencyDays
    meanFrequency
    meanMonetary
  }
  grid {
    recencyScore
    frequencyScore
    count
  }
  fratTypes {
    category {
      ...ProductCategoryFields
    }
    count
    revenue
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment ProductCategoryFields on ProductCategory {
  id
  code
  name
}`, {"fragmentName":"ScoreSnapshotFields"}) as unknown as TypedDocumentString<ScoreSnapshotFieldsFragment, unknown>;
export const ContactScoreFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContactScoreFields on ContactScore {
  rfm
  segment
  recencyDays
  recencyScore
  frequency
  frequencyScore
  monetary
  monetaryScore
  firstPurchaseAt
  lastPurchaseAt
  fratCategory {
    ...ProductCategoryFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  snapshot {
    id
    asOf
  }
}
    fragment ProductCategoryFields on ProductCategory {
  id
  code
  name
}`, {"fragmentName":"ContactScoreFields"}) as unknown as TypedDocumentString<ContactScoreFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiKeyFields on ApiKey {
  id
  version
  name
  prefix
  brandCodes
  purposeCodes
  rateLimitPerMinute
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
}
    `, {"fragmentName":"ApiKeyFields"}) as unknown as TypedDocumentString<ApiKeyFieldsFragment, unknown>;
export const TargetingRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment TargetingRunFields on TargetingRun {
  id
  dryRun
  candidateCount
  targetedCount
  controlCount
  excludedCount
  controlGroupPercent
  randomSeed
  runAt
  action {
    id
    code
    name
  }
  segment {
    id
    name
  }
  createdBy {
    id
    firstName
    lastName
  }
  exclusionCounts {
    reason
    count
  }
}
    `, {"fragmentName":"TargetingRunFields"}) as unknown as TypedDocumentString<TargetingRunFieldsFragment, unknown>;
export const PressureRuleFieldsFragmentDoc = new TypedDocumentString(`
    fragment PressureRuleFields on PressureRule {
  id
  version
  brand {
    id
    code
    name
  }
  medium
  maxSolicitations
  periodDays
  active
  updatedAt
}
    `, {"fragmentName":"PressureRuleFields"}) as unknown as TypedDocumentString<PressureRuleFieldsFragment, unknown>;
export const ServiceCaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment ServiceCaseFields on ServiceCase {
  id
  version
  reference
  subject
  description
  category
  priority
  status
  nextStatuses
  openedAt
  resolvedAt
  closedAt
  resolutionHours
  brand {
    ...BrandFields
  }
  assignee {
    ...StaffUserFields
  }
  openedBy {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  createdAt
  updatedAt
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment BrandFields on Brand {
  id
  code
  name
}`, {"fragmentName":"ServiceCaseFields"}) as unknown as TypedDocumentString<ServiceCaseFieldsFragment, unknown>;
export const ServiceCaseEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment ServiceCaseEventFields on ServiceCaseEvent {
  id
  at
  fromStatus
  toStatus
  comment
  author {
    ...StaffUserFields
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}`, {"fragmentName":"ServiceCaseEventFields"}) as unknown as TypedDocumentString<ServiceCaseEventFieldsFragment, unknown>;
export const ContactPromiseFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContactPromiseFields on ContactPromise {
  at
  source
  text
  activity {
    id
    type
    subject
    author {
      ...StaffUserFields
    }
  }
  action {
    id
    code
    name
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}`, {"fragmentName":"ContactPromiseFields"}) as unknown as TypedDocumentString<ContactPromiseFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const ConsentEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsentEventFields on ConsentEvent {
  purpose {
    code
    name
  }
  status
  source
  proof
  capturedAt
  capturedBy {
    id
    firstName
    lastName
  }
  effectiveFrom
  effectiveTo
}
    `, {"fragmentName":"ConsentEventFields"}) as unknown as TypedDocumentString<ConsentEventFieldsFragment, unknown>;
export const ContactStoredValueFragmentDoc = new TypedDocumentString(`
    fragment ContactStoredValue on ContactScore {
  probabilityAlive
  scoredValue
}
    `, {"fragmentName":"ContactStoredValue"}) as unknown as TypedDocumentString<ContactStoredValueFragment, unknown>;
export const ZoneFieldsFragmentDoc = new TypedDocumentString(`
    fragment ZoneFields on Zone {
  id
  code
  name
}
    `, {"fragmentName":"ZoneFields"}) as unknown as TypedDocumentString<ZoneFieldsFragment, unknown>;
export const ContactSummaryFragmentDoc = new TypedDocumentString(`
    fragment ContactSummary on Contact {
  id
  version
  kind
  civility
  firstName
  lastName
  companyName
  email
  phone
  mobile
  postalCode
  city
  countryCode
  pipelineStage
  brand {
    ...BrandFields
  }
  zone {
    ...ZoneFields
  }
  createdAt
  updatedAt
  deletedAt
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment ZoneFields on Zone {
  id
  code
  name
}`, {"fragmentName":"ContactSummary"}) as unknown as TypedDocumentString<ContactSummaryFragment, unknown>;
export const ContactDetailFragmentDoc = new TypedDocumentString(`
    fragment ContactDetail on Contact {
  ...ContactSummary
  addressLine1
  addressLine2
  addressLine3
  fax
  jobTitle
  language
  interests
  bankType
  businessSector
  commercialService
  distributionType
  endReason
  journalistBeat
  prospectPriority
  relationType
  relationOf {
    id
    kind
    firstName
    lastName
    companyName
  }
  estimatedPotential
  contactsMadeCount
  meetingsCount
  frequencyClass
  revenueClass
  firstContactAt
  firstSaleAt
  owner {
    ...StaffUserFields
  }
  sourceAction {
    id
    code
    name
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment BrandFields on Brand {
  id
  code
  name
}
fragment ZoneFields on Zone {
  id
  code
  name
}
fragment ContactSummary on Contact {
  id
  version
  kind
  civility
  firstName
  lastName
  companyName
  email
  phone
  mobile
  postalCode
  city
  countryCode
  pipelineStage
  brand {
    ...BrandFields
  }
  zone {
    ...ZoneFields
  }
  createdAt
  updatedAt
  deletedAt
}`, {"fragmentName":"ContactDetail"}) as unknown as TypedDocumentString<ContactDetailFragment, unknown>;
export const ContactConfidentialFragmentDoc = new TypedDocumentString(`
    fragment ContactConfidential on Contact {
  id
  discountRate
  grossMarginClass
  incomeBand
  maritalStatus
}
    `, {"fragmentName":"ContactConfidential"}) as unknown as TypedDocumentString<ContactConfidentialFragment, unknown>;
export const DocumentFieldsFragmentDoc = new TypedDocumentString(`
    fragment DocumentFields on Document {
  id
  version
  fileName
  mimeType
  sizeBytes
  sha256
  downloadPath
  createdAt
  uploadedBy {
    ...StaffUserFields
  }
  sharedWithUsers {
    id
    ...StaffUserFields
  }
  sharedWithRoles
  contact {
    id
  }
  action {
    id
    code
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}`, {"fragmentName":"DocumentFields"}) as unknown as TypedDocumentString<DocumentFieldsFragment, unknown>;
export const JobRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment JobRunFields on JobRun {
  id
  name
  kind
  key
  state
  attempt
  resumed
  progressDone
  progressTotal
  errorCode
  errorMessage
  instance
  startedAt
  finishedAt
  durationMs
}
    `, {"fragmentName":"JobRunFields"}) as unknown as TypedDocumentString<JobRunFieldsFragment, unknown>;
export const PartnerContactFragmentDoc = new TypedDocumentString(`
    fragment PartnerContact on Contact {
  id
  kind
  civility
  firstName
  lastName
  companyName
  email
  phone
  mobile
  addressLine1
  addressLine2
  addressLine3
  postalCode
  city
  countryCode
  language
}
    `, {"fragmentName":"PartnerContact"}) as unknown as TypedDocumentString<PartnerContactFragment, unknown>;
export const ProductFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductFields on Product {
  id
  version
  code
  name
  active
  listPrice
  warrantyMonths
  category {
    ...ProductCategoryFields
  }
  createdAt
  updatedAt
}
    fragment ProductCategoryFields on ProductCategory {
  id
  code
  name
}`, {"fragmentName":"ProductFields"}) as unknown as TypedDocumentString<ProductFieldsFragment, unknown>;
export const ImportJobFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportJobFields on ImportJob {
  id
  entity
  format
  fileName
  upsertKey
  dryRun
  status
  totalRows
  processedRows
  createdCount
  updatedCount
  unchangedCount
  rejectedCount
  startedAt
  finishedAt
}
    `, {"fragmentName":"ImportJobFields"}) as unknown as TypedDocumentString<ImportJobFieldsFragment, unknown>;
export const RetentionRuleFieldsFragmentDoc = new TypedDocumentString(`
    fragment RetentionRuleFields on RetentionRule {
  id
  kind
  purpose
  months
  active
  version
  updatedAt
}
    `, {"fragmentName":"RetentionRuleFields"}) as unknown as TypedDocumentString<RetentionRuleFieldsFragment, unknown>;
export const RetentionPurgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment RetentionPurgeFields on RetentionPurge {
  id
  dryRun
  asOf
  state
  contactsDue
  contactsErased
  consentsDue
  consentsExpired
  startedAt
  finishedAt
  rules {
    rule
    months
    due
  }
  requestedBy {
    id
    firstName
    lastName
  }
}
    `, {"fragmentName":"RetentionPurgeFields"}) as unknown as TypedDocumentString<RetentionPurgeFieldsFragment, unknown>;
export const SaleSummaryFragmentDoc = new TypedDocumentString(`
    fragment SaleSummary on Sale {
  id
  version
  saleDate
  channel
  total
  lineCount
  externalRef
  brand {
    ...BrandFields
  }
  attributedAction {
    id
    code
    name
  }
  createdAt
  updatedAt
}
    fragment BrandFields on Brand {
  id
  code
  name
}`, {"fragmentName":"SaleSummary"}) as unknown as TypedDocumentString<SaleSummaryFragment, unknown>;
export const SaleLineFieldsFragmentDoc = new TypedDocumentString(`
    fragment SaleLineFields on SaleLine {
  quantity
  unitPrice
  discountRate
  amount
  product {
    id
    code
    name
  }
}
    `, {"fragmentName":"SaleLineFields"}) as unknown as TypedDocumentString<SaleLineFieldsFragment, unknown>;
export const SaleDetailFragmentDoc = new TypedDocumentString(`
    fragment SaleDetail on Sale {
  ...SaleSummary
  contact {
    id
    firstName
    lastName
    companyName
  }
  conversion {
    id
    version
    action {
      id
      code
    }
  }
  lines {
    ...SaleLineFields
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment SaleLineFields on SaleLine {
  quantity
  unitPrice
  discountRate
  amount
  product {
    id
    code
    name
  }
}
fragment SaleSummary on Sale {
  id
  version
  saleDate
  channel
  total
  lineCount
  externalRef
  brand {
    ...BrandFields
  }
  attributedAction {
    id
    code
    name
  }
  createdAt
  updatedAt
}`, {"fragmentName":"SaleDetail"}) as unknown as TypedDocumentString<SaleDetailFragment, unknown>;
export const SegmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment SegmentFields on Segment {
  id
  version
  name
  description
  kind
  criteria
  frozenAt
  memberCount
  count
  brand {
    id
    code
    name
  }
  owner {
    id
    firstName
    lastName
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"SegmentFields"}) as unknown as TypedDocumentString<SegmentFieldsFragment, unknown>;
export const StaffAccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffAccountFields on StaffUser {
  id
  email
  firstName
  lastName
  role
  active
  mustChangePassword
  temporaryPasswordExpiresAt
  brandIds
  zoneIds
  version
}
    `, {"fragmentName":"StaffAccountFields"}) as unknown as TypedDocumentString<StaffAccountFieldsFragment, unknown>;
export const ChangeProposalFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChangeProposalFields on ChangeProposal {
  id
  version
  field
  oldValue
  newValue
  status
  comment
  createdAt
  decidedAt
  proposedBy {
    ...StaffUserFields
  }
  decidedBy {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}`, {"fragmentName":"ChangeProposalFields"}) as unknown as TypedDocumentString<ChangeProposalFieldsFragment, unknown>;
export const SubjectRequestRowFragmentDoc = new TypedDocumentString(`
    fragment SubjectRequestRow on SubjectRequest {
  id
  type
  status
  receivedAt
  dueAt
  overdue
  version
  extensionReason
  completedAt
  contact {
    id
  }
  handler {
    id
    firstName
    lastName
  }
}
    `, {"fragmentName":"SubjectRequestRow"}) as unknown as TypedDocumentString<SubjectRequestRowFragment, unknown>;
export const SubjectRequestDetailFragmentDoc = new TypedDocumentString(`
    fragment SubjectRequestDetail on SubjectRequest {
  ...SubjectRequestRow
  notes
  rejectionReason
  artefact
  createdAt
  loggedBy {
    id
    firstName
    lastName
  }
  notices {
    id
    lastDisclosedAt
    sentAt
    toNotify
    apiKey {
      id
      name
      prefix
    }
  }
}
    fragment SubjectRequestRow on SubjectRequest {
  id
  type
  status
  receivedAt
  dueAt
  overdue
  version
  extensionReason
  completedAt
  contact {
    id
  }
  handler {
    id
    firstName
    lastName
  }
}`, {"fragmentName":"SubjectRequestDetail"}) as unknown as TypedDocumentString<SubjectRequestDetailFragment, unknown>;
export const SurveyQuestionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SurveyQuestionFields on SurveyQuestion {
  id
  position
  type
  label
  options
  scaleMax
  required
}
    `, {"fragmentName":"SurveyQuestionFields"}) as unknown as TypedDocumentString<SurveyQuestionFieldsFragment, unknown>;
export const SurveyFieldsFragmentDoc = new TypedDocumentString(`
    fragment SurveyFields on Survey {
  id
  version
  name
  description
  status
  brand {
    ...BrandFields
  }
  sentAt
  closedAt
  createdAt
  updatedAt
  questions {
    ...SurveyQuestionFields
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment SurveyQuestionFields on SurveyQuestion {
  id
  position
  type
  label
  options
  scaleMax
  required
}`, {"fragmentName":"SurveyFields"}) as unknown as TypedDocumentString<SurveyFieldsFragment, unknown>;
export const NpsFigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment NpsFigureFields on NpsFigure {
  score
  promoters
  passives
  detractors
  total
}
    `, {"fragmentName":"NpsFigureFields"}) as unknown as TypedDocumentString<NpsFigureFieldsFragment, unknown>;
export const ActionTargetFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActionTargetFields on ActionTarget {
  id
  version
  targetedAt
  inControlGroup
  responded
  respondedAt
  responseChannel
  responseDelayDays
  converted
  conversionSale {
    id
    saleDate
    total
  }
  action {
    id
    code
    name
    responseChannels
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  createdAt
}
    `, {"fragmentName":"ActionTargetFields"}) as unknown as TypedDocumentString<ActionTargetFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment TaskFields on Task {
  id
  version
  title
  description
  status
  remindAt
  dueDate
  completedAt
  overdue
  assignee {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  action {
    id
    code
    name
  }
  createdBy {
    ...StaffUserFields
  }
  createdAt
  updatedAt
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}`, {"fragmentName":"TaskFields"}) as unknown as TypedDocumentString<TaskFieldsFragment, unknown>;
export const TriggerFieldsFragmentDoc = new TypedDocumentString(`
    fragment TriggerFields on Trigger {
  id
  version
  name
  kind
  active
  lastRunAt
  params {
    days
    sinceDays
    categoryCode
    from
    to
  }
  action {
    id
    code
    name
  }
  brand {
    ...BrandFields
  }
  firings(first: 0) {
    totalCount
  }
  createdAt
  updatedAt
}
    fragment BrandFields on Brand {
  id
  code
  name
}`, {"fragmentName":"TriggerFields"}) as unknown as TypedDocumentString<TriggerFieldsFragment, unknown>;
export const WebhookSubscriptionFieldsFragmentDoc = new TypedDocumentString(`
    fragment WebhookSubscriptionFields on WebhookSubscription {
  id
  version
  name
  url
  active
  events
  brand {
    ...BrandFields
  }
  createdAt
  updatedAt
}
    fragment BrandFields on Brand {
  id
  code
  name
}`, {"fragmentName":"WebhookSubscriptionFields"}) as unknown as TypedDocumentString<WebhookSubscriptionFieldsFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = new TypedDocumentString(`
    fragment WebhookDeliveryFields on WebhookDelivery {
  id
  event
  eventId
  status
  attempts
  nextAttemptAt
  lastStatusCode
  lastError
  deliveredAt
  createdAt
  payload
  subscription {
    id
    name
  }
  log {
    attempt
    attemptedAt
    statusCode
    error
    durationMs
  }
}
    `, {"fragmentName":"WebhookDeliveryFields"}) as unknown as TypedDocumentString<WebhookDeliveryFieldsFragment, unknown>;
export const MarketingActionsDocument = new TypedDocumentString(`
    query MarketingActions($filter: MarketingActionFilter, $orderBy: [MarketingActionOrder!], $first: Int, $after: String, $last: Int, $before: String) {
  marketingActions(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...MarketingActionFields
      }
    }
  }
}
    fragment MarketingActionFields on MarketingAction {
  id
  version
  code
  name
  medium
  objective
  status
  startDate
  endDate
  cost
  plannedQuantity
  controlGroupPercent
  promiseType
  promiseSummary
  targetDescription
  requiredPurpose
  responseChannels
  priority
  attributionWindowDays
  followUpCondition
  followUpDelayDays
  previousAction {
    id
    code
    name
  }
  brand {
    ...BrandFields
  }
  targetCount
  responseCount
  conversionCount
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment BrandFields on Brand {
  id
  code
  name
}`) as unknown as TypedDocumentString<MarketingActionsQuery, MarketingActionsQueryVariables>;
export const MarketingActionDocument = new TypedDocumentString(`
    query MarketingAction($id: ID, $code: String) {
  marketingAction(id: $id, code: $code) {
    ...MarketingActionFields
    products {
      id
      code
      name
    }
    followUps {
      id
      code
      name
      startDate
      followUpCondition
      followUpDelayDays
    }
  }
}
    fragment MarketingActionFields on MarketingAction {
  id
  version
  code
  name
  medium
  objective
  status
  startDate
  endDate
  cost
  plannedQuantity
  controlGroupPercent
  promiseType
  promiseSummary
  targetDescription
  requiredPurpose
  responseChannels
  priority
  attributionWindowDays
  followUpCondition
  followUpDelayDays
  previousAction {
    id
    code
    name
  }
  brand {
    ...BrandFields
  }
  targetCount
  responseCount
  conversionCount
  createdAt
  updatedAt
}
fragment BrandFields on Brand {
  id
  code
  name
}`) as unknown as TypedDocumentString<MarketingActionQuery, MarketingActionQueryVariables>;
export const CreateMarketingActionDocument = new TypedDocumentString(`
    mutation CreateMarketingAction($input: MarketingActionInput!) {
  createMarketingAction(input: $input) {
    ...MarketingActionFields
  }
}
    fragment MarketingActionFields on MarketingAction {
  id
  version
  code
  name
  medium
  objective
  status
  startDate
  endDate
  cost
  plannedQuantity
  controlGroupPercent
  promiseType
  promiseSummary
  targetDescription
  requiredPurpose
  responseChannels
  priority
  attributionWindowDays
  followUpCondition
  followUpDelayDays
  previousAction {
    id
    code
    name
  }
  brand {
    ...BrandFields
  }
  targetCount
  responseCount
  conversionCount
  createdAt
  updatedAt
}
fragment BrandFields on Brand {
  id
  code
  name
}`) as unknown as TypedDocumentString<CreateMarketingActionMutation, CreateMarketingActionMutationVariables>;
export const UpdateMarketingActionDocument = new TypedDocumentString(`
    mutation UpdateMarketingAction($id: ID!, $version: Int!, $input: MarketingActionPatch!) {
  updateMarketingAction(id: $id, version: $version, input: $input) {
    ...MarketingActionFields
  }
}
    fragment MarketingActionFields on MarketingAction {
  id
  version
  code
  name
  medium
  objective
  status
  startDate
  endDate
  cost
  plannedQuantity
  controlGroupPercent
  promiseType
  promiseSummary
  targetDescription
  requiredPurpose
  responseChannels
  priority
  attributionWindowDays
  followUpCondition
  followUpDelayDays
  previousAction {
    id
    code
    name
  }
  brand {
    ...BrandFields
  }
  targetCount
  responseCount
  conversionCount
  createdAt
  updatedAt
}
fragment BrandFields on Brand {
  id
  code
  name
}`) as unknown as TypedDocumentString<UpdateMarketingActionMutation, UpdateMarketingActionMutationVariables>;
export const DeleteMarketingActionDocument = new TypedDocumentString(`
    mutation DeleteMarketingAction($id: ID!, $version: Int!) {
  deleteMarketingAction(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteMarketingActionMutation, DeleteMarketingActionMutationVariables>;
export const UsualResponseChannelsDocument = new TypedDocumentString(`
    query UsualResponseChannels($medium: ActionMedium!) {
  usualResponseChannels(medium: $medium)
}
    `) as unknown as TypedDocumentString<UsualResponseChannelsQuery, UsualResponseChannelsQueryVariables>;
export const ActivitiesDocument = new TypedDocumentString(`
    query Activities($filter: ActivityFilter, $orderBy: [ActivityOrder!], $first: Int, $after: String, $last: Int, $before: String) {
  activities(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...ActivityFields
      }
    }
  }
}
    fragment ActivityFields on Activity {
  id
  version
  type
  subject
  body
  occurredAt
  status
  endsAt
  remindAt
  outcome
  nextStep
  promised
  author {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  action {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ActivitiesQuery, ActivitiesQueryVariables>;
export const CreateActivityDocument = new TypedDocumentString(`
    mutation CreateActivity($input: ActivityInput!) {
  createActivity(input: $input) {
    ...ActivityFields
  }
}
    fragment ActivityFields on Activity {
  id
  version
  type
  subject
  body
  occurredAt
  status
  endsAt
  remindAt
  outcome
  nextStep
  promised
  author {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  action {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}`) as unknown as TypedDocumentString<CreateActivityMutation, CreateActivityMutationVariables>;
export const UpdateActivityDocument = new TypedDocumentString(`
    mutation UpdateActivity($id: ID!, $version: Int!, $input: ActivityPatch!) {
  updateActivity(id: $id, version: $version, input: $input) {
    ...ActivityFields
  }
}
    fragment ActivityFields on Activity {
  id
  version
  type
  subject
  body
  occurredAt
  status
  endsAt
  remindAt
  outcome
  nextStep
  promised
  author {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  action {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}`) as unknown as TypedDocumentString<UpdateActivityMutation, UpdateActivityMutationVariables>;
export const DeleteActivityDocument = new TypedDocumentString(`
    mutation DeleteActivity($id: ID!, $version: Int!) {
  deleteActivity(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteActivityMutation, DeleteActivityMutationVariables>;
export const CompleteActivityDocument = new TypedDocumentString(`
    mutation CompleteActivity($id: ID!, $version: Int!, $input: ActivityCompletion) {
  completeActivity(id: $id, version: $version, input: $input) {
    ...ActivityFields
  }
}
    fragment ActivityFields on Activity {
  id
  version
  type
  subject
  body
  occurredAt
  status
  endsAt
  remindAt
  outcome
  nextStep
  promised
  author {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  action {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}`) as unknown as TypedDocumentString<CompleteActivityMutation, CompleteActivityMutationVariables>;
export const RfmMigrationDocument = new TypedDocumentString(`
    query RfmMigration($from: ID!, $to: ID!) {
  rfmMigration(from: $from, to: $to) {
    minGroupSize
    from {
      id
      asOf
      buyerCount
    }
    to {
      id
      asOf
      buyerCount
    }
    cells {
      from
      to
      count
      suppressed
    }
  }
}
    `) as unknown as TypedDocumentString<RfmMigrationQuery, RfmMigrationQueryVariables>;
export const CohortsDocument = new TypedDocumentString(`
    query Cohorts($by: CohortBy!, $brand: ID, $from: DateTime, $to: DateTime, $months: Int) {
  cohorts(by: $by, brand: $brand, from: $from, to: $to, months: $months) {
    months
    minGroupSize
    rows {
      key
      label
      size
      suppressed
      cells {
        month
        activeBuyers
        retention
        revenue
        revenuePerMember
        suppressed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CohortsQuery, CohortsQueryVariables>;
export const ActionComparisonFileDocument = new TypedDocumentString(`
    query ActionComparisonFile($format: ReportFormat!, $attributionDays: Int) {
  actionComparisonFile(format: $format, attributionDays: $attributionDays) {
    fileName
    mimeType
    contentBase64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<ActionComparisonFileQuery, ActionComparisonFileQueryVariables>;
export const ActionComparisonDocument = new TypedDocumentString(`
    query ActionComparison($attributionDays: Int) {
  actionComparison(attributionDays: $attributionDays) {
    attributionDays
    actions {
      ...ActionPerformanceFields
    }
    totals {
      actions
      targeted
      responses
      conversions
      buyers
      cost
      attributedRevenue
      untargetedResponses
      untargetedConversions
    }
    averages {
      ...ActionAveragesFields
    }
    pooled {
      ...ActionAveragesFields
    }
    minInferenceGroup
  }
}
    fragment ActionPerformanceFields on ActionPerformance {
  action {
    id
    code
    name
    medium
    startDate
  }
  targeted
  responses
  conversions
  buyers
  cost
  attributedRevenue
  responseRate
  conversionRate
  purchaseRate
  costPerResponse
  costPerConversion
  meanResponseDelayDays
  medianResponseDelayDays
  untargetedResponses
  untargetedConversions
  untargetedConversionRate
  untargetedRevenue
  controlTargeted
  controlResponseRate
  controlPurchaseRate
  responseUplift
  purchaseUplift
  controlResponses
  controlBuyers
  responseRateInterval {
    low
    high
  }
  conversionRateInterval {
    low
    high
  }
  purchaseRateInterval {
    low
    high
  }
  controlResponseRateInterval {
    low
    high
  }
  controlPurchaseRateInterval {
    low
    high
  }
  responseUpliftInterval {
    low
    high
  }
  purchaseUpliftInterval {
    low
    high
  }
  responseUpliftTest {
    method
    pValue
    significant
  }
  purchaseUpliftTest {
    method
    pValue
    significant
  }
  smallSample
  targetShare
  costShare
  responseShare
  conversionShare
  revenueShare
  channels {
    channel
    responses
    share
  }
}
fragment ActionAveragesFields on ActionAverages {
  actions
  responseRate
  conversionRate
  purchaseRate
  costPerResponse
  costPerConversion
  revenuePerTarget
  attributedRevenue
  meanResponseDelayDays
  responseRateInterval {
    low
    high
  }
  conversionRateInterval {
    low
    high
  }
  purchaseRateInterval {
    low
    high
  }
}`) as unknown as TypedDocumentString<ActionComparisonQuery, ActionComparisonQueryVariables>;
export const ActionPerformanceDocument = new TypedDocumentString(`
    query ActionPerformance($action: ID!, $attributionDays: Int) {
  actionPerformance(action: $action, attributionDays: $attributionDays) {
    ...ActionPerformanceFields
  }
}
    fragment ActionPerformanceFields on ActionPerformance {
  action {
    id
    code
    name
    medium
    startDate
  }
  targeted
  responses
  conversions
  buyers
  cost
  attributedRevenue
  responseRate
  conversionRate
  purchaseRate
  costPerResponse
  costPerConversion
  meanResponseDelayDays
  medianResponseDelayDays
  untargetedResponses
  untargetedConversions
  untargetedConversionRate
  untargetedRevenue
  controlTargeted
  controlResponseRate
  controlPurchaseRate
  responseUplift
  purchaseUplift
  controlResponses
  controlBuyers
  responseRateInterval {
    low
    high
  }
  conversionRateInterval {
    low
    high
  }
  purchaseRateInterval {
    low
    high
  }
  controlResponseRateInterval {
    low
    high
  }
  controlPurchaseRateInterval {
    low
    high
  }
  responseUpliftInterval {
    low
    high
  }
  purchaseUpliftInterval {
    low
    high
  }
  responseUpliftTest {
    method
    pValue
    significant
  }
  purchaseUpliftTest {
    method
    pValue
    significant
  }
  smallSample
  targetShare
  costShare
  responseShare
  conversionShare
  revenueShare
  channels {
    channel
    responses
    share
  }
}`) as unknown as TypedDocumentString<ActionPerformanceQuery, ActionPerformanceQueryVariables>;
export const ContactDistributionDocument = new TypedDocumentString(`
    query ContactDistribution($by: ContactDimension!) {
  contactDistribution(by: $by) {
    by
    withheld
    buckets {
      key
      label
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ContactDistributionQuery, ContactDistributionQueryVariables>;
export const ContactResponseRateDocument = new TypedDocumentString(`
    query ContactResponseRate($contact: ID!) {
  contactResponseRate(contact: $contact) {
    rate
    responded
    targeted
  }
}
    `) as unknown as TypedDocumentString<ContactResponseRateQuery, ContactResponseRateQueryVariables>;
export const ScoreSnapshotsDocument = new TypedDocumentString(`
    query ScoreSnapshots($brand: ID, $allBrands: Boolean, $first: Int) {
  scoreSnapshots(brand: $brand, allBrands: $allBrands, first: $first) {
    ...ScoreSnapshotFields
  }
}
    fragment ScoreSnapshotFields on ScoreSnapshot {
  id
  asOf
  status
  computedAt
  durationMs
  buyerCount
  saleCount
  brand {
    ...BrandFields
  }
  segments {
    segment
    count
    share
    revenue
    meanRecencyDays
    meanFrequency
    meanMonetary
  }
  grid {
    recencyScore
    frequencyScore
    count
  }
  fratTypes {
    category {
      ...ProductCategoryFields
    }
    count
    revenue
  }
}
fragment BrandFields on Brand {
  id
  code
  name
}
fragment ProductCategoryFields on ProductCategory {
  id
  code
  name
}`) as unknown as TypedDocumentString<ScoreSnapshotsQuery, ScoreSnapshotsQueryVariables>;
export const ContactScoreDocument = new TypedDocumentString(`
    query ContactScore($contact: ID!, $snapshot: ID) {
  contactScore(contact: $contact, snapshot: $snapshot) {
    ...ContactScoreFields
  }
}
    fragment ContactScoreFields on ContactScore {
  rfm
  segment
  recencyDays
  recencyScore
  frequency
  frequencyScore
  monetary
  monetaryScore
  firstPurchaseAt
  lastPurchaseAt
  fratCategory {
    ...ProductCategoryFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  snapshot {
    id
    asOf
  }
}
fragment ProductCategoryFields on ProductCategory {
  id
  code
  name
}`) as unknown as TypedDocumentString<ContactScoreQuery, ContactScoreQueryVariables>;
export const ContactScoresDocument = new TypedDocumentString(`
    query ContactScores($snapshot: ID!, $segment: [RfmSegment!], $first: Int, $after: String, $last: Int, $before: String) {
  contactScores(
    snapshot: $snapshot
    segment: $segment
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...ContactScoreFields
      }
    }
  }
}
    fragment ContactScoreFields on ContactScore {
  rfm
  segment
  recencyDays
  recencyScore
  frequency
  frequencyScore
  monetary
  monetaryScore
  firstPurchaseAt
  lastPurchaseAt
  fratCategory {
    ...ProductCategoryFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  snapshot {
    id
    asOf
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ProductCategoryFields on ProductCategory {
  id
  code
  name
}`) as unknown as TypedDocumentString<ContactScoresQuery, ContactScoresQueryVariables>;
export const RefreshScoresDocument = new TypedDocumentString(`
    mutation RefreshScores($asOf: DateTime, $brand: ID) {
  refreshScores(asOf: $asOf, brand: $brand) {
    ...ScoreSnapshotFields
  }
}
    fragment ScoreSnapshotFields on ScoreSnapshot {
  id
  asOf
  status
  computedAt
  durationMs
  buyerCount
  saleCount
  brand {
    ...BrandFields
  }
  segments {
    segment
    count
    share
    revenue
    meanRecencyDays
    meanFrequency
    meanMonetary
  }
  grid {
    recencyScore
    frequencyScore
    count
  }
  fratTypes {
    category {
      ...ProductCategoryFields
    }
    count
    revenue
  }
}
fragment BrandFields on Brand {
  id
  code
  name
}
fragment ProductCategoryFields on ProductCategory {
  id
  code
  name
}`) as unknown as TypedDocumentString<RefreshScoresMutation, RefreshScoresMutationVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys {
  apiKeys {
    ...ApiKeyFields
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  version
  name
  prefix
  brandCodes
  purposeCodes
  rateLimitPerMinute
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
}`) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: ApiKeyInput!) {
  createApiKey(input: $input) {
    key
    apiKey {
      ...ApiKeyFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  version
  name
  prefix
  brandCodes
  purposeCodes
  rateLimitPerMinute
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
}`) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    ...ApiKeyFields
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  version
  name
  prefix
  brandCodes
  purposeCodes
  rateLimitPerMinute
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
}`) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {
  auditLog(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        id
        at
        actorType
        actorUser {
          ...StaffUserFields
        }
        apiKey {
          id
          name
          prefix
        }
        operation
        operationName
        entity
        entityId
        entityIds
        fields
        purpose
        outcome
        errorCode
        requestId
      }
    }
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
    user {
      ...StaffUserFields
    }
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...StaffUserFields
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const CalendarDocument = new TypedDocumentString(`
    query Calendar($from: DateTime!, $to: DateTime!, $user: ID) {
  calendar(from: $from, to: $to, user: $user) {
    kind
    start
    end
    title
    activityType
    activityStatus
    activity {
      id
      version
      status
      contact {
        id
        firstName
        lastName
        companyName
      }
    }
    task {
      id
      version
      status
      contact {
        id
        firstName
        lastName
        companyName
      }
      action {
        id
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarQuery, CalendarQueryVariables>;
export const MyNotificationsDocument = new TypedDocumentString(`
    query MyNotifications($first: Int, $after: String, $unread: Boolean) {
  myNotifications(first: $first, after: $after, unread: $unread) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      node {
        id
        kind
        message
        params {
          name
          value
        }
        subjectId
        readAt
        createdAt
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationReadDocument = new TypedDocumentString(`
    mutation MarkNotificationRead($id: ID!) {
  markNotificationRead(id: $id) {
    id
    readAt
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkAllNotificationsRead {
  markAllNotificationsRead
}
    `) as unknown as TypedDocumentString<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const TargetActionDocument = new TypedDocumentString(`
    mutation TargetAction($input: TargetActionInput!, $exclusions: Int = 20) {
  targetAction(input: $input) {
    ...TargetingRunFields
    exclusions(first: $exclusions) {
      totalCount
      edges {
        node {
          reason
          detail
          detailParams {
            name
            value
          }
          contact {
            id
            lastName
            firstName
            companyName
          }
        }
      }
    }
  }
}
    fragment TargetingRunFields on TargetingRun {
  id
  dryRun
  candidateCount
  targetedCount
  controlCount
  excludedCount
  controlGroupPercent
  randomSeed
  runAt
  action {
    id
    code
    name
  }
  segment {
    id
    name
  }
  createdBy {
    id
    firstName
    lastName
  }
  exclusionCounts {
    reason
    count
  }
}`) as unknown as TypedDocumentString<TargetActionMutation, TargetActionMutationVariables>;
export const TargetingRunDocument = new TypedDocumentString(`
    query TargetingRun($id: ID!, $reason: [ExclusionReason!], $first: Int = 50, $after: String) {
  node(id: $id) {
    ... on TargetingRun {
      ...TargetingRunFields
      exclusions(first: $first, after: $after, reason: $reason) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        edges {
          node {
            reason
            detail
            detailParams {
              name
              value
            }
            contact {
              id
              lastName
              firstName
              companyName
            }
          }
        }
      }
    }
  }
}
    fragment TargetingRunFields on TargetingRun {
  id
  dryRun
  candidateCount
  targetedCount
  controlCount
  excludedCount
  controlGroupPercent
  randomSeed
  runAt
  action {
    id
    code
    name
  }
  segment {
    id
    name
  }
  createdBy {
    id
    firstName
    lastName
  }
  exclusionCounts {
    reason
    count
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<TargetingRunQuery, TargetingRunQueryVariables>;
export const ActionTargetingRunsDocument = new TypedDocumentString(`
    query ActionTargetingRuns($id: ID!, $first: Int = 20) {
  node(id: $id) {
    ... on MarketingAction {
      id
      priority
      segment {
        id
        name
      }
      targetingRuns(first: $first) {
        totalCount
        edges {
          node {
            ...TargetingRunFields
          }
        }
      }
    }
  }
}
    fragment TargetingRunFields on TargetingRun {
  id
  dryRun
  candidateCount
  targetedCount
  controlCount
  excludedCount
  controlGroupPercent
  randomSeed
  runAt
  action {
    id
    code
    name
  }
  segment {
    id
    name
  }
  createdBy {
    id
    firstName
    lastName
  }
  exclusionCounts {
    reason
    count
  }
}`) as unknown as TypedDocumentString<ActionTargetingRunsQuery, ActionTargetingRunsQueryVariables>;
export const SendingListDocument = new TypedDocumentString(`
    query SendingList($actionId: ID!, $first: Int, $after: String) {
  sendingList(actionId: $actionId, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      node {
        id
        targetedAt
        contact {
          id
          lastName
          firstName
          email
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<SendingListQuery, SendingListQueryVariables>;
export const UpdateActionTargetingDocument = new TypedDocumentString(`
    mutation UpdateActionTargeting($id: ID!, $version: Int!, $input: ActionTargetingInput!) {
  updateActionTargeting(id: $id, version: $version, input: $input) {
    id
    version
    priority
    segment {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateActionTargetingMutation, UpdateActionTargetingMutationVariables>;
export const PressureRulesDocument = new TypedDocumentString(`
    query PressureRules {
  pressureRules {
    ...PressureRuleFields
  }
}
    fragment PressureRuleFields on PressureRule {
  id
  version
  brand {
    id
    code
    name
  }
  medium
  maxSolicitations
  periodDays
  active
  updatedAt
}`) as unknown as TypedDocumentString<PressureRulesQuery, PressureRulesQueryVariables>;
export const CreatePressureRuleDocument = new TypedDocumentString(`
    mutation CreatePressureRule($input: PressureRuleInput!) {
  createPressureRule(input: $input) {
    ...PressureRuleFields
  }
}
    fragment PressureRuleFields on PressureRule {
  id
  version
  brand {
    id
    code
    name
  }
  medium
  maxSolicitations
  periodDays
  active
  updatedAt
}`) as unknown as TypedDocumentString<CreatePressureRuleMutation, CreatePressureRuleMutationVariables>;
export const UpdatePressureRuleDocument = new TypedDocumentString(`
    mutation UpdatePressureRule($id: ID!, $version: Int!, $input: PressureRuleInput!) {
  updatePressureRule(id: $id, version: $version, input: $input) {
    ...PressureRuleFields
  }
}
    fragment PressureRuleFields on PressureRule {
  id
  version
  brand {
    id
    code
    name
  }
  medium
  maxSolicitations
  periodDays
  active
  updatedAt
}`) as unknown as TypedDocumentString<UpdatePressureRuleMutation, UpdatePressureRuleMutationVariables>;
export const DeletePressureRuleDocument = new TypedDocumentString(`
    mutation DeletePressureRule($id: ID!, $version: Int!) {
  deletePressureRule(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeletePressureRuleMutation, DeletePressureRuleMutationVariables>;
export const SetChannelOptOutDocument = new TypedDocumentString(`
    mutation SetChannelOptOut($contactId: ID!, $medium: ActionMedium!, $optedOut: Boolean, $source: ConsentSource!) {
  setChannelOptOut(
    contactId: $contactId
    medium: $medium
    optedOut: $optedOut
    source: $source
  ) {
    medium
    optedOut
    source
    changedAt
  }
}
    `) as unknown as TypedDocumentString<SetChannelOptOutMutation, SetChannelOptOutMutationVariables>;
export const ServiceCasesDocument = new TypedDocumentString(`
    query ServiceCases($filter: ServiceCaseFilter, $orderBy: [ServiceCaseOrder!], $first: Int, $after: String, $last: Int, $before: String) {
  serviceCases(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...ServiceCaseFields
      }
    }
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment ServiceCaseFields on ServiceCase {
  id
  version
  reference
  subject
  description
  category
  priority
  status
  nextStatuses
  openedAt
  resolvedAt
  closedAt
  resolutionHours
  brand {
    ...BrandFields
  }
  assignee {
    ...StaffUserFields
  }
  openedBy {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment BrandFields on Brand {
  id
  code
  name
}`) as unknown as TypedDocumentString<ServiceCasesQuery, ServiceCasesQueryVariables>;
export const ServiceCaseDocument = new TypedDocumentString(`
    query ServiceCase($id: ID!) {
  serviceCase(id: $id) {
    ...ServiceCaseFields
    events {
      ...ServiceCaseEventFields
    }
    promises {
      ...ContactPromiseFields
    }
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment ServiceCaseFields on ServiceCase {
  id
  version
  reference
  subject
  description
  category
  priority
  status
  nextStatuses
  openedAt
  resolvedAt
  closedAt
  resolutionHours
  brand {
    ...BrandFields
  }
  assignee {
    ...StaffUserFields
  }
  openedBy {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  createdAt
  updatedAt
}
fragment ServiceCaseEventFields on ServiceCaseEvent {
  id
  at
  fromStatus
  toStatus
  comment
  author {
    ...StaffUserFields
  }
}
fragment ContactPromiseFields on ContactPromise {
  at
  source
  text
  activity {
    id
    type
    subject
    author {
      ...StaffUserFields
    }
  }
  action {
    id
    code
    name
  }
}
fragment BrandFields on Brand {
  id
  code
  name
}`) as unknown as TypedDocumentString<ServiceCaseQuery, ServiceCaseQueryVariables>;
export const ContactPromisesDocument = new TypedDocumentString(`
    query ContactPromises($id: ID!) {
  contact(id: $id) {
    id
    promises {
      ...ContactPromiseFields
    }
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment ContactPromiseFields on ContactPromise {
  at
  source
  text
  activity {
    id
    type
    subject
    author {
      ...StaffUserFields
    }
  }
  action {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<ContactPromisesQuery, ContactPromisesQueryVariables>;
export const CaseStatisticsDocument = new TypedDocumentString(`
    query CaseStatistics($openedAt: DateTimeRange) {
  caseStatistics(openedAt: $openedAt) {
    category
    caseCount
    openCount
    resolvedCount
    averageResolutionHours
  }
}
    `) as unknown as TypedDocumentString<CaseStatisticsQuery, CaseStatisticsQueryVariables>;
export const CreateServiceCaseDocument = new TypedDocumentString(`
    mutation CreateServiceCase($input: ServiceCaseInput!) {
  createServiceCase(input: $input) {
    ...ServiceCaseFields
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment ServiceCaseFields on ServiceCase {
  id
  version
  reference
  subject
  description
  category
  priority
  status
  nextStatuses
  openedAt
  resolvedAt
  closedAt
  resolutionHours
  brand {
    ...BrandFields
  }
  assignee {
    ...StaffUserFields
  }
  openedBy {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  createdAt
  updatedAt
}
fragment BrandFields on Brand {
  id
  code
  name
}`) as unknown as TypedDocumentString<CreateServiceCaseMutation, CreateServiceCaseMutationVariables>;
export const UpdateServiceCaseDocument = new TypedDocumentString(`
    mutation UpdateServiceCase($id: ID!, $version: Int!, $input: ServiceCasePatch!) {
  updateServiceCase(id: $id, version: $version, input: $input) {
    ...ServiceCaseFields
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment ServiceCaseFields on ServiceCase {
  id
  version
  reference
  subject
  description
  category
  priority
  status
  nextStatuses
  openedAt
  resolvedAt
  closedAt
  resolutionHours
  brand {
    ...BrandFields
  }
  assignee {
    ...StaffUserFields
  }
  openedBy {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  createdAt
  updatedAt
}
fragment BrandFields on Brand {
  id
  code
  name
}`) as unknown as TypedDocumentString<UpdateServiceCaseMutation, UpdateServiceCaseMutationVariables>;
export const ChangeServiceCaseStatusDocument = new TypedDocumentString(`
    mutation ChangeServiceCaseStatus($id: ID!, $version: Int!, $input: CaseStatusChange!) {
  changeServiceCaseStatus(id: $id, version: $version, input: $input) {
    ...ServiceCaseFields
    events {
      ...ServiceCaseEventFields
    }
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment ServiceCaseFields on ServiceCase {
  id
  version
  reference
  subject
  description
  category
  priority
  status
  nextStatuses
  openedAt
  resolvedAt
  closedAt
  resolutionHours
  brand {
    ...BrandFields
  }
  assignee {
    ...StaffUserFields
  }
  openedBy {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  createdAt
  updatedAt
}
fragment ServiceCaseEventFields on ServiceCaseEvent {
  id
  at
  fromStatus
  toStatus
  comment
  author {
    ...StaffUserFields
  }
}
fragment BrandFields on Brand {
  id
  code
  name
}`) as unknown as TypedDocumentString<ChangeServiceCaseStatusMutation, ChangeServiceCaseStatusMutationVariables>;
export const AssignServiceCaseDocument = new TypedDocumentString(`
    mutation AssignServiceCase($id: ID!, $version: Int!, $assignee: ID, $comment: String) {
  assignServiceCase(
    id: $id
    version: $version
    assignee: $assignee
    comment: $comment
  ) {
    ...ServiceCaseFields
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment ServiceCaseFields on ServiceCase {
  id
  version
  reference
  subject
  description
  category
  priority
  status
  nextStatuses
  openedAt
  resolvedAt
  closedAt
  resolutionHours
  brand {
    ...BrandFields
  }
  assignee {
    ...StaffUserFields
  }
  openedBy {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  createdAt
  updatedAt
}
fragment BrandFields on Brand {
  id
  code
  name
}`) as unknown as TypedDocumentString<AssignServiceCaseMutation, AssignServiceCaseMutationVariables>;
export const CommentServiceCaseDocument = new TypedDocumentString(`
    mutation CommentServiceCase($id: ID!, $comment: String!) {
  commentServiceCase(id: $id, comment: $comment) {
    id
    events {
      ...ServiceCaseEventFields
    }
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment ServiceCaseEventFields on ServiceCaseEvent {
  id
  at
  fromStatus
  toStatus
  comment
  author {
    ...StaffUserFields
  }
}`) as unknown as TypedDocumentString<CommentServiceCaseMutation, CommentServiceCaseMutationVariables>;
export const ReferenceDataDocument = new TypedDocumentString(`
    query ReferenceData {
  brands {
    ...BrandFields
  }
  zones {
    ...ZoneFields
  }
  productCategories {
    ...ProductCategoryFields
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment ZoneFields on Zone {
  id
  code
  name
}
fragment ProductCategoryFields on ProductCategory {
  id
  code
  name
}`) as unknown as TypedDocumentString<ReferenceDataQuery, ReferenceDataQueryVariables>;
export const ContactConsentDetailsDocument = new TypedDocumentString(`
    query ContactConsentDetails($id: ID!) {
  contact(id: $id) {
    id
    consents {
      purpose {
        code
        name
        legalBasis
      }
      status
      effectiveFrom
      effectiveTo
    }
    consentHistory {
      ...ConsentEventFields
    }
  }
}
    fragment ConsentEventFields on ConsentEvent {
  purpose {
    code
    name
  }
  status
  source
  proof
  capturedAt
  capturedBy {
    id
    firstName
    lastName
  }
  effectiveFrom
  effectiveTo
}`) as unknown as TypedDocumentString<ContactConsentDetailsQuery, ContactConsentDetailsQueryVariables>;
export const GrantConsentDocument = new TypedDocumentString(`
    mutation GrantConsent($input: ConsentInput!) {
  grantConsent(input: $input) {
    ...ConsentEventFields
  }
}
    fragment ConsentEventFields on ConsentEvent {
  purpose {
    code
    name
  }
  status
  source
  proof
  capturedAt
  capturedBy {
    id
    firstName
    lastName
  }
  effectiveFrom
  effectiveTo
}`) as unknown as TypedDocumentString<GrantConsentMutation, GrantConsentMutationVariables>;
export const DenyConsentDocument = new TypedDocumentString(`
    mutation DenyConsent($input: ConsentInput!) {
  denyConsent(input: $input) {
    ...ConsentEventFields
  }
}
    fragment ConsentEventFields on ConsentEvent {
  purpose {
    code
    name
  }
  status
  source
  proof
  capturedAt
  capturedBy {
    id
    firstName
    lastName
  }
  effectiveFrom
  effectiveTo
}`) as unknown as TypedDocumentString<DenyConsentMutation, DenyConsentMutationVariables>;
export const WithdrawConsentDocument = new TypedDocumentString(`
    mutation WithdrawConsent($input: ConsentInput!) {
  withdrawConsent(input: $input) {
    ...ConsentEventFields
  }
}
    fragment ConsentEventFields on ConsentEvent {
  purpose {
    code
    name
  }
  status
  source
  proof
  capturedAt
  capturedBy {
    id
    firstName
    lastName
  }
  effectiveFrom
  effectiveTo
}`) as unknown as TypedDocumentString<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const ContactValueDocument = new TypedDocumentString(`
    query ContactValue($contact: ID!) {
  contactScore(contact: $contact) {
    frequency
    recencyDays
    monetary
    lastPurchaseAt
    fratCategory {
      id
      name
    }
    ...ContactStoredValue
    snapshot {
      id
      asOf
      brand {
        id
        name
      }
    }
  }
}
    fragment ContactStoredValue on ContactScore {
  probabilityAlive
  scoredValue
}`) as unknown as TypedDocumentString<ContactValueQuery, ContactValueQueryVariables>;
export const ContactSaleLinesDocument = new TypedDocumentString(`
    query ContactSaleLines($id: ID!, $first: Int = 10, $withMargin: Boolean! = false) {
  contact(id: $id) {
    id
    sales(first: $first) {
      totalCount
      edges {
        node {
          id
          saleDate
          channel
          total
          grossMargin @include(if: $withMargin)
          attributedAction {
            id
            code
          }
          lines {
            quantity
            unitPrice
            discountRate
            amount
            product {
              id
              code
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContactSaleLinesQuery, ContactSaleLinesQueryVariables>;
export const LatestScoreSnapshotsDocument = new TypedDocumentString(`
    query LatestScoreSnapshots($brand: ID, $allBrands: Boolean, $first: Int = 5) {
  scoreSnapshots(brand: $brand, allBrands: $allBrands, first: $first) {
    id
    asOf
    status
    brand {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LatestScoreSnapshotsQuery, LatestScoreSnapshotsQueryVariables>;
export const ContactDeliveriesDocument = new TypedDocumentString(`
    query ContactDeliveries($id: ID!, $first: Int = 20) {
  contact(id: $id) {
    id
    deliveries(first: $first) {
      totalCount
      edges {
        node {
          id
          medium
          status
          reason
          detail
          queuedAt
          sentAt
          deliveredAt
          bouncedAt
          complainedAt
          action {
            id
            code
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContactDeliveriesQuery, ContactDeliveriesQueryVariables>;
export const ContactScoreCardDocument = new TypedDocumentString(`
    query ContactScoreCard($contact: ID!, $months: Int! = 12, $model: PurchaseModel! = BG_NBD, $horizon: Int, $horizonUnit: HorizonUnit! = MONTHS, $withMargin: Boolean! = false) {
  contactScore(contact: $contact) {
    rfm
    segment
    recencyDays
    recencyScore
    frequency
    frequencyScore
    monetary
    monetaryScore
    lastPurchaseAt
    firstPurchaseAt
    repeatPurchases
    snapshot {
      id
      asOf
    }
    predictedValue(
      months: $months
      model: $model
      horizon: $horizon
      horizonUnit: $horizonUnit
    ) {
      model
      lifetimeValue
      marginLifetimeValue @include(if: $withMargin)
      expectedPurchases
      expectedSpend
      probabilityAlive
      leftCensored
      degenerateFit
      warnings
      assumptions
    }
  }
}
    `) as unknown as TypedDocumentString<ContactScoreCardQuery, ContactScoreCardQueryVariables>;
export const ContactsDocument = new TypedDocumentString(`
    query Contacts($filter: ContactFilter, $orderBy: [ContactOrder!], $first: Int, $after: String, $last: Int, $before: String, $scoreOrder: ContactScoreOrder) {
  contacts(
    filter: $filter
    orderBy: $orderBy
    scoreOrder: $scoreOrder
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...ContactSummary
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment BrandFields on Brand {
  id
  code
  name
}
fragment ZoneFields on Zone {
  id
  code
  name
}
fragment ContactSummary on Contact {
  id
  version
  kind
  civility
  firstName
  lastName
  companyName
  email
  phone
  mobile
  postalCode
  city
  countryCode
  pipelineStage
  brand {
    ...BrandFields
  }
  zone {
    ...ZoneFields
  }
  createdAt
  updatedAt
  deletedAt
}`) as unknown as TypedDocumentString<ContactsQuery, ContactsQueryVariables>;
export const ContactDocument = new TypedDocumentString(`
    query Contact($id: ID!) {
  contact(id: $id) {
    ...ContactDetail
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment BrandFields on Brand {
  id
  code
  name
}
fragment ZoneFields on Zone {
  id
  code
  name
}
fragment ContactSummary on Contact {
  id
  version
  kind
  civility
  firstName
  lastName
  companyName
  email
  phone
  mobile
  postalCode
  city
  countryCode
  pipelineStage
  brand {
    ...BrandFields
  }
  zone {
    ...ZoneFields
  }
  createdAt
  updatedAt
  deletedAt
}
fragment ContactDetail on Contact {
  ...ContactSummary
  addressLine1
  addressLine2
  addressLine3
  fax
  jobTitle
  language
  interests
  bankType
  businessSector
  commercialService
  distributionType
  endReason
  journalistBeat
  prospectPriority
  relationType
  relationOf {
    id
    kind
    firstName
    lastName
    companyName
  }
  estimatedPotential
  contactsMadeCount
  meetingsCount
  frequencyClass
  revenueClass
  firstContactAt
  firstSaleAt
  owner {
    ...StaffUserFields
  }
  sourceAction {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<ContactQuery, ContactQueryVariables>;
export const ContactConfidentialDocument = new TypedDocumentString(`
    query ContactConfidential($id: ID!) {
  contact(id: $id) {
    ...ContactConfidential
  }
}
    fragment ContactConfidential on Contact {
  id
  discountRate
  grossMarginClass
  incomeBand
  maritalStatus
}`) as unknown as TypedDocumentString<ContactConfidentialQuery, ContactConfidentialQueryVariables>;
export const ContactSynopsisDocument = new TypedDocumentString(`
    query ContactSynopsis($id: ID!) {
  contact(id: $id) {
    id
    synopsis {
      action {
        id
        code
        name
        medium
      }
      targeted
      heldOut
      untargeted
      state
      responded
      converted
      targetedAt
      respondedAt
      responseChannel
      target {
        id
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContactSynopsisQuery, ContactSynopsisQueryVariables>;
export const ContactTimelineDocument = new TypedDocumentString(`
    query ContactTimeline($id: ID!, $first: Int = 10) {
  contact(id: $id) {
    id
    activities(first: $first) {
      totalCount
      edges {
        node {
          ...ActivityFields
        }
      }
    }
    tasks(first: $first, open: true) {
      totalCount
      edges {
        node {
          ...TaskFields
        }
      }
    }
    sales(first: $first) {
      totalCount
      edges {
        node {
          ...SaleSummary
        }
      }
    }
  }
}
    fragment ActivityFields on Activity {
  id
  version
  type
  subject
  body
  occurredAt
  status
  endsAt
  remindAt
  outcome
  nextStep
  promised
  author {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  action {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment BrandFields on Brand {
  id
  code
  name
}
fragment SaleSummary on Sale {
  id
  version
  saleDate
  channel
  total
  lineCount
  externalRef
  brand {
    ...BrandFields
  }
  attributedAction {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment TaskFields on Task {
  id
  version
  title
  description
  status
  remindAt
  dueDate
  completedAt
  overdue
  assignee {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  action {
    id
    code
    name
  }
  createdBy {
    ...StaffUserFields
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ContactTimelineQuery, ContactTimelineQueryVariables>;
export const CreateContactDocument = new TypedDocumentString(`
    mutation CreateContact($input: ContactInput!) {
  createContact(input: $input) {
    ...ContactDetail
    consents {
      purpose {
        code
      }
      status
    }
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment BrandFields on Brand {
  id
  code
  name
}
fragment ZoneFields on Zone {
  id
  code
  name
}
fragment ContactSummary on Contact {
  id
  version
  kind
  civility
  firstName
  lastName
  companyName
  email
  phone
  mobile
  postalCode
  city
  countryCode
  pipelineStage
  brand {
    ...BrandFields
  }
  zone {
    ...ZoneFields
  }
  createdAt
  updatedAt
  deletedAt
}
fragment ContactDetail on Contact {
  ...ContactSummary
  addressLine1
  addressLine2
  addressLine3
  fax
  jobTitle
  language
  interests
  bankType
  businessSector
  commercialService
  distributionType
  endReason
  journalistBeat
  prospectPriority
  relationType
  relationOf {
    id
    kind
    firstName
    lastName
    companyName
  }
  estimatedPotential
  contactsMadeCount
  meetingsCount
  frequencyClass
  revenueClass
  firstContactAt
  firstSaleAt
  owner {
    ...StaffUserFields
  }
  sourceAction {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<CreateContactMutation, CreateContactMutationVariables>;
export const UpdateContactDocument = new TypedDocumentString(`
    mutation UpdateContact($id: ID!, $version: Int!, $input: ContactPatch!) {
  updateContact(id: $id, version: $version, input: $input) {
    ...ContactDetail
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment BrandFields on Brand {
  id
  code
  name
}
fragment ZoneFields on Zone {
  id
  code
  name
}
fragment ContactSummary on Contact {
  id
  version
  kind
  civility
  firstName
  lastName
  companyName
  email
  phone
  mobile
  postalCode
  city
  countryCode
  pipelineStage
  brand {
    ...BrandFields
  }
  zone {
    ...ZoneFields
  }
  createdAt
  updatedAt
  deletedAt
}
fragment ContactDetail on Contact {
  ...ContactSummary
  addressLine1
  addressLine2
  addressLine3
  fax
  jobTitle
  language
  interests
  bankType
  businessSector
  commercialService
  distributionType
  endReason
  journalistBeat
  prospectPriority
  relationType
  relationOf {
    id
    kind
    firstName
    lastName
    companyName
  }
  estimatedPotential
  contactsMadeCount
  meetingsCount
  frequencyClass
  revenueClass
  firstContactAt
  firstSaleAt
  owner {
    ...StaffUserFields
  }
  sourceAction {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<UpdateContactMutation, UpdateContactMutationVariables>;
export const DeleteContactDocument = new TypedDocumentString(`
    mutation DeleteContact($id: ID!, $version: Int!) {
  deleteContact(id: $id, version: $version) {
    id
    version
    deletedAt
  }
}
    `) as unknown as TypedDocumentString<DeleteContactMutation, DeleteContactMutationVariables>;
export const RestoreContactDocument = new TypedDocumentString(`
    mutation RestoreContact($id: ID!, $version: Int!) {
  restoreContact(id: $id, version: $version) {
    id
    version
    deletedAt
  }
}
    `) as unknown as TypedDocumentString<RestoreContactMutation, RestoreContactMutationVariables>;
export const DocumentsDocument = new TypedDocumentString(`
    query Documents($filter: DocumentFilter, $first: Int, $after: String) {
  documents(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      node {
        ...DocumentFields
      }
    }
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment DocumentFields on Document {
  id
  version
  fileName
  mimeType
  sizeBytes
  sha256
  downloadPath
  createdAt
  uploadedBy {
    ...StaffUserFields
  }
  sharedWithUsers {
    id
    ...StaffUserFields
  }
  sharedWithRoles
  contact {
    id
  }
  action {
    id
    code
  }
}`) as unknown as TypedDocumentString<DocumentsQuery, DocumentsQueryVariables>;
export const ContactDocumentsDocument = new TypedDocumentString(`
    query ContactDocuments($id: ID!) {
  contact(id: $id) {
    id
    documents(first: 100) {
      totalCount
      edges {
        node {
          ...DocumentFields
        }
      }
    }
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment DocumentFields on Document {
  id
  version
  fileName
  mimeType
  sizeBytes
  sha256
  downloadPath
  createdAt
  uploadedBy {
    ...StaffUserFields
  }
  sharedWithUsers {
    id
    ...StaffUserFields
  }
  sharedWithRoles
  contact {
    id
  }
  action {
    id
    code
  }
}`) as unknown as TypedDocumentString<ContactDocumentsQuery, ContactDocumentsQueryVariables>;
export const GrantDocumentAccessDocument = new TypedDocumentString(`
    mutation GrantDocumentAccess($id: ID!, $users: [ID!], $roles: [Role!]) {
  grantDocumentAccess(id: $id, users: $users, roles: $roles) {
    ...DocumentFields
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment DocumentFields on Document {
  id
  version
  fileName
  mimeType
  sizeBytes
  sha256
  downloadPath
  createdAt
  uploadedBy {
    ...StaffUserFields
  }
  sharedWithUsers {
    id
    ...StaffUserFields
  }
  sharedWithRoles
  contact {
    id
  }
  action {
    id
    code
  }
}`) as unknown as TypedDocumentString<GrantDocumentAccessMutation, GrantDocumentAccessMutationVariables>;
export const RevokeDocumentAccessDocument = new TypedDocumentString(`
    mutation RevokeDocumentAccess($id: ID!, $users: [ID!], $roles: [Role!]) {
  revokeDocumentAccess(id: $id, users: $users, roles: $roles) {
    ...DocumentFields
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment DocumentFields on Document {
  id
  version
  fileName
  mimeType
  sizeBytes
  sha256
  downloadPath
  createdAt
  uploadedBy {
    ...StaffUserFields
  }
  sharedWithUsers {
    id
    ...StaffUserFields
  }
  sharedWithRoles
  contact {
    id
  }
  action {
    id
    code
  }
}`) as unknown as TypedDocumentString<RevokeDocumentAccessMutation, RevokeDocumentAccessMutationVariables>;
export const DeleteDocumentDocument = new TypedDocumentString(`
    mutation DeleteDocument($id: ID!, $version: Int!) {
  deleteDocument(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteDocumentMutation, DeleteDocumentMutationVariables>;
export const JobRunsDocument = new TypedDocumentString(`
    query JobRuns($filter: JobRunFilter, $orderBy: [JobRunOrder!], $first: Int, $after: String, $last: Int, $before: String) {
  jobRuns(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...JobRunFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment JobRunFields on JobRun {
  id
  name
  kind
  key
  state
  attempt
  resumed
  progressDone
  progressTotal
  errorCode
  errorMessage
  instance
  startedAt
  finishedAt
  durationMs
}`) as unknown as TypedDocumentString<JobRunsQuery, JobRunsQueryVariables>;
export const JobQueuesDocument = new TypedDocumentString(`
    query JobQueues {
  jobQueues {
    name
    kind
    periodSeconds
    waiting
    running
    lastRun {
      id
      state
      startedAt
      finishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<JobQueuesQuery, JobQueuesQueryVariables>;
export const LifetimeValueValidationDocument = new TypedDocumentString(`
    query LifetimeValueValidation($brand: ID!, $calibrationEnd: DateTime, $holdoutWeeks: Int) {
  lifetimeValueValidation(
    brand: $brand
    calibrationEnd: $calibrationEnd
    holdoutWeeks: $holdoutWeeks
  ) {
    firstSaleDay
    lastSaleDay
    calibrationEnd
    holdoutEnd
    holdoutWeeks
    customers
    cohortBuyers
    sampleStep
    insufficientData
    recommended
    computeMs
    models {
      model
      logLikelihood
      degenerate
      warnings
      rmse
      totalActual
      totalPredicted
      totalError
      parameters {
        name
        value
        standardError
      }
      byFrequency {
        frequency
        customers
        actual
        predicted
        suppressed
      }
      tracking {
        week
        actual
        predicted
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LifetimeValueValidationQuery, LifetimeValueValidationQueryVariables>;
export const ActionMessageDocument = new TypedDocumentString(`
    query ActionMessage($id: ID!) {
  node(id: $id) {
    ... on MarketingAction {
      id
      medium
      message {
        id
        sender
        subject
        bodyText
        bodyHtml
        ratePerMinute
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActionMessageQuery, ActionMessageQueryVariables>;
export const MergeFieldsDocument = new TypedDocumentString(`
    query MergeFields {
  mergeFields {
    name
    personal
    description
  }
}
    `) as unknown as TypedDocumentString<MergeFieldsQuery, MergeFieldsQueryVariables>;
export const SetActionMessageDocument = new TypedDocumentString(`
    mutation SetActionMessage($input: ActionMessageInput!) {
  setActionMessage(input: $input) {
    id
    sender
    subject
    bodyText
    bodyHtml
    ratePerMinute
    version
  }
}
    `) as unknown as TypedDocumentString<SetActionMessageMutation, SetActionMessageMutationVariables>;
export const ActionMessagePreviewDocument = new TypedDocumentString(`
    query ActionMessagePreview($action: ID!, $contact: ID!) {
  actionMessagePreview(action: $action, contact: $contact) {
    to
    subject
    text
    html
    sendable
    reason
    detail
    detailCode
    detailParams {
      name
      value
    }
  }
}
    `) as unknown as TypedDocumentString<ActionMessagePreviewQuery, ActionMessagePreviewQueryVariables>;
export const SendTestMessageDocument = new TypedDocumentString(`
    mutation SendTestMessage($action: ID!, $contact: ID!, $to: String!) {
  sendTestMessage(action: $action, contact: $contact, to: $to) {
    messageId
    to
  }
}
    `) as unknown as TypedDocumentString<SendTestMessageMutation, SendTestMessageMutationVariables>;
export const CaughtMailsDocument = new TypedDocumentString(`
    query CaughtMails($first: Int, $after: String) {
  caughtMails(first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        recipient
        subject
        raw
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaughtMailsQuery, CaughtMailsQueryVariables>;
export const HealthDocument = new TypedDocumentString(`
    query Health {
  health {
    status
    database
    version
  }
}
    `) as unknown as TypedDocumentString<HealthQuery, HealthQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview {
  overview {
    contactCount
    productCount
    actionCount
    saleCount
    contactsByKind {
      kind
      count
    }
    salesByMonth {
      month
      saleCount
      revenue
    }
    actionsByMedium {
      medium
      count
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const PartnerContactsDocument = new TypedDocumentString(`
    query PartnerContacts($filter: ContactFilter, $orderBy: [ContactOrder!], $first: Int, $after: String) {
  contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...PartnerContact
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartnerContact on Contact {
  id
  kind
  civility
  firstName
  lastName
  companyName
  email
  phone
  mobile
  addressLine1
  addressLine2
  addressLine3
  postalCode
  city
  countryCode
  language
}`) as unknown as TypedDocumentString<PartnerContactsQuery, PartnerContactsQueryVariables>;
export const PartnerContactDocument = new TypedDocumentString(`
    query PartnerContact($id: ID!) {
  contact(id: $id) {
    ...PartnerContact
  }
}
    fragment PartnerContact on Contact {
  id
  kind
  civility
  firstName
  lastName
  companyName
  email
  phone
  mobile
  addressLine1
  addressLine2
  addressLine3
  postalCode
  city
  countryCode
  language
}`) as unknown as TypedDocumentString<PartnerContactQuery, PartnerContactQueryVariables>;
export const RecordActionResponseDocument = new TypedDocumentString(`
    mutation RecordActionResponse($actionCode: String!, $contactId: ID!, $channel: ResponseChannel!, $respondedAt: DateTime!) {
  recordActionResponse(
    actionCode: $actionCode
    contactId: $contactId
    channel: $channel
    respondedAt: $respondedAt
  ) {
    actionCode
    contactId
    channel
    respondedAt
    alreadyRecorded
  }
}
    `) as unknown as TypedDocumentString<RecordActionResponseMutation, RecordActionResponseMutationVariables>;
export const MyPermissionsDocument = new TypedDocumentString(`
    query MyPermissions {
  myPermissions {
    role
    purposes
    purpose
    fields {
      field
      rule
      read
      write
    }
    queries
    mutations
  }
}
    `) as unknown as TypedDocumentString<MyPermissionsQuery, MyPermissionsQueryVariables>;
export const PurposesDocument = new TypedDocumentString(`
    query Purposes {
  purposes {
    code
    name
    description
    legalBasis
    parent {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PurposesQuery, PurposesQueryVariables>;
export const ContactConsentsDocument = new TypedDocumentString(`
    query ContactConsents($id: ID!) {
  contact(id: $id) {
    id
    consents {
      purpose {
        code
        name
      }
      status
      effectiveFrom
      effectiveTo
    }
  }
}
    `) as unknown as TypedDocumentString<ContactConsentsQuery, ContactConsentsQueryVariables>;
export const ProductsDocument = new TypedDocumentString(`
    query Products($filter: ProductFilter, $orderBy: [ProductOrder!], $first: Int, $after: String, $last: Int, $before: String) {
  products(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...ProductFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ProductCategoryFields on ProductCategory {
  id
  code
  name
}
fragment ProductFields on Product {
  id
  version
  code
  name
  active
  listPrice
  warrantyMonths
  category {
    ...ProductCategoryFields
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ProductsQuery, ProductsQueryVariables>;
export const ProductDocument = new TypedDocumentString(`
    query Product($id: ID, $code: String) {
  product(id: $id, code: $code) {
    ...ProductFields
    actions {
      id
      code
      name
      status
    }
  }
}
    fragment ProductCategoryFields on ProductCategory {
  id
  code
  name
}
fragment ProductFields on Product {
  id
  version
  code
  name
  active
  listPrice
  warrantyMonths
  category {
    ...ProductCategoryFields
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ProductQuery, ProductQueryVariables>;
export const ProductCostDocument = new TypedDocumentString(`
    query ProductCost($id: ID, $code: String) {
  product(id: $id, code: $code) {
    id
    unitCost
  }
}
    `) as unknown as TypedDocumentString<ProductCostQuery, ProductCostQueryVariables>;
export const ProductSaleLinesDocument = new TypedDocumentString(`
    query ProductSaleLines($id: ID!, $first: Int, $after: String) {
  product(id: $id) {
    id
    saleLines(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...SaleLineFields
          sale {
            id
            saleDate
          }
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment SaleLineFields on SaleLine {
  quantity
  unitPrice
  discountRate
  amount
  product {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<ProductSaleLinesQuery, ProductSaleLinesQueryVariables>;
export const CreateProductDocument = new TypedDocumentString(`
    mutation CreateProduct($input: ProductInput!) {
  createProduct(input: $input) {
    ...ProductFields
  }
}
    fragment ProductCategoryFields on ProductCategory {
  id
  code
  name
}
fragment ProductFields on Product {
  id
  version
  code
  name
  active
  listPrice
  warrantyMonths
  category {
    ...ProductCategoryFields
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateProductMutation, CreateProductMutationVariables>;
export const UpdateProductDocument = new TypedDocumentString(`
    mutation UpdateProduct($id: ID!, $version: Int!, $input: ProductPatch!) {
  updateProduct(id: $id, version: $version, input: $input) {
    ...ProductFields
  }
}
    fragment ProductCategoryFields on ProductCategory {
  id
  code
  name
}
fragment ProductFields on Product {
  id
  version
  code
  name
  active
  listPrice
  warrantyMonths
  category {
    ...ProductCategoryFields
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateProductMutation, UpdateProductMutationVariables>;
export const DeleteProductDocument = new TypedDocumentString(`
    mutation DeleteProduct($id: ID!, $version: Int!) {
  deleteProduct(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteProductMutation, DeleteProductMutationVariables>;
export const PurposeSettingsDocument = new TypedDocumentString(`
    query PurposeSettings {
  purposes {
    code
    inPreferenceCentre
    doubleOptIn
  }
}
    `) as unknown as TypedDocumentString<PurposeSettingsQuery, PurposeSettingsQueryVariables>;
export const UpdatePurposeDocument = new TypedDocumentString(`
    mutation UpdatePurpose($code: String!, $input: PurposeSettingsInput!) {
  updatePurpose(code: $code, input: $input) {
    code
    inPreferenceCentre
    doubleOptIn
  }
}
    `) as unknown as TypedDocumentString<UpdatePurposeMutation, UpdatePurposeMutationVariables>;
export const DuplicateCandidatesDocument = new TypedDocumentString(`
    query DuplicateCandidates($contact: ID, $minScore: Float, $first: Int, $after: String, $maxScan: Int) {
  duplicateCandidates(
    contact: $contact
    minScore: $minScore
    first: $first
    after: $after
    maxScan: $maxScan
  ) {
    scannedContacts
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        contact {
          ...ContactSummary
        }
        duplicate {
          ...ContactSummary
        }
        score
        matches {
          field
          method
          similarity
          weight
        }
      }
    }
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment ZoneFields on Zone {
  id
  code
  name
}
fragment ContactSummary on Contact {
  id
  version
  kind
  civility
  firstName
  lastName
  companyName
  email
  phone
  mobile
  postalCode
  city
  countryCode
  pipelineStage
  brand {
    ...BrandFields
  }
  zone {
    ...ZoneFields
  }
  createdAt
  updatedAt
  deletedAt
}`) as unknown as TypedDocumentString<DuplicateCandidatesQuery, DuplicateCandidatesQueryVariables>;
export const MergeContactsDocument = new TypedDocumentString(`
    mutation MergeContacts($survivorId: ID!, $mergedId: ID!, $fieldChoices: [MergeFieldChoice!], $dryRun: Boolean) {
  mergeContacts(
    survivorId: $survivorId
    mergedId: $mergedId
    fieldChoices: $fieldChoices
    dryRun: $dryRun
  ) {
    dryRun
    mergeRecordId
    survivor {
      ...ContactSummary
    }
    merged {
      id
      version
      mergedInto {
        id
      }
    }
    changes {
      field
      before
      after
      from
      withheld
    }
    moved {
      kind
      count
    }
    dropped {
      kind
      id
      reason
    }
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment ZoneFields on Zone {
  id
  code
  name
}
fragment ContactSummary on Contact {
  id
  version
  kind
  civility
  firstName
  lastName
  companyName
  email
  phone
  mobile
  postalCode
  city
  countryCode
  pipelineStage
  brand {
    ...BrandFields
  }
  zone {
    ...ZoneFields
  }
  createdAt
  updatedAt
  deletedAt
}`) as unknown as TypedDocumentString<MergeContactsMutation, MergeContactsMutationVariables>;
export const ImportFileDocument = new TypedDocumentString(`
    mutation ImportFile($entity: ImportEntity!, $format: ImportFormat!, $fileName: String!, $content: String!, $encoding: ImportContentEncoding, $mapping: [ImportColumnMapping!], $key: String, $defaults: [ImportDefault!], $dryRun: Boolean, $duplicates: DuplicateDecisionInput) {
  importFile(
    entity: $entity
    format: $format
    fileName: $fileName
    content: $content
    encoding: $encoding
    mapping: $mapping
    key: $key
    defaults: $defaults
    dryRun: $dryRun
    duplicates: $duplicates
  ) {
    ...ImportJobFields
    errors(first: 1000) {
      line
      field
      code
      message
    }
  }
}
    fragment ImportJobFields on ImportJob {
  id
  entity
  format
  fileName
  upsertKey
  dryRun
  status
  totalRows
  processedRows
  createdCount
  updatedCount
  unchangedCount
  rejectedCount
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<ImportFileMutation, ImportFileMutationVariables>;
export const StartImportDocument = new TypedDocumentString(`
    mutation StartImport($entity: ImportEntity!, $format: ImportFormat!, $fileName: String!, $content: String!, $encoding: ImportContentEncoding, $mapping: [ImportColumnMapping!], $key: String, $defaults: [ImportDefault!], $dryRun: Boolean, $duplicates: DuplicateDecisionInput) {
  startImport(
    entity: $entity
    format: $format
    fileName: $fileName
    content: $content
    encoding: $encoding
    mapping: $mapping
    key: $key
    defaults: $defaults
    dryRun: $dryRun
    duplicates: $duplicates
  ) {
    ...ImportJobFields
  }
}
    fragment ImportJobFields on ImportJob {
  id
  entity
  format
  fileName
  upsertKey
  dryRun
  status
  totalRows
  processedRows
  createdCount
  updatedCount
  unchangedCount
  rejectedCount
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<StartImportMutation, StartImportMutationVariables>;
export const ImportJobDocument = new TypedDocumentString(`
    query ImportJob($id: ID!, $first: Int) {
  importJob(id: $id) {
    ...ImportJobFields
    errors(first: $first) {
      line
      field
      code
      message
    }
  }
}
    fragment ImportJobFields on ImportJob {
  id
  entity
  format
  fileName
  upsertKey
  dryRun
  status
  totalRows
  processedRows
  createdCount
  updatedCount
  unchangedCount
  rejectedCount
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<ImportJobQuery, ImportJobQueryVariables>;
export const ExportContactsDocument = new TypedDocumentString(`
    query ExportContacts($format: ExportFormat!, $filter: ContactFilter, $segment: ID, $columns: [String!]) {
  exportContacts(
    format: $format
    filter: $filter
    segment: $segment
    columns: $columns
  ) {
    fileName
    mimeType
    contentBase64
    rowCount
    columns
    withheldColumns
    excludedWithoutConsent
  }
}
    `) as unknown as TypedDocumentString<ExportContactsQuery, ExportContactsQueryVariables>;
export const RetentionRulesDocument = new TypedDocumentString(`
    query RetentionRules {
  retentionRules {
    ...RetentionRuleFields
  }
}
    fragment RetentionRuleFields on RetentionRule {
  id
  kind
  purpose
  months
  active
  version
  updatedAt
}`) as unknown as TypedDocumentString<RetentionRulesQuery, RetentionRulesQueryVariables>;
export const RetentionPlanDocument = new TypedDocumentString(`
    query RetentionPlan($asOf: DateTime, $horizonDays: Int, $first: Int) {
  retentionPlan(asOf: $asOf, horizonDays: $horizonDays, first: $first) {
    asOf
    horizonEnd
    rules {
      rule {
        ...RetentionRuleFields
      }
      dueNow
      dueWithinHorizon
      items {
        contactId
        kind
        lastActivityAt
        purgeAt
      }
    }
  }
}
    fragment RetentionRuleFields on RetentionRule {
  id
  kind
  purpose
  months
  active
  version
  updatedAt
}`) as unknown as TypedDocumentString<RetentionPlanQuery, RetentionPlanQueryVariables>;
export const RetentionPurgesDocument = new TypedDocumentString(`
    query RetentionPurges($first: Int) {
  retentionPurges(first: $first) {
    ...RetentionPurgeFields
  }
}
    fragment RetentionPurgeFields on RetentionPurge {
  id
  dryRun
  asOf
  state
  contactsDue
  contactsErased
  consentsDue
  consentsExpired
  startedAt
  finishedAt
  rules {
    rule
    months
    due
  }
  requestedBy {
    id
    firstName
    lastName
  }
}`) as unknown as TypedDocumentString<RetentionPurgesQuery, RetentionPurgesQueryVariables>;
export const SetRetentionRuleDocument = new TypedDocumentString(`
    mutation SetRetentionRule($kind: ContactKind, $purpose: String, $months: Int!, $active: Boolean!) {
  setRetentionRule(
    kind: $kind
    purpose: $purpose
    months: $months
    active: $active
  ) {
    ...RetentionRuleFields
  }
}
    fragment RetentionRuleFields on RetentionRule {
  id
  kind
  purpose
  months
  active
  version
  updatedAt
}`) as unknown as TypedDocumentString<SetRetentionRuleMutation, SetRetentionRuleMutationVariables>;
export const StartRetentionPurgeDocument = new TypedDocumentString(`
    mutation StartRetentionPurge($dryRun: Boolean!) {
  startRetentionPurge(dryRun: $dryRun) {
    ...RetentionPurgeFields
  }
}
    fragment RetentionPurgeFields on RetentionPurge {
  id
  dryRun
  asOf
  state
  contactsDue
  contactsErased
  consentsDue
  consentsExpired
  startedAt
  finishedAt
  rules {
    rule
    months
    due
  }
  requestedBy {
    id
    firstName
    lastName
  }
}`) as unknown as TypedDocumentString<StartRetentionPurgeMutation, StartRetentionPurgeMutationVariables>;
export const SalesDocument = new TypedDocumentString(`
    query Sales($filter: SaleFilter, $orderBy: [SaleOrder!], $first: Int, $after: String, $last: Int, $before: String) {
  sales(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...SaleSummary
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment BrandFields on Brand {
  id
  code
  name
}
fragment SaleSummary on Sale {
  id
  version
  saleDate
  channel
  total
  lineCount
  externalRef
  brand {
    ...BrandFields
  }
  attributedAction {
    id
    code
    name
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SalesQuery, SalesQueryVariables>;
export const SaleDocument = new TypedDocumentString(`
    query Sale($id: ID!) {
  sale(id: $id) {
    ...SaleDetail
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment SaleLineFields on SaleLine {
  quantity
  unitPrice
  discountRate
  amount
  product {
    id
    code
    name
  }
}
fragment SaleSummary on Sale {
  id
  version
  saleDate
  channel
  total
  lineCount
  externalRef
  brand {
    ...BrandFields
  }
  attributedAction {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment SaleDetail on Sale {
  ...SaleSummary
  contact {
    id
    firstName
    lastName
    companyName
  }
  conversion {
    id
    version
    action {
      id
      code
    }
  }
  lines {
    ...SaleLineFields
  }
}`) as unknown as TypedDocumentString<SaleQuery, SaleQueryVariables>;
export const SaleMarginDocument = new TypedDocumentString(`
    query SaleMargin($id: ID!) {
  sale(id: $id) {
    id
    grossMargin
  }
}
    `) as unknown as TypedDocumentString<SaleMarginQuery, SaleMarginQueryVariables>;
export const RecordSaleDocument = new TypedDocumentString(`
    mutation RecordSale($input: SaleInput!, $conversionTargetId: ID) {
  recordSale(input: $input, conversionTargetId: $conversionTargetId) {
    ...SaleDetail
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment SaleLineFields on SaleLine {
  quantity
  unitPrice
  discountRate
  amount
  product {
    id
    code
    name
  }
}
fragment SaleSummary on Sale {
  id
  version
  saleDate
  channel
  total
  lineCount
  externalRef
  brand {
    ...BrandFields
  }
  attributedAction {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment SaleDetail on Sale {
  ...SaleSummary
  contact {
    id
    firstName
    lastName
    companyName
  }
  conversion {
    id
    version
    action {
      id
      code
    }
  }
  lines {
    ...SaleLineFields
  }
}`) as unknown as TypedDocumentString<RecordSaleMutation, RecordSaleMutationVariables>;
export const UpdateSaleDocument = new TypedDocumentString(`
    mutation UpdateSale($id: ID!, $version: Int!, $input: SalePatch!) {
  updateSale(id: $id, version: $version, input: $input) {
    ...SaleDetail
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment SaleLineFields on SaleLine {
  quantity
  unitPrice
  discountRate
  amount
  product {
    id
    code
    name
  }
}
fragment SaleSummary on Sale {
  id
  version
  saleDate
  channel
  total
  lineCount
  externalRef
  brand {
    ...BrandFields
  }
  attributedAction {
    id
    code
    name
  }
  createdAt
  updatedAt
}
fragment SaleDetail on Sale {
  ...SaleSummary
  contact {
    id
    firstName
    lastName
    companyName
  }
  conversion {
    id
    version
    action {
      id
      code
    }
  }
  lines {
    ...SaleLineFields
  }
}`) as unknown as TypedDocumentString<UpdateSaleMutation, UpdateSaleMutationVariables>;
export const DeleteSaleDocument = new TypedDocumentString(`
    mutation DeleteSale($id: ID!, $version: Int!) {
  deleteSale(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteSaleMutation, DeleteSaleMutationVariables>;
export const SegmentsDocument = new TypedDocumentString(`
    query Segments($filter: SegmentFilter, $orderBy: [SegmentOrder!], $first: Int, $after: String) {
  segments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...SegmentFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment SegmentFields on Segment {
  id
  version
  name
  description
  kind
  criteria
  frozenAt
  memberCount
  count
  brand {
    id
    code
    name
  }
  owner {
    id
    firstName
    lastName
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SegmentsQuery, SegmentsQueryVariables>;
export const SegmentDocument = new TypedDocumentString(`
    query Segment($id: ID!) {
  node(id: $id) {
    ... on Segment {
      ...SegmentFields
    }
  }
}
    fragment SegmentFields on Segment {
  id
  version
  name
  description
  kind
  criteria
  frozenAt
  memberCount
  count
  brand {
    id
    code
    name
  }
  owner {
    id
    firstName
    lastName
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SegmentQuery, SegmentQueryVariables>;
export const SegmentMembersDocument = new TypedDocumentString(`
    query SegmentMembers($id: ID!, $first: Int, $after: String) {
  node(id: $id) {
    ... on Segment {
      id
      contacts(first: $first, after: $after) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        edges {
          node {
            id
            kind
            lastName
            firstName
            companyName
            city
          }
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<SegmentMembersQuery, SegmentMembersQueryVariables>;
export const PreviewSegmentDocument = new TypedDocumentString(`
    query PreviewSegment($criteria: SegmentCriteriaInput!, $first: Int) {
  previewSegment(criteria: $criteria, first: $first) {
    count
    contacts {
      id
      lastName
      firstName
      companyName
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewSegmentQuery, PreviewSegmentQueryVariables>;
export const CreateSegmentDocument = new TypedDocumentString(`
    mutation CreateSegment($input: SegmentInput!) {
  createSegment(input: $input) {
    ...SegmentFields
  }
}
    fragment SegmentFields on Segment {
  id
  version
  name
  description
  kind
  criteria
  frozenAt
  memberCount
  count
  brand {
    id
    code
    name
  }
  owner {
    id
    firstName
    lastName
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateSegmentMutation, CreateSegmentMutationVariables>;
export const UpdateSegmentDocument = new TypedDocumentString(`
    mutation UpdateSegment($id: ID!, $version: Int!, $input: SegmentPatch!) {
  updateSegment(id: $id, version: $version, input: $input) {
    ...SegmentFields
  }
}
    fragment SegmentFields on Segment {
  id
  version
  name
  description
  kind
  criteria
  frozenAt
  memberCount
  count
  brand {
    id
    code
    name
  }
  owner {
    id
    firstName
    lastName
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateSegmentMutation, UpdateSegmentMutationVariables>;
export const FreezeSegmentDocument = new TypedDocumentString(`
    mutation FreezeSegment($id: ID!) {
  freezeSegment(id: $id) {
    ...SegmentFields
  }
}
    fragment SegmentFields on Segment {
  id
  version
  name
  description
  kind
  criteria
  frozenAt
  memberCount
  count
  brand {
    id
    code
    name
  }
  owner {
    id
    firstName
    lastName
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<FreezeSegmentMutation, FreezeSegmentMutationVariables>;
export const DeleteSegmentDocument = new TypedDocumentString(`
    mutation DeleteSegment($id: ID!, $version: Int!) {
  deleteSegment(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteSegmentMutation, DeleteSegmentMutationVariables>;
export const DeliverySummaryDocument = new TypedDocumentString(`
    query DeliverySummary($id: ID!) {
  node(id: $id) {
    ... on MarketingAction {
      id
      deliverySummary {
        total
        queued
        sent
        delivered
        bounced
        complained
        failed
        skipped
        opened
        clicked
        done
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliverySummaryQuery, DeliverySummaryQueryVariables>;
export const ActionDeliveriesDocument = new TypedDocumentString(`
    query ActionDeliveries($id: ID!, $first: Int, $after: String, $status: [DeliveryStatus!]) {
  node(id: $id) {
    ... on MarketingAction {
      id
      deliveries(first: $first, after: $after, status: $status) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            status
            reason
            detail
            attempts
            nextAttemptAt
            queuedAt
            sentAt
            openedAt
            clickedAt
            contact {
              id
              firstName
              lastName
              email
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActionDeliveriesQuery, ActionDeliveriesQueryVariables>;
export const SendActionDocument = new TypedDocumentString(`
    mutation SendAction($action: ID!) {
  sendAction(action: $action) {
    id
  }
}
    `) as unknown as TypedDocumentString<SendActionMutation, SendActionMutationVariables>;
export const StaffAccountsDocument = new TypedDocumentString(`
    query StaffAccounts {
  staffAccounts {
    ...StaffAccountFields
  }
}
    fragment StaffAccountFields on StaffUser {
  id
  email
  firstName
  lastName
  role
  active
  mustChangePassword
  temporaryPasswordExpiresAt
  brandIds
  zoneIds
  version
}`) as unknown as TypedDocumentString<StaffAccountsQuery, StaffAccountsQueryVariables>;
export const CreateStaffUserDocument = new TypedDocumentString(`
    mutation CreateStaffUser($input: NewStaffUserInput!) {
  createStaffUser(input: $input) {
    ...StaffAccountFields
  }
}
    fragment StaffAccountFields on StaffUser {
  id
  email
  firstName
  lastName
  role
  active
  mustChangePassword
  temporaryPasswordExpiresAt
  brandIds
  zoneIds
  version
}`) as unknown as TypedDocumentString<CreateStaffUserMutation, CreateStaffUserMutationVariables>;
export const UpdateStaffUserDocument = new TypedDocumentString(`
    mutation UpdateStaffUser($id: ID!, $version: Int!, $input: StaffUserInput!) {
  updateStaffUser(id: $id, version: $version, input: $input) {
    ...StaffAccountFields
  }
}
    fragment StaffAccountFields on StaffUser {
  id
  email
  firstName
  lastName
  role
  active
  mustChangePassword
  temporaryPasswordExpiresAt
  brandIds
  zoneIds
  version
}`) as unknown as TypedDocumentString<UpdateStaffUserMutation, UpdateStaffUserMutationVariables>;
export const DeactivateStaffUserDocument = new TypedDocumentString(`
    mutation DeactivateStaffUser($id: ID!) {
  deactivateStaffUser(id: $id) {
    ...StaffAccountFields
  }
}
    fragment StaffAccountFields on StaffUser {
  id
  email
  firstName
  lastName
  role
  active
  mustChangePassword
  temporaryPasswordExpiresAt
  brandIds
  zoneIds
  version
}`) as unknown as TypedDocumentString<DeactivateStaffUserMutation, DeactivateStaffUserMutationVariables>;
export const ReactivateStaffUserDocument = new TypedDocumentString(`
    mutation ReactivateStaffUser($id: ID!) {
  reactivateStaffUser(id: $id) {
    ...StaffAccountFields
  }
}
    fragment StaffAccountFields on StaffUser {
  id
  email
  firstName
  lastName
  role
  active
  mustChangePassword
  temporaryPasswordExpiresAt
  brandIds
  zoneIds
  version
}`) as unknown as TypedDocumentString<ReactivateStaffUserMutation, ReactivateStaffUserMutationVariables>;
export const ResetStaffPasswordDocument = new TypedDocumentString(`
    mutation ResetStaffPassword($id: ID!, $temporaryPassword: String!) {
  resetStaffPassword(id: $id, temporaryPassword: $temporaryPassword) {
    ...StaffAccountFields
  }
}
    fragment StaffAccountFields on StaffUser {
  id
  email
  firstName
  lastName
  role
  active
  mustChangePassword
  temporaryPasswordExpiresAt
  brandIds
  zoneIds
  version
}`) as unknown as TypedDocumentString<ResetStaffPasswordMutation, ResetStaffPasswordMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($email: String!, $currentPassword: String!, $newPassword: String!) {
  changePassword(
    email: $email
    currentPassword: $currentPassword
    newPassword: $newPassword
  ) {
    token
    expiresAt
    user {
      ...StaffUserFields
    }
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}`) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const RolePurposesDocument = new TypedDocumentString(`
    query RolePurposes {
  rolePurposes {
    id
    role
    purposes
  }
}
    `) as unknown as TypedDocumentString<RolePurposesQuery, RolePurposesQueryVariables>;
export const SetRolePurposesDocument = new TypedDocumentString(`
    mutation SetRolePurposes($role: Role!, $purposes: [String!]!) {
  setRolePurposes(role: $role, purposes: $purposes) {
    id
    role
    purposes
  }
}
    `) as unknown as TypedDocumentString<SetRolePurposesMutation, SetRolePurposesMutationVariables>;
export const StaffUsersDocument = new TypedDocumentString(`
    query StaffUsers {
  staffUsers {
    id
    email
    firstName
    lastName
    role
  }
}
    `) as unknown as TypedDocumentString<StaffUsersQuery, StaffUsersQueryVariables>;
export const StewardedFieldsDocument = new TypedDocumentString(`
    query StewardedFields {
  stewardedFields {
    field
    stewardRole
  }
  stewardableFields
}
    `) as unknown as TypedDocumentString<StewardedFieldsQuery, StewardedFieldsQueryVariables>;
export const ChangeProposalsDocument = new TypedDocumentString(`
    query ChangeProposals($filter: ChangeProposalFilter, $first: Int, $after: String) {
  changeProposals(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      node {
        ...ChangeProposalFields
      }
    }
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ChangeProposalFields on ChangeProposal {
  id
  version
  field
  oldValue
  newValue
  status
  comment
  createdAt
  decidedAt
  proposedBy {
    ...StaffUserFields
  }
  decidedBy {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
}`) as unknown as TypedDocumentString<ChangeProposalsQuery, ChangeProposalsQueryVariables>;
export const ContactChangeProposalsDocument = new TypedDocumentString(`
    query ContactChangeProposals($id: ID!) {
  contact(id: $id) {
    id
    changeProposals(first: 100) {
      totalCount
      edges {
        node {
          ...ChangeProposalFields
        }
      }
    }
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment ChangeProposalFields on ChangeProposal {
  id
  version
  field
  oldValue
  newValue
  status
  comment
  createdAt
  decidedAt
  proposedBy {
    ...StaffUserFields
  }
  decidedBy {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
}`) as unknown as TypedDocumentString<ContactChangeProposalsQuery, ContactChangeProposalsQueryVariables>;
export const SetStewardedFieldDocument = new TypedDocumentString(`
    mutation SetStewardedField($field: String!, $stewardRole: Role!) {
  setStewardedField(field: $field, stewardRole: $stewardRole) {
    field
    stewardRole
  }
}
    `) as unknown as TypedDocumentString<SetStewardedFieldMutation, SetStewardedFieldMutationVariables>;
export const RemoveStewardedFieldDocument = new TypedDocumentString(`
    mutation RemoveStewardedField($field: String!) {
  removeStewardedField(field: $field)
}
    `) as unknown as TypedDocumentString<RemoveStewardedFieldMutation, RemoveStewardedFieldMutationVariables>;
export const AcceptProposalDocument = new TypedDocumentString(`
    mutation AcceptProposal($id: ID!, $version: Int!) {
  acceptProposal(id: $id, version: $version) {
    ...ChangeProposalFields
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment ChangeProposalFields on ChangeProposal {
  id
  version
  field
  oldValue
  newValue
  status
  comment
  createdAt
  decidedAt
  proposedBy {
    ...StaffUserFields
  }
  decidedBy {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
}`) as unknown as TypedDocumentString<AcceptProposalMutation, AcceptProposalMutationVariables>;
export const RejectProposalDocument = new TypedDocumentString(`
    mutation RejectProposal($id: ID!, $version: Int!, $comment: String!) {
  rejectProposal(id: $id, version: $version, comment: $comment) {
    ...ChangeProposalFields
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment ChangeProposalFields on ChangeProposal {
  id
  version
  field
  oldValue
  newValue
  status
  comment
  createdAt
  decidedAt
  proposedBy {
    ...StaffUserFields
  }
  decidedBy {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
}`) as unknown as TypedDocumentString<RejectProposalMutation, RejectProposalMutationVariables>;
export const SubjectRequestsDocument = new TypedDocumentString(`
    query SubjectRequests($status: [SubjectRequestStatus!], $overdue: Boolean, $first: Int, $after: String) {
  subjectRequests(
    status: $status
    overdue: $overdue
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...SubjectRequestRow
      }
    }
  }
}
    fragment SubjectRequestRow on SubjectRequest {
  id
  type
  status
  receivedAt
  dueAt
  overdue
  version
  extensionReason
  completedAt
  contact {
    id
  }
  handler {
    id
    firstName
    lastName
  }
}`) as unknown as TypedDocumentString<SubjectRequestsQuery, SubjectRequestsQueryVariables>;
export const SubjectRequestDocument = new TypedDocumentString(`
    query SubjectRequest($id: ID!) {
  subjectRequest(id: $id) {
    ...SubjectRequestDetail
  }
}
    fragment SubjectRequestRow on SubjectRequest {
  id
  type
  status
  receivedAt
  dueAt
  overdue
  version
  extensionReason
  completedAt
  contact {
    id
  }
  handler {
    id
    firstName
    lastName
  }
}
fragment SubjectRequestDetail on SubjectRequest {
  ...SubjectRequestRow
  notes
  rejectionReason
  artefact
  createdAt
  loggedBy {
    id
    firstName
    lastName
  }
  notices {
    id
    lastDisclosedAt
    sentAt
    toNotify
    apiKey {
      id
      name
      prefix
    }
  }
}`) as unknown as TypedDocumentString<SubjectRequestQuery, SubjectRequestQueryVariables>;
export const SubjectRequestsOverdueDocument = new TypedDocumentString(`
    query SubjectRequestsOverdue {
  subjectRequestsOverdue
}
    `) as unknown as TypedDocumentString<SubjectRequestsOverdueQuery, SubjectRequestsOverdueQueryVariables>;
export const LogSubjectRequestDocument = new TypedDocumentString(`
    mutation LogSubjectRequest($input: LogSubjectRequestInput!) {
  logSubjectRequest(input: $input) {
    ...SubjectRequestDetail
  }
}
    fragment SubjectRequestRow on SubjectRequest {
  id
  type
  status
  receivedAt
  dueAt
  overdue
  version
  extensionReason
  completedAt
  contact {
    id
  }
  handler {
    id
    firstName
    lastName
  }
}
fragment SubjectRequestDetail on SubjectRequest {
  ...SubjectRequestRow
  notes
  rejectionReason
  artefact
  createdAt
  loggedBy {
    id
    firstName
    lastName
  }
  notices {
    id
    lastDisclosedAt
    sentAt
    toNotify
    apiKey {
      id
      name
      prefix
    }
  }
}`) as unknown as TypedDocumentString<LogSubjectRequestMutation, LogSubjectRequestMutationVariables>;
export const AssignSubjectRequestDocument = new TypedDocumentString(`
    mutation AssignSubjectRequest($id: ID!, $version: Int!, $handler: ID!) {
  assignSubjectRequest(id: $id, version: $version, handler: $handler) {
    ...SubjectRequestDetail
  }
}
    fragment SubjectRequestRow on SubjectRequest {
  id
  type
  status
  receivedAt
  dueAt
  overdue
  version
  extensionReason
  completedAt
  contact {
    id
  }
  handler {
    id
    firstName
    lastName
  }
}
fragment SubjectRequestDetail on SubjectRequest {
  ...SubjectRequestRow
  notes
  rejectionReason
  artefact
  createdAt
  loggedBy {
    id
    firstName
    lastName
  }
  notices {
    id
    lastDisclosedAt
    sentAt
    toNotify
    apiKey {
      id
      name
      prefix
    }
  }
}`) as unknown as TypedDocumentString<AssignSubjectRequestMutation, AssignSubjectRequestMutationVariables>;
export const ExtendSubjectRequestDocument = new TypedDocumentString(`
    mutation ExtendSubjectRequest($id: ID!, $version: Int!, $reason: String!) {
  extendSubjectRequest(id: $id, version: $version, reason: $reason) {
    ...SubjectRequestDetail
  }
}
    fragment SubjectRequestRow on SubjectRequest {
  id
  type
  status
  receivedAt
  dueAt
  overdue
  version
  extensionReason
  completedAt
  contact {
    id
  }
  handler {
    id
    firstName
    lastName
  }
}
fragment SubjectRequestDetail on SubjectRequest {
  ...SubjectRequestRow
  notes
  rejectionReason
  artefact
  createdAt
  loggedBy {
    id
    firstName
    lastName
  }
  notices {
    id
    lastDisclosedAt
    sentAt
    toNotify
    apiKey {
      id
      name
      prefix
    }
  }
}`) as unknown as TypedDocumentString<ExtendSubjectRequestMutation, ExtendSubjectRequestMutationVariables>;
export const CompleteSubjectRequestDocument = new TypedDocumentString(`
    mutation CompleteSubjectRequest($id: ID!, $version: Int!) {
  completeSubjectRequest(id: $id, version: $version) {
    ...SubjectRequestDetail
  }
}
    fragment SubjectRequestRow on SubjectRequest {
  id
  type
  status
  receivedAt
  dueAt
  overdue
  version
  extensionReason
  completedAt
  contact {
    id
  }
  handler {
    id
    firstName
    lastName
  }
}
fragment SubjectRequestDetail on SubjectRequest {
  ...SubjectRequestRow
  notes
  rejectionReason
  artefact
  createdAt
  loggedBy {
    id
    firstName
    lastName
  }
  notices {
    id
    lastDisclosedAt
    sentAt
    toNotify
    apiKey {
      id
      name
      prefix
    }
  }
}`) as unknown as TypedDocumentString<CompleteSubjectRequestMutation, CompleteSubjectRequestMutationVariables>;
export const RejectSubjectRequestDocument = new TypedDocumentString(`
    mutation RejectSubjectRequest($id: ID!, $version: Int!, $reason: String!) {
  rejectSubjectRequest(id: $id, version: $version, reason: $reason) {
    ...SubjectRequestDetail
  }
}
    fragment SubjectRequestRow on SubjectRequest {
  id
  type
  status
  receivedAt
  dueAt
  overdue
  version
  extensionReason
  completedAt
  contact {
    id
  }
  handler {
    id
    firstName
    lastName
  }
}
fragment SubjectRequestDetail on SubjectRequest {
  ...SubjectRequestRow
  notes
  rejectionReason
  artefact
  createdAt
  loggedBy {
    id
    firstName
    lastName
  }
  notices {
    id
    lastDisclosedAt
    sentAt
    toNotify
    apiKey {
      id
      name
      prefix
    }
  }
}`) as unknown as TypedDocumentString<RejectSubjectRequestMutation, RejectSubjectRequestMutationVariables>;
export const MarkPartnerNoticeSentDocument = new TypedDocumentString(`
    mutation MarkPartnerNoticeSent($id: ID!) {
  markPartnerNoticeSent(id: $id) {
    id
    sentAt
    toNotify
  }
}
    `) as unknown as TypedDocumentString<MarkPartnerNoticeSentMutation, MarkPartnerNoticeSentMutationVariables>;
export const SurveysDocument = new TypedDocumentString(`
    query Surveys($filter: SurveyFilter, $orderBy: [SurveyOrder!], $first: Int, $after: String) {
  surveys(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...SurveyFields
        invitations {
          totalCount
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment BrandFields on Brand {
  id
  code
  name
}
fragment SurveyQuestionFields on SurveyQuestion {
  id
  position
  type
  label
  options
  scaleMax
  required
}
fragment SurveyFields on Survey {
  id
  version
  name
  description
  status
  brand {
    ...BrandFields
  }
  sentAt
  closedAt
  createdAt
  updatedAt
  questions {
    ...SurveyQuestionFields
  }
}`) as unknown as TypedDocumentString<SurveysQuery, SurveysQueryVariables>;
export const SurveyDocument = new TypedDocumentString(`
    query Survey($id: ID!) {
  node(id: $id) {
    ... on Survey {
      ...SurveyFields
    }
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment SurveyQuestionFields on SurveyQuestion {
  id
  position
  type
  label
  options
  scaleMax
  required
}
fragment SurveyFields on Survey {
  id
  version
  name
  description
  status
  brand {
    ...BrandFields
  }
  sentAt
  closedAt
  createdAt
  updatedAt
  questions {
    ...SurveyQuestionFields
  }
}`) as unknown as TypedDocumentString<SurveyQuery, SurveyQueryVariables>;
export const SurveyInvitationsDocument = new TypedDocumentString(`
    query SurveyInvitations($id: ID!, $responded: Boolean, $first: Int, $after: String) {
  node(id: $id) {
    ... on Survey {
      id
      invitations(responded: $responded, first: $first, after: $after) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        edges {
          node {
            id
            sentAt
            respondedAt
            token
            contact {
              id
              firstName
              lastName
              companyName
            }
            answers {
              question {
                id
                position
              }
              rating
              choice
              text
            }
          }
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<SurveyInvitationsQuery, SurveyInvitationsQueryVariables>;
export const SurveyResultsDocument = new TypedDocumentString(`
    query SurveyResults($survey: ID!, $segment: ID) {
  surveyResults(survey: $survey, segment: $segment) {
    survey
    segment
    minGroupSize
    suppressed
    invitationCount
    responseCount
    responseRate
    satisfaction
    nps {
      ...NpsFigureFields
    }
    questions {
      question
      position
      type
      label
      suppressed
      answerCount
      meanRating
      satisfaction
      nps {
        ...NpsFigureFields
      }
      distribution {
        value
        count
      }
    }
  }
}
    fragment NpsFigureFields on NpsFigure {
  score
  promoters
  passives
  detractors
  total
}`) as unknown as TypedDocumentString<SurveyResultsQuery, SurveyResultsQueryVariables>;
export const CreateSurveyDocument = new TypedDocumentString(`
    mutation CreateSurvey($input: SurveyInput!) {
  createSurvey(input: $input) {
    ...SurveyFields
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment SurveyQuestionFields on SurveyQuestion {
  id
  position
  type
  label
  options
  scaleMax
  required
}
fragment SurveyFields on Survey {
  id
  version
  name
  description
  status
  brand {
    ...BrandFields
  }
  sentAt
  closedAt
  createdAt
  updatedAt
  questions {
    ...SurveyQuestionFields
  }
}`) as unknown as TypedDocumentString<CreateSurveyMutation, CreateSurveyMutationVariables>;
export const UpdateSurveyDocument = new TypedDocumentString(`
    mutation UpdateSurvey($id: ID!, $version: Int!, $input: SurveyPatch!) {
  updateSurvey(id: $id, version: $version, input: $input) {
    ...SurveyFields
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment SurveyQuestionFields on SurveyQuestion {
  id
  position
  type
  label
  options
  scaleMax
  required
}
fragment SurveyFields on Survey {
  id
  version
  name
  description
  status
  brand {
    ...BrandFields
  }
  sentAt
  closedAt
  createdAt
  updatedAt
  questions {
    ...SurveyQuestionFields
  }
}`) as unknown as TypedDocumentString<UpdateSurveyMutation, UpdateSurveyMutationVariables>;
export const DeleteSurveyDocument = new TypedDocumentString(`
    mutation DeleteSurvey($id: ID!, $version: Int!) {
  deleteSurvey(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteSurveyMutation, DeleteSurveyMutationVariables>;
export const SendSurveyDocument = new TypedDocumentString(`
    mutation SendSurvey($id: ID!, $version: Int!, $to: SurveyRecipients!) {
  sendSurvey(id: $id, version: $version, to: $to) {
    invited
    alreadyInvited
    excludedWithoutConsent
    notFound
    survey {
      ...SurveyFields
    }
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment SurveyQuestionFields on SurveyQuestion {
  id
  position
  type
  label
  options
  scaleMax
  required
}
fragment SurveyFields on Survey {
  id
  version
  name
  description
  status
  brand {
    ...BrandFields
  }
  sentAt
  closedAt
  createdAt
  updatedAt
  questions {
    ...SurveyQuestionFields
  }
}`) as unknown as TypedDocumentString<SendSurveyMutation, SendSurveyMutationVariables>;
export const CloseSurveyDocument = new TypedDocumentString(`
    mutation CloseSurvey($id: ID!, $version: Int!) {
  closeSurvey(id: $id, version: $version) {
    ...SurveyFields
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment SurveyQuestionFields on SurveyQuestion {
  id
  position
  type
  label
  options
  scaleMax
  required
}
fragment SurveyFields on Survey {
  id
  version
  name
  description
  status
  brand {
    ...BrandFields
  }
  sentAt
  closedAt
  createdAt
  updatedAt
  questions {
    ...SurveyQuestionFields
  }
}`) as unknown as TypedDocumentString<CloseSurveyMutation, CloseSurveyMutationVariables>;
export const RecordSurveyAnswersDocument = new TypedDocumentString(`
    mutation RecordSurveyAnswers($invitation: ID!, $answers: [SurveyAnswerInput!]!) {
  recordSurveyAnswers(invitation: $invitation, answers: $answers) {
    id
    respondedAt
  }
}
    `) as unknown as TypedDocumentString<RecordSurveyAnswersMutation, RecordSurveyAnswersMutationVariables>;
export const ActionTargetsDocument = new TypedDocumentString(`
    query ActionTargets($filter: ActionTargetFilter, $orderBy: [ActionTargetOrder!], $first: Int, $after: String, $last: Int, $before: String) {
  actionTargets(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...ActionTargetFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ActionTargetFields on ActionTarget {
  id
  version
  targetedAt
  inControlGroup
  responded
  respondedAt
  responseChannel
  responseDelayDays
  converted
  conversionSale {
    id
    saleDate
    total
  }
  action {
    id
    code
    name
    responseChannels
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  createdAt
}`) as unknown as TypedDocumentString<ActionTargetsQuery, ActionTargetsQueryVariables>;
export const TargetContactsDocument = new TypedDocumentString(`
    mutation TargetContacts($actionId: ID!, $contactIds: [ID!]!, $targetedAt: DateTime) {
  targetContacts(
    actionId: $actionId
    contactIds: $contactIds
    targetedAt: $targetedAt
  ) {
    created {
      ...ActionTargetFields
    }
    alreadyTargeted {
      ...ActionTargetFields
    }
    excluded {
      reason
      detail
      contact {
        id
      }
    }
  }
}
    fragment ActionTargetFields on ActionTarget {
  id
  version
  targetedAt
  inControlGroup
  responded
  respondedAt
  responseChannel
  responseDelayDays
  converted
  conversionSale {
    id
    saleDate
    total
  }
  action {
    id
    code
    name
    responseChannels
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  createdAt
}`) as unknown as TypedDocumentString<TargetContactsMutation, TargetContactsMutationVariables>;
export const RecordResponseDocument = new TypedDocumentString(`
    mutation RecordResponse($targetId: ID!, $version: Int!, $channel: ResponseChannel!, $respondedAt: DateTime!) {
  recordResponse(
    targetId: $targetId
    version: $version
    channel: $channel
    respondedAt: $respondedAt
  ) {
    ...ActionTargetFields
  }
}
    fragment ActionTargetFields on ActionTarget {
  id
  version
  targetedAt
  inControlGroup
  responded
  respondedAt
  responseChannel
  responseDelayDays
  converted
  conversionSale {
    id
    saleDate
    total
  }
  action {
    id
    code
    name
    responseChannels
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  createdAt
}`) as unknown as TypedDocumentString<RecordResponseMutation, RecordResponseMutationVariables>;
export const ClearResponseDocument = new TypedDocumentString(`
    mutation ClearResponse($targetId: ID!, $version: Int!) {
  clearResponse(targetId: $targetId, version: $version) {
    ...ActionTargetFields
  }
}
    fragment ActionTargetFields on ActionTarget {
  id
  version
  targetedAt
  inControlGroup
  responded
  respondedAt
  responseChannel
  responseDelayDays
  converted
  conversionSale {
    id
    saleDate
    total
  }
  action {
    id
    code
    name
    responseChannels
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  createdAt
}`) as unknown as TypedDocumentString<ClearResponseMutation, ClearResponseMutationVariables>;
export const DeleteActionTargetDocument = new TypedDocumentString(`
    mutation DeleteActionTarget($id: ID!, $version: Int!) {
  deleteActionTarget(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteActionTargetMutation, DeleteActionTargetMutationVariables>;
export const TasksDocument = new TypedDocumentString(`
    query Tasks($filter: TaskFilter, $orderBy: [TaskOrder!], $first: Int, $after: String, $last: Int, $before: String) {
  tasks(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...TaskFields
      }
    }
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment TaskFields on Task {
  id
  version
  title
  description
  status
  remindAt
  dueDate
  completedAt
  overdue
  assignee {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  action {
    id
    code
    name
  }
  createdBy {
    ...StaffUserFields
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TasksQuery, TasksQueryVariables>;
export const CreateTaskDocument = new TypedDocumentString(`
    mutation CreateTask($input: TaskInput!) {
  createTask(input: $input) {
    ...TaskFields
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment TaskFields on Task {
  id
  version
  title
  description
  status
  remindAt
  dueDate
  completedAt
  overdue
  assignee {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  action {
    id
    code
    name
  }
  createdBy {
    ...StaffUserFields
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateTaskMutation, CreateTaskMutationVariables>;
export const UpdateTaskDocument = new TypedDocumentString(`
    mutation UpdateTask($id: ID!, $version: Int!, $input: TaskPatch!) {
  updateTask(id: $id, version: $version, input: $input) {
    ...TaskFields
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment TaskFields on Task {
  id
  version
  title
  description
  status
  remindAt
  dueDate
  completedAt
  overdue
  assignee {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  action {
    id
    code
    name
  }
  createdBy {
    ...StaffUserFields
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateTaskMutation, UpdateTaskMutationVariables>;
export const DeleteTaskDocument = new TypedDocumentString(`
    mutation DeleteTask($id: ID!, $version: Int!) {
  deleteTask(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteTaskMutation, DeleteTaskMutationVariables>;
export const TaskDocument = new TypedDocumentString(`
    query Task($id: ID!) {
  node(id: $id) {
    ... on Task {
      ...TaskFields
    }
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment TaskFields on Task {
  id
  version
  title
  description
  status
  remindAt
  dueDate
  completedAt
  overdue
  assignee {
    ...StaffUserFields
  }
  contact {
    id
    firstName
    lastName
    companyName
  }
  action {
    id
    code
    name
  }
  createdBy {
    ...StaffUserFields
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TaskQuery, TaskQueryVariables>;
export const ContactHistoryDocument = new TypedDocumentString(`
    query ContactHistory($id: ID!, $first: Int, $after: String, $kinds: [TimelineKind!]) {
  contact(id: $id) {
    id
    nextPlannedContact {
      kind
      at
      activity {
        id
        type
        subject
      }
      task {
        id
        title
      }
    }
    timeline(first: $first, after: $after, kinds: $kinds) {
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          at
          kind
          summary
          node {
            __typename
            ... on Activity {
              id
              type
              activityStatus: status
              subject
              outcome
              nextStep
              promised
              author {
                ...StaffUserFields
              }
            }
            ... on ActionTarget {
              id
              action {
                id
                code
                name
              }
              responseChannel
              conversionSale {
                id
                total
              }
            }
            ... on Sale {
              id
              total
              channel
            }
            ... on ServiceCase {
              id
              reference
              subject
              caseStatus: status
            }
            ... on SurveyInvitation {
              id
              survey {
                id
                name
              }
            }
          }
        }
      }
    }
  }
}
    fragment StaffUserFields on StaffUser {
  email
  firstName
  lastName
  role
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ContactHistoryQuery, ContactHistoryQueryVariables>;
export const TriggersDocument = new TypedDocumentString(`
    query Triggers($filter: TriggerFilter, $orderBy: [TriggerOrder!], $first: Int, $after: String, $last: Int, $before: String) {
  triggers(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...TriggerFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment BrandFields on Brand {
  id
  code
  name
}
fragment TriggerFields on Trigger {
  id
  version
  name
  kind
  active
  lastRunAt
  params {
    days
    sinceDays
    categoryCode
    from
    to
  }
  action {
    id
    code
    name
  }
  brand {
    ...BrandFields
  }
  firings(first: 0) {
    totalCount
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TriggersQuery, TriggersQueryVariables>;
export const TriggerDocument = new TypedDocumentString(`
    query Trigger($id: ID!) {
  node(id: $id) {
    ... on Trigger {
      ...TriggerFields
    }
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment TriggerFields on Trigger {
  id
  version
  name
  kind
  active
  lastRunAt
  params {
    days
    sinceDays
    categoryCode
    from
    to
  }
  action {
    id
    code
    name
  }
  brand {
    ...BrandFields
  }
  firings(first: 0) {
    totalCount
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TriggerQuery, TriggerQueryVariables>;
export const TriggerFiringsDocument = new TypedDocumentString(`
    query TriggerFirings($id: ID!, $targeted: Boolean, $first: Int, $after: String) {
  node(id: $id) {
    ... on Trigger {
      id
      firings(targeted: $targeted, first: $first, after: $after) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        edges {
          cursor
          node {
            id
            occurrenceKey
            firedAt
            exclusionReason
            contact {
              id
              firstName
              lastName
              companyName
            }
            target {
              id
              targetedAt
              inControlGroup
              responded
            }
          }
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<TriggerFiringsQuery, TriggerFiringsQueryVariables>;
export const CreateTriggerDocument = new TypedDocumentString(`
    mutation CreateTrigger($input: TriggerInput!) {
  createTrigger(input: $input) {
    ...TriggerFields
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment TriggerFields on Trigger {
  id
  version
  name
  kind
  active
  lastRunAt
  params {
    days
    sinceDays
    categoryCode
    from
    to
  }
  action {
    id
    code
    name
  }
  brand {
    ...BrandFields
  }
  firings(first: 0) {
    totalCount
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateTriggerMutation, CreateTriggerMutationVariables>;
export const UpdateTriggerDocument = new TypedDocumentString(`
    mutation UpdateTrigger($id: ID!, $version: Int!, $input: TriggerPatch!) {
  updateTrigger(id: $id, version: $version, input: $input) {
    ...TriggerFields
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment TriggerFields on Trigger {
  id
  version
  name
  kind
  active
  lastRunAt
  params {
    days
    sinceDays
    categoryCode
    from
    to
  }
  action {
    id
    code
    name
  }
  brand {
    ...BrandFields
  }
  firings(first: 0) {
    totalCount
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateTriggerMutation, UpdateTriggerMutationVariables>;
export const DeleteTriggerDocument = new TypedDocumentString(`
    mutation DeleteTrigger($id: ID!, $version: Int!) {
  deleteTrigger(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteTriggerMutation, DeleteTriggerMutationVariables>;
export const RunTriggersDocument = new TypedDocumentString(`
    mutation RunTriggers($dryRun: Boolean, $triggers: [ID!]) {
  runTriggers(dryRun: $dryRun, triggers: $triggers) {
    trigger
    matched
    fired
    targeted
    control
    excluded {
      reason
      count
    }
    error
  }
}
    `) as unknown as TypedDocumentString<RunTriggersMutation, RunTriggersMutationVariables>;
export const ActionSequenceDocument = new TypedDocumentString(`
    query ActionSequence($id: ID!) {
  node(id: $id) {
    ... on MarketingAction {
      id
      version
      code
      attributionWindowDays
      followUpCondition
      followUpDelayDays
      previousAction {
        id
        code
        name
      }
      followUps {
        id
        code
        name
        medium
        followUpCondition
        followUpDelayDays
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActionSequenceQuery, ActionSequenceQueryVariables>;
export const ReattributeSalesDocument = new TypedDocumentString(`
    mutation ReattributeSales($from: DateTime!, $to: DateTime!) {
  reattributeSales(from: $from, to: $to) {
    sales
    attributed
    changed
  }
}
    `) as unknown as TypedDocumentString<ReattributeSalesMutation, ReattributeSalesMutationVariables>;
export const RunFollowUpsDocument = new TypedDocumentString(`
    mutation RunFollowUps($dryRun: Boolean, $actions: [ID!]) {
  runFollowUps(dryRun: $dryRun, actions: $actions) {
    action
    previousAction
    due
    targeted
    control
    excluded {
      reason
      count
    }
    error
  }
}
    `) as unknown as TypedDocumentString<RunFollowUpsMutation, RunFollowUpsMutationVariables>;
export const WebhookSubscriptionsDocument = new TypedDocumentString(`
    query WebhookSubscriptions($filter: WebhookSubscriptionFilter, $orderBy: [WebhookSubscriptionOrder!], $first: Int, $after: String, $last: Int, $before: String) {
  webhookSubscriptions(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...WebhookSubscriptionFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment BrandFields on Brand {
  id
  code
  name
}
fragment WebhookSubscriptionFields on WebhookSubscription {
  id
  version
  name
  url
  active
  events
  brand {
    ...BrandFields
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<WebhookSubscriptionsQuery, WebhookSubscriptionsQueryVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($subscription: [ID!], $status: [WebhookDeliveryStatus!], $filter: WebhookDeliveryFilter, $orderBy: [WebhookDeliveryOrder!], $first: Int, $after: String, $last: Int, $before: String) {
  webhookDeliveries(
    subscription: $subscription
    status: $status
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...WebhookDeliveryFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment WebhookDeliveryFields on WebhookDelivery {
  id
  event
  eventId
  status
  attempts
  nextAttemptAt
  lastStatusCode
  lastError
  deliveredAt
  createdAt
  payload
  subscription {
    id
    name
  }
  log {
    attempt
    attemptedAt
    statusCode
    error
    durationMs
  }
}`) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateWebhookSubscriptionDocument = new TypedDocumentString(`
    mutation CreateWebhookSubscription($input: WebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    secret
    subscription {
      ...WebhookSubscriptionFields
    }
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment WebhookSubscriptionFields on WebhookSubscription {
  id
  version
  name
  url
  active
  events
  brand {
    ...BrandFields
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateWebhookSubscriptionMutation, CreateWebhookSubscriptionMutationVariables>;
export const UpdateWebhookSubscriptionDocument = new TypedDocumentString(`
    mutation UpdateWebhookSubscription($id: ID!, $version: Int!, $input: WebhookSubscriptionPatch!) {
  updateWebhookSubscription(id: $id, version: $version, input: $input) {
    ...WebhookSubscriptionFields
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment WebhookSubscriptionFields on WebhookSubscription {
  id
  version
  name
  url
  active
  events
  brand {
    ...BrandFields
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateWebhookSubscriptionMutation, UpdateWebhookSubscriptionMutationVariables>;
export const RotateWebhookSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookSecret($id: ID!, $version: Int!) {
  rotateWebhookSecret(id: $id, version: $version) {
    secret
    subscription {
      ...WebhookSubscriptionFields
    }
  }
}
    fragment BrandFields on Brand {
  id
  code
  name
}
fragment WebhookSubscriptionFields on WebhookSubscription {
  id
  version
  name
  url
  active
  events
  brand {
    ...BrandFields
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const DeleteWebhookSubscriptionDocument = new TypedDocumentString(`
    mutation DeleteWebhookSubscription($id: ID!, $version: Int!) {
  deleteWebhookSubscription(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteWebhookSubscriptionMutation, DeleteWebhookSubscriptionMutationVariables>;
export const PingWebhookDocument = new TypedDocumentString(`
    mutation PingWebhook($id: ID!) {
  pingWebhook(id: $id) {
    ok
    statusCode
    error
    durationMs
  }
}
    `) as unknown as TypedDocumentString<PingWebhookMutation, PingWebhookMutationVariables>;
export const RedeliverWebhookDocument = new TypedDocumentString(`
    mutation RedeliverWebhook($id: ID!) {
  redeliverWebhook(id: $id) {
    ...WebhookDeliveryFields
  }
}
    fragment WebhookDeliveryFields on WebhookDelivery {
  id
  event
  eventId
  status
  attempts
  nextAttemptAt
  lastStatusCode
  lastError
  deliveredAt
  createdAt
  payload
  subscription {
    id
    name
  }
  log {
    attempt
    attemptedAt
    statusCode
    error
    durationMs
  }
}`) as unknown as TypedDocumentString<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;