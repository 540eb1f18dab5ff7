import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../kernel/graphql/builder.js';
import { RoleEnum } from '../kernel/graphql/enums.js';
import { idFor } from '../kernel/graphql/global-id.js';
import type { Context } from '../kernel/context.js';
import type { IncomingMessage } from 'node:http';
import { changePassword, clientAddress, clientKey } from './auth.service.js';
import { LoginResult } from './auth.schema.js';
import {
  createStaffUser,
  resetStaffPassword,
  setStaffUserActive,
  type StaffScope,
  updateStaffUser,
} from './staff-admin.service.js';

const adminOnly = { authScopes: { roles: ['ADMIN' as const] } };

// What administrators see of an account; other staff see names and role only (auth.schema.ts).
builder.prismaObjectFields('StaffUser', (t) => ({
  active: t.exposeBoolean('active', { ...adminOnly, description: 'False: deactivated, every token refused.' }),
  mustChangePassword: t.boolean({
    ...adminOnly,
    description: 'True while the user holds a temporary password an administrator gave (and has not chosen one).',
    select: { passwordTemporaryUntil: true },
    resolve: (u) => u.passwordTemporaryUntil !== null,
  }),
  temporaryPasswordExpiresAt: t.expose('passwordTemporaryUntil', { ...adminOnly, type: 'DateTime', nullable: true }),
  brandIds: t.idList({
    ...adminOnly,
    description: 'The brands whose contacts the user reaches (global ids of Brand).',
    select: { brands: { select: { brandId: true }, orderBy: { brandId: 'asc' } } },
    resolve: (u) => u.brands.map((b) => encodeGlobalID('Brand', b.brandId)),
  }),
  zoneIds: t.idList({
    ...adminOnly,
    description: 'The zones whose contacts the user reaches (global ids of Zone).',
    select: { zones: { select: { zoneId: true }, orderBy: { zoneId: 'asc' } } },
    resolve: (u) => u.zones.map((z) => encodeGlobalID('Zone', z.zoneId)),
  }),
  version: t.exposeInt('version', { ...adminOnly, description: 'Send it back with updateStaffUser.' }),
  createdAt: t.expose('createdAt', { ...adminOnly, type: 'DateTime' }),
}));

const NewStaffUserInput = builder.inputType('NewStaffUserInput', {
  fields: (t) => ({
    email: t.string(),
    firstName: t.string(),
    lastName: t.string(),
    role: t.field({ type: RoleEnum }),
    brands: t.globalIDList({ required: false, description: 'The brands (global ids) whose contacts they reach.' }),
    zones: t.globalIDList({ required: false, description: 'The zones (global ids) whose contacts they reach.' }),
    temporaryPassword: t.string({
      description: 'Given to the person by you; it lets them only choose their own, within 7 days. Meets the policy.',
    }),
  }),
});

const StaffUserInput = builder.inputType('StaffUserInput', {
  description: 'What to change; an absent field stays as it is. Brands and zones given are the whole new list.',
  fields: (t) => ({
    firstName: t.string({ required: false }),
    lastName: t.string({ required: false }),
    role: t.field({ type: RoleEnum, required: false }),
    brands: t.globalIDList({ required: false }),
    zones: t.globalIDList({ required: false }),
  }),
});

type ScopeInput = {
  firstName?: string | null;
  lastName?: string | null;
  role?: StaffScope['role'];
  brands?: readonly { typename: string; id: string }[] | null;
  zones?: readonly { typename: string; id: string }[] | null;
};
const scopeOf = (input: ScopeInput): StaffScope => ({
  firstName: input.firstName,
  lastName: input.lastName,
  role: input.role,
  brandIds: input.brands?.map((b, i) => idFor('Brand', b, ['input', 'brands', String(i)])) ?? null,
  zoneIds: input.zones?.map((z, i) => idFor('Zone', z, ['input', 'zones', String(i)])) ?? null,
});

