import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import type { ExclusionReason, Role } from '../../generated/sqlite/enums.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import { MessageParamRef, messageParams } from '../../kernel/graphql/message-param.js';
import { exclusionDetailTemplates } from '../../kernel/message-codes.js';
import { MAX_PAGE_SIZE } from '../../kernel/graphql/page-size.js';
import { updateVersioned } from '../../kernel/versioned-update.js';
import { contactRelation } from '../../privacy/access/contact-access.js';
import { actionScope } from '../actions/action.filter.js';
import { findSegment } from '../segments/segment.service.js';
import { targetScope } from '../targets/target.filter.js';
import { ExclusionReasonEnum } from '../campaign.enums.js';
import { reasonOrder, runTargeting } from './targeting.service.js';

const marketing = { roles: ['ADMIN', 'MARKETING'] as Role[] };
const readers = { roles: ['ADMIN', 'MARKETING', 'ANALYST'] as Role[] };

/** Runs are visible with their action. */
const runScope = (ctx: Context) => ({ action: actionScope(ctx) });

const ExclusionCountRef = builder.objectRef<{ reason: ExclusionReason; count: number }>('ExclusionCount').implement({
  fields: (t) => ({ reason: t.expose('reason', { type: ExclusionReasonEnum }), count: t.exposeInt('count') }),
});

/** One candidate a run did not target, and why. Listed only when you may see the contact. */
export const TargetingExclusionRef = builder.prismaObject('TargetingExclusion', {
  fields: (t) => ({
    contact: t.relation('contact'),
    reason: t.expose('reason', { type: ExclusionReasonEnum }),
    detail: t.exposeString('detail', {
      nullable: true,
      description: 'LOWER_PRIORITY: the winning actions; PRESSURE_CAP: the rule and the count (English).',
    }),
    detailParams: t.field({
      type: [MessageParamRef],
      description:
        "The detail's parameters, by reason (kernel/message-codes.ts): RESTRICTED state; NO_CONSENT purpose; CHANNEL_OPT_OUT and NO_CHANNEL_ADDRESS medium; PRESSURE_CAP rule, count, max, days; LOWER_PRIORITY actions.",
      select: { reason: true, detail: true },
      resolve: (e) => messageParams(exclusionDetailTemplates, e.reason, e.detail),
    }),
  }),
});

/**
 * One targeting of an action (from a segment, a list, a trigger or a sequence) and its report: counts, exclusions
 * by reason, and the targets it created.
 */
