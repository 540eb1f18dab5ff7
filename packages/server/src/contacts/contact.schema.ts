import { versionedMutations } from '../kernel/graphql/versioned-mutations.js';
import { filteredList } from '../kernel/graphql/connections.js';
import { builder } from '../kernel/graphql/builder.js';
// One namespace for the contact's enums: contact.input.ts lists the same ones by name.
import * as E from '../kernel/graphql/enums.js';
import type { Context } from '../kernel/context.js';
import { ApiError } from '../kernel/errors.js';
import type { Role } from '../generated/sqlite/enums.js';
import { idFor } from '../kernel/graphql/global-id.js';
import { confidential, consentBound } from '../kernel/field-rules.js';
import { contacts as contactsOf, contactWhere as accessWhere } from '../privacy/access/contact-access.js';
import { contactOrder, ContactFilter, contactWhere } from './contact.filter.js';
import { ContactScoreOrder, continuousSortedPage, scorePlan, scoreSortedPage } from './contact.score-order.js';
import { ContactInput, ContactPatch } from './contact.input.js';
import { createContact, setContactDeleted, updateContact } from './contact.service.js';

/**
 * A contact: any person or organisation the company has a relation with. Personal and confidential fields are
 * nullable because the access rules may withhold them.
 */
export const ContactRef = builder.prismaNode('Contact', {
  id: { field: 'id' },
  // Only the columns the query asks for (plus those a field declares): kernel/KERNEL.md, "Reads".
  select: { id: true },
  // Partners read contacts too (their row rule: their brands, consent to partner_sharing).
  authScopes: { authenticated: true, partner: true },
  nullable: true,
  // node(id) / nodes(ids) go through the same row rule as the lists: outside it, a contact does not exist.
  findUnique: (id, ctx) => ({ id: Number(id), AND: [accessWhere(ctx)] }),
  fields: (t) => ({
    kind: t.expose('kind', { type: E.ContactKindEnum }),
    version: t.exposeInt('version', { description: 'Send it back with an update (optimistic concurrency).' }),
    // Personal fields: consent-bound (see kernel/field-rules.ts).
    civility: t.expose('civility', { type: E.CivilityEnum, ...consentBound('civility') }),
    firstName: t.exposeString('firstName', consentBound('firstName')),
    lastName: t.exposeString('lastName', consentBound('lastName')),
    companyName: t.exposeString('companyName', consentBound('companyName')),
    jobTitle: t.exposeString('jobTitle', consentBound('jobTitle', '*Fonction*.')),
    email: t.exposeString('email', consentBound('email')),
    phone: t.exposeString('phone', consentBound('phone')),
    mobile: t.exposeString('mobile', consentBound('mobile')),
    fax: t.exposeString('fax', consentBound('fax')),
    addressLine1: t.exposeString('addressLine1', consentBound('addressLine1')),
    addressLine2: t.exposeString('addressLine2', consentBound('addressLine2')),
    addressLine3: t.exposeString('addressLine3', consentBound('addressLine3')),
    postalCode: t.exposeString('postalCode', consentBound('postalCode')),
    city: t.exposeString('city', consentBound('city')),
    countryCode: t.exposeString('countryCode', { description: 'ISO 3166-1 alpha-2.' }),
    language: t.expose('language', { type: E.LanguageEnum }),
    incomeBand: t.expose('incomeBand', { type: E.IncomeBandEnum, ...confidential('Contact.incomeBand') }),
    maritalStatus: t.expose('maritalStatus', { type: E.MaritalStatusEnum, ...confidential('Contact.maritalStatus') }),
    firstContactAt: t.expose('firstContactAt', { type: 'DateTime', nullable: true }),
    firstSaleAt: t.expose('firstSaleAt', { type: 'DateTime', nullable: true }),
    discountRate: t.expose('discountRate', { type: 'Decimal', ...confidential('Contact.discountRate') }),
    brand: t.relation('brand'),
    zone: t.relation('zone'),
    owner: t.relation('owner', { nullable: true }),
    revenueClass: t.expose('revenueClass', { type: E.ClassRankEnum, nullable: true }),
    frequencyClass: t.expose('frequencyClass', { type: E.ClassRankEnum, nullable: true }),
    distributionType: t.expose('distributionType', { type: E.DistributionTypeEnum, nullable: true }),
    commercialService: t.expose('commercialService', { type: E.CommercialServiceEnum, nullable: true }),
    grossMarginClass: t.expose('grossMarginClass', {
      type: E.ClassRankEnum,
      ...confidential('Contact.grossMarginClass'),
    }),
    prospectPriority: t.expose('prospectPriority', { type: E.ProspectPriorityEnum, nullable: true }),
    pipelineStage: t.expose('pipelineStage', { type: E.PipelineStageEnum, nullable: true }),
    estimatedPotential: t.expose('estimatedPotential', { type: 'Decimal', nullable: true }),
    contactsMadeCount: t.exposeInt('contactsMadeCount', { nullable: true }),
    endReason: t.expose('endReason', { type: E.EndReasonEnum, nullable: true }),
    businessSector: t.expose('businessSector', { type: E.BusinessSectorEnum, nullable: true }),
    bankType: t.expose('bankType', { type: E.BankTypeEnum, nullable: true }),
    journalistBeat: t.expose('journalistBeat', { type: E.JournalistBeatEnum, nullable: true }),
    meetingsCount: t.exposeInt('meetingsCount', { nullable: true }),
    relationType: t.expose('relationType', { type: E.RelationTypeEnum, nullable: true }),
    interests: t.field({
      type: [E.InterestEnum],
      select: { interests: { select: { interest: true }, orderBy: { interest: 'asc' } } },
      resolve: (c) => c.interests.map((i) => i.interest),
    }),
    deletedAt: t.expose('deletedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Set while the contact is deleted.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

/**
 * The links of a contact, each folded into the contact's own query by the Prisma plugin: its sales with lines, its
 * activities and its tasks (its actions and targets are added by campaigns/targets/contact-targets.schema.ts).
 * Staff only: partners read contacts, not their history.
 */
const staffOnly = { authScopes: { authenticated: true } } as const;

builder.prismaObjectFields('Contact', (t) => ({
  relationOf: t.field({
    // Read as it is written: staff only (partners write no contact), and the contact it names through the contacts'
    // row rule, as `createContact` / `updateContact` check it: outside the caller's rows it reads null, as for none.
    ...staffOnly,
    type: ContactRef,
    nullable: true,
    description:
      'Whose relation this contact is (an influencer or prescriber: kind RELATION); null when none or outside your rights.',
    select: { relationOfId: true },
    resolve: (c, _args, ctx) =>
      c.relationOfId === null ? null : contactsOf(ctx).findFirst({ where: { id: c.relationOfId } }),
  }),
  sales: t.relatedConnection('sales', {
    ...staffOnly,
    cursor: 'id',
    totalCount: true,
    description: 'Sales history, latest first.',
    query: { orderBy: [{ saleDate: 'desc' as const }, { id: 'desc' as const }] },
  }),
  activities: t.relatedConnection('activities', {
    ...staffOnly,
    cursor: 'id',
    totalCount: true,
    description: 'Activities (calls, e-mails, meetings, visit reports, notes), latest first.',
    query: { orderBy: [{ occurredAt: 'desc' as const }, { id: 'desc' as const }] },
  }),
  tasks: t.relatedConnection('tasks', {
    ...staffOnly,
    cursor: 'id',
    totalCount: true,
    description: 'Tasks, by due date.',
    args: { open: t.arg.boolean({ required: false, description: 'true: only OPEN and IN_PROGRESS tasks.' }) },
    query: (args) => ({
      where: args.open ? { status: { in: ['OPEN' as const, 'IN_PROGRESS' as const] } } : {},
      orderBy: [{ dueDate: 'asc' as const }, { id: 'asc' as const }],
    }),
  }),
}));

builder.queryFields((t) => {
  const contactList = filteredList(t.arg, {
    filter: ContactFilter,
    order: contactOrder,
    where: contactWhere,
    rows: (ctx) => contactsOf(ctx),
  });
  return {
    contacts: t.prismaConnection({
      type: 'Contact',
      description:
        'Contacts you may see, filtered and sorted. Merged contacts are never listed. A filter or sort on a personal ' +
        "field only sees contacts whose consent covers the request's purpose.",
      authScopes: { authenticated: true, partner: true },
      ...contactList,
      args: {
        ...contactList.args,
        scoreOrder: t.arg({ type: ContactScoreOrder, required: false }),
      },
      // A score sort reads the list bucket by bucket (contact.score-order.ts); any other sort is one query.
      resolve: async (query, parent, args, ctx) => {
        if (!args.scoreOrder) return contactList.resolve(query, parent, args, ctx);
        const plan = await scorePlan(ctx, args.scoreOrder);
        const where = await contactWhere(ctx, args.filter, args.orderBy);
        const orderBy = contactOrder.toOrderBy(args.orderBy);
        if (plan.kind === 'continuous') return continuousSortedPage(ctx, contactsOf(ctx), query, where, orderBy, plan);
        return scoreSortedPage(contactsOf(ctx), query, where, orderBy, plan.buckets);
      },
    }),
    contact: t.prismaField({
      type: 'Contact',
      nullable: true,
      description: 'One contact by id, or null when it does not exist or is outside your rights.',
      authScopes: { authenticated: true, partner: true },
      args: { id: t.arg.globalID() },
      resolve: (query, _parent, args, ctx) =>
        contactsOf(ctx).findFirst({ ...query, where: { id: idFor('Contact', args.id, ['id']) } }),
    }),
  };
});

/** The contact a mutation wrote, read back through the layer (a row the caller may not see is NOT_FOUND). */
const contactById = async (ctx: Context, query: object, id: number) => {
  const contact = await contactsOf(ctx).findFirst({ ...query, where: { id } });
  if (!contact) throw new ApiError('NOT_FOUND', 'Contact not found.');
  return contact;
};

const writers = { roles: ['ADMIN', 'MARKETING', 'SALES', 'SUPPORT'] as Role[] };

versionedMutations({
  type: 'Contact',
  authScopes: writers,
  reread: contactById,
  create: { input: ContactInput, run: createContact },
  update: { input: ContactPatch, run: updateContact },
  writes: {
    deleteContact: {
      description: 'Soft delete: the contact leaves the lists and can be restored.',
      run: (ctx, id, version) => setContactDeleted(ctx, id, version, true),
    },
    restoreContact: { run: (ctx, id, version) => setContactDeleted(ctx, id, version, false) },
  },
});
