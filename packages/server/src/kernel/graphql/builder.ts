import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Context } from '../context.js';
import InputPolicyPlugin from './input-policy.plugin.js';
import { ApiError } from '../errors.js';
import { decodeCanonicalGlobalId } from './global-id.js';
import { MAX_PAGE_SIZE } from './page-size.js';
import { isConsentBound } from '../field-rules.js';
import type { Role } from '../../generated/sqlite/enums.js';
import type PrismaTypes from '../../generated/sqlite/pothos-types.js';
import { getDatamodel } from '../../generated/sqlite/pothos-types.js';

/**
 * The Pothos builder. It defines no types: each domain module under modules/ adds its own, and schema.ts imports
 * the modules and prints the schema.
 *
 * Secure by default: every root field must declare `authScopes` (a test walks the schema); `public` is the
 * explicit opt-out.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  AuthScopes: {
    /** Anyone, authenticated or not. Only for fields without personal data. */
    public: boolean;
    /**
     * A logged-in staff user. Partners (API keys) are not included: a field they may reach opts in with
     * `partner: true`, so a new module is closed to partners by default.
     */
    authenticated: boolean;
    /** A partner application with a valid API key. */
    partner: boolean;
    /** A staff user whose role is one of these. */
    roles: Role[];
  };
  Directives: {
    /** Printed on fields readable only by some roles, so SDK users and partners can read the rule. */
    auth: { locations: 'FIELD_DEFINITION'; args: { roles: Role[] } };
    /** Printed on personal fields: they resolve only when the contact's consent covers the request's purpose. */
    purpose: { locations: 'FIELD_DEFINITION'; args: { consentBound: boolean } };
  };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    Decimal: { Input: string; Output: { toString(): string } | string | number };
    ID: { Input: string; Output: string | number };
  };
}>({
  // InputPolicyPlugin last: its resolver wrapper sits inside the auth check (FORBIDDEN before VALIDATION).
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, DirectivesPlugin, InputPolicyPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  directives: { useGraphQLToolsUnorderedDirectives: true },
  scopeAuth: {
    // A type's rule is checked once for the whole object: an object the caller may not see answers null with one
    // error (as a missing row would), not a shell of null fields that shows it exists.
    runScopesOnType: true,
    authScopes: (ctx) => ({
      public: true,
      authenticated: ctx.principal?.kind === 'staff',
      partner: ctx.principal?.kind === 'partner',
      roles: (roles) => ctx.principal?.kind === 'staff' && roles.includes(ctx.principal.role),
    }),
    unauthorizedError: (_parent, ctx, info) => {
      if (!ctx.principal) return new ApiError('UNAUTHENTICATED', 'Log in or send an API key.');
      if (isConsentBound(`${info.parentType.name}.${info.fieldName}`)) {
        return ctx.purpose
          ? new ApiError(
              'CONSENT_REQUIRED',
              `The contact's consent does not cover the purpose "${ctx.purpose.code}".`,
              { purpose: ctx.purpose.code },
            )
          : new ApiError(
              'CONSENT_REQUIRED',
              'Declare an access purpose (header x-fidele-purpose) to read personal data.',
              { purpose: null },
            );
      }
      return new ApiError('FORBIDDEN', 'Not allowed for your role or purpose.');
    },
  },
  prisma: {
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    // Larger pages are refused before execution (use-operation-limits.ts); this clamp only backs that rule up.
    maxConnectionSize: MAX_PAGE_SIZE,
    // Tests run with 'error' so that a resolver that forgets Pothos' `query` (an N+1 in waiting) fails loudly.
    onUnusedQuery: process.env.FIDELE_UNUSED_QUERY === 'error' ? 'error' : null,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: false,
    // Only the canonical form resolves: `Contact:1.5` or `Contact:01` would otherwise be read as contact 1.
    decodeGlobalID: (globalID) => decodeCanonicalGlobalId(globalID),
    // Node lookups also pass each type's own rules (type-level authScopes and the row rule in findUnique).
    nodeQueryOptions: { authScopes: { authenticated: true, partner: true } },
    nodesQueryOptions: { authScopes: { authenticated: true, partner: true } },
  },
});

builder.queryType({ description: 'Reads. Every root field declares who may call it.' });
builder.mutationType({ description: 'Writes. Every root field declares who may call it.' });
