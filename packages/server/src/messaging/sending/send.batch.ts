import type { Context } from '../../kernel/context.js';
import type { RequestPurpose } from '../../kernel/purpose.js';
import type { ActionMedium } from '../../generated/sqlite/enums.js';
import { contactRules } from '../../campaigns/targeting/targeting.decide.js';
import type { Tx } from '../../campaigns/targeting/pressure.rules.js';
import { contacts, purposeConsent } from '../../privacy/access/contact-access.js';
import { withPurpose } from '../../privacy/access/system.js';
import { PermanentSendError, type ChannelAdapter } from '../channels/channel.js';
import { renderForContact } from '../messages/render.js';
import type { MessagingSettings } from '../settings.js';
import { composeMessage } from './send.compose.js';
import { retryAt, type SendSettings } from './send.settings.js';

/** The action as the send job reads it once per run. */
export interface SendingAction {
  id: number;
  brandId: number | null;
  medium: ActionMedium;
  requiredPurposeId: number;
  sender: string | null;
  /** The action's required purpose, resolved in the tree (consent is checked against it at send time). */
  purpose: RequestPurpose | null;
  /** The `tracking` purpose, or null when the deployment has none (then nothing is ever tracked). */
  tracking: RequestPurpose | null;
}

export interface QueuedDelivery {
  id: number;
  contactId: number;
  attempts: number;
}

export interface BatchDeps {
  adapter: ChannelAdapter | null;
  messaging: MessagingSettings;
  send: SendSettings;
}

/** A delivery's outcome, written in one update. */
type Outcome =
  | { status: 'SENT'; providerMessageId: string; detail: string | null }
  | { status: 'SKIPPED' | 'FAILED'; reason: string; detail: string | null; tried: boolean }
  | { status: 'QUEUED'; nextAttemptAt: Date; detail: string | null };

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** A provider's answer as the delivery log keeps it: one line, 500 characters, no address (it names the contact). */
const scrub = (s: string | null | undefined): string | null =>
  s ? s.split('\n')[0]!.slice(0, 500).replace(EMAIL, '[email]') : null;

/**
 * Sends one batch of QUEUED deliveries of an action at `ctx.now` (a system context). The targeting engine's rules
 * about the contact are applied again first (`contactRules`: restriction, brand, consent to the action's purpose,
 * channel opt-out, address), then the message is rendered (`renderForContact`: consent to merge, address valid);
 * a contact either refuses is SKIPPED with the stable reason, the others are sent through the adapter. Every
 * delivery ends the batch with one conditional update (nothing half-way; a delivery another run already moved is
 * left to it). Returns how many were sent.
 */
export async function sendBatch(
  ctx: Context,
  action: SendingAction,
  batch: readonly QueuedDelivery[],
  deps: BatchDeps,
): Promise<number> {
  const ids = batch.map((d) => d.contactId);
  const candidates = await contacts(ctx).findMany({
    where: { id: { in: ids } },
    select: { id: true, brandId: true, deletedAt: true, mergedIntoId: true, erasedAt: true },
  });
  // As targeting does: the rules read the addresses under the action's purpose (decideCtx in targeting.service).
  const ruled = await contactRules(
    withPurpose(ctx, action.purpose),
    ctx.db,
    action,
    ctx.now,
    action.purpose,
    candidates,
  );
  const tracked = action.tracking
    ? new Set(await contacts(ctx).ids({ AND: [{ id: { in: ids } }, purposeConsent(action.tracking, ctx.now)] }))
    : new Set<number>();
  const present = new Set(candidates.map((c) => c.id));
  const outcomes = await Promise.all(
    batch.map(async (d): Promise<[QueuedDelivery, Outcome]> => {
      const rule = present.has(d.contactId) ? ruled.get(d.contactId) : { reason: 'NOT_FOUND', detail: 'contact' };
      if (rule) return [d, { status: 'SKIPPED', reason: rule.reason, detail: rule.detail, tried: false }];
      return [d, await deliverOne(ctx, action, d, tracked.has(d.contactId), deps)];
    }),
  );
  // One commit per batch (each delivery still one conditional update): a commit per message would cost more than
  // the message. A crash before it sends the batch again, under the same Message-IDs (at least once).
  // Prisma's defaults (2 s to get a connection, 5 s to run) are short for a busy pool: the batch is already sent.
  return ctx.db.$transaction(
    async (tx) => {
      let n = 0;
      for (const [d, o] of outcomes) if ((await record(tx, ctx.now, d, o)) && o.status === 'SENT') n++;
      return n;
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
}

async function deliverOne(
  ctx: Context,
  action: SendingAction,
  d: QueuedDelivery,
  tracking: boolean,
  deps: BatchDeps,
): Promise<Outcome> {
  const rendered = await renderForContact(ctx, action.id, d.contactId);
  if (!rendered.ok)
    return { status: 'SKIPPED', reason: rendered.reason, detail: rendered.detail ?? null, tried: false };
  if (!deps.adapter)
    return { status: 'FAILED', reason: 'NO_ADAPTER', detail: `no channel sends ${action.medium}`, tried: false };
  const message = composeMessage(
    {
      deliveryId: d.id,
      actionId: action.id,
      contactId: d.contactId,
      purposeId: action.requiredPurposeId,
      rendered,
      sender: action.sender,
      tracking,
      now: ctx.now,
    },
    deps.messaging,
  );
  try {
    const receipt = await deps.adapter.send(message);
    return { status: 'SENT', providerMessageId: receipt.providerMessageId, detail: scrub(receipt.detail) };
  } catch (error) {
    const detail = scrub(error instanceof Error ? error.message : String(error));
    if (error instanceof PermanentSendError) return { status: 'FAILED', reason: error.code, detail, tried: true };
    const attempts = d.attempts + 1;
    if (attempts >= deps.send.maxAttempts) return { status: 'FAILED', reason: 'MAX_ATTEMPTS', detail, tried: true };
    return { status: 'QUEUED', nextAttemptAt: retryAt(ctx.now, attempts, deps.send), detail };
  }
}

/** Writes an outcome if the delivery is still as this run read it; false when another run moved it first. */
async function record(tx: Tx, now: Date, d: QueuedDelivery, o: Outcome): Promise<boolean> {
  const tried = o.status !== 'SKIPPED' && (o.status !== 'FAILED' || o.tried);
  const data =
    o.status === 'SENT'
      ? {
          status: o.status,
          sentAt: now,
          providerMessageId: o.providerMessageId,
          detail: o.detail,
          reason: null,
          nextAttemptAt: null,
        }
      : o.status === 'QUEUED'
        ? { nextAttemptAt: o.nextAttemptAt, detail: o.detail }
        : { status: o.status, reason: o.reason, detail: o.detail, nextAttemptAt: null };
  const { count } = await tx.messageDelivery.updateMany({
    where: { id: d.id, status: 'QUEUED', attempts: d.attempts },
    data: { ...data, ...(tried ? { attempts: d.attempts + 1 } : {}), version: { increment: 1 } },
  });
  return count === 1;
}
