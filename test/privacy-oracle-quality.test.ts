/**
 * Privacy oracle suite for data quality (issue 14): every entry point that takes a personal value (import keyed on
 * e-mail, dry run and real; one contact's duplicate candidates; the global duplicate pairs) answers exactly the same
 * for the right guess of a withheld contact's e-mail and name, for a wrong guess, and when no such contact exists:
 * same data, counts, codes and messages (generated ids normalised), for each role and each purpose it may declare.
 *
 * A contact is withheld from the caller by consent (a refusal, or no record, for the request's purpose) or by the
 * row rule (another brand). Each run plants it three ways and compares the complete answers.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, harnessPurposes, type ApiHarness } from '../packages/server/src/testing/api.js';
import { describeEachDatabase } from '../packages/server/src/testing/databases.js';

/** The purposes each role may declare (its codes and their subtrees in the harness tree). */
const declarable: Record<'ADMIN' | 'MARKETING' | 'SUPPORT', string[]> = {
  ADMIN: ['marketing', 'newsletter', 'targeted_offers', 'customer_service'],
  MARKETING: ['marketing', 'newsletter', 'targeted_offers'],
  SUPPORT: ['customer_service'],
};

type Hiding = 'denied' | 'silent' | 'scope';
type Variant = 'right' | 'wrong' | 'none';

interface Scenario {
  role: 'ADMIN' | 'MARKETING' | 'SUPPORT';
  purpose: string;
  hiding: Hiding;
  local: string;
  lastName: string;
  firstName: string;
  place: readonly string[];
}

// The row is a namesake of the visible twin: confirmed as a duplicate at entry (issue 21), so that the probe is
// created; an exact e-mail of a visible contact would still be refused, a withheld one must change nothing.
const importQuery = `mutation($content: String!, $dryRun: Boolean) {
  importFile(entity: CONTACT, format: CSV, fileName: "oracle.csv", content: $content, key: "email", dryRun: $dryRun, duplicates: { confirm: true }) {
    status dryRun totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errors { line field code message } } }`;
const pairFields = `scannedContacts pageInfo { hasNextPage endCursor }
  edges { cursor node { contact { id lastName email } duplicate { id lastName email } score matches { field method similarity weight } } }`;
const oneContact = `query($contact: ID) { duplicateCandidates(contact: $contact, minScore: 0) { ${pairFields} } }`;
const everyPair = `query { duplicateCandidates(first: 50, minScore: 0) { ${pairFields} } }`;

/** Replaces generated ids (global ids, cursors) by the label of the contact they name. */
function normalise(value: unknown, labels: Map<number, string>): unknown {
  const label = (id: string) =>
    labels.get(Number(id)) ?? (Number(id) === Number.MAX_SAFE_INTEGER ? 'end' : `other:${id}`);
  if (Array.isArray(value)) return value.map((v) => normalise(v, labels));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, labels)]));
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]+=*$/.test(value)) return value;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  let m = /^Contact:(\d+)$/.exec(decoded);
  if (m) return `Contact:${label(m[1]!)}`;
  m = /^pair:(\d+):(\d+)$/.exec(decoded);
  if (m) return `pair:${label(m[1]!)}:${label(m[2]!)}`;
  return /^offset:\d+$/.test(decoded) ? decoded : value;
}

