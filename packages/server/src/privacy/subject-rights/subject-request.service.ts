import type { SubjectRequestStatus, SubjectRequestType } from '../../generated/sqlite/enums.js';
import { Prisma } from '../../generated/sqlite/client.js';
import type { Context } from '../../kernel/context.js';
import { ApiError, fieldProblem, validationError } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import { contacts } from '../access/contact-access.js';
import { subjectRequests } from '../access/subject-request-access.js';
import { completeByType } from './subject-request.answers.js';
import { createPartnerNotices } from './subject-request.notices.js';

/** Statuses of a request still to answer (the others are closed and cannot change). */
export const OPEN_STATUSES: readonly SubjectRequestStatus[] = ['RECEIVED', 'IN_PROGRESS'];

/** Types whose completion is notified to the partners that received the contact's data (GDPR art. 19). */
export const NOTIFIED_TYPES: readonly SubjectRequestType[] = ['RECTIFICATION', 'ERASURE', 'RESTRICTION'];

const MAX_TEXT = 2000;

/**
 * `months` calendar months after `from`, in UTC: the same day of the month at the same time, or the last day of the
 * target month when it has no such day (31 January + 1 month = 28 February, or 29 in a leap year). This is the rule
 * of Regulation (EEC, Euratom) 1182/71, art. 3(2)(c), which governs the GDPR's time limits.
 */
export function addCalendarMonths(from: Date, months: number): Date {
  const y = from.getUTCFullYear();
  const m = from.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const out = new Date(from.getTime());
  out.setUTCFullYear(y, m, Math.min(from.getUTCDate(), lastDay));
  return out;
}

const text = (value: string | null | undefined, path: string, required: boolean): string | null => {
  const v = value?.trim() ?? '';
  if (required && !v) throw validationError([fieldProblem([path], fieldMessage('REQUIRED'))]);
  if (v.length > MAX_TEXT) throw validationError([fieldProblem([path], fieldMessage('TOO_LONG', { max: MAX_TEXT }))]);
  return v || null;
};

const staffId = (ctx: Context) => (ctx.principal?.kind === 'staff' ? ctx.principal.userId : null);

export interface NewSubjectRequest {
  contactId: number;
  type: SubjectRequestType;
  receivedAt: Date;
  notes?: string | null;
}

/**
 * Logs a request received from a data subject: due one calendar month after receipt (`addCalendarMonths`). The
 * contact must be one the caller may see (NOT_FOUND otherwise, as for a missing one); a receipt date in the future
 * is refused (the deadline runs from the day the request arrived).
 */
export async function logSubjectRequest(ctx: Context, input: NewSubjectRequest) {
  const contact = await contacts(ctx).findFirst({
    where: { id: input.contactId, mergedIntoId: null },
    select: { id: true },
  });
  if (!contact) throw new ApiError('NOT_FOUND', 'Contact not found.');
  if (input.receivedAt.getTime() > ctx.now.getTime())
    throw validationError([fieldProblem(['receivedAt'], fieldMessage('NOT_IN_FUTURE'))]);
  const notes = text(input.notes, 'notes', false);
  return subjectRequests(ctx).create({
    data: {
      type: input.type,
      contactId: contact.id,
      receivedAt: input.receivedAt,
      dueAt: addCalendarMonths(input.receivedAt, 1),
      notes,
      loggedById: staffId(ctx),
    },
    select: { id: true },
  });
}

/** The request as its caller may see it, still open; NOT_FOUND (hidden or missing), VALIDATION when closed. */
async function openRequest(ctx: Context, id: number, version: number) {
  const request = await subjectRequests(ctx).findFirst({
    where: { id },
    select: { id: true, type: true, status: true, version: true, contactId: true, dueAt: true, receivedAt: true },
  });
  if (!request) throw new ApiError('NOT_FOUND', 'SubjectRequest not found.');
  if (request.version !== version)
    throw new ApiError(
      'CONFLICT',
      'SubjectRequest was changed by someone else: reload it and apply your change again.',
      {
        expectedVersion: version,
      },
    );
  if (!OPEN_STATUSES.includes(request.status))
    throw new ApiError('VALIDATION', `The request is ${request.status.toLowerCase()}: it cannot change any more.`, {
      reason: 'CLOSED',
    });
  return request;
}

