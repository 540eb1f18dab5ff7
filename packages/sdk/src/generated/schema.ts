export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant, ISO-8601 (2026-11-22T10:00:00.000Z; UTC without an offset), from 1900-01-01 to 2100-12-31. */
  DateTime: { input: string | Date; output: string; }
  /** An exact decimal number as a string, e.g. "12.50". */
  Decimal: { input: string | number; output: string; }
};

/** Averages over the actions that have targets: plain (each action weighs the same: the mean of their figures) or pooled (each target weighs the same: sums over sums). Rates are fractions; null when nothing to divide by. */
export type ActionAverages = {
  __typename?: 'ActionAverages';
  /** Actions averaged (those with targets). */
  actions: Scalars['Int']['output'];
  /** Attributed revenue per action. */
  attributedRevenue?: Maybe<Scalars['Float']['output']>;
  conversionRate?: Maybe<Scalars['Float']['output']>;
  /** Pooled only. */
  conversionRateInterval?: Maybe<Interval>;
  costPerConversion?: Maybe<Scalars['Float']['output']>;
  costPerResponse?: Maybe<Scalars['Float']['output']>;
  /** Plain: the mean of the actions' mean delays; pooled: the mean over every response. */
  meanResponseDelayDays?: Maybe<Scalars['Float']['output']>;
  purchaseRate?: Maybe<Scalars['Float']['output']>;
  /** Pooled only. */
  purchaseRateInterval?: Maybe<Interval>;
  responseRate?: Maybe<Scalars['Float']['output']>;
  /** Pooled only: 95% Wilson interval (a target counts once per action). */
  responseRateInterval?: Maybe<Interval>;
  /** Attributed revenue per target. */
  revenuePerTarget?: Maybe<Scalars['Float']['output']>;
};

/** Every action you may see, side by side, with totals, plain and pooled averages and each action’s shares. */
export type ActionComparison = {
  __typename?: 'ActionComparison';
  actions: Array<ActionPerformance>;
  /** The window asked for; null: each action's own attributionWindowDays. */
  attributionDays?: Maybe<Scalars['Int']['output']>;
  /** Plain means: each action with targets weighs the same. */
  averages: ActionAverages;
  /** The group size under which an action is flagged smallSample. */
  minInferenceGroup: Scalars['Int']['output'];
  /** Pooled (size-weighted): total responses / total targets, total cost / total responses, ... */
  pooled: ActionAverages;
  totals: ActionTotals;
};

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

