import type { Context } from '../../kernel/context.js';
import { contactRelation } from '../../privacy/access/contact-access.js';
import { brandScope } from '../../privacy/access/row-rules.js';

/** Row rule of surveys: a survey of a brand is visible to that brand's users, one without a brand to every staff user. */
export function surveyScope(ctx: Context) {
  if (!ctx.principal || ctx.principal.kind === 'partner') return { id: -1 };
  const scope = brandScope(ctx);
  return scope.brandId ? { OR: [{ brandId: null }, { brandId: scope.brandId }] } : {};
}

/** Row rule of invitations (and their answers): the survey and the contact must both be visible. */
export const invitationScope = (ctx: Context) => ({ survey: surveyScope(ctx), contact: contactRelation(ctx) });
