import { type FieldProblem, validationError } from '../../kernel/errors.js';
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
    throw validationError([{ path: ['body'], message: 'not JSON' }]);
  }
  const list = Array.isArray(body) ? body : (body as { events?: unknown } | null)?.events;
  if (!Array.isArray(list) || list.length === 0)
    throw validationError([{ path: ['events'], message: 'a list of at least one event' }]);
  if (list.length > MAX_EVENTS)
    throw validationError([{ path: ['events'], message: `at most ${MAX_EVENTS} events per request` }]);
  const problems: FieldProblem[] = [];
  const events = list.map((e: Record<string, unknown> | null, i) => {
    const bad = (field: string, message: string) =>
      problems.push({ path: ['events', String(i), ...(field ? [field] : [])], message });
    if (typeof e !== 'object' || e === null || Array.isArray(e)) {
      bad('', 'an object');
      return null;
    }
    if (typeof e.messageId !== 'string' || e.messageId.trim() === '' || e.messageId.length > 998)
      bad('messageId', 'a non-blank string of at most 998 characters');
    if (!TYPES.includes(e.type as string)) bad('type', 'delivered, bounced or complained');
    if (e.type === 'bounced' && e.bounce !== 'hard' && e.bounce !== 'soft') bad('bounce', 'hard or soft');
    const at = typeof e.at === 'string' ? parseInstant(e.at) : { problem: 'an ISO-8601 date-time' };
    if ('problem' in at) bad('at', at.problem);
    if (e.diagnostic != null && typeof e.diagnostic !== 'string') bad('diagnostic', 'a string');
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
