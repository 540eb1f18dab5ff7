import { type FieldProblem, validationError, fieldProblem } from '../../kernel/errors.js';
import { type FieldMessage, fieldMessage } from '../../kernel/field-messages.js';
import { parseInstant } from '../../kernel/graphql/input-policy.js';

/**
 * What a sending provider tells about a message after it left: delivered, bounced (hard: the address does not
 * exist; soft: a full mailbox, a server down) or complained about (the recipient pressed "this is spam"). The JSON
 * endpoint and the DSN parser both produce these, so one service applies them.
 */
export type DeliveryEventType = 'delivered' | 'bounced' | 'complained';

export interface DeliveryEvent {
  /** The provider's id of the message: the Message-ID the e-mail adapter returned, or an SMS provider's id. */
  messageId: string;
  type: DeliveryEventType;
  /** bounced only. */
  bounce?: 'hard' | 'soft';
  at: Date;
  /** The remote server's words (SMTP diagnostic, feedback type), kept in the delivery log. */
  diagnostic?: string | null;
}

/** Events per request: a provider batches, but one request stays a bounded amount of work. */
export const MAX_EVENTS = 500;
const TYPES: readonly string[] = ['delivered', 'bounced', 'complained'];

/** Checks a JSON batch `{ "events": [...] }` (or a bare array); every problem with its path (VALIDATION). */
export function parseEventBatch(raw: string): DeliveryEvent[] {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw validationError([fieldProblem(['body'], fieldMessage('NOT_JSON'))]);
  }
  const list = Array.isArray(body) ? body : (body as { events?: unknown } | null)?.events;
  if (!Array.isArray(list) || list.length === 0)
    throw validationError([fieldProblem(['events'], fieldMessage('EVENTS_REQUIRED'))]);
  if (list.length > MAX_EVENTS)
    throw validationError([fieldProblem(['events'], fieldMessage('TOO_MANY_EVENTS', { max: MAX_EVENTS }))]);
  const problems: FieldProblem[] = [];
  const events = list.map((e: Record<string, unknown> | null, i) => {
    const bad = (field: string, message: FieldMessage) =>
      problems.push(fieldProblem(['events', String(i), ...(field ? [field] : [])], message));
    if (typeof e !== 'object' || e === null || Array.isArray(e)) {
      bad('', fieldMessage('OBJECT_EXPECTED'));
      return null;
    }
    if (typeof e.messageId !== 'string' || e.messageId.trim() === '' || e.messageId.length > 998)
      bad('messageId', fieldMessage('NON_BLANK_TEXT', { max: 998 }));
    if (!TYPES.includes(e.type as string)) bad('type', fieldMessage('ONE_OF', { options: TYPES.join(', ') }));
    if (e.type === 'bounced' && e.bounce !== 'hard' && e.bounce !== 'soft')
      bad('bounce', fieldMessage('ONE_OF', { options: 'hard, soft' }));
    const at = typeof e.at === 'string' ? parseInstant(e.at) : { problem: fieldMessage('DATE_SYNTAX') };
    if ('problem' in at) bad('at', at.problem);
    if (e.diagnostic != null && typeof e.diagnostic !== 'string') bad('diagnostic', fieldMessage('TEXT_EXPECTED'));
    if (problems.length) return null;
    return {
      messageId: (e.messageId as string).trim(),
      type: e.type as DeliveryEventType,
      ...(e.type === 'bounced' ? { bounce: e.bounce as 'hard' | 'soft' } : {}),
      at: (at as { date: Date }).date,
      diagnostic: typeof e.diagnostic === 'string' ? e.diagnostic.slice(0, 1000) : null,
    };
  });
  if (problems.length) throw validationError(problems);
  return events as DeliveryEvent[];
}

/**
 * The forms a Message-ID may be stored or reported in: with or without its angle brackets (nodemailer returns
 * `<id@host>`; providers often drop them).
 */
export function messageIdForms(id: string): string[] {
  const bare = id.trim().replace(/^<(.*)>$/, '$1');
  return [...new Set([id.trim(), bare, `<${bare}>`])];
}
