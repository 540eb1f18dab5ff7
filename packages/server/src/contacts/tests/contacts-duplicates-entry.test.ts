import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness, type GqlResult } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

/**
 * Duplicates at entry (issue 21, contacts/CONTACTS.md "Duplicates at entry"): a new contact that scores above the
 * threshold against a contact the caller may compare answers DUPLICATE_SUSPECTED with the explained candidates
 * until confirmed; an exact e-mail (any case) answers DUPLICATE_EMAIL until forced with a reason, which is
 * audited; a contact withheld from the caller is never a candidate and changes nothing in the answer.
 */
const create = `mutation($input: ContactInput!) { createContact(input: $input) { id lastName email } }`;
const update = `mutation($id: ID!, $version: Int!, $input: ContactPatch!) { updateContact(id: $id, version: $version, input: $input) { id email } }`;
const numeric = (globalId: string) => Number(Buffer.from(globalId, 'base64').toString().split(':')[1]);

describeEachDatabase('duplicates at entry', (provider) => {
  let h: ApiHarness;
  let dupont: number;
  const base = () => ({
    kind: 'CLIENT',
    brand: gid('Brand', h.brands.a),
    zone: gid('Zone', h.zones.north),
    consents: [{ purpose: 'marketing', source: 'WEB_FORM' }],
  });
  const seedContact = async (data: Record<string, unknown>, brandId = h.brands.a, consent = true) => {
    const c = await h.t.db.contact.create({
      data: { kind: 'CLIENT', brandId, zoneId: h.zones.north, ...data } as never,
    });
    if (consent) await h.consent(c.id, 'marketing');
    return c.id;
  };
  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    dupont = await seedContact({
      firstName: 'Jean',
      lastName: 'Dupont',
      email: 'jean.dupont@example.fr',
      postalCode: '75011',
      city: 'Paris',
      addressLine1: '12 rue Oberkampf',
    });
  });
  afterAll(() => h?.drop());

  const candidatesOf = (r: GqlResult) => (r.errors?.[0]?.extensions as any)?.candidates as any[] | undefined;

  it('a near duplicate answers DUPLICATE_SUSPECTED with the explained candidates; nothing is written', async () => {
    const before = await h.t.db.contact.count();
    const input = { ...base(), firstName: 'Jean', lastName: 'Dupond', postalCode: '75011', city: 'Paris' };
    const r = await h.as('MARKETING')(create, { input });
    expect(r.errors?.[0]?.extensions?.code).toBe('DUPLICATE_SUSPECTED');
    expect((r.errors?.[0]?.extensions as any).threshold).toBe(0.6);
    const [c] = candidatesOf(r)!;
    expect(numeric(c.id)).toBe(dupont);
    expect(c.exactEmail).toBe(false);
    expect(c.score).toBeGreaterThanOrEqual(0.6);
    expect(c.matches.map((m: any) => m.field).sort()).toEqual(['name', 'postalCode']);
    expect(await h.t.db.contact.count()).toBe(before);
  });

  it('confirmed, the same contact is created and the confirmation audited', async () => {
    const input = {
      ...base(),
      firstName: 'Jean',
      lastName: 'Dupond',
      postalCode: '75011',
      city: 'Paris',
      duplicates: { confirm: true },
    };
    const r = await h.as('MARKETING')(create, { input });
    expect(r.errors).toBeUndefined();
    const id = numeric(r.data.createContact.id);
    const audit = await h.t.db.auditLog.findFirst({
      where: { entity: 'Contact', entityId: String(id), operationName: 'duplicateConfirmed' },
    });
    expect(audit?.fields).toEqual(['email', `duplicateOf:${dupont}`]);
    expect(audit?.actorUserId).toBe(h.users.MARKETING);
  });

  it('an exact e-mail in another case is refused, even confirmed; forced with a reason it is created and audited', async () => {
    const input = { ...base(), firstName: 'Marie', lastName: 'Curie', email: '  Jean.DUPONT@Example.FR ' };
    for (const duplicates of [undefined, { confirm: true }]) {
      const r = await h.as('MARKETING')(create, { input: { ...input, duplicates } });
      expect(r.errors?.[0]?.extensions?.code).toBe('DUPLICATE_EMAIL');
      expect(candidatesOf(r)!.map((c) => [numeric(c.id), c.exactEmail])).toEqual([[dupont, true]]);
    }
    const noReason = await h.as('MARKETING')(create, { input: { ...input, duplicates: { force: true, reason: ' ' } } });
    expect(noReason.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const reason = 'Shared family mailbox, confirmed by phone';
    const r = await h.as('MARKETING')(create, { input: { ...input, duplicates: { force: true, reason } } });
    expect(r.errors).toBeUndefined();
    expect(r.data.createContact.email).toBe('jean.dupont@example.fr');
    const id = numeric(r.data.createContact.id);
    const audit = await h.t.db.auditLog.findFirstOrThrow({
      where: { entity: 'Contact', entityId: String(id), operationName: 'duplicateEmailForced' },
    });
    expect(audit).toMatchObject({ operation: 'CREATE', outcome: 'ALLOWED', purpose: 'marketing' });
    expect(audit.fields).toEqual(['email', `duplicateOf:${dupont}`, `reason:${reason}`]);
  });

  it('an update changing the e-mail to an existing one is refused unless forced; an unchanged e-mail passes', async () => {
    const other = await seedContact({ lastName: 'Autre', email: 'autre@example.fr' });
    const version = async () => (await h.t.db.contact.findUniqueOrThrow({ where: { id: other } })).version;
    const r = await h.as('MARKETING')(update, {
      id: gid('Contact', other),
      version: await version(),
      input: { email: 'JEAN.dupont@example.fr' },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('DUPLICATE_EMAIL');
    expect((await h.t.db.contact.findUniqueOrThrow({ where: { id: other } })).email).toBe('autre@example.fr');
    const same = await h.as('MARKETING')(update, {
      id: gid('Contact', other),
      version: await version(),
      input: { email: 'autre@example.fr', lastName: 'Autre' },
    });
    expect(same.errors).toBeUndefined();
    const forced = await h.as('MARKETING')(update, {
      id: gid('Contact', other),
      version: await version(),
      input: { email: 'jean.dupont@example.fr', duplicates: { force: true, reason: 'same company mailbox' } },
    });
    expect(forced.errors).toBeUndefined();
    expect(
      await h.t.db.auditLog.count({
        where: { entityId: String(other), operationName: 'duplicateEmailForced', operation: 'UPDATE' },
      }),
    ).toBe(1);
  });

  it('a candidate withheld from the caller (other brand, or no consent) answers exactly like no contact', async () => {
    const email = 'secret.person@hidden.test';
    const person = { firstName: 'Secret', lastName: 'Person', postalCode: '69001', city: 'Lyon', email };
    const answers: unknown[] = [];
    for (const world of ['brand', 'consent', 'none'] as const) {
      const hidden =
        world === 'none'
          ? null
          : await seedContact(person, world === 'brand' ? h.brands.b : h.brands.a, world === 'brand');
      const r = await h.as('MARKETING')(create, { input: { ...base(), ...person } });
      expect(r.errors).toBeUndefined();
      answers.push({ ...r, data: { createContact: { ...r.data.createContact, id: '<new>' } } });
      await h.t.db.consentEvent.deleteMany({ where: { contact: { lastName: 'Person' } } });
      await h.t.db.consentState.deleteMany({ where: { contact: { lastName: 'Person' } } });
      await h.t.db.contact.deleteMany({ where: { lastName: 'Person' } });
      if (hidden) expect(await h.t.db.contact.count({ where: { id: hidden } })).toBe(0);
    }
    expect(answers[0]).toEqual(answers[2]);
    expect(answers[1]).toEqual(answers[2]);
  });

  it('the same contact visible to the caller is a candidate (the control of the test above)', async () => {
    const person = { firstName: 'Visible', lastName: 'Person', postalCode: '69001', city: 'Lyon', email: 'v@p.test' };
    const id = await seedContact(person);
    const r = await h.as('MARKETING')(create, { input: { ...base(), ...person, email: 'V@P.test' } });
    expect(r.errors?.[0]?.extensions?.code).toBe('DUPLICATE_EMAIL');
    expect(candidatesOf(r)!.map((c) => numeric(c.id))).toEqual([id]);
  });
});