describeEachDatabase('privacy oracle: data quality', (provider) => {
  let h: ApiHarness;
  let run = 0;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    // A few unrelated contacts, so that lists and scans are not empty by construction.
    for (const [lastName, postalCode] of [
      ['Lambert', '69001'],
      ['Lambert', '69001'],
      ['Moreau', '33000'],
    ] as const) {
      const c = await h.t.db.contact.create({
        data: { kind: 'CLIENT', brandId: h.brands.a, zoneId: h.zones.north, lastName, firstName: 'Anne', postalCode },
      });
      for (const p of harnessPurposes) await h.consent(c.id, p.code);
    }
  });
  afterAll(() => h?.drop());

  const scenario = fc.record({
    role: fc.constantFrom<'ADMIN' | 'MARKETING' | 'SUPPORT'>('ADMIN', 'MARKETING', 'SUPPORT'),
    purposeIndex: fc.nat(),
    hiding: fc.constantFrom<Hiding>('denied', 'silent', 'scope'),
    local: fc.stringMatching(/^[a-z]{3,10}$/),
    lastName: fc.constantFrom('Dupont', 'Martin', 'Lefèvre', 'Nguyen', 'Garcia'),
    firstName: fc.constantFrom('Jean', 'Marie', 'Zoé', 'Paul'),
    place: fc.constantFrom(['75003', 'Paris'], ['69001', 'Lyon'], ['13001', 'Marseille']),
  });

  /** Plants the contacts of one variant, runs every entry point, cleans up; the answers with ids normalised. */
  async function answers(s: Scenario, n: number, variant: Variant) {
    const guess = `${s.local}.${n}@exemple.fr`;
    const db = h.t.db;
    const [postalCode, city] = s.place as [string, string];
    const base = { kind: 'CLIENT' as const, zoneId: h.zones.north, postalCode, city };
    const grantAll = async (id: number) => {
      for (const p of harnessPurposes) await h.consent(id, p.code);
    };
    // A visible, readable namesake: a genuine candidate in every variant.
    const twin = await db.contact.create({
      data: {
        ...base,
        brandId: h.brands.a,
        lastName: s.lastName,
        firstName: s.firstName,
        email: `twin.${n}@exemple.fr`,
      },
    });
    await grantAll(twin.id);
    const labels = new Map<number, string>([[twin.id, 'twin']]);
    if (variant !== 'none') {
      const email = variant === 'right' ? guess : `someone.else.${n}@exemple.fr`;
      const lastName = variant === 'right' ? s.lastName : 'Zyx';
      const withheld = await db.contact.create({
        data: {
          ...base,
          brandId: s.hiding === 'scope' ? h.brands.b : h.brands.a,
          lastName,
          firstName: s.firstName,
          email,
        },
      });
      labels.set(withheld.id, 'withheld');
      if (s.hiding === 'scope') await grantAll(withheld.id);
      if (s.hiding === 'denied') await h.consent(withheld.id, s.purpose, { status: 'DENIED' });
    }
    const gql = h.as(s.role, s.purpose);
    const csv = `email,lastName,firstName,postalCode,city,brand,zone,consent.${s.purpose}\n${guess},${s.lastName},${s.firstName},${postalCode},${city},A,N,granted\n`;
    const dryRun = await gql(importQuery, { content: csv, dryRun: true });
    const real = await gql(importQuery, { content: csv, dryRun: false });
    // The probe: the contact the caller created with the guessed e-mail (by the import, or as a fixture for a role
    // that may not import), readable by the caller.
    let probe = await db.contact.findFirst({ where: { email: guess, id: { notIn: [...labels.keys()] } } });
    if (!probe) {
      // (For an importer, a missing probe already shows in the import's answer.)
      probe = await db.contact.create({
        data: { ...base, brandId: h.brands.a, lastName: s.lastName, firstName: s.firstName, email: guess },
      });
      await h.consent(probe.id, s.purpose);
    }
    labels.set(probe!.id, 'probe');
    const candidates = await gql(oneContact, { contact: gid('Contact', probe!.id) });
    const pairs = await gql(everyPair);
    await db.contact.deleteMany({ where: { id: { in: [...labels.keys()] } } });
    return normalise({ dryRun, real, candidates, pairs }, labels);
  }

  it('answers the same for the right guess, a wrong guess and no such contact: imports and duplicates', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (raw) => {
        const purposes = declarable[raw.role];
        // An admin sees every brand: only consent withholds a contact from it.
        const hiding: Hiding = raw.role === 'ADMIN' && raw.hiding === 'scope' ? 'denied' : raw.hiding;
        const s: Scenario = { ...raw, purpose: purposes[raw.purposeIndex % purposes.length]!, hiding };
        const n = run++;
        const none = await answers(s, n, 'none');
        const wrong = await answers(s, n, 'wrong');
        const right = await answers(s, n, 'right');
        // Not trivially equal: the caller reads its own probe and the twin in every variant.
        expect(JSON.stringify(none)).toContain('probe');
        expect(JSON.stringify(none)).toContain('twin');
        expect(wrong).toEqual(none);
        expect(right).toEqual(none);
      }),
      { numRuns: 15, seed: 1406, endOnFailure: true },
    );
  }, 240_000);

  it('a sales file naming a contact by e-mail answers the same for a withheld contact and for none; AMBIGUOUS_KEY counts only readable ones', async () => {
    const db = h.t.db;
    const category = await db.productCategory.create({ data: { code: 'ORACLE', name: 'Oracle' } });
    await db.product.create({ data: { code: 'ORACLE-P', name: 'P', categoryId: category.id, listPrice: '10' } });
    const salesQuery = `mutation($content: String!, $dryRun: Boolean) {
      importFile(entity: SALE, format: CSV, fileName: "sales.csv", content: $content, dryRun: $dryRun) {
        status createdCount updatedCount unchangedCount rejectedCount errors { line field code message } } }`;
    const content = (ref: string, email: string) =>
      `externalRef,contactEmail,saleDate,channel,productCode,brand\n${ref},${email},2026-01-15,STORE,ORACLE-P,A\n`;
    const base = { kind: 'CLIENT' as const, brandId: h.brands.a, zoneId: h.zones.north, lastName: 'Vente' };
    const gql = h.as('MARKETING', 'marketing');
    const answer = async (plant: 'denied' | 'silent' | 'scope' | 'none', tag: string) => {
      const email = `buyer.${tag}@exemple.fr`;
      const planted =
        plant === 'none'
          ? null
          : await db.contact.create({
              data: { ...base, email, ...(plant === 'scope' ? { brandId: h.brands.b } : {}) },
            });
      if (planted && plant === 'denied') await h.consent(planted.id, 'marketing', { status: 'DENIED' });
      if (planted && plant === 'scope') await h.consent(planted.id, 'marketing');
      const r = await gql(salesQuery, { content: content(`ORACLE-${tag}`, email), dryRun: true });
      if (planted) await db.contact.delete({ where: { id: planted.id } });
      return JSON.stringify(r).replaceAll(tag, 'TAG');
    };
    const none = await answer('none', 'xnone');
    expect(none).toContain('UNKNOWN_CONTACT');
    for (const plant of ['denied', 'silent', 'scope'] as const)
      expect(await answer(plant, `x${plant}`), plant).toBe(none);
    // Two contacts share an e-mail; only one is readable by the caller: the row is its, not an ambiguous key.
    const shared = 'shared.buyer@exemple.fr';
    const readable = await db.contact.create({ data: { ...base, email: shared } });
    await h.consent(readable.id, 'marketing');
    const withheld = await db.contact.create({ data: { ...base, email: shared } });
    await h.consent(withheld.id, 'marketing', { status: 'WITHDRAWN' });
    const r = await gql(salesQuery, { content: content('ORACLE-SHARED', shared), dryRun: true });
    expect(r.data.importFile).toMatchObject({ createdCount: 1, rejectedCount: 0, errors: [] });
  });
});
