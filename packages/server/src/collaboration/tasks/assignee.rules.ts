import type { Context } from '../../kernel/context.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { contacts } from '../../privacy/access/contact-access.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';
import type { StaffPrincipal } from '../../kernel/principal.js';
import { type FieldMessage, fieldMessage } from '../../kernel/field-messages.js';

/** What a piece of work (a task, a case) is about: the assignee must be able to see it. */
export interface WorkLinks {
  contactId?: number | null;
  actionId?: number | null;
}

/**
 * Why `assigneeId` cannot take work linked to `links`, or null when it can: an active staff user of one of
 * `roles` who may see the contact and the action (their own row rules, not the caller's), so nobody is handed work
 * they cannot open.
 */
export async function assigneeProblem(
  ctx: Context,
  assigneeId: number,
  links: WorkLinks,
  roles: readonly Role[],
): Promise<FieldMessage | null> {
  const user = await ctx.db.staffUser.findFirst({
    where: { id: assigneeId, active: true },
    select: { role: true, brands: { select: { brandId: true } }, zones: { select: { zoneId: true } } },
  });
  if (!user) return fieldMessage('UNKNOWN_ASSIGNEE');
  if (!roles.includes(user.role)) return fieldMessage('ROLE_CANNOT_TAKE_WORK', { role: user.role });
  const principal: StaffPrincipal = {
    kind: 'staff',
    userId: assigneeId,
    role: user.role,
    brandIds: user.brands.map((b) => b.brandId),
    zoneIds: user.zones.map((z) => z.zoneId),
  };
  const as = { ...ctx, principal };
  const [contact, action] = await Promise.all([
    links.contactId ? contacts(as).count({ where: { id: links.contactId } }) : 1,
    links.actionId ? ctx.db.marketingAction.count({ where: { id: links.actionId, ...actionScope(as) } }) : 1,
  ]);
  if (contact === 0) return fieldMessage('ASSIGNEE_CANNOT_SEE_CONTACT');
  if (action === 0) return fieldMessage('ASSIGNEE_CANNOT_SEE_ACTION');
  return null;
}
