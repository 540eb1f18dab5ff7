import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

/**
 * A contract-based purpose (customer_service) covers only contacts with a contract on record: at least one sale,
 * or a service case that is not closed. The same answer through the field rule (JavaScript, the per-request
 * loader) and through a filter (SQL, `consentWhere`).
 */
describeEachDatabase('legal basis: contract', (provider) => {
  let h: ApiHarness;
  const c: Record<string, number> = {};
  const expected: Record<string, boolean> = {
    Buyer: true, // a client with a sale
    OpenCase: true, // a supplier with an open case
    ResolvedCase: true, // a resolved case is not closed
    ClosedCase: false, // a journalist whose only case is closed
    Prospect: false, // no sale, no case, no consent
    Granted: true, // no contract, but consent to customer_service
    Refused: false, // a sale, but customer_service denied: a refusal wins
  };

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const make = (lastName: string, kind: 'CLIENT' | 'SUPPLIER' | 'JOURNALIST' | 'PROSPECT') =>
      h.t.db.contact.create({
        data: {
          kind,
          lastName,
          email: `${lastName.toLowerCase()}@basis.test`,
          brandId: h.brands.a,
          zoneId: h.zones.north,
        },
      });
    const sale = (contactId: number) =>
      h.t.db.sale.create({
        data: {
          contactId,
          brandId: h.brands.a,
          saleDate: new Date('2026-01-10T00:00:00Z'),
          channel: 'STORE',
          total: '10',
        },
      });
    const serviceCase = (contactId: number, status: 'OPEN' | 'RESOLVED' | 'CLOSED') =>
      h.t.db.serviceCase.create({
        data: {
          contactId,
          status,
          reference: `CAS-${contactId}-${status}`,
          subject: 'Question',
          category: 'QUESTION',
          openedAt: new Date('2026-01-01T00:00:00Z'),
        },
      });
    c.Buyer = (await make('Buyer', 'CLIENT')).id;
    await sale(c.Buyer);
    c.OpenCase = (await make('OpenCase', 'SUPPLIER')).id;
    await serviceCase(c.OpenCase, 'OPEN');
    c.ResolvedCase = (await make('ResolvedCase', 'CLIENT')).id;
    await serviceCase(c.ResolvedCase, 'RESOLVED');
    c.ClosedCase = (await make('ClosedCase', 'JOURNALIST')).id;
    await serviceCase(c.ClosedCase, 'CLOSED');
    c.Prospect = (await make('Prospect', 'PROSPECT')).id;
    c.Granted = (await make('Granted', 'PROSPECT')).id;
    await h.consent(c.Granted, 'customer_service');
    c.Refused = (await make('Refused', 'CLIENT')).id;
    await sale(c.Refused);
    await h.consent(c.Refused, 'customer_service', { status: 'DENIED' });
  });
  afterAll(() => h?.drop());

  it('the field rule shows personal fields only for contacts with a contract or a consent', async () => {
    for (const [name, shown] of Object.entries(expected)) {
      const r = await h.as(
        'SUPPORT',
        'customer_service',
      )(`{ node(id: "${gid('Contact', c[name]!)}") { ... on Contact { lastName } } }`);
      expect(r.data.node.lastName, name).toBe(shown ? name : null);
      if (!shown) expect(r.errors?.[0]?.extensions.code, name).toBe('CONSENT_REQUIRED');
    }
  });

  it('a filter on a personal field sees exactly the same contacts (SQL mirror)', async () => {
    const r = await h.as(
      'SUPPORT',
      'customer_service',
    )(
      `{ contacts(first: 50, filter: { search: "basis.test" }, orderBy: [{ field: LAST_NAME }]) { totalCount edges { node { lastName } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const shown = Object.entries(expected)
      .filter(([, s]) => s)
      .map(([n]) => n)
      .sort();
    expect(r.data.contacts.edges.map((e: any) => e.node.lastName)).toEqual(shown);
    expect(r.data.contacts.totalCount).toBe(shown.length);
  });

  it('a marketing purpose is not opened by a contract', async () => {
    const r = await h.as(
      'ADMIN',
      'marketing',
    )(`{ node(id: "${gid('Contact', c.Buyer!)}") { ... on Contact { lastName } } }`);
    expect(r.data.node.lastName).toBeNull();
  });

  it('checks consent and contract with a fixed number of queries, whatever the number of contacts', async () => {
    const queries = async (n: number) => {
      h.statements.length = 0;
      const r = await h.as('SUPPORT', 'customer_service')(
        `query($n: Int!) { contacts(first: $n, orderBy: [{ field: CREATED_AT }]) { edges { node { lastName email } } } }`,
        { n },
      );
      expect(r.data.contacts.edges).toHaveLength(n);
      return h.statements.length;
    };
    expect(await queries(2)).toBe(await queries(7));
  });
});
