import type { Role } from '../../packages/server/src/generated/sqlite/enums.js';
import { issueToken } from '../../packages/server/src/modules/auth/token.js';
import type { Provider } from '../../packages/server/src/db/paths.js';
import { createFideleYoga } from '../../packages/server/src/server.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

export interface GqlResult<T = any> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions: { code: string; fields?: { path: string[]; message: string }[] } }[];
}

export type Gql = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<GqlResult<T>>;

export const roles: Role[] = ['ADMIN', 'MARKETING', 'SALES', 'SUPPORT', 'ANALYST'];

export interface ApiHarness {
  t: TestDatabase;
  /** SQL statements sent since the last `statements.length = 0`. */
  statements: string[];
  brands: { a: number; b: number };
  zones: { north: number; south: number };
  users: Record<Role, number>;
  /** A client logged in as the staff user of that role (through the real token check, no shortcut). */
  as(role: Role): Gql;
  anonymous: Gql;
  drop(): Promise<void>;
}

/**
 * A migrated database with two brands, two zones and one staff user per role. The admin sees everything; the
 * others are scoped to brand A and the north zone, so rows of brand B or the south zone are outside their rights.
 */
export async function createApiHarness(provider: Provider): Promise<ApiHarness> {
  const statements: string[] = [];
  const t = await createTestDatabase(provider, { onStatement: (sql) => statements.push(sql) });
  const [a, b] = await Promise.all([
    t.db.brand.create({ data: { code: 'A', name: 'Brand A' } }),
    t.db.brand.create({ data: { code: 'B', name: 'Brand B' } }),
  ]);
  const [north, south] = await Promise.all([
    t.db.zone.create({ data: { code: 'N', name: 'North' } }),
    t.db.zone.create({ data: { code: 'S', name: 'South' } }),
  ]);
  const users = {} as Record<Role, number>;
  for (const role of roles) {
    const scoped = role !== 'ADMIN';
    const u = await t.db.staffUser.create({
      data: {
        email: `${role.toLowerCase()}@test.fidele`,
        firstName: role,
        lastName: 'Tester',
        role,
        passwordHash: 'not-used-tokens-are-issued-directly',
        ...(scoped ? { brands: { create: { brandId: a.id } }, zones: { create: { zoneId: north.id } } } : {}),
      },
    });
    users[role] = u.id;
  }
  const yoga = createFideleYoga({ db: t.db, provider });
  const client = (token?: string): Gql => async (query, variables = {}) => {
    const res = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult;
  };
  const tokens = Object.fromEntries(
    await Promise.all(roles.map(async (r) => [r, (await issueToken(users[r])).token] as const)),
  ) as Record<Role, string>;
  return {
    t,
    statements,
    brands: { a: a.id, b: b.id },
    zones: { north: north.id, south: south.id },
    users,
    as: (role) => client(tokens[role]),
    anonymous: client(),
    drop: () => t.drop(),
  };
}

/** The global id of a row, as the API encodes it. */
export const gid = (typename: string, id: number) => Buffer.from(`${typename}:${id}`).toString('base64');
