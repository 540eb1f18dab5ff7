import type { Context } from '../../kernel/context.js';
import { ApiError, fieldProblem, validationError } from '../../kernel/errors.js';
import type { CaseCategory, CasePriority, CaseStatus } from '../../generated/sqlite/enums.js';
import { type DecodedGlobalId, idFor } from '../../kernel/graphql/global-id.js';
import { isBlank, Problems } from '../../kernel/validate.js';
import { caseOpenedComment } from '../../kernel/message-codes.js';
import { contacts } from '../../privacy/access/contact-access.js';
import { assigneeProblem } from '../tasks/assignee.rules.js';
import { caseRoles, caseScope, caseTransitions } from './case.rules.js';
import { fieldMessage } from '../../kernel/field-messages.js';

export interface ServiceCaseWrite {
  subject?: string | null;
  description?: string | null;
  category?: CaseCategory | null;
  priority?: CasePriority | null;
}

function checkText(p: Problems, input: ServiceCaseWrite) {
  for (const f of ['subject', 'category', 'priority'] as const)
    if (input[f] === null) p.add(f, fieldMessage('REQUIRED'));
  if (input.subject != null)
    p.check(
      !isBlank(input.subject) && input.subject.length <= 200,
      'subject',
      fieldMessage('SUBJECT_LENGTH', { min: 1, max: 200 }),
    );
  if (input.description != null)
    p.check(input.description.length <= 5000, 'description', fieldMessage('TOO_LONG', { max: 5000 }));
}

const commentOf = (p: Problems, comment: string | null | undefined, field = 'comment') => {
  if (isBlank(comment)) return null;
  p.check(comment!.length <= 2000, field, fieldMessage('TOO_LONG', { max: 2000 }));
  return comment!.trim();
};

/** CAS-<year of opening>-<id on 6 digits>: unique because the id is. */
export const caseReference = (id: number, openedAt: Date) =>
  `CAS-${openedAt.getUTCFullYear()}-${String(id).padStart(6, '0')}`;

/**
 * Opens a case for a contact the caller may see, with its first history event. The reference comes from the
 * row's id, so it is written in the same transaction right after the insert (a unique placeholder first).
 */
export async function createServiceCase(
  ctx: Context,
  input: ServiceCaseWrite & {
    contact: DecodedGlobalId;
    assignee?: DecodedGlobalId | null;
    brand?: DecodedGlobalId | null;
    openedAt?: Date | null;
  },
) {
  const contactId = idFor('Contact', input.contact, ['input', 'contact']);
  const contact = await contacts(ctx).findFirst({
    where: { id: contactId },
    select: { deletedAt: true, brandId: true },
  });
  if (!contact) throw new ApiError('NOT_FOUND', 'Contact not found.');
  const p = new Problems();
  p.check(!contact.deletedAt, 'contact', fieldMessage('CONTACT_DELETED'));
  checkText(p, input);
  const brandId = input.brand ? idFor('Brand', input.brand, ['input', 'brand']) : contact.brandId;
  const principal = ctx.principal?.kind === 'staff' ? ctx.principal : null;
  if (input.brand && principal?.role !== 'ADMIN')
    p.check(!!principal?.brandIds.includes(brandId), 'brand', fieldMessage('NOT_YOUR_BRAND'));
  if (input.brand && (await ctx.db.brand.count({ where: { id: brandId } })) === 0)
    p.add('brand', fieldMessage('UNKNOWN_BRAND'));
  const openedAt = input.openedAt ?? ctx.now;
  p.check(openedAt <= ctx.now, 'openedAt', fieldMessage('NOT_IN_FUTURE'));
  const assigneeId = input.assignee ? idFor('StaffUser', input.assignee, ['input', 'assignee']) : null;
  if (assigneeId) p.addIf('assignee', await assigneeProblem(ctx, assigneeId, { contactId }, caseRoles));
  p.throwIfAny();
  const authorId = ctx.principal?.userId ?? null;
  return ctx.db.$transaction(async (tx) => {
    const created = await tx.serviceCase.create({
      data: {
        reference: `new-${crypto.randomUUID()}`,
        contactId,
        brandId,
        subject: input.subject!.trim(),
        description: isBlank(input.description) ? null : input.description!.trim(),
        category: input.category!,
        priority: input.priority ?? 'NORMAL',
        assigneeId,
        openedById: authorId,
        openedAt,
      },
      select: { id: true },
    });
    await tx.serviceCase.update({
      where: { id: created.id },
      data: { reference: caseReference(created.id, openedAt) },
    });
    await tx.serviceCaseEvent.create({
      data: { caseId: created.id, toStatus: 'OPEN', comment: caseOpenedComment, authorId, at: ctx.now },
    });
    return created;
  });
}

