import type { Context } from '../../kernel/context.js';
import type { RequestPurpose } from '../../kernel/purpose.js';
import type { ActionMedium } from '../../generated/sqlite/enums.js';
import { contactRules } from '../../campaigns/targeting/targeting.decide.js';
import { contacts, purposeConsent } from '../../privacy/access/contact-access.js';
import { withPurpose } from '../../privacy/access/system.js';
import { PermanentSendError, type ChannelAdapter } from '../channels/channel.js';
import { renderForContacts, type RenderResult } from '../messages/render.js';
import type { MessagingSettings } from '../settings.js';
import { composeMessage } from './send.compose.js';
import { recordOutcomes, type Outcome } from './send.record.js';
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

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** A provider's answer as the delivery log keeps it: one line, 500 characters, no address (it names the contact). */
const scrub = (s: string | null | undefined): string | null =>
  s ? s.split('\n')[0]!.slice(0, 500).replace(EMAIL, '[email]') : null;

/**
 * Sends one batch of QUEUED deliveries of an action at `ctx.now` (a system context). The targeting engine's rules
 * about the contact are applied again first (`contactRules`: restriction, brand, consent to the action's purpose,
 * channel opt-out, address), then the message is rendered for the batch (`renderForContacts`: consent to merge,
 * address valid);
 * a contact either refuses is SKIPPED with the stable reason, the others are sent through the adapter. The batch
 * ends with one statement writing every outcome, each conditional (nothing half-way; a delivery another run already
 * moved is left to it). Returns how many were sent.
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
  const rules = new Map(
    batch.map((d) => [
      d.id,
      present.has(d.contactId) ? ruled.get(d.contactId) : { reason: 'NOT_FOUND', detail: 'contact' },
    ]),
  );
  // One render for the batch: its reads are per batch, not per contact (renderForContacts).
  const renders = await renderForContacts(
    ctx,
    action.id,
    batch.filter((d) => !rules.get(d.id)).map((d) => d.contactId),
  );
  const outcomes = await Promise.all(
    batch.map(async (d): Promise<[QueuedDelivery, Outcome]> => {
      const rule = rules.get(d.id);
      if (rule) return [d, { status: 'SKIPPED', reason: rule.reason, detail: rule.detail, tried: false }];
      return [d, await deliverOne(ctx, action, d, renders.get(d.contactId)!, tracked.has(d.contactId), deps)];
    }),
  );
  // One statement records the batch (each delivery still conditional on its status and attempts, so a delivery
  // another run already moved is left to it): a write per message cost more than the message. A crash before it
  // sends the batch again, under the same Message-IDs (at least once).
  const moved = await recordOutcomes(ctx, outcomes);
  return outcomes.filter(([d, o]) => o.status === 'SENT' && moved.has(d.id)).length;
}

async function deliverOne(
  ctx: Context,
  action: SendingAction,
  d: QueuedDelivery,
  rendered: RenderResult,
  tracking: boolean,
  deps: BatchDeps,
): Promise<Outcome> {
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
