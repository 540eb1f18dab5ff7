import type { Context } from '../../kernel/context.js';
import { auditActor } from '../access/system.js';

/**
 * The actor columns of an audit entry written by a data-quality service (merge, import, export). These services
 * write their own entry, in their transaction, so that the CLI (which has no GraphQL request and so no audit
 * plugin) is audited like the API. Who acted comes from `auditActor`: a staff user, an API key, or the system with
 * its reason (`cli:import`, ...).
 */
export function actorOf(ctx: Context) {
  return { at: ctx.now, ...auditActor(ctx), purpose: ctx.purpose?.code ?? null };
}
