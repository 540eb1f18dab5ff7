import type { Context } from '../../kernel/context.js';
import { ApiError, fieldProblem } from '../../kernel/errors.js';
import { Problems } from '../../kernel/validate.js';
import { updateVersioned } from '../../kernel/versioned-update.js';
import { normalizeEmail } from '../../contacts/quality/normalize.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';
import { compileMessage, messageMedia } from './render.js';
import { fieldMessage } from '../../kernel/field-messages.js';

/**
 * Writes an action's message. The input replaces the whole message (absent optional fields become null), so what
 * the editor shows is exactly what is stored; `version` is required once a message exists (optimistic concurrency,
 * kernel/versioned-update.ts). Every problem is a VALIDATION field problem with a stable code (MESSAGING.md).
 */
export interface ActionMessageInput {
  actionId: number;
  sender?: string | null;
  subject?: string | null;
  bodyText: string;
  bodyHtml?: string | null;
  ratePerMinute?: number | null;
  version?: number | null;
}

export const limits = {
  subject: 255,
  bodyText: 100_000,
  bodyHtml: 500_000,
  /** Ten concatenated SMS segments of 160 GSM characters. */
  sms: 1_600,
  sender: 320,
  rateMin: 1,
  rateMax: 600_000,
} as const;

/** "Name <address>" or a bare address, on one line: the address normalised, or null when it is not one. */
export function parseSender(raw: string): string | null {
  if (raw.length > limits.sender || /[\r\n]/.test(raw)) return null;
  const named = /^\s*(?:"([^"]{1,200})"|([^<>"]{1,200}?))\s*<([^<>\s]+)>\s*$/.exec(raw);
  const address = normalizeEmail(named ? named[3]! : raw);
  if (!address) return null;
  if (!named) return address;
  return `${(named[1] ?? named[2]!).trim()} <${address}>`;
}

const blankToNull = (s: string | null | undefined) => (s == null || s.trim() === '' ? null : s);

/** Checks an input against the action's medium; answers the columns to store. */
export function checkMessage(medium: string, input: ActionMessageInput) {
  const p = new Problems();
  const channel = messageMedia[medium as keyof typeof messageMedia];
  if (!channel) p.add('action', fieldMessage('NO_MESSAGE_CHANNEL', { medium }));
  const subject = blankToNull(input.subject);
  const bodyHtml = blankToNull(input.bodyHtml);
  const sender = blankToNull(input.sender);
  const long = (field: string, value: string | null, max: number) => {
    if (value !== null && value.length > max) p.add(field, fieldMessage('TOO_LONG', { max }));
  };
  long('subject', subject, limits.subject);
  long('bodyText', input.bodyText, limits.bodyText);
  long('bodyHtml', bodyHtml, limits.bodyHtml);
  if (subject !== null && /[\r\n]/.test(subject)) p.add('subject', fieldMessage('ONE_LINE'));
  if (input.bodyText.trim() === '') p.add('bodyText', fieldMessage('REQUIRED'));
  if (channel === 'email' && subject === null) p.add('subject', fieldMessage('REQUIRED'));
  if (channel === 'mobile') {
    if (input.bodyText.length > limits.sms) p.add('bodyText', fieldMessage('SMS_TOO_LONG', { max: limits.sms }));
    if (subject !== null) p.add('subject', fieldMessage('NOT_FOR_SMS', { part: 'subject' }));
    if (bodyHtml !== null) p.add('bodyHtml', fieldMessage('NOT_FOR_SMS', { part: 'HTML body' }));
  }
  const rate = input.ratePerMinute ?? null;
  if (rate !== null && (!Number.isInteger(rate) || rate < limits.rateMin || rate > limits.rateMax))
    p.add('ratePerMinute', fieldMessage('OUT_OF_RANGE', { min: limits.rateMin, max: limits.rateMax }));
  const parsedSender = sender === null ? null : parseSender(sender);
  if (sender !== null && !parsedSender) p.add('sender', fieldMessage('INVALID_SENDER'));
  // Templates are parsed only when their lengths are sane (bounded work on hostile input).
  const ok = (v: string | null, max: number) => v === null || v.length <= max;
  if (ok(subject, limits.subject) && ok(input.bodyText, limits.bodyText) && ok(bodyHtml, limits.bodyHtml)) {
    const { problems } = compileMessage({ subject, bodyText: input.bodyText, bodyHtml });
    for (const t of problems) p.add(t.path, t);
  }
  p.throwIfAny();
  return { sender: parsedSender, subject, bodyText: input.bodyText, bodyHtml, ratePerMinute: rate };
}

/** Creates or replaces the message of an action the caller may see; answers the message's id. */
export async function setActionMessage(ctx: Context, input: ActionMessageInput): Promise<{ id: number }> {
  const action = await ctx.db.marketingAction.findFirst({
    where: { id: input.actionId, ...actionScope(ctx) },
    select: { id: true, medium: true, message: { select: { id: true } } },
  });
  if (!action) throw new ApiError('NOT_FOUND', 'Marketing action not found.');
  const data = checkMessage(action.medium, input);
  if (!action.message) {
    if (input.version != null) throw new ApiError('NOT_FOUND', 'The action has no message yet: omit the version.');
    try {
      return await ctx.db.actionMessage.create({ data: { actionId: action.id, ...data }, select: { id: true } });
    } catch (error) {
      if ((error as { code?: string }).code === 'P2002')
        throw new ApiError(
          'CONFLICT',
          'Someone else wrote this message meanwhile: reload it and apply your change again.',
        );
      throw error;
    }
  }
  if (input.version == null)
    throw new ApiError('CONFLICT', 'The action already has a message: give the version you read.', {
      fields: [fieldProblem(['input', 'version'], fieldMessage('VERSION_REQUIRED_TO_CHANGE'))],
    });
  await updateVersioned(ctx.db.actionMessage, 'Action message', { actionId: action.id }, input.version, data);
  return action.message;
}
