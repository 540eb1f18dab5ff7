import { builder } from '../../kernel/graphql/builder.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { MAX_PAGE_SIZE } from '../../kernel/graphql/page-size.js';

/** The outgoing-mail catcher (FIDELE_MAIL=catch, the development default) is read by admins and marketing. */
const readers = { roles: ['ADMIN', 'MARKETING'] as Role[] };

/** A message caught instead of sent (development): the admin's outbox. */
builder.prismaNode('CaughtMail', {
  id: { field: 'id' },
  authScopes: readers,
  nullable: true,
  fields: (t) => ({
    recipient: t.exposeString('recipient'),
    subject: t.exposeString('subject'),
    raw: t.exposeString('raw', { description: 'The whole message as it would have been sent (RFC 5322).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryField('caughtMails', (t) =>
  t.prismaConnection({
    type: 'CaughtMail',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    authScopes: readers,
    description: 'Mail caught instead of sent (FIDELE_MAIL=catch, the development default), newest first.',
    resolve: (query, _root, _args, ctx) => ctx.db.caughtMail.findMany({ ...query, orderBy: { id: 'desc' } }),
  }),
);
