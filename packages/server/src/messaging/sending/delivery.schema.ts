import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import * as E from '../../generated/sqlite/enums.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { ActionMediumEnum } from '../../kernel/graphql/enums.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import { MAX_PAGE_SIZE } from '../../kernel/graphql/page-size.js';
import { contactRelation } from '../../privacy/access/contact-access.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';
import { deliverySummaries, type DeliverySummary } from './delivery.summary.js';
import { queueSend } from './send.service.js';

/** Who may send an action and read its delivery log: the roles that may target it. */
const marketing = { roles: ['ADMIN', 'MARKETING'] as Role[] };
/** Who may read a send's progress (counts only): the readers of action figures. */
const readers = { roles: ['ADMIN', 'MARKETING', 'ANALYST'] as Role[] };

export const DeliveryStatusEnum = builder.enumType(E.DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'Where one message of an action stands (MESSAGING.md, "Sending").',
});

/** Deliveries are visible when both their contact and their action are (a hidden contact's is a missing row). */
export const deliveryScope = (ctx: Context) => ({ contact: contactRelation(ctx), action: actionScope(ctx) });

/** One message of an action to one target, and what became of it. */
export const MessageDeliveryRef = builder.prismaNode('MessageDelivery', {
  id: { field: 'id' },
  select: { id: true },
  authScopes: marketing,
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), ...deliveryScope(ctx) }),
  fields: (t) => ({
    action: t.relation('action'),
    contact: t.relation('contact'),
    medium: t.expose('medium', { type: ActionMediumEnum }),
    status: t.expose('status', { type: DeliveryStatusEnum }),
    reason: t.exposeString('reason', {
      nullable: true,
      description:
        'Stable code of a SKIPPED or FAILED delivery: a targeting rule (NO_CONSENT, CHANNEL_OPT_OUT, ' +
        'NO_CHANNEL_ADDRESS, RESTRICTED, OUT_OF_SCOPE), a render refusal (NO_MESSAGE, NOT_FOUND), a final refusal ' +
        'of the server (SMTP_550, ...), MAX_ATTEMPTS or NO_ADAPTER; HARD_BOUNCE for a bounce.',
    }),
    detail: t.exposeString('detail', {
      nullable: true,
      description: "The provider's last answer (addresses removed).",
    }),
    attempts: t.exposeInt('attempts'),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', nullable: true }),
    queuedAt: t.expose('queuedAt', { type: 'DateTime' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
    bouncedAt: t.expose('bouncedAt', { type: 'DateTime', nullable: true }),
    complainedAt: t.expose('complainedAt', { type: 'DateTime', nullable: true }),
    openedAt: t.expose('openedAt', { type: 'DateTime', nullable: true }),
    clickedAt: t.expose('clickedAt', { type: 'DateTime', nullable: true }),
  }),
});

const DeliverySummaryRef = builder.objectRef<DeliverySummary>('DeliverySummary').implement({
  description: "Counts of an action's deliveries: its send's progress and results.",
  fields: (t) => ({
    total: t.exposeInt('total'),
    queued: t.exposeInt('queued'),
    sent: t.exposeInt('sent'),
    delivered: t.exposeInt('delivered'),
    bounced: t.exposeInt('bounced'),
    complained: t.exposeInt('complained'),
    failed: t.exposeInt('failed'),
    skipped: t.exposeInt('skipped'),
    opened: t.exposeInt('opened', { description: 'Opened at least once (tracked only with consent).' }),
    clicked: t.exposeInt('clicked', { description: 'Clicked at least once (tracked only with consent).' }),
    done: t.exposeBoolean('done', { description: 'Every delivery has its outcome (nothing QUEUED).' }),
  }),
});

builder.prismaObjectFields('MarketingAction', (t) => ({
  deliverySummary: t.field({
    type: DeliverySummaryRef,
    authScopes: readers,
    description: "The send's progress and results, counted over every delivery of the action.",
    select: { id: true },
    resolve: (action, _args, ctx) => deliverySummaries(ctx).load(action.id),
  }),
  deliveries: t.relatedConnection('deliveries', {
    authScopes: marketing,
    cursor: 'id',
    totalCount: true,
    maxSize: MAX_PAGE_SIZE,
    description: 'The delivery log, by id; only deliveries to contacts you may see.',
    args: { status: t.arg({ type: [DeliveryStatusEnum], required: false }) },
    query: (args, ctx) => ({
      where: { ...deliveryScope(ctx), ...(args.status?.length ? { status: { in: args.status } } : {}) },
      orderBy: { id: 'asc' as const },
    }),
  }),
}));

builder.mutationFields((t) => ({
  sendAction: t.prismaField({
    type: 'MarketingAction',
    description:
      'Sends the action: one delivery per target (control group and untargeted responses left out) that has none ' +
      'yet, sent by a throttled background job that applies the targeting rules again at send time. Sending again ' +
      'sends only to targets added since. Follow it with `deliverySummary`.',
    authScopes: marketing,
    args: { action: t.arg.globalID() },
    resolve: async (query, _r, args, ctx) => {
      const id = idFor('MarketingAction', args.action, ['action']);
      await queueSend(ctx, id);
      return ctx.db.marketingAction.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
