import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness, type GqlResult } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

/**
 * Uniqueness checks are reads (contacts/CONTACTS.md): the contacts API holds no unique personal value. An
 * e-mail is not unique (a household, a switchboard), so creating or updating a contact with the e-mail of a contact
 * the caller may not read answers exactly like a fresh e-mail; the one unique column, `externalRef`, is written only
 * by imports and integrations running as the system, never through ContactInput / ContactPatch.
 */
const create = `mutation($input: ContactInput!) { createContact(input: $input) { id kind lastName email } }`;
const update = `mutation($id: ID!, $version: Int!, $input: ContactPatch!) { updateContact(id: $id, version: $version, input: $input) { id version email } }`;

describeEachDatabase('contact uniqueness checks reveal nothing', (provider) => {
  let h: ApiHarness;
  let mine: number;
  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    mine = (
      await h.t.db.contact.create({
        data: { kind: 'CLIENT', lastName: 'Mine', brandId: h.brands.a, zoneId: h.zones.north },
      })
    ).id;
    await h.consent(mine, 'marketing');
  });
  afterAll(() => h?.drop());

  const idOf = (r: GqlResult) => (r.data as any)?.createContact?.id as string | undefined;
  const normalise = (r: GqlResult) =>
    JSON.parse(
      JSON.stringify(r)
        .split(idOf(r) ?? '\u0000')
        .join('<new>'),
    );

  it('create and update with a withheld contact’s e-mail answer like a fresh e-mail (withheld by consent or by brand)', async () => {
    const secret = 'taken@hidden.test';
    for (const brandId of [h.brands.a, h.brands.b]) {
      const answers = [];
      for (const world of ['taken', 'other', 'none'] as const) {
        const hidden =
          world === 'none'
            ? null
            : await h.t.db.contact.create({
                data: {
                  kind: 'CLIENT',
                  lastName: 'Hidden',
                  email: world === 'taken' ? secret : 'other@hidden.test',
                  brandId,
                  zoneId: h.zones.north,
                },
              });
        const input = {
          kind: 'CLIENT',
          brand: gid('Brand', h.brands.a),
          zone: gid('Zone', h.zones.north),
          lastName: 'New',
          email: secret,
          consents: [{ purpose: 'marketing', source: 'WEB_FORM' }],
        };
        const created = await h.as('MARKETING')(create, { input });
        const version = (await h.t.db.contact.findUniqueOrThrow({ where: { id: mine } })).version;
        const updated = await h.as('MARKETING')(update, {
          id: gid('Contact', mine),
          version,
          // The contact created just above holds this e-mail and is visible: forced (duplicates at entry, issue 21).
          input: { email: secret, duplicates: { force: true, reason: 'uniqueness test' } },
        });
        answers.push({
          created: normalise(created),
          updated: JSON.parse(JSON.stringify(updated).replace(/"version":\d+/, '"version":"<v>"')),
        });
        // Clean up for the next world: the new contact, the e-mail of mine, the hidden one.
        await h.t.db.consentEvent.deleteMany({ where: { contact: { lastName: 'New' } } });
        await h.t.db.consentState.deleteMany({ where: { contact: { lastName: 'New' } } });
        await h.t.db.contact.deleteMany({ where: { lastName: 'New' } });
        await h.t.db.contact.update({ where: { id: mine }, data: { email: null } });
        if (hidden) await h.t.db.contact.delete({ where: { id: hidden.id } });
      }
      expect(answers[0]!.created.errors).toBeUndefined();
      expect(answers[0]!.created.data.createContact.email).toBe(secret);
      expect(answers[0]).toEqual(answers[1]);
      expect(answers[0]).toEqual(answers[2]);
    }
  });

  it('no contact input takes the unique external reference (the system sets it)', async () => {
    const r = await h.as('ADMIN')(
      `{ input: __type(name: "ContactInput") { inputFields { name } } patch: __type(name: "ContactPatch") { inputFields { name } } }`,
    );
    const names = [...r.data.input.inputFields, ...r.data.patch.inputFields].map((f: { name: string }) => f.name);
    expect(names).toContain('email');
    expect(names).not.toContain('externalRef');
  });
});