/** The case as the caller may see it, or NOT_FOUND (a case outside the rules answers like a missing one). */
async function visibleCase(ctx: Context, id: number) {
  const found = await ctx.db.serviceCase.findFirst({
    where: { id, ...caseScope(ctx) },
    select: { id: true, status: true, version: true, contactId: true, assigneeId: true, openedAt: true },
  });
  if (!found) throw new ApiError('NOT_FOUND', 'Service case not found.');
  return found;
}

const conflict = (version: number) =>
  new ApiError('CONFLICT', 'Service case was changed by someone else: reload it and apply your change again.', {
    expectedVersion: version,
  });

/**
 * Applies `data` if the case still has `version` (bumping it) and appends `event` in the same transaction: a change
 * and its history are written together or not at all.
 */
async function changeWithEvent(
  ctx: Context,
  id: number,
  version: number,
  data: Record<string, unknown>,
  event: { fromStatus?: CaseStatus; toStatus?: CaseStatus; comment: string | null },
) {
  await ctx.db.$transaction(async (tx) => {
    const { count } = await tx.serviceCase.updateMany({
      where: { id, version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count !== 1) throw conflict(version);
    await tx.serviceCaseEvent.create({
      data: { caseId: id, ...event, authorId: ctx.principal?.userId ?? null, at: ctx.now },
    });
  });
}

/** Changes the subject, description, category or priority; the history records which fields changed. */
export async function updateServiceCase(ctx: Context, id: number, version: number, input: ServiceCaseWrite) {
  await visibleCase(ctx, id);
  const p = new Problems();
  checkText(p, input);
  p.throwIfAny();
  const data: Record<string, unknown> = {};
  if (input.subject != null) data.subject = input.subject.trim();
  if (input.description !== undefined) data.description = isBlank(input.description) ? null : input.description!.trim();
  if (input.category != null) data.category = input.category;
  if (input.priority != null) data.priority = input.priority;
  const changed = Object.keys(data);
  if (!changed.length) return;
  await changeWithEvent(ctx, id, version, data, { comment: `Changed: ${changed.join(', ')}` });
}

/**
 * Moves the case along the workflow (`caseTransitions`); any other move is VALIDATION. RESOLVED stamps resolvedAt,
 * reopening clears it; CLOSED stamps closedAt.
 */
export async function changeServiceCaseStatus(
  ctx: Context,
  id: number,
  version: number,
  status: CaseStatus,
  comment?: string | null,
) {
  const current = await visibleCase(ctx, id);
  if (current.version !== version) throw conflict(version);
  const p = new Problems();
  const allowed = caseTransitions[current.status];
  p.check(
    allowed.includes(status),
    'status',
    fieldMessage('CASE_STATUS_MOVE', { from: current.status, allowed: allowed.join(', ') || 'nothing', to: status }),
  );
  const text = commentOf(p, comment);
  p.throwIfAny();
  const data: Record<string, unknown> = { status };
  if (status === 'RESOLVED') data.resolvedAt = ctx.now;
  if (current.status === 'RESOLVED' && status === 'IN_PROGRESS') data.resolvedAt = null;
  if (status === 'CLOSED') data.closedAt = ctx.now;
  await changeWithEvent(ctx, id, version, data, { fromStatus: current.status, toStatus: status, comment: text });
}

/** Hands the case to a user who may work on it and see its contact (null: unassigned). */
export async function assignServiceCase(
  ctx: Context,
  id: number,
  version: number,
  assignee: DecodedGlobalId | null,
  comment?: string | null,
) {
  const current = await visibleCase(ctx, id);
  const p = new Problems([]);
  const assigneeId = assignee ? idFor('StaffUser', assignee, ['assignee']) : null;
  if (assigneeId)
    p.addIf('assignee', await assigneeProblem(ctx, assigneeId, { contactId: current.contactId }, caseRoles));
  const text = commentOf(p, comment);
  p.throwIfAny();
  if (current.status === 'CLOSED')
    throw validationError([fieldProblem(['id'], fieldMessage('CLOSED_CASE_NOT_REASSIGNED'))]);
  const who = assigneeId
    ? await ctx.db.staffUser.findUniqueOrThrow({
        where: { id: assigneeId },
        select: { firstName: true, lastName: true },
      })
    : null;
  const line = who ? `Assigned to ${who.firstName} ${who.lastName}` : 'Unassigned';
  await changeWithEvent(ctx, id, version, { assigneeId }, { comment: text ? `${line}: ${text}` : line });
}

/** Adds a comment to the history; the case itself does not change (no version needed: history is append-only). */
export async function commentServiceCase(ctx: Context, id: number, comment: string) {
  await visibleCase(ctx, id);
  const p = new Problems([]);
  const text = commentOf(p, comment);
  if (!text) p.add('comment', fieldMessage('REQUIRED'));
  p.throwIfAny();
  await ctx.db.serviceCaseEvent.create({
    data: { caseId: id, comment: text, authorId: ctx.principal?.userId ?? null, at: ctx.now },
  });
}