/** Hands the request to an active staff user (VALIDATION for another id); a received request becomes in progress. */
export async function assignSubjectRequest(ctx: Context, id: number, version: number, handlerId: number) {
  await openRequest(ctx, id, version);
  const handler = await ctx.db.staffUser.findFirst({ where: { id: handlerId, active: true }, select: { id: true } });
  if (!handler) throw validationError([fieldProblem(['handler'], fieldMessage('INACTIVE_STAFF_USER'))]);
  await subjectRequests(ctx).updateVersioned(id, version, { handlerId, status: 'IN_PROGRESS' });
}

/**
 * Extends the deadline by two further months (GDPR art. 12(3)), once, with the reason the person must be told.
 * The new due date is two calendar months after the current one.
 */
export async function extendSubjectRequest(ctx: Context, id: number, version: number, reason: string) {
  const request = await openRequest(ctx, id, version);
  const why = text(reason, 'reason', true)!;
  const current = await subjectRequests(ctx).findFirst({ where: { id }, select: { extensionReason: true } });
  if (current?.extensionReason)
    throw new ApiError('VALIDATION', 'The deadline was already extended once.', { reason: 'ALREADY_EXTENDED' });
  await subjectRequests(ctx).updateVersioned(id, version, {
    dueAt: addCalendarMonths(request.dueAt, 2),
    extensionReason: why,
  });
}

/** Refuses the request (manifestly unfounded or excessive, identity not established...), with the reason given. */
export async function rejectSubjectRequest(ctx: Context, id: number, version: number, reason: string) {
  await openRequest(ctx, id, version);
  const why = text(reason, 'reason', true)!;
  await subjectRequests(ctx).updateVersioned(id, version, { status: 'REJECTED', rejectionReason: why });
}

/**
 * Answers the request by doing what it asks (`completeByType`: the export, the erasure, the restriction, the
 * withdrawal of marketing, or the record of a rectification) and stores what that produced in `artefact`; for a
 * rectification, an erasure or a restriction, writes one partner notice per key that received the contact's data.
 *
 * The version is checked before the answer runs, and again when the request is closed: the answer itself (an
 * erasure has its own transaction and file removals) cannot share one transaction with the close, so two admins
 * completing at once both pass the first check only if neither has closed yet; the second then gets CONFLICT.
 */
export async function completeSubjectRequest(ctx: Context, id: number, version: number) {
  const request = await openRequest(ctx, id, version);
  if (request.contactId === null)
    throw new ApiError('VALIDATION', 'The contact of this request no longer exists: reject it instead.', {
      reason: 'NO_CONTACT',
    });
  const artefact = await completeByType(ctx, { ...request, contactId: request.contactId });
  await ctx.db.$transaction(async (tx) => {
    await subjectRequests(ctx, tx).updateVersioned(id, version, {
      status: 'COMPLETED',
      completedAt: ctx.now,
      artefact: artefact as Prisma.InputJsonValue,
    });
    if (NOTIFIED_TYPES.includes(request.type)) await createPartnerNotices(tx, id, request.contactId!);
  });
}

/** Open requests past their due date, for the dashboard. */
export const subjectRequestsOverdue = (ctx: Context) =>
  subjectRequests(ctx).count({ where: { status: { in: [...OPEN_STATUSES] }, dueAt: { lt: ctx.now } } });

/** Records that a partner was told by hand (letter, e-mail); a notice already sent keeps its date. */
export async function markPartnerNoticeSent(ctx: Context, id: number) {
  const notice = await ctx.db.partnerNotice.findFirst({
    where: { id, request: subjectRequests(ctx).where() },
    select: { id: true, sentAt: true },
  });
  if (!notice) throw new ApiError('NOT_FOUND', 'PartnerNotice not found.');
  if (!notice.sentAt) await ctx.db.partnerNotice.update({ where: { id }, data: { sentAt: ctx.now } });
}
