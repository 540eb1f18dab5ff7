import { getNamedType, isObjectType, type GraphQLField } from 'graphql';
import { expect, it } from 'vitest';
import type { Role } from '../../generated/sqlite/enums.js';
import { schema } from '../../platform/schema.js';
import { roles } from '../../testing/api.js';

/**
 * A snapshot of the schema as each principal sees it: the root fields it may call and, on every type, the fields
 * withheld from it (@auth roles) or bound to consent (@purpose). Reviewing a change to these files is reviewing a
 * change of access rights; after an intended change, update them with `pnpm exec vitest run -u test/access-schema-by-role.test.ts`.
 */
type Principal = Role | 'PARTNER';

const scopes = (f: GraphQLField<unknown, unknown>) =>
  (f.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes as
    | { public?: boolean; authenticated?: boolean; partner?: boolean; roles?: Role[] }
    | ((...args: unknown[]) => unknown)
    | undefined;

function rootAllowed(p: Principal, f: GraphQLField<unknown, unknown>): boolean {
  const s = scopes(f);
  if (!s || typeof s === 'function') return false;
  if (s.public) return true;
  if (p === 'PARTNER') return s.partner === true;
  return s.authenticated === true || (s.roles?.includes(p) ?? false);
}

function view(p: Principal): string {
  const lines: string[] = [`# What ${p} may call and read`];
  for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
    for (const f of Object.values(root.getFields()).sort((a, b) => a.name.localeCompare(b.name))) {
      if (rootAllowed(p, f)) lines.push(`${root.name}.${f.name}: ${getNamedType(f.type).name}`);
    }
  }
  lines.push('', '# Guarded fields');
  const types = Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && !t.name.startsWith('__'))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const t of types) {
    if (!isObjectType(t) || t === schema.getQueryType() || t === schema.getMutationType()) continue;
    for (const f of Object.values(t.getFields())) {
      const rolesOf = (f.extensions as { pothosOptions?: { directives?: { auth?: { roles: Role[] } } } }).pothosOptions
        ?.directives?.auth?.roles;
      const consent = (f.extensions as { pothosOptions?: { directives?: { purpose?: unknown } } }).pothosOptions
        ?.directives?.purpose;
      if (rolesOf)
        lines.push(
          `${t.name}.${f.name}: ${p !== 'PARTNER' && rolesOf.includes(p) ? 'readable' : 'withheld (FORBIDDEN)'}`,
        );
      if (consent)
        lines.push(`${t.name}.${f.name}: consent-bound (CONSENT_REQUIRED unless the consent covers the purpose)`);
    }
  }
  return `${lines.join('\n')}\n`;
}

for (const p of [...roles, 'PARTNER'] as Principal[]) {
  it(`schema as ${p} sees it`, async () => {
    await expect(view(p)).toMatchFileSnapshot(`./__snapshots__/schema-by-role/${p.toLowerCase()}.txt`);
  });
}
