import * as E from '../../generated/sqlite/enums.js';
import { builder } from '../../kernel/graphql/builder.js';
import { pagedList } from '../../kernel/graphql/connections.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import { ApiError } from '../../kernel/errors.js';
import type { Context } from '../../kernel/context.js';
import { subjectRequestScope, subjectRequests } from '../access/subject-request-access.js';
import {
  OPEN_STATUSES,
  assignSubjectRequest,
  completeSubjectRequest,
  extendSubjectRequest,
  logSubjectRequest,
  markPartnerNoticeSent,
  rejectSubjectRequest,
  subjectRequestsOverdue,
} from './subject-request.service.js';

const admins = { roles: ['ADMIN' as const] };

export const SubjectRequestTypeEnum = builder.enumType(E.SubjectRequestType, { name: 'SubjectRequestType' });
export const SubjectRequestStatusEnum = builder.enumType(E.SubjectRequestStatus, { name: 'SubjectRequestStatus' });

/** A notice to a partner that received the contact's data (GDPR art. 19). */
builder.prismaNode('PartnerNotice', {
  id: { field: 'id' },
  nullable: true,
  authScopes: admins,
  description:
    'A notice owed to a partner key that received the contact data, about a rectification, erasure or restriction.',
  findUnique: (id, ctx) => ({ id: Number(id), request: subjectRequestScope(ctx) }),
  fields: (t) => ({
    apiKey: t.relation('apiKey', { description: 'The partner key that read the contact.' }),
    lastDisclosedAt: t.expose('lastDisclosedAt', { type: 'DateTime', description: 'Its latest read of the contact.' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true, description: 'When the partner was told.' }),
    toNotify: t.boolean({
      description: 'Not sent yet: tell the partner, then `markPartnerNoticeSent`.',
      select: { sentAt: true },
      resolve: (n) => n.sentAt === null,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const isOverdue = (r: { status: E.SubjectRequestStatus; dueAt: Date }, ctx: Context) =>
  OPEN_STATUSES.includes(r.status) && r.dueAt < ctx.now;

/** A data subject's request, tracked to its answer. */
builder.prismaNode('SubjectRequest', {
  id: { field: 'id' },
  nullable: true,
  authScopes: admins,
  description: 'A data subject request (access, rectification, erasure, ...), due one month after receipt.',
  findUnique: (id, ctx) => ({ id: Number(id), AND: [subjectRequestScope(ctx)] }),
  fields: (t) => ({
    type: t.expose('type', { type: SubjectRequestTypeEnum }),
    status: t.expose('status', { type: SubjectRequestStatusEnum }),
    contact: t.relation('contact', { nullable: true, description: 'Null once the contact row is gone.' }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime' }),
    dueAt: t.expose('dueAt', {
      type: 'DateTime',
      description: 'One calendar month after receipt, or three if extended.',
    }),
    overdue: t.boolean({
      description: 'Still open and due before now.',
      select: { status: true, dueAt: true },
      resolve: (r, _args, ctx) => isOverdue(r, ctx),
    }),
    extensionReason: t.exposeString('extensionReason', { nullable: true, description: 'Set once extended.' }),
    handler: t.relation('handler', { nullable: true }),
    loggedBy: t.relation('loggedBy', { nullable: true }),
    notes: t.exposeString('notes', { nullable: true, description: 'Cleared by an erasure of the contact.' }),
    artefact: t.string({
      nullable: true,
      description: 'JSON: what the answer produced (the export, or the erasure, restriction or objection report).',
      select: { artefact: true },
      resolve: (r) => (r.artefact === null ? null : JSON.stringify(r.artefact)),
    }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    rejectionReason: t.exposeString('rejectionReason', { nullable: true }),
    notices: t.relation('notices', {
      description: 'Partners that received the contact data, to notify of the change (art. 19).',
      query: { orderBy: { id: 'asc' } },
    }),
    version: t.exposeInt('version', { description: 'Send it back with a change (optimistic concurrency).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  subjectRequests: t.prismaConnection({
    type: 'SubjectRequest',
    authScopes: admins,
    description: 'Subject requests, soonest due first. `overdue: true`: open and past their due date. Admins only.',
    ...pagedList({
      args: {
        status: t.arg({ type: [SubjectRequestStatusEnum], required: false }),
        overdue: t.arg.boolean({ required: false }),
      },
      where: (ctx, args) => ({
        AND: [
          args.status ? { status: { in: args.status } } : {},
          args.overdue === true ? { status: { in: [...OPEN_STATUSES] }, dueAt: { lt: ctx.now } } : {},
          args.overdue === false
            ? { OR: [{ status: { notIn: [...OPEN_STATUSES] } }, { dueAt: { gte: ctx.now } }] }
            : {},
        ],
      }),
      orderBy: () => [{ dueAt: 'asc' as const }, { id: 'asc' as const }],
      rows: (ctx) => subjectRequests(ctx),
    }),
  }),
  subjectRequest: t.prismaField({
    type: 'SubjectRequest',
    nullable: true,
    authScopes: admins,
    description: 'One subject request; null when missing.',
    args: { id: t.arg.globalID() },
    resolve: (query, _root, args, ctx) =>
      subjectRequests(ctx).findFirst({ ...query, where: { id: idFor('SubjectRequest', args.id, ['id']) } }),
  }),
  subjectRequestsOverdue: t.int({
    authScopes: admins,
    description: 'How many subject requests are open past their due date (the dashboard). Admins only.',
    resolve: (_root, _args, ctx) => subjectRequestsOverdue(ctx),
  }),
}));

const LogSubjectRequestInput = builder.inputType('LogSubjectRequestInput', {
  fields: (t) => ({
    contact: t.globalID({ description: 'The contact the request is from.' }),
    type: t.field({ type: SubjectRequestTypeEnum }),
    receivedAt: t.field({ type: 'DateTime', description: 'When it arrived: the month runs from then (UTC).' }),
    notes: t.string({ required: false, description: 'How it came and what it asks (at most 2,000 characters).' }),
  }),
});

/** Reads the request back after a change, with the fields the request selected. */
async function reread(ctx: Context, query: object, id: number) {
  const row = await subjectRequests(ctx).findFirst({ ...query, where: { id } });
  if (!row) throw new ApiError('NOT_FOUND', 'SubjectRequest not found.');
  return row;
}

const requestId = (id: { typename: string; id: string }) => idFor('SubjectRequest', id, ['id']);

builder.mutationFields((t) => ({
  logSubjectRequest: t.prismaField({
    type: 'SubjectRequest',
    authScopes: admins,
    description: 'Logs a request received from a data subject, due one calendar month later. Admins only.',
    args: { input: t.arg({ type: LogSubjectRequestInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await logSubjectRequest(ctx, {
        contactId: idFor('Contact', input.contact, ['input', 'contact']),
        type: input.type,
        receivedAt: input.receivedAt,
        notes: input.notes,
      });
      return reread(ctx, query, id);
    },
  }),
  assignSubjectRequest: t.prismaField({
    type: 'SubjectRequest',
    authScopes: admins,
    description: 'Hands an open request to a staff user; it becomes IN_PROGRESS. Admins only.',
    args: { id: t.arg.globalID(), version: t.arg.int(), handler: t.arg.globalID() },
    resolve: async (query, _root, args, ctx) => {
      const id = requestId(args.id);
      await assignSubjectRequest(ctx, id, args.version, idFor('StaffUser', args.handler, ['handler']));
      return reread(ctx, query, id);
    },
  }),
  extendSubjectRequest: t.prismaField({
    type: 'SubjectRequest',
    authScopes: admins,
    description: 'Extends the deadline by two months, once, with the reason (GDPR art. 12(3)). Admins only.',
    args: { id: t.arg.globalID(), version: t.arg.int(), reason: t.arg.string() },
    resolve: async (query, _root, args, ctx) => {
      const id = requestId(args.id);
      await extendSubjectRequest(ctx, id, args.version, args.reason);
      return reread(ctx, query, id);
    },
  }),
  completeSubjectRequest: t.prismaField({
    type: 'SubjectRequest',
    authScopes: admins,
    description:
      'Answers the request by doing what it asks (export, erasure, restriction, withdrawal of marketing, record of ' +
      'a rectification), stores the artefact and writes the partner notices. Admins only.',
    args: { id: t.arg.globalID(), version: t.arg.int() },
    resolve: async (query, _root, args, ctx) => {
      const id = requestId(args.id);
      await completeSubjectRequest(ctx, id, args.version);
      return reread(ctx, query, id);
    },
  }),
  rejectSubjectRequest: t.prismaField({
    type: 'SubjectRequest',
    authScopes: admins,
    description: 'Refuses an open request, with the reason given to the person. Admins only.',
    args: { id: t.arg.globalID(), version: t.arg.int(), reason: t.arg.string() },
    resolve: async (query, _root, args, ctx) => {
      const id = requestId(args.id);
      await rejectSubjectRequest(ctx, id, args.version, args.reason);
      return reread(ctx, query, id);
    },
  }),
  markPartnerNoticeSent: t.prismaField({
    type: 'PartnerNotice',
    authScopes: admins,
    description: 'Records that the partner was told by hand (a notice already sent keeps its date). Admins only.',
    args: { id: t.arg.globalID() },
    resolve: async (query, _root, args, ctx) => {
      const id = idFor('PartnerNotice', args.id, ['id']);
      await markPartnerNoticeSent(ctx, id);
      return ctx.db.partnerNotice.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
