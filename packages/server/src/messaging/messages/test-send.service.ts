import type { Context } from '../../kernel/context.js';
import { ApiError, fieldProblem, validationError } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import { normalizeEmail } from '../../contacts/quality/normalize.js';
import { rateLimitStore } from '../../identity/rate-limit-store.js';
import { readMessagingSettings } from '../settings.js';
import { emailAdapter } from '../channels/email.js';
import { renderForContact } from './render.js';

/** Test sends a staff member may make per minute: enough to iterate on a template, too few to mass-mail. */
export const TEST_SENDS_PER_MINUTE = 10;

/**
 * Sends an action's message, rendered for one contact, to a staff member's address: the subject starts with
 * "[TEST]", the message goes through the deployment's e-mail adapter (caught in development), and no delivery is
 * recorded. The render follows the same rules as a real send (renderForContact), with the caller's own rights; a
 * refused render is an error with its code (NOT_FOUND, CONSENT_REQUIRED, VALIDATION with NO_MESSAGE or
 * NO_CHANNEL_ADDRESS). The mutation itself is audited (useAuditLog), with its arguments.
 */
export async function sendTestMessage(
  ctx: Context,
  actionId: number,
  contactId: number,
  to: string,
): Promise<{ messageId: string; to: string }> {
  const address = normalizeEmail(to);
  if (!address) throw validationError([fieldProblem(['to'], fieldMessage('INVALID_EMAIL'))]);
  await consumeTestSend(ctx);
  const rendered = await renderForContact(ctx, actionId, contactId);
  if (!rendered.ok) {
    if (rendered.reason === 'NOT_FOUND') throw new ApiError('NOT_FOUND', 'Marketing action or contact not found.');
    if (rendered.reason === 'NO_CONSENT')
      throw new ApiError('CONSENT_REQUIRED', `This contact's message cannot be rendered: ${rendered.detail ?? ''}`, {
        reason: rendered.reason,
      });
    throw validationError([
      { path: ['action'], message: rendered.detail ?? rendered.reason.toLowerCase(), code: rendered.reason },
    ]);
  }
  const action = await ctx.db.actionMessage.findUnique({
    where: { actionId },
    select: { sender: true, action: { select: { name: true } } },
  });
  const adapter = emailAdapter(readMessagingSettings(), ctx.db);
  try {
    const sent = await adapter.send({
      to: address,
      ...(action?.sender ? { from: action.sender } : {}),
      subject: `[TEST] ${rendered.subject ?? action?.action.name ?? ''}`.trim(),
      text: rendered.text,
      ...(rendered.html !== undefined ? { html: rendered.html } : {}),
    });
    return { messageId: sent.providerMessageId, to: address };
  } finally {
    await adapter.close?.();
  }
}

async function consumeTestSend(ctx: Context): Promise<void> {
  const who = ctx.principal?.kind === 'staff' ? `staff:${ctx.principal.userId}` : 'other';
  try {
    await rateLimitStore()
      .counter({ name: 'test-send', points: TEST_SENDS_PER_MINUTE, durationSeconds: 60 })
      .consume(who);
  } catch (refusal) {
    if (refusal instanceof Error) throw refusal;
    const ms = (refusal as { msBeforeNext?: number }).msBeforeNext ?? 60_000;
    throw new ApiError('RATE_LIMITED', `At most ${TEST_SENDS_PER_MINUTE} test sends a minute.`, {
      retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)),
    });
  }
}
