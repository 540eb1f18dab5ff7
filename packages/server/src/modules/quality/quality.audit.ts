import type { Context } from '../../context.js';

/**
 * The actor columns of an audit entry written by a data-quality service (merge, import, export). These services
 * write their own entry, in their transaction, so that the CLI (which has no GraphQL request and so no audit
 * plugin) is audited like the API.
 */
export function actorOf(ctx: Context) {
  const p = ctx.principal;
  return {
    at: ctx.now,
    actorType: p?.kind === 'partner' ? ('API_KEY' as const) : p?.kind === 'staff' ? ('STAFF' as const) : ('SYSTEM' as const),
    actorUserId: p?.kind === 'staff' ? p.userId : null,
    apiKeyId: p?.kind === 'partner' ? p.apiKeyId : null,
    purpose: ctx.purpose?.code ?? null,
  };
}
