/**
 * GraphQL over HTTP conformance (issue 15): graphql-http's server audits against the real HTTP server. Any audit
 * that errors fails the test; warnings (SHOULD and MAY of the spec) are listed in the test output.
 *
 * The audits query `__type(name:)`, which is introspection: in development anyone may run it; in production only
 * staff may, so the production run sends a staff token (through graphql-http's `fetchFn`).
 */
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../packages/server/src/platform/http/start-server.js';
import { issueToken } from '../packages/server/src/identity/token.js';
import {
  createTestDatabase,
  describeEachDatabase,
  type TestDatabase,
} from '../packages/server/src/testing/databases.js';

/** Runs every audit; returns the errors and prints the warnings. */
async function audit(url: string, fetchFn: typeof fetch, label: string): Promise<string[]> {
  const audits = serverAudits({ url, fetchFn });
  expect(audits.length).toBeGreaterThan(20);
  const failures: string[] = [];
  const warnings: string[] = [];
  for (const a of audits) {
    const result = await a.fn();
    if (result.status === 'error') failures.push(`${a.id} ${a.name}: ${result.reason}`);
    if (result.status === 'warn') warnings.push(`${a.id} ${a.name}: ${result.reason}`);
  }
  if (warnings.length) console.info(`graphql-http warnings (${label}):\n${warnings.join('\n')}`);
  return failures;
}

describeEachDatabase('graphql-http server audits', (provider) => {
  let t: TestDatabase;
  let dev: RunningServer;
  let prod: RunningServer;
  let token: string;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    dev = await startServer({ db: t.db, provider, port: 0, production: false });
    prod = await startServer({ db: t.db, provider, port: 0, production: true });
    const admin = await t.db.staffUser.create({
      data: { email: 'audit@test.fidele', firstName: 'A', lastName: 'Audit', role: 'ADMIN', passwordHash: 'unused' },
    });
    token = (await issueToken(admin.id)).token;
  });
  afterAll(async () => {
    await dev?.close();
    await prod?.close();
    await t?.drop();
  });

  it('passes every audit anonymously in development', async () => {
    expect(await audit(`${dev.url}/graphql`, fetch, `${provider}, development`)).toEqual([]);
  });

  it('passes every audit as staff in production', async () => {
    const asStaff: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    };
    expect(await audit(`${prod.url}/graphql`, asStaff, `${provider}, production`)).toEqual([]);
  });
});
