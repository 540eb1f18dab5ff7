import { builder } from '../../builder.js';
import {
  BankTypeEnum, BusinessSectorEnum, CivilityEnum, ClassRankEnum, CommercialServiceEnum, ContactKindEnum,
  DistributionTypeEnum, EndReasonEnum, IncomeBandEnum, InterestEnum, JournalistBeatEnum, LanguageEnum,
  MaritalStatusEnum, PipelineStageEnum, ProspectPriorityEnum, RelationTypeEnum,
} from '../../enums.js';
import type { Context } from '../../context.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { idFor } from '../../lib/global-id.js';
import { confidential } from '../access/field-rules.js';
import { contactScope } from '../access/row-rules.js';
import { contactOrder, ContactFilter, contactWhere } from './contact.filter.js';
import { ContactInput, ContactPatch } from './contact.input.js';
import { createContact, setContactDeleted, updateContact } from './contact.service.js';

/**
 * A contact: any person or organisation the company has a relation with. Personal and confidential fields are
 * nullable because the access rules may withhold them.
 */
export const ContactRef = builder.prismaNode('Contact', {
  id: { field: 'id' },
  authScopes: { authenticated: true },
  nullable: true,
  // node(id) / nodes(ids) go through the same row rule as the lists: outside it, a contact does not exist.
  findUnique: (id, ctx) => ({ id: Number(id), ...contactScope(ctx) }),
  fields: (t) => ({
    kind: t.expose('kind', { type: ContactKindEnum }),
    version: t.exposeInt('version', { description: 'Send it back with an update (optimistic concurrency).' }),
    civility: t.expose('civility', { type: CivilityEnum, nullable: true }),
    firstName: t.exposeString('firstName', { nullable: true }),
    lastName: t.exposeString('lastName', { nullable: true }),
    companyName: t.exposeString('companyName', { nullable: true }),
    jobTitle: t.exposeString('jobTitle', { nullable: true, description: '*Fonction*.' }),
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    mobile: t.exposeString('mobile', { nullable: true }),
    fax: t.exposeString('fax', { nullable: true }),
    addressLine1: t.exposeString('addressLine1', { nullable: true }),
    addressLine2: t.exposeString('addressLine2', { nullable: true }),
    addressLine3: t.exposeString('addressLine3', { nullable: true }),
    postalCode: t.exposeString('postalCode', { nullable: true }),
    city: t.exposeString('city', { nullable: true }),
    countryCode: t.exposeString('countryCode', { description: 'ISO 3166-1 alpha-2.' }),
    language: t.expose('language', { type: LanguageEnum }),
    incomeBand: t.expose('incomeBand', { type: IncomeBandEnum, ...confidential('Contact.incomeBand') }),
    maritalStatus: t.expose('maritalStatus', { type: MaritalStatusEnum, ...confidential('Contact.maritalStatus') }),
    firstContactAt: t.expose('firstContactAt', { type: 'DateTime', nullable: true }),
    firstSaleAt: t.expose('firstSaleAt', { type: 'DateTime', nullable: true }),
    discountRate: t.expose('discountRate', { type: 'Decimal', ...confidential('Contact.discountRate') }),
    brand: t.relation('brand'),
    zone: t.relation('zone'),
    owner: t.relation('owner', { nullable: true }),
    revenueClass: t.expose('revenueClass', { type: ClassRankEnum, nullable: true }),
    frequencyClass: t.expose('frequencyClass', { type: ClassRankEnum, nullable: true }),
    distributionType: t.expose('distributionType', { type: DistributionTypeEnum, nullable: true }),
    commercialService: t.expose('commercialService', { type: CommercialServiceEnum, nullable: true }),
    grossMarginClass: t.expose('grossMarginClass', { type: ClassRankEnum, ...confidential('Contact.grossMarginClass') }),
    prospectPriority: t.expose('prospectPriority', { type: ProspectPriorityEnum, nullable: true }),
    pipelineStage: t.expose('pipelineStage', { type: PipelineStageEnum, nullable: true }),
    estimatedPotential: t.expose('estimatedPotential', { type: 'Decimal', nullable: true }),
    contactsMadeCount: t.exposeInt('contactsMadeCount', { nullable: true }),
    endReason: t.expose('endReason', { type: EndReasonEnum, nullable: true }),
    businessSector: t.expose('businessSector', { type: BusinessSectorEnum, nullable: true }),
    bankType: t.expose('bankType', { type: BankTypeEnum, nullable: true }),
    journalistBeat: t.expose('journalistBeat', { type: JournalistBeatEnum, nullable: true }),
    meetingsCount: t.exposeInt('meetingsCount', { nullable: true }),
    relationType: t.expose('relationType', { type: RelationTypeEnum, nullable: true }),
    interests: t.field({
      type: [InterestEnum],
      select: { interests: { select: { interest: true }, orderBy: { interest: 'asc' } } },
      resolve: (c) => c.interests.map((i) => i.interest),
    }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true, description: 'Set while the contact is deleted.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  contacts: t.prismaConnection({
    type: 'Contact',
    cursor: 'id',
    description: 'Contacts you may see, filtered and sorted. Merged contacts are never listed.',
    authScopes: { authenticated: true },
    args: {
      filter: t.arg({ type: ContactFilter, required: false }),
      orderBy: t.arg({ type: [contactOrder.Input], required: false }),
    },
    totalCount: (_parent, args, ctx) => ctx.db.contact.count({ where: contactWhere(ctx, args.filter) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.db.contact.findMany({ ...query, where: contactWhere(ctx, args.filter), orderBy: contactOrder.toOrderBy(args.orderBy) }),
  }),
  contact: t.prismaField({
    type: 'Contact',
    nullable: true,
    description: 'One contact by id, or null when it does not exist or is outside your rights.',
    authScopes: { authenticated: true },
    args: { id: t.arg.globalID() },
    resolve: (query, _parent, args, ctx) =>
      ctx.db.contact.findFirst({ ...query, where: { id: idFor('Contact', args.id, ['id']), ...contactScope(ctx) } }),
  }),
}));

const contactById = (ctx: Context, query: object, id: number) =>
  ctx.db.contact.findUniqueOrThrow({ ...query, where: { id } });

const writers = { roles: ['ADMIN', 'MARKETING', 'SALES', 'SUPPORT'] as Role[] };

builder.mutationFields((t) => ({
  createContact: t.prismaField({
    type: 'Contact',
    authScopes: writers,
    args: { input: t.arg({ type: ContactInput }) },
    resolve: async (query, _root, args, ctx) => contactById(ctx, query, (await createContact(ctx, args.input)).id),
  }),
  updateContact: t.prismaField({
    type: 'Contact',
    description: 'Changes the given fields; `version` must be the one you read (CONFLICT otherwise).',
    authScopes: writers,
    args: { id: t.arg.globalID(), version: t.arg.int(), input: t.arg({ type: ContactPatch }) },
    resolve: async (query, _root, args, ctx) => {
      const id = idFor('Contact', args.id, ['id']);
      await updateContact(ctx, id, args.version, args.input);
      return contactById(ctx, query, id);
    },
  }),
  deleteContact: t.prismaField({
    type: 'Contact',
    description: 'Soft delete: the contact leaves the lists and can be restored.',
    authScopes: writers,
    args: { id: t.arg.globalID(), version: t.arg.int() },
    resolve: async (query, _root, args, ctx) => {
      const id = idFor('Contact', args.id, ['id']);
      await setContactDeleted(ctx, id, args.version, true);
      return contactById(ctx, query, id);
    },
  }),
  restoreContact: t.prismaField({
    type: 'Contact',
    authScopes: writers,
    args: { id: t.arg.globalID(), version: t.arg.int() },
    resolve: async (query, _root, args, ctx) => {
      const id = idFor('Contact', args.id, ['id']);
      await setContactDeleted(ctx, id, args.version, false);
      return contactById(ctx, query, id);
    },
  }),
}));
