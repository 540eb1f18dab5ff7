/** The operations GraphiQL opens with must work as written, with the demo credentials printed at start. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDatabase } from '../seed/seed.service.js';
import { createFideleYoga, exampleQuery } from '../server.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../testing/databases.js';

describeEachDatabase('GraphiQL welcome operations', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDatabase(t.db, { contacts: 60, asOf: new Date('2026-06-30T00:00:00Z') });
  });
  afterAll(() => t?.drop());

  it('Login, then Contacts and Overview with the headers the comment tells to paste', async () => {
    const yoga = createFideleYoga({ db: t.db, provider });
    const run = async (operationName: string, headers: Record<string, string> = {}) => {
      const res = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: exampleQuery, operationName }),
      });
      return (await res.json()) as { data?: any; errors?: unknown[] };
    };
    const login = await run('Login');
    expect(login.errors).toBeUndefined();
    const headers = { authorization: `Bearer ${login.data.login.token}`, 'x-fidele-purpose': 'customer_service' };
    expect(exampleQuery).toContain('"x-fidele-purpose": "customer_service"');
    const contacts = await run('Contacts', headers);
    expect(contacts.errors).toBeUndefined();
    // Sorted by last name (a personal field), the list holds the contacts whose consent covers the purpose.
    expect(contacts.data.contacts.totalCount).toBeGreaterThan(5);
    expect(contacts.data.contacts.totalCount).toBeLessThanOrEqual(60);
    expect(contacts.data.contacts.edges).toHaveLength(5);
    const overview = await run('Overview', headers);
    expect(overview.errors).toBeUndefined();
    expect(overview.data.health.status).toBe('ok');
  });
});
