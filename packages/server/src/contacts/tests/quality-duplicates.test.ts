/**
 * Data quality, step 2: duplicate candidates from blocking keys, with an explained score, through the API's row rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorePair } from '../quality/duplicates.service.js';
import { matchKeys, refreshMatchKeys } from '../quality/match-keys.system.js';
import { createApiHarness, gid, harnessPurposes, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const blank = {
  firstName: null,
  lastName: null,
  companyName: null,
  email: null,
  phone: null,
  mobile: null,
  addressLine1: null,
  postalCode: null,
  city: null,
  countryCode: 'FR',
};

describe('blocking keys and score', () => {
  it('gives swapped names, phones in another format and phonetic variants a common key', () => {
    const a = matchKeys({
      ...blank,
      id: 1,
      firstName: 'Jean',
      lastName: 'Dupont',
      postalCode: '75003',
      mobile: '+33612345678',
    });
    const b = matchKeys({
      ...blank,
      id: 2,
      firstName: 'Dupond',
      lastName: 'Jean',
      postalCode: '75003',
      mobile: '06 12 34 56 78',
    });
    expect(a.filter((k) => b.includes(k)).sort()).toEqual(['p:+33612345678', 's:DPN:JN:75003']);
    expect(matchKeys({ ...blank, id: 3, lastName: 'X', deletedAt: new Date() })).toEqual([]);
  });

  it('explains the score field by field', () => {
    const s = scorePair(
      { ...blank, id: 1, firstName: 'Jean', lastName: 'Dupont', email: 'jean.dupont@x.fr', postalCode: '75003' },
      { ...blank, id: 2, firstName: 'Dupont', lastName: 'Jean', email: 'Jean.Dupont@X.fr', postalCode: '75003' },
    );
    expect(s.matches).toEqual([
      { field: 'name', method: 'jaro-winkler (swapped)', similarity: 1, weight: 4 },
      { field: 'email', method: 'exact', similarity: 1, weight: 5 },
      { field: 'postalCode', method: 'exact', similarity: 1, weight: 1.5 },
    ]);
    expect(s.score).toBeGreaterThan(0.99);
    const different = scorePair(
      { ...blank, id: 1, firstName: 'Jean', lastName: 'Dupont', postalCode: '75003', addressLine1: '1 rue A' },
      { ...blank, id: 2, firstName: 'Paul', lastName: 'Girard', postalCode: '75003', addressLine1: '1 rue A' },
    );
    expect(different.score).toBeLessThan(0.1);
  });
});

describeEachDatabase('duplicate candidates', (provider) => {
  let h: ApiHarness;
  const ids: Record<string, number> = {};
  const q = `query($contact: ID, $min: Float, $first: Int, $after: String, $maxScan: Int) {
    duplicateCandidates(contact: $contact, minScore: $min, first: $first, after: $after, maxScan: $maxScan) {
      scannedContacts pageInfo { hasNextPage endCursor }
      edges { cursor node { contact { id } duplicate { id } score matches { field method similarity weight } } } } }`;
  const nodes = (r: any) => r.data.duplicateCandidates.edges.map((e: any) => e.node);
  const nameOf = (id: string) => Object.keys(ids).find((k) => gid('Contact', ids[k]!) === id);
  const pairsOf = (r: any) =>
    nodes(r)
      .map((p: any) => [p.contact.id, p.duplicate.id].map(nameOf).sort().join('+'))
      .sort();

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const { a, b } = h.brands;
    const base = { kind: 'CLIENT' as const, brandId: a, zoneId: h.zones.north };
    const make = async (name: string, data: Record<string, unknown>) => {
      ids[name] = (await h.t.db.contact.create({ data: { ...base, ...data } })).id;
      // Readable under every purpose of the harness: the pairs below are about matching, not consent.
      for (const p of harnessPurposes) await h.consent(ids[name]!, p.code);
    };
    await make('dupont', {
      firstName: 'Jean',
      lastName: 'Dupont',
      email: 'jean.dupont@exemple.fr',
      postalCode: '75003',
      city: 'Paris',
      addressLine1: '12 rue de la Paix',
    });
    await make('dupond', {
      firstName: 'Jean',
      lastName: 'Dupond',
      postalCode: '75003',
      city: 'Paris',
      addressLine1: '12 Rue de la Paix',
    });
    await make('swapped', {
      firstName: 'Dupont',
      lastName: 'Jean',
      email: 'jean.dupont@exemple.fr',
      postalCode: '75003',
    });
    await make('curie', { firstName: 'Marie', lastName: 'Curie', mobile: '+33612345678', postalCode: '69001' });
    await make('curie2', { firstName: 'Marie', lastName: 'Curie-Skłodowska', mobile: '06 12 34 56 78' });
    await make('martin', {
      firstName: 'Paul',
      lastName: 'Martin',
      postalCode: '75003',
      addressLine1: '14 rue de la Paix',
    });
    await make('otherBrand', {
      ...base,
      brandId: b,
      firstName: 'Jean',
      lastName: 'Dupont',
      email: 'jean.dupont@exemple.fr',
      postalCode: '75003',
    });
    await make('merged', {
      firstName: 'Jean',
      lastName: 'Dupont',
      email: 'jean.dupont@exemple.fr',
      postalCode: '75003',
      mergedIntoId: ids.dupont,
    });
  });
  afterAll(() => h?.drop());

  it('finds the injected duplicates and not the neighbours, within the caller rights', async () => {
    const admin = await h.as('ADMIN')(q, {});
    expect(admin.errors).toBeUndefined();
    expect(pairsOf(admin)).toEqual([
      'curie+curie2',
      'dupond+dupont',
      'dupond+otherBrand',
      'dupond+swapped',
      'dupont+otherBrand',
      'dupont+swapped',
      'otherBrand+swapped',
    ]);
    // Brand B is outside a marketing user's rights: no pair with it.
    const marketing = await h.as('MARKETING')(q, {});
    expect(pairsOf(marketing)).toEqual(['curie+curie2', 'dupond+dupont', 'dupond+swapped', 'dupont+swapped']);
    const swapped = nodes(marketing).find(
      (p: any) => p.duplicate.id === gid('Contact', ids.swapped!) && p.contact.id === gid('Contact', ids.dupont!),
    );
    expect(swapped.matches).toContainEqual({
      field: 'name',
      method: 'jaro-winkler (swapped)',
      similarity: 1,
      weight: 4,
    });
    expect(swapped.matches).toContainEqual({ field: 'email', method: 'exact', similarity: 1, weight: 5 });
    expect((await h.as('SALES')(q, {})).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('lists one contact’s candidates, and recomputes only the keys of changed contacts', async () => {
    const one = await h.as('SUPPORT')(q, { contact: gid('Contact', ids.curie!) });
    expect(pairsOf(one)).toEqual(['curie+curie2']);
    expect(await refreshMatchKeys(h.t.db)).toEqual({ refreshed: 0 });
    await h.t.db.contact.update({ where: { id: ids.martin }, data: { lastName: 'Dupont', firstName: 'Jean' } });
    expect(await refreshMatchKeys(h.t.db)).toEqual({ refreshed: 1 });
    const after = await h.as('MARKETING')(q, { contact: gid('Contact', ids.martin!) });
    expect(pairsOf(after)).toEqual(['dupond+martin', 'dupont+martin', 'martin+swapped']);
  });

  it('pages the global list with bounded work: first, after, maxScan; the pages add up to the whole list', async () => {
    const wholeAnswer = await h.as('ADMIN')(q, { first: 100 });
    expect(wholeAnswer.errors).toBeUndefined();
    const whole = pairsOf(wholeAnswer);
    // One pair per page: following endCursor visits every pair once, in (contact, duplicate) id order.
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const r: any = await h.as('ADMIN')(q, { first: 1, after });
      expect(r.errors).toBeUndefined();
      seen.push(...pairsOf(r));
      const { hasNextPage, endCursor } = r.data.duplicateCandidates.pageInfo;
      if (!hasNextPage) break;
      after = endCursor;
    }
    expect(seen.sort()).toEqual(whole);
    // A scan bound of one contact per page: pages may come back empty but the cursor always moves on.
    const bounded: any = await h.as('ADMIN')(q, { maxScan: 1, first: 100 });
    expect(bounded.data.duplicateCandidates.scannedContacts).toBe(1);
    expect(bounded.data.duplicateCandidates.pageInfo.hasNextPage).toBe(true);
    const next: any = await h.as('ADMIN')(q, {
      maxScan: 1,
      first: 100,
      after: bounded.data.duplicateCandidates.pageInfo.endCursor,
    });
    expect(next.data.duplicateCandidates.scannedContacts).toBe(1);
    // Limits: a page of at most 200 pairs, a scan of at most 100,000 contacts, a cursor of this list only, forward only.
    for (const variables of [{ first: 201 }, { first: 0 }, { maxScan: 100_001 }, { after: 'bm90LWEtY3Vyc29y' }]) {
      expect((await h.as('ADMIN')(q, variables)).errors?.[0]?.extensions.code).toBe('VALIDATION');
    }
    expect(
      (await h.as('ADMIN')(`query { duplicateCandidates(last: 2) { edges { cursor } } }`)).errors?.[0]?.extensions.code,
    ).toBe('VALIDATION');
    // One contact's candidates page by score with offset cursors.
    const firstOne: any = await h.as('ADMIN')(q, { contact: gid('Contact', ids.dupont!), first: 1 });
    expect(firstOne.data.duplicateCandidates.pageInfo.hasNextPage).toBe(true);
    const rest: any = await h.as('ADMIN')(q, {
      contact: gid('Contact', ids.dupont!),
      first: 50,
      after: firstOne.data.duplicateCandidates.pageInfo.endCursor,
    });
    expect(nodes(firstOne)[0].score).toBeGreaterThanOrEqual(nodes(rest)[0].score);
    expect(pairsOf(firstOne).concat(pairsOf(rest)).sort()).toEqual(
      pairsOf(await h.as('ADMIN')(q, { contact: gid('Contact', ids.dupont!) })),
    );
  });
});
