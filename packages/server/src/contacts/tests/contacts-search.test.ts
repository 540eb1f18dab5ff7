import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const list = `query($search: String) { contacts(first: 50, filter: { search: $search }, orderBy: [{ field: ID }]) { totalCount edges { node { lastName } } } }`;
const names = (r: any) => r.data?.contacts.edges.map((e: any) => e.node.lastName);

/** The contacts search: wildcards are literal, its length is bounded (VALIDATION beyond, never a 500). */
describeEachDatabase('contacts search', (provider) => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    for (const lastName of ['Plain', '100%Bio', 'Under_Score', 'Back\\Slash', 'UnderXScore']) {
      const c = await h.t.db.contact.create({
        data: { kind: 'CLIENT', lastName, brandId: h.brands.a, zoneId: h.zones.north },
      });
      await h.consent(c.id, 'marketing');
    }
  });
  afterAll(() => h?.drop());

  it('treats % and _ as literal characters, not wildcards', async () => {
    const q = h.as('MARKETING');
    expect(names(await q(list, { search: '%' }))).toEqual(['100%Bio']);
    expect(names(await q(list, { search: '_' }))).toEqual(['Under_Score']);
    expect(names(await q(list, { search: 'under_' }))).toEqual(['Under_Score']);
    expect(names(await q(list, { search: '\\' }))).toEqual(['Back\\Slash']);
    expect(names(await q(list, { search: 'P%n' }))).toEqual([]);
    expect(names(await q(list, { search: 'pla' }))).toEqual(['Plain']);
  });

  it('refuses a postal-code prefix with wildcards or other characters (VALIDATION), accepts a real one', async () => {
    const prefix = `query($p: String) { contacts(first: 5, filter: { postalCodePrefix: $p }) { totalCount } }`;
    for (const p of ['%', '7_', "75' OR 1=1"]) {
      expect((await h.as('MARKETING')(prefix, { p })).errors?.[0]?.extensions, p).toMatchObject({
        code: 'VALIDATION',
        fields: [{ path: ['filter', 'postalCodePrefix'] }],
      });
    }
    expect((await h.as('MARKETING')(prefix, { p: '2A 0' })).errors).toBeUndefined();
  });

  it('refuses a search longer than the documented maximum with VALIDATION, a 50,000-character one too', async () => {
    for (const length of [201, 50_000]) {
      const r = await h.as('MARKETING')(list, { search: 'a'.repeat(length) });
      expect(r.data ?? null, String(length)).toBeNull();
      expect(r.errors?.[0]?.extensions, String(length)).toMatchObject({
        code: 'VALIDATION',
        fields: [{ path: ['filter', 'search'] }],
      });
    }
    const ok = await h.as('MARKETING')(list, { search: 'a'.repeat(200) });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.contacts.totalCount).toBe(0);
  });
});
