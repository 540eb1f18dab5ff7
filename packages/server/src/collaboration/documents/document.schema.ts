import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import { RoleEnum } from '../../kernel/graphql/enums.js';
import { idFor, idsIn } from '../../kernel/graphql/global-id.js';
import { pagedList } from '../../kernel/graphql/connections.js';
import { visibleAction } from '../../campaigns/actions/action.filter.js';
import { MarketingActionRef } from '../../campaigns/actions/action.schema.js';
import { StaffUserRef } from '../../identity/auth.schema.js';
import { documentScope } from './document.scope.js';
import { deleteDocument, documentWriters, grantDocumentAccess, revokeDocumentAccess } from './document.service.js';

/**
 * A file attached to a contact or an action. Its bytes are served by `GET /documents/<id>` (`downloadPath`); it is
 * uploaded by `POST /documents?contact=<id>` (see document.route.ts). Visible to its uploader, admins, and the users
 * and roles it is shared with, among those who can see its contact or action.
 */
export const DocumentRef = builder.prismaNode('Document', {
  id: { field: 'id' },
  authScopes: { authenticated: true },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), ...documentScope(ctx) }),
  fields: (t) => ({
    fileName: t.exposeString('fileName'),
    mimeType: t.exposeString('mimeType', {
      description: 'The type recognised from the content (not the one declared).',
    }),
    sizeBytes: t.exposeInt('sizeBytes'),
    sha256: t.exposeString('sha256'),
    downloadPath: t.string({
      description: 'GET it with the same credentials as /graphql.',
      resolve: (d) => `/documents/${encodeGlobalID('Document', d.id)}`,
    }),
    contact: t.relation('contact', { nullable: true }),
    action: t.field({
      type: MarketingActionRef,
      nullable: true,
      select: (_args, _ctx, nested) => ({ action: nested(true) }),
      resolve: (d, _args, ctx) => visibleAction(ctx, d.action),
    }),
    uploadedBy: t.relation('uploadedBy', { nullable: true }),
    sharedWithUsers: t.field({
      type: [StaffUserRef],
      description: 'Users the document is shared with (besides its uploader and admins).',
      select: (_args, _ctx, nested) => ({ userAccess: { select: { user: nested(true) }, orderBy: { userId: 'asc' } } }),
      resolve: (d) => d.userAccess.map((a) => a.user),
    }),
    sharedWithRoles: t.field({
      type: [RoleEnum],
      select: { roleAccess: { select: { role: true }, orderBy: { role: 'asc' } } },
      resolve: (d) => d.roleAccess.map((a) => a.role),
    }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const related = {
  authScopes: { authenticated: true },
  cursor: 'id',
  totalCount: true,
  description: 'Documents attached here that you may see, latest first.',
  query: (_args: object, ctx: Context) => ({
    where: documentScope(ctx),
    orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }],
  }),
} as const;

builder.prismaObjectFields('Contact', (t) => ({ documents: t.relatedConnection('documents', related) }));
builder.prismaObjectFields('MarketingAction', (t) => ({ documents: t.relatedConnection('documents', related) }));

const DocumentFilter = builder.inputType('DocumentFilter', {
  fields: (t) => ({
    contact: t.globalIDList({ required: false }),
    action: t.globalIDList({ required: false }),
  }),
});

const documentWhere = (ctx: Context, f: typeof DocumentFilter.$inferInput | null | undefined) => ({
  AND: [
    documentScope(ctx),
    {
      contactId: idsIn('Contact', f?.contact, ['filter', 'contact']),
      actionId: idsIn('MarketingAction', f?.action, ['filter', 'action']),
    },
  ],
});

builder.queryFields((t) => ({
  documents: t.prismaConnection({
    type: 'Document',
    description: 'Documents you may see, latest first.',
    authScopes: { authenticated: true },
    ...pagedList({
      args: { filter: t.arg({ type: DocumentFilter, required: false }) },
      where: (ctx, args) => documentWhere(ctx, args.filter),
      orderBy: () => [{ createdAt: 'desc' as const }, { id: 'desc' as const }],
      rows: (ctx) => ctx.db.document,
    }),
  }),
}));

const managers = { roles: documentWriters };
const accessArgs = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) => ({
  id: t.arg.globalID(),
  users: t.arg.globalIDList({ required: false }),
  roles: t.arg({ type: [RoleEnum], required: false }),
});

builder.mutationFields((t) => ({
  grantDocumentAccess: t.prismaField({
    type: 'Document',
    description: 'Shares a document with staff users and roles (its uploader or an admin).',
    authScopes: managers,
    args: accessArgs(t),
    resolve: async (query, _r, args, ctx) => {
      const id = idFor('Document', args.id, ['id']);
      await grantDocumentAccess(ctx, id, args);
      return ctx.db.document.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  revokeDocumentAccess: t.prismaField({
    type: 'Document',
    description: 'Stops sharing a document with these users and roles (its uploader or an admin).',
    authScopes: managers,
    args: accessArgs(t),
    resolve: async (query, _r, args, ctx) => {
      const id = idFor('Document', args.id, ['id']);
      await revokeDocumentAccess(ctx, id, args);
      return ctx.db.document.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  deleteDocument: t.field({
    type: 'ID',
    description: 'Deletes the document and its file (its uploader or an admin).',
    authScopes: managers,
    args: { id: t.arg.globalID(), version: t.arg.int() },
    resolve: async (_r, args, ctx) => {
      const id = idFor('Document', args.id, ['id']);
      await deleteDocument(ctx, id, args.version);
      return encodeGlobalID('Document', id);
    },
  }),
}));
