/**
 * `relationOf` (whose relation an influencer or prescriber is) is read as it is written (issue 19): staff read it,
 * the contact it points at goes through the contacts' row rule (outside it: null, as for no relation), partners
 * neither write nor read it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

describeEachDatabase('contacts: relationOf readable', (provider) => {
  let h: ApiHarness;
  let client: number;
  let hiddenClient: number;
  const q = `query($c: ID!) { contact(id: $c) { kind relationType relationOf { id kind } } }`;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    client = (await db.contact.create({ data: { kind: 'CLIENT', brandId: h.brands.a, zoneId: h.zones.north } })).id;
    hiddenClient = (await db.contact.create({ data: { kind: 'CLIENT', brandId: h.brands.b, zoneId: h.zones.south } }))
      .id;
  });
  afterAll(() => h.drop());

  it('written by createContact, read back by the same caller and by the other staff roles', async () => {
    const created = await h.as('MARKETING')(
      `mutation($i: ContactInput!) { createContact(input: $i) { id relationOf { id kind } } }`,
      {
        i: {
          kind: 'RELATION',
          brand: gid('Brand', h.brands.a),
          zone: gid('Zone', h.zones.north),
          lastName: 'Prescriber',
          relationType: 'PRESCRIBER',
          relationOf: gid('Contact', client),
        },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createContact.relationOf).toEqual({ id: gid('Contact', client), kind: 'CLIENT' });
    for (const role of ['ADMIN', 'SALES', 'SUPPORT', 'ANALYST'] as const) {
      const res = await h.as(role)(q, { c: created.data.createContact.id });
      expect(res.errors, role).toBeUndefined();
      expect(res.data.contact.relationOf, role).toEqual({ id: gid('Contact', client), kind: 'CLIENT' });
    }
  });

  it('a relation of a contact outside the caller\u2019s rows reads null, as for none', async () => {
    const db = h.t.db;
    const rel = await db.contact.create({
      data: { kind: 'RELATION', brandId: h.brands.a, zoneId: h.zones.north, relationOfId: hiddenClient },
    });
    const none = await db.contact.create({ data: { kind: 'RELATION', brandId: h.brands.a, zoneId: h.zones.north } });
    const mine = await h.as('MARKETING')(q, { c: gid('Contact', rel.id) });
    expect(mine.errors).toBeUndefined();
    expect(mine.data.contact.relationOf).toBeNull();
    expect((await h.as('MARKETING')(q, { c: gid('Contact', none.id) })).data.contact.relationOf).toBeNull();
    const admin = await h.as('ADMIN')(q, { c: gid('Contact', rel.id) });
    expect(admin.data.contact.relationOf).toEqual({ id: gid('Contact', hiddenClient), kind: 'CLIENT' });
  });
});
