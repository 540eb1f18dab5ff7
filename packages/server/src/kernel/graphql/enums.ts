import { builder } from './builder.js';
import * as E from '../../generated/sqlite/enums.js';

/**
 * GraphQL enums mirror the Prisma enums one for one: the data model is the source, these are its names.
 */
export const ContactKindEnum = builder.enumType(E.ContactKind, {
  name: 'ContactKind',
  description: 'The kind of relation a contact has with the company.',
});
export const CivilityEnum = builder.enumType(E.Civility, { name: 'Civility' });
export const LanguageEnum = builder.enumType(E.Language, { name: 'Language' });
export const IncomeBandEnum = builder.enumType(E.IncomeBand, {
  name: 'IncomeBand',
  description: 'Yearly household income band (*revenus*). Confidential.',
});
export const MaritalStatusEnum = builder.enumType(E.MaritalStatus, {
  name: 'MaritalStatus',
  description: '*État civil*. Confidential.',
});
export const ClassRankEnum = builder.enumType(E.ClassRank, {
  name: 'ClassRank',
  description: 'Rank of a classification, A being the highest.',
});
export const DistributionTypeEnum = builder.enumType(E.DistributionType, { name: 'DistributionType' });
export const CommercialServiceEnum = builder.enumType(E.CommercialService, { name: 'CommercialService' });
export const ProspectPriorityEnum = builder.enumType(E.ProspectPriority, { name: 'ProspectPriority' });
export const PipelineStageEnum = builder.enumType(E.PipelineStage, {
  name: 'PipelineStage',
  description: 'Stage of a prospect in the sales pipeline.',
});
export const EndReasonEnum = builder.enumType(E.EndReason, { name: 'EndReason' });
export const BusinessSectorEnum = builder.enumType(E.BusinessSector, { name: 'BusinessSector' });
export const BankTypeEnum = builder.enumType(E.BankType, { name: 'BankType' });
export const JournalistBeatEnum = builder.enumType(E.JournalistBeat, { name: 'JournalistBeat' });
export const RelationTypeEnum = builder.enumType(E.RelationType, { name: 'RelationType' });
export const InterestEnum = builder.enumType(E.Interest, { name: 'Interest' });
export const ActionObjectiveEnum = builder.enumType(E.ActionObjective, { name: 'ActionObjective' });
export const ActionMediumEnum = builder.enumType(E.ActionMedium, {
  name: 'ActionMedium',
  description: 'The medium that carries a marketing action.',
});
export const PromiseTypeEnum = builder.enumType(E.PromiseType, { name: 'PromiseType' });
export const ResponseChannelEnum = builder.enumType(E.ResponseChannel, {
  name: 'ResponseChannel',
  description: 'Where a contact can answer an action (*canal de remontée*).',
});
export const ActionStatusEnum = builder.enumType(E.ActionStatus, { name: 'ActionStatus' });
export const SaleChannelEnum = builder.enumType(E.SaleChannel, { name: 'SaleChannel' });
export const ActivityTypeEnum = builder.enumType(E.ActivityType, { name: 'ActivityType' });
export const TaskStatusEnum = builder.enumType(E.TaskStatus, { name: 'TaskStatus' });
export const LegalBasisEnum = builder.enumType(E.LegalBasis, {
  name: 'LegalBasis',
  description: 'GDPR article 6 legal basis of a purpose.',
});
export const ConsentStatusEnum = builder.enumType(E.ConsentStatus, {
  name: 'ConsentStatus',
  description: 'A consent decision.',
});
export const ConsentSourceEnum = builder.enumType(E.ConsentSource, { name: 'ConsentSource' });
export const RoleEnum = builder.enumType(E.Role, {
  name: 'Role',
  description: 'A staff role: what a user may see and do.',
});
export const ActorTypeEnum = builder.enumType(E.ActorType, { name: 'ActorType' });
export const AuditOperationEnum = builder.enumType(E.AuditOperation, { name: 'AuditOperation' });
export const AuditOutcomeEnum = builder.enumType(E.AuditOutcome, { name: 'AuditOutcome' });
export const ImportEntityEnum = builder.enumType(E.ImportEntity, { name: 'ImportEntity' });
export const ImportFormatEnum = builder.enumType(E.ImportFormat, { name: 'ImportFormat' });
export const ImportStatusEnum = builder.enumType(E.ImportStatus, { name: 'ImportStatus' });
