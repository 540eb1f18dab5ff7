import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../platform/schema.js';
import { confidentialFields } from '../../kernel/field-rules.js';
import { createApiHarness, gid, type ApiHarness, type Gql, type GqlResult } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';
import type { GraphQLEnumType, GraphQLInputObjectType } from 'graphql';

/**
 * Path equivalence: a field or a row the caller may not see gives the same denial whichever way it is reached
 * (list, node, nodes, root field, alias, fragment, inline fragment, relation), and the response never contains the
 * hidden value. Filters, sorts and counts cannot reveal it either.
 */

/** The ways to reach field `f` of contact `id`; each returns the value found (or undefined when no object came back). */
const paths: Record<
  string,
  { query: (id: string, f: string) => string; pick: (data: any, id: string, f: string) => unknown }
> = {
  list: {
    query: (_id, f) => `{ contacts(first: 100) { edges { node { id ${f} } } } }`,
    pick: (d, id, f) => d?.contacts.edges.find((e: any) => e.node.id === id)?.node[f],
  },
  node: { query: (id, f) => `{ node(id: "${id}") { ... on Contact { ${f} } } }`, pick: (d, _id, f) => d?.node?.[f] },
  nodes: {
    query: (id, f) => `{ nodes(ids: ["${id}"]) { ... on Contact { ${f} } } }`,
    pick: (d, _id, f) => d?.nodes[0]?.[f],
  },
  contact: { query: (id, f) => `{ contact(id: "${id}") { ${f} } }`, pick: (d, _id, f) => d?.contact?.[f] },
  alias: { query: (id, f) => `{ x: contact(id: "${id}") { y: ${f} } }`, pick: (d) => d?.x?.y },
  fragment: {
    query: (id, f) => `query { contact(id: "${id}") { ...F } } fragment F on Contact { ${f} }`,
    pick: (d, _id, f) => d?.contact?.[f],
  },
  inlineFragment: {
    query: (id, f) => `{ node(id: "${id}") { ... on Node { ... on Contact { ${f} } } } }`,
    pick: (d, _id, f) => d?.node?.[f],
  },
  relation: {
    query: (_id, f) => `{ sales(first: 100) { edges { node { contact { id ${f} } } } } }`,
    pick: (d, id, f) => d?.sales.edges.find((e: any) => e.node.contact.id === id)?.node.contact[f],
  },
};

const codes = (r: GqlResult) => [...new Set(r.errors?.map((e) => e.extensions.code))];

it('no filter or sort input of a list names a confidential field', () => {
  const names = Object.keys(confidentialFields).map((f) => f.split('.')[1]!.toLowerCase());
  const inputs = Object.values(schema.getTypeMap()).filter(
    (t) => /Filter$/.test(t.name) && 'getFields' in t,
  ) as GraphQLInputObjectType[];
  for (const input of inputs)
    for (const f of Object.keys(input.getFields())) expect(names, `${input.name}.${f}`).not.toContain(f.toLowerCase());
  const orders = Object.values(schema.getTypeMap()).filter((t) => /OrderField$/.test(t.name)) as GraphQLEnumType[];
  for (const order of orders) {
    for (const v of order.getValues())
      expect(names, `${order.name}.${v.name}`).not.toContain(v.name.replace(/_/g, '').toLowerCase());
  }
});

