import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const set = `mutation($field: String!, $role: Role!) { setStewardedField(field: $field, stewardRole: $role) { field stewardRole } }`;
const update = `mutation($id: ID!, $version: Int!, $input: ContactPatch!) {
  updateContact(id: $id, version: $version, input: $input) { version email city pendingProposals { id field oldValue newValue status version proposedBy { email } } } }`;
const accept = `mutation($id: ID!, $version: Int!) { acceptProposal(id: $id, version: $version) { status comment version decidedBy { email } decidedAt } }`;
const reject = `mutation($id: ID!, $version: Int!, $comment: String!) { rejectProposal(id: $id, version: $version, comment: $comment) { status comment } }`;

describeEachDatabase('data stewardship', (provider) => {
  let h: ApiHarness;
  let contact: string;
  const p: Record<string, { id: string; version: number }> = {};
  const version = async () =>
    (
      await h.t.db.contact.findUniqueOrThrow({
        where: { id: Number(Buffer.from(contact, 'base64').toString().split(':')[1]) },
      })
    ).version;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const c = await h.t.db.contact.create({
      data: {
        kind: 'CLIENT',
        brandId: h.brands.a,
        zoneId: h.zones.north,
        lastName: 'Durand',
        email: 'old@example.fr',
        city: 'Paris',
        postalCode: '75001',
      },
    });
    contact = gid('Contact', c.id);
    await h.consent(c.id, 'marketing'); // marketing users read its e-mail (and the proposed ones)
    // A client with a sale: a contract on record, so sales and support (customer_service) may read and write it.
    await h.t.db.sale.create({
      data: {
        contactId: c.id,
        brandId: h.brands.a,
        saleDate: new Date('2025-01-01T00:00:00Z'),
        channel: 'STORE',
        total: '1',
      },
    });
  });
  afterAll(() => h?.drop());

  it('lets only an admin configure stewarded fields, among the stewardable ones', async () => {
    expect((await h.as('ANALYST')(set, { field: 'email', role: 'SUPPORT' })).errors?.[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await h.as('ADMIN')(set, { field: 'brand', role: 'SUPPORT' })).errors?.[0]?.extensions.code).toBe(
      'VALIDATION',
    );
    // Support may not write the confidential discount rate: it cannot be its steward.
    expect((await h.as('ADMIN')(set, { field: 'discountRate', role: 'SUPPORT' })).errors?.[0]?.extensions.code).toBe(
      'VALIDATION',
    );
    const r = await h.as('ADMIN')(set, { field: 'email', role: 'SUPPORT' });
    expect(r.data.setStewardedField).toEqual({ field: 'email', stewardRole: 'SUPPORT' });
    expect((await h.as('SALES')(`{ stewardedFields { field stewardRole } }`)).data.stewardedFields).toEqual([
      { field: 'email', stewardRole: 'SUPPORT' },
    ]);
  });

  it("turns another role's change of a stewarded field into a proposal; the other fields apply", async () => {
    const r = await h.as('SALES')(update, {
      id: contact,
      version: await version(),
      input: { email: ' New@Example.FR ', city: 'Lyon', postalCode: '69001' },
    });
    expect(r.errors).toBeUndefined();
    const c = r.data.updateContact;
    expect(c).toMatchObject({ email: 'old@example.fr', city: 'Lyon' });
    expect(c.pendingProposals).toEqual([
      expect.objectContaining({
        field: 'email',
        oldValue: '"old@example.fr"',
        newValue: '"new@example.fr"',
        status: 'PENDING',
        proposedBy: { email: 'sales@test.fidele' },
      }),
    ]);
    p.sales = c.pendingProposals[0];
    // The steward role is told, without the value.
    const notes = await h.t.db.notification.findMany({ where: { kind: 'CHANGE_PROPOSAL' } });
    expect(notes.map((n) => [n.userId, n.subjectId, n.message])).toEqual([
      [h.users.SUPPORT, p.sales!.id, 'A change of email on a contact awaits your decision.'],
    ]);
    const m = await h.as('MARKETING')(update, {
      id: contact,
      version: c.version,
      input: { email: 'other@example.fr' },
    });
    expect(m.data.updateContact.pendingProposals.map((x: { newValue: string }) => x.newValue)).toEqual([
      '"new@example.fr"',
      '"other@example.fr"',
    ]);
    p.marketing = m.data.updateContact.pendingProposals[1];
  });

  it('validates a proposed value like a write, and a stale version proposes nothing', async () => {
    const bad = await h.as('SALES')(update, {
      id: contact,
      version: await version(),
      input: { email: 'not-an-email' },
    });
    expect(bad.errors?.[0]?.extensions.code).toBe('VALIDATION');
    const stale = await h.as('SALES')(update, { id: contact, version: 1, input: { email: 'late@example.fr' } });
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(await h.t.db.changeProposal.count()).toBe(2);
  });

  it('lets only the steward role decide; accepting applies the value, a proposal on a changed field is SUPERSEDED', async () => {
    for (const role of ['SALES', 'ADMIN', 'MARKETING'] as const) {
      expect((await h.as(role)(accept, p.sales)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    const inbox = await h.as('SUPPORT')(
      `{ changeProposals(filter: { stewardedByMe: true, status: [PENDING] }) { totalCount } }`,
    );
    expect(inbox.data.changeProposals.totalCount).toBe(2);
    const ok = await h.as('SUPPORT')(accept, p.sales);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.acceptProposal).toMatchObject({ status: 'ACCEPTED', decidedBy: { email: 'support@test.fidele' } });
    expect((await h.t.db.contact.findFirstOrThrow()).email).toBe('new@example.fr');
    const late = await h.as('SUPPORT')(accept, p.marketing);
    expect(late.data.acceptProposal).toMatchObject({
      status: 'SUPERSEDED',
      comment: 'The field changed since the proposal was made.',
    });
    expect((await h.t.db.contact.findFirstOrThrow()).email).toBe('new@example.fr');
    expect((await h.as('SUPPORT')(accept, p.sales)).errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it("applies the steward's own change directly, and rejects with a reason", async () => {
    const own = await h.as('SUPPORT')(update, {
      id: contact,
      version: await version(),
      input: { email: 'steward@example.fr' },
    });
    expect(own.data.updateContact).toMatchObject({ email: 'steward@example.fr', pendingProposals: [] });
    const r = await h.as('SALES')(update, {
      id: contact,
      version: await version(),
      input: { email: 'third@example.fr' },
    });
    const proposal = r.data.updateContact.pendingProposals[0];
    expect((await h.as('SUPPORT')(reject, { ...proposal, comment: ' ' })).errors?.[0]?.extensions.code).toBe(
      'VALIDATION',
    );
    const done = await h.as('SUPPORT')(reject, {
      id: proposal.id,
      version: proposal.version,
      comment: 'Customer confirmed the old address',
    });
    expect(done.data.rejectProposal).toEqual({ status: 'REJECTED', comment: 'Customer confirmed the old address' });
    expect((await h.t.db.contact.findFirstOrThrow()).email).toBe('steward@example.fr');
  });

  it('keeps the history per contact, with values under the same consent rule as the field', async () => {
    const q = `query($id: ID!) { contact(id: $id) { changeProposals { totalCount edges { node { field status newValue } } } } }`;
    const support = await h.as('SUPPORT')(q, { id: contact });
    expect(support.data.contact.changeProposals.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual([
      'REJECTED',
      'SUPERSEDED',
      'ACCEPTED',
    ]);
    // The analyst declares profiling, which this contact never consented to: e-mail values are withheld.
    const analyst = await h.as('ANALYST')(q, { id: contact });
    expect(analyst.data.contact.changeProposals.totalCount).toBe(3);
    expect(
      analyst.data.contact.changeProposals.edges.every(
        (e: { node: { newValue: unknown } }) => e.node.newValue === null,
      ),
    ).toBe(true);
    expect(new Set(analyst.errors?.map((e) => e.extensions.code))).toEqual(new Set(['CONSENT_REQUIRED']));
  });
});
