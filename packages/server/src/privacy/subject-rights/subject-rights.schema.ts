import { builder } from '../../kernel/graphql/builder.js';
import { ApiError } from '../../kernel/errors.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import { contacts } from '../access/contact-access.js';
import { eraseSubject, exportSubject, restrictSubject } from './subject-rights.service.js';

const admins = { roles: ['ADMIN' as const] };

const SubjectExport = builder
  .objectRef<{ contactId: number; generatedAt: string; document: string }>('SubjectExport')
  .implement({
    description: 'A subject access export: everything held about a contact, as one JSON document.',
    fields: (t) => ({
      generatedAt: t.exposeString('generatedAt'),
      document: t.exposeString('document', {
        description: 'JSON: the contact, every row that references it, the audit entries about it.',
      }),
    }),
  });

builder.mutationFields((t) => ({
  exportContactData: t.field({
    type: SubjectExport,
    authScopes: admins,
    description: 'Subject access request: exports everything held about a contact. Audited (EXPORT). Admins only.',
    args: { id: t.arg.globalID() },
    resolve: async (_root, args, ctx) => {
      const contactId = idFor('Contact', args.id, ['id']);
      const doc = await exportSubject(ctx, contactId);
      return {
        contactId,
        generatedAt: doc.generatedAt,
        document: JSON.stringify(doc, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)),
      };
    },
  }),
  eraseContact: t.prismaField({
    type: 'Contact',
    authScopes: admins,
    description:
      'Erasure request: anonymises the contact in place (a tombstone keeps sales statistics right). Audited. Admins only.',
    args: { id: t.arg.globalID(), version: t.arg.int() },
    resolve: async (query, _root, args, ctx) => {
      const id = await eraseSubject(ctx, idFor('Contact', args.id, ['id']), args.version);
      // The tombstone, through the layer (it is still in the caller's rows: erasure only soft-deletes it).
      const tombstone = await contacts(ctx).findFirst({ ...query, where: { id } });
      if (!tombstone) throw new ApiError('NOT_FOUND', 'Contact not found.');
      return tombstone;
    },
  }),
  restrictContactProcessing: t.boolean({
    authScopes: admins,
    description:
      'Restriction of processing: the contact becomes unusable for every purpose except customer_service (a DENIED ' +
      'decision on every other root purpose). Lifting it takes new consents. Admins only.',
    args: { id: t.arg.globalID(), reason: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      await restrictSubject(ctx, idFor('Contact', args.id, ['id']), args.reason);
      return true;
    },
  }),
}));