describeEachDatabase('path equivalence', (provider) => {
  let h: ApiHarness;
  const c: Record<string, number> = {};

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const cat = await db.productCategory.create({ data: { code: 'C', name: 'C' } });
    const product = await db.product.create({ data: { code: 'P', name: 'P', categoryId: cat.id, listPrice: '10' } });
    const mk = async (lastName: string, brandId: number, consent: boolean) => {
      const contact = await db.contact.create({
        data: {
          kind: 'CLIENT',
          lastName,
          email: `${lastName.toLowerCase()}@example.fr`,
          postalCode: '13001',
          brandId,
          zoneId: h.zones.north,
          incomeBand: 'FROM_50K_TO_80K',
        },
      });
      if (consent) await h.consent(contact.id, 'marketing');
      await db.sale.create({
        data: {
          contactId: contact.id,
          brandId,
          saleDate: new Date('2026-01-01T00:00:00Z'),
          channel: 'STORE',
          total: '10',
          lines: { create: { productId: product.id, quantity: 1, unitPrice: '10' } },
        },
      });
      return contact.id;
    };
    c.Visible = await mk('Visible', h.brands.a, true);
    c.Secret = await mk('Zyxwsecret', h.brands.a, false); // in scope, no consent to marketing
    c.Hidden = await mk('Qqhiddenrow', h.brands.b, true); // outside a brand-A user's rows
  });
  afterAll(() => h?.drop());

  const reach = async (q: Gql, path: string, id: number, field: string) => {
    const p = paths[path]!;
    const r = await q(p.query(gid('Contact', id), field));
    return { r, value: p.pick(r.data, gid('Contact', id), field) };
  };

  describe('a consent-bound field the purpose does not cover', () => {
    for (const path of Object.keys(paths)) {
      it(`via ${path}: null, CONSENT_REQUIRED, nothing leaked`, async () => {
        const { r, value } = await reach(h.as('MARKETING'), path, c.Secret!, 'lastName');
        expect(value).toBeNull();
        expect(codes(r)).toEqual(['CONSENT_REQUIRED']);
        expect(JSON.stringify(r).toLowerCase()).not.toContain('zyxw');
        const ok = await reach(h.as('MARKETING'), path, c.Visible!, 'lastName');
        expect(ok.value).toBe('Visible');
      });
    }

    it('via filter, sort and count: the contact is not there', async () => {
      const q = h.as('MARKETING');
      const list = `query($filter: ContactFilter, $orderBy: [ContactOrder!]) { contacts(first: 100, filter: $filter, orderBy: $orderBy) { totalCount edges { node { id } } } }`;
      for (const filter of [{ search: 'Zyxwsecret' }, { search: 'zyxwsecret@example.fr' }, { search: 'zyx' }]) {
        expect((await q(list, { filter })).data.contacts).toEqual({ totalCount: 0, edges: [] });
      }
      const byPrefix = await q(list, { filter: { postalCodePrefix: '13' } });
      expect(byPrefix.data.contacts.edges.map((e: any) => e.node.id)).toEqual([gid('Contact', c.Visible!)]);
      const sorted = await q(list, { orderBy: [{ field: 'LAST_NAME' }] });
      expect(sorted.data.contacts.edges.map((e: any) => e.node.id)).toEqual([gid('Contact', c.Visible!)]);
      expect(sorted.data.contacts.totalCount).toBe(1);
    });
  });

  describe('a confidential field the role may not read', () => {
    for (const path of Object.keys(paths)) {
      it(`via ${path}: null, FORBIDDEN, nothing leaked`, async () => {
        const { r, value } = await reach(h.as('SUPPORT'), path, c.Visible!, 'incomeBand');
        expect(value).toBeNull();
        expect(codes(r)).toEqual(['FORBIDDEN']);
        expect(JSON.stringify(r)).not.toContain('FROM_50K_TO_80K');
        const ok = await reach(h.as('ANALYST'), path, c.Visible!, 'incomeBand');
        expect(ok.value).toBe('FROM_50K_TO_80K');
      });
    }
  });

  describe('a row outside the caller rights: the same answer as a row that does not exist', () => {
    const missing = 987_654;
    for (const path of Object.keys(paths)) {
      it(`via ${path}`, async () => {
        const hidden = await reach(h.as('MARKETING'), path, c.Hidden!, 'lastName');
        const absent = await reach(h.as('MARKETING'), path, missing, 'lastName');
        expect(hidden.value).toBeUndefined();
        expect(JSON.stringify(hidden.r).replaceAll(gid('Contact', c.Hidden!), 'ID')).toEqual(
          JSON.stringify(absent.r).replaceAll(gid('Contact', missing), 'ID'),
        );
        // (The list paths also carry the in-scope contact without consent: its CONSENT_REQUIRED is not about this row.)
        if (path !== 'relation' && path !== 'list') expect(hidden.r.errors).toBeUndefined();
        expect(JSON.stringify(hidden.r).toLowerCase()).not.toContain('qqhidden');
        // The admin reaches it by the same path: the path works, the rule withholds.
        if (path !== 'relation' && path !== 'list')
          expect((await reach(h.as('ADMIN', 'marketing'), path, c.Hidden!, 'lastName')).value).toBe('Qqhiddenrow');
      });
    }

    it('via filter, sort and counts', async () => {
      const q = h.as('MARKETING');
      const list = `query($filter: ContactFilter, $orderBy: [ContactOrder!]) { contacts(first: 100, filter: $filter, orderBy: $orderBy) { totalCount edges { node { id } } } }`;
      expect((await q(list, { filter: { brand: [gid('Brand', h.brands.b)] } })).data.contacts).toEqual({
        totalCount: 0,
        edges: [],
      });
      expect((await q(list, { filter: { search: 'Qqhiddenrow' } })).data.contacts).toEqual({
        totalCount: 0,
        edges: [],
      });
      const all = await q(list, { orderBy: [{ field: 'CREATED_AT' }] });
      expect(all.data.contacts.totalCount).toBe(2);
      expect(all.data.contacts.edges.map((e: any) => e.node.id)).not.toContain(gid('Contact', c.Hidden!));
      const sales = await q(`{ sales(first: 100) { totalCount } }`);
      expect(sales.data.sales.totalCount).toBe(2);
    });
  });
});
