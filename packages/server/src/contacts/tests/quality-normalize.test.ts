/**
 * Data quality, step 1: normalisation and checks of contact fields, as pure functions and on the API's write paths
 * (create and update), on both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeContactFields, normalizeEmail, normalizePhone } from '../quality/normalize.js';
import { checkCity } from '../quality/postal-codes.js';
import { jaroWinkler, phonetic, titleCase } from '../quality/text.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

describe('normalisation rules', () => {
  it('e-mail: trimmed, lower-cased, syntax checked', () => {
    expect(normalizeEmail('  Jean.Dupont@Exemple.FR ')).toBe('jean.dupont@exemple.fr');
    expect(normalizeEmail('mailto:<a@b.fr>')).toBe('a@b.fr');
    for (const bad of ['a@b', 'a b@c.fr', 'a..b@c.fr', '@c.fr', 'a@-c.fr', 'a@c.f', 'a@@c.fr'])
      expect(normalizeEmail(bad), bad).toBeNull();
  });

  it('phones to E.164 with the contact country as default region', () => {
    expect(normalizePhone('06 12 34 56 78', 'FR')).toBe('+33612345678');
    expect(normalizePhone('06.12.34.56.78', 'FR')).toBe('+33612345678');
    expect(normalizePhone('+33 (0)6 12 34 56 78', 'FR')).toBe('+33612345678');
    expect(normalizePhone('0033612345678', 'FR')).toBe('+33612345678');
    expect(normalizePhone('030 1234567', 'DE')).toBe('+49301234567');
    expect(normalizePhone('12', 'FR')).toBeNull();
    expect(normalizePhone('06 12 34', 'FR')).toBeNull();
  });

  it('names: first names title-cased, last names title-cased only when typed in one case', () => {
    const { values } = normalizeContactFields({ firstName: ' jean-PIERRE ', lastName: 'DUPONT' });
    expect(values).toEqual({ firstName: 'Jean-Pierre', lastName: 'Dupont' });
    expect(normalizeContactFields({ lastName: '  McDonald  ' }).values.lastName).toBe('McDonald');
    expect(normalizeContactFields({ lastName: 'de La  Fontaine' }).values.lastName).toBe('de La Fontaine');
    expect(titleCase("marie-hélène d'ORMESSON")).toBe("Marie-Hélène d'Ormesson");
    expect(normalizeContactFields({ firstName: '   ' }).values.firstName).toBeNull();
  });

  it('French postal code and city against the official list, with a suggestion for a misspelled city', () => {
    expect(normalizeContactFields({ postalCode: '75 003', city: 'PARIS' })).toEqual({
      values: { postalCode: '75003', city: 'Paris' },
      problems: [],
    });
    expect(normalizeContactFields({ postalCode: '1000', city: 'bourg en bresse' }).values).toEqual({
      postalCode: '01000',
      city: 'Bourg-en-Bresse',
    });
    expect(normalizeContactFields({ postalCode: '42000', city: 'St Etienne' }).values.city).toBe('Saint-Étienne');
    expect(checkCity('13001', 'Marseile')).toEqual({ ok: false, suggestion: 'Marseille' });
    expect(normalizeContactFields({ postalCode: '01000', city: 'Saint-Denis-les-Bour' }).problems).toEqual([
      {
        field: 'city',
        code: 'CITY_MISMATCH',
        params: { city: 'Saint-Denis-les-Bour', postalCode: '01000' },
        message: expect.stringContaining('Saint-Denis-lès-Bourg'),
        suggestion: 'Saint-Denis-lès-Bourg',
      },
    ]);
    expect(normalizeContactFields({ postalCode: '75999' }).problems.map((p) => p.code)).toEqual([
      'UNKNOWN_POSTAL_CODE',
    ]);
    expect(normalizeContactFields({ postalCode: '7500A' }).problems.map((p) => p.code)).toEqual([
      'INVALID_POSTAL_CODE',
    ]);
    // Abroad, no French list applies.
    expect(normalizeContactFields({ countryCode: 'be', postalCode: '1000', city: 'BRUXELLES' })).toEqual({
      values: { countryCode: 'BE', postalCode: '1000', city: 'Bruxelles' },
      problems: [],
    });
  });

  it('text similarity helpers', () => {
    expect(phonetic('Lefèvre')).toBe(phonetic('Lefebvre'));
    expect(phonetic('Dupont')).toBe(phonetic('Dupond'));
    expect(jaroWinkler('martin', 'martin')).toBe(1);
    expect(jaroWinkler('martin', 'marton')).toBeGreaterThan(0.9);
    expect(jaroWinkler('martin', 'girard')).toBeLessThan(0.6);
  });
});

describeEachDatabase('contact write paths normalise and check', (provider) => {
  let h: ApiHarness;
  const create = `mutation($input: ContactInput!) { createContact(input: $input) { id version firstName lastName email phone mobile postalCode city } }`;
  const update = `mutation($id: ID!, $version: Int!, $input: ContactPatch!) { updateContact(id: $id, version: $version, input: $input) { version city postalCode phone } }`;
  // Support (customer_service) reads a new contact back through the consent given on the form: without a contract
  // or a consent, customer_service does not cover it.
  const base = () => ({
    kind: 'CLIENT',
    brand: gid('Brand', h.brands.a),
    zone: gid('Zone', h.zones.north),
    consents: [{ purpose: 'customer_service', source: 'PHONE' }],
  });

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
  });
  afterAll(() => h?.drop());

  it('stores clean values normalised', async () => {
    const r = await h.as('SUPPORT')(create, {
      input: {
        ...base(),
        firstName: 'jean-PIERRE',
        lastName: ' DUPONT ',
        email: ' Jean.Dupont@Exemple.FR',
        phone: '01 42 68 53 00',
        mobile: '06.12.34.56.78',
        postalCode: '75 003',
        city: 'paris',
      },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.createContact).toMatchObject({
      firstName: 'Jean-Pierre',
      lastName: 'Dupont',
      email: 'jean.dupont@exemple.fr',
      phone: '+33142685300',
      mobile: '+33612345678',
      postalCode: '75003',
      city: 'Paris',
    });
  });

  it('answers VALIDATION with field paths and codes, and writes nothing', async () => {
    const before = await h.t.db.contact.count();
    const r = await h.as('SUPPORT')(create, {
      input: { ...base(), lastName: 'Martin', email: 'jean@', phone: '12 34', postalCode: '13001', city: 'Marseile' },
    });
    expect(r.errors?.[0]?.extensions.code).toBe('VALIDATION');
    const fields = r.errors?.[0]?.extensions.fields as { path: string[]; code?: string; suggestion?: string }[];
    expect(fields.map((f) => [f.path.join('.'), f.code, f.suggestion])).toEqual([
      ['input.email', 'INVALID_EMAIL', undefined],
      ['input.phone', 'INVALID_PHONE', undefined],
      ['input.city', 'CITY_MISMATCH', 'Marseille'],
    ]);
    expect(await h.t.db.contact.count()).toBe(before);
  });

  it('checks an update against the stored half of the postal code / city pair', async () => {
    const r = await h.as('SUPPORT')(create, {
      input: { ...base(), lastName: 'Durand', postalCode: '69001', city: 'Lyon' },
    });
    const c = r.data.createContact;
    const bad = await h.as('SUPPORT')(update, { id: c.id, version: c.version, input: { city: 'Lyonn' } });
    expect(bad.errors?.[0]?.extensions.fields).toEqual([
      expect.objectContaining({ path: ['input', 'city'], code: 'CITY_MISMATCH', suggestion: 'Lyon' }),
    ]);
    const unknown = await h.as('SUPPORT')(update, { id: c.id, version: c.version, input: { postalCode: '69999' } });
    expect(unknown.errors?.[0]?.extensions.fields).toEqual([
      expect.objectContaining({ path: ['input', 'postalCode'], code: 'UNKNOWN_POSTAL_CODE' }),
    ]);
    const ok = await h.as('SUPPORT')(update, {
      id: c.id,
      version: c.version,
      input: { postalCode: '69002', phone: '+33 4 72 00 00 00' },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.updateContact).toMatchObject({ postalCode: '69002', city: 'Lyon', phone: '+33472000000' });
  });
});