export type ActionMessage = Node & {
  __typename?: 'ActionMessage';
  action: MarketingAction;
  /** HTML body (a template); null: text only. */
  bodyHtml?: Maybe<Scalars['String']['output']>;
  /** Plain-text body (a template): the SMS, or the e-mail's text. */
  bodyText: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Messages per minute of this action's send; null: the deployment's default. */
  ratePerMinute?: Maybe<Scalars['Int']['output']>;
  /** E-mail sender ("Name <address>"); null: the deployment's default sender. */
  sender?: Maybe<Scalars['String']['output']>;
  /** E-mail subject (a template); null for SMS. */
  subject?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ActionMessageInput = {
  action: Scalars['ID']['input'];
  bodyHtml?: InputMaybe<Scalars['String']['input']>;
  bodyText: Scalars['String']['input'];
  /** 1 to 600,000; absent: the deployment default. */
  ratePerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** Name <address>; absent: the default sender. */
  sender?: InputMaybe<Scalars['String']['input']>;
  /** Required for e-mail; none for SMS. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; required once a message exists. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** An action's message as one contact would receive it, or why it would not be sent. */
export type ActionMessagePreview = {
  __typename?: 'ActionMessagePreview';
  /** Why not, in English. */
  detail?: Maybe<Scalars['String']['output']>;
  /** Why not, as a stable code (kernel/message-codes.ts renderDetailTemplates): CONSENT_PURPOSE, REQUEST_PURPOSE, NO_ADDRESS, EMAIL_INVALID, MEDIUM_SENDS_NONE, TEMPLATE_BROKEN; translate it with `detailParams`. */
  detailCode?: Maybe<Scalars['String']['output']>;
  /** The detail's parameters: purpose (a purpose code), channel (email, mobile), medium, parts. */
  detailParams: Array<MessageParam>;
  /** The rendered HTML: show it in a sandboxed frame, never inline. */
  html?: Maybe<Scalars['String']['output']>;
  /** Why not: NO_CONSENT, NO_CHANNEL_ADDRESS, NO_MESSAGE or NOT_FOUND (a contact you cannot see too). */
  reason?: Maybe<Scalars['String']['output']>;
  sendable: Scalars['Boolean']['output'];
  subject?: Maybe<Scalars['String']['output']>;
  text?: Maybe<Scalars['String']['output']>;
  to?: Maybe<Scalars['String']['output']>;
};

export type ActionObjective =
  | 'ACQUISITION'
  | 'INFORMATION'
  | 'LOYALTY'
  | 'REACTIVATION'
  | 'UP_SELL'
  | 'WIN_BACK';

/** What an action achieved. Rates are fractions from 0 to 1 over the targets outside the control group; null when the denominator is 0. */
export type ActionPerformance = {
  __typename?: 'ActionPerformance';
  action: MarketingAction;
  /** Their purchases' revenue within the window, net of discounts. */
  attributedRevenue: Scalars['Float']['output'];
  /** The attribution window used, in days: the one asked for, or the action's own. */
  attributionDays: Scalars['Int']['output'];
  /** Targets who bought within the attribution window, responding or not. */
  buyers: Scalars['Int']['output'];
  channels: Array<ChannelUse>;
  /** Control-group targets who bought within the window. */
  controlBuyers: Scalars['Int']['output'];
  controlPurchaseRate?: Maybe<Scalars['Float']['output']>;
  /** 95% Wilson interval of controlPurchaseRate. */
  controlPurchaseRateInterval?: Maybe<Interval>;
  controlResponseRate?: Maybe<Scalars['Float']['output']>;
  /** 95% Wilson interval of controlResponseRate. */
  controlResponseRateInterval?: Maybe<Interval>;
  /** Control-group targets who responded anyway. */
  controlResponses: Scalars['Int']['output'];
  controlTargeted: Scalars['Int']['output'];
  conversionRate?: Maybe<Scalars['Float']['output']>;
  /** 95% Wilson interval of conversionRate. */
  conversionRateInterval?: Maybe<Interval>;
  /** Share of the conversions of all the actions compared. */
  conversionShare?: Maybe<Scalars['Float']['output']>;
  conversions: Scalars['Int']['output'];
  cost: Scalars['Float']['output'];
  costPerConversion?: Maybe<Scalars['Float']['output']>;
  costPerResponse?: Maybe<Scalars['Float']['output']>;
  /** Share of the cost of the actions compared. */
  costShare?: Maybe<Scalars['Float']['output']>;
  meanResponseDelayDays?: Maybe<Scalars['Float']['output']>;
  medianResponseDelayDays?: Maybe<Scalars['Float']['output']>;
  purchaseRate?: Maybe<Scalars['Float']['output']>;
  /** 95% Wilson interval of purchaseRate. */
  purchaseRateInterval?: Maybe<Interval>;
  /** Purchase rate minus that of the control group. */
  purchaseUplift?: Maybe<Scalars['Float']['output']>;
  /** 95% Newcombe interval of purchaseUplift. */
  purchaseUpliftInterval?: Maybe<Interval>;
  purchaseUpliftTest?: Maybe<UpliftTest>;
  responseRate?: Maybe<Scalars['Float']['output']>;
  /** 95% Wilson interval of responseRate. */
  responseRateInterval?: Maybe<Interval>;
  /** Share of the responses of the actions compared. */
  responseShare?: Maybe<Scalars['Float']['output']>;
  /** Response rate minus that of the control group. */
  responseUplift?: Maybe<Scalars['Float']['output']>;
  /** 95% Newcombe interval of responseUplift. */
  responseUpliftInterval?: Maybe<Interval>;
  responseUpliftTest?: Maybe<UpliftTest>;
  responses: Scalars['Int']['output'];
  /** Share of the attributed revenue of all the actions compared. */
  revenueShare?: Maybe<Scalars['Float']['output']>;
  /** The treated or the control group has members but fewer than ActionComparison.minInferenceGroup (30): its rates and uplifts are too uncertain to act on (see the intervals). */
  smallSample: Scalars['Boolean']['output'];
  /** Share of the targets of the actions compared. */
  targetShare?: Maybe<Scalars['Float']['output']>;
  /** Targets outside the control group. */
  targeted: Scalars['Int']['output'];
  /** untargetedConversions over untargetedResponses: the share of those responders who bought. */
  untargetedConversionRate?: Maybe<Scalars['Float']['output']>;
  /** Untargeted responses converted into a sale. */
  untargetedConversions: Scalars['Int']['output'];
  /** Responses from contacts the action did not target (press coupon, web form, event), counted apart: never in targeted, the rates or the uplift. For an action without targets, responses and conversions are these. */
  untargetedResponses: Scalars['Int']['output'];
  /** Untargeted responders' purchases within the window after their response, net of discounts. */
  untargetedRevenue: Scalars['Float']['output'];
};

export type ActionStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PLANNED'
  | 'RUNNING';

export type ActionTarget = Node & {
  __typename?: 'ActionTarget';
  action: MarketingAction;
  contact: Contact;
  /** The sale that converted this target. */
  conversionSale?: Maybe<Sale>;
  converted: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  inControlGroup: Scalars['Boolean']['output'];
  responded: Scalars['Boolean']['output'];
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  responseChannel?: Maybe<ResponseChannel>;
  /** Days from targeting to response (*délai de remontée*). */
  responseDelayDays?: Maybe<Scalars['Float']['output']>;
  targetedAt: Scalars['DateTime']['output'];
  /** A response from a contact the action did not target (press coupon, web form, event): targetedAt is the response time; counted apart from the targets. */
  untargeted: Scalars['Boolean']['output'];
  /** Send it back with recordResponse (optimistic concurrency). */
  version: Scalars['Int']['output'];
};

export type ActionTargetFilter = {
  /** Of any of these actions. */
  action?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Of any of these contacts. */
  contact?: InputMaybe<Array<Scalars['ID']['input']>>;
  converted?: InputMaybe<Scalars['Boolean']['input']>;
  inControlGroup?: InputMaybe<Scalars['Boolean']['input']>;
  responded?: InputMaybe<Scalars['Boolean']['input']>;
  respondedAt?: InputMaybe<DateTimeRange>;
  responseChannel?: InputMaybe<Array<ResponseChannel>>;
  targetedAt?: InputMaybe<DateTimeRange>;
};

export type ActionTargetOrder = {
  direction?: InputMaybe<SortDirection>;
  field: ActionTargetOrderField;
};

export type ActionTargetOrderField =
  | 'CREATED_AT'
  | 'ID'
  | 'RESPONDED_AT'
  | 'TARGETED_AT';

export type ActionTargetingInput = {
  /** Higher wins under a pressure cap. */
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** The segment the action is for; null to clear. */
  segment?: InputMaybe<Scalars['ID']['input']>;
};

export type ActionTotals = {
  __typename?: 'ActionTotals';
  actions: Scalars['Int']['output'];
  attributedRevenue: Scalars['Float']['output'];
  buyers: Scalars['Int']['output'];
  conversions: Scalars['Int']['output'];
  cost: Scalars['Float']['output'];
  responses: Scalars['Int']['output'];
  targeted: Scalars['Int']['output'];
  untargetedConversions: Scalars['Int']['output'];
  untargetedResponses: Scalars['Int']['output'];
  untargetedRevenue: Scalars['Float']['output'];
};

export type Activity = Node & {
  __typename?: 'Activity';
  /** The marketing action this activity belongs to (null when none, or outside your brands). */
  action?: Maybe<MarketingAction>;
  author?: Maybe<StaffUser>;
  body?: Maybe<Scalars['String']['output']>;
  contact: Contact;
  createdAt: Scalars['DateTime']['output'];
  /** End of a meeting or call. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  nextStep?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  outcome?: Maybe<ActivityOutcome>;
  /** What was promised to the contact (customer service sees it on cases). */
  promised?: Maybe<Scalars['String']['output']>;
  /** When the author is reminded (PLANNED). */
  remindAt?: Maybe<Scalars['DateTime']['output']>;
  reminderSentAt?: Maybe<Scalars['DateTime']['output']>;
  status: ActivityStatus;
  subject: Scalars['String']['output'];
  type: ActivityType;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update (optimistic concurrency). */
  version: Scalars['Int']['output'];
};

export type ActivityCompletion = {
  /** The report; replaces the body when given. */
  body?: InputMaybe<Scalars['String']['input']>;
  nextStep?: InputMaybe<Scalars['String']['input']>;
  /** When it took place; defaults to the planned time. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  outcome?: InputMaybe<ActivityOutcome>;
  promised?: InputMaybe<Scalars['String']['input']>;
};

export type ActivityFilter = {
  /** Belonging to any of these actions. */
  action?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Written by any of these staff users. */
  author?: InputMaybe<Array<Scalars['ID']['input']>>;
  contact?: InputMaybe<Array<Scalars['ID']['input']>>;
  occurredAt?: InputMaybe<DateTimeRange>;
  /** true: only activities with a promise to the contact. */
  promised?: InputMaybe<Scalars['Boolean']['input']>;
  /** Words found in the subject or the body. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<ActivityStatus>>;
  type?: InputMaybe<Array<ActivityType>>;
};

export type ActivityInput = {
  /** The marketing action this activity belongs to, if any. */
  action?: InputMaybe<Scalars['ID']['input']>;
  body?: InputMaybe<Scalars['String']['input']>;
  contact: Scalars['ID']['input'];
  /** End of a meeting or call; after occurredAt. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The next step agreed (up to 500 characters). */
  nextStep?: InputMaybe<Scalars['String']['input']>;
  /** When it happened, or (PLANNED) when it is planned: then in the future. */
  occurredAt: Scalars['DateTime']['input'];
  /** DONE only. */
  outcome?: InputMaybe<ActivityOutcome>;
  /** What was promised to the contact (shown to customer service; up to 1000 characters). */
  promised?: InputMaybe<Scalars['String']['input']>;
  /** PLANNED only: when to remind you (a notification), at or before occurredAt. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Defaults to DONE. PLANNED puts it in your calendar. */
  status?: InputMaybe<ActivityStatus>;
  subject: Scalars['String']['input'];
  type: ActivityType;
};

export type ActivityOrder = {
  direction?: InputMaybe<SortDirection>;
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
  action?: InputMaybe<Scalars['ID']['input']>;
  body?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  nextStep?: InputMaybe<Scalars['String']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  outcome?: InputMaybe<ActivityOutcome>;
  promised?: InputMaybe<Scalars['String']['input']>;
  /** A new reminder time sends a new reminder. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only a PLANNED activity changes status (to DONE or CANCELLED). */
  status?: InputMaybe<ActivityStatus>;
  subject?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<ActivityType>;
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

/** A partner application key. The key itself is shown once, when created; only its hash is stored. */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  brandCodes: Array<Scalars['String']['output']>;
  /** Capabilities granted to the key (RECORD_SALES: the inbound sales route). */
  capabilities: Array<ApiCapability>;
  createdAt: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** To the minute. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The public part of the key (`fid_<prefix>_...`). */
  prefix: Scalars['String']['output'];
  purposeCodes: Array<Scalars['String']['output']>;
  /** Requests a minute, per API instance. */
  rateLimitPerMinute: Scalars['Int']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  version: Scalars['Int']['output'];
};

export type ApiKeyInput = {
  /** Brands whose contacts the partner may read. */
  brands: Array<Scalars['ID']['input']>;
  /** Granted explicitly; none by default (RECORD_SALES: the key may record sales on /inbound/sales). */
  capabilities?: InputMaybe<Array<ApiCapability>>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  /** Purpose codes the partner may declare (each covers its subtree). */
  purposes: Array<Scalars['String']['input']>;
  /** Default 60. */
  rateLimitPerMinute?: InputMaybe<Scalars['Int']['input']>;
};

/** Who did or read what, for which purpose, with what outcome. Append-only. */
export type AuditEntry = Node & {
  __typename?: 'AuditEntry';
  actorType: ActorType;
  /** The staff user, for STAFF entries. */
  actorUser?: Maybe<StaffUser>;
  /** The partner key, for API_KEY entries. */
  apiKey?: Maybe<ApiKey>;
  at: Scalars['DateTime']['output'];
  entity: Scalars['String']['output'];
  /** The one row concerned; null when a read concerned several (see entityIds). */
  entityId?: Maybe<Scalars['String']['output']>;
  /** Every row the entry concerns: the rows read alike (same fields and outcome) in the request. */
  entityIds: Array<Scalars['String']['output']>;
  errorCode?: Maybe<Scalars['String']['output']>;
  /** Fields read or written (names only, never values). */
  fields: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  operation: AuditOperation;
  operationName?: Maybe<Scalars['String']['output']>;
  outcome: AuditOutcome;
  /** The purpose code the request declared. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** Entries of one request share it. */
  requestId?: Maybe<Scalars['String']['output']>;
};

export type AuditFilter = {
  /** Any of these staff users. */
  actorUser?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Any of these partner keys. */
  apiKey?: InputMaybe<Array<Scalars['ID']['input']>>;
  at?: InputMaybe<DateTimeRange>;
  /** Any of these entities, e.g. Contact. */
  entity?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Entries concerning this row of the entity (its numeric id), alone or among others read alike. */
  entityId?: InputMaybe<Scalars['String']['input']>;
  operation?: InputMaybe<Array<AuditOperation>>;
  outcome?: InputMaybe<Array<AuditOutcome>>;
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

/** A brand of the company. Contacts, sales and actions belong to one. */
export type Brand = Node & {
  __typename?: 'Brand';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type BusinessSector =
  | 'CONSULTING'
  | 'FACILITIES'
  | 'IT_SERVICES'
  | 'LOGISTICS'
  | 'MANUFACTURING'
  | 'MARKETING_SERVICES'
  | 'PRINTING'
  | 'WHOLESALE';

/** An entry of a user's calendar: an activity (meeting, call... planned or done) or a task by its due date. */
export type CalendarEntry = {
  __typename?: 'CalendarEntry';
  activity?: Maybe<Activity>;
  activityStatus?: Maybe<ActivityStatus>;
  activityType?: Maybe<ActivityType>;
  /** End of a meeting or call, when known. */
  end?: Maybe<Scalars['DateTime']['output']>;
  kind: PlannedItemKind;
  /** The activity time, or the due date of a task. */
  start: Scalars['DateTime']['output'];
  task?: Maybe<Task>;
  title: Scalars['String']['output'];
};

/** Buyers with a number of repeat purchases in calibration, and their mean holdout purchases. */
export type CalibrationFrequencyBucket = {
  __typename?: 'CalibrationFrequencyBucket';
  /** Mean holdout purchase days, actual. */
  actual?: Maybe<Scalars['Float']['output']>;
  customers: Scalars['Int']['output'];
  /** Repeat purchase days in calibration; 7 means 7 or more. */
  frequency: Scalars['Int']['output'];
  /** Mean predicted by the model. */
  predicted?: Maybe<Scalars['Float']['output']>;
  /** Fewer buyers than FIDELE_MIN_GROUP_SIZE: no means. */
  suppressed: Scalars['Boolean']['output'];
};

/** What createCallList did: the tasks it created, and the targets it left out. */
export type CallListResult = {
  __typename?: 'CallListResult';
  /** Targets whose contact already had a task for this action (an earlier call list): not listed again. */
  alreadyListed: Scalars['Int']['output'];
  /** Tasks created by this call, one per target. */
  created: Scalars['Int']['output'];
  /** Targets of the sending list left out: consent to the purpose withdrawn since targeting, a telemarketing opt-out, or a deleted contact. */
  excluded: Scalars['Int']['output'];
  /** Global ids of the tasks created, in the order they were handed out. */
  taskIds: Array<Scalars['ID']['output']>;
};

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

export type CaseCategoryStatistics = {
  __typename?: 'CaseCategoryStatistics';
  /** Mean time to resolution of the resolved cases, in hours. */
  averageResolutionHours?: Maybe<Scalars['Float']['output']>;
  caseCount: Scalars['Int']['output'];
  category: CaseCategory;
  /** Not resolved yet. */
  openCount: Scalars['Int']['output'];
  resolvedCount: Scalars['Int']['output'];
};

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
  comment?: InputMaybe<Scalars['String']['input']>;
  /** An allowed next status (see CaseStatus). */
  status: CaseStatus;
};

export type CaughtMail = Node & {
  __typename?: 'CaughtMail';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The whole message as it would have been sent (RFC 5322). */
  raw: Scalars['String']['output'];
  recipient: Scalars['String']['output'];
  subject: Scalars['String']['output'];
};

export type ChangeProposal = Node & {
  __typename?: 'ChangeProposal';
  comment?: Maybe<Scalars['String']['output']>;
  contact: Contact;
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<StaffUser>;
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The value proposed. As JSON text (null: none). A personal field needs the contact's consent to the request's purpose; a confidential one its roles. */
  newValue?: Maybe<Scalars['String']['output']>;
  /** The value when the proposal was made. As JSON text (null: none). A personal field needs the contact's consent to the request's purpose; a confidential one its roles. */
  oldValue?: Maybe<Scalars['String']['output']>;
  proposedBy?: Maybe<StaffUser>;
  status: ProposalStatus;
  version: Scalars['Int']['output'];
};

export type ChangeProposalFilter = {
  contact?: InputMaybe<Array<Scalars['ID']['input']>>;
  field?: InputMaybe<Array<Scalars['String']['input']>>;
  status?: InputMaybe<Array<ProposalStatus>>;
  /** true: only fields you steward, by name or by role (a steward's inbox). */
  stewardedByMe?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Responses that came on one of the channels the action offers. */
export type ChannelUse = {
  __typename?: 'ChannelUse';
  channel: ResponseChannel;
  responses: Scalars['Int']['output'];
  /** Fraction of the action's responses, 0 to 1. */
  share?: Maybe<Scalars['Float']['output']>;
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

export type Cohort = {
  __typename?: 'Cohort';
  /** Months 0 to `months` − 1 (for a month cohort, up to the current month). */
  cells: Array<CohortCell>;
  /** 'YYYY-MM' of the first purchase, or the source action's number; null: no source action you may see. */
  key?: Maybe<Scalars['String']['output']>;
  /** The source action's name. */
  label?: Maybe<Scalars['String']['output']>;
  /** Buyers in the cohort; null when suppressed. */
  size?: Maybe<Scalars['Int']['output']>;
  /** The source action (SOURCE_ACTION cohorts); null: none you may see, or a month cohort. */
  sourceAction?: Maybe<Scalars['ID']['output']>;
  suppressed: Scalars['Boolean']['output'];
};

export type CohortBy =
  /** The month (UTC) of the first purchase. */
  | 'FIRST_PURCHASE_MONTH'
  /** The marketing action that brought the contact. */
  | 'SOURCE_ACTION';

/** One month after the first purchase. Null figures: fewer active buyers than FIDELE_MIN_GROUP_SIZE, or the cohort itself is suppressed. */
export type CohortCell = {
  __typename?: 'CohortCell';
  /** Members who bought in that month. */
  activeBuyers?: Maybe<Scalars['Int']['output']>;
  /** Months since the month of the first purchase (0: that month). */
  month: Scalars['Int']['output'];
  /** activeBuyers / size, a fraction 0-1. */
  retention?: Maybe<Scalars['Float']['output']>;
  /** Revenue of the members that month, net of discounts. */
  revenue?: Maybe<Scalars['Float']['output']>;
  /** revenue / size. */
  revenuePerMember?: Maybe<Scalars['Float']['output']>;
  suppressed: Scalars['Boolean']['output'];
};

export type CohortTable = {
  __typename?: 'CohortTable';
  minGroupSize: Scalars['Int']['output'];
  months: Scalars['Int']['output'];
  rows: Array<Cohort>;
};

export type CommercialService =
  | 'DIRECT'
  | 'INDIRECT';

/** One consent decision, with its provenance. Append-only. */
export type ConsentEvent = {
  __typename?: 'ConsentEvent';
  capturedAt: Scalars['DateTime']['output'];
  capturedBy?: Maybe<StaffUser>;
  effectiveFrom: Scalars['DateTime']['output'];
  effectiveTo?: Maybe<Scalars['DateTime']['output']>;
  proof?: Maybe<Scalars['String']['output']>;
  purpose: Purpose;
  source: ConsentSource;
  status: ConsentStatus;
};

export type ConsentInput = {
  contact: Scalars['ID']['input'];
  /** Default: now. */
  effectiveFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Default: open-ended. */
  effectiveTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Form id, recording id, signed document reference. */
  proof?: InputMaybe<Scalars['String']['input']>;
  /** Purpose code, e.g. newsletter. */
  purpose: Scalars['String']['input'];
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

/** A contact's current consent for one purpose: its latest decision. */
export type ConsentState = {
  __typename?: 'ConsentState';
  effectiveFrom: Scalars['DateTime']['output'];
  effectiveTo?: Maybe<Scalars['DateTime']['output']>;
  purpose: Purpose;
  status: ConsentStatus;
};

/** A consent decision. */
export type ConsentStatus =
  | 'DENIED'
  | 'GRANTED'
  | 'WITHDRAWN';

export type Contact = Node & {
  __typename?: 'Contact';
  /** Activities (calls, e-mails, meetings, visit reports, notes), latest first. */
  activities: ContactActivitiesConnection;
  /** Personal: resolves only when the contact's consent covers the request's purpose. */
  addressLine1?: Maybe<Scalars['String']['output']>;
  /** Personal: resolves only when the contact's consent covers the request's purpose. */
  addressLine2?: Maybe<Scalars['String']['output']>;
  /** Personal: resolves only when the contact's consent covers the request's purpose. */
  addressLine3?: Maybe<Scalars['String']['output']>;
  bankType?: Maybe<BankType>;
  brand: Brand;
  businessSector?: Maybe<BusinessSector>;
  /** The history of proposed changes to stewarded fields, latest first. */
  changeProposals: ContactChangeProposalsConnection;
  /** Media the contact opted out of (or back into): targeting skips an opted-out medium. */
  channelPreferences: Array<ContactChannelPreference>;
  /** Personal: resolves only when the contact's consent covers the request's purpose. */
  city?: Maybe<Scalars['String']['output']>;
  /** Personal: resolves only when the contact's consent covers the request's purpose. */
  civility?: Maybe<Civility>;
  commercialService?: Maybe<CommercialService>;
  /** Personal: resolves only when the contact's consent covers the request's purpose. */
  companyName?: Maybe<Scalars['String']['output']>;
  /** Every consent decision, oldest first (staff only). */
  consentHistory?: Maybe<Array<ConsentEvent>>;
  /** Current consent per purpose (staff only). */
  consents?: Maybe<Array<ConsentState>>;
  contactsMadeCount?: Maybe<Scalars['Int']['output']>;
  /** ISO 3166-1 alpha-2. */
  countryCode: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Set while the contact is deleted. */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The messages sent (or queued, skipped, failed) to this contact, latest first: only deliveries of actions you may see. */
  deliveries: ContactDeliveriesConnection;
  /** Confidential: readable by ADMIN, SALES, MARKETING. */
  discountRate?: Maybe<Scalars['Decimal']['output']>;
  distributionType?: Maybe<DistributionType>;
  /** Documents attached here that you may see, latest first. */
  documents: ContactDocumentsConnection;
  /** Personal: resolves only when the contact's consent covers the request's purpose. */
  email?: Maybe<Scalars['String']['output']>;
  endReason?: Maybe<EndReason>;
  estimatedPotential?: Maybe<Scalars['Decimal']['output']>;
  /** Personal: resolves only when the contact's consent covers the request's purpose. */
  fax?: Maybe<Scalars['String']['output']>;
  firstContactAt?: Maybe<Scalars['DateTime']['output']>;
  /** Personal: resolves only when the contact's consent covers the request's purpose. */
  firstName?: Maybe<Scalars['String']['output']>;
  firstSaleAt?: Maybe<Scalars['DateTime']['output']>;
  frequencyClass?: Maybe<ClassRank>;
  /** Confidential: readable by ADMIN, ANALYST. */
  grossMarginClass?: Maybe<ClassRank>;
  id: Scalars['ID']['output'];
  /** Confidential: readable by ADMIN, MARKETING, ANALYST. */
  incomeBand?: Maybe<IncomeBand>;
  interests: Array<Interest>;
  /** *Fonction*. Personal: resolves only when the contact's consent covers the request's purpose. */
  jobTitle?: Maybe<Scalars['String']['output']>;
  journalistBeat?: Maybe<JournalistBeat>;
  kind: ContactKind;
  language: Language;
  /** Personal: resolves only when the contact's consent covers the request's purpose. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Confidential: readable by ADMIN, MARKETING, ANALYST. */
  maritalStatus?: Maybe<MaritalStatus>;
  meetingsCount?: Maybe<Scalars['Int']['output']>;
  /** The contact this one was merged into (it is then a duplicate kept for history); null otherwise or outside your rights. */
  mergedInto?: Maybe<Contact>;
  /** Personal: resolves only when the contact's consent covers the request's purpose. */
  mobile?: Maybe<Scalars['String']['output']>;
  /** The earliest PLANNED activity or open task with this contact (overdue ones included); null when none. */
  nextPlannedContact?: Maybe<PlannedContact>;
  owner?: Maybe<StaffUser>;
  /** Changes to stewarded fields awaiting their steward. Select it in the result of updateContact to see which of your changes became proposals instead of writes. */
  pendingProposals: Array<ChangeProposal>;
  /** Personal: resolves only when the contact's consent covers the request's purpose. */
  phone?: Maybe<Scalars['String']['output']>;
  pipelineStage?: Maybe<PipelineStage>;
  /** Personal: resolves only when the contact's consent covers the request's purpose. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** What was promised to this contact (activities with `promised`, and the promises of the actions it was targeted by), newest first. */
  promises: Array<ContactPromise>;
  prospectPriority?: Maybe<ProspectPriority>;
  /** Whose relation this contact is (an influencer or prescriber: kind RELATION); null when none or outside your rights. */
  relationOf?: Maybe<Contact>;
  relationType?: Maybe<RelationType>;
  revenueClass?: Maybe<ClassRank>;
  /** Sales history, latest first. */
  sales: ContactSalesConnection;
  /** Customer-service cases of this contact, latest first (none for roles that work on no case). */
  serviceCases: ContactServiceCasesConnection;
  /** The first marketing action that brought the contact (*source*); null when none or outside your brands. */
  sourceAction?: Maybe<MarketingAction>;
  /** The synoptic view: one row per action this contact was targeted by, with ticks for targeted, responded and converted, by targeting date. */
  synopsis: Array<SynopticRow>;
  /** The actions this contact was targeted by, with response and conversion; latest targeting first. */
  targets: ContactTargetsConnection;
  /** Tasks, by due date. */
  tasks: ContactTasksConnection;
  /** Everything that happened with this contact, newest first: activities, targetings, responses, conversions, sales, customer-service cases and survey answers, each under its own access rule. Forward pagination (first, after). */
  timeline: ContactTimelineConnection;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update (optimistic concurrency). */
  version: Scalars['Int']['output'];
  zone: Zone;
};


export type ContactActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type ContactChangeProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type ContactDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type ContactDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type ContactSalesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type ContactServiceCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type ContactTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  converted?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  responded?: InputMaybe<Scalars['Boolean']['input']>;
};


export type ContactTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  open?: InputMaybe<Scalars['Boolean']['input']>;
};


export type ContactTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<TimelineKind>>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ContactActivitiesConnection = {
  __typename?: 'ContactActivitiesConnection';
  edges: Array<ContactActivitiesConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContactActivitiesConnectionEdge = {
  __typename?: 'ContactActivitiesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Activity;
};

export type ContactAttributesCriterion = {
  businessSector?: InputMaybe<Array<BusinessSector>>;
  commercialService?: InputMaybe<Array<CommercialService>>;
  /** ISO 3166-1 alpha-2 codes. */
  countryCode?: InputMaybe<Array<Scalars['String']['input']>>;
  distributionType?: InputMaybe<Array<DistributionType>>;
  endReason?: InputMaybe<Array<EndReason>>;
  frequencyClass?: InputMaybe<Array<ClassRank>>;
  /** Has any of these interests. */
  interests?: InputMaybe<Array<Interest>>;
  language?: InputMaybe<Array<Language>>;
  prospectPriority?: InputMaybe<Array<ProspectPriority>>;
  relationType?: InputMaybe<Array<RelationType>>;
  revenueClass?: InputMaybe<Array<ClassRank>>;
};

export type ContactChangeProposalsConnection = {
  __typename?: 'ContactChangeProposalsConnection';
  edges: Array<ContactChangeProposalsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContactChangeProposalsConnectionEdge = {
  __typename?: 'ContactChangeProposalsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: ChangeProposal;
};

export type ContactChannelPreference = {
  __typename?: 'ContactChannelPreference';
  changedAt: Scalars['DateTime']['output'];
  medium: ActionMedium;
  optedOut: Scalars['Boolean']['output'];
  source: ConsentSource;
};

export type ContactDeliveriesConnection = {
  __typename?: 'ContactDeliveriesConnection';
  edges: Array<ContactDeliveriesConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContactDeliveriesConnectionEdge = {
  __typename?: 'ContactDeliveriesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: MessageDelivery;
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

export type ContactDistribution = {
  __typename?: 'ContactDistribution';
  buckets: Array<DistributionBucket>;
  by: ContactDimension;
  /** The smallest group counted by a personal or confidential value (FIDELE_MIN_GROUP_SIZE). */
  minGroupSize: Scalars['Int']['output'];
  /** Contacts not counted by value because the dimension reads a personal field (civility, postal code) and their consent does not cover your request's purpose. Null when suppressed (a group like the others). */
  withheld?: Maybe<Scalars['Int']['output']>;
};

export type ContactDocumentsConnection = {
  __typename?: 'ContactDocumentsConnection';
  edges: Array<ContactDocumentsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContactDocumentsConnectionEdge = {
  __typename?: 'ContactDocumentsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Document;
};

export type ContactFilter = {
  /** Any of these brands. */
  brand?: InputMaybe<Array<Scalars['ID']['input']>>;
  createdAt?: InputMaybe<DateTimeRange>;
  /** false: live contacts only (default); true: deleted contacts only. */
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  firstSaleAt?: InputMaybe<DateTimeRange>;
  /** FRAT type (the category with the most revenue) any of these product categories in the latest completed score snapshot (of `rfmBrand`: see there). Profiling: only contacts whose consent covers `profiling` can match. Analytics roles only. */
  fratCategory?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these contacts (e.g. a selection made in a list); ids you may not see simply match nothing. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Any of these kinds. */
  kind?: InputMaybe<Array<ContactKind>>;
  /** Owned by any of these staff users. */
  owner?: InputMaybe<Array<Scalars['ID']['input']>>;
  pipelineStage?: InputMaybe<Array<PipelineStage>>;
  /** Postal code starts with (e.g. a department, "75"): letters, digits, spaces and hyphens only. */
  postalCodePrefix?: InputMaybe<Scalars['String']['input']>;
  /** CLV on revenue stored in the latest completed score snapshot (of `rfmBrand`: see there): `ContactScore.scoredValue`. Profiling: only contacts whose consent covers `profiling` can match. Analytics roles only. */
  predictedValue?: InputMaybe<DecimalRange>;
  /** Probability still active (0 to 1) stored in the latest completed score snapshot (of `rfmBrand`: see there), under its scoring model. Profiling: only contacts whose consent covers `profiling` can match. Analytics roles only. */
  probabilityAlive?: InputMaybe<FloatRange>;
  /** The score snapshot `rfmSegment`, `fratCategory`, `probabilityAlive` and `predictedValue` read: this brand’s. Omitted: all brands’ for an administrator, your brand’s if you have one; with several, name one (VALIDATION). */
  rfmBrand?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these RFM segments in the latest completed score snapshot (of `rfmBrand`: see there). Profiling: only contacts whose consent covers `profiling` can match. Analytics roles only. */
  rfmSegment?: InputMaybe<Array<RfmSegment>>;
  /** Words found in the name, company, e-mail or city (each word, any case; `%` and `_` are literal characters). At most 200 characters (VALIDATION beyond). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Members of any of these saved segments you may see (a dynamic segment is evaluated now). */
  segment?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Brought by any of these actions. */
  sourceAction?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Any of these zones. */
  zone?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type ContactInput = {
  /** One line of at most 200 characters. */
  addressLine1?: InputMaybe<Scalars['String']['input']>;
  /** One line of at most 200 characters. */
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  /** One line of at most 200 characters. */
  addressLine3?: InputMaybe<Scalars['String']['input']>;
  bankType?: InputMaybe<BankType>;
  brand: Scalars['ID']['input'];
  businessSector?: InputMaybe<BusinessSector>;
  /** One line of at most 100 characters. */
  city?: InputMaybe<Scalars['String']['input']>;
  civility?: InputMaybe<Civility>;
  commercialService?: InputMaybe<CommercialService>;
  /** One line of at most 200 characters. */
  companyName?: InputMaybe<Scalars['String']['input']>;
  /** Consents given on the form, recorded with the contact (captured now, by you): the basis on which its personal fields may be used. Without one covering your request's purpose (or a contract), the new contact's personal fields come back withheld. */
  consents?: InputMaybe<Array<GivenConsentInput>>;
  contactsMadeCount?: InputMaybe<Scalars['Int']['input']>;
  /** One line of at most 8 characters. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  discountRate?: InputMaybe<Scalars['Decimal']['input']>;
  distributionType?: InputMaybe<DistributionType>;
  /** Without it, a write that looks like a contact you may see answers DUPLICATE_SUSPECTED or DUPLICATE_EMAIL with the candidates; nothing is written. */
  duplicates?: InputMaybe<DuplicateDecisionInput>;
  /** One line of at most 254 characters. */
  email?: InputMaybe<Scalars['String']['input']>;
  endReason?: InputMaybe<EndReason>;
  estimatedPotential?: InputMaybe<Scalars['Decimal']['input']>;
  /** One line of at most 30 characters. */
  fax?: InputMaybe<Scalars['String']['input']>;
  firstContactAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** One line of at most 100 characters. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  frequencyClass?: InputMaybe<ClassRank>;
  grossMarginClass?: InputMaybe<ClassRank>;
  incomeBand?: InputMaybe<IncomeBand>;
  /** Replaces the whole set when given. */
  interests?: InputMaybe<Array<Interest>>;
  /** One line of at most 150 characters. */
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  journalistBeat?: InputMaybe<JournalistBeat>;
  kind: ContactKind;
  language?: InputMaybe<Language>;
  /** One line of at most 100 characters. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  maritalStatus?: InputMaybe<MaritalStatus>;
  meetingsCount?: InputMaybe<Scalars['Int']['input']>;
  /** One line of at most 30 characters. */
  mobile?: InputMaybe<Scalars['String']['input']>;
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** One line of at most 30 characters. */
  phone?: InputMaybe<Scalars['String']['input']>;
  pipelineStage?: InputMaybe<PipelineStage>;
  /** One line of at most 20 characters. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  prospectPriority?: InputMaybe<ProspectPriority>;
  relationOf?: InputMaybe<Scalars['ID']['input']>;
  relationType?: InputMaybe<RelationType>;
  revenueClass?: InputMaybe<ClassRank>;
  sourceAction?: InputMaybe<Scalars['ID']['input']>;
  zone: Scalars['ID']['input'];
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

/** A change of the contact's kind made by a rule: a prospect who buys becomes a client (audited). */
export type ContactKindChange = {
  __typename?: 'ContactKindChange';
  from: ContactKind;
  reason: ContactKindChangeReason;
  to: ContactKind;
};

/** Why the kind of a contact changed by itself. */
export type ContactKindChangeReason =
  /** A prospect bought: its first sale made it a client. */
  | 'FIRST_SALE';

export type ContactOrder = {
  direction?: InputMaybe<SortDirection>;
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
  addressLine1?: InputMaybe<Scalars['String']['input']>;
  /** One line of at most 200 characters. */
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  /** One line of at most 200 characters. */
  addressLine3?: InputMaybe<Scalars['String']['input']>;
  bankType?: InputMaybe<BankType>;
  brand?: InputMaybe<Scalars['ID']['input']>;
  businessSector?: InputMaybe<BusinessSector>;
  /** One line of at most 100 characters. */
  city?: InputMaybe<Scalars['String']['input']>;
  civility?: InputMaybe<Civility>;
  commercialService?: InputMaybe<CommercialService>;
  /** One line of at most 200 characters. */
  companyName?: InputMaybe<Scalars['String']['input']>;
  contactsMadeCount?: InputMaybe<Scalars['Int']['input']>;
  /** One line of at most 8 characters. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  discountRate?: InputMaybe<Scalars['Decimal']['input']>;
  distributionType?: InputMaybe<DistributionType>;
  /** Without it, a write that looks like a contact you may see answers DUPLICATE_SUSPECTED or DUPLICATE_EMAIL with the candidates; nothing is written. */
  duplicates?: InputMaybe<DuplicateDecisionInput>;
  /** One line of at most 254 characters. */
  email?: InputMaybe<Scalars['String']['input']>;
  endReason?: InputMaybe<EndReason>;
  estimatedPotential?: InputMaybe<Scalars['Decimal']['input']>;
  /** One line of at most 30 characters. */
  fax?: InputMaybe<Scalars['String']['input']>;
  firstContactAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** One line of at most 100 characters. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  frequencyClass?: InputMaybe<ClassRank>;
  grossMarginClass?: InputMaybe<ClassRank>;
  incomeBand?: InputMaybe<IncomeBand>;
  /** Replaces the whole set when given. */
  interests?: InputMaybe<Array<Interest>>;
  /** One line of at most 150 characters. */
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  journalistBeat?: InputMaybe<JournalistBeat>;
  kind?: InputMaybe<ContactKind>;
  language?: InputMaybe<Language>;
  /** One line of at most 100 characters. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  maritalStatus?: InputMaybe<MaritalStatus>;
  meetingsCount?: InputMaybe<Scalars['Int']['input']>;
  /** One line of at most 30 characters. */
  mobile?: InputMaybe<Scalars['String']['input']>;
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** One line of at most 30 characters. */
  phone?: InputMaybe<Scalars['String']['input']>;
  pipelineStage?: InputMaybe<PipelineStage>;
  /** One line of at most 20 characters. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  prospectPriority?: InputMaybe<ProspectPriority>;
  relationOf?: InputMaybe<Scalars['ID']['input']>;
  relationType?: InputMaybe<RelationType>;
  revenueClass?: InputMaybe<ClassRank>;
  sourceAction?: InputMaybe<Scalars['ID']['input']>;
  zone?: InputMaybe<Scalars['ID']['input']>;
};

/** Something promised to a contact, so that customer service sees what sales and marketing promised. */
export type ContactPromise = {
  __typename?: 'ContactPromise';
  action?: Maybe<MarketingAction>;
  activity?: Maybe<Activity>;
  /** When it was promised (the activity, or the targeting). */
  at: Scalars['DateTime']['output'];
  source: PromiseSource;
  text: Scalars['String']['output'];
};

export type ContactSalesConnection = {
  __typename?: 'ContactSalesConnection';
  edges: Array<ContactSalesConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContactSalesConnectionEdge = {
  __typename?: 'ContactSalesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Sale;
};

/** A buyer's RFM / FRAT scores in a snapshot: profiling, shown only for contacts who consented to it. */
export type ContactScore = {
  __typename?: 'ContactScore';
  /** Weeks from the first purchase day to the snapshot day (T). */
  ageWeeks: Scalars['Float']['output'];
  contact: Contact;
  firstPurchaseAt: Scalars['DateTime']['output'];
  /** FRAT type: the category with the most revenue. */
  fratCategory?: Maybe<ProductCategory>;
  /** Number of purchases up to the snapshot day. */
  frequency: Scalars['Int']['output'];
  /** 1 (fewest purchases) to 5 (most). */
  frequencyScore: Scalars['Int']['output'];
  /** Gross margin to date, net of discounts. Confidential: readable by ADMIN, ANALYST. */
  grossMargin?: Maybe<Scalars['Decimal']['output']>;
  lastPurchaseAt: Scalars['DateTime']['output'];
  /** Mean revenue of the repeat purchase days (z̄). */
  meanRepeatSpend: Scalars['Decimal']['output'];
  /** Revenue to date, net of discounts (historical value). */
  monetary: Scalars['Decimal']['output'];
  /** 1 (least revenue) to 5 (most). */
  monetaryScore: Scalars['Int']['output'];
  /** Predictive lifetime value over a horizon (CLV); null when the snapshot has no fitted model. */
  predictedValue?: Maybe<PredictedValue>;
  /** Probability still active under the snapshot’s scoring model (LifetimeValueModel.scoringModel), stored when the snapshot was computed: what contact filters, segments and sorts read. Null when the snapshot has no model. */
  probabilityAlive?: Maybe<Scalars['Float']['output']>;
  /** Whole days from the day of the last purchase to the snapshot day. */
  recencyDays: Scalars['Int']['output'];
  /** 1 (longest ago) to 5 (most recent). */
  recencyScore: Scalars['Int']['output'];
  /** Purchase days after the first (x of BG/NBD); same-day sales count once. */
  repeatPurchases: Scalars['Int']['output'];
  /** Weeks from the first to the last purchase day (t_x). */
  repeatSpanWeeks: Scalars['Float']['output'];
  /** The three scores as one code, e.g. "545". */
  rfm: Scalars['String']['output'];
  /** CLV on revenue stored when the snapshot was computed: `predictedValue(model: <scoringModel>, horizon: <scoringHorizonWeeks>, horizonUnit: WEEKS, monthlyDiscountRate: 0.01).lifetimeValue` rounded to the cent. What contact filters, segments and sorts read. Null when the snapshot has no model. */
  scoredValue?: Maybe<Scalars['Decimal']['output']>;
  segment: RfmSegment;
  snapshot: ScoreSnapshot;
};


/** A buyer's RFM / FRAT scores in a snapshot: profiling, shown only for contacts who consented to it. */
export type ContactScorePredictedValueArgs = {
  horizon?: InputMaybe<Scalars['Int']['input']>;
  horizonUnit?: HorizonUnit;
  model?: PurchaseModel;
  monthlyDiscountRate?: Scalars['Float']['input'];
  months?: Scalars['Int']['input'];
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
  brand?: InputMaybe<Scalars['ID']['input']>;
  direction?: InputMaybe<SortDirection>;
  key: ContactScoreKey;
};

export type ContactServiceCasesConnection = {
  __typename?: 'ContactServiceCasesConnection';
  edges: Array<ContactServiceCasesConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContactServiceCasesConnectionEdge = {
  __typename?: 'ContactServiceCasesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: ServiceCase;
};

export type ContactTargetsConnection = {
  __typename?: 'ContactTargetsConnection';
  edges: Array<ContactTargetsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContactTargetsConnectionEdge = {
  __typename?: 'ContactTargetsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: ActionTarget;
};

export type ContactTasksConnection = {
  __typename?: 'ContactTasksConnection';
  edges: Array<ContactTasksConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContactTasksConnectionEdge = {
  __typename?: 'ContactTasksConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

export type ContactTimelineConnection = {
  __typename?: 'ContactTimelineConnection';
  edges: Array<ContactTimelineConnectionEdge>;
  pageInfo: PageInfo;
};

export type ContactTimelineConnectionEdge = {
  __typename?: 'ContactTimelineConnectionEdge';
  cursor: Scalars['String']['output'];
  node: TimelineItem;
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** Send as `x-api-key`. Shown this once: store it now. */
  key: Scalars['String']['output'];
};

export type DatabaseProvider =
  | 'POSTGRESQL'
  | 'SQLITE';

/** An inclusive range of instants; either end may be left open. */
export type DateTimeRange = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** An inclusive range of decimals; either end may be left open. */
export type DecimalRange = {
  max?: InputMaybe<Scalars['Decimal']['input']>;
  min?: InputMaybe<Scalars['Decimal']['input']>;
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

/** Counts of an action's deliveries: its send's progress and results. */
export type DeliverySummary = {
  __typename?: 'DeliverySummary';
  bounced: Scalars['Int']['output'];
  /** Clicked at least once (tracked only with consent). */
  clicked: Scalars['Int']['output'];
  complained: Scalars['Int']['output'];
  delivered: Scalars['Int']['output'];
  /** Every delivery has its outcome (nothing QUEUED). */
  done: Scalars['Boolean']['output'];
  failed: Scalars['Int']['output'];
  /** Opened at least once (tracked only with consent). */
  opened: Scalars['Int']['output'];
  queued: Scalars['Int']['output'];
  sent: Scalars['Int']['output'];
  skipped: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type DistributionBucket = {
  __typename?: 'DistributionBucket';
  /** Null when suppressed. */
  count?: Maybe<Scalars['Int']['output']>;
  /** Enum value or code; null for contacts without a value. */
  key?: Maybe<Scalars['String']['output']>;
  /** Name of a brand, zone, action or région. */
  label?: Maybe<Scalars['String']['output']>;
  /** A group of a personal or confidential value smaller than minGroupSize (or the one that would give it away by difference): no count. */
  suppressed: Scalars['Boolean']['output'];
};

export type DistributionType =
  | 'LONG'
  | 'SHORT';

export type Document = Node & {
  __typename?: 'Document';
  action?: Maybe<MarketingAction>;
  contact?: Maybe<Contact>;
  createdAt: Scalars['DateTime']['output'];
  /** GET it with the same credentials as /graphql. */
  downloadPath: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The type recognised from the content (not the one declared). */
  mimeType: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
  sharedWithRoles: Array<Role>;
  /** Users the document is shared with (besides its uploader and admins). */
  sharedWithUsers: Array<StaffUser>;
  sizeBytes: Scalars['Int']['output'];
  uploadedBy?: Maybe<StaffUser>;
  version: Scalars['Int']['output'];
};

export type DocumentFilter = {
  action?: InputMaybe<Array<Scalars['ID']['input']>>;
  contact?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Two contacts that are likely the same person or organisation, with the explained score. */
export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  /** The contact with the lower id. */
  contact: Contact;
  duplicate: Contact;
  matches: Array<DuplicateFieldMatch>;
  /** 0 to 1: the logistic of the summed field weights (QUALITY.md). */
  score: Scalars['Float']['output'];
};

export type DuplicateCandidateConnection = {
  __typename?: 'DuplicateCandidateConnection';
  edges: Array<DuplicateCandidateEdge>;
  pageInfo: PageInfo;
  /** Contacts examined for this page (bounded by maxScan). */
  scannedContacts: Scalars['Int']['output'];
};

export type DuplicateCandidateEdge = {
  __typename?: 'DuplicateCandidateEdge';
  cursor: Scalars['String']['output'];
  node: DuplicateCandidate;
};

/** Go ahead despite duplicates found at entry: `confirm` after a DUPLICATE_SUSPECTED answer, `force` with a `reason` (audited) after a DUPLICATE_EMAIL one. */
export type DuplicateDecisionInput = {
  /** Write even though contacts you may see score above the threshold. */
  confirm?: InputMaybe<Scalars['Boolean']['input']>;
  /** Write even though a contact you may see has the same e-mail (implies confirm). Needs a reason. */
  force?: InputMaybe<Scalars['Boolean']['input']>;
  /** Why the duplicate e-mail is right (at most 500 characters); audited. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** How one field of a candidate pair compared, and what it added to the score. */
export type DuplicateFieldMatch = {
  __typename?: 'DuplicateFieldMatch';
  /** name, company, email, phone, postalCode or address. */
  field: Scalars['String']['output'];
  /** exact, different, jaro-winkler or jaro-winkler (swapped). */
  method: Scalars['String']['output'];
  /** 0 (different) to 1 (equal). */
  similarity: Scalars['Float']['output'];
  /** Added to the log-odds of "same person"; negative is evidence against. */
  weight: Scalars['Float']['output'];
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

export type ExclusionCount = {
  __typename?: 'ExclusionCount';
  count: Scalars['Int']['output'];
  reason: ExclusionReason;
};

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

export type ExportFile = {
  __typename?: 'ExportFile';
  columns: Array<Scalars['String']['output']>;
  contentBase64: Scalars['String']['output'];
  /** Contacts of the list whose consent does not cover the request's purpose: not exported. */
  excludedWithoutConsent: Scalars['Int']['output'];
  fileName: Scalars['String']['output'];
  mimeType: Scalars['String']['output'];
  rowCount: Scalars['Int']['output'];
  /** Confidential columns your role may not read, left out. */
  withheldColumns: Array<Scalars['String']['output']>;
};

export type ExportFormat =
  | 'CSV'
  | 'XLSX';

/** One restricted field and what the caller may do with it. */
export type FieldPermission = {
  __typename?: 'FieldPermission';
  /** `Type.field`, e.g. `Contact.incomeBand`. */
  field: Scalars['String']['output'];
  /** PERSONAL: true, but each value still depends on its contact's consent (null and CONSENT_REQUIRED otherwise). */
  read: Scalars['Boolean']['output'];
  rule: FieldRule;
  /** May set it in a create or update (a confidential field: only if readable). */
  write: Scalars['Boolean']['output'];
};

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
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
};

/** Which targets of the previous action a follow-up takes over: NO_RESPONSE (not answered), RESPONDED, or ALL. */
export type FollowUpCondition =
  | 'ALL'
  | 'NO_RESPONSE'
  | 'RESPONDED';

export type FollowUpExclusionCount = {
  __typename?: 'FollowUpExclusionCount';
  count: Scalars['Int']['output'];
  reason: ExclusionReason;
};

/** What one follow-up action did in a run. */
export type FollowUpRunReport = {
  __typename?: 'FollowUpRunReport';
  /** Global id of the follow-up action. */
  action: Scalars['ID']['output'];
  control: Scalars['Int']['output'];
  /** Targets of the previous action due for the follow-up and not considered before. */
  due: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  excluded: Array<FollowUpExclusionCount>;
  previousAction: Scalars['ID']['output'];
  targeted: Scalars['Int']['output'];
};

/** Buyers whose dominant category (FRAT type) is this one. */
export type FratTypeSummary = {
  __typename?: 'FratTypeSummary';
  category?: Maybe<ProductCategory>;
  count: Scalars['Int']['output'];
  /** Null for fewer buyers than FIDELE_MIN_GROUP_SIZE: it would be their own revenue. */
  revenue?: Maybe<Scalars['Float']['output']>;
};

/** A consent decision given on the creation form, recorded with the contact (captured now, by you). */
export type GivenConsentInput = {
  /** Form id, recording id, signed document reference. */
  proof?: InputMaybe<Scalars['String']['input']>;
  /** Purpose code, e.g. newsletter. */
  purpose: Scalars['String']['input'];
  source: ConsentSource;
  /** Default: GRANTED. */
  status?: InputMaybe<ConsentStatus>;
};

export type Health = {
  __typename?: 'Health';
  database: DatabaseProvider;
  status: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

export type HorizonUnit =
  /** Months of 365.25/12 days. */
  | 'MONTHS'
  /** Weeks. */
  | 'WEEKS';

export type ImportColumnMapping = {
  /** Column header in the file. */
  column: Scalars['String']['input'];
  /** Field it fills. */
  field: Scalars['String']['input'];
};

export type ImportContentEncoding =
  | 'BASE64'
  | 'TEXT';

export type ImportDefault = {
  field: Scalars['String']['input'];
  /** Used for new records when the file gives no value. */
  value: Scalars['String']['input'];
};

export type ImportEntity =
  | 'ACTION_RESPONSE'
  | 'CONTACT'
  | 'PRODUCT'
  | 'SALE';

export type ImportFormat =
  | 'CSV'
  | 'XLSX';

export type ImportJob = Node & {
  __typename?: 'ImportJob';
  createdCount: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  entity: ImportEntity;
  /** Row errors, by line (rejectedCount counts the rows). */
  errors: Array<ImportRowError>;
  fileName: Scalars['String']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  format: ImportFormat;
  id: Scalars['ID']['output'];
  /** Rows checked (and written) so far: equals totalRows when the job is over. */
  processedRows: Scalars['Int']['output'];
  /** Rows not imported, each with at least one error. */
  rejectedCount: Scalars['Int']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: ImportStatus;
  /** Data rows of the file (known from the start with startImport; the rows read so far with importFile). */
  totalRows: Scalars['Int']['output'];
  /** Rows matching a record that already held the same values. */
  unchangedCount: Scalars['Int']['output'];
  updatedCount: Scalars['Int']['output'];
  upsertKey?: Maybe<Scalars['String']['output']>;
};


export type ImportJobErrorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A problem of one row of an import: its line in the file (1 is the header), field and stable code. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** INVALID_EMAIL, INVALID_PHONE, CITY_MISMATCH, MISSING_VALUE, DUPLICATE_IN_FILE, ... (QUALITY.md). */
  code: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

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
  max?: InputMaybe<Scalars['Int']['input']>;
  min?: InputMaybe<Scalars['Int']['input']>;
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

/** A two-sided 95% interval, in the unit of its figure (fractions for rates, differences of fractions for uplifts): Wilson's score interval for a rate, Newcombe's hybrid score interval for an uplift. */
export type Interval = {
  __typename?: 'Interval';
  high: Scalars['Float']['output'];
  low: Scalars['Float']['output'];
};

/** SCHEDULED: a job of a module, run once per period. QUEUED: a job enqueued by a request (an import). */
export type JobKind =
  | 'QUEUED'
  | 'SCHEDULED';

/** A queue or a scheduled job: what waits, what runs, and its last run. */
export type JobQueue = {
  __typename?: 'JobQueue';
  kind: JobKind;
  /** The latest run started. */
  lastRun?: Maybe<JobRun>;
  name: Scalars['String']['output'];
  /** A scheduled job: its period. */
  periodSeconds?: Maybe<Scalars['Int']['output']>;
  /** Runs recorded RUNNING (every instance). */
  running: Scalars['Int']['output'];
  /** Jobs waiting to run, or waiting for a retry (every instance). */
  waiting: Scalars['Int']['output'];
};

/** One run of a background job, scheduled or queued: its state, progress and error. Admins only. */
export type JobRun = {
  __typename?: 'JobRun';
  /** 1 for the first run of a job, 2 for its first retry... */
  attempt: Scalars['Int']['output'];
  durationMs?: Maybe<Scalars['Int']['output']>;
  errorCode?: Maybe<Scalars['String']['output']>;
  /** The failure's first line, without personal values. */
  errorMessage?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The instance (host:pid) that ran it. */
  instance: Scalars['String']['output'];
  /** The job's key, e.g. import:12 (the ImportJob). */
  key?: Maybe<Scalars['String']['output']>;
  kind: JobKind;
  /** The queue or scheduled job (import, reminders...). */
  name: Scalars['String']['output'];
  /** Work done, when the job knows it. */
  progressDone?: Maybe<Scalars['Int']['output']>;
  /** Work to do, when the job knows it. */
  progressTotal?: Maybe<Scalars['Int']['output']>;
  /** The run took over a run that stopped without finishing. */
  resumed: Scalars['Boolean']['output'];
  startedAt: Scalars['DateTime']['output'];
  state: JobRunState;
};

export type JobRunFilter = {
  /** Any of these queues or scheduled jobs. */
  name?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Runs started at or after this instant. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  state?: InputMaybe<Array<JobRunState>>;
};

export type JobRunOrder = {
  direction?: InputMaybe<SortDirection>;
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

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: ContactKind;
};

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

/** A purchase model fitted on a snapshot. */
export type LifetimeValueFit = {
  __typename?: 'LifetimeValueFit';
  customers: Scalars['Int']['output'];
  degenerate: Scalars['Boolean']['output'];
  logLikelihood: Scalars['Float']['output'];
  model: PurchaseModel;
  parameters: Array<ModelParameter>;
  warnings: Array<FitWarning>;
};

/** BG/NBD (future purchases, probability alive) and Gamma-Gamma (spend per purchase) fitted on the buyers of a snapshot; time in weeks. */
export type LifetimeValueModel = {
  __typename?: 'LifetimeValueModel';
  /** BG/NBD a: drop-out heterogeneity. */
  a: Scalars['Float']['output'];
  /** BG/NBD α: scale of the purchase-rate heterogeneity (weeks). */
  alpha: Scalars['Float']['output'];
  /** BG/NBD b: drop-out heterogeneity. */
  b: Scalars['Float']['output'];
  /** Buyers the BG/NBD model was fitted on. */
  customers: Scalars['Int']['output'];
  fitMs: Scalars['Int']['output'];
  /** The purchase models fitted on this snapshot, with standard errors and degenerate-fit warnings. Fitted on first use and kept in memory (Pareto/NBD takes seconds on a few thousand buyers). */
  fits: Array<LifetimeValueFit>;
  /** Distinct (x, t_x, T) histories the fit evaluated. */
  groups: Scalars['Int']['output'];
  logLikelihood: Scalars['Float']['output'];
  /** Gamma-Gamma p. */
  p: Scalars['Float']['output'];
  /** Gamma-Gamma q. */
  q: Scalars['Float']['output'];
  /** BG/NBD r: shape of the purchase-rate heterogeneity. */
  r: Scalars['Float']['output'];
  /** The horizon of the stored `scoredValue`, in weeks (discounted at 1% a month, weekly). */
  scoringHorizonWeeks?: Maybe<Scalars['Int']['output']>;
  /** The purchase model behind each buyer’s stored `probabilityAlive` and `scoredValue` (Gamma-Gamma for the spend). */
  scoringModel?: Maybe<PurchaseModel>;
  /** Buyers with a repeat purchase, on whom the spend model was fitted. */
  spendCustomers: Scalars['Int']['output'];
  /** Gamma-Gamma with standard errors and degenerate-fit warnings. */
  spendFit: SpendFit;
  spendLogLikelihood: Scalars['Float']['output'];
  /** Gamma-Gamma v. */
  v: Scalars['Float']['output'];
};


/** BG/NBD (future purchases, probability alive) and Gamma-Gamma (spend per purchase) fitted on the buyers of a snapshot; time in weeks. */
export type LifetimeValueModelFitsArgs = {
  models?: InputMaybe<Array<PurchaseModel>>;
};

/** Holdout validation of the purchase models on a brand: each model fitted on the calibration period, its forecast compared with the holdout. */
export type LifetimeValueValidation = {
  __typename?: 'LifetimeValueValidation';
  /** Last calibration day. */
  calibrationEnd: Scalars['String']['output'];
  /** Buyers of the calibration cohort in the brand. */
  cohortBuyers: Scalars['Int']['output'];
  computeMs: Scalars['Int']['output'];
  /** Buyers of the calibration cohort read (after sampling). */
  customers: Scalars['Int']['output'];
  firstSaleDay: Scalars['String']['output'];
  holdoutEnd: Scalars['String']['output'];
  holdoutWeeks: Scalars['Float']['output'];
  /** Too few buyers or repeat buyers in calibration to fit (then no models). */
  insufficientData: Scalars['Boolean']['output'];
  lastSaleDay: Scalars['String']['output'];
  models: Array<ModelValidation>;
  /** The model with the lowest rmse among the non-degenerate fits; null when every fit is degenerate (none is reliable). */
  recommended?: Maybe<PurchaseModel>;
  /** 1: every buyer read; k: one contact id in k. */
  sampleStep: Scalars['Int']['output'];
};

export type LogSubjectRequestInput = {
  /** The contact the request is from. */
  contact: Scalars['ID']['input'];
  /** How it came and what it asks (at most 2,000 characters). */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** When it arrived: the month runs from then (UTC). */
  receivedAt: Scalars['DateTime']['input'];
  type: SubjectRequestType;
};

export type LoginResult = {
  __typename?: 'LoginResult';
  expiresAt: Scalars['DateTime']['output'];
  /** Send as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
  user: StaffUser;
};

/** *État civil*. Confidential. */
export type MaritalStatus =
  | 'CIVIL_UNION'
  | 'DIVORCED'
  | 'MARRIED'
  | 'SEPARATED'
  | 'SINGLE'
  | 'WIDOWED';

export type MarketingAction = Node & {
  __typename?: 'MarketingAction';
  /** Days after targeting a purchase is attributed to the action, even without a response. */
  attributionWindowDays: Scalars['Int']['output'];
  brand?: Maybe<Brand>;
  /** Unique code, carried by every medium of the action. */
  code: Scalars['String']['output'];
  controlGroupPercent?: Maybe<Scalars['Int']['output']>;
  /** Number of targets converted into a sale (*transformations*). */
  conversionCount: Scalars['Int']['output'];
  cost: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The delivery log, by id; only deliveries to contacts you may see. */
  deliveries: MarketingActionDeliveriesConnection;
  /** The send's progress and results, counted over every delivery of the action. */
  deliverySummary: DeliverySummary;
  /** Documents attached here that you may see, latest first. */
  documents: MarketingActionDocumentsConnection;
  endDate: Scalars['DateTime']['output'];
  followUpCondition?: Maybe<FollowUpCondition>;
  followUpDelayDays?: Maybe<Scalars['Int']['output']>;
  /** Actions that follow this one up (those you may see), by start date. */
  followUps: Array<MarketingAction>;
  id: Scalars['ID']['output'];
  medium: ActionMedium;
  /** The message sent to the targets (e-mail, newsletter, SMS); null until one is written. */
  message?: Maybe<ActionMessage>;
  name: Scalars['String']['output'];
  objective: ActionObjective;
  plannedQuantity?: Maybe<Scalars['Int']['output']>;
  /** Channel coordination: the action this one follows up. */
  previousAction?: Maybe<MarketingAction>;
  /** Under a pressure cap, the higher priority wins the contact (CAMPAIGNS.md). */
  priority: Scalars['Int']['output'];
  /** The products this action promotes, by code. */
  products: Array<Product>;
  promiseSummary?: Maybe<Scalars['String']['output']>;
  promiseType: PromiseType;
  /** The public response form and endpoint accept responses from anyone, targeted or not. */
  publicResponses: Scalars['Boolean']['output'];
  /** Code of the consent purpose a contact must have granted to be targeted. */
  requiredPurpose: Scalars['String']['output'];
  /** The response channels this action offers (*canaux de remontée*), in alphabetical order. */
  responseChannels: Array<ResponseChannel>;
  /** Number of targets that responded (*remontées*); untargeted responses apart. */
  responseCount: Scalars['Int']['output'];
  /** The segment this action is meant for (reserves its slots for the priority rule). */
  segment?: Maybe<Segment>;
  startDate: Scalars['DateTime']['output'];
  status: ActionStatus;
  /** Number of targets (those you may see); untargeted responses are not targets. */
  targetCount: Scalars['Int']['output'];
  targetDescription?: Maybe<Scalars['String']['output']>;
  /** Targetings of this action, newest first. */
  targetingRuns: MarketingActionTargetingRunsConnection;
  /** Contacts targeted by this action (those you may see), by targeting date. `responded: true` lists the responses (*remontées*), `converted: true` the conversions (*transformations*). */
  targets: MarketingActionTargetsConnection;
  /** Tasks about this action, by due date. */
  tasks: MarketingActionTasksConnection;
  /** Untargeted responses converted into a sale. */
  untargetedConversionCount: Scalars['Int']['output'];
  /** Responses from contacts the action did not target (press coupon, web form, event), counted apart: never in targetCount or responseCount. */
  untargetedResponseCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update (optimistic concurrency). */
  version: Scalars['Int']['output'];
};


export type MarketingActionDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<DeliveryStatus>>;
};


export type MarketingActionDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type MarketingActionTargetingRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type MarketingActionTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  converted?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  responded?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MarketingActionTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type MarketingActionDeliveriesConnection = {
  __typename?: 'MarketingActionDeliveriesConnection';
  edges: Array<MarketingActionDeliveriesConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MarketingActionDeliveriesConnectionEdge = {
  __typename?: 'MarketingActionDeliveriesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: MessageDelivery;
};

export type MarketingActionDocumentsConnection = {
  __typename?: 'MarketingActionDocumentsConnection';
  edges: Array<MarketingActionDocumentsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MarketingActionDocumentsConnectionEdge = {
  __typename?: 'MarketingActionDocumentsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Document;
};

export type MarketingActionFilter = {
  /** Any of these brands. */
  brand?: InputMaybe<Array<Scalars['ID']['input']>>;
  endDate?: InputMaybe<DateTimeRange>;
  medium?: InputMaybe<Array<ActionMedium>>;
  objective?: InputMaybe<Array<ActionObjective>>;
  /** Promotes any of these products. */
  promotes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Started on or before, and ending on or after, this instant. */
  runningAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Words found in the code or the name. */
  search?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<DateTimeRange>;
  status?: InputMaybe<Array<ActionStatus>>;
  /** true: only actions of no brand; false: only branded ones. */
  withoutBrand?: InputMaybe<Scalars['Boolean']['input']>;
};

export type MarketingActionInput = {
  /** Days after targeting a purchase is attributed to the action (1 to 3650, default 30). */
  attributionWindowDays?: InputMaybe<Scalars['Int']['input']>;
  /** Null: an action of no brand, visible to every user. */
  brand?: InputMaybe<Scalars['ID']['input']>;
  code: Scalars['String']['input'];
  /** Share of targets held back, 0 to 100; null for none. */
  controlGroupPercent?: InputMaybe<Scalars['Int']['input']>;
  /** Defaults to 0. */
  cost?: InputMaybe<Scalars['Decimal']['input']>;
  endDate: Scalars['DateTime']['input'];
  /** Which targets of the previous action this one takes over (required with previousAction). */
  followUpCondition?: InputMaybe<FollowUpCondition>;
  /** Days after the previous action's targeting before following up (0 to 365, required with previousAction). */
  followUpDelayDays?: InputMaybe<Scalars['Int']['input']>;
  medium: ActionMedium;
  name: Scalars['String']['input'];
  objective: ActionObjective;
  plannedQuantity?: InputMaybe<Scalars['Int']['input']>;
  /** Channel coordination: this action follows up that one (same brand, no cycle); null unlinks. */
  previousAction?: InputMaybe<Scalars['ID']['input']>;
  /** Products promoted; replaces the whole set when given. */
  products?: InputMaybe<Array<Scalars['ID']['input']>>;
  promiseSummary?: InputMaybe<Scalars['String']['input']>;
  promiseType?: InputMaybe<PromiseType>;
  /** Accept responses from anyone on the public response form and endpoint (/respond/<code>): press coupons, web forms, events. Default false. */
  publicResponses?: InputMaybe<Scalars['Boolean']['input']>;
  /** Code of the consent purpose a contact must have granted to be targeted. */
  requiredPurpose: Scalars['String']['input'];
  /** Replaces the whole set when given. */
  responseChannels?: InputMaybe<Array<ResponseChannel>>;
  startDate: Scalars['DateTime']['input'];
  status?: InputMaybe<ActionStatus>;
  targetDescription?: InputMaybe<Scalars['String']['input']>;
};

export type MarketingActionOrder = {
  direction?: InputMaybe<SortDirection>;
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
  attributionWindowDays?: InputMaybe<Scalars['Int']['input']>;
  /** Null: an action of no brand, visible to every user. */
  brand?: InputMaybe<Scalars['ID']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  /** Share of targets held back, 0 to 100; null for none. */
  controlGroupPercent?: InputMaybe<Scalars['Int']['input']>;
  /** Defaults to 0. */
  cost?: InputMaybe<Scalars['Decimal']['input']>;
  endDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** Which targets of the previous action this one takes over (required with previousAction). */
  followUpCondition?: InputMaybe<FollowUpCondition>;
  /** Days after the previous action's targeting before following up (0 to 365, required with previousAction). */
  followUpDelayDays?: InputMaybe<Scalars['Int']['input']>;
  medium?: InputMaybe<ActionMedium>;
  name?: InputMaybe<Scalars['String']['input']>;
  objective?: InputMaybe<ActionObjective>;
  plannedQuantity?: InputMaybe<Scalars['Int']['input']>;
  /** Channel coordination: this action follows up that one (same brand, no cycle); null unlinks. */
  previousAction?: InputMaybe<Scalars['ID']['input']>;
  /** Products promoted; replaces the whole set when given. */
  products?: InputMaybe<Array<Scalars['ID']['input']>>;
  promiseSummary?: InputMaybe<Scalars['String']['input']>;
  promiseType?: InputMaybe<PromiseType>;
  /** Accept responses from anyone on the public response form and endpoint (/respond/<code>): press coupons, web forms, events. Default false. */
  publicResponses?: InputMaybe<Scalars['Boolean']['input']>;
  requiredPurpose?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the whole set when given. */
  responseChannels?: InputMaybe<Array<ResponseChannel>>;
  startDate?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<ActionStatus>;
  targetDescription?: InputMaybe<Scalars['String']['input']>;
};

export type MarketingActionTargetingRunsConnection = {
  __typename?: 'MarketingActionTargetingRunsConnection';
  edges: Array<MarketingActionTargetingRunsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MarketingActionTargetingRunsConnectionEdge = {
  __typename?: 'MarketingActionTargetingRunsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: TargetingRun;
};

export type MarketingActionTargetsConnection = {
  __typename?: 'MarketingActionTargetsConnection';
  edges: Array<MarketingActionTargetsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MarketingActionTargetsConnectionEdge = {
  __typename?: 'MarketingActionTargetsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: ActionTarget;
};

export type MarketingActionTasksConnection = {
  __typename?: 'MarketingActionTasksConnection';
  edges: Array<MarketingActionTasksConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MarketingActionTasksConnectionEdge = {
  __typename?: 'MarketingActionTasksConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

export type MediumCount = {
  __typename?: 'MediumCount';
  count: Scalars['Int']['output'];
  medium: ActionMedium;
};

export type MergeDroppedRecord = {
  __typename?: 'MergeDroppedRecord';
  id: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

/** A field a message template may use as {{name}}. */
export type MergeField = {
  __typename?: 'MergeField';
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Personal: merges only when the contact's consent covers the action's purpose. */
  personal: Scalars['Boolean']['output'];
};

export type MergeFieldChange = {
  __typename?: 'MergeFieldChange';
  after?: Maybe<Scalars['String']['output']>;
  /** The survivor's value before (null when empty or withheld). */
  before?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
  from: MergeSide;
  /** Values withheld: confidential for your role, or personal without consent for your purpose. */
  withheld: Scalars['Boolean']['output'];
};

export type MergeFieldChoice = {
  field: MergeableContactField;
  from: MergeSide;
};

export type MergeMovedCount = {
  __typename?: 'MergeMovedCount';
  count: Scalars['Int']['output'];
  kind: Scalars['String']['output'];
};

/** What a merge changed, or, for a dry run, what it would change. */
export type MergeResult = {
  __typename?: 'MergeResult';
  /** The survivor's fields that change. */
  changes: Array<MergeFieldChange>;
  /** Child records not moved because the survivor had their equivalent. */
  dropped: Array<MergeDroppedRecord>;
  dryRun: Scalars['Boolean']['output'];
  mergeRecordId?: Maybe<Scalars['ID']['output']>;
  merged: Contact;
  /** Child records moved to the survivor, by kind. */
  moved: Array<MergeMovedCount>;
  survivor: Contact;
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

export type MessageDelivery = Node & {
  __typename?: 'MessageDelivery';
  action: MarketingAction;
  attempts: Scalars['Int']['output'];
  bouncedAt?: Maybe<Scalars['DateTime']['output']>;
  clickedAt?: Maybe<Scalars['DateTime']['output']>;
  complainedAt?: Maybe<Scalars['DateTime']['output']>;
  contact: Contact;
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The provider's last answer (addresses removed). */
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  medium: ActionMedium;
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  openedAt?: Maybe<Scalars['DateTime']['output']>;
  queuedAt: Scalars['DateTime']['output'];
  /** Stable code of a SKIPPED or FAILED delivery: a targeting rule (NO_CONSENT, CHANNEL_OPT_OUT, NO_CHANNEL_ADDRESS, RESTRICTED, OUT_OF_SCOPE), a render refusal (NO_MESSAGE, NOT_FOUND), a final refusal of the server (SMTP_550, ...), MAX_ATTEMPTS or NO_ADAPTER; HARD_BOUNCE for a bounce. */
  reason?: Maybe<Scalars['String']['output']>;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: DeliveryStatus;
};

/** A named parameter of a coded message (a notification, an exclusion detail). */
export type MessageParam = {
  __typename?: 'MessageParam';
  /** title, due, subject, type, at, field, rule, count... (per code). */
  name: Scalars['String']['output'];
  /** The value: an instant as ISO 8601 UTC, an enum as its value. */
  value: Scalars['String']['output'];
};

/** A fitted parameter with its standard error (inverse Hessian of the log-likelihood, delta method). */
export type ModelParameter = {
  __typename?: 'ModelParameter';
  /** r, alpha, a, b (BG/NBD, MBG/NBD); r, alpha, s, beta (Pareto/NBD); p, q, v. */
  name: Scalars['String']['output'];
  /** Null when the Hessian is not invertible (then the fit is flagged). */
  standardError?: Maybe<Scalars['Float']['output']>;
  value: Scalars['Float']['output'];
};

/** One purchase model fitted on the calibration period and compared with the holdout. */
export type ModelValidation = {
  __typename?: 'ModelValidation';
  byFrequency: Array<CalibrationFrequencyBucket>;
  degenerate: Scalars['Boolean']['output'];
  logLikelihood: Scalars['Float']['output'];
  model: PurchaseModel;
  parameters: Array<ModelParameter>;
  /** Root mean squared error of the per-buyer holdout forecast (purchase days): the recommendation criterion. */
  rmse: Scalars['Float']['output'];
  /** Holdout repeat purchase days of the cohort. */
  totalActual: Scalars['Float']['output'];
  /** (predicted − actual) / actual, a fraction. */
  totalError?: Maybe<Scalars['Float']['output']>;
  totalPredicted: Scalars['Float']['output'];
  tracking: Array<TrackingPoint>;
  warnings: Array<FitWarning>;
};

export type MonthlySales = {
  __typename?: 'MonthlySales';
  /** Calendar month, YYYY-MM. */
  month: Scalars['String']['output'];
  /** Sum of sale totals, net of discounts. */
  revenue: Scalars['Float']['output'];
  saleCount: Scalars['Int']['output'];
};

/** Writes. Every root field declares who may call it. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Applies the proposed value (the field's steward role). If the field changed since the proposal, nothing is applied and the proposal comes back SUPERSEDED. */
  acceptProposal: ChangeProposal;
  /** Hands the case to a SUPPORT, SALES or ADMIN user who may see its contact (null: unassigned). */
  assignServiceCase: ServiceCase;
  /** Hands an open request to a staff user; it becomes IN_PROGRESS. Admins only. */
  assignSubjectRequest: SubjectRequest;
  /** Replace your password (your own, or a temporary one an administrator gave) and get a new token; earlier sessions end. Throttled and answered like login. The new password must meet the policy (12 to 128 characters, not a common or breached one, not your e-mail). */
  changePassword: LoginResult;
  /** Moves the case along the workflow (see CaseStatus; another move is VALIDATION), with an optional comment. */
  changeServiceCaseStatus: ServiceCase;
  /** Clears a response recorded by mistake (not on a converted target). */
  clearResponse: ActionTarget;
  /** An OPEN survey stops taking answers. */
  closeSurvey: Survey;
  /** Adds a comment to the history of the case. */
  commentServiceCase: ServiceCase;
  /** Marks a PLANNED activity DONE with its outcome, report, next step and promises (VALIDATION otherwise). */
  completeActivity: Activity;
  /** Answers the request by doing what it asks (export, erasure, restriction, withdrawal of marketing, record of a rectification), stores the artefact and writes the partner notices. Admins only. */
  completeSubjectRequest: SubjectRequest;
  /** Logs an activity on a contact; you are its author. */
  createActivity: Activity;
  /** Creates a partner key bound to brands and purposes; the answer is the only time the key is shown. */
  createApiKey: CreatedApiKey;
  /** Turns the targets of a TELEMARKETING action into call tasks, handed round-robin to `assignees` (each must be able to see the action). Only targets you may see, out of the control group, whose consent still covers the action's purpose; a contact that already has a task for the action is not listed again. All or nothing. */
  createCallList: CallListResult;
  createContact: Contact;
  createMarketingAction: MarketingAction;
  createPressureRule: PressureRule;
  createProduct: Product;
  /** Saves a segment; its criteria are checked first (VALIDATION, NOT_FOUND). A STATIC one is frozen at once. */
  createSegment: Segment;
  /** Opens a case for a contact you may see; you are its opener. Its reference is generated. */
  createServiceCase: ServiceCase;
  /** Creates a staff user with a temporary password to hand over (admins). */
  createStaffUser: StaffUser;
  createSurvey: Survey;
  /** A task about a contact, an action or both (at least one); assigned to you unless told otherwise. */
  createTask: Task;
  createTrigger: Trigger;
  /** Subscribes a URL to events; the answer is the only time the signing secret is shown. */
  createWebhookSubscription: WebhookSubscriptionWithSecret;
  /** Deactivates an account (admins): its tokens are refused from the next request, on every instance. */
  deactivateStaffUser: StaffUser;
  /** Removes a contact from an action's targets (not once converted) and returns the target's id. */
  deleteActionTarget: Scalars['ID']['output'];
  deleteActivity: Scalars['ID']['output'];
  /** Soft delete: the contact leaves the lists and can be restored. */
  deleteContact: Contact;
  /** Deletes the document and its file (its uploader or an admin). */
  deleteDocument: Scalars['ID']['output'];
  /** Deletes an action nobody was targeted by yet and returns its id; otherwise cancel it (status). */
  deleteMarketingAction: Scalars['ID']['output'];
  deletePressureRule: Scalars['ID']['output'];
  /** Deletes a product that was never sold and returns its id. A sold product can only be deactivated. */
  deleteProduct: Scalars['ID']['output'];
  /** Deletes a sale and its lines and returns its id; a target it converted is unconverted. */
  deleteSale: Scalars['ID']['output'];
  deleteSegment: Scalars['ID']['output'];
  /** Only a DRAFT survey (a sent one holds answers: close it instead). */
  deleteSurvey: Scalars['ID']['output'];
  deleteTask: Scalars['ID']['output'];
  /** Deletes a trigger and its firings; the targets it created stay. */
  deleteTrigger: Scalars['ID']['output'];
  /** Deletes the subscription, its pending deliveries and its log. */
  deleteWebhookSubscription: Scalars['ID']['output'];
  /** Records that the contact refuses a purpose (and its children), even under a granted parent. */
  denyConsent: ConsentEvent;
  /** Erasure request: anonymises the contact in place (a tombstone keeps sales statistics right). Audited. Admins only. */
  eraseContact: Contact;
  /** Subject access request: exports everything held about a contact. Audited (EXPORT). Admins only. */
  exportContactData: SubjectExport;
  /** Extends the deadline by two months, once, with the reason (GDPR art. 12(3)). Admins only. */
  extendSubjectRequest: SubjectRequest;
  /** Evaluates the criteria now and freezes the members: the segment becomes STATIC. */
  freezeSegment: Segment;
  /** Records that the contact consents to a purpose (and its children). */
  grantConsent: ConsentEvent;
  /** Shares a document with staff users and roles (its uploader or an admin). */
  grantDocumentAccess: Document;
  /** Imports contacts, products, sales or action responses from a CSV or XLSX file given as text (CSV) or base64. Valid rows are written (one transaction per batch), bad rows reported with their line and code; rows are matched on the upsert key, so importing the same file twice changes nothing. With dryRun, only the job and its errors are written. Answers when the import is over; startImport answers at once. */
  importFile: ImportJob;
  /** Logs a request received from a data subject, due one calendar month later. Admins only. */
  logSubjectRequest: SubjectRequest;
  /** Exchange a staff e-mail and password for a short-lived token. Throttled per account and per client: RATE_LIMITED (HTTP 429, Retry-After) after too many failures. */
  login: LoginResult;
  /** Marks all your unread notifications read; returns how many. */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Marks one of your notifications read (again: unchanged). Another user’s is NOT_FOUND. */
  markNotificationRead: Notification;
  /** Records that the partner was told by hand (a notice already sent keeps its date). Admins only. */
  markPartnerNoticeSent: PartnerNotice;
  /** Merges a duplicate into the contact that stays, in one transaction: field values (the survivor’s, gaps filled from the merged contact, or as chosen), every child record, consents by the least permissive rule. The merged contact stays findable by id with `mergedInto`. With dryRun, nothing is written and the result shows what would change. */
  mergeContacts: MergeResult;
  /** Sends a signed PING event to the subscription now and reports the answer. */
  pingWebhook: WebhookPingResult;
  /** Reactivates an account (admins); tokens issued before its deactivation stay refused. */
  reactivateStaffUser: StaffUser;
  /** Applies the attribution rule (campaigns/triggers/TRIGGERS.md) again to the sales of your brands dated in [from, to): last touch within each action’s attributionWindowDays, responded targets first, control groups never. Idempotent; a sale that converts a target keeps that target’s action. */
  reattributeSales: ReattributionResult;
  /** Records a response brought back with the action code every medium carries (a coupon, a call quoting the code). Open to partners for the contacts they may see; retrying the same response changes nothing. */
  recordActionResponse: ResponseReceipt;
  /** Keys in a response brought back on a coupon (or a call, a visit) for an action open to public responses: the person is matched to a contact you may compare by the duplicate rules, or created as a prospect with the action as its source and the consent ticked on the coupon; the response is recorded on its target, or apart (`untargeted`) when the action did not target it. Retrying changes nothing. */
  recordCouponResponse: ActionTarget;
  /** Records that a target responded, on a channel the action offers; `version` must be current. */
  recordResponse: ActionTarget;
  /** Records a sale and its lines in one transaction; with conversionTargetId, the sale converts that target (a target of the same contact, targeted on or before the sale date). */
  recordSale: Sale;
  /** Answers received another way (by phone), once per invitation (CONFLICT if already answered). */
  recordSurveyAnswers: SurveyInvitation;
  /** Queues a delivery again (failed or delivered), due now, with a fresh budget of attempts and the same event id. */
  redeliverWebhook: WebhookDelivery;
  /** Computes the RFM / FRAT snapshot as of a day (default today, UTC) for a brand (omitted: all brands, admin only), replacing the snapshot of the same day and brand. One SQL pass in one transaction. */
  refreshScores: ScoreSnapshot;
  /** Rejects a proposal with a comment saying why (the field's steward role). */
  rejectProposal: ChangeProposal;
  /** Refuses an open request, with the reason given to the person. Admins only. */
  rejectSubjectRequest: SubjectRequest;
  /** Ends the stewardship of a field (admins); its pending proposals are then decided by an admin. */
  removeStewardedField: Scalars['String']['output'];
  /** Gives a user a temporary password (admins): their sessions end now; it lets them only choose their own, within 7 days. */
  resetStaffPassword: StaffUser;
  restoreContact: Contact;
  /** Restriction of processing: the contact becomes unusable for every purpose except customer_service (a DENIED decision on every other root purpose). Lifting it takes new consents. Admins only. */
  restrictContactProcessing: Scalars['Boolean']['output'];
  /** Revokes a key: its next request is UNAUTHENTICATED. */
  revokeApiKey: ApiKey;
  /** Stops sharing a document with these users and roles (its uploader or an admin). */
  revokeDocumentAccess: Document;
  /** Replaces the signing secret; the new one is shown this once. */
  rotateWebhookSecret: WebhookSubscriptionWithSecret;
  /** Follows up now, as the scheduled job does, the due targets of the running follow-up actions you may see (or the given ones): each contact once, through the targeting rules (campaigns/triggers/TRIGGERS.md). With dryRun, reports what would happen and records only dry targeting runs. */
  runFollowUps: Array<FollowUpRunReport>;
  /** Evaluates now the active triggers of your brands (or the given ones), as the scheduled job does: a trigger is a standing rule, so its matches are targeted under the rules of the action, not of the caller. With dryRun, reports what would fire and records only dry targeting runs. */
  runTriggers: Array<TriggerRunReport>;
  /** Sends the action: one delivery per target (control group and untargeted responses left out) that has none yet, sent by a throttled background job that applies the targeting rules again at send time. Sending again sends only to targets added since. Follow it with `deliverySummary`. */
  sendAction: MarketingAction;
  /** Invites a segment, a list of contacts or the contacts of a filter (in your scope, of the survey's brand, whose consent covers "marketing"); the survey becomes OPEN. Can be called again to invite more. */
  sendSurvey: SendSurveyPayload;
  /** Sends the message rendered for a contact to your own address, subject "[TEST]"; records no delivery. */
  sendTestMessage: TestSendResult;
  /** Creates or replaces an action's message (absent optional fields are cleared). Validates templates. */
  setActionMessage: ActionMessage;
  /** Records that a contact opted out of a medium (optedOut: false opts back in); targeting then skips it. */
  setChannelOptOut: ContactChannelPreference;
  /** Sets the rule of a contact kind or of a purpose (one of them): months without activity (1 to 240) and whether it applies. Audited. Admins only. */
  setRetentionRule: RetentionRule;
  /** Replaces the purposes a role may declare (admins; each an active purpose code). Applies from the next request of every user of the role; audited with the codes added and removed. */
  setRolePurposes: RolePurposes;
  /** Puts a contact field under the stewardship of a role (admins), optionally of a named active user of that role (stewardUser): proposals then go to that person only. */
  setStewardedField: StewardedField;
  /** Like importFile, but answers as soon as the options are checked and the job exists (status RUNNING, totalRows counted): the import goes on in the server, updating processedRows and the counts after every batch. Poll importJob(id) until the status is COMPLETED or FAILED (an unexpected stop is recorded as FAILED with an IMPORT_FAILED error). */
  startImport: ImportJob;
  /** Runs the retention purge now: a dry run records what is due and answers it; a real run answers RUNNING at once and, in the background, lapses the due consents and erases the due contacts (the erasure of a subject request), its counters moving per batch (poll `retentionPurges`). Audited. Admins only. */
  startRetentionPurge: RetentionPurge;
  /** Targets an action from a segment or a list: consent, channel, restriction, pressure and priority rules applied, a control group held out; returns the run report (who was excluded and why). */
  targetAction: TargetingRun;
  /** Targets contacts with an action under the rules of targetAction. A contact not found, deleted, of another brand or without consent refuses the whole list; one the channel or pressure rules exclude is reported in `excluded`; one already targeted is reported, not duplicated. */
  targetContacts: TargetContactsResult;
  /** Sets an action's priority and segment; `version` must be current (CONFLICT otherwise). */
  updateActionTargeting: MarketingAction;
  /** Changes the given fields; `version` must be the one you read (CONFLICT otherwise). */
  updateActivity: Activity;
  /** Changes the given fields; `version` must be the one you read (CONFLICT otherwise). */
  updateContact: Contact;
  /** Changes the given fields; `version` must be the one you read (CONFLICT otherwise). */
  updateMarketingAction: MarketingAction;
  /** Replaces a rule; `version` must be current (CONFLICT otherwise). */
  updatePressureRule: PressureRule;
  /** Changes the given fields; `version` must be the one you read (CONFLICT otherwise). */
  updateProduct: Product;
  /** Changes the preference-centre and double opt-in settings of an active purpose, by code (admin only). */
  updatePurpose: Purpose;
  /** Changes the given fields (new lines replace the old); `version` must be the one you read. */
  updateSale: Sale;
  /** Changes the given fields; `version` must be the one you read (CONFLICT otherwise). */
  updateSegment: Segment;
  /** Changes subject, description, category or priority; recorded in the history. */
  updateServiceCase: ServiceCase;
  /** Changes a user's names, role, brands or zones (admins), if still at `version`: applies on their next request. */
  updateStaffUser: StaffUser;
  /** Only a DRAFT survey; `version` must be the one you read (CONFLICT otherwise). */
  updateSurvey: Survey;
  /** Changes the given fields; `version` must be the one you read (CONFLICT otherwise). */
  updateTask: Task;
  /** Changes the given fields; `version` must be the one you read (CONFLICT otherwise). */
  updateTrigger: Trigger;
  /** Changes the given fields; `version` must be the one you read (CONFLICT otherwise). */
  updateWebhookSubscription: WebhookSubscription;
  /** Records that the contact withdraws a consent; it applies to the very next request. */
  withdrawConsent: ConsentEvent;
};


/** Writes. Every root field declares who may call it. */
export type MutationAcceptProposalArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationAssignServiceCaseArgs = {
  assignee?: InputMaybe<Scalars['ID']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationAssignSubjectRequestArgs = {
  handler: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  email: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationChangeServiceCaseStatusArgs = {
  id: Scalars['ID']['input'];
  input: CaseStatusChange;
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationClearResponseArgs = {
  targetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationCloseSurveyArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationCommentServiceCaseArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationCompleteActivityArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<ActivityCompletion>;
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationCompleteSubjectRequestArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationCreateActivityArgs = {
  input: ActivityInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationCreateApiKeyArgs = {
  input: ApiKeyInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationCreateCallListArgs = {
  action: Scalars['ID']['input'];
  assignees: Array<Scalars['ID']['input']>;
};


/** Writes. Every root field declares who may call it. */
export type MutationCreateContactArgs = {
  input: ContactInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationCreateMarketingActionArgs = {
  input: MarketingActionInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationCreatePressureRuleArgs = {
  input: PressureRuleInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationCreateProductArgs = {
  input: ProductInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationCreateSegmentArgs = {
  input: SegmentInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationCreateServiceCaseArgs = {
  input: ServiceCaseInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationCreateStaffUserArgs = {
  input: NewStaffUserInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationCreateSurveyArgs = {
  input: SurveyInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationCreateTaskArgs = {
  input: TaskInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationCreateTriggerArgs = {
  input: TriggerInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationCreateWebhookSubscriptionArgs = {
  input: WebhookSubscriptionInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationDeactivateStaffUserArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationDeleteActionTargetArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationDeleteActivityArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationDeleteContactArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationDeleteDocumentArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationDeleteMarketingActionArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationDeletePressureRuleArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationDeleteProductArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationDeleteSaleArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationDeleteSegmentArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationDeleteSurveyArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationDeleteTaskArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationDeleteTriggerArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationDeleteWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationDenyConsentArgs = {
  input: ConsentInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationEraseContactArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationExportContactDataArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationExtendSubjectRequestArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationFreezeSegmentArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationGrantConsentArgs = {
  input: ConsentInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationGrantDocumentAccessArgs = {
  id: Scalars['ID']['input'];
  roles?: InputMaybe<Array<Role>>;
  users?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Writes. Every root field declares who may call it. */
export type MutationImportFileArgs = {
  content: Scalars['String']['input'];
  defaults?: InputMaybe<Array<ImportDefault>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  duplicates?: InputMaybe<DuplicateDecisionInput>;
  encoding?: InputMaybe<ImportContentEncoding>;
  entity: ImportEntity;
  fileName: Scalars['String']['input'];
  format: ImportFormat;
  key?: InputMaybe<Scalars['String']['input']>;
  mapping?: InputMaybe<Array<ImportColumnMapping>>;
};


/** Writes. Every root field declares who may call it. */
export type MutationLogSubjectRequestArgs = {
  input: LogSubjectRequestInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationMarkPartnerNoticeSentArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationMergeContactsArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  fieldChoices?: InputMaybe<Array<MergeFieldChoice>>;
  mergedId: Scalars['ID']['input'];
  survivorId: Scalars['ID']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationPingWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationReactivateStaffUserArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationReattributeSalesArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationRecordActionResponseArgs = {
  actionCode: Scalars['String']['input'];
  channel: ResponseChannel;
  contactId: Scalars['ID']['input'];
  respondedAt: Scalars['DateTime']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationRecordCouponResponseArgs = {
  action: Scalars['ID']['input'];
  addressLine1?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<ResponseChannel>;
  city?: InputMaybe<Scalars['String']['input']>;
  consent?: InputMaybe<Scalars['Boolean']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
};


/** Writes. Every root field declares who may call it. */
export type MutationRecordResponseArgs = {
  channel: ResponseChannel;
  respondedAt: Scalars['DateTime']['input'];
  targetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationRecordSaleArgs = {
  conversionTargetId?: InputMaybe<Scalars['ID']['input']>;
  input: SaleInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationRecordSurveyAnswersArgs = {
  answers: Array<SurveyAnswerInput>;
  invitation: Scalars['ID']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationRedeliverWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationRefreshScoresArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  brand?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. Every root field declares who may call it. */
export type MutationRejectProposalArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationRejectSubjectRequestArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationRemoveStewardedFieldArgs = {
  field: Scalars['String']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationResetStaffPasswordArgs = {
  id: Scalars['ID']['input'];
  temporaryPassword: Scalars['String']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationRestoreContactArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationRestrictContactProcessingArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationRevokeDocumentAccessArgs = {
  id: Scalars['ID']['input'];
  roles?: InputMaybe<Array<Role>>;
  users?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Writes. Every root field declares who may call it. */
export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationRunFollowUpsArgs = {
  actions?: InputMaybe<Array<Scalars['ID']['input']>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Writes. Every root field declares who may call it. */
export type MutationRunTriggersArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  triggers?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Writes. Every root field declares who may call it. */
export type MutationSendActionArgs = {
  action: Scalars['ID']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationSendSurveyArgs = {
  id: Scalars['ID']['input'];
  to: SurveyRecipients;
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationSendTestMessageArgs = {
  action: Scalars['ID']['input'];
  contact: Scalars['ID']['input'];
  to: Scalars['String']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationSetActionMessageArgs = {
  input: ActionMessageInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationSetChannelOptOutArgs = {
  contactId: Scalars['ID']['input'];
  medium: ActionMedium;
  optedOut?: InputMaybe<Scalars['Boolean']['input']>;
  source: ConsentSource;
};


/** Writes. Every root field declares who may call it. */
export type MutationSetRetentionRuleArgs = {
  active: Scalars['Boolean']['input'];
  kind?: InputMaybe<ContactKind>;
  months: Scalars['Int']['input'];
  purpose?: InputMaybe<Scalars['String']['input']>;
};


/** Writes. Every root field declares who may call it. */
export type MutationSetRolePurposesArgs = {
  purposes: Array<Scalars['String']['input']>;
  role: Role;
};


/** Writes. Every root field declares who may call it. */
export type MutationSetStewardedFieldArgs = {
  field: Scalars['String']['input'];
  stewardRole: Role;
  stewardUser?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. Every root field declares who may call it. */
export type MutationStartImportArgs = {
  content: Scalars['String']['input'];
  defaults?: InputMaybe<Array<ImportDefault>>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  duplicates?: InputMaybe<DuplicateDecisionInput>;
  encoding?: InputMaybe<ImportContentEncoding>;
  entity: ImportEntity;
  fileName: Scalars['String']['input'];
  format: ImportFormat;
  key?: InputMaybe<Scalars['String']['input']>;
  mapping?: InputMaybe<Array<ImportColumnMapping>>;
};


/** Writes. Every root field declares who may call it. */
export type MutationStartRetentionPurgeArgs = {
  dryRun: Scalars['Boolean']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationTargetActionArgs = {
  input: TargetActionInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationTargetContactsArgs = {
  actionId: Scalars['ID']['input'];
  contactIds: Array<Scalars['ID']['input']>;
  targetedAt?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Writes. Every root field declares who may call it. */
export type MutationUpdateActionTargetingArgs = {
  id: Scalars['ID']['input'];
  input: ActionTargetingInput;
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationUpdateActivityArgs = {
  id: Scalars['ID']['input'];
  input: ActivityPatch;
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationUpdateContactArgs = {
  id: Scalars['ID']['input'];
  input: ContactPatch;
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationUpdateMarketingActionArgs = {
  id: Scalars['ID']['input'];
  input: MarketingActionPatch;
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationUpdatePressureRuleArgs = {
  id: Scalars['ID']['input'];
  input: PressureRuleInput;
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationUpdateProductArgs = {
  id: Scalars['ID']['input'];
  input: ProductPatch;
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationUpdatePurposeArgs = {
  code: Scalars['String']['input'];
  input: PurposeSettingsInput;
};


/** Writes. Every root field declares who may call it. */
export type MutationUpdateSaleArgs = {
  id: Scalars['ID']['input'];
  input: SalePatch;
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationUpdateSegmentArgs = {
  id: Scalars['ID']['input'];
  input: SegmentPatch;
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationUpdateServiceCaseArgs = {
  id: Scalars['ID']['input'];
  input: ServiceCasePatch;
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationUpdateStaffUserArgs = {
  id: Scalars['ID']['input'];
  input: StaffUserInput;
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationUpdateSurveyArgs = {
  id: Scalars['ID']['input'];
  input: SurveyPatch;
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationUpdateTaskArgs = {
  id: Scalars['ID']['input'];
  input: TaskPatch;
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationUpdateTriggerArgs = {
  id: Scalars['ID']['input'];
  input: TriggerPatch;
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationUpdateWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
  input: WebhookSubscriptionPatch;
  version: Scalars['Int']['input'];
};


/** Writes. Every root field declares who may call it. */
export type MutationWithdrawConsentArgs = {
  input: ConsentInput;
};

export type NewStaffUserInput = {
  /** The brands (global ids) whose contacts they reach. */
  brands?: InputMaybe<Array<Scalars['ID']['input']>>;
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  role: Role;
  /** Given to the person by you; it lets them only choose their own, within 7 days. Meets the policy. */
  temporaryPassword: Scalars['String']['input'];
  /** The zones (global ids) whose contacts they reach. */
  zones?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type Node = {
  id: Scalars['ID']['output'];
};

export type Notification = Node & {
  __typename?: 'Notification';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Stable code: TASK_REMINDER, ACTIVITY_REMINDER, CHANGE_PROPOSAL (kernel/message-codes.ts); translate it with `params`. */
  kind: Scalars['String']['output'];
  /** The English line, for clients that do not translate `kind`. */
  message: Scalars['String']['output'];
  /** The kind's parameters (TASK_REMINDER: due, title; ACTIVITY_REMINDER: type, at, subject; CHANGE_PROPOSAL: field). */
  params: Array<MessageParam>;
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** Global id of what it is about (a Task, an Activity...). */
  subjectId?: Maybe<Scalars['ID']['output']>;
};

/** Net Promoter Score: % promoters (9-10) − % detractors (0-6), from −100 to 100, with the counts. */
export type NpsFigure = {
  __typename?: 'NpsFigure';
  detractors: Scalars['Int']['output'];
  passives: Scalars['Int']['output'];
  promoters: Scalars['Int']['output'];
  /** Null without answers. */
  score?: Maybe<Scalars['Float']['output']>;
  total: Scalars['Int']['output'];
};

/** Non-personal figures about the part of the database you may see (your brands and zones). */
export type Overview = {
  __typename?: 'Overview';
  actionCount: Scalars['Int']['output'];
  actionsByMedium: Array<MediumCount>;
  /** Contacts you may see, neither deleted nor merged. */
  contactCount: Scalars['Int']['output'];
  contactsByKind: Array<KindCount>;
  productCount: Scalars['Int']['output'];
  saleCount: Scalars['Int']['output'];
  salesByMonth: Array<MonthlySales>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A notice owed to a partner key that received the contact data, about a rectification, erasure or restriction. */
export type PartnerNotice = Node & {
  __typename?: 'PartnerNotice';
  /** The partner key that read the contact. */
  apiKey: ApiKey;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Its latest read of the contact. */
  lastDisclosedAt: Scalars['DateTime']['output'];
  /** When the partner was told. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Not sent yet: tell the partner, then `markPartnerNoticeSent`. */
  toNotify: Scalars['Boolean']['output'];
};

/** What the caller may read and write. The API enforces the same rules whatever a client displays. */
export type Permissions = {
  __typename?: 'Permissions';
  fields: Array<FieldPermission>;
  /** Root mutation fields the caller may run. */
  mutations: Array<Scalars['String']['output']>;
  /** The purpose this request declared. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** Purpose codes the caller may declare (header x-fidele-purpose); each covers its subtree. */
  purposes: Array<Scalars['String']['output']>;
  /** Root query fields the caller may run. */
  queries: Array<Scalars['String']['output']>;
  /** Null for a partner key. */
  role?: Maybe<Role>;
};

/** Stage of a prospect in the sales pipeline. */
export type PipelineStage =
  | 'CONTACTED'
  | 'LOST'
  | 'NEW'
  | 'QUOTE_SENT'
  | 'REQUIREMENTS_STUDY'
  | 'WON';

/** The next planned contact with a contact: a planned activity or an open task. */
export type PlannedContact = {
  __typename?: 'PlannedContact';
  activity?: Maybe<Activity>;
  /** When the activity is planned, or the task due. */
  at: Scalars['DateTime']['output'];
  kind: PlannedItemKind;
  task?: Maybe<Task>;
};

export type PlannedItemKind =
  | 'ACTIVITY'
  | 'TASK';

/** A buyer's predicted value under the snapshot's models. */
export type PredictedValue = {
  __typename?: 'PredictedValue';
  assumptions: Array<LifetimeValueAssumption>;
  /** The purchase or spend model fit is degenerate (see warnings): the figure is not to be trusted. */
  degenerateFit: Scalars['Boolean']['output'];
  /** Expected purchase days over the horizon. */
  expectedPurchases: Scalars['Float']['output'];
  /** Expected revenue of one future purchase (Gamma-Gamma). */
  expectedSpend: Scalars['Float']['output'];
  /** First recorded purchase within 4 weeks of the start of the data: the buyer may have bought before records began, so the history (x, T) may be understated. */
  leftCensored: Scalars['Boolean']['output'];
  /** Discounted expected revenue over the horizon. */
  lifetimeValue: Scalars['Float']['output'];
  /** CLV on gross margin: lifetimeValue × the buyer's margin rate to date. Confidential like Sale.grossMargin. */
  marginLifetimeValue?: Maybe<Scalars['Float']['output']>;
  /** The buyer's gross margin / revenue to date. Confidential like Sale.grossMargin. */
  marginRate?: Maybe<Scalars['Float']['output']>;
  model: PurchaseModel;
  /** Probability the buyer is still active. Under BG/NBD it is 1 for every one-time buyer (see assumptions); MBG/NBD and Pareto/NBD lower it with silence. */
  probabilityAlive: Scalars['Float']['output'];
  warnings: Array<FitWarning>;
};

export type PressureRule = Node & {
  __typename?: 'PressureRule';
  active: Scalars['Boolean']['output'];
  /** The brand whose actions it caps; null: every brand together. */
  brand?: Maybe<Brand>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  maxSolicitations: Scalars['Int']['output'];
  /** Only this medium; null: every medium together. */
  medium?: Maybe<ActionMedium>;
  periodDays: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type PressureRuleInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** None: every brand (administrators only). */
  brand?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 1000. */
  maxSolicitations: Scalars['Int']['input'];
  medium?: InputMaybe<ActionMedium>;
  /** 1 to 3660. */
  periodDays: Scalars['Int']['input'];
};

export type Product = Node & {
  __typename?: 'Product';
  /** The marketing actions that promoted this product (those you may see), by start date. */
  actions: Array<MarketingAction>;
  active: Scalars['Boolean']['output'];
  category: ProductCategory;
  /** Unique product code. */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  listPrice: Scalars['Decimal']['output'];
  name: Scalars['String']['output'];
  /** The lines of the sales of this product you may see (sales whose contact you may see), newest first. */
  saleLines: ProductSaleLinesConnection;
  /** Confidential: readable by ADMIN, ANALYST. */
  unitCost?: Maybe<Scalars['Decimal']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update (optimistic concurrency). */
  version: Scalars['Int']['output'];
  warrantyMonths?: Maybe<Scalars['Int']['output']>;
};


export type ProductSaleLinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A product category: the *type* of FRAT. */
export type ProductCategory = Node & {
  __typename?: 'ProductCategory';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type ProductFilter = {
  /** Only active (true) or inactive (false) products. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** In any of these categories. */
  category?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Any of these exact codes. */
  code?: InputMaybe<Array<Scalars['String']['input']>>;
  createdAt?: InputMaybe<DateTimeRange>;
  listPrice?: InputMaybe<DecimalRange>;
  /** Words found in the code or the name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ProductInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** A ProductCategory id. */
  category: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  listPrice: Scalars['Decimal']['input'];
  name: Scalars['String']['input'];
  /** Confidential: only roles that may read it may write it. */
  unitCost?: InputMaybe<Scalars['Decimal']['input']>;
  warrantyMonths?: InputMaybe<Scalars['Int']['input']>;
};

export type ProductOrder = {
  direction?: InputMaybe<SortDirection>;
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
  active?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<Scalars['ID']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  listPrice?: InputMaybe<Scalars['Decimal']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  unitCost?: InputMaybe<Scalars['Decimal']['input']>;
  warrantyMonths?: InputMaybe<Scalars['Int']['input']>;
};

export type ProductSaleLinesConnection = {
  __typename?: 'ProductSaleLinesConnection';
  edges: Array<ProductSaleLinesConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductSaleLinesConnectionEdge = {
  __typename?: 'ProductSaleLinesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: SaleLine;
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
  brand?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Bought a product of any of these categories. */
  categories?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** At most this many such sales (0: none). */
  maxPurchases?: InputMaybe<Scalars['Int']['input']>;
  /** Total of such sales at most this. */
  maxRevenue?: InputMaybe<Scalars['Decimal']['input']>;
  /** At least this many such sales. */
  minPurchases?: InputMaybe<Scalars['Int']['input']>;
  /** Total of such sales at least this. */
  minRevenue?: InputMaybe<Scalars['Decimal']['input']>;
  /** Sale date in this range. */
  period?: InputMaybe<DateTimeRange>;
  /** Bought any of these products. */
  products?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The model of future purchases and of the probability a buyer is still active. */
export type PurchaseModel =
  /** BG/NBD (Fader, Hardie & Lee 2005): drop-out only right after a repeat purchase, so a one-time buyer is always "alive". */
  | 'BG_NBD'
  /** MBG/NBD (Batislam et al. 2007): drop-out possible after any purchase, the first included. */
  | 'MBG_NBD'
  /** Pareto/NBD (Schmittlein et al. 1987): drop-out at any time; slower to fit. */
  | 'PARETO_NBD';

/** A purpose contact data may be used for. Consent to a parent covers its children unless a child is denied. */
export type Purpose = {
  __typename?: 'Purpose';
  code: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Sign-ups to this purpose are active only once confirmed from the e-mail sent (double opt-in). */
  doubleOptIn: Scalars['Boolean']['output'];
  /** Shown to contacts in the public preference centre (name and description). */
  inPreferenceCentre: Scalars['Boolean']['output'];
  legalBasis: LegalBasis;
  name: Scalars['String']['output'];
  parent?: Maybe<Purpose>;
};

export type PurposeSettingsInput = {
  /** Unchanged when absent. */
  doubleOptIn?: InputMaybe<Scalars['Boolean']['input']>;
  /** Unchanged when absent. */
  inPreferenceCentre?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Reads. Every root field declares who may call it. */
export type Query = {
  __typename?: 'Query';
  /** Performance of every action you may see (aggregates: every target counts), in a few SQL queries. */
  actionComparison: ActionComparison;
  /** The action comparison as a CSV or XLSX file: every figure of actionComparison, one row per action, then the plain and pooled averages and the totals. Rates are fractions (XLSX formats them as percents). */
  actionComparisonFile: ReportFile;
  /** An action's message rendered for one contact, with your own rights (NOT_FOUND when hidden). */
  actionMessagePreview: ActionMessagePreview;
  /** Performance of one action; null when it does not exist or is outside your brands. Its shares are of itself (1). */
  actionPerformance?: Maybe<ActionPerformance>;
  /** Targets you may see (contact and action both visible), filtered and sorted. */
  actionTargets: QueryActionTargetsConnection;
  /** Activities on contacts you may see, filtered and sorted. */
  activities: QueryActivitiesConnection;
  /** Every partner key, newest first. */
  apiKeys: Array<ApiKey>;
  /** The audit log, newest first. Admins only. */
  auditLog: QueryAuditLogConnection;
  brands: Array<Brand>;
  /** A user's calendar from `from` (included) to `to` (excluded), at most 62 days: their activities (not cancelled) and the tasks assigned to them (not cancelled). Default user: you. Rows you may not see are left out. */
  calendar: Array<CalendarEntry>;
  /** Cases per category in your scope (opened in the range): counts and mean time to resolution, computed in SQL. */
  caseStatistics: Array<CaseCategoryStatistics>;
  /** Mail caught instead of sent (FIDELE_MAIL=catch, the development default), newest first. */
  caughtMails: QueryCaughtMailsConnection;
  /** Proposed changes on contacts you may see, oldest first (a queue). */
  changeProposals: QueryChangeProposalsConnection;
  /** Buyers by cohort (first-purchase month or source action) followed month by month after their first purchase: active buyers, retention, revenue. Contacts in your brands and zones, sales of `brand` or of your brands. Small cohorts and cells are suppressed. */
  cohorts: CohortTable;
  /** One contact by id, or null when it does not exist or is outside your rights. */
  contact?: Maybe<Contact>;
  /** Live contacts you may see counted by one dimension, most frequent first. */
  contactDistribution: ContactDistribution;
  /** A contact's personal response rate over the actions you may see. Profiling: null and CONSENT_REQUIRED when its consent does not cover it; null when the contact is outside your rights. */
  contactResponseRate?: Maybe<ResponseRate>;
  /** A contact's scores in a snapshot (default: the latest snapshot you may see that scores it). Null when the contact is outside your rights or not scored; null and CONSENT_REQUIRED when its consent does not cover profiling. */
  contactScore?: Maybe<ContactScore>;
  /** Individual scores of a snapshot, most valuable first. Profiling: only contacts you may see whose consent covers `profiling` are listed (the others are left out, and not counted in totalCount). */
  contactScores: QueryContactScoresConnection;
  /** Contacts you may see, filtered and sorted. Merged contacts are never listed. A filter or sort on a personal field only sees contacts whose consent covers the request's purpose. */
  contacts: QueryContactsConnection;
  /** Documents you may see, latest first. */
  documents: QueryDocumentsConnection;
  /** Likely duplicates among the contacts you may see and whose personal fields your purpose lets you read (both of a pair: a withheld contact is never listed, counted nor scored), page by page (`first` at most 200, `after`). With `contact`: that contact's candidates, best score first. Without: every pair, in the order of the pair's contact ids, each page examining at most `maxScan` contacts, so that a page costs the same on 1M contacts as on 1,000 (a page may hold fewer than `first` pairs: follow `endCursor` while `hasNextPage`). Blocking keys are brought up to date first (only contacts changed since the last call are recomputed). */
  duplicateCandidates: DuplicateCandidateConnection;
  /** A list (filter) or segment of contacts as CSV or XLSX: your row rule, your role's field rules, and only contacts whose consent covers the request's purpose (x-fidele-purpose). Audited (EXPORT). At most 5,000 rows (the file comes back base64); larger lists: the streamed download GET /export/contacts with the same parameters. */
  exportContacts: ExportFile;
  /** Liveness: answers "ok" once the database answers. */
  health: Health;
  /** An import job with its counts and row errors (your own jobs; every job for an admin). */
  importJob?: Maybe<ImportJob>;
  /** Every queue and scheduled job of the server: jobs waiting (the queue itself: pg-boss on PostgreSQL, the process's memory on SQLite), runs running and the last run. Admins only. */
  jobQueues: Array<JobQueue>;
  /** Runs of background jobs, newest first unless sorted. Admins only. */
  jobRuns: QueryJobRunsConnection;
  /** Holdout validation of BG/NBD, MBG/NBD and Pareto/NBD on a brand's sales (aggregates only). Null when the brand has no sales. */
  lifetimeValueValidation?: Maybe<LifetimeValueValidation>;
  /** One action by id or by code, or null when it does not exist or is outside your rights. */
  marketingAction?: Maybe<MarketingAction>;
  /** Marketing actions you may see, filtered and sorted. */
  marketingActions: QueryMarketingActionsConnection;
  /** The logged-in staff user, or null when anonymous or a partner key. */
  me?: Maybe<StaffUser>;
  /** The fields a message template may use, each with whether it is personal. */
  mergeFields: Array<MergeField>;
  /** Your notifications, newest first. */
  myNotifications: QueryMyNotificationsConnection;
  /** What you, a logged-in staff user, may read and write, for clients that mirror the rules. */
  myPermissions?: Maybe<Permissions>;
  node?: Maybe<Node>;
  nodes: Array<Maybe<Node>>;
  /** Counts and monthly sales over what you may see: contacts of your brands and zones, their sales, the actions of your brands. Staff only (company figures are not public). Aggregates only: no personal field. */
  overview: Overview;
  /** Commercial pressure rules you may see (all-brands ones and those of your brands). */
  pressureRules: Array<PressureRule>;
  /** Counts the contacts criteria select (and lists the first ones), without saving anything. */
  previewSegment: SegmentPreview;
  /** One product by id, or by its code; null when it does not exist. */
  product?: Maybe<Product>;
  productCategories: Array<ProductCategory>;
  /** The product catalogue, filtered and sorted. */
  products: QueryProductsConnection;
  /** The active purposes (the tree, parents first). */
  purposes: Array<Purpose>;
  /** Dry run of the retention purge: per active rule, the count due on asOf and the soonest contacts due within the horizon (ids, kinds, dates). Writes nothing. Admins only. */
  retentionPlan: RetentionPlan;
  /** Runs of the retention purge, the latest started first. Admins only. */
  retentionPurges: Array<RetentionPurge>;
  /** The retention rules, by contact kind then by purpose (the defaults created if missing). Admins only. */
  retentionRules: Array<RetentionRule>;
  /** Buyers per (segment in `from`, segment in `to`) between two completed snapshots you may see of the same brand (or both all brands), `from` dated before `to`. Everyone scored counts; small cells are suppressed. */
  rfmMigration: RfmMigration;
  /** Which purposes each role may declare (admins). */
  rolePurposes: Array<RolePurposes>;
  /** One sale by id, or null when it does not exist or is outside your rights. */
  sale?: Maybe<Sale>;
  /** Sales you may see (those of contacts you may see), filtered and sorted. */
  sales: QuerySalesConnection;
  /** Score snapshots you may see, latest day first. `brand` omitted: every brand you may see (and all brands for an admin). */
  scoreSnapshots: Array<ScoreSnapshot>;
  /** Segments you may see. */
  segments: QuerySegmentsConnection;
  /** The targets of an action to send to: control group left out (those rows stay, for uplift), by id. */
  sendingList: QuerySendingListConnection;
  /** One case by id or by reference, or null when it does not exist or is outside your rights. */
  serviceCase?: Maybe<ServiceCase>;
  /** Customer-service cases you may see, filtered and sorted (roles SUPPORT, SALES, ADMIN). */
  serviceCases: QueryServiceCasesConnection;
  /** Every staff account, active or not, by name (admins). */
  staffAccounts: Array<StaffUser>;
  /** The active staff users, by name: whom a task can be assigned to. */
  staffUsers: Array<StaffUser>;
  /** The contact fields that can be put under stewardship. */
  stewardableFields: Array<Scalars['String']['output']>;
  /** The contact fields under stewardship and their steward roles. */
  stewardedFields: Array<StewardedField>;
  /** One subject request; null when missing. */
  subjectRequest?: Maybe<SubjectRequest>;
  /** Subject requests, soonest due first. `overdue: true`: open and past their due date. Admins only. */
  subjectRequests: QuerySubjectRequestsConnection;
  /** How many subject requests are open past their due date (the dashboard). Admins only. */
  subjectRequestsOverdue: Scalars['Int']['output'];
  /** Response rate, mean ratings, distributions, satisfaction and NPS of a survey, optionally for one segment. */
  surveyResults: SurveyResults;
  /** Surveys of your brands (and of no brand). */
  surveys: QuerySurveysConnection;
  /** Tasks you may see (their contact and action are visible to you), filtered and sorted. `filter: { mine: true }`: your tasks. */
  tasks: QueryTasksConnection;
  /** Triggers you may see (of actions you may see), filtered and sorted. */
  triggers: QueryTriggersConnection;
  /** The response channels an action of this medium offers when it is created without any (the admin proposes them). */
  usualResponseChannels: Array<ResponseChannel>;
  /** The delivery log, newest first unless sorted otherwise. */
  webhookDeliveries: QueryWebhookDeliveriesConnection;
  webhookSubscriptions: QueryWebhookSubscriptionsConnection;
  zones: Array<Zone>;
};


/** Reads. Every root field declares who may call it. */
export type QueryActionComparisonArgs = {
  attributionDays?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryActionComparisonFileArgs = {
  attributionDays?: InputMaybe<Scalars['Int']['input']>;
  format: ReportFormat;
};


/** Reads. Every root field declares who may call it. */
export type QueryActionMessagePreviewArgs = {
  action: Scalars['ID']['input'];
  contact: Scalars['ID']['input'];
};


/** Reads. Every root field declares who may call it. */
export type QueryActionPerformanceArgs = {
  action: Scalars['ID']['input'];
  attributionDays?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryActionTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActionTargetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ActionTargetOrder>>;
};


/** Reads. Every root field declares who may call it. */
export type QueryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ActivityOrder>>;
};


/** Reads. Every root field declares who may call it. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryCalendarArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  user?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryCaseStatisticsArgs = {
  openedAt?: InputMaybe<DateTimeRange>;
};


/** Reads. Every root field declares who may call it. */
export type QueryCaughtMailsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryChangeProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChangeProposalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryCohortsArgs = {
  brand?: InputMaybe<Scalars['ID']['input']>;
  by: CohortBy;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  months?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every root field declares who may call it. */
export type QueryContactDistributionArgs = {
  by: ContactDimension;
};


/** Reads. Every root field declares who may call it. */
export type QueryContactResponseRateArgs = {
  contact: Scalars['ID']['input'];
};


/** Reads. Every root field declares who may call it. */
export type QueryContactScoreArgs = {
  contact: Scalars['ID']['input'];
  snapshot?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryContactScoresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  segment?: InputMaybe<Array<RfmSegment>>;
  snapshot: Scalars['ID']['input'];
};


/** Reads. Every root field declares who may call it. */
export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ContactOrder>>;
  scoreOrder?: InputMaybe<ContactScoreOrder>;
};


/** Reads. Every root field declares who may call it. */
export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryDuplicateCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  contact?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  maxScan?: InputMaybe<Scalars['Int']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryExportContactsArgs = {
  columns?: InputMaybe<Array<Scalars['String']['input']>>;
  filter?: InputMaybe<ContactFilter>;
  format: ExportFormat;
  segment?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryImportJobArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every root field declares who may call it. */
export type QueryJobRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JobRunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<JobRunOrder>>;
};


/** Reads. Every root field declares who may call it. */
export type QueryLifetimeValueValidationArgs = {
  brand: Scalars['ID']['input'];
  calibrationEnd?: InputMaybe<Scalars['DateTime']['input']>;
  holdoutWeeks?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryMarketingActionArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryMarketingActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MarketingActionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<MarketingActionOrder>>;
};


/** Reads. Every root field declares who may call it. */
export type QueryMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  unread?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every root field declares who may call it. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryPreviewSegmentArgs = {
  criteria: SegmentCriteriaInput;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryProductArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ProductOrder>>;
};


/** Reads. Every root field declares who may call it. */
export type QueryRetentionPlanArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  horizonDays?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryRetentionPurgesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryRfmMigrationArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};


/** Reads. Every root field declares who may call it. */
export type QuerySaleArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every root field declares who may call it. */
export type QuerySalesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SaleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<SaleOrder>>;
};


/** Reads. Every root field declares who may call it. */
export type QueryScoreSnapshotsArgs = {
  allBrands?: InputMaybe<Scalars['Boolean']['input']>;
  brand?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QuerySegmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SegmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<SegmentOrder>>;
};


/** Reads. Every root field declares who may call it. */
export type QuerySendingListArgs = {
  actionId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryServiceCaseArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
};


/** Reads. Every root field declares who may call it. */
export type QueryServiceCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ServiceCaseOrder>>;
};


/** Reads. Every root field declares who may call it. */
export type QuerySubjectRequestArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every root field declares who may call it. */
export type QuerySubjectRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<SubjectRequestStatus>>;
};


/** Reads. Every root field declares who may call it. */
export type QuerySurveyResultsArgs = {
  segment?: InputMaybe<Scalars['ID']['input']>;
  survey: Scalars['ID']['input'];
};


/** Reads. Every root field declares who may call it. */
export type QuerySurveysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SurveyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<SurveyOrder>>;
};


/** Reads. Every root field declares who may call it. */
export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TaskOrder>>;
};


/** Reads. Every root field declares who may call it. */
export type QueryTriggersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TriggerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TriggerOrder>>;
};


/** Reads. Every root field declares who may call it. */
export type QueryUsualResponseChannelsArgs = {
  medium: ActionMedium;
};


/** Reads. Every root field declares who may call it. */
export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WebhookDeliveryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<WebhookDeliveryOrder>>;
  status?: InputMaybe<Array<WebhookDeliveryStatus>>;
  subscription?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Reads. Every root field declares who may call it. */
export type QueryWebhookSubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WebhookSubscriptionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<WebhookSubscriptionOrder>>;
};

export type QueryActionTargetsConnection = {
  __typename?: 'QueryActionTargetsConnection';
  edges: Array<QueryActionTargetsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryActionTargetsConnectionEdge = {
  __typename?: 'QueryActionTargetsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: ActionTarget;
};

export type QueryActivitiesConnection = {
  __typename?: 'QueryActivitiesConnection';
  edges: Array<QueryActivitiesConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryActivitiesConnectionEdge = {
  __typename?: 'QueryActivitiesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Activity;
};

export type QueryAuditLogConnection = {
  __typename?: 'QueryAuditLogConnection';
  edges: Array<QueryAuditLogConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryAuditLogConnectionEdge = {
  __typename?: 'QueryAuditLogConnectionEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type QueryCaughtMailsConnection = {
  __typename?: 'QueryCaughtMailsConnection';
  edges: Array<QueryCaughtMailsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryCaughtMailsConnectionEdge = {
  __typename?: 'QueryCaughtMailsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: CaughtMail;
};

export type QueryChangeProposalsConnection = {
  __typename?: 'QueryChangeProposalsConnection';
  edges: Array<QueryChangeProposalsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryChangeProposalsConnectionEdge = {
  __typename?: 'QueryChangeProposalsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: ChangeProposal;
};

export type QueryContactScoresConnection = {
  __typename?: 'QueryContactScoresConnection';
  edges: Array<QueryContactScoresConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryContactScoresConnectionEdge = {
  __typename?: 'QueryContactScoresConnectionEdge';
  cursor: Scalars['String']['output'];
  node: ContactScore;
};

export type QueryContactsConnection = {
  __typename?: 'QueryContactsConnection';
  edges: Array<QueryContactsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryContactsConnectionEdge = {
  __typename?: 'QueryContactsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Contact;
};

export type QueryDocumentsConnection = {
  __typename?: 'QueryDocumentsConnection';
  edges: Array<QueryDocumentsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryDocumentsConnectionEdge = {
  __typename?: 'QueryDocumentsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Document;
};

export type QueryJobRunsConnection = {
  __typename?: 'QueryJobRunsConnection';
  edges: Array<QueryJobRunsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryJobRunsConnectionEdge = {
  __typename?: 'QueryJobRunsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: JobRun;
};

export type QueryMarketingActionsConnection = {
  __typename?: 'QueryMarketingActionsConnection';
  edges: Array<QueryMarketingActionsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryMarketingActionsConnectionEdge = {
  __typename?: 'QueryMarketingActionsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: MarketingAction;
};

export type QueryMyNotificationsConnection = {
  __typename?: 'QueryMyNotificationsConnection';
  edges: Array<QueryMyNotificationsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryMyNotificationsConnectionEdge = {
  __typename?: 'QueryMyNotificationsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type QueryProductsConnection = {
  __typename?: 'QueryProductsConnection';
  edges: Array<QueryProductsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryProductsConnectionEdge = {
  __typename?: 'QueryProductsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type QuerySalesConnection = {
  __typename?: 'QuerySalesConnection';
  edges: Array<QuerySalesConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QuerySalesConnectionEdge = {
  __typename?: 'QuerySalesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Sale;
};

export type QuerySegmentsConnection = {
  __typename?: 'QuerySegmentsConnection';
  edges: Array<QuerySegmentsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QuerySegmentsConnectionEdge = {
  __typename?: 'QuerySegmentsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Segment;
};

export type QuerySendingListConnection = {
  __typename?: 'QuerySendingListConnection';
  edges: Array<QuerySendingListConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QuerySendingListConnectionEdge = {
  __typename?: 'QuerySendingListConnectionEdge';
  cursor: Scalars['String']['output'];
  node: ActionTarget;
};

export type QueryServiceCasesConnection = {
  __typename?: 'QueryServiceCasesConnection';
  edges: Array<QueryServiceCasesConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryServiceCasesConnectionEdge = {
  __typename?: 'QueryServiceCasesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: ServiceCase;
};

export type QuerySubjectRequestsConnection = {
  __typename?: 'QuerySubjectRequestsConnection';
  edges: Array<QuerySubjectRequestsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QuerySubjectRequestsConnectionEdge = {
  __typename?: 'QuerySubjectRequestsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: SubjectRequest;
};

export type QuerySurveysConnection = {
  __typename?: 'QuerySurveysConnection';
  edges: Array<QuerySurveysConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QuerySurveysConnectionEdge = {
  __typename?: 'QuerySurveysConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Survey;
};

export type QueryTasksConnection = {
  __typename?: 'QueryTasksConnection';
  edges: Array<QueryTasksConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryTasksConnectionEdge = {
  __typename?: 'QueryTasksConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

export type QueryTriggersConnection = {
  __typename?: 'QueryTriggersConnection';
  edges: Array<QueryTriggersConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryTriggersConnectionEdge = {
  __typename?: 'QueryTriggersConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Trigger;
};

export type QueryWebhookDeliveriesConnection = {
  __typename?: 'QueryWebhookDeliveriesConnection';
  edges: Array<QueryWebhookDeliveriesConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryWebhookDeliveriesConnectionEdge = {
  __typename?: 'QueryWebhookDeliveriesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type QueryWebhookSubscriptionsConnection = {
  __typename?: 'QueryWebhookSubscriptionsConnection';
  edges: Array<QueryWebhookSubscriptionsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryWebhookSubscriptionsConnectionEdge = {
  __typename?: 'QueryWebhookSubscriptionsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: WebhookSubscription;
};

/** What a re-attribution of a period did. */
export type ReattributionResult = {
  __typename?: 'ReattributionResult';
  /** Of those, attributed to an action now. */
  attributed: Scalars['Int']['output'];
  /** Of those, whose attributed action changed. */
  changed: Scalars['Int']['output'];
  /** Sales of the period re-examined (sales that convert a target keep their action and are not counted). */
  sales: Scalars['Int']['output'];
};

export type RelationType =
  | 'INFLUENCER'
  | 'PRESCRIBER';

/** A report as a file, in the response (base64). */
export type ReportFile = {
  __typename?: 'ReportFile';
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  mimeType: Scalars['String']['output'];
  /** Data rows: one per action, then the averages and totals. */
  rowCount: Scalars['Int']['output'];
};

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
  action: Scalars['ID']['input'];
  history: ResponseHistory;
};

/** What a contact did with an action. Control-group rows (never solicited) do not count as targeted. */
export type ResponseHistory =
  | 'DID_NOT_RESPOND'
  | 'NOT_TARGETED'
  | 'RESPONDED'
  | 'TARGETED';

/** A contact's personal response rate: actions answered / actions that reached it. */
export type ResponseRate = {
  __typename?: 'ResponseRate';
  rate?: Maybe<Scalars['Float']['output']>;
  responded: Scalars['Int']['output'];
  targeted: Scalars['Int']['output'];
};

/** What recordActionResponse recorded. */
export type ResponseReceipt = {
  __typename?: 'ResponseReceipt';
  actionCode: Scalars['String']['output'];
  /** True when this exact response was already recorded (a retry). */
  alreadyRecorded: Scalars['Boolean']['output'];
  channel: ResponseChannel;
  contactId: Scalars['ID']['output'];
  respondedAt: Scalars['DateTime']['output'];
};

/** The dry run: what the retention rules will purge, and when. */
export type RetentionPlan = {
  __typename?: 'RetentionPlan';
  asOf: Scalars['DateTime']['output'];
  horizonEnd: Scalars['DateTime']['output'];
  rules: Array<RetentionRulePlan>;
};

/** A contact (or its consent) due for the purge: ids, kind and dates only. */
export type RetentionPlanItem = {
  __typename?: 'RetentionPlanItem';
  contactId: Scalars['ID']['output'];
  kind: ContactKind;
  lastActivityAt: Scalars['DateTime']['output'];
  /** When its period runs out. */
  purgeAt: Scalars['DateTime']['output'];
};

/** One run of the retention purge, dry or real: its counts, per rule, and its state. Admins only. */
export type RetentionPurge = {
  __typename?: 'RetentionPurge';
  asOf: Scalars['DateTime']['output'];
  consentsDue: Scalars['Int']['output'];
  consentsExpired: Scalars['Int']['output'];
  contactsDue: Scalars['Int']['output'];
  contactsErased: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Null for the daily job. */
  requestedBy?: Maybe<StaffUser>;
  rules: Array<RetentionPurgeRule>;
  startedAt: Scalars['DateTime']['output'];
  /** RUNNING, SUCCEEDED or FAILED. */
  state: Scalars['String']['output'];
};

export type RetentionPurgeRule = {
  __typename?: 'RetentionPurgeRule';
  due: Scalars['Int']['output'];
  months: Scalars['Int']['output'];
  /** kind:PROSPECT or purpose:tracking. */
  rule: Scalars['String']['output'];
};

/** How long data is kept without activity: a contact kind (the contact is anonymised) or a purpose (the consent lapses). Admins only. */
export type RetentionRule = {
  __typename?: 'RetentionRule';
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind?: Maybe<ContactKind>;
  /** Months without activity, 1 to 240. */
  months: Scalars['Int']['output'];
  /** The purpose code. */
  purpose?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type RetentionRulePlan = {
  __typename?: 'RetentionRulePlan';
  /** Due on asOf: what a purge that day erases or lapses. */
  dueNow: Scalars['Int']['output'];
  /** Due by the end of the horizon (dueNow included). */
  dueWithinHorizon: Scalars['Int']['output'];
  /** The soonest, by purge date. */
  items: Array<RetentionPlanItem>;
  rule: RetentionRule;
};

/** Buyers with this pair of recency and frequency scores. */
export type RfmCell = {
  __typename?: 'RfmCell';
  count: Scalars['Int']['output'];
  frequencyScore: Scalars['Int']['output'];
  recencyScore: Scalars['Int']['output'];
};

/** Scores of the latest completed snapshot (of `brand`, or the all-brands one). Profiling: only contacts whose consent covers `profiling` can match. */
export type RfmCriterion = {
  /** The snapshot of this brand; none: the all-brands snapshot. */
  brand?: InputMaybe<Scalars['ID']['input']>;
  frequencyScore?: InputMaybe<IntRange>;
  monetaryScore?: InputMaybe<IntRange>;
  recencyScore?: InputMaybe<IntRange>;
  /** Any of these RFM segments. */
  segments?: InputMaybe<Array<RfmSegment>>;
};

/** Buyers moving between RFM segments from one snapshot to a later one of the same scope: every pair, including empty ones, rows and columns in the order of the RfmSegment enum then new / gone. */
export type RfmMigration = {
  __typename?: 'RfmMigration';
  cells: Array<RfmMigrationCell>;
  from: ScoreSnapshot;
  /** The minimum group size in force. */
  minGroupSize: Scalars['Int']['output'];
  to: ScoreSnapshot;
};

/** Buyers in segment `from` of the earlier snapshot and `to` of the later one. */
export type RfmMigrationCell = {
  __typename?: 'RfmMigrationCell';
  /** Null when suppressed: fewer buyers than FIDELE_MIN_GROUP_SIZE, or hidden with such a cell. */
  count?: Maybe<Scalars['Int']['output']>;
  /** Null: not a buyer in the earlier snapshot (new). */
  from?: Maybe<RfmSegment>;
  suppressed: Scalars['Boolean']['output'];
  /** Null: not a buyer in the later snapshot (gone, e.g. deleted or merged). */
  to?: Maybe<RfmSegment>;
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

/** The purposes a role may declare (x-fidele-purpose), by code; a code covers its subtree. */
export type RolePurposes = {
  __typename?: 'RolePurposes';
  /** The role: what the audit entry of a change names. */
  id: Scalars['ID']['output'];
  purposes: Array<Scalars['String']['output']>;
  role: Role;
};

export type Sale = Node & {
  __typename?: 'Sale';
  /** The marketing action credited with the sale (null when none, or when outside your brands). */
  attributedAction?: Maybe<MarketingAction>;
  brand: Brand;
  channel: SaleChannel;
  contact: Contact;
  /** The target this sale converted, if any. */
  conversion?: Maybe<ActionTarget>;
  createdAt: Scalars['DateTime']['output'];
  externalRef?: Maybe<Scalars['String']['output']>;
  /** Confidential: readable by ADMIN, ANALYST. */
  grossMargin?: Maybe<Scalars['Decimal']['output']>;
  id: Scalars['ID']['output'];
  lineCount: Scalars['Int']['output'];
  lines: Array<SaleLine>;
  saleDate: Scalars['DateTime']['output'];
  /** Sum of the line amounts (net of line discounts). */
  total: Scalars['Decimal']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update (optimistic concurrency). */
  version: Scalars['Int']['output'];
};

export type SaleChannel =
  | 'MAIL_ORDER'
  | 'PHONE'
  | 'SALES_REP'
  | 'STORE'
  | 'WEB';

export type SaleFilter = {
  /** Attributed to any of these actions. */
  attributedAction?: InputMaybe<Array<Scalars['ID']['input']>>;
  brand?: InputMaybe<Array<Scalars['ID']['input']>>;
  channel?: InputMaybe<Array<SaleChannel>>;
  /** Of any of these contacts. */
  contact?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: sales that converted a target; false: the others. */
  converted?: InputMaybe<Scalars['Boolean']['input']>;
  /** This exact external reference. */
  externalRef?: InputMaybe<Scalars['String']['input']>;
  /** With a line of any of these products. */
  product?: InputMaybe<Array<Scalars['ID']['input']>>;
  saleDate?: InputMaybe<DateTimeRange>;
  total?: InputMaybe<DecimalRange>;
};

/** A sale and its lines. Its total and gross margin are computed from the lines. */
export type SaleInput = {
  /** The action credited with the sale; defaults to the conversion target's. */
  attributedAction?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the contact's brand. */
  brand?: InputMaybe<Scalars['ID']['input']>;
  channel: SaleChannel;
  contact: Scalars['ID']['input'];
  /** Identifier in the system the sale came from; unique. */
  externalRef?: InputMaybe<Scalars['String']['input']>;
  lines: Array<SaleLineInput>;
  saleDate: Scalars['DateTime']['input'];
};

export type SaleLine = {
  __typename?: 'SaleLine';
  /** quantity × unit price × (1 − discount rate / 100), rounded to the cent. */
  amount: Scalars['Decimal']['output'];
  /** Discount on this line, in percent. */
  discountRate: Scalars['Decimal']['output'];
  product: Product;
  quantity: Scalars['Int']['output'];
  sale: Sale;
  unitPrice: Scalars['Decimal']['output'];
};

export type SaleLineInput = {
  /** Discount on this line in percent, 0 to 100; defaults to 0. */
  discountRate?: InputMaybe<Scalars['Decimal']['input']>;
  /** The product, by id; or give productCode. */
  product?: InputMaybe<Scalars['ID']['input']>;
  /** The product, by code; or give product. */
  productCode?: InputMaybe<Scalars['String']['input']>;
  /** From 1 to 100,000. */
  quantity: Scalars['Int']['input'];
  /** Defaults to the product's list price. */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

export type SaleOrder = {
  direction?: InputMaybe<SortDirection>;
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
  attributedAction?: InputMaybe<Scalars['ID']['input']>;
  channel?: InputMaybe<SaleChannel>;
  externalRef?: InputMaybe<Scalars['String']['input']>;
  lines?: InputMaybe<Array<SaleLineInput>>;
  saleDate?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The RFM / FRAT scores of every buyer as of a day, for a brand or all brands, computed by one SQL pass. */
export type ScoreSnapshot = Node & {
  __typename?: 'ScoreSnapshot';
  /** The day scored: sales dated that day or before count. */
  asOf: Scalars['DateTime']['output'];
  /** Null: all brands together. */
  brand?: Maybe<Brand>;
  buyerCount: Scalars['Int']['output'];
  computedAt?: Maybe<Scalars['DateTime']['output']>;
  durationMs?: Maybe<Scalars['Int']['output']>;
  /** Buyers per dominant category (FRAT type), most buyers first. */
  fratTypes: Array<FratTypeSummary>;
  /** Buyers per (recency score, frequency score) cell; only cells with buyers. */
  grid: Array<RfmCell>;
  id: Scalars['ID']['output'];
  /** The models fitted on this snapshot; null when too few buyers repeat. */
  lifetimeValueModel?: Maybe<LifetimeValueModel>;
  saleCount: Scalars['Int']['output'];
  /** Every segment with its buyers, in the order of the RfmSegment enum (empty ones included). */
  segments: Array<SegmentSummary>;
  status: ScoreSnapshotStatus;
};

export type ScoreSnapshotStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING';

export type Segment = Node & {
  __typename?: 'Segment';
  brand?: Maybe<Brand>;
  /** The members you may see, by id. */
  contacts: SegmentContactsConnection;
  /** Number of members you may see, now (a DYNAMIC segment is re-evaluated). */
  count: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The criteria as JSON, in the shape of SegmentCriteriaInput (send it back to edit them). */
  criteria: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** STATIC: when the members were frozen. */
  frozenAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: SegmentKind;
  /** STATIC: number of members frozen (all of them, whoever reads). */
  memberCount?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  owner?: Maybe<StaffUser>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update (optimistic concurrency). */
  version: Scalars['Int']['output'];
};


export type SegmentContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type SegmentContactsConnection = {
  __typename?: 'SegmentContactsConnection';
  edges: Array<SegmentContactsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SegmentContactsConnectionEdge = {
  __typename?: 'SegmentContactsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Contact;
};

/** Who belongs to a segment. Every given condition applies (AND). */
export type SegmentCriteriaInput = {
  /** Catalog fields of the contact card. */
  attributes?: InputMaybe<ContactAttributesCriterion>;
  /** Purpose codes the contact’s consent must cover today. */
  consents?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The contacts list filter. */
  contact?: InputMaybe<ContactFilter>;
  /** Each purchase condition must hold. */
  purchases?: InputMaybe<Array<PurchaseCriterion>>;
  /** Each response condition must hold. */
  responses?: InputMaybe<Array<ResponseCriterion>>;
  rfm?: InputMaybe<RfmCriterion>;
};

export type SegmentFilter = {
  /** Any of these brands. */
  brand?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<Array<SegmentKind>>;
  /** Words found in the name or the description. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type SegmentInput = {
  /** One of your brands; none: visible to every brand. */
  brand?: InputMaybe<Scalars['ID']['input']>;
  criteria: SegmentCriteriaInput;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Default DYNAMIC; STATIC freezes the members now. */
  kind?: InputMaybe<SegmentKind>;
  name: Scalars['String']['input'];
};

/** DYNAMIC: re-evaluated each time it is read; STATIC: members frozen by freezeSegment. */
export type SegmentKind =
  | 'DYNAMIC'
  | 'STATIC';

export type SegmentOrder = {
  direction?: InputMaybe<SortDirection>;
  field: SegmentOrderField;
};

export type SegmentOrderField =
  | 'CREATED_AT'
  | 'ID'
  | 'NAME'
  | 'UPDATED_AT';

export type SegmentPatch = {
  brand?: InputMaybe<Scalars['ID']['input']>;
  /** New criteria (a STATIC segment is frozen again). */
  criteria?: InputMaybe<SegmentCriteriaInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** STATIC freezes the members now; DYNAMIC forgets them. */
  kind?: InputMaybe<SegmentKind>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What criteria select now, without saving anything. */
export type SegmentPreview = {
  __typename?: 'SegmentPreview';
  /** The first matching contacts, by id (`first` of previewSegment). */
  contacts: Array<Contact>;
  /** Contacts you may see that match. */
  count: Scalars['Int']['output'];
};

/** Buyers of one segment in a snapshot (everyone scored, consent or not: aggregates are not profiles). The sums and means of a segment of fewer buyers than the minimum group size are null: they would be a buyer's own figures. */
export type SegmentSummary = {
  __typename?: 'SegmentSummary';
  count: Scalars['Int']['output'];
  meanFrequency?: Maybe<Scalars['Float']['output']>;
  meanMonetary?: Maybe<Scalars['Float']['output']>;
  meanRecencyDays?: Maybe<Scalars['Float']['output']>;
  /** Revenue to date of these buyers, net of discounts. */
  revenue?: Maybe<Scalars['Float']['output']>;
  segment: RfmSegment;
  /** Fraction of the buyers of the snapshot, 0 to 1. */
  share: Scalars['Float']['output'];
  /** Fewer buyers than FIDELE_MIN_GROUP_SIZE (default 5): revenue and means are null. */
  suppressed: Scalars['Boolean']['output'];
};

/** Who was invited. Recipients are invited only when their consent covers the purpose "marketing". */
export type SendSurveyPayload = {
  __typename?: 'SendSurveyPayload';
  /** Invited before: one invitation per contact. */
  alreadyInvited: Scalars['Int']['output'];
  /** Consent does not cover "marketing". */
  excludedWithoutConsent: Scalars['Int']['output'];
  /** Invitations created now. */
  invited: Scalars['Int']['output'];
  /** Listed contacts unknown, deleted, outside your rights or of another brand than the survey's. */
  notFound: Scalars['Int']['output'];
  survey?: Maybe<Survey>;
};

export type ServiceCase = Node & {
  __typename?: 'ServiceCase';
  assignee?: Maybe<StaffUser>;
  brand?: Maybe<Brand>;
  category: CaseCategory;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  contact: Contact;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** The history, oldest first. */
  events: Array<ServiceCaseEvent>;
  id: Scalars['ID']['output'];
  /** The statuses this case may move to now (the workflow). */
  nextStatuses: Array<CaseStatus>;
  openedAt: Scalars['DateTime']['output'];
  openedBy?: Maybe<StaffUser>;
  priority: CasePriority;
  /** What was promised to the case's contact (by sales on activities, by the actions it received). */
  promises: Array<ContactPromise>;
  /** CAS-<year>-<number>, given at creation. */
  reference: Scalars['String']['output'];
  /** Time to resolution (resolvedAt - openedAt) in hours; null while unresolved. */
  resolutionHours?: Maybe<Scalars['Float']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  status: CaseStatus;
  subject: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with a change (optimistic concurrency). */
  version: Scalars['Int']['output'];
};

export type ServiceCaseEvent = {
  __typename?: 'ServiceCaseEvent';
  at: Scalars['DateTime']['output'];
  author?: Maybe<StaffUser>;
  comment?: Maybe<Scalars['String']['output']>;
  fromStatus?: Maybe<CaseStatus>;
  id: Scalars['ID']['output'];
  toStatus?: Maybe<CaseStatus>;
};

export type ServiceCaseFilter = {
  /** Assigned to any of these staff users. */
  assignee?: InputMaybe<Array<Scalars['ID']['input']>>;
  category?: InputMaybe<Array<CaseCategory>>;
  contact?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: only the cases assigned to you. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  openedAt?: InputMaybe<DateTimeRange>;
  priority?: InputMaybe<Array<CasePriority>>;
  /** Words found in the reference or the subject. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<CaseStatus>>;
  /** true: only cases nobody is assigned to. */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ServiceCaseInput = {
  /** A SUPPORT, SALES or ADMIN user who may see the contact. */
  assignee?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the contact's brand. */
  brand?: InputMaybe<Scalars['ID']['input']>;
  category: CaseCategory;
  contact: Scalars['ID']['input'];
  /** Up to 5000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When the request came in (not in the future); defaults to now. */
  openedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Defaults to NORMAL. */
  priority?: InputMaybe<CasePriority>;
  /** 1 to 200 characters. */
  subject: Scalars['String']['input'];
};

export type ServiceCaseOrder = {
  direction?: InputMaybe<SortDirection>;
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
  category?: InputMaybe<CaseCategory>;
  description?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<CasePriority>;
  subject?: InputMaybe<Scalars['String']['input']>;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** The Gamma-Gamma spend model fitted on a snapshot. */
export type SpendFit = {
  __typename?: 'SpendFit';
  customers: Scalars['Int']['output'];
  degenerate: Scalars['Boolean']['output'];
  logLikelihood: Scalars['Float']['output'];
  parameters: Array<ModelParameter>;
  warnings: Array<FitWarning>;
};

/** A member of staff who uses the back-office. */
export type StaffUser = {
  __typename?: 'StaffUser';
  /** False: deactivated, every token refused. */
  active: Scalars['Boolean']['output'];
  /** The brands whose contacts the user reaches (global ids of Brand). */
  brandIds: Array<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  /** Global id: what task assignees and activity authors take. */
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  /** True while the user holds a temporary password an administrator gave (and has not chosen one). */
  mustChangePassword: Scalars['Boolean']['output'];
  role: Role;
  temporaryPasswordExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Send it back with updateStaffUser. */
  version: Scalars['Int']['output'];
  /** The zones whose contacts the user reaches (global ids of Zone). */
  zoneIds: Array<Scalars['ID']['output']>;
};

/** What to change; an absent field stays as it is. Brands and zones given are the whole new list. */
export type StaffUserInput = {
  brands?: InputMaybe<Array<Scalars['ID']['input']>>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  zones?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A contact field whose changes by users of other roles become proposals its steward role decides. */
export type StewardedField = {
  __typename?: 'StewardedField';
  field: Scalars['String']['output'];
  stewardRole: Role;
  /** The named person of the steward role who decides; null: anyone of the role. */
  stewardUser?: Maybe<StaffUser>;
  updatedAt: Scalars['DateTime']['output'];
};

/** A subject access export: everything held about a contact, as one JSON document. */
export type SubjectExport = {
  __typename?: 'SubjectExport';
  /** JSON: the contact, every row that references it, the audit entries about it. */
  document: Scalars['String']['output'];
  generatedAt: Scalars['String']['output'];
};

/** A data subject request (access, rectification, erasure, ...), due one month after receipt. */
export type SubjectRequest = Node & {
  __typename?: 'SubjectRequest';
  /** JSON: what the answer produced (the export, or the erasure, restriction or objection report). */
  artefact?: Maybe<Scalars['String']['output']>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Null once the contact row is gone. */
  contact?: Maybe<Contact>;
  createdAt: Scalars['DateTime']['output'];
  /** One calendar month after receipt, or three if extended. */
  dueAt: Scalars['DateTime']['output'];
  /** Set once extended. */
  extensionReason?: Maybe<Scalars['String']['output']>;
  handler?: Maybe<StaffUser>;
  id: Scalars['ID']['output'];
  loggedBy?: Maybe<StaffUser>;
  /** Cleared by an erasure of the contact. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Partners that received the contact data, to notify of the change (art. 19). */
  notices: Array<PartnerNotice>;
  /** Still open and due before now. */
  overdue: Scalars['Boolean']['output'];
  receivedAt: Scalars['DateTime']['output'];
  rejectionReason?: Maybe<Scalars['String']['output']>;
  status: SubjectRequestStatus;
  type: SubjectRequestType;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with a change (optimistic concurrency). */
  version: Scalars['Int']['output'];
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

export type Survey = Node & {
  __typename?: 'Survey';
  brand?: Maybe<Brand>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<StaffUser>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Invitations of contacts you may see, with their answers. */
  invitations: SurveyInvitationsConnection;
  name: Scalars['String']['output'];
  questions: Array<SurveyQuestion>;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: SurveyStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update (optimistic concurrency). */
  version: Scalars['Int']['output'];
};


export type SurveyInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  responded?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SurveyAnswer = {
  __typename?: 'SurveyAnswer';
  choice?: Maybe<Scalars['String']['output']>;
  question: SurveyQuestion;
  rating?: Maybe<Scalars['Int']['output']>;
  /** Free text written by the contact: personal, resolves only when the contact's consent covers the request's purpose. */
  text?: Maybe<Scalars['String']['output']>;
};

/** The answer to one question: `rating` for RATING and NPS, `choice` for CHOICE, `text` for TEXT. */
export type SurveyAnswerInput = {
  choice?: InputMaybe<Scalars['String']['input']>;
  question: Scalars['ID']['input'];
  rating?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type SurveyFilter = {
  /** Words found in the name. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<SurveyStatus>>;
};

export type SurveyInput = {
  /** The brand the survey speaks for; its invitations go to contacts of that brand. */
  brand?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  questions: Array<SurveyQuestionInput>;
};

export type SurveyInvitation = Node & {
  __typename?: 'SurveyInvitation';
  answers: Array<SurveyAnswer>;
  contact: Contact;
  id: Scalars['ID']['output'];
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  sentAt: Scalars['DateTime']['output'];
  survey: Survey;
  /** The secret of the personal answer link /surveys/answer/<token> (survey writers only). */
  token?: Maybe<Scalars['String']['output']>;
};

export type SurveyInvitationsConnection = {
  __typename?: 'SurveyInvitationsConnection';
  edges: Array<SurveyInvitationsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SurveyInvitationsConnectionEdge = {
  __typename?: 'SurveyInvitationsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: SurveyInvitation;
};

export type SurveyOrder = {
  direction?: InputMaybe<SortDirection>;
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
  brand?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  questions?: InputMaybe<Array<SurveyQuestionInput>>;
};

export type SurveyQuestion = Node & {
  __typename?: 'SurveyQuestion';
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  options: Array<Scalars['String']['output']>;
  position: Scalars['Int']['output'];
  required: Scalars['Boolean']['output'];
  scaleMax?: Maybe<Scalars['Int']['output']>;
  type: SurveyQuestionType;
};

/** A question; its position is its place in the list. */
export type SurveyQuestionInput = {
  label: Scalars['String']['input'];
  /** CHOICE only: 2 to 20 distinct options. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @default true */
  required?: InputMaybe<Scalars['Boolean']['input']>;
  /** RATING only: the top of the scale, 2 to 10. @default 5 */
  scaleMax?: InputMaybe<Scalars['Int']['input']>;
  type: SurveyQuestionType;
};

export type SurveyQuestionResult = {
  __typename?: 'SurveyQuestionResult';
  /** Null when suppressed. */
  answerCount?: Maybe<Scalars['Int']['output']>;
  /** Count per scale value or option (zeros included); empty when suppressed. */
  distribution: Array<SurveyValueCount>;
  label: Scalars['String']['output'];
  /** RATING and NPS: mean answer. */
  meanRating?: Maybe<Scalars['Float']['output']>;
  nps?: Maybe<NpsFigure>;
  position: Scalars['Int']['output'];
  question: Scalars['ID']['output'];
  /** RATING: share of answers in the top two boxes (4-5 of 5), a fraction from 0 to 1. */
  satisfaction?: Maybe<Scalars['Float']['output']>;
  /** Fewer answers than the minimum group size: the figures of this question are null (the distribution empty). */
  suppressed: Scalars['Boolean']['output'];
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
  contacts?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<ContactFilter>;
  segment?: InputMaybe<Scalars['ID']['input']>;
};

/** Figures of a survey over the invitations of contacts you may see whose consent still covers the survey purpose (optionally one segment): groups only, no person. A group smaller than `minGroupSize` is suppressed. */
export type SurveyResults = {
  __typename?: 'SurveyResults';
  /** Null when fewer than minGroupSize. */
  invitationCount?: Maybe<Scalars['Int']['output']>;
  /** The smallest group whose figures are shown (FIDELE_MIN_GROUP_SIZE, default 5). */
  minGroupSize: Scalars['Int']['output'];
  /** From the NPS question, if any. */
  nps?: Maybe<NpsFigure>;
  questions: Array<SurveyQuestionResult>;
  /** Null when the invitations are fewer than minGroupSize. */
  responseCount?: Maybe<Scalars['Int']['output']>;
  /** Responses / invitations, a fraction from 0 to 1. */
  responseRate?: Maybe<Scalars['Float']['output']>;
  /** Top-two-box share over every RATING answer, a fraction from 0 to 1. */
  satisfaction?: Maybe<Scalars['Float']['output']>;
  segment?: Maybe<Scalars['ID']['output']>;
  /** The group is too small: fewer invitations (every figure null, counts included) or responses (figures of the answers null) than minGroupSize. */
  suppressed: Scalars['Boolean']['output'];
  survey: Scalars['ID']['output'];
};

/** DRAFT: being written (editable); OPEN: sent, answers accepted; CLOSED: no more answers. */
export type SurveyStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

export type SurveyValueCount = {
  __typename?: 'SurveyValueCount';
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};

/** One row of a contact's synoptic view: an action it was targeted by and what came of it. */
export type SynopticRow = {
  __typename?: 'SynopticRow';
  action: MarketingAction;
  converted: Scalars['Boolean']['output'];
  /** In the action's control group: held out, sent nothing (counted for uplift only). */
  heldOut: Scalars['Boolean']['output'];
  responded: Scalars['Boolean']['output'];
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  responseChannel?: Maybe<ResponseChannel>;
  /** The furthest step reached: HELD_OUT for the control group, else TARGETED, RESPONDED or CONVERTED. */
  state: SynopticState;
  /** The target row itself (dates, channel, conversion sale). */
  target: ActionTarget;
  /** Whether the action reached the contact: false for a member of its control group (held out, sent nothing) and for a response without targeting (`untargeted`). */
  targeted: Scalars['Boolean']['output'];
  targetedAt: Scalars['DateTime']['output'];
  /** Responded without being targeted (press coupon, web form, event). */
  untargeted: Scalars['Boolean']['output'];
};

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
  action: Scalars['ID']['input'];
  /** ...or these contacts (exactly one of the two). */
  contacts?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Share held out, 0 to 100; default: the action's. */
  controlGroupPercent?: InputMaybe<Scalars['Int']['input']>;
  /** Compute and record the report, create no target. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** Seed of the control-group draw; default: random (recorded on the run). */
  randomSeed?: InputMaybe<Scalars['Int']['input']>;
  /** Target the members of this segment... */
  segment?: InputMaybe<Scalars['ID']['input']>;
};

/** What targetContacts did: the targets it created, those that already existed, and the contacts the rules excluded. */
export type TargetContactsResult = {
  __typename?: 'TargetContactsResult';
  /** Contacts of the list the action had already targeted: reported, not duplicated. */
  alreadyTargeted: Array<ActionTarget>;
  created: Array<ActionTarget>;
  /** Contacts of the list not targeted because a rule of targetAction excludes them (channel opt-out, no address on the channel, pressure cap, a higher-priority action), with the reason. */
  excluded: Array<TargetingExclusion>;
};

export type TargetingExclusion = {
  __typename?: 'TargetingExclusion';
  contact: Contact;
  /** LOWER_PRIORITY: the winning actions; PRESSURE_CAP: the rule and the count (English). */
  detail?: Maybe<Scalars['String']['output']>;
  /** The detail's parameters, by reason (kernel/message-codes.ts): RESTRICTED state; NO_CONSENT purpose; CHANNEL_OPT_OUT and NO_CHANNEL_ADDRESS medium; PRESSURE_CAP rule, count, max, days; LOWER_PRIORITY actions. */
  detailParams: Array<MessageParam>;
  reason: ExclusionReason;
};

export type TargetingRun = Node & {
  __typename?: 'TargetingRun';
  action: MarketingAction;
  candidateCount: Scalars['Int']['output'];
  /** Targets held out as the control group. */
  controlCount: Scalars['Int']['output'];
  controlGroupPercent?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Null for runs made by the system (triggers, sequences). */
  createdBy?: Maybe<StaffUser>;
  /** A simulation: the report was recorded, no target created. */
  dryRun: Scalars['Boolean']['output'];
  excludedCount: Scalars['Int']['output'];
  /** Excluded candidates by reason, in the order the rules are checked (every candidate of the run, whoever reads). */
  exclusionCounts: Array<ExclusionCount>;
  /** Excluded candidates you may see, by contact id. */
  exclusions: TargetingRunExclusionsConnection;
  id: Scalars['ID']['output'];
  /** Seed of the control-group draw (the same seed draws the same group). */
  randomSeed?: Maybe<Scalars['Int']['output']>;
  runAt: Scalars['DateTime']['output'];
  segment?: Maybe<Segment>;
  /** Targets in the sending list (control group excluded). */
  targetedCount: Scalars['Int']['output'];
  /** Targets this run created that you may see (control group included, flagged inControlGroup). */
  targets: TargetingRunTargetsConnection;
};


export type TargetingRunExclusionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  reason?: InputMaybe<Array<ExclusionReason>>;
};


export type TargetingRunTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type TargetingRunExclusionsConnection = {
  __typename?: 'TargetingRunExclusionsConnection';
  edges: Array<TargetingRunExclusionsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TargetingRunExclusionsConnectionEdge = {
  __typename?: 'TargetingRunExclusionsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: TargetingExclusion;
};

export type TargetingRunTargetsConnection = {
  __typename?: 'TargetingRunTargetsConnection';
  edges: Array<TargetingRunTargetsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TargetingRunTargetsConnectionEdge = {
  __typename?: 'TargetingRunTargetsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: ActionTarget;
};

export type TargetingSource =
  | 'LIST'
  | 'SEGMENT'
  | 'SEQUENCE'
  | 'TRIGGER';

export type Task = Node & {
  __typename?: 'Task';
  /** The marketing action it is about, if any. */
  action?: Maybe<MarketingAction>;
  assignee?: Maybe<StaffUser>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The contact it is about (null for an action-only task). */
  contact?: Maybe<Contact>;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<StaffUser>;
  description?: Maybe<Scalars['String']['output']>;
  dueDate: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Not done or cancelled, and due before now. */
  overdue: Scalars['Boolean']['output'];
  /** When the assignee is reminded. */
  remindAt?: Maybe<Scalars['DateTime']['output']>;
  reminderSentAt?: Maybe<Scalars['DateTime']['output']>;
  status: TaskStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update (optimistic concurrency). */
  version: Scalars['Int']['output'];
};

export type TaskFilter = {
  /** Linked to any of these marketing actions. */
  action?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Assigned to any of these staff users. */
  assignee?: InputMaybe<Array<Scalars['ID']['input']>>;
  contact?: InputMaybe<Array<Scalars['ID']['input']>>;
  dueDate?: InputMaybe<DateTimeRange>;
  /** true: only the tasks assigned to you. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Words found in the title or the description. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<TaskStatus>>;
};

export type TaskInput = {
  /** The marketing action it is about. */
  action?: InputMaybe<Scalars['ID']['input']>;
  /** A staff user who may see what the task is about; defaults to you. */
  assignee?: InputMaybe<Scalars['ID']['input']>;
  /** The contact it is about; give a contact, an action or both. */
  contact?: InputMaybe<Scalars['ID']['input']>;
  /** Up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate: Scalars['DateTime']['input'];
  /** When to remind the assignee (a notification), at or before the due date. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Defaults to OPEN. */
  status?: InputMaybe<TaskStatus>;
  title: Scalars['String']['input'];
};

export type TaskOrder = {
  direction?: InputMaybe<SortDirection>;
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
  assignee?: InputMaybe<Scalars['ID']['input']>;
  /** Only with status DONE; defaults to now. */
  completedAt?: InputMaybe<Scalars['DateTime']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** A new reminder time sends a new reminder; null: none. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** DONE stamps completedAt; leaving DONE clears it. */
  status?: InputMaybe<TaskStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type TaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

export type TestSendResult = {
  __typename?: 'TestSendResult';
  /** The Message-ID of the test message. */
  messageId: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

/** One event of a contact's timeline. */
export type TimelineItem = {
  __typename?: 'TimelineItem';
  at: Scalars['DateTime']['output'];
  kind: TimelineKind;
  /** The activity, target (targeting, response, conversion), sale, case or survey invitation (answered) behind the event. */
  node: TimelineNode;
  /** One line, in English, without personal data of the contact. */
  summary: Scalars['String']['output'];
};

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

export type TimelineNode = ActionTarget | Activity | ContactKindChange | Sale | ServiceCase | SurveyInvitation;

/** Cumulative repeat purchase days of the calibration cohort at the end of a holdout week. */
export type TrackingPoint = {
  __typename?: 'TrackingPoint';
  actual: Scalars['Float']['output'];
  predicted: Scalars['Float']['output'];
  week: Scalars['Int']['output'];
};

/** A rule that targets contacts with an action automatically when their behaviour matches. */
export type Trigger = Node & {
  __typename?: 'Trigger';
  action?: Maybe<MarketingAction>;
  active: Scalars['Boolean']['output'];
  brand?: Maybe<Brand>;
  createdAt: Scalars['DateTime']['output'];
  /** Matches of this trigger (contacts you may see), latest first. */
  firings: TriggerFiringsConnection;
  id: Scalars['ID']['output'];
  kind: TriggerKind;
  lastRunAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  params: TriggerParams;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update (optimistic concurrency). */
  version: Scalars['Int']['output'];
};


/** A rule that targets contacts with an action automatically when their behaviour matches. */
export type TriggerFiringsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  targeted?: InputMaybe<Scalars['Boolean']['input']>;
};

export type TriggerExclusionCount = {
  __typename?: 'TriggerExclusionCount';
  count: Scalars['Int']['output'];
  reason: ExclusionReason;
};

export type TriggerFilter = {
  action?: InputMaybe<Array<Scalars['ID']['input']>>;
  active?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<Array<TriggerKind>>;
};

/** One match of a trigger for a contact: targeted (target) or not (exclusionReason). */
export type TriggerFiring = Node & {
  __typename?: 'TriggerFiring';
  contact: Contact;
  createdAt: Scalars['DateTime']['output'];
  exclusionReason?: Maybe<ExclusionReason>;
  firedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** sale:<id>, lapse:<last sale id>, snapshot:<id> or anniversary:<year>. */
  occurrenceKey: Scalars['String']['output'];
  target?: Maybe<ActionTarget>;
};

export type TriggerFiringsConnection = {
  __typename?: 'TriggerFiringsConnection';
  edges: Array<TriggerFiringsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TriggerFiringsConnectionEdge = {
  __typename?: 'TriggerFiringsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: TriggerFiring;
};

export type TriggerInput = {
  /** The action the matching contacts are targeted with. */
  action: Scalars['ID']['input'];
  /** Default true. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Defaults to the action's brand; only its sales count. */
  brand?: InputMaybe<Scalars['ID']['input']>;
  kind: TriggerKind;
  name: Scalars['String']['input'];
  params?: InputMaybe<TriggerParamsInput>;
};

/** The behaviour a trigger reacts to (campaigns/triggers/TRIGGERS.md). */
export type TriggerKind =
  | 'CATEGORY_PURCHASE'
  | 'FIRST_PURCHASE'
  | 'FIRST_PURCHASE_ANNIVERSARY'
  | 'NO_PURCHASE_FOR_DAYS'
  | 'SCORE_CHANGE';

export type TriggerOrder = {
  direction?: InputMaybe<SortDirection>;
  field: TriggerOrderField;
};

export type TriggerOrderField =
  | 'CREATED_AT'
  | 'ID'
  | 'KIND'
  | 'LAST_RUN_AT'
  | 'NAME';

/** Kind-specific parameters; the fields a kind does not use are null. */
export type TriggerParams = {
  __typename?: 'TriggerParams';
  /** CATEGORY_PURCHASE: the product category code. */
  categoryCode?: Maybe<Scalars['String']['output']>;
  /** NO_PURCHASE_FOR_DAYS: days without a purchase. */
  days?: Maybe<Scalars['Int']['output']>;
  /** SCORE_CHANGE: only from this segment. */
  from?: Maybe<RfmSegment>;
  /** How old an occurrence may be and still fire (default 7). */
  sinceDays?: Maybe<Scalars['Int']['output']>;
  /** SCORE_CHANGE: only to this segment. */
  to?: Maybe<RfmSegment>;
};

/** Give only the fields of the kind (VALIDATION otherwise, at params.<field>). */
export type TriggerParamsInput = {
  categoryCode?: InputMaybe<Scalars['String']['input']>;
  days?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<RfmSegment>;
  sinceDays?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<RfmSegment>;
};

export type TriggerPatch = {
  action?: InputMaybe<Scalars['ID']['input']>;
  active?: InputMaybe<Scalars['Boolean']['input']>;
  brand?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<TriggerKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the stored params when given. */
  params?: InputMaybe<TriggerParamsInput>;
};

/** What one trigger did in a run. */
export type TriggerRunReport = {
  __typename?: 'TriggerRunReport';
  /** Of those, held out in the control group. */
  control: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  excluded: Array<TriggerExclusionCount>;
  /** New occurrences fired by this run (with dryRun: that would fire). */
  fired: Scalars['Int']['output'];
  /** Contacts matching now, new occurrences or not. */
  matched: Scalars['Int']['output'];
  /** Of those, targeted for sending. */
  targeted: Scalars['Int']['output'];
  /** Global id of the trigger. */
  trigger: Scalars['ID']['output'];
};

/** Is the difference between the treated and the control group more than chance? */
export type UpliftTest = {
  __typename?: 'UpliftTest';
  method: UpliftTestMethod;
  /** Two-sided p-value of "no difference". */
  pValue: Scalars['Float']['output'];
  /** pValue < 0.05. */
  significant: Scalars['Boolean']['output'];
};

export type UpliftTestMethod =
  /** Fisher's exact test, two-sided: used when an expected count of the 2 × 2 table is under 5. */
  | 'FISHER_EXACT'
  /** Two-proportion z-test, pooled variance, two-sided. */
  | 'Z_TEST';

/** One try to deliver an event: the HTTP status (null: no answer), the error and how long it took. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  /** 1 for the first try of the delivery, counting redeliveries. */
  attempt: Scalars['Int']['output'];
  attemptedAt: Scalars['DateTime']['output'];
  durationMs: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  statusCode?: Maybe<Scalars['Int']['output']>;
};

export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** Attempts since it was queued (or redelivered). */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  event: WebhookEventType;
  /** Sent as x-fidele-delivery; the receiver dedupes on it. */
  eventId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** Every attempt, oldest first. */
  log: Array<WebhookAttempt>;
  nextAttemptAt: Scalars['DateTime']['output'];
  /** The JSON body sent (ids and codes, no personal field). */
  payload: Scalars['String']['output'];
  status: WebhookDeliveryStatus;
  subscription: WebhookSubscription;
};

export type WebhookDeliveryFilter = {
  createdAt?: InputMaybe<DateTimeRange>;
  event?: InputMaybe<Array<WebhookEventType>>;
  eventId?: InputMaybe<Scalars['String']['input']>;
};

export type WebhookDeliveryOrder = {
  direction?: InputMaybe<SortDirection>;
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

/** A signed test request's outcome (event PING; nothing is stored). */
export type WebhookPingResult = {
  __typename?: 'WebhookPingResult';
  durationMs: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  ok: Scalars['Boolean']['output'];
  statusCode?: Maybe<Scalars['Int']['output']>;
};

/** Another system receiving events by HTTP POST, signed with a secret shown only at creation or rotation. */
export type WebhookSubscription = Node & {
  __typename?: 'WebhookSubscription';
  /** An inactive subscription gets no new events; its pending deliveries wait. */
  active: Scalars['Boolean']['output'];
  /** Only this brand's events; null: every brand. */
  brand?: Maybe<Brand>;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<StaffUser>;
  events: Array<WebhookEventType>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
  /** Send it back with an update (optimistic concurrency). */
  version: Scalars['Int']['output'];
};

export type WebhookSubscriptionFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Subscribed to any of these. */
  event?: InputMaybe<Array<WebhookEventType>>;
};

export type WebhookSubscriptionInput = {
  /** Default true. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this brand's events; absent: every brand. */
  brand?: InputMaybe<Scalars['ID']['input']>;
  /** WebhookEventType names; an unknown one is VALIDATION. */
  events: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Absolute http or https URL, without user name or password. */
  url: Scalars['String']['input'];
};

export type WebhookSubscriptionOrder = {
  direction?: InputMaybe<SortDirection>;
  field: WebhookSubscriptionOrderField;
};

export type WebhookSubscriptionOrderField =
  | 'CREATED_AT'
  | 'ID'
  | 'NAME';

export type WebhookSubscriptionPatch = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Null: every brand. */
  brand?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces the set. */
  events?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type WebhookSubscriptionWithSecret = {
  __typename?: 'WebhookSubscriptionWithSecret';
  /** Signs every delivery (HMAC-SHA256). Shown this once: store it now. */
  secret: Scalars['String']['output'];
  subscription: WebhookSubscription;
};

/** A geographic or commercial zone. */
export type Zone = Node & {
  __typename?: 'Zone';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};