export const TargetingRunRef = builder.prismaNode('TargetingRun', {
  id: { field: 'id' },
  authScopes: readers,
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), ...runScope(ctx) }),
  fields: (t) => ({
    action: t.relation('action'),
    segment: t.relation('segment', { nullable: true }),
    dryRun: t.exposeBoolean('dryRun', { description: 'A simulation: the report was recorded, no target created.' }),
    candidateCount: t.exposeInt('candidateCount'),
    targetedCount: t.exposeInt('targetedCount', {
      description: 'Targets in the sending list (control group excluded).',
    }),
    controlCount: t.exposeInt('controlCount', { description: 'Targets held out as the control group.' }),
    excludedCount: t.exposeInt('excludedCount'),
    controlGroupPercent: t.exposeInt('controlGroupPercent', { nullable: true }),
    randomSeed: t.exposeInt('randomSeed', {
      nullable: true,
      description: 'Seed of the control-group draw (the same seed draws the same group).',
    }),
    runAt: t.expose('runAt', { type: 'DateTime' }),
    createdBy: t.relation('createdBy', {
      nullable: true,
      description: 'Null for runs made by the system (triggers, sequences).',
    }),
    exclusionCounts: t.field({
      type: [ExclusionCountRef],
      description:
        'Excluded candidates by reason, in the order the rules are checked (every candidate of the run, whoever reads).',
      select: { id: true },
      resolve: async (run, _a, ctx) =>
        (await ctx.db.targetingExclusion.groupBy({ by: ['reason'], where: { runId: run.id }, _count: { _all: true } }))
          .map((g) => ({ reason: g.reason, count: g._count._all }))
          .sort((x, y) => reasonOrder.indexOf(x.reason) - reasonOrder.indexOf(y.reason)),
    }),
    exclusions: t.relatedConnection('exclusions', {
      cursor: 'runId_contactId',
      maxSize: MAX_PAGE_SIZE,
      totalCount: true,
      description: 'Excluded candidates you may see, by contact id.',
      args: { reason: t.arg({ type: [ExclusionReasonEnum], required: false }) },
      query: (args, ctx) => ({
        where: { contact: contactRelation(ctx), ...(args.reason ? { reason: { in: [...args.reason] } } : {}) },
        orderBy: { contactId: 'asc' as const },
      }),
    }),
    targets: t.relatedConnection('targets', {
      cursor: 'id',
      maxSize: MAX_PAGE_SIZE,
      totalCount: true,
      description: 'Targets this run created that you may see (control group included, flagged inControlGroup).',
      query: (_a, ctx) => ({ where: { contact: contactRelation(ctx) }, orderBy: { id: 'asc' as const } }),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectFields('MarketingAction', (t) => ({
  priority: t.exposeInt('priority', {
    description: 'Under a pressure cap, the higher priority wins the contact (CAMPAIGNS.md).',
  }),
  segment: t.relation('segment', {
    nullable: true,
    description: 'The segment this action is meant for (reserves its slots for the priority rule).',
  }),
  targetingRuns: t.relatedConnection('targetingRuns', {
    cursor: 'id',
    totalCount: true,
    description: 'Targetings of this action, newest first.',
    query: () => ({ orderBy: { id: 'desc' as const } }),
  }),
}));

const TargetActionInput = builder.inputType('TargetActionInput', {
  fields: (t) => ({
    action: t.globalID(),
    segment: t.globalID({ required: false, description: 'Target the members of this segment...' }),
    contacts: t.globalIDList({ required: false, description: '...or these contacts (exactly one of the two).' }),
    controlGroupPercent: t.int({ required: false, description: "Share held out, 0 to 100; default: the action's." }),
    randomSeed: t.int({
      required: false,
      description: 'Seed of the control-group draw; default: random (recorded on the run).',
    }),
    dryRun: t.boolean({
      required: false,
      defaultValue: false,
      description: 'Compute and record the report, create no target.',
    }),
  }),
});

const ActionTargetingInput = builder.inputType('ActionTargetingInput', {
  fields: (t) => ({
    priority: t.int({ required: false, description: 'Higher wins under a pressure cap.' }),
    segment: t.globalID({ required: false, description: 'The segment the action is for; null to clear.' }),
  }),
});

builder.queryFields((t) => ({
  sendingList: t.prismaConnection({
    type: 'ActionTarget',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    description: 'The targets of an action to send to: control group left out (those rows stay, for uplift), by id.',
    authScopes: marketing,
    args: { actionId: t.arg.globalID() },
    totalCount: (_p, args, ctx) =>
      ctx.db.actionTarget.count({ where: sendingWhere(ctx, idFor('MarketingAction', args.actionId, ['actionId'])) }),
    resolve: (query, _p, args, ctx) =>
      ctx.db.actionTarget.findMany({
        ...query,
        where: sendingWhere(ctx, idFor('MarketingAction', args.actionId, ['actionId'])),
        orderBy: { id: 'asc' },
      }),
  }),
}));

/** Control group and untargeted responses (nobody to send to: they answered without being targeted) left out. */
const sendingWhere = (ctx: Context, actionId: number) => ({
  actionId,
  inControlGroup: false,
  untargeted: false,
  ...targetScope(ctx),
});

builder.mutationFields((t) => ({
  targetAction: t.prismaField({
    type: 'TargetingRun',
    description:
      'Targets an action from a segment or a list: consent, channel, restriction, pressure and priority rules applied, ' +
      'a control group held out; returns the run report (who was excluded and why).',
    authScopes: marketing,
    args: { input: t.arg({ type: TargetActionInput }) },
    resolve: async (query, _r, args, ctx) => {
      const i = args.input;
      const r = await runTargeting(ctx, {
        actionId: idFor('MarketingAction', i.action, ['input', 'action']),
        segmentId: i.segment ? idFor('Segment', i.segment, ['input', 'segment']) : null,
        contactIds: i.contacts ? i.contacts.map((c, n) => idFor('Contact', c, ['input', 'contacts', String(n)])) : null,
        ...(i.controlGroupPercent == null ? {} : { controlGroupPercent: i.controlGroupPercent }),
        randomSeed: i.randomSeed ?? null,
        dryRun: i.dryRun ?? false,
      });
      return ctx.db.targetingRun.findUniqueOrThrow({ ...query, where: { id: r.runId } });
    },
  }),
  updateActionTargeting: t.prismaField({
    type: 'MarketingAction',
    description: "Sets an action's priority and segment; `version` must be current (CONFLICT otherwise).",
    authScopes: marketing,
    args: { id: t.arg.globalID(), version: t.arg.int(), input: t.arg({ type: ActionTargetingInput }) },
    resolve: async (query, _r, args, ctx) => {
      const id = idFor('MarketingAction', args.id, ['id']);
      const data: { priority?: number; segmentId?: number | null } = {};
      if (args.input.priority != null) data.priority = args.input.priority;
      if (args.input.segment !== undefined) {
        const segmentId = args.input.segment ? idFor('Segment', args.input.segment, ['input', 'segment']) : null;
        if (segmentId !== null) await findSegment(ctx, segmentId);
        data.segmentId = segmentId;
      }
      await updateVersioned(
        ctx.db.marketingAction,
        'Marketing action',
        { id, ...actionScope(ctx) },
        args.version,
        data,
      );
      return ctx.db.marketingAction.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
