import { builder } from '../../kernel/graphql/builder.js';
import { ContactKindEnum } from '../../kernel/graphql/enums.js';
import type { DueItem } from './retention.due.js';
import type { RulePlan, RetentionPlan as Plan } from './retention.plan.js';
import { retentionPlan } from './retention.plan.js';
import { listRetentionRules, setRetentionRule, MONTHS_MAX, MONTHS_MIN, type RuleRow } from './retention.rules.js';
import { startRetentionPurge } from './retention.service.js';

const admins = { roles: ['ADMIN' as const] };

const RetentionRuleRef = builder.objectRef<RuleRow>('RetentionRule').implement({
  description:
    'How long data is kept without activity: a contact kind (the contact is anonymised) or a purpose (the consent ' +
    'lapses). Admins only.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: ContactKindEnum, nullable: true, resolve: (r) => r.contactKind }),
    purpose: t.string({ nullable: true, description: 'The purpose code.', resolve: (r) => r.purpose?.code ?? null }),
    months: t.exposeInt('months', { description: `Months without activity, ${MONTHS_MIN} to ${MONTHS_MAX}.` }),
    active: t.exposeBoolean('active'),
    version: t.exposeInt('version'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const RetentionPlanItem = builder.objectRef<DueItem>('RetentionPlanItem').implement({
  description: 'A contact (or its consent) due for the purge: ids, kind and dates only.',
  fields: (t) => ({
    contactId: t.globalID({ resolve: (d) => ({ type: 'Contact', id: d.contactId }) }),
    kind: t.field({ type: ContactKindEnum, resolve: (d) => d.kind }),
    lastActivityAt: t.expose('lastActivityAt', { type: 'DateTime' }),
    purgeAt: t.expose('purgeAt', { type: 'DateTime', description: 'When its period runs out.' }),
  }),
});

const RetentionRulePlan = builder.objectRef<RulePlan>('RetentionRulePlan').implement({
  fields: (t) => ({
    rule: t.field({ type: RetentionRuleRef, resolve: (p) => p.rule }),
    dueNow: t.exposeInt('dueNow', { description: 'Due on asOf: what a purge that day erases or lapses.' }),
    dueWithinHorizon: t.exposeInt('dueWithinHorizon', {
      description: 'Due by the end of the horizon (dueNow included).',
    }),
    items: t.field({ type: [RetentionPlanItem], description: 'The soonest, by purge date.', resolve: (p) => p.items }),
  }),
});

const RetentionPlanRef = builder.objectRef<Plan>('RetentionPlan').implement({
  description: 'The dry run: what the retention rules will purge, and when.',
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'DateTime' }),
    horizonEnd: t.expose('horizonEnd', { type: 'DateTime' }),
    rules: t.field({ type: [RetentionRulePlan], resolve: (p) => p.rules }),
  }),
});

interface ReportRule {
  rule: string;
  months: number;
  due: number;
  truncated: boolean;
}

const RetentionPurgeRule = builder.objectRef<ReportRule>('RetentionPurgeRule').implement({
  fields: (t) => ({
    rule: t.exposeString('rule', { description: 'kind:PROSPECT or purpose:tracking.' }),
    months: t.exposeInt('months'),
    due: t.exposeInt('due'),
  }),
});

builder.prismaObject('RetentionPurge', {
  authScopes: admins,
  description: 'One run of the retention purge, dry or real: its counts, per rule, and its state. Admins only.',
  fields: (t) => ({
    id: t.exposeID('id'),
    dryRun: t.exposeBoolean('dryRun'),
    asOf: t.expose('asOf', { type: 'DateTime' }),
    state: t.exposeString('state', { description: 'RUNNING, SUCCEEDED or FAILED.' }),
    contactsDue: t.exposeInt('contactsDue'),
    contactsErased: t.exposeInt('contactsErased'),
    consentsDue: t.exposeInt('consentsDue'),
    consentsExpired: t.exposeInt('consentsExpired'),
    rules: t.field({
      type: [RetentionPurgeRule],
      select: { report: true },
      resolve: (p) => ((p.report as { rules?: ReportRule[] } | null)?.rules ?? []) as ReportRule[],
    }),
    requestedBy: t.relation('requestedBy', { nullable: true, description: 'Null for the daily job.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  retentionRules: t.field({
    type: [RetentionRuleRef],
    authScopes: admins,
    description: 'The retention rules, by contact kind then by purpose (the defaults created if missing). Admins only.',
    resolve: (_root, _args, ctx) => listRetentionRules(ctx),
  }),
  retentionPlan: t.field({
    type: RetentionPlanRef,
    authScopes: admins,
    description:
      'Dry run of the retention purge: per active rule, the count due on asOf and the soonest contacts due within ' +
      'the horizon (ids, kinds, dates). Writes nothing. Admins only.',
    args: {
      asOf: t.arg({ type: 'DateTime', required: false, description: 'Default: now.' }),
      horizonDays: t.arg.int({ required: false, description: 'Days ahead, 0 to 3660. Default 90.' }),
      first: t.arg.int({ required: false, description: 'Contacts listed per rule, at most 500. Default 50.' }),
    },
    resolve: (_root, args, ctx) => retentionPlan(ctx, args),
  }),
  retentionPurges: t.prismaField({
    type: ['RetentionPurge'],
    authScopes: admins,
    description: 'Runs of the retention purge, the latest started first. Admins only.',
    args: { first: t.arg.int({ required: false, description: 'At most 100. Default 20.' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.retentionPurge.findMany({
        ...query,
        orderBy: { id: 'desc' },
        take: Math.min(Math.max(args.first ?? 20, 0), 100),
      }),
  }),
}));

builder.mutationFields((t) => ({
  setRetentionRule: t.field({
    type: RetentionRuleRef,
    authScopes: admins,
    description:
      'Sets the rule of a contact kind or of a purpose (one of them): months without activity (1 to 240) and ' +
      'whether it applies. Audited. Admins only.',
    args: {
      kind: t.arg({ type: ContactKindEnum, required: false }),
      purpose: t.arg.string({ required: false, description: 'A purpose code.' }),
      months: t.arg.int(),
      active: t.arg.boolean(),
    },
    resolve: (_root, args, ctx) => setRetentionRule(ctx, args),
  }),
  startRetentionPurge: t.prismaField({
    type: 'RetentionPurge',
    authScopes: admins,
    description:
      'Runs the retention purge now: a dry run records what is due and answers it; a real run answers RUNNING at ' +
      'once and, in the background, lapses the due consents and erases the due contacts (the erasure of a subject ' +
      'request), its counters moving per batch (poll `retentionPurges`). Audited. Admins only.',
    args: { dryRun: t.arg.boolean() },
    resolve: async (query, _root, args, ctx) => {
      const run = await startRetentionPurge(ctx, { dryRun: args.dryRun });
      return ctx.db.retentionPurge.findUniqueOrThrow({ ...query, where: { id: run.id } });
    },
  }),
}));
