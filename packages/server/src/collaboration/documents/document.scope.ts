import type { Context } from '../../kernel/context.js';
import { contactRelation } from '../../privacy/access/contact-access.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';

/**
 * Row rule of documents: the caller must see what the document is attached to (its contact or its action) AND be
 * its uploader, an admin, a user it was shared with, or of a role it was shared with. Merged into every read (lists,
 * node, contact.documents, action.documents, the download route), so a restricted document is missing for others
 * by every path.
 */
export function documentScope(ctx: Context) {
  const p = ctx.principal;
  if (!p || p.kind !== 'staff') return { id: -1 };
  const attached = {
    OR: [
      { contactId: { not: null }, contact: contactRelation(ctx) },
      { actionId: { not: null }, action: actionScope(ctx) },
    ],
  };
  if (p.role === 'ADMIN') return attached;
  return {
    AND: [
      attached,
      {
        OR: [
          { uploadedById: p.userId },
          { userAccess: { some: { userId: p.userId } } },
          { roleAccess: { some: { role: p.role } } },
        ],
      },
    ],
  };
}
