import { encodeGlobalID } from '@pothos/plugin-relay';
import { filteredList } from '../../kernel/graphql/connections.js';
import { builder } from '../../kernel/graphql/builder.js';
import { ResponseChannelEnum } from '../../kernel/graphql/enums.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import { targetList, targetScope } from './target.filter.js';
import {
  clearResponse,
  deleteTarget,
  recordResponse,
  recordResponseByCode,
  targetContacts,
  type ResponseReceipt,
  type TargetContactsResult,
} from './target.service.js';

const responseDelayDays = (x: { respondedAt: Date | null; targetedAt: Date }) =>
  x.respondedAt ? (x.respondedAt.getTime() - x.targetedAt.getTime()) / 86_400_000 : null;

/**
 * A contact targeted by an action, with its response (*remontée*) and conversion (*transformation*). Visible when
 * both its contact and its action are.
 */
export const ActionTargetRef = builder.prismaNode('ActionTarget', {
  id: { field: 'id' },
  // Only the columns the query asks for (plus those a field declares): kernel/KERNEL.md, "Reads".
  select: { id: true },
  authScopes: { authenticated: true },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), ...targetScope(ctx) }),
  fields: (t) => ({
    action: t.relation('action'),
    contact: t.relation('contact'),
    targetedAt: t.expose('targetedAt', { type: 'DateTime' }),
    respondedAt: t.expose('respondedAt', { type: 'DateTime', nullable: true }),
    responded: t.boolean({ select: { respondedAt: true }, resolve: (x) => x.respondedAt !== null }),
    responseChannel: t.expose('responseChannel', { type: ResponseChannelEnum, nullable: true }),
    responseDelayDays: t.float({
      nullable: true,
      description: 'Days from targeting to response (*délai de remontée*).',
      select: { respondedAt: true, targetedAt: true },
      resolve: responseDelayDays,
    }),
    converted: t.boolean({ select: { conversionSaleId: true }, resolve: (x) => x.conversionSaleId !== null }),
    conversionSale: t.relation('conversionSale', {
      nullable: true,
      description: 'The sale that converted this target.',
    }),
    inControlGroup: t.exposeBoolean('inControlGroup'),
    untargeted: t.exposeBoolean('untargeted', {
      description:
        'A response from a contact the action did not target (press coupon, web form, event): targetedAt is the ' +
        'response time; counted apart from the targets.',
    }),
    version: t.exposeInt('version', { description: 'Send it back with recordResponse (optimistic concurrency).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

/** Where a contact stands with one action: what its synoptic row shows. */
export const SynopticStateEnum = builder.enumType('SynopticState', {
  description: 'Where a contact stands with an action, as the synoptic table shows it (the furthest step reached).',
  values: {
    HELD_OUT: { description: 'In the control group: held out, sent nothing (counted for uplift only).' },
    TARGETED: { description: 'Targeted (sent the action), no response yet.' },
    RESPONDED: { description: 'Responded, not converted.' },
    CONVERTED: { description: 'A sale converted this target.' },
  } as const,
});

type SynopticRowFacts = { inControlGroup: boolean; respondedAt: Date | null; conversionSaleId: number | null };
const synopticState = (x: SynopticRowFacts) =>
  x.inControlGroup
    ? ('HELD_OUT' as const)
    : x.conversionSaleId !== null
      ? ('CONVERTED' as const)
      : x.respondedAt !== null
        ? ('RESPONDED' as const)
        : ('TARGETED' as const);

/**
 * One line of a contact's synoptic view: an action it was targeted by, with ticks for targeted, responded and
 * converted (a table of check boxes, one row per action).
 */
export const SynopticRowRef = builder.prismaObject('ActionTarget', {
  variant: 'SynopticRow',
  description: "One row of a contact's synoptic view: an action it was targeted by and what came of it.",
  fields: (t) => ({
    action: t.relation('action'),
    target: t.variant(ActionTargetRef, { description: 'The target row itself (dates, channel, conversion sale).' }),
    targeted: t.boolean({
      description:
        'Whether the action reached the contact: false for a member of its control group (held out, sent nothing) ' +
        'and for a response without targeting (`untargeted`).',
      select: { inControlGroup: true, untargeted: true },
      resolve: (x) => !x.inControlGroup && !x.untargeted,
    }),
    untargeted: t.exposeBoolean('untargeted', {
      description: 'Responded without being targeted (press coupon, web form, event).',
    }),
    heldOut: t.boolean({
      description: "In the action's control group: held out, sent nothing (counted for uplift only).",
      select: { inControlGroup: true },
      resolve: (x) => x.inControlGroup,
    }),
    state: t.field({
      type: SynopticStateEnum,
      description: 'The furthest step reached: HELD_OUT for the control group, else TARGETED, RESPONDED or CONVERTED.',
      select: { inControlGroup: true, respondedAt: true, conversionSaleId: true },
      resolve: synopticState,
    }),
    responded: t.boolean({ select: { respondedAt: true }, resolve: (x) => x.respondedAt !== null }),
    converted: t.boolean({ select: { conversionSaleId: true }, resolve: (x) => x.conversionSaleId !== null }),
    targetedAt: t.expose('targetedAt', { type: 'DateTime' }),
    respondedAt: t.expose('respondedAt', { type: 'DateTime', nullable: true }),
    responseChannel: t.expose('responseChannel', { type: ResponseChannelEnum, nullable: true }),
  }),
});

builder.queryFields((t) => ({
  actionTargets: t.prismaConnection({
    type: 'ActionTarget',
    description: 'Targets you may see (contact and action both visible), filtered and sorted.',
    authScopes: { authenticated: true },
    ...filteredList(t.arg, {
      ...targetList,
      rows: (ctx) => ctx.db.actionTarget,
    }),
  }),
}));

const TargetContactsResultRef = builder.objectRef<TargetContactsResult>('TargetContactsResult').implement({
  description:
    'What targetContacts did: the targets it created, those that already existed, and the contacts the rules excluded.',
  fields: (t) => ({
    created: t.prismaField({
      type: ['ActionTarget'],
      resolve: (query, r, _args, ctx) =>
        ctx.db.actionTarget.findMany({ ...query, where: { id: { in: r.created } }, orderBy: { id: 'asc' } }),
    }),
    alreadyTargeted: t.prismaField({
      type: ['ActionTarget'],
      description: 'Contacts of the list the action had already targeted: reported, not duplicated.',
      resolve: (query, r, _args, ctx) =>
        ctx.db.actionTarget.findMany({ ...query, where: { id: { in: r.alreadyTargeted } }, orderBy: { id: 'asc' } }),
    }),
    excluded: t.prismaField({
      type: ['TargetingExclusion'],
      description:
        'Contacts of the list not targeted because a rule of targetAction excludes them (channel opt-out, no address ' +
        'on the channel, pressure cap, a higher-priority action), with the reason.',
      // Without a run (every contact was targeted already) the query matches nothing, and is still the one asked.
      resolve: (query, r, _args, ctx) =>
        ctx.db.targetingExclusion.findMany({
          ...query,
          where: { runId: r.runId ?? -1, reason: { not: 'ALREADY_TARGETED' } },
          orderBy: { contactId: 'asc' },
        }),
    }),
  }),
});

const ResponseReceiptRef = builder.objectRef<ResponseReceipt>('ResponseReceipt').implement({
  description: 'What recordActionResponse recorded.',
  fields: (t) => ({
    actionCode: t.exposeString('actionCode'),
    contactId: t.id({ resolve: (r) => encodeGlobalID('Contact', r.contactId) }),
    channel: t.expose('channel', { type: ResponseChannelEnum }),
    respondedAt: t.expose('respondedAt', { type: 'DateTime' }),
    alreadyRecorded: t.exposeBoolean('alreadyRecorded', {
      description: 'True when this exact response was already recorded (a retry).',
    }),
  }),
});

const marketing = { roles: ['ADMIN', 'MARKETING'] as Role[] };
const responders = { roles: ['ADMIN', 'MARKETING', 'SALES', 'SUPPORT'] as Role[] };

/** The rules of targetContacts, as its GraphQL description says them. */
const targetContactsDescription =
  'Targets contacts with an action under the rules of targetAction. A contact not found, deleted, of another brand ' +
  'or without consent refuses the whole list; one the channel or pressure rules exclude is reported in `excluded`; ' +
  'one already targeted is reported, not duplicated.';

builder.mutationFields((t) => ({
  targetContacts: t.field({
    type: TargetContactsResultRef,
    description: targetContactsDescription,
    authScopes: marketing,
    args: {
      actionId: t.arg.globalID(),
      contactIds: t.arg.globalIDList(),
      targetedAt: t.arg({ type: 'DateTime', required: false, description: 'Defaults to now.' }),
    },
    resolve: (_root, args, ctx) =>
      targetContacts(
        ctx,
        idFor('MarketingAction', args.actionId, ['actionId']),
        args.contactIds.map((g, i) => idFor('Contact', g, ['contactIds', String(i)])),
        args.targetedAt,
      ),
  }),
  recordResponse: t.prismaField({
    type: 'ActionTarget',
    description: 'Records that a target responded, on a channel the action offers; `version` must be current.',
    authScopes: responders,
    args: {
      targetId: t.arg.globalID(),
      channel: t.arg({ type: ResponseChannelEnum }),
      respondedAt: t.arg({ type: 'DateTime' }),
      version: t.arg.int(),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = idFor('ActionTarget', args.targetId, ['targetId']);
      await recordResponse(ctx, id, args.channel, args.respondedAt, args.version);
      return ctx.db.actionTarget.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  recordActionResponse: t.field({
    type: ResponseReceiptRef,
    description:
      'Records a response brought back with the action code every medium carries (a coupon, a call quoting the code). ' +
      'Open to partners for the contacts they may see; retrying the same response changes nothing.',
    authScopes: { ...responders, partner: true },
    args: {
      actionCode: t.arg.string(),
      contactId: t.arg.globalID(),
      channel: t.arg({ type: ResponseChannelEnum }),
      respondedAt: t.arg({ type: 'DateTime' }),
    },
    resolve: (_root, args, ctx) =>
      recordResponseByCode(
        ctx,
        args.actionCode,
        idFor('Contact', args.contactId, ['contactId']),
        args.channel,
        args.respondedAt,
      ),
  }),
  clearResponse: t.prismaField({
    type: 'ActionTarget',
    description: 'Clears a response recorded by mistake (not on a converted target).',
    authScopes: responders,
    args: { targetId: t.arg.globalID(), version: t.arg.int() },
    resolve: async (query, _root, args, ctx) => {
      const id = idFor('ActionTarget', args.targetId, ['targetId']);
      await clearResponse(ctx, id, args.version);
      return ctx.db.actionTarget.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  deleteActionTarget: t.field({
    type: 'ID',
    description: "Removes a contact from an action's targets (not once converted) and returns the target's id.",
    authScopes: marketing,
    args: { id: t.arg.globalID(), version: t.arg.int() },
    resolve: async (_root, args, ctx) => {
      const id = idFor('ActionTarget', args.id, ['id']);
      await deleteTarget(ctx, id, args.version);
      return encodeGlobalID('ActionTarget', id);
    },
  }),
}));
