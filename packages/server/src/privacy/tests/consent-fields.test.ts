import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentBoundFields } from '../../kernel/field-rules.js';
import { printedSchema } from '../../platform/schema.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const personal = consentBoundFields.join(' ');
const list = `query($filter: ContactFilter, $orderBy: [ContactOrder!]) {
  contacts(first: 50, filter: $filter, orderBy: $orderBy) { totalCount edges { node { id kind lastName email } } } }`;

it('prints every consent-bound field, and only those, with @purpose(consentBound: true)', () => {
  // The printed schema is the contract partners and SDK users read.
  const printed = printedSchema();
  const block = printed.slice(printed.indexOf('type Contact implements Node {'));
  const body = block.slice(0, block.indexOf('\n}\n'));
  const marked = [...body.matchAll(/^\s+(\w+)(?:\([^)]*\))?: [^\n]*@purpose\(consentBound: true\)/gm)].map((m) => m[1]);
  expect(marked.sort()).toEqual([...consentBoundFields].sort());
  // Outside Contact, the only consent-bound field is a survey's free-text answer (what the contact wrote).
  const elsewhere = [...printed.matchAll(/^type (\w+)[^{]*\{([^}]*)\}/gm)]
    .filter((m) => m[1] !== 'Contact')
    .flatMap((m) =>
      [...m[2]!.matchAll(/^\s+(\w+)(?:\([^)]*\))?: [^\n]*@purpose\(consentBound: true\)/gm)].map(
        (f) => `${m[1]}.${f[1]}`,
      ),
    );
  expect(elsewhere).toEqual(['SurveyAnswer.text']);
  expect(printed.match(/: [^\n]*@purpose\(consentBound: true\)/g)).toHaveLength(
    consentBoundFields.length + elsewhere.length,
  );
});

