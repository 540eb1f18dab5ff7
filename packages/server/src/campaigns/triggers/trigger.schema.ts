import { encodeGlobalID } from '@pothos/plugin-relay';
import { rereadFrom, versionedMutations } from '../../kernel/graphql/versioned-mutations.js';
import { filteredList } from '../../kernel/graphql/connections.js';
import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import { ApiError, fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import * as E from '../../generated/sqlite/enums.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { idFor, idsIn } from '../../kernel/graphql/global-id.js';
import { oneOf } from '../../kernel/graphql/filters.js';
import { orderInput } from '../../kernel/graphql/order.js';
import { contactRelation } from '../../privacy/access/contact-access.js';
import { systemContext } from '../../privacy/access/system.js';
import { visibleAction } from '../actions/action.filter.js';
import { MarketingActionRef } from '../actions/action.schema.js';
import { RfmSegmentEnum } from '../../analytics/analytics.schema.js';
import { ExclusionReasonEnum } from '../campaign.enums.js';
import { storedParams, type TriggerParams } from './trigger.params.js';
import { runTriggers, type TriggerRunReport } from './trigger.run.js';
import { createTrigger, deleteTrigger, triggerScope, triggerWriteScope, updateTrigger } from './trigger.service.js';

const readers = { roles: ['ADMIN', 'MARKETING', 'ANALYST'] as Role[] };
const writers = { roles: ['ADMIN', 'MARKETING'] as Role[] };

export const TriggerKindEnum = builder.enumType(E.TriggerKind, {
  name: 'TriggerKind',
  description: 'The behaviour a trigger reacts to (campaigns/triggers/TRIGGERS.md).',
});

const TriggerParamsRef = builder.objectRef<TriggerParams>('TriggerParams').implement({
  description: 'Kind-specific parameters; the fields a kind does not use are null.',
  fields: (t) => ({
    days: t.int({
      nullable: true,
      description: 'NO_PURCHASE_FOR_DAYS: days without a purchase.',
      resolve: (p) => p.days ?? null,
    }),
    sinceDays: t.int({
      nullable: true,
      description: 'How old an occurrence may be and still fire (default 7).',
      resolve: (p) => p.sinceDays ?? null,
    }),
    categoryCode: t.string({
      nullable: true,
      description: 'CATEGORY_PURCHASE: the product category code.',
      resolve: (p) => p.categoryCode ?? null,
    }),
    from: t.field({
      type: RfmSegmentEnum,
      nullable: true,
      description: 'SCORE_CHANGE: only from this segment.',
      resolve: (p) => p.from ?? null,
    }),
    to: t.field({
      type: RfmSegmentEnum,
      nullable: true,
      description: 'SCORE_CHANGE: only to this segment.',
      resolve: (p) => p.to ?? null,
    }),
  }),
});

const TriggerParamsInput = builder.inputType('TriggerParamsInput', {
  description: 'Give only the fields of the kind (VALIDATION otherwise, at params.<field>).',
  fields: (t) => ({
    days: t.int({ required: false }),
    sinceDays: t.int({ required: false }),
    categoryCode: t.string({ required: false }),
    from: t.field({ type: RfmSegmentEnum, required: false }),
    to: t.field({ type: RfmSegmentEnum, required: false }),
  }),
});

const TriggerInput = builder.inputType('TriggerInput', {
  fields: (t) => ({
    name: t.string(),
    kind: t.field({ type: TriggerKindEnum }),
    params: t.field({ type: TriggerParamsInput, required: false }),
    action: t.globalID({ description: 'The action the matching contacts are targeted with.' }),
    brand: t.globalID({ required: false, description: "Defaults to the action's brand; only its sales count." }),
    active: t.boolean({ required: false, description: 'Default true.' }),
  }),
});

const TriggerPatch = builder.inputType('TriggerPatch', {
  fields: (t) => ({
    name: t.string({ required: false }),
    kind: t.field({ type: TriggerKindEnum, required: false }),
    params: t.field({
      type: TriggerParamsInput,
      required: false,
      description: 'Replaces the stored params when given.',
    }),
    action: t.globalID({ required: false }),
    brand: t.globalID({ required: false }),
    active: t.boolean({ required: false }),
  }),
});

export const TriggerFiringRef = builder.prismaNode('TriggerFiring', {
  id: { field: 'id' },
  // Select mode, like the contact and target it links: a relation of a select-mode type under an include-mode one
  // is loaded apart, in a statement that comes and goes with the data (campaigns-triggers statement count).
  select: { id: true },
  authScopes: readers,
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), trigger: triggerScope(ctx), contact: contactRelation(ctx) }),
  description: 'One match of a trigger for a contact: targeted (target) or not (exclusionReason).',
  fields: (t) => ({
    contact: t.relation('contact'),
    occurrenceKey: t.exposeString('occurrenceKey', {
      description: 'sale:<id>, lapse:<last sale id>, snapshot:<id> or anniversary:<year>.',
    }),
    firedAt: t.expose('firedAt', { type: 'DateTime' }),
    target: t.relation('target', { nullable: true }),
    exclusionReason: t.expose('exclusionReason', { type: ExclusionReasonEnum, nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const TriggerRef = builder.prismaNode('Trigger', {
  id: { field: 'id' },
  authScopes: readers,
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), ...triggerScope(ctx) }),
  description: 'A rule that targets contacts with an action automatically when their behaviour matches.',
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: TriggerKindEnum }),
    params: t.field({ type: TriggerParamsRef, select: { params: true }, resolve: (x) => storedParams(x.params) }),
    action: t.field({
      type: MarketingActionRef,
      nullable: true,
      select: (_args, _ctx, nestedSelection) => ({ action: nestedSelection(true) }),
      resolve: (x, _args, ctx) => visibleAction(ctx, x.action),
    }),
    brand: t.relation('brand', { nullable: true }),
    active: t.exposeBoolean('active'),
    lastRunAt: t.expose('lastRunAt', { type: 'DateTime', nullable: true }),
    firings: t.relatedConnection('firings', {
      cursor: 'id',
      totalCount: true,
      description: 'Matches of this trigger (contacts you may see), latest first.',
      args: {
        targeted: t.arg.boolean({ required: false, description: 'true: targeted ones; false: the excluded ones.' }),
      },
      query: (args, ctx) => ({
        where: {
          contact: contactRelation(ctx),
          ...(args.targeted == null
            ? {}
            : args.targeted
              ? { targetId: { not: null } }
              : { exclusionReason: { not: null } }),
        },
        orderBy: [{ id: 'desc' as const }],
      }),
    }),
    version: t.exposeInt('version', { description: 'Send it back with an update (optimistic concurrency).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const TriggerFilter = builder.inputType('TriggerFilter', {
  fields: (t) => ({
    kind: t.field({ type: [TriggerKindEnum], required: false }),
    action: t.globalIDList({ required: false }),
    active: t.boolean({ required: false }),
  }),
});

const triggerOrder = orderInput('Trigger', {
  ID: 'id',
  NAME: 'name',
  KIND: 'kind',
  LAST_RUN_AT: 'lastRunAt',
  CREATED_AT: 'createdAt',
});

const triggerWhere = (ctx: Context, f: typeof TriggerFilter.$inferInput | null | undefined) => ({
  AND: [
    triggerScope(ctx),
    {
      kind: oneOf(f?.kind),
      actionId: idsIn('MarketingAction', f?.action, ['filter', 'action']),
      ...(f?.active == null ? {} : { active: f.active }),
    },
  ],
});

const ExclusionCountRef = builder
  .objectRef<{ reason: E.ExclusionReason; count: number }>('TriggerExclusionCount')
  .implement({
    fields: (t) => ({ reason: t.expose('reason', { type: ExclusionReasonEnum }), count: t.exposeInt('count') }),
  });

const TriggerRunReportRef = builder.objectRef<TriggerRunReport>('TriggerRunReport').implement({
  description: 'What one trigger did in a run.',
  fields: (t) => ({
    trigger: t.field({
      type: 'ID',
      description: 'Global id of the trigger.',
      resolve: (r) => encodeGlobalID('Trigger', r.triggerId),
    }),
    matched: t.exposeInt('matched', { description: 'Contacts matching now, new occurrences or not.' }),
    fired: t.exposeInt('fired', { description: 'New occurrences fired by this run (with dryRun: that would fire).' }),
    targeted: t.exposeInt('targeted', { description: 'Of those, targeted for sending.' }),
    control: t.exposeInt('control', { description: 'Of those, held out in the control group.' }),
    excluded: t.field({ type: [ExclusionCountRef], resolve: (r) => r.excluded }),
    error: t.exposeString('error', { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  triggers: t.prismaConnection({
    type: 'Trigger',
    description: 'Triggers you may see (of actions you may see), filtered and sorted.',
    authScopes: readers,
    ...filteredList(t.arg, {
      filter: TriggerFilter,
      order: triggerOrder,
      where: triggerWhere,
      rows: (ctx) => ctx.db.trigger,
    }),
  }),
}));

versionedMutations({
  type: 'Trigger',
  authScopes: writers,
  reread: rereadFrom((ctx) => ctx.db.trigger),
  create: { input: TriggerInput, run: createTrigger },
  update: { input: TriggerPatch, run: updateTrigger },
  delete: { description: 'Deletes a trigger and its firings; the targets it created stay.', run: deleteTrigger },
});

builder.mutationFields((t) => ({
  runTriggers: t.field({
    type: [TriggerRunReportRef],
    description:
      'Evaluates now the active triggers of your brands (or the given ones), as the scheduled job does: a trigger is ' +
      'a standing rule, so its matches are targeted under the rules of the action, not of the caller. With dryRun, ' +
      'reports what would fire and records only dry targeting runs.',
    authScopes: writers,
    args: {
      dryRun: t.arg.boolean({ required: false, defaultValue: false }),
      triggers: t.arg.globalIDList({ required: false, description: 'Only these triggers (active or not).' }),
    },
    resolve: async (_root, args, ctx) => {
      const triggerIds = args.triggers?.map((g, i) => idFor('Trigger', g, ['triggers', String(i)]));
      if (triggerIds) {
        const found = new Set(
          (
            await ctx.db.trigger.findMany({
              where: { id: { in: triggerIds }, ...triggerWriteScope(ctx) },
              select: { id: true },
            })
          ).map((t) => t.id),
        );
        const missing = triggerIds.flatMap((id, i) =>
          found.has(id) ? [] : [fieldProblem(['triggers', String(i)], fieldMessage('TRIGGER_NOT_FOUND'))],
        );
        if (missing.length) throw new ApiError('NOT_FOUND', 'Trigger not found.', { fields: missing });
      }
      return runTriggers(
        systemContext(ctx.db, ctx.provider, 'mutation:runTriggers', {
          now: ctx.now,
          onBehalfOf: ctx.principal?.userId,
        }),
        { dryRun: !!args.dryRun, triggerIds, where: triggerWriteScope(ctx) },
      );
    },
  }),
}));
