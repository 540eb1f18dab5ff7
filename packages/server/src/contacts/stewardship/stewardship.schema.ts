import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import { ApiError } from '../../kernel/errors.js';
import { RoleEnum } from '../../kernel/graphql/enums.js';
import * as E from '../../generated/sqlite/enums.js';
import { idFor, idsIn } from '../../kernel/graphql/global-id.js';
import { pagedList } from '../../kernel/graphql/connections.js';
import { proposalValueDenial, stewardableFields } from './stewardship.fields.js';
import { isSteward } from './stewardship.hook.js';
import {
  acceptProposal,
  proposalScope,
  rejectProposal,
  removeStewardedField,
  setStewardedField,
} from './stewardship.service.js';

export const ProposalStatusEnum = builder.enumType(E.ProposalStatus, {
  name: 'ProposalStatus',
  description:
    'PENDING: awaiting the steward; SUPERSEDED: the field changed meanwhile, so the proposal no longer applies.',
});

builder.prismaObject('StewardedField', {
  description: 'A contact field whose changes by users of other roles become proposals its steward role decides.',
  fields: (t) => ({
    field: t.exposeString('field'),
    stewardRole: t.expose('stewardRole', { type: RoleEnum }),
    stewardUser: t.relation('stewardUser', {
      nullable: true,
      description: 'The named person of the steward role who decides; null: anyone of the role.',
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

/** A value of a proposal, as JSON text, under the same rules as the contact's own field. */
const guardedValue = (key: 'oldValue' | 'newValue', description: string) => ({
  nullable: true as const,
  description: `${description} As JSON text (null: none). A personal field needs the contact's consent to the request's purpose; a confidential one its roles.`,
  select: { id: true, contactId: true, field: true, [key]: true } as const,
  resolve: async (
    p: { id: number; contactId: number; field: string } & Record<string, unknown>,
    _args: unknown,
    ctx: Context,
  ) => {
    const denial = await proposalValueDenial(ctx, p);
    if (denial === 'CONSENT_REQUIRED')
      throw new ApiError('CONSENT_REQUIRED', "The contact's consent does not cover the request's purpose.", {
        purpose: ctx.purpose?.code ?? null,
      });
    if (denial) throw new ApiError('FORBIDDEN', `Your role may not read ${p.field}.`);
    return p[key] as string | null;
  },
});

/** A proposed change to a stewarded contact field, and its decision. */
export const ChangeProposalRef = builder.prismaNode('ChangeProposal', {
  id: { field: 'id' },
  authScopes: { authenticated: true },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), ...proposalScope(ctx) }),
  fields: (t) => ({
    contact: t.relation('contact'),
    field: t.exposeString('field'),
    oldValue: t.string(guardedValue('oldValue', 'The value when the proposal was made.')),
    newValue: t.string(guardedValue('newValue', 'The value proposed.')),
    status: t.expose('status', { type: ProposalStatusEnum }),
    proposedBy: t.relation('proposedBy', { nullable: true }),
    decidedBy: t.relation('decidedBy', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    comment: t.exposeString('comment', { nullable: true }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectFields('Contact', (t) => ({
  pendingProposals: t.relation('changeProposals', {
    authScopes: { authenticated: true },
    description:
      'Changes to stewarded fields awaiting their steward. Select it in the result of updateContact to see which of your ' +
      'changes became proposals instead of writes.',
    query: { where: { status: 'PENDING' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  }),
  changeProposals: t.relatedConnection('changeProposals', {
    authScopes: { authenticated: true },
    cursor: 'id',
    totalCount: true,
    description: 'The history of proposed changes to stewarded fields, latest first.',
    query: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] },
  }),
}));

const ChangeProposalFilter = builder.inputType('ChangeProposalFilter', {
  fields: (t) => ({
    status: t.field({ type: [ProposalStatusEnum], required: false }),
    contact: t.globalIDList({ required: false }),
    field: t.stringList({ required: false }),
    stewardedByMe: t.boolean({
      required: false,
      description: "true: only fields you steward, by name or by role (a steward's inbox).",
    }),
  }),
});

async function proposalWhere(ctx: Context, f: typeof ChangeProposalFilter.$inferInput | null | undefined) {
  const mine = f?.stewardedByMe
    ? (
        await ctx.db.stewardedField.findMany({
          select: {
            field: true,
            stewardRole: true,
            stewardUserId: true,
            stewardUser: { select: { active: true, role: true } },
          },
        })
      )
        .filter((s) => isSteward(ctx.principal, s))
        .map((s) => s.field)
    : null;
  return {
    AND: [
      proposalScope(ctx),
      {
        status: f?.status ? { in: f.status } : undefined,
        contactId: idsIn('Contact', f?.contact, ['filter', 'contact']),
      },
      f?.field ? { field: { in: f.field } } : {},
      mine ? { field: { in: mine } } : {},
    ],
  };
}

builder.queryFields((t) => ({
  stewardedFields: t.prismaField({
    type: ['StewardedField'],
    description: 'The contact fields under stewardship and their steward roles.',
    authScopes: { authenticated: true },
    resolve: (query, _r, _a, ctx) => ctx.db.stewardedField.findMany({ ...query, orderBy: { field: 'asc' } }),
  }),
  stewardableFields: t.stringList({
    description: 'The contact fields that can be put under stewardship.',
    authScopes: { authenticated: true },
    resolve: () => [...stewardableFields],
  }),
  changeProposals: t.prismaConnection({
    type: 'ChangeProposal',
    description: 'Proposed changes on contacts you may see, oldest first (a queue).',
    authScopes: { authenticated: true },
    ...pagedList({
      args: { filter: t.arg({ type: ChangeProposalFilter, required: false }) },
      where: (ctx, args) => proposalWhere(ctx, args.filter),
      orderBy: () => [{ createdAt: 'asc' as const }, { id: 'asc' as const }],
      rows: (ctx) => ctx.db.changeProposal,
    }),
  }),
}));

const byId = (ctx: Context, query: object, id: number) =>
  ctx.db.changeProposal.findUniqueOrThrow({ ...query, where: { id } });

builder.mutationFields((t) => ({
  setStewardedField: t.prismaField({
    type: 'StewardedField',
    description:
      'Puts a contact field under the stewardship of a role (admins), optionally of a named active user of that role ' +
      '(stewardUser): proposals then go to that person only.',
    authScopes: { roles: ['ADMIN'] },
    args: {
      field: t.arg.string(),
      stewardRole: t.arg({ type: RoleEnum }),
      stewardUser: t.arg.globalID({ required: false }),
    },
    resolve: async (query, _r, args, ctx) => {
      const person = args.stewardUser ? idFor('StaffUser', args.stewardUser, ['stewardUser']) : null;
      await setStewardedField(ctx, args.field, args.stewardRole, person);
      return ctx.db.stewardedField.findUniqueOrThrow({ ...query, where: { field: args.field } });
    },
  }),
  removeStewardedField: t.string({
    description: 'Ends the stewardship of a field (admins); its pending proposals are then decided by an admin.',
    authScopes: { roles: ['ADMIN'] },
    args: { field: t.arg.string() },
    resolve: async (_r, args, ctx) => {
      await removeStewardedField(ctx, args.field);
      return args.field;
    },
  }),
  acceptProposal: t.prismaField({
    type: 'ChangeProposal',
    description:
      "Applies the proposed value (the field's steward role). If the field changed since the proposal, nothing is applied " +
      'and the proposal comes back SUPERSEDED.',
    authScopes: { authenticated: true },
    args: { id: t.arg.globalID(), version: t.arg.int() },
    resolve: async (query, _r, args, ctx) => {
      const id = idFor('ChangeProposal', args.id, ['id']);
      await acceptProposal(ctx, id, args.version);
      return byId(ctx, query, id);
    },
  }),
  rejectProposal: t.prismaField({
    type: 'ChangeProposal',
    description: "Rejects a proposal with a comment saying why (the field's steward role).",
    authScopes: { authenticated: true },
    args: { id: t.arg.globalID(), version: t.arg.int(), comment: t.arg.string() },
    resolve: async (query, _r, args, ctx) => {
      const id = idFor('ChangeProposal', args.id, ['id']);
      await rejectProposal(ctx, id, args.version, args.comment);
      return byId(ctx, query, id);
    },
  }),
}));
