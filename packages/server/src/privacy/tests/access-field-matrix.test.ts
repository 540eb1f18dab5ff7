import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../generated/sqlite/enums.js';
import { confidentialFields } from '../../kernel/field-rules.js';
import { createApiHarness, gid, roles, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

/**
 * The expected matrix, written out by hand (not derived from the rules under test): who may read each
 * confidential field. Partners (API keys) may read none.
 */
const readers: Record<string, Role[]> = {
  'Contact.incomeBand': ['ADMIN', 'MARKETING', 'ANALYST'],
  'Contact.maritalStatus': ['ADMIN', 'MARKETING', 'ANALYST'],
  'Contact.grossMarginClass': ['ADMIN', 'ANALYST'],
  'Contact.discountRate': ['ADMIN', 'SALES', 'MARKETING'],
  'Product.unitCost': ['ADMIN', 'ANALYST'],
  'Sale.grossMargin': ['ADMIN', 'ANALYST'],
};

it('the matrix covers every confidential field of the rules, and the rules every field of the matrix', () => {
  expect(Object.keys(confidentialFields).sort()).toEqual(Object.keys(readers).sort());
});

describeEachDatabase('field matrix: every role × every confidential field', (provider) => {
  let h: ApiHarness;
  let partnerKey: string;
  const ids: Record<string, number> = {};
  const values: Record<string, unknown> = {
    'Contact.incomeBand': 'OVER_80K',
    'Contact.maritalStatus': 'MARRIED',
    'Contact.grossMarginClass': 'A',
    'Contact.discountRate': '12.5',
    'Product.unitCost': '7',
    'Sale.grossMargin': '5.5',
  };

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const contact = await db.contact.create({
      data: {
        kind: 'CLIENT',
        lastName: 'Matrix',
        brandId: h.brands.a,
        zoneId: h.zones.north,
        incomeBand: 'OVER_80K',
        maritalStatus: 'MARRIED',
        grossMarginClass: 'A',
        discountRate: '12.5',
      },
    });
    await h.consent(contact.id, 'partner_sharing');
    const cat = await db.productCategory.create({ data: { code: 'C', name: 'C' } });
    const product = await db.product.create({
      data: { code: 'P', name: 'P', categoryId: cat.id, listPrice: '12.5', unitCost: '7' },
    });
    const sale = await db.sale.create({
      data: {
        contactId: contact.id,
        brandId: h.brands.a,
        saleDate: new Date('2026-01-01T00:00:00Z'),
        channel: 'STORE',
        total: '12.5',
        grossMargin: '5.5',
        lines: { create: { productId: product.id, quantity: 1, unitPrice: '12.5' } },
      },
    });
    Object.assign(ids, { Contact: contact.id, Product: product.id, Sale: sale.id });
    const created = await h.as('ADMIN')(
      `mutation($b: [ID!]!) { createApiKey(input: { name: "P", brands: $b, purposes: ["partner_sharing"] }) { key } }`,
      { b: [gid('Brand', h.brands.a)] },
    );
    partnerKey = created.data.createApiKey.key;
  });
  afterAll(() => h?.drop());

  const read = (field: string) => {
    const [type, name] = field.split('.') as [string, string];
    return `{ node(id: "${gid(type, ids[type]!)}") { ... on ${type} { ${name} } } }`;
  };
  const asNumber = (v: unknown) => (typeof v === 'string' && /^\d/.test(v) ? Number(v) : v);

  describe('read', () => {
    for (const field of Object.keys(readers)) {
      for (const role of roles) {
        it(`${role} ${readers[field]!.includes(role) ? 'reads' : 'is refused'} ${field}`, async () => {
          const r = await h.as(role)(read(field));
          const name = field.split('.')[1]!;
          if (readers[field]!.includes(role)) {
            expect(r.errors).toBeUndefined();
            expect(asNumber(r.data.node[name])).toEqual(asNumber(values[field]));
          } else {
            expect(r.data.node[name]).toBeNull();
            expect(r.errors?.map((e) => [e.extensions.code, e.path?.join('.')])).toEqual([
              ['FORBIDDEN', `node.${name}`],
            ]);
          }
        });
      }
      it(`a partner is refused ${field}`, async () => {
        const r = await h.partner(partnerKey, 'partner_sharing')(read(field));
        // A partner does not even reach products and sales (null, as if missing); on its contacts the field is FORBIDDEN.
        const node = r.data?.node ?? null;
        if (field.startsWith('Contact.')) {
          expect(node[field.split('.')[1]!]).toBeNull();
          expect(r.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
        } else {
          expect(node).toBeNull();
        }
        expect(JSON.stringify(r)).not.toContain(String(values[field]));
      });
    }
  });

  describe('write (a role may write a confidential field only if it may read it)', () => {
    const contactWriters: Role[] = ['ADMIN', 'MARKETING', 'SALES', 'SUPPORT'];
    const writeValues: Record<string, unknown> = {
      incomeBand: 'UNDER_20K',
      maritalStatus: 'SINGLE',
      grossMarginClass: 'D',
      discountRate: '3',
    };
    for (const name of Object.keys(writeValues)) {
      const field = `Contact.${name}`;
      for (const role of roles) {
        const allowed = readers[field]!.includes(role) && contactWriters.includes(role);
        it(`${role} ${allowed ? 'writes' : 'may not write'} ${field}`, async () => {
          const before = await h.t.db.contact.findUniqueOrThrow({ where: { id: ids.Contact! } });
          const r = await h.as(role)(
            `mutation($id: ID!, $v: Int!, $input: ContactPatch!) { updateContact(id: $id, version: $v, input: $input) { version } }`,
            {
              id: gid('Contact', ids.Contact!),
              v: before.version,
              input: { [name]: writeValues[name] },
            },
          );
          const after = await h.t.db.contact.findUniqueOrThrow({ where: { id: ids.Contact! } });
          if (allowed) {
            expect(r.errors).toBeUndefined();
            expect(asNumber(String((after as any)[name]))).toEqual(asNumber(writeValues[name]));
            await h.t.db.contact.update({ where: { id: ids.Contact! }, data: { [name]: (before as any)[name] } });
          } else {
            expect(r.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
            expect(after).toEqual(before);
          }
        });
      }
    }
    for (const role of roles) {
      const allowed = ['ADMIN'].includes(role); // product writers are ADMIN and MARKETING; unitCost readers ADMIN and ANALYST
      it(`${role} ${allowed ? 'writes' : 'may not write'} Product.unitCost`, async () => {
        const before = await h.t.db.product.findUniqueOrThrow({ where: { id: ids.Product! } });
        const r = await h.as(role)(
          `mutation($id: ID!, $v: Int!) { updateProduct(id: $id, version: $v, input: { unitCost: "8" }) { version } }`,
          { id: gid('Product', ids.Product!), v: before.version },
        );
        const after = await h.t.db.product.findUniqueOrThrow({ where: { id: ids.Product! } });
        if (allowed) {
          expect(r.errors).toBeUndefined();
          expect(Number(after.unitCost)).toBe(8);
          await h.t.db.product.update({ where: { id: ids.Product! }, data: { unitCost: before.unitCost } });
        } else {
          expect(r.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
          expect(Number(after.unitCost)).toBe(Number(before.unitCost));
        }
      });
    }
  });
});