const userId = (id: { typename: string; id: string }) => idFor('StaffUser', id, ['id']);
const byId = (ctx: Context, query: object, id: number) =>
  ctx.db.staffUser.findUniqueOrThrow({ ...query, where: { id } });

builder.queryField('staffAccounts', (t) =>
  t.prismaField({
    type: ['StaffUser'],
    ...adminOnly,
    description: 'Every staff account, active or not, by name (admins).',
    resolve: (query, _r, _a, ctx) =>
      ctx.db.staffUser.findMany({ ...query, orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }] }),
  }),
);

builder.mutationFields((t) => ({
  createStaffUser: t.prismaField({
    type: 'StaffUser',
    ...adminOnly,
    description: 'Creates a staff user with a temporary password to hand over (admins).',
    args: { input: t.arg({ type: NewStaffUserInput }) },
    resolve: async (query, _r, { input }, ctx) => {
      const { id } = await createStaffUser(ctx, {
        ...scopeOf(input),
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        role: input.role,
        temporaryPassword: input.temporaryPassword,
      });
      return byId(ctx, query, id);
    },
  }),
  updateStaffUser: t.prismaField({
    type: 'StaffUser',
    ...adminOnly,
    description:
      "Changes a user's names, role, brands or zones (admins), if still at `version`: applies on their next request.",
    args: { id: t.arg.globalID(), version: t.arg.int(), input: t.arg({ type: StaffUserInput }) },
    resolve: async (query, _r, args, ctx) => {
      const id = userId(args.id);
      await updateStaffUser(ctx, id, args.version, scopeOf(args.input));
      return byId(ctx, query, id);
    },
  }),
  deactivateStaffUser: t.prismaField({
    type: 'StaffUser',
    ...adminOnly,
    description: 'Deactivates an account (admins): its tokens are refused from the next request, on every instance.',
    args: { id: t.arg.globalID() },
    resolve: async (query, _r, args, ctx) => {
      await setStaffUserActive(ctx, userId(args.id), false);
      return byId(ctx, query, userId(args.id));
    },
  }),
  reactivateStaffUser: t.prismaField({
    type: 'StaffUser',
    ...adminOnly,
    description: 'Reactivates an account (admins); tokens issued before its deactivation stay refused.',
    args: { id: t.arg.globalID() },
    resolve: async (query, _r, args, ctx) => {
      await setStaffUserActive(ctx, userId(args.id), true);
      return byId(ctx, query, userId(args.id));
    },
  }),
  resetStaffPassword: t.prismaField({
    type: 'StaffUser',
    ...adminOnly,
    description:
      'Gives a user a temporary password (admins): their sessions end now; it lets them only choose their own, within 7 days.',
    args: { id: t.arg.globalID(), temporaryPassword: t.arg.string() },
    resolve: async (query, _r, args, ctx) => {
      await resetStaffPassword(ctx, userId(args.id), args.temporaryPassword);
      return byId(ctx, query, userId(args.id));
    },
  }),
}));

/** The client address of a request, as `login` reads it (auth.schema.ts). */
const clientOf = (ctx: Context) => {
  const c = ctx as Context & { req?: IncomingMessage; request?: Request };
  return clientAddress(c.req?.socket?.remoteAddress, c.request?.headers.get('x-forwarded-for'));
};

builder.mutationField('changePassword', (t) =>
  t.field({
    type: LoginResult,
    description:
      'Replace your password (your own, or a temporary one an administrator gave) and get a new token; earlier ' +
      'sessions end. Throttled and answered like login. The new password must meet the policy (12 to 128 ' +
      'characters, not a common or breached one, not your e-mail).',
    authScopes: { public: true },
    args: { email: t.arg.string(), currentPassword: t.arg.string(), newPassword: t.arg.string() },
    resolve: (_root, args, ctx) =>
      changePassword(ctx.db, args.email, args.currentPassword, args.newPassword, { client: clientKey(clientOf(ctx)) }),
  }),
);
