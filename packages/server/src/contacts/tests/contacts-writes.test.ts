import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

/**
 * A write to a field needs the right to read it, under the request's purpose: a personal field whose consent does
 * not cover the purpose answers CONSENT_REQUIRED, a confidential field the role may not read FORBIDDEN; nothing is
 * written (the database says so) and the refusal is audited as DENIED. Stewardship proposals and decisions compare
 * with the stored value: they are refused the same way, before any comparison.
 */
const update = `mutation($id: ID!, $version: Int!, $input: ContactPatch!) {
  updateContact(id: $id, version: $version, input: $input) { version lastName countryCode pendingProposals { field } } }`;
const accept = `mutation($id: ID!, $version: Int!) { acceptProposal(id: $id, version: $version) { status } }`;

describeEachDatabase('contact writes need the right to read', (provider) => {
  let h: ApiHarness;
  let withheld: number; // no consent, no contract: withheld under marketing and customer_service
  let open: number; // consented to marketing
  const stored = {
    lastName: 'Secret',
    email: 'secret@hidden.test',
    countryCode: 'FR',
    incomeBand: 'UNDER_20K' as const,
  };

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const base = { kind: 'PROSPECT' as const, brandId: h.brands.a, zoneId: h.zones.north };
    withheld = (await h.t.db.contact.create({ data: { ...base, ...stored } })).id;
    open = (await h.t.db.contact.create({ data: { ...base, lastName: 'Open', email: 'open@shown.test' } })).id;
    await h.consent(open, 'marketing');
  });
  afterAll(() => h?.drop());
  beforeEach(async () => {
    await h.t.db.stewardedField.deleteMany();
  });

  const row = (id: number) =>
    h.t.db.contact.findUniqueOrThrow({
      where: { id },
      select: { lastName: true, email: true, countryCode: true, incomeBand: true, version: true },
    });
  const lastAudit = () =>
    h.t.db.auditLog.findFirstOrThrow({ where: { operationName: 'updateContact' }, orderBy: { id: 'desc' } });

  it('refuses a personal field whose consent does not cover the purpose: CONSENT_REQUIRED, nothing written, audited DENIED', async () => {
    const before = await row(withheld);
    for (const [role, purpose] of [
      ['MARKETING', 'marketing'],
      ['SUPPORT', 'customer_service'],
      ['ADMIN', 'customer_service'],
    ] as const) {
      const r = await h.as(role, purpose)(update, {
        id: gid('Contact', withheld),
        version: before.version,
        input: { lastName: 'Guess', countryCode: 'BE' },
      });
      expect(r.errors?.[0]?.extensions, role).toMatchObject({
        code: 'CONSENT_REQUIRED',
        purpose,
        fields: ['lastName'],
      });
      expect(r.data?.updateContact ?? null).toBeNull();
      expect(await row(withheld), role).toEqual(before); // not even the non-personal field
      const audit = await lastAudit();
      expect(audit).toMatchObject({ outcome: 'DENIED', errorCode: 'CONSENT_REQUIRED', entityId: String(withheld) });
    }
  });

  it('refuses without a purpose as well', async () => {
    const before = await row(withheld);
    const r = await h.as('ADMIN', null)(update, {
      id: gid('Contact', withheld),
      version: before.version,
      input: { email: 'x@y.test' },
    });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONSENT_REQUIRED', purpose: null });
    expect(await row(withheld)).toEqual(before);
  });

  it('refuses a confidential field the role may not read: FORBIDDEN, nothing written', async () => {
    const before = await row(withheld);
    const r = await h.as('SUPPORT')(update, {
      id: gid('Contact', withheld),
      version: before.version,
      input: { incomeBand: 'FROM_20K_TO_35K', countryCode: 'BE' },
    });
    expect(r.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await row(withheld)).toEqual(before);
  });

  it('writes non-personal fields of a withheld contact, and personal fields under a covering consent', async () => {
    const before = await row(withheld);
    const country = await h.as('MARKETING')(update, {
      id: gid('Contact', withheld),
      version: before.version,
      input: { countryCode: 'BE' },
    });
    expect(country.errors?.filter((e) => e.extensions.code !== 'CONSENT_REQUIRED')).toEqual([]);
    expect((await row(withheld)).countryCode).toBe('BE');
    const v = (await row(open)).version;
    const r = await h.as('MARKETING')(update, { id: gid('Contact', open), version: v, input: { lastName: 'Opened' } });
    expect(r.errors).toBeUndefined();
    expect(r.data.updateContact.lastName).toBe('Opened');
  });

  it('a stewardship proposal cannot test a hidden value: the right and a wrong guess are both refused, no proposal', async () => {
    await h.as('ADMIN')(`mutation { setStewardedField(field: "email", stewardRole: SUPPORT) { field } }`);
    const answers = [];
    for (const email of [stored.email, 'wrong@hidden.test']) {
      const before = await row(withheld);
      const r = await h.as('MARKETING')(update, {
        id: gid('Contact', withheld),
        version: before.version,
        input: { email },
      });
      answers.push(r);
      expect(await row(withheld)).toEqual(before);
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]!.errors?.[0]?.extensions.code).toBe('CONSENT_REQUIRED');
    expect(await h.t.db.changeProposal.count({ where: { contactId: withheld } })).toBe(0);
  });

  it('a steward who may not read the field cannot accept (refused before the comparison, not SUPERSEDED)', async () => {
    await h.as('ADMIN')(`mutation { setStewardedField(field: "lastName", stewardRole: MARKETING) { field } }`);
    // Proposed by support under a consent it has (a grant to customer_service), then that consent is the only one.
    await h.consent(withheld, 'customer_service');
    const before = await row(withheld);
    const proposed = await h.as('SUPPORT')(update, {
      id: gid('Contact', withheld),
      version: before.version,
      input: { lastName: 'Proposed' },
    });
    expect(proposed.errors).toBeUndefined();
    const proposal = await h.t.db.changeProposal.findFirstOrThrow({
      where: { contactId: withheld, field: 'lastName' },
    });
    const args = { id: gid('ChangeProposal', proposal.id), version: proposal.version };
    // Marketing (the steward) declares marketing, which this contact never consented to.
    const right = await h.as('MARKETING')(accept, args);
    expect(right.errors?.[0]?.extensions.code).toBe('CONSENT_REQUIRED');
    // A stale old value (the field changed meanwhile) answers the same: no SUPERSEDED that would reveal it.
    await h.t.db.contact.update({ where: { id: withheld }, data: { lastName: 'Changed' } });
    const stale = await h.as('MARKETING')(accept, args);
    expect(stale).toEqual(right);
    expect((await h.t.db.changeProposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe('PENDING');
    await h.t.db.contact.update({ where: { id: withheld }, data: { lastName: stored.lastName } });
    await h.consent(withheld, 'customer_service', { status: 'WITHDRAWN' });
  });

  it('createContact refuses a confidential field the role may not read, and creates nothing', async () => {
    const count = await h.t.db.contact.count();
    const r = await h.as('SUPPORT')(`mutation($input: ContactInput!) { createContact(input: $input) { id } }`, {
      input: {
        kind: 'CLIENT',
        brand: gid('Brand', h.brands.a),
        zone: gid('Zone', h.zones.north),
        lastName: 'New',
        maritalStatus: 'SINGLE',
      },
    });
    expect(r.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await h.t.db.contact.count()).toBe(count);
  });
});
