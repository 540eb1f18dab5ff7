import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from './support/api.js';
import { describeEachDatabase } from './support/databases.js';

const list = `query($filter: ContactFilter) {
  contacts(first: 100, filter: $filter, orderBy: [{ field: ID }]) { totalCount edges { node { lastName } } } }`;

const names = (r: any) => r.data?.contacts.edges.map((e: any) => e.node.lastName);

describeEachDatabase('contacts list filters (ids, RFM segment, saved segment)', (provider) => {
  let h: ApiHarness;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const { a, b } = h.brands;
    const { north } = h.zones;
    for (const [lastName, brandId] of [['Alpha', a], ['Bravo', a], ['Charlie', a], ['Delta', a], ['Other', b]] as const) {
      ids[lastName] = (await h.t.db.contact.create({ data: { kind: 'CLIENT', lastName, brandId, zoneId: north } })).id;
      // Names are personal: every contact lets marketing read them (profiling consent is the subject below).
      await h.consent(ids[lastName]!, 'marketing');
    }
  });
  afterAll(() => h?.drop());

  describe('ids', () => {
    it('lists only the given contacts, within the caller rights', async () => {
      const filter = { ids: [gid('Contact', ids.Bravo!), gid('Contact', ids.Delta!), gid('Contact', ids.Other!)] };
      expect(names(await h.as('ADMIN')(list, { filter }))).toEqual(['Bravo', 'Delta', 'Other']);
      // A brand-A user asking for a brand-B contact by id does not get it.
      const r = await h.as('MARKETING')(list, { filter });
      expect(r.errors).toBeUndefined();
      expect(names(r)).toEqual(['Bravo', 'Delta']);
      expect(r.data.contacts.totalCount).toBe(2);
    });

    it('combines with the other conditions and an empty list matches nothing', async () => {
      const both = await h.as('ADMIN')(list, { filter: { ids: [gid('Contact', ids.Alpha!), gid('Contact', ids.Other!)], brand: [gid('Brand', h.brands.b)] } });
      expect(names(both)).toEqual(['Other']);
      const none = await h.as('ADMIN')(list, { filter: { ids: [] } });
      expect(none.data.contacts.totalCount).toBe(0);
    });

    it('rejects an id of another type as VALIDATION on its path', async () => {
      const r = await h.as('ADMIN')(list, { filter: { ids: [gid('Contact', ids.Alpha!), gid('Brand', h.brands.a)] } });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', fields: [{ path: ['filter', 'ids', '1'] }] });
    });
  });
});