describeEachDatabase('consent-bound personal fields', (provider) => {
  let h: ApiHarness;
  const c: Record<string, number> = {};

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const base = { kind: 'CLIENT' as const, brandId: h.brands.a, zoneId: h.zones.north };
    const person = (lastName: string, extra = {}) =>
      h.t.db.contact.create({
        data: {
          ...base,
          lastName,
          firstName: `${lastName}-first`,
          civility: 'MRS',
          companyName: `${lastName} SARL`,
          jobTitle: 'Buyer',
          email: `${lastName.toLowerCase()}@example.fr`,
          phone: '0102030405',
          mobile: '0607080910',
          fax: '0102030406',
          addressLine1: '1 rue A',
          addressLine2: 'Bat B',
          addressLine3: 'Etage 3',
          postalCode: `75${lastName.length}00`,
          city: 'Paris',
          ...extra,
        },
      });
    c.Granted = (await person('Granted')).id; // consented to marketing (the parent)
    c.Silent = (await person('Silent')).id; // no record at all
    c.Denied = (await person('Denied')).id; // marketing granted, but newsletter denied
    c.Withdrawn = (await person('Withdrawn')).id; // marketing withdrawn
    c.Expired = (await person('Expired')).id; // marketing granted until 2021
    await h.consent(c.Granted, 'marketing');
    await h.consent(c.Denied, 'marketing');
    await h.consent(c.Denied, 'newsletter', { status: 'DENIED' });
    await h.consent(c.Withdrawn, 'marketing', { status: 'WITHDRAWN' });
    await h.consent(c.Expired, 'marketing', { to: new Date('2021-01-01T00:00:00Z') });
    // Silent bought something: a contract on record, the basis of customer_service (see consent-legal-basis.test.ts).
    await h.t.db.sale.create({
      data: {
        contactId: c.Silent,
        brandId: h.brands.a,
        saleDate: new Date('2025-01-01T00:00:00Z'),
        channel: 'STORE',
        total: '1',
      },
    });
  });
  afterAll(() => h?.drop());

  const node = (id: number) =>
    `{ node(id: "${gid('Contact', id)}") { id ... on Contact { kind countryCode ${personal} } } }`;

  it('resolves every personal field when the consent covers the purpose', async () => {
    const r = await h.as('MARKETING', 'newsletter')(node(c.Granted!));
    expect(r.errors).toBeUndefined();
    for (const f of consentBoundFields) expect(r.data.node[f], f).not.toBeNull();
  });

  it('withholds every personal field with null and CONSENT_REQUIRED at its path, and keeps the rest', async () => {
    for (const who of ['Silent', 'Withdrawn', 'Expired'] as const) {
      const r = await h.as('MARKETING', 'newsletter')(node(c[who]!));
      expect(r.data.node.kind).toBe('CLIENT');
      expect(r.data.node.countryCode).toBe('FR');
      for (const f of consentBoundFields) expect(r.data.node[f], `${who}.${f}`).toBeNull();
      expect(r.errors?.map((e) => e.path?.join('.')).sort()).toEqual(consentBoundFields.map((f) => `node.${f}`).sort());
      expect(new Set(r.errors?.map((e) => e.extensions.code))).toEqual(new Set(['CONSENT_REQUIRED']));
    }
  });

  it('a denied child stays denied under a granted parent; the parent itself is still allowed', async () => {
    const child = await h.as('MARKETING', 'newsletter')(node(c.Denied!));
    expect(child.data.node.lastName).toBeNull();
    const sibling = await h.as('MARKETING', 'targeted_offers')(node(c.Denied!));
    expect(sibling.data.node.lastName).toBe('Denied');
  });

  it('a contract-based purpose needs no consent record for a contact with a contract, only for one without', async () => {
    // Silent has a sale (a contract on record); Denied has none: customer_service does not open it.
    const r = await h.as('SUPPORT', 'customer_service')(node(c.Silent!));
    expect(r.data.node.lastName).toBe('Silent');
    const none = await h.as('SUPPORT', 'customer_service')(node(c.Denied!));
    expect(none.data.node.lastName).toBeNull();
  });

  it('without a declared purpose, personal fields answer CONSENT_REQUIRED (purpose: null); other fields resolve', async () => {
    const r = await h.as(
      'ADMIN',
      null,
    )(`{ node(id: "${gid('Contact', c.Granted!)}") { ... on Contact { kind lastName } } }`);
    expect(r.data.node).toEqual({ kind: 'CLIENT', lastName: null });
    expect(r.errors?.[0]).toMatchObject({
      path: ['node', 'lastName'],
      extensions: { code: 'CONSENT_REQUIRED', purpose: null },
    });
  });

  it('refuses a purpose the role may not declare, and an unknown purpose', async () => {
    const forbidden = await h.as('SUPPORT', 'marketing')(node(c.Granted!));
    expect(forbidden.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const unknown = await h.as('ADMIN', 'astrology')(node(c.Granted!));
    expect(unknown.errors?.[0]?.extensions.code).toBe('VALIDATION');
  });

  it('a withdrawal applies to the very next request', async () => {
    const id = (
      await h.t.db.contact.create({
        data: { kind: 'SUPPLIER', lastName: 'Changing', brandId: h.brands.a, zoneId: h.zones.north },
      })
    ).id;
    await h.consent(id, 'marketing');
    const q = `{ node(id: "${gid('Contact', id)}") { ... on Contact { lastName } } }`;
    expect((await h.as('MARKETING')(q)).data.node.lastName).toBe('Changing');
    await h.consent(id, 'marketing', { status: 'WITHDRAWN', from: new Date(Date.now() - 1000) });
    expect((await h.as('MARKETING')(q)).data.node.lastName).toBeNull();
  });

  describe('filters, sorts and counts only see consenting contacts', () => {
    it('a search by e-mail does not find a contact whose consent does not cover the purpose', async () => {
      const hidden = await h.as('MARKETING', 'newsletter')(list, { filter: { search: 'silent@example.fr' } });
      expect(hidden.data.contacts).toEqual({ totalCount: 0, edges: [] });
      const denied = await h.as('MARKETING', 'newsletter')(list, { filter: { search: 'denied' } });
      expect(denied.data.contacts.totalCount).toBe(0);
      const shown = await h.as('MARKETING', 'newsletter')(list, { filter: { search: 'granted@example.fr' } });
      expect(shown.data.contacts.edges.map((e: any) => e.node.lastName)).toEqual(['Granted']);
      // The same contact is found under a purpose its consent covers.
      const support = await h.as('SUPPORT')(list, { filter: { search: 'silent@example.fr' } });
      expect(support.data.contacts.edges.map((e: any) => e.node.lastName)).toEqual(['Silent']);
    });

    it('a postal-code prefix and a sort on a personal field confine the list (and its count) the same way', async () => {
      const byPrefix = await h.as('MARKETING', 'newsletter')(list, { filter: { postalCodePrefix: '75' } });
      expect(byPrefix.data.contacts.edges.map((e: any) => e.node.lastName)).toEqual(['Granted']);
      expect(byPrefix.data.contacts.totalCount).toBe(1);
      for (const field of ['LAST_NAME', 'COMPANY_NAME', 'POSTAL_CODE']) {
        const sorted = await h.as('MARKETING', 'newsletter')(list, { orderBy: [{ field }] });
        expect(sorted.errors, field).toBeUndefined();
        expect(
          sorted.data.contacts.edges.map((e: any) => e.node.lastName),
          field,
        ).toEqual(['Granted']);
        expect(sorted.data.contacts.totalCount, field).toBe(1);
      }
    });

    it('a list without a personal filter or sort shows every row, names withheld where consent is missing', async () => {
      const r = await h.as('MARKETING', 'newsletter')(list, {
        filter: { kind: ['CLIENT'] },
        orderBy: [{ field: 'CREATED_AT' }],
      });
      expect(r.data.contacts.totalCount).toBe(5);
      expect(r.data.contacts.edges.map((e: any) => e.node.lastName)).toEqual(['Granted', null, null, null, null]);
      expect(r.errors?.every((e) => e.extensions.code === 'CONSENT_REQUIRED')).toBe(true);
    });

    it('without a purpose a personal filter finds nothing', async () => {
      const r = await h.as('ADMIN', null)(list, { filter: { search: 'granted' } });
      expect(r.data.contacts.totalCount).toBe(0);
    });
  });

  it('checks consent with one query per request, whatever the number of contacts', async () => {
    const consentQueries = async (n: number) => {
      h.statements.length = 0;
      const r = await h.as('MARKETING', 'newsletter')(
        `query($n: Int!) { contacts(first: $n, orderBy: [{ field: CREATED_AT }]) { edges { node { ${personal} } } } }`,
        { n },
      );
      expect(r.data.contacts.edges).toHaveLength(n);
      return h.statements.filter((s) => /ConsentState/i.test(s)).length;
    };
    expect(await consentQueries(2)).toBe(1);
    expect(await consentQueries(5)).toBe(1);
  });
});
