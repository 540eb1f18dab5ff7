import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

/**
 * Creating a contact records its basis in the same mutation: the consents given on the form, with provenance
 * (captured now, by the creator). A contact created with a consent covering the creator's purpose comes back
 * visible to its creator; without a basis, withheld as any contact without one.
 */
const create = `mutation($input: ContactInput!) { createContact(input: $input) { id lastName email consents { purpose { code } status } } }`;

describeEachDatabase('contact creation records its basis', (provider) => {
  let h: ApiHarness;
  const base = () => ({ kind: 'PROSPECT', brand: gid('Brand', h.brands.a), zone: gid('Zone', h.zones.north) });
  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
  });
  afterAll(() => h?.drop());

  it('a marketing user creating a contact with marketing consent reads it back; the event has its provenance', async () => {
    const r = await h.as('MARKETING')(create, {
      input: {
        ...base(),
        lastName: 'Given',
        email: 'given@form.test',
        consents: [
          { purpose: 'newsletter', source: 'WEB_FORM', proof: 'form-7' },
          { purpose: 'marketing', source: 'WEB_FORM' },
        ],
      },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.createContact).toMatchObject({ lastName: 'Given', email: 'given@form.test' });
    expect(r.data.createContact.consents.map((c: any) => [c.purpose.code, c.status]).sort()).toEqual([
      ['marketing', 'GRANTED'],
      ['newsletter', 'GRANTED'],
    ]);
    const id = Number(Buffer.from(r.data.createContact.id, 'base64').toString().split(':')[1]);
    const events = await h.t.db.consentEvent.findMany({
      where: { contactId: id },
      orderBy: { id: 'asc' },
      include: { purpose: true },
    });
    expect(
      events.map((e) => ({
        purpose: e.purpose.code,
        status: e.status,
        source: e.source,
        proof: e.proof,
        by: e.capturedById,
      })),
    ).toEqual([
      { purpose: 'newsletter', status: 'GRANTED', source: 'WEB_FORM', proof: 'form-7', by: h.users.MARKETING },
      { purpose: 'marketing', status: 'GRANTED', source: 'WEB_FORM', proof: null, by: h.users.MARKETING },
    ]);
    // And on a later request too (the basis is stored, not a favour to the creating request).
    const again = await h.as('MARKETING')(`{ node(id: "${r.data.createContact.id}") { ... on Contact { lastName } } }`);
    expect(again.data.node.lastName).toBe('Given');
  });

  it('without a basis, the new contact comes back withheld (CONSENT_REQUIRED), as today', async () => {
    const r = await h.as('MARKETING')(create, { input: { ...base(), lastName: 'Bare', email: 'bare@form.test' } });
    expect(r.data.createContact).toMatchObject({ lastName: null, email: null, consents: [] });
    expect(new Set(r.errors?.map((e) => e.extensions.code))).toEqual(new Set(['CONSENT_REQUIRED']));
    expect(await h.t.db.contact.count({ where: { lastName: 'Bare' } })).toBe(1);
  });

  it('a consent for another purpose is recorded but does not open the creator’s purpose; a refusal is recorded too', async () => {
    const r = await h.as('SUPPORT')(create, {
      input: {
        ...base(),
        lastName: 'Other',
        consents: [
          { purpose: 'marketing', source: 'PHONE' },
          { purpose: 'profiling', status: 'DENIED', source: 'PHONE' },
        ],
      },
    });
    expect(r.data.createContact.lastName).toBeNull();
    expect(r.data.createContact.consents.map((c: any) => [c.purpose.code, c.status]).sort()).toEqual([
      ['marketing', 'GRANTED'],
      ['profiling', 'DENIED'],
    ]);
  });

  it('a bad consent refuses the whole creation: VALIDATION on its path, no contact and no consent written', async () => {
    const [contacts, events] = [await h.t.db.contact.count(), await h.t.db.consentEvent.count()];
    const r = await h.as('MARKETING')(create, {
      input: {
        ...base(),
        lastName: 'Never',
        consents: [
          { purpose: 'marketing', source: 'WEB_FORM' },
          { purpose: 'astrology', source: 'WEB_FORM' },
          { purpose: 'marketing', source: 'PHONE' },
        ],
      },
    });
    expect(r.errors?.[0]?.extensions.code).toBe('VALIDATION');
    expect(r.errors?.[0]?.extensions.fields?.map((f) => f.path.join('.'))).toEqual([
      'input.consents.1.purpose',
      'input.consents.2.purpose',
    ]);
    expect([await h.t.db.contact.count(), await h.t.db.consentEvent.count()]).toEqual([contacts, events]);
  });
});
