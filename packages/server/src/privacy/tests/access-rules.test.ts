import type { GraphQLField } from 'graphql';
import { expect, it } from 'vitest';
import { schema } from '../../platform/schema.js';

/**
 * Secure by default: every root field must say who may call it. `authScopes: { public: true }` is an explicit
 * opt-out and is only allowed on fields that carry no personal data (listed here, so adding one is a reviewed
 * change).
 */
const publicRootFields = new Set([
  'Query.health',
  'Query.me',
  'Mutation.login',
  // Proves itself with the current password, like login (and throttled with it): a user holding a temporary
  // password has no session to call it with.
  'Mutation.changePassword',
]);

const rootFields = () =>
  [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    type ? Object.values(type.getFields()).map((f) => [`${type.name}.${f.name}`, f] as const) : [],
  );

const scopesOf = (f: GraphQLField<unknown, unknown>) =>
  (f.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes;

it('every root field declares an access rule', () => {
  const missing = rootFields()
    .filter(([, f]) => scopesOf(f) === undefined)
    .map(([name]) => name);
  expect(missing).toEqual([]);
});

it('only the reviewed fields are public', () => {
  const open = rootFields()
    .filter(([, f]) => (scopesOf(f) as { public?: boolean } | undefined)?.public === true)
    .map(([name]) => name);
  expect(open.sort()).toEqual([...publicRootFields].sort());
});
