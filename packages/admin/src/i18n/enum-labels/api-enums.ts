import type {
  ActionMedium,
  ActionObjective,
  ActionStatus,
  ActivityOutcome,
  ActivityStatus,
  ActivityType,
  ActorType,
  ApiCapability,
  AuditOperation,
  AuditOutcome,
  BankType,
  BusinessSector,
  CaseCategory,
  CasePriority,
  CaseStatus,
  Civility,
  ClassRank,
  CohortBy,
  CommercialService,
  ConsentSource,
  ConsentStatus,
  ContactDimension,
  ContactKind,
  DatabaseProvider,
  DeliveryStatus,
  DistributionType,
  EndReason,
  ExclusionReason,
  ExportFormat,
  FieldRule,
  FitWarning,
  FollowUpCondition,
  HorizonUnit,
  ImportContentEncoding,
  ImportEntity,
  ImportFormat,
  ImportStatus,
  IncomeBand,
  Interest,
  JobKind,
  JobRunState,
  JournalistBeat,
  Language,
  LegalBasis,
  LifetimeValueAssumption,
  MaritalStatus,
  MergeSide,
  PipelineStage,
  PlannedItemKind,
  PromiseSource,
  PromiseType,
  ProposalStatus,
  ProspectPriority,
  PurchaseModel,
  RelationType,
  ReportFormat,
  ResponseChannel,
  ResponseHistory,
  RfmSegment,
  Role,
  SaleChannel,
  ScoreSnapshotStatus,
  SegmentKind,
  SurveyQuestionType,
  SurveyStatus,
  SynopticState,
  TaskStatus,
  TimelineKind,
  TriggerKind,
  UpliftTestMethod,
  WebhookDeliveryStatus,
  WebhookEventType,
} from '@fidele/sdk';

/*
 * Enums of the schema that no operation of the SDK uses yet, so codegen emits no type for them: written here, and
 * checked value by value against schema.graphql by enum-messages.test.ts.
 */
type ContactKindChangeReason = 'FIRST_SALE';
type ContactScoreKey =
  | 'FRAT_CATEGORY'
  | 'FREQUENCY_SCORE'
  | 'MONETARY_SCORE'
  | 'PREDICTED_VALUE'
  | 'PROBABILITY_ALIVE'
  | 'RECENCY_SCORE'
  | 'RFM_SEGMENT';
type TargetingSource = 'LIST' | 'SEGMENT' | 'SEQUENCE' | 'TRIGGER';
type SubjectRequestStatus = 'COMPLETED' | 'IN_PROGRESS' | 'RECEIVED' | 'REJECTED';
type SubjectRequestType = 'ACCESS' | 'ERASURE' | 'OBJECTION' | 'PORTABILITY' | 'RECTIFICATION' | 'RESTRICTION';

/**
 * Every API enum whose values the admin may show, by name. The values come from the SDK (codegen emits enums as
 * string unions), so a label table typed by `EnumLabels` fails the typecheck when the API adds a value without a
 * label; `enum-messages.test.ts` fails when the API adds an enum missing from this map.
 */
export type ApiEnums = {
  ActionMedium: ActionMedium;
  ActionObjective: ActionObjective;
  ActionStatus: ActionStatus;
  ActivityOutcome: ActivityOutcome;
  ActivityStatus: ActivityStatus;
  ActivityType: ActivityType;
  ActorType: ActorType;
  ApiCapability: ApiCapability;
  AuditOperation: AuditOperation;
  AuditOutcome: AuditOutcome;
  BankType: BankType;
  BusinessSector: BusinessSector;
  CaseCategory: CaseCategory;
  CasePriority: CasePriority;
  CaseStatus: CaseStatus;
  Civility: Civility;
  ClassRank: ClassRank;
  CohortBy: CohortBy;
  CommercialService: CommercialService;
  ConsentSource: ConsentSource;
  ConsentStatus: ConsentStatus;
  ContactDimension: ContactDimension;
  ContactKind: ContactKind;
  ContactKindChangeReason: ContactKindChangeReason;
  ContactScoreKey: ContactScoreKey;
  DatabaseProvider: DatabaseProvider;
  DeliveryStatus: DeliveryStatus;
  DistributionType: DistributionType;
  EndReason: EndReason;
  ExclusionReason: ExclusionReason;
  ExportFormat: ExportFormat;
  FieldRule: FieldRule;
  FitWarning: FitWarning;
  FollowUpCondition: FollowUpCondition;
  HorizonUnit: HorizonUnit;
  ImportContentEncoding: ImportContentEncoding;
  ImportEntity: ImportEntity;
  ImportFormat: ImportFormat;
  ImportStatus: ImportStatus;
  IncomeBand: IncomeBand;
  Interest: Interest;
  JobKind: JobKind;
  JobRunState: JobRunState;
  JournalistBeat: JournalistBeat;
  Language: Language;
  LegalBasis: LegalBasis;
  LifetimeValueAssumption: LifetimeValueAssumption;
  MaritalStatus: MaritalStatus;
  MergeSide: MergeSide;
  PipelineStage: PipelineStage;
  PlannedItemKind: PlannedItemKind;
  PromiseSource: PromiseSource;
  PromiseType: PromiseType;
  ProposalStatus: ProposalStatus;
  ProspectPriority: ProspectPriority;
  PurchaseModel: PurchaseModel;
  RelationType: RelationType;
  ReportFormat: ReportFormat;
  ResponseChannel: ResponseChannel;
  ResponseHistory: ResponseHistory;
  RfmSegment: RfmSegment;
  Role: Role;
  SaleChannel: SaleChannel;
  ScoreSnapshotStatus: ScoreSnapshotStatus;
  SegmentKind: SegmentKind;
  SurveyQuestionType: SurveyQuestionType;
  SubjectRequestStatus: SubjectRequestStatus;
  SubjectRequestType: SubjectRequestType;
  SurveyStatus: SurveyStatus;
  SynopticState: SynopticState;
  TargetingSource: TargetingSource;
  TaskStatus: TaskStatus;
  TimelineKind: TimelineKind;
  TriggerKind: TriggerKind;
  UpliftTestMethod: UpliftTestMethod;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookEventType: WebhookEventType;
};

/** A label per value of every enum of `ApiEnums`, in one language. */
export type EnumLabels = { [Name in keyof ApiEnums]: Record<ApiEnums[Name], string> };
