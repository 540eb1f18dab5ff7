import { simpleParser, type ParsedMail } from 'mailparser';
import { validationError, fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import type { DeliveryEvent } from './delivery-event.js';

/**
 * Reads a raw report e-mail (RFC 6522 `multipart/report`) into a delivery event:
 *
 * - a delivery status notification (RFC 3464, `report-type=delivery-status`): the first recipient block's
 *   `Action` and `Status` decide: `failed` with a 5.x.x status is a hard bounce, `failed` with 4.x.x or `delayed`
 *   a soft one, `delivered` / `relayed` / `expanded` a delivery;
 * - an abuse report (RFC 5965 ARF, `report-type=feedback-report`, `Feedback-Type: abuse`): a complaint.
 *
 * The message is found by `Original-Message-ID` (a per-message field of the report, or a header of the report
 * e-mail), else by the `Message-ID` of the returned message or headers (`message/rfc822`, `text/rfc822-headers`).
 * mailparser (nodemailer's parser, already the project's mail stack) does the MIME work: boundaries, transfer
 * encodings, charsets; `keepDeliveryStatus` keeps the status part apart instead of folding it into the text.
 * Anything else is VALIDATION with a message saying what was missing.
 */
export async function parseReport(raw: string, now: Date): Promise<DeliveryEvent> {
  let mail: ParsedMail;
  try {
    mail = await simpleParser(raw, { keepDeliveryStatus: true, skipHtmlToText: true, skipTextToHtml: true });
  } catch {
    throw validationError([fieldProblem(['body'], fieldMessage('NOT_A_READABLE_EMAIL'))]);
  }
  const type = mail.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  const reportType = type?.value === 'multipart/report' ? type.params?.['report-type']?.toLowerCase() : undefined;
  const part = (...types: string[]) => mail.attachments.find((a) => types.includes(a.contentType.toLowerCase()));
  const statusPart = part('message/delivery-status', 'message/global-delivery-status');
  const feedbackPart = part('message/feedback-report');
  const messageId = originalMessageId(mail, statusPart ? fieldBlocks(statusPart.content.toString('utf8'))[0] : null);
  if (!messageId) throw validationError([fieldProblem(['body'], fieldMessage('REPORT_WITHOUT_MESSAGE_ID'))]);
  if (reportType === 'delivery-status' && statusPart) {
    const event = statusEvent(fieldBlocks(statusPart.content.toString('utf8')), messageId, mail.date ?? now);
    if (event) return event;
    throw validationError([fieldProblem(['body'], fieldMessage('REPORT_WITHOUT_RECIPIENT'))]);
  }
  if (reportType === 'feedback-report' && feedbackPart) {
    const fields = fieldBlocks(feedbackPart.content.toString('utf8'))[0] ?? new Map();
    const feedback = (fields.get('feedback-type') ?? '').toLowerCase();
    if (feedback !== 'abuse' && feedback !== 'fraud')
      throw validationError([fieldProblem(['body'], fieldMessage('NOT_A_COMPLAINT', { feedback }))]);
    const arrival = dateOf(fields.get('arrival-date')) ?? mail.date ?? now;
    return { messageId, type: 'complained', at: arrival, diagnostic: `feedback-type ${feedback}` };
  }
  throw validationError([fieldProblem(['body'], fieldMessage('NOT_A_REPORT'))]);
}

/** Header-style field blocks separated by blank lines (RFC 3464 §2.1), names lower-cased, folded lines joined. */
export function fieldBlocks(text: string): Map<string, string>[] {
  const blocks: Map<string, string>[] = [];
  let current = new Map<string, string>();
  let last: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.size) blocks.push(current);
      current = new Map();
      last = null;
    } else if (/^[ \t]/.test(line) && last) current.set(last, `${current.get(last)} ${line.trim()}`);
    else {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      last = line.slice(0, colon).trim().toLowerCase();
      if (!current.has(last)) current.set(last, line.slice(colon + 1).trim());
    }
  }
  if (current.size) blocks.push(current);
  return blocks;
}

function originalMessageId(mail: ParsedMail, perMessage: Map<string, string> | null | undefined): string | null {
  const header = (name: string) => {
    const v = mail.headers.get(name);
    return typeof v === 'string' && v.trim() ? v.trim() : null;
  };
  const fromStatus = perMessage?.get('original-message-id');
  if (fromStatus) return fromStatus;
  const own = header('original-message-id') ?? header('x-original-message-id');
  if (own) return own;
  const returned = mail.attachments.find((a) =>
    ['message/rfc822', 'text/rfc822-headers', 'message/global-headers'].includes(a.contentType.toLowerCase()),
  );
  if (!returned) return null;
  const headers = fieldBlocks(returned.content.toString('utf8').split(/\r?\n\r?\n/)[0] ?? '')[0];
  return headers?.get('message-id') ?? null;
}

function statusEvent(blocks: Map<string, string>[], messageId: string, reported: Date): DeliveryEvent | null {
  const recipient = blocks.slice(1).find((b) => b.has('action')) ?? blocks.find((b) => b.has('action'));
  if (!recipient) return null;
  const action = recipient.get('action')!.toLowerCase().split(/[\s(]/)[0];
  const status = recipient.get('status') ?? '';
  const at = dateOf(recipient.get('last-attempt-date')) ?? dateOf(blocks[0]?.get('arrival-date')) ?? reported;
  const diagnostic = (recipient.get('diagnostic-code') ?? `status ${status}`).slice(0, 1000);
  if (action === 'delivered' || action === 'relayed' || action === 'expanded')
    return { messageId, type: 'delivered', at, diagnostic };
  if (action === 'failed')
    return { messageId, type: 'bounced', bounce: status.startsWith('4') ? 'soft' : 'hard', at, diagnostic };
  if (action === 'delayed') return { messageId, type: 'bounced', bounce: 'soft', at, diagnostic };
  return null;
}

function dateOf(value: string | undefined): Date | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}
