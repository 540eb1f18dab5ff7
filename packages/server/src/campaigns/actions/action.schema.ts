import { rereadFrom, versionedMutations } from '../../kernel/graphql/versioned-mutations.js';
import { filteredList } from '../../kernel/graphql/connections.js';
import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import {
  ActionMediumEnum,
  ActionObjectiveEnum,
  ActionStatusEnum,
  PromiseTypeEnum,
  ResponseChannelEnum,
} from '../../kernel/graphql/enums.js';
import { fieldProblem, validationError } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import { money } from '../../kernel/money.js';
import { contactRelation } from '../../privacy/access/contact-access.js';
import { actionStats } from './action.loader.js';
import { FollowUpConditionEnum } from '../sequences/sequence.enums.js';
import { actionList, actionScope } from './action.filter.js';
import { MarketingActionInput, MarketingActionPatch } from './action.input.js';
import { createAction, deleteAction, updateAction } from './action.service.js';
import { argsOfKey, countsByParent, relatedCount } from '../../kernel/graphql/related-count.js';

/** Targets of an action you may see: those whose contact you may see. */
const visibleTargets = (ctx: Context) => ({ contact: contactRelation(ctx) });
const targetOrder = [{ targetedAt: 'asc' as const }, { id: 'asc' as const }];

/** The targets an action's `targets` lists: those whose contact the caller may see, by response and conversion. */
const targetsWhere = (ctx: Context, args: { responded?: boolean | null; converted?: boolean | null }) => ({
  ...visibleTargets(ctx),
  ...(args.responded == null ? {} : { respondedAt: args.responded ? { not: null } : null }),
  ...(args.converted == null ? {} : { conversionSaleId: args.converted ? { not: null } : null }),
});

/** The targets of the actions of the response, counted for those actions only (kernel/graphql/related-count.ts). */
const targetCount = relatedCount(async (ctx, actionIds, argsKey) => {
  // Awaited apart: passed straight on, the call's type would be inferred from the parameter (a Prisma quirk).
  const rows = await ctx.db.actionTarget.groupBy({
    by: ['actionId'],
    where: { actionId: { in: actionIds }, ...targetsWhere(ctx, argsOfKey(argsKey)) },
    _count: { _all: true },
  });
  return countsByParent(rows, 'actionId');
});

/**
 * A marketing action (*action commerciale de fidélisation*): a mailing, e-mail, SMS, phone, press or event
 * campaign. Actions of a brand are visible to the users of that brand; actions without a brand to everyone.
 */
