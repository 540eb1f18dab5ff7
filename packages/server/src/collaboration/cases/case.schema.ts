import { rereadFrom, versionedMutations } from '../../kernel/graphql/versioned-mutations.js';
import { filteredList } from '../../kernel/graphql/connections.js';
import { builder } from '../../kernel/graphql/builder.js';
import { fieldProblem, validationError } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { DateTimeRange } from '../../kernel/graphql/filters.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import { CaseCategoryEnum, CasePriorityEnum, CaseStatusEnum } from './case.enums.js';
import { serviceCaseList } from './case.filter.js';
import { CaseStatusChange, ServiceCaseInput, ServiceCasePatch } from './case.input.js';
import { caseRoles, caseScope, caseStatisticsRoles, caseTransitions, resolutionHours } from './case.rules.js';
import {
  assignServiceCase,
  changeServiceCaseStatus,
  commentServiceCase,
  createServiceCase,
  updateServiceCase,
} from './case.service.js';
import { caseStatistics } from './case.statistics.js';
import { ContactPromiseRef, promiseQueries, promisesOf } from './promise.schema.js';

/** One line of a case's history: a status change, an assignment, a change of fields or a comment. */
export const ServiceCaseEventRef = builder.prismaObject('ServiceCaseEvent', {
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.expose('at', { type: 'DateTime' }),
    fromStatus: t.expose('fromStatus', { type: CaseStatusEnum, nullable: true }),
    toStatus: t.expose('toStatus', { type: CaseStatusEnum, nullable: true }),
    comment: t.exposeString('comment', { nullable: true }),
    author: t.relation('author', { nullable: true }),
  }),
});

