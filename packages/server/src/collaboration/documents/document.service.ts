import type { Context } from '../../kernel/context.js';
import { ApiError, fieldProblem, validationError } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { type DecodedGlobalId, idFor } from '../../kernel/graphql/global-id.js';
import { deleteVersioned } from '../../kernel/versioned-update.js';
import { contacts } from '../../privacy/access/contact-access.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';
import { documentScope } from './document.scope.js';
import { removeFiles } from '../../kernel/document-storage.js';

/** Roles that may upload documents (and so attach files to contacts and actions they see). */
export const documentWriters: Role[] = ['ADMIN', 'MARKETING', 'SALES', 'SUPPORT'];

export type Attachment = { contactId: number; actionId?: undefined } | { actionId: number; contactId?: undefined };

/**
 * What a document is attached to, from the upload's `contact` or `action` global id (exactly one): it must exist
 * and be visible to the caller (a live contact, or an action of the caller's brands), else NOT_FOUND.
 */
export async function attachmentOf(
  ctx: Context,
  contact: DecodedGlobalId | null,
  action: DecodedGlobalId | null,
): Promise<Attachment> {
  if ((contact ? 1 : 0) + (action ? 1 : 0) !== 1) {
    throw validationError([fieldProblem(['contact'], fieldMessage('DOCUMENT_ONE_OWNER'))]);
  }
  if (contact) {
    const contactId = idFor('Contact', contact, ['contact']);
    const found = await contacts(ctx).count({ where: { id: contactId, deletedAt: null } });
    if (!found) throw new ApiError('NOT_FOUND', 'Contact not found.');
    return { contactId };
  }
  const actionId = idFor('MarketingAction', action!, ['action']);
  const found = await ctx.db.marketingAction.count({ where: { id: actionId, ...actionScope(ctx) } });
  if (!found) throw new ApiError('NOT_FOUND', 'Marketing action not found.');
  return { actionId };
}

/** A document the caller may see and manage (its uploader or an admin), or NOT_FOUND / FORBIDDEN. */
async function managed(ctx: Context, id: number) {
  const doc = await ctx.db.document.findFirst({
    where: { id, ...documentScope(ctx) },
    select: { id: true, uploadedById: true, storageKey: true },
  });
  if (!doc) throw new ApiError('NOT_FOUND', 'Document not found.');
  if (ctx.principal?.role !== 'ADMIN' && doc.uploadedById !== ctx.principal?.userId) {
    throw new ApiError('FORBIDDEN', 'Only the uploader or an admin may manage who sees a document.');
  }
  return doc;
}

export interface AccessChange {
  users?: readonly DecodedGlobalId[] | null;
  roles?: readonly Role[] | null;
}

async function userIds(ctx: Context, users: readonly DecodedGlobalId[] | null | undefined) {
  const ids = [...new Set((users ?? []).map((u, i) => idFor('StaffUser', u, ['users', String(i)])))];
  if (ids.length && (await ctx.db.staffUser.count({ where: { id: { in: ids } } })) !== ids.length) {
    throw validationError([fieldProblem(['users'], fieldMessage('UNKNOWN_STAFF_USER'))]);
  }
  return ids;
}

/** Shares a document with users and roles (idempotent: a grant given twice is one grant). */
export async function grantDocumentAccess(ctx: Context, id: number, change: AccessChange) {
  await managed(ctx, id);
  const users = await userIds(ctx, change.users);
  const roles = [...new Set(change.roles ?? [])];
  await ctx.db.$transaction(async (tx) => {
    for (const userId of users)
      await tx.documentUserAccess.upsert({
        where: { documentId_userId: { documentId: id, userId } },
        create: { documentId: id, userId },
        update: {},
      });
    for (const role of roles)
      await tx.documentRoleAccess.upsert({
        where: { documentId_role: { documentId: id, role } },
        create: { documentId: id, role },
        update: {},
      });
    await tx.document.update({ where: { id }, data: { version: { increment: 1 } } });
  });
}

export async function revokeDocumentAccess(ctx: Context, id: number, change: AccessChange) {
  await managed(ctx, id);
  const users = await userIds(ctx, change.users);
  await ctx.db.$transaction([
    ctx.db.documentUserAccess.deleteMany({ where: { documentId: id, userId: { in: users } } }),
    ctx.db.documentRoleAccess.deleteMany({ where: { documentId: id, role: { in: [...(change.roles ?? [])] } } }),
    ctx.db.document.update({ where: { id }, data: { version: { increment: 1 } } }),
  ]);
}

/** Deletes a document and its file (the row first: a file without a row is unreachable, the reverse would 404). */
export async function deleteDocument(ctx: Context, id: number, version: number) {
  const doc = await managed(ctx, id);
  await deleteVersioned(ctx.db.document, 'Document', { id, ...documentScope(ctx) }, version);
  await removeFiles([doc.storageKey]);
}