export const MarketingActionRef = builder.prismaNode('MarketingAction', {
  id: { field: 'id' },
  // Only the columns the query asks for, plus those fields declare; brandId: `visibleAction` decides on it.
  select: { id: true, brandId: true },
  authScopes: { authenticated: true },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), ...actionScope(ctx) }),
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Unique code, carried by every medium of the action.' }),
    name: t.exposeString('name'),
    objective: t.expose('objective', { type: ActionObjectiveEnum }),
    targetDescription: t.exposeString('targetDescription', { nullable: true }),
    plannedQuantity: t.exposeInt('plannedQuantity', { nullable: true }),
    medium: t.expose('medium', { type: ActionMediumEnum }),
    startDate: t.expose('startDate', { type: 'DateTime' }),
    endDate: t.expose('endDate', { type: 'DateTime' }),
    cost: t.field({ type: 'Decimal', select: { cost: true }, resolve: (a) => money(a.cost) }),
    promiseType: t.expose('promiseType', { type: PromiseTypeEnum }),
    promiseSummary: t.exposeString('promiseSummary', { nullable: true }),
    status: t.expose('status', { type: ActionStatusEnum }),
    requiredPurpose: t.string({
      description: 'Code of the consent purpose a contact must have granted to be targeted.',
      select: { requiredPurpose: { select: { code: true } } },
      resolve: (a) => a.requiredPurpose.code,
    }),
    controlGroupPercent: t.exposeInt('controlGroupPercent', { nullable: true }),
    attributionWindowDays: t.exposeInt('attributionWindowDays', {
      description: 'Days after targeting a purchase is attributed to the action, even without a response.',
    }),
    // Same brand as this action (sequence.rules.ts): whoever sees this action sees the previous one.
    previousAction: t.relation('previousAction', {
      nullable: true,
      description: 'Channel coordination: the action this one follows up.',
    }),
    followUpCondition: t.expose('followUpCondition', { type: FollowUpConditionEnum, nullable: true }),
    followUpDelayDays: t.exposeInt('followUpDelayDays', { nullable: true }),
    followUps: t.relation('followUps', {
      description: 'Actions that follow this one up (those you may see), by start date.',
      query: (_args, ctx) => ({
        where: actionScope(ctx),
        orderBy: [{ startDate: 'asc' as const }, { id: 'asc' as const }],
      }),
    }),
    brand: t.relation('brand', { nullable: true }),
    responseChannels: t.field({
      type: [ResponseChannelEnum],
      description: 'The response channels this action offers (*canaux de remontée*), in alphabetical order.',
      select: { responseChannels: { select: { channel: true } } },
      // Sorted here: the databases order an enum column differently (PostgreSQL by declaration, SQLite as text).
      resolve: (a) => a.responseChannels.map((c) => c.channel).sort(),
    }),
    targets: t.relatedConnection(
      'targets',
      {
        cursor: 'id',
        description:
          'Contacts targeted by this action (those you may see), by targeting date. `responded: true` lists the ' +
          'responses (*remontées*), `converted: true` the conversions (*transformations*).',
        args: {
          responded: t.arg.boolean({ required: false }),
          converted: t.arg.boolean({ required: false }),
        },
        query: (args, ctx) => ({ where: targetsWhere(ctx, args), orderBy: targetOrder }),
      },
      targetCount,
    ),
    targetCount: t.int({
      description: 'Number of targets (those you may see); untargeted responses are not targets.',
      resolve: async (a, _args, ctx) => (await actionStats(ctx).load(a.id)).targets,
    }),
    responseCount: t.int({
      description: 'Number of targets that responded (*remontées*); untargeted responses apart.',
      resolve: async (a, _args, ctx) => (await actionStats(ctx).load(a.id)).responses,
    }),
    conversionCount: t.int({
      description: 'Number of targets converted into a sale (*transformations*).',
      resolve: async (a, _args, ctx) => (await actionStats(ctx).load(a.id)).conversions,
    }),
    version: t.exposeInt('version', { description: 'Send it back with an update (optimistic concurrency).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

// Responses from contacts the action did not target (press coupon, web form, event): counted apart.
builder.prismaObjectFields('MarketingAction', (t) => ({
  untargetedResponseCount: t.int({
    description:
      'Responses from contacts the action did not target (press coupon, web form, event), counted apart: never ' +
      'in targetCount or responseCount.',
    resolve: async (a, _args, ctx) => (await actionStats(ctx).load(a.id)).untargetedResponses,
  }),
  untargetedConversionCount: t.int({
    description: 'Untargeted responses converted into a sale.',
    resolve: async (a, _args, ctx) => (await actionStats(ctx).load(a.id)).untargetedConversions,
  }),
  publicResponses: t.exposeBoolean('publicResponses', {
    description: 'The public response form and endpoint accept responses from anyone, targeted or not.',
  }),
}));

/** product → the actions that promoted it (those you may see), in the product's own query. */
builder.prismaObjectField('Product', 'actions', (t) =>
  t.field({
    type: [MarketingActionRef],
    description: 'The marketing actions that promoted this product (those you may see), by start date.',
    select: (_args, ctx, nestedSelection) => ({
      actions: {
        where: { action: actionScope(ctx) },
        orderBy: [{ action: { startDate: 'asc' } }, { actionId: 'asc' }],
        select: { action: nestedSelection(true) },
      },
    }),
    resolve: (product) => product.actions.map((a) => a.action),
  }),
);

builder.queryFields((t) => ({
  marketingActions: t.prismaConnection({
    type: 'MarketingAction',
    description: 'Marketing actions you may see, filtered and sorted.',
    authScopes: { authenticated: true },
    ...filteredList(t.arg, {
      ...actionList,
      rows: (ctx) => ctx.db.marketingAction,
    }),
  }),
  marketingAction: t.prismaField({
    type: 'MarketingAction',
    nullable: true,
    description: 'One action by id or by code, or null when it does not exist or is outside your rights.',
    authScopes: { authenticated: true },
    args: { id: t.arg.globalID({ required: false }), code: t.arg.string({ required: false }) },
    resolve: (query, _parent, args, ctx) => {
      if (!args.id && !args.code) throw validationError([fieldProblem(['id'], fieldMessage('ID_OR_CODE'))]);
      const key = args.id ? { id: idFor('MarketingAction', args.id, ['id']) } : { code: args.code! };
      return ctx.db.marketingAction.findFirst({ ...query, where: { ...key, ...actionScope(ctx) } });
    },
  }),
}));

const writers = { roles: ['ADMIN', 'MARKETING'] as Role[] };
versionedMutations({
  type: 'MarketingAction',
  authScopes: writers,
  reread: rereadFrom((ctx) => ctx.db.marketingAction),
  create: { input: MarketingActionInput, run: createAction },
  update: { input: MarketingActionPatch, run: updateAction },
  delete: {
    description: 'Deletes an action nobody was targeted by yet and returns its id; otherwise cancel it (status).',
    run: deleteAction,
  },
});