/** A customer-service case: a request from a contact, its workflow, assignment and history. */
export const ServiceCaseRef = builder.prismaNode('ServiceCase', {
  id: { field: 'id' },
  authScopes: { authenticated: true },
  nullable: true,
  // Outside caseScope (another brand, or a role that works on no case) a case answers like a missing one.
  findUnique: (id, ctx) => ({ id: Number(id), ...caseScope(ctx) }),
  fields: (t) => ({
    reference: t.exposeString('reference', { description: 'CAS-<year>-<number>, given at creation.' }),
    contact: t.relation('contact'),
    brand: t.relation('brand', { nullable: true }),
    subject: t.exposeString('subject'),
    description: t.exposeString('description', { nullable: true }),
    category: t.expose('category', { type: CaseCategoryEnum }),
    priority: t.expose('priority', { type: CasePriorityEnum }),
    status: t.expose('status', { type: CaseStatusEnum }),
    nextStatuses: t.field({
      type: [CaseStatusEnum],
      description: 'The statuses this case may move to now (the workflow).',
      select: { status: true },
      resolve: (c) => [...caseTransitions[c.status]],
    }),
    assignee: t.relation('assignee', { nullable: true }),
    openedBy: t.relation('openedBy', { nullable: true }),
    openedAt: t.expose('openedAt', { type: 'DateTime' }),
    resolvedAt: t.expose('resolvedAt', { type: 'DateTime', nullable: true }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    resolutionHours: t.float({
      nullable: true,
      description: 'Time to resolution (resolvedAt - openedAt) in hours; null while unresolved.',
      select: { openedAt: true, resolvedAt: true },
      resolve: (c) => resolutionHours(c),
    }),
    events: t.relation('events', {
      description: 'The history, oldest first.',
      query: { orderBy: [{ at: 'asc' as const }, { id: 'asc' as const }] },
    }),
    promises: t.field({
      type: [ContactPromiseRef],
      description: "What was promised to the case's contact (by sales on activities, by the actions it received).",
      select: { contactId: true },
      resolve: (c, _args, ctx, info) => promisesOf(ctx, c.contactId, promiseQueries(ctx, info)),
    }),
    version: t.exposeInt('version', { description: 'Send it back with a change (optimistic concurrency).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const CaseCategoryStatisticsRef = builder
  .objectRef<Awaited<ReturnType<typeof caseStatistics>>[number]>('CaseCategoryStatistics')
  .implement({
    fields: (t) => ({
      category: t.expose('category', { type: CaseCategoryEnum }),
      caseCount: t.exposeInt('caseCount'),
      openCount: t.exposeInt('openCount', { description: 'Not resolved yet.' }),
      resolvedCount: t.exposeInt('resolvedCount'),
      averageResolutionHours: t.exposeFloat('averageResolutionHours', {
        nullable: true,
        description: 'Mean time to resolution of the resolved cases, in hours.',
      }),
    }),
  });

builder.prismaObjectFields('Contact', (t) => ({
  serviceCases: t.relatedConnection('serviceCases', {
    authScopes: { authenticated: true },
    cursor: 'id',
    totalCount: true,
    description: 'Customer-service cases of this contact, latest first (none for roles that work on no case).',
    query: (_args, ctx) => ({
      where: caseScope(ctx),
      orderBy: [{ openedAt: 'desc' as const }, { id: 'desc' as const }],
    }),
  }),
}));

const workers = { roles: [...caseRoles] as Role[] };

builder.queryFields((t) => ({
  serviceCases: t.prismaConnection({
    type: 'ServiceCase',
    description: 'Customer-service cases you may see, filtered and sorted (roles SUPPORT, SALES, ADMIN).',
    authScopes: workers,
    ...filteredList(t.arg, {
      ...serviceCaseList,
      rows: (ctx) => ctx.db.serviceCase,
    }),
  }),
  serviceCase: t.prismaField({
    type: 'ServiceCase',
    nullable: true,
    description: 'One case by id or by reference, or null when it does not exist or is outside your rights.',
    authScopes: workers,
    args: { id: t.arg.globalID({ required: false }), reference: t.arg.string({ required: false }) },
    resolve: (query, _parent, args, ctx) => {
      if (!args.id === !args.reference) throw validationError([fieldProblem(['id'], fieldMessage('ID_OR_REFERENCE'))]);
      const where = args.id ? { id: idFor('ServiceCase', args.id, ['id']) } : { reference: args.reference ?? '' };
      return ctx.db.serviceCase.findFirst({ ...query, where: { ...where, ...caseScope(ctx) } });
    },
  }),
  caseStatistics: t.field({
    type: [CaseCategoryStatisticsRef],
    description:
      'Cases per category in your scope (opened in the range): counts and mean time to resolution, computed in SQL.',
    authScopes: { roles: [...caseStatisticsRoles] as Role[] },
    args: { openedAt: t.arg({ type: DateTimeRange, required: false }) },
    resolve: (_root, args, ctx) => caseStatistics(ctx, args.openedAt),
  }),
}));

const reread = rereadFrom<'ServiceCase'>((ctx) => ctx.db.serviceCase);

versionedMutations({
  type: 'ServiceCase',
  authScopes: workers,
  reread,
  create: {
    description: 'Opens a case for a contact you may see; you are its opener. Its reference is generated.',
    input: ServiceCaseInput,
    run: createServiceCase,
  },
  update: {
    description: 'Changes subject, description, category or priority; recorded in the history.',
    input: ServiceCasePatch,
    run: updateServiceCase,
  },
  writes: {
    changeServiceCaseStatus: {
      description:
        'Moves the case along the workflow (see CaseStatus; another move is VALIDATION), with an optional comment.',
      input: CaseStatusChange,
      run: (ctx, id, version, input: typeof CaseStatusChange.$inferInput) =>
        changeServiceCaseStatus(ctx, id, version, input.status, input.comment),
    },
  },
});

builder.mutationFields((t) => ({
  assignServiceCase: t.prismaField({
    type: 'ServiceCase',
    description: 'Hands the case to a SUPPORT, SALES or ADMIN user who may see its contact (null: unassigned).',
    authScopes: workers,
    args: {
      id: t.arg.globalID(),
      version: t.arg.int(),
      assignee: t.arg.globalID({ required: false }),
      comment: t.arg.string({ required: false }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = idFor('ServiceCase', args.id, ['id']);
      await assignServiceCase(ctx, id, args.version, args.assignee ?? null, args.comment);
      return reread(ctx, query, id);
    },
  }),
  commentServiceCase: t.prismaField({
    type: 'ServiceCase',
    description: 'Adds a comment to the history of the case.',
    authScopes: workers,
    args: { id: t.arg.globalID(), comment: t.arg.string() },
    resolve: async (query, _root, args, ctx) => {
      const id = idFor('ServiceCase', args.id, ['id']);
      await commentServiceCase(ctx, id, args.comment);
      return reread(ctx, query, id);
    },
  }),
}));
