import { builder } from '../../kernel/graphql/builder.js';
import { ApiError } from '../../kernel/errors.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import { pagedList } from '../../kernel/graphql/connections.js';
import { notificationTemplates } from '../../kernel/message-codes.js';
import { MessageParamRef, messageParams } from '../../kernel/graphql/message-param.js';

/** Notifications are their recipient's only: nobody else, admins included, reads them. */
const mine = (ctx: { principal: { kind: string; userId?: number } | null }) =>
  ctx.principal?.kind === 'staff' ? { userId: ctx.principal.userId! } : { id: -1 };

/** A message for a staff user: a reminder of a task or a planned activity, and so on. */
export const NotificationRef = builder.prismaNode('Notification', {
  id: { field: 'id' },
  authScopes: { authenticated: true },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), ...mine(ctx) }),
  fields: (t) => ({
    kind: t.exposeString('kind', {
      description:
        'Stable code: TASK_REMINDER, ACTIVITY_REMINDER, CHANGE_PROPOSAL (kernel/message-codes.ts); translate it with `params`.',
    }),
    message: t.exposeString('message', { description: 'The English line, for clients that do not translate `kind`.' }),
    params: t.field({
      type: [MessageParamRef],
      description:
        "The kind's parameters (TASK_REMINDER: due, title; ACTIVITY_REMINDER: type, at, subject; CHANGE_PROPOSAL: field).",
      select: { kind: true, message: true },
      resolve: (n) => messageParams(notificationTemplates, n.kind, n.message),
    }),
    subjectId: t.exposeID('subjectId', {
      nullable: true,
      description: 'Global id of what it is about (a Task, an Activity...).',
    }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  myNotifications: t.prismaConnection({
    type: 'Notification',
    description: 'Your notifications, newest first.',
    authScopes: { authenticated: true },
    ...pagedList({
      args: { unread: t.arg.boolean({ required: false, description: 'true: only those not read yet.' }) },
      where: (ctx, args) => ({ ...mine(ctx), ...(args.unread ? { readAt: null } : {}) }),
      orderBy: () => [{ createdAt: 'desc' as const }, { id: 'desc' as const }],
      rows: (ctx) => ctx.db.notification,
    }),
  }),
}));

builder.mutationFields((t) => ({
  markNotificationRead: t.prismaField({
    type: 'Notification',
    description: 'Marks one of your notifications read (again: unchanged). Another user’s is NOT_FOUND.',
    authScopes: { authenticated: true },
    args: { id: t.arg.globalID() },
    resolve: async (query, _root, args, ctx) => {
      const id = idFor('Notification', args.id, ['id']);
      const where = { id, ...mine(ctx) };
      await ctx.db.notification.updateMany({ where: { ...where, readAt: null }, data: { readAt: ctx.now } });
      const found = await ctx.db.notification.findFirst({ ...query, where });
      if (!found) throw new ApiError('NOT_FOUND', 'Notification not found.');
      return found;
    },
  }),
  markAllNotificationsRead: t.int({
    description: 'Marks all your unread notifications read; returns how many.',
    authScopes: { authenticated: true },
    resolve: async (_root, _args, ctx) =>
      (await ctx.db.notification.updateMany({ where: { ...mine(ctx), readAt: null }, data: { readAt: ctx.now } }))
        .count,
  }),
}));
