import type { ConsentStatus, Role } from '../generated/sqlite/enums.js';
import { issueToken } from '../identity/token.js';
import type { Provider } from '../kernel/db/paths.js';
import { createFideleYoga } from '../platform/server.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

export interface GqlResult<T = any> {
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions: { code: string; fields?: { path: string[]; message: string }[] };
  }[];
}

export type Gql = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<GqlResult<T>>;

export const roles: Role[] = ['ADMIN', 'MARKETING', 'SALES', 'SUPPORT', 'ANALYST'];

/** The demo purpose tree (as the seed creates it), for harnesses made with `{ purposes: true }`. */
export const harnessPurposes = [
  { code: 'marketing', legalBasis: 'CONSENT' },
  { code: 'newsletter', legalBasis: 'CONSENT', parent: 'marketing' },
  { code: 'targeted_offers', legalBasis: 'CONSENT', parent: 'marketing' },
  { code: 'profiling', legalBasis: 'CONSENT' },
  { code: 'customer_service', legalBasis: 'CONTRACT' },
  { code: 'partner_sharing', legalBasis: 'CONSENT' },
] as const;

/** The purpose each role declares by default in a harness made with `{ purposes: true }`. */
export const defaultPurposes: Record<Role, string> = {
  ADMIN: 'customer_service',
  MARKETING: 'marketing',
  SALES: 'customer_service',
  SUPPORT: 'customer_service',
  ANALYST: 'profiling',
};

export interface HarnessOptions {
  /**
   * Create the demo purpose tree and have `as(role)` declare the role's default purpose (`defaultPurposes`).
   * Without it, `as(role)` declares no purpose unless given one, and personal fields answer CONSENT_REQUIRED.
   * @default false
   */
  purposes?: boolean;
}

export interface ConsentFixture {
  /** @default 'GRANTED' */
  status?: ConsentStatus;
  /** @default 2020-01-01 */
  from?: Date;
  to?: Date | null;
}

export interface ApiHarness {
  t: TestDatabase;
  /** SQL statements sent since the last `statements.length = 0`. */
  statements: string[];
  brands: { a: number; b: number };
  zones: { north: number; south: number };
  users: Record<Role, number>;
  /** Purpose code → id (empty unless made with `{ purposes: true }`). */
  purposes: Record<string, number>;
  /**
   * A client logged in as the staff user of that role (through the real token check, no shortcut), declaring
   * `purpose` (default: the role's default purpose with `{ purposes: true }`, none otherwise; null: none).
   */
  as(role: Role, purpose?: string | null): Gql;
  /** A client sending an API key (`x-api-key`) and a purpose, through the real key check. */
  partner(key: string, purpose?: string | null): Gql;
  /** A raw request with the given headers, for status codes and header-level tests. */
  fetch(headers: Record<string, string>, query: string, variables?: Record<string, unknown>): Promise<Response>;
  anonymous: Gql;
  /**
   * Records a consent decision of a contact directly in the database (event + current state), as a fixture.
   * The API's own consent mutations are tested separately.
   */
  consent(contactId: number, purposeCode: string, fixture?: ConsentFixture): Promise<void>;
  drop(): Promise<void>;
}

/**
 * A migrated database with two brands, two zones and one staff user per role. The admin sees everything; the
 * others are scoped to brand A and the north zone, so rows of brand B or the south zone are outside their rights.
 */
export async function createApiHarness(provider: Provider, options: HarnessOptions = {}): Promise<ApiHarness> {
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
  const purposes: Record<string, number> = {};
  if (options.purposes) {
    for (const p of harnessPurposes) {
      const parentId = 'parent' in p ? purposes[p.parent] : undefined;
      purposes[p.code] = (
        await t.db.purpose.create({ data: { code: p.code, name: p.code, legalBasis: p.legalBasis, parentId } })
      ).id;
    }
  }
  // The purpose tree read on every request: statement counts must not depend on how long a test takes.
  const yoga = createFideleYoga({ db: t.db, provider, purposeTtlMs: 0 });
  const raw = async (headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) =>
    yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
  const client =
    (headers: Record<string, string>): Gql =>
    async (query, variables = {}) =>
      (await (await raw(headers, query, variables)).json()) as GqlResult;
  const purposeHeader = (purpose: string | null | undefined): Record<string, string> =>
    purpose ? { 'x-fidele-purpose': purpose } : {};
  const tokens = Object.fromEntries(
    await Promise.all(roles.map(async (r) => [r, (await issueToken(users[r])).token] as const)),
  ) as Record<Role, string>;
  return {
    t,
    statements,
    brands: { a: a.id, b: b.id },
    zones: { north: north.id, south: south.id },
    users,
    purposes,
    as: (role, purpose) =>
      client({
        authorization: `Bearer ${tokens[role]}`,
        ...purposeHeader(purpose === undefined && options.purposes ? defaultPurposes[role] : purpose),
      }),
    partner: (key, purpose) => client({ 'x-api-key': key, ...purposeHeader(purpose) }),
    fetch: raw,
    anonymous: client({}),
    consent: async (contactId, purposeCode, fixture = {}) => {
      const purposeId =
        purposes[purposeCode] ?? (await t.db.purpose.findUniqueOrThrow({ where: { code: purposeCode } })).id;
      const status = fixture.status ?? 'GRANTED';
      const effectiveFrom = fixture.from ?? new Date('2020-01-01T00:00:00Z');
      const effectiveTo = fixture.to ?? null;
      const event = await t.db.consentEvent.create({
        data: { contactId, purposeId, status, source: 'IMPORT', capturedAt: effectiveFrom, effectiveFrom, effectiveTo },
      });
      const state = { status, effectiveFrom, effectiveTo, lastEventId: event.id };
      await t.db.consentState.upsert({
        where: { contactId_purposeId: { contactId, purposeId } },
        create: { contactId, purposeId, ...state },
        update: state,
      });
    },
    drop: () => t.drop(),
  };
}

/** The global id of a row, as the API encodes it. */
export const gid = (typename: string, id: number) => Buffer.from(`${typename}:${id}`).toString('base64');
