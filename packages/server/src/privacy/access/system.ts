import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import type { Provider } from '../../kernel/db/paths.js';
import type { SystemPrincipal } from '../../kernel/principal.js';
import { createConsentLoader } from '../consent/consent.loader.js';
import type { RequestPurpose } from '../../kernel/purpose.js';

export interface SystemContextOptions {
  /** The instant the work is evaluated at (consent validity windows). @default new Date() */
  now?: Date;
  /**
   * The purpose the work uses personal data for (targeting for an action: the action's required purpose). With a
   * purpose, every comparison of personal values and every personal field read is confined to contacts whose
   * consent covers it, exactly as for a staff request. @default null (no personal value is read or compared
   * for a purpose: blocking keys, scores, attribution)
   */
  purpose?: RequestPurpose | null;
  /** The staff user on whose behalf the work runs (an import started from the admin), for the audit. */
  onBehalfOf?: number;
}

/**
 * The explicit, named elevated context (Keystone's `sudo()`): Fidele acting on its own. Every job, command, import
 * and integration route runs under one, with a reason that the audit log records (`actorType: SYSTEM`,
 * `systemReason`). Its row scope is every contact; consent is never widened: with a purpose, the same consent rule
 * as a request applies.
 *
 * @example systemContext(db, provider, 'job:triggers', { now })
 */
export function systemContext(db: Db, provider: Provider, reason: string, options: SystemContextOptions = {}): Context {
  if (!/^[a-z][\w:.-]{1,80}$/i.test(reason))
    throw new Error(`a system context needs a short reason such as "job:triggers", got "${reason}"`);
  const now = options.now ?? new Date();
  const purpose = options.purpose ?? null;
  const principal: SystemPrincipal = {
    kind: 'system',
    reason,
    ...(options.onBehalfOf ? { onBehalfOf: options.onBehalfOf } : {}),
  };
  return { db, provider, principal, purpose, now, loaders: { consent: createConsentLoader(db, purpose, now) } };
}

/** The same system context for another purpose (targeting several actions in one job). */
export const withPurpose = (ctx: Context, purpose: RequestPurpose | null): Context => ({
  ...ctx,
  purpose,
  loaders: { ...ctx.loaders, consent: createConsentLoader(ctx.db, purpose, ctx.now) },
});

/** Is this the system acting on its own? */
export const isSystem = (ctx: Pick<Context, 'principal'>): boolean => ctx.principal?.kind === 'system';

/** The audit columns naming who acted: a staff user, an API key, or the system with its reason. */
export function auditActor(ctx: Pick<Context, 'principal'>) {
  const p = ctx.principal;
  if (p?.kind === 'partner')
    return { actorType: 'API_KEY' as const, actorUserId: null, apiKeyId: p.apiKeyId, systemReason: null };
  if (p?.kind === 'staff')
    return { actorType: 'STAFF' as const, actorUserId: p.userId, apiKeyId: null, systemReason: null };
  if (p?.kind === 'system')
    return { actorType: 'SYSTEM' as const, actorUserId: p.onBehalfOf ?? null, apiKeyId: null, systemReason: p.reason };
  // Anonymous (a login attempt): no actor; the row says what was tried.
  return { actorType: 'STAFF' as const, actorUserId: null, apiKeyId: null, systemReason: null };
}
