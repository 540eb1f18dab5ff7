import { randomBytes } from 'node:crypto';
import type { Context } from '../../kernel/context.js';
import { ApiError } from '../../kernel/errors.js';
import { WebhookEventType } from '../../generated/sqlite/enums.js';
import { type DecodedGlobalId, idFor } from '../../kernel/graphql/global-id.js';
import { isBlank, Problems } from '../../kernel/validate.js';
import { deleteVersioned, updateVersioned } from '../../kernel/versioned-update.js';
import { checkTarget, type TargetPolicy, type TargetProblem } from './webhook.target.js';
import { type FieldMessage, type FieldMessageCode, fieldMessage } from '../../kernel/field-messages.js';

export const webhookEventTypes = Object.values(WebhookEventType);

export interface SubscriptionWrite {
  name?: string | null;
  url?: string | null;
  brand?: DecodedGlobalId | null;
  /** Event names; checked here (not by a GraphQL enum) so that an unknown one is a VALIDATION error with its path. */
  events?: readonly string[] | null;
  active?: boolean | null;
}

/** A new signing secret: 32 random bytes, prefixed so that it is recognisable in a receiver's configuration. */
export const newSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

/** Problem with a receiver URL, or null: absolute http(s), no user name or password in it (secrets go in the signature). */
export function urlProblem(raw: string): FieldMessage | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fieldMessage('NOT_ABSOLUTE_URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fieldMessage('HTTP_URL_ONLY');
  if (url.username || url.password) return fieldMessage('URL_WITH_CREDENTIALS');
  if (raw.length > 2000) return fieldMessage('TOO_LONG', { max: 2000 });
  return null;
}

/**
 * Problem with where a receiver URL leads, or null: it must lead to public addresses unless allow-listed
 * (webhook.target.ts). Checked here and again at each delivery, since a name can change address in between.
 */
async function targetProblem(url: string, targets?: TargetPolicy): Promise<FieldMessage | null> {
  const checked = await checkTarget(url, targets);
  return checked.ok ? null : fieldMessage(targetRefusals[checked.problem]);
}

/** A code per refusal, so that the admin words each one (a problem's English text given as a parameter could not). */
const targetRefusals = {
  'not an absolute URL': 'NOT_ABSOLUTE_URL',
  'not a public address': 'RECEIVER_NOT_PUBLIC',
  'the host name does not resolve': 'RECEIVER_UNRESOLVED',
  'the host name resolves to a non-public address': 'RECEIVER_RESOLVES_PRIVATE',
} as const satisfies Record<TargetProblem, FieldMessageCode>;

async function prepare(ctx: Context, input: SubscriptionWrite, creating: boolean, targets?: TargetPolicy) {
  const p = new Problems();
  for (const f of ['name', 'url', 'events', 'active'] as const)
    if (input[f] === null || (creating && input[f] === undefined && f !== 'active')) p.add(f, fieldMessage('REQUIRED'));
  if (input.name != null)
    p.check(
      !isBlank(input.name) && input.name.length <= 200,
      'name',
      fieldMessage('NAME_LENGTH', { min: 1, max: 200 }),
    );
  if (input.url != null)
    p.addIf('url', urlProblem(input.url.trim()) ?? (await targetProblem(input.url.trim(), targets)));
  if (input.events != null) {
    p.check(input.events.length > 0, 'events', fieldMessage('EVENT_REQUIRED'));
    input.events.forEach((e, i) =>
      p.check(
        (webhookEventTypes as string[]).includes(e),
        `events.${i}`,
        fieldMessage('UNKNOWN_EVENT', { events: webhookEventTypes.join(', ') }),
      ),
    );
  }
  const brandId = input.brand ? idFor('Brand', input.brand, ['input', 'brand']) : input.brand;
  if (brandId)
    p.check((await ctx.db.brand.count({ where: { id: brandId } })) === 1, 'brand', fieldMessage('UNKNOWN_BRAND'));
  p.throwIfAny();
  const data: Record<string, unknown> = {};
  if (input.name != null) data.name = input.name.trim();
  if (input.url != null) data.url = input.url.trim();
  if (brandId !== undefined) data.brandId = brandId;
  if (input.active != null) data.active = input.active;
  const events = input.events
    ? [...new Set(input.events)].map((event) => ({ event: event as WebhookEventType }))
    : undefined;
  return { data, events };
}

/** Creates a subscription with a fresh secret, returned this once (it is never readable afterwards). */
export async function createSubscription(ctx: Context, input: SubscriptionWrite, targets?: TargetPolicy) {
  const { data, events } = await prepare(ctx, input, true, targets);
  const secret = newSecret();
  const subscription = await ctx.db.webhookSubscription.create({
    data: {
      ...(data as { name: string; url: string }),
      secret,
      createdById: ctx.principal?.kind === 'staff' ? ctx.principal.userId : null,
      events: { create: events },
    },
    select: { id: true },
  });
  return { secret, subscription };
}

/** Changes the given fields if `version` is current; `events`, when given, replace the set. */
export async function updateSubscription(
  ctx: Context,
  id: number,
  version: number,
  input: SubscriptionWrite,
  targets?: TargetPolicy,
) {
  const { data, events } = await prepare(ctx, input, false, targets);
  await ctx.db.$transaction(async (tx) => {
    await updateVersioned(tx.webhookSubscription, 'Webhook subscription', { id }, version, data);
    if (events) {
      await tx.webhookSubscriptionEvent.deleteMany({ where: { subscriptionId: id } });
      await tx.webhookSubscriptionEvent.createMany({ data: events.map((e) => ({ ...e, subscriptionId: id })) });
    }
  });
}

/**
 * Replaces the secret (when it leaked, or on a schedule): deliveries sent from now on are signed with the new one,
 * which is returned this once.
 */
export async function rotateSecret(ctx: Context, id: number, version: number) {
  const secret = newSecret();
  await updateVersioned(ctx.db.webhookSubscription, 'Webhook subscription', { id }, version, { secret });
  return { secret, subscription: { id } };
}

/** Deletes a subscription with its pending deliveries and delivery log. */
export async function deleteSubscription(ctx: Context, id: number, version: number) {
  await deleteVersioned(ctx.db.webhookSubscription, 'Webhook subscription', { id }, version);
}

/**
 * Queues a delivery again, whatever its state (failed after its last attempt, or delivered but lost by the
 * receiver): it is due at once with a fresh budget of attempts, under the same event id so that the receiver can
 * dedupe. The log keeps every earlier attempt.
 */
export async function redeliver(ctx: Context, id: number) {
  const { count } = await ctx.db.webhookDelivery.updateMany({
    where: { id },
    data: { status: 'PENDING', attempts: 0, nextAttemptAt: ctx.now, deliveredAt: null },
  });
  if (count === 0) throw new ApiError('NOT_FOUND', 'Webhook delivery not found.');
}
