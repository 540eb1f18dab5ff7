import type { GraphQLField, GraphQLObjectType } from 'graphql';
import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import { RoleEnum } from '../../kernel/graphql/enums.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { allowedPurposeCodes } from '../consent/purpose.service.js';
import {
  type ConfidentialField,
  confidentialFields,
  consentBoundFields,
  mayReadConfidential,
} from '../../kernel/field-rules.js';

/**
 * `myPermissions`: what the caller may read and write, so that a client (the admin) can mirror the rules instead of
 * copying them. Everything here is derived from the rules the API enforces: the confidential and consent-bound field
 * tables of field-rules.ts, the purposes of purpose.service.ts, and the `authScopes` each root field declares (read
 * from the executable schema, so a new mutation is covered without touching this file). Displaying it is a
 * convenience: the server enforces the same rules on every request whatever a client shows.
 */

interface FieldPermission {
  field: string;
  rule: 'CONFIDENTIAL' | 'PERSONAL';
  read: boolean;
  write: boolean;
}

interface Permissions {
  role: Role | null;
  purposes: readonly string[];
  purpose: string | null;
  fields: FieldPermission[];
  queries: string[];
  mutations: string[];
}

const FieldRuleEnum = builder.enumType('FieldRule', {
  description: 'Why a field is restricted.',
  values: {
    CONFIDENTIAL: { description: 'Readable (and writable) by some roles only (`@auth`).' },
    PERSONAL: {
      description: "Personal data (`@purpose`): readable when the contact's consent covers the request's purpose.",
    },
  } as const,
});

const FieldPermissionRef = builder.objectRef<FieldPermission>('FieldPermission').implement({
  description: 'One restricted field and what the caller may do with it.',
  fields: (t) => ({
    field: t.exposeString('field', { description: '`Type.field`, e.g. `Contact.incomeBand`.' }),
    rule: t.field({ type: FieldRuleEnum, resolve: (p) => p.rule }),
    read: t.exposeBoolean('read', {
      description:
        "PERSONAL: true, but each value still depends on its contact's consent (null and CONSENT_REQUIRED otherwise).",
    }),
    write: t.exposeBoolean('write', {
      description: 'May set it in a create or update (a confidential field: only if readable).',
    }),
  }),
});

const PermissionsRef = builder.objectRef<Permissions>('Permissions').implement({
  description: 'What the caller may read and write. The API enforces the same rules whatever a client displays.',
  fields: (t) => ({
    role: t.field({ type: RoleEnum, nullable: true, description: 'Null for a partner key.', resolve: (p) => p.role }),
    purposes: t.exposeStringList('purposes', {
      description: 'Purpose codes the caller may declare (header x-fidele-purpose); each covers its subtree.',
    }),
    purpose: t.exposeString('purpose', { nullable: true, description: 'The purpose this request declared.' }),
    fields: t.field({ type: [FieldPermissionRef], resolve: (p) => p.fields }),
    queries: t.exposeStringList('queries', { description: 'Root query fields the caller may run.' }),
    mutations: t.exposeStringList('mutations', { description: 'Root mutation fields the caller may run.' }),
  }),
});

type Scopes = { public?: boolean; authenticated?: boolean; partner?: boolean; roles?: readonly Role[] } | undefined;

/** Whether a root field's declared scopes (any of them, as scope-auth combines them) admit the caller. */
function admits(scopes: Scopes, ctx: Context): boolean {
  if (!scopes || typeof scopes !== 'object') return false; // a function rule is decided per call: not promised here
  const p = ctx.principal;
  if (scopes.public) return true;
  if (scopes.authenticated && p?.kind === 'staff') return true;
  if (scopes.partner && p?.kind === 'partner') return true;
  return !!scopes.roles && p?.kind === 'staff' && scopes.roles.includes(p.role);
}

const allowedRootFields = (type: GraphQLObjectType | null | undefined, ctx: Context): string[] =>
  Object.values(type?.getFields() ?? {})
    .filter((f: GraphQLField<unknown, unknown>) =>
      admits((f.extensions as { pothosOptions?: { authScopes?: Scopes } }).pothosOptions?.authScopes, ctx),
    )
    .map((f) => f.name)
    .sort();

builder.queryField('myPermissions', (t) =>
  t.field({
    type: PermissionsRef,
    nullable: true,
    description: 'What you, a logged-in staff user, may read and write, for clients that mirror the rules.',
    authScopes: { authenticated: true },
    resolve: (_root, _args, ctx, info) => {
      const p = ctx.principal;
      if (!p) return null;
      const staffRole = p.kind === 'staff' ? p.role : null;
      const fields: FieldPermission[] = [
        ...(Object.keys(confidentialFields) as ConfidentialField[]).map((field) => {
          const allowed = mayReadConfidential(p, field);
          return { field, rule: 'CONFIDENTIAL' as const, read: allowed, write: allowed && staffRole !== null };
        }),
        ...consentBoundFields.map((name) => ({
          field: `Contact.${name}`,
          rule: 'PERSONAL' as const,
          read: true,
          write: staffRole !== null,
        })),
      ];
      return {
        role: staffRole,
        purposes: allowedPurposeCodes(p),
        purpose: ctx.purpose?.code ?? null,
        fields,
        queries: allowedRootFields(info.schema.getQueryType(), ctx),
        mutations: allowedRootFields(info.schema.getMutationType(), ctx),
      };
    },
  }),
);
