import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../kernel/graphql/builder.js';
import { RoleEnum } from '../kernel/graphql/enums.js';
import type { IncomingMessage } from 'node:http';
import type { Context } from '../kernel/context.js';
import { clientAddress, clientKey, login } from './auth.service.js';

/**
 * The client address of a request: the socket's peer, which Yoga's Node adapter passes in the context as `req`, or
 * behind a trusted reverse proxy the address it forwarded (`clientAddress`).
 */
const clientOf = (ctx: Context) => {
  const c = ctx as Context & { req?: IncomingMessage; request?: Request };
  return clientAddress(c.req?.socket?.remoteAddress, c.request?.headers.get('x-forwarded-for'));
};

export const StaffUserRef = builder.prismaObject('StaffUser', {
  description: 'A member of staff who uses the back-office.',
  fields: (t) => ({
    id: t.id({
      description: 'Global id: what task assignees and activity authors take.',
      resolve: (u) => encodeGlobalID('StaffUser', u.id),
    }),
    email: t.exposeString('email'),
    firstName: t.exposeString('firstName'),
    lastName: t.exposeString('lastName'),
    role: t.expose('role', { type: RoleEnum }),
  }),
});

export const LoginResult = builder
  .objectRef<{ token: string; expiresAt: Date; user: { id: number } }>('LoginResult')
  .implement({
    fields: (t) => ({
      token: t.exposeString('token', { description: 'Send as `Authorization: Bearer <token>`.' }),
      expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
      user: t.prismaField({
        type: 'StaffUser',
        resolve: (query, result, _args, ctx) =>
          ctx.db.staffUser.findUniqueOrThrow({ ...query, where: { id: result.user.id } }),
      }),
    }),
  });

builder.mutationField('login', (t) =>
  t.field({
    type: LoginResult,
    description:
      'Exchange a staff e-mail and password for a short-lived token. Throttled per account and per client: RATE_LIMITED (HTTP 429, Retry-After) after too many failures.',
    authScopes: { public: true },
    args: { email: t.arg.string(), password: t.arg.string() },
    resolve: (_root, args, ctx) => login(ctx.db, args.email, args.password, { client: clientKey(clientOf(ctx)) }),
  }),
);

builder.queryField('me', (t) =>
  t.prismaField({
    type: 'StaffUser',
    nullable: true,
    description: 'The logged-in staff user, or null when anonymous or a partner key.',
    authScopes: { public: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.principal?.kind === 'staff'
        ? ctx.db.staffUser.findUnique({ ...query, where: { id: ctx.principal.userId } })
        : null,
  }),
);

builder.queryField('staffUsers', (t) =>
  t.prismaField({
    type: ['StaffUser'],
    description: 'The active staff users, by name: whom a task can be assigned to.',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.staffUser.findMany({
        ...query,
        where: { active: true },
        orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
      }),
  }),
);
