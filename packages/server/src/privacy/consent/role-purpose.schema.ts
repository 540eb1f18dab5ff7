import { builder } from '../../kernel/graphql/builder.js';
import { RoleEnum } from '../../kernel/graphql/enums.js';
import * as E from '../../generated/sqlite/enums.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { allRolePurposes, setRolePurposes } from './role-purpose.service.js';

const ROLES = Object.values(E.Role) as Role[];

const RolePurposesRef = builder.objectRef<{ role: Role; purposes: string[] }>('RolePurposes').implement({
  description: 'The purposes a role may declare (x-fidele-purpose), by code; a code covers its subtree.',
  fields: (t) => ({
    id: t.id({ description: 'The role: what the audit entry of a change names.', resolve: (r) => r.role }),
    role: t.expose('role', { type: RoleEnum }),
    purposes: t.exposeStringList('purposes'),
  }),
});

builder.queryField('rolePurposes', (t) =>
  t.field({
    type: [RolePurposesRef],
    description: 'Which purposes each role may declare (admins).',
    authScopes: { roles: ['ADMIN'] },
    resolve: (_r, _a, ctx) => allRolePurposes(ctx.db, ROLES),
  }),
);

builder.mutationField('setRolePurposes', (t) =>
  t.field({
    type: RolePurposesRef,
    description:
      'Replaces the purposes a role may declare (admins; each an active purpose code). Applies from the next request ' +
      'of every user of the role; audited with the codes added and removed.',
    authScopes: { roles: ['ADMIN'] },
    args: { role: t.arg({ type: RoleEnum }), purposes: t.arg.stringList() },
    resolve: async (_r, args, ctx) => ({
      role: args.role,
      purposes: await setRolePurposes(ctx, args.role, args.purposes),
    }),
  }),
);
