import { rereadFrom, versionedMutations } from '../../kernel/graphql/versioned-mutations.js';
import { filteredList, pagedList } from '../../kernel/graphql/connections.js';
import { builder } from '../../kernel/graphql/builder.js';
import { ApiError } from '../../kernel/errors.js';
import { WebhookDeliveryStatus, WebhookEventType } from '../../generated/sqlite/enums.js';
import { idFor, idsIn } from '../../kernel/graphql/global-id.js';
import { DateTimeRange, dateRange, oneOf } from '../../kernel/graphql/filters.js';
import { orderInput } from '../../kernel/graphql/order.js';
import { ping } from './webhook.delivery.js';
import {
  createSubscription,
  deleteSubscription,
  redeliver,
  rotateSecret,
  updateSubscription,
} from './webhook.service.js';

/** Webhooks are integration settings: administrators only, on every field. */
const admins = { roles: ['ADMIN' as const] };

export const WebhookEventTypeEnum = builder.enumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'An event other systems can subscribe to.',
});
export const WebhookDeliveryStatusEnum = builder.enumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });

/** A receiver of events. Its signing secret is never readable: it is shown once, at creation or rotation. */
export const WebhookSubscriptionRef = builder.prismaNode('WebhookSubscription', {
  id: { field: 'id' },
  authScopes: admins,
  nullable: true,
  description: 'Another system receiving events by HTTP POST, signed with a secret shown only at creation or rotation.',
  fields: (t) => ({
    name: t.exposeString('name'),
    url: t.exposeString('url'),
    brand: t.relation('brand', { nullable: true, description: "Only this brand's events; null: every brand." }),
    active: t.exposeBoolean('active', {
      description: 'An inactive subscription gets no new events; its pending deliveries wait.',
    }),
    events: t.field({
      type: [WebhookEventTypeEnum],
      select: { events: { select: { event: true } } },
      resolve: (s) => s.events.map((e) => e.event).sort(),
    }),
    createdBy: t.relation('createdBy', { nullable: true }),
    version: t.exposeInt('version', { description: 'Send it back with an update (optimistic concurrency).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.prismaObject('WebhookAttempt', {
  description: 'One try to deliver an event: the HTTP status (null: no answer), the error and how long it took.',
  fields: (t) => ({
    attempt: t.exposeInt('attempt', { description: '1 for the first try of the delivery, counting redeliveries.' }),
    attemptedAt: t.expose('attemptedAt', { type: 'DateTime' }),
    statusCode: t.exposeInt('statusCode', { nullable: true }),
    error: t.exposeString('error', { nullable: true }),
    durationMs: t.exposeInt('durationMs'),
  }),
});

/** One event for one subscription, with its delivery log. */
export const WebhookDeliveryRef = builder.prismaNode('WebhookDelivery', {
  id: { field: 'id' },
  authScopes: admins,
  nullable: true,
  fields: (t) => ({
    subscription: t.relation('subscription'),
    event: t.expose('event', { type: WebhookEventTypeEnum }),
    eventId: t.exposeString('eventId', { description: 'Sent as x-fidele-delivery; the receiver dedupes on it.' }),
    payload: t.string({
      description: 'The JSON body sent (ids and codes, no personal field).',
      select: { payload: true },
      resolve: (d) => JSON.stringify(d.payload),
    }),
    status: t.expose('status', { type: WebhookDeliveryStatusEnum }),
    attempts: t.exposeInt('attempts', { description: 'Attempts since it was queued (or redelivered).' }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime' }),
    lastStatusCode: t.exposeInt('lastStatusCode', { nullable: true }),
    lastError: t.exposeString('lastError', { nullable: true }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    log: t.relation('log', { description: 'Every attempt, oldest first.', query: { orderBy: { id: 'asc' } } }),
  }),
});

const SubscriptionFilter = builder.inputType('WebhookSubscriptionFilter', {
  fields: (t) => ({
    active: t.boolean({ required: false }),
    event: t.field({ type: [WebhookEventTypeEnum], required: false, description: 'Subscribed to any of these.' }),
  }),
});
const subscriptionOrder = orderInput('WebhookSubscription', { ID: 'id', NAME: 'name', CREATED_AT: 'createdAt' });

const DeliveryFilter = builder.inputType('WebhookDeliveryFilter', {
  fields: (t) => ({
    event: t.field({ type: [WebhookEventTypeEnum], required: false }),
    eventId: t.string({ required: false }),
    createdAt: t.field({ type: DateTimeRange, required: false }),
  }),
});
const deliveryOrder = orderInput('WebhookDelivery', {
  ID: 'id',
  CREATED_AT: 'createdAt',
  NEXT_ATTEMPT_AT: 'nextAttemptAt',
});

builder.queryFields((t) => ({
  webhookSubscriptions: t.prismaConnection({
    type: 'WebhookSubscription',
    authScopes: admins,
    ...filteredList(t.arg, {
      filter: SubscriptionFilter,
      order: subscriptionOrder,
      where: (_ctx, filter) => subscriptionWhere(filter),
      rows: (ctx) => ctx.db.webhookSubscription,
    }),
  }),
  webhookDeliveries: t.prismaConnection({
    type: 'WebhookDelivery',
    authScopes: admins,
    description: 'The delivery log, newest first unless sorted otherwise.',
    ...pagedList({
      args: {
        subscription: t.arg.globalIDList({ required: false }),
        status: t.arg({ type: [WebhookDeliveryStatusEnum], required: false }),
        filter: t.arg({ type: DeliveryFilter, required: false }),
        orderBy: t.arg({ type: [deliveryOrder.Input], required: false }),
      },
      where: (_ctx, args) => deliveryWhere(args),
      orderBy: (args) => (args.orderBy?.length ? deliveryOrder.toOrderBy(args.orderBy) : [{ id: 'desc' as const }]),
      rows: (ctx) => ctx.db.webhookDelivery,
    }),
  }),
}));

function subscriptionWhere(f: typeof SubscriptionFilter.$inferInput | null | undefined) {
  return { active: f?.active ?? undefined, events: f?.event ? { some: { event: { in: f.event } } } : undefined };
}

function deliveryWhere(args: {
  subscription?: readonly { typename: string; id: string }[] | null;
  status?: readonly WebhookDeliveryStatus[] | null;
  filter?: typeof DeliveryFilter.$inferInput | null;
}) {
  return {
    subscriptionId: idsIn('WebhookSubscription', args.subscription, ['subscription']),
    status: oneOf(args.status),
    event: oneOf(args.filter?.event),
    eventId: args.filter?.eventId ?? undefined,
    createdAt: dateRange(args.filter?.createdAt),
  };
}

const SubscriptionInput = builder.inputType('WebhookSubscriptionInput', {
  fields: (t) => ({
    name: t.string(),
    url: t.string({ description: 'Absolute http or https URL, without user name or password.' }),
    brand: t.globalID({ required: false, description: "Only this brand's events; absent: every brand." }),
    events: t.stringList({ description: 'WebhookEventType names; an unknown one is VALIDATION.' }),
    active: t.boolean({ required: false, description: 'Default true.' }),
  }),
});

const SubscriptionPatch = builder.inputType('WebhookSubscriptionPatch', {
  fields: (t) => ({
    name: t.string({ required: false }),
    url: t.string({ required: false }),
    brand: t.globalID({ required: false, description: 'Null: every brand.' }),
    events: t.stringList({ required: false, description: 'Replaces the set.' }),
    active: t.boolean({ required: false }),
  }),
});

const SubscriptionWithSecret = builder
  .objectRef<{ secret: string; subscription: { id: number } }>('WebhookSubscriptionWithSecret')
  .implement({
    fields: (t) => ({
      secret: t.exposeString('secret', {
        description: 'Signs every delivery (HMAC-SHA256). Shown this once: store it now.',
      }),
      subscription: t.prismaField({
        type: 'WebhookSubscription',
        resolve: (query, r, _args, ctx) =>
          ctx.db.webhookSubscription.findUniqueOrThrow({ ...query, where: { id: r.subscription.id } }),
      }),
    }),
  });

const PingResult = builder
  .objectRef<{ statusCode: number | null; error: string | null; durationMs: number }>('WebhookPingResult')
  .implement({
    description: "A signed test request's outcome (event PING; nothing is stored).",
    fields: (t) => ({
      ok: t.boolean({ resolve: (r) => r.error === null }),
      statusCode: t.exposeInt('statusCode', { nullable: true }),
      error: t.exposeString('error', { nullable: true }),
      durationMs: t.exposeInt('durationMs'),
    }),
  });

const subscriptionId = (id: { typename: string; id: string }) => idFor('WebhookSubscription', id, ['id']);

versionedMutations({
  type: 'WebhookSubscription',
  authScopes: admins,
  reread: rereadFrom((ctx) => ctx.db.webhookSubscription),
  update: { input: SubscriptionPatch, run: updateSubscription },
  delete: { description: 'Deletes the subscription, its pending deliveries and its log.', run: deleteSubscription },
});

builder.mutationFields((t) => ({
  createWebhookSubscription: t.field({
    type: SubscriptionWithSecret,
    authScopes: admins,
    description: 'Subscribes a URL to events; the answer is the only time the signing secret is shown.',
    args: { input: t.arg({ type: SubscriptionInput }) },
    resolve: (_root, args, ctx) => createSubscription(ctx, args.input),
  }),
  rotateWebhookSecret: t.field({
    type: SubscriptionWithSecret,
    authScopes: admins,
    description: 'Replaces the signing secret; the new one is shown this once.',
    args: { id: t.arg.globalID(), version: t.arg.int() },
    resolve: (_root, args, ctx) => rotateSecret(ctx, subscriptionId(args.id), args.version),
  }),
  pingWebhook: t.field({
    type: PingResult,
    authScopes: admins,
    description: 'Sends a signed PING event to the subscription now and reports the answer.',
    args: { id: t.arg.globalID() },
    resolve: async (_root, args, ctx) => {
      const outcome = await ping(ctx.db, subscriptionId(args.id), ctx.now);
      if (!outcome) throw new ApiError('NOT_FOUND', 'Webhook subscription not found.');
      return outcome;
    },
  }),
  redeliverWebhook: t.prismaField({
    type: 'WebhookDelivery',
    authScopes: admins,
    description:
      'Queues a delivery again (failed or delivered), due now, with a fresh budget of attempts and the same event id.',
    args: { id: t.arg.globalID() },
    resolve: async (query, _root, args, ctx) => {
      const id = idFor('WebhookDelivery', args.id, ['id']);
      await redeliver(ctx, id);
      return ctx.db.webhookDelivery.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
