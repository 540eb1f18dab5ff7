import { builder } from '../../kernel/graphql/builder.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { MAX_PAGE_SIZE } from '../../kernel/graphql/page-size.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';

/** The readers of a delivery log: the roles that may read an action's `deliveries` (delivery.schema.ts). */
const logReaders = { roles: ['ADMIN', 'MARKETING'] as Role[] };

/**
 * A contact's message deliveries, added to the Contact type by the messaging context (contacts know nothing of
 * sends), so that the contact page shows what was sent to it (issue 21). The same rule as an action's delivery log:
 * the roles that may read it, and only deliveries of actions the caller may see (the actions' brand rule). The
 * contact is the parent, so a hidden contact is already a missing one. Folded into the contact's query by the Prisma
 * plugin (no query per contact).
 */
builder.prismaObjectFields('Contact', (t) => ({
  deliveries: t.relatedConnection('deliveries', {
    authScopes: logReaders,
    cursor: 'id',
    totalCount: true,
    maxSize: MAX_PAGE_SIZE,
    description:
      'The messages sent (or queued, skipped, failed) to this contact, latest first: only deliveries of actions you may see.',
    query: (_args, ctx) => ({
      where: { action: actionScope(ctx) },
      orderBy: [{ queuedAt: 'desc' as const }, { id: 'desc' as const }],
    }),
  }),
}));
