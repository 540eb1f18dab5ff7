import { afterAll, beforeAll, expect, it } from 'vitest';
import { issueToken } from '../../identity/token.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const set = `mutation($field: String!, $role: Role!, $user: ID) {
  setStewardedField(field: $field, stewardRole: $role, stewardUser: $user) { field stewardRole stewardUser { email } } }`;
const update = `mutation($id: ID!, $version: Int!, $input: ContactPatch!) {
  updateContact(id: $id, version: $version, input: $input) { version city pendingProposals { id field version } } }`;
const accept = `mutation($id: ID!, $version: Int!) { acceptProposal(id: $id, version: $version) { status decidedBy { email } } }`;

describeEachDatabase('data stewardship by a named person', (provider) => {
  let h: ApiHarness;
  let contactId: number;
  let sam: number;
  const asSam = async (query: string, variables?: Record<string, unknown>) => {
    const { token } = await issueToken(sam);
    const headers = { authorization: `Bearer ${token}`, 'x-fidele-purpose': 'customer_service' };
    return (await h.fetch(headers, query, variables)).json() as Promise<{ data?: any; errors?: any[] }>;
  };
  const propose = async (city: string) => {
    const { version } = await h.t.db.contact.findUniqueOrThrow({ where: { id: contactId } });
    const r = await h.as('SALES')(update, { id: gid('Contact', contactId), version, input: { city } });
    return r.data.updateContact.pendingProposals.find((p: { field: string }) => p.field === 'city');
  };

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const c = await h.t.db.contact.create({
      data: { kind: 'CLIENT', brandId: h.brands.a, zoneId: h.zones.north, lastName: 'Morel', city: 'Paris' },
    });
    contactId = c.id;
    await h.t.db.sale.create({
      data: {
        contactId,
        brandId: h.brands.a,
        saleDate: new Date('2025-01-01T00:00:00Z'),
        channel: 'STORE',
        total: '1',
      },
    });
    sam = (
      await h.t.db.staffUser.create({
        data: {
          email: 'sam@example.fr',
          firstName: 'Sam',
          lastName: 'Steward',
          role: 'SUPPORT',
          passwordHash: 'x',
          brands: { create: { brandId: h.brands.a } },
          zones: { create: { zoneId: h.zones.north } },
        },
      })
    ).id;
  });
  afterAll(() => h?.drop());

  it('names only an active user of the steward role', async () => {
    const wrongRole = await h.as('ADMIN')(set, {
      field: 'city',
      role: 'SUPPORT',
      user: gid('StaffUser', h.users.SALES),
    });
    expect(wrongRole.errors?.[0]?.extensions.code).toBe('VALIDATION');
    const r = await h.as('ADMIN')(set, { field: 'city', role: 'SUPPORT', user: gid('StaffUser', sam) });
    expect(r.data.setStewardedField).toEqual({
      field: 'city',
      stewardRole: 'SUPPORT',
      stewardUser: { email: 'sam@example.fr' },
    });
  });

  it('routes the proposal to the named person only: notified, and the only one who decides', async () => {
    const p = await propose('Lyon');
    expect(p).toBeDefined();
    const notes = await h.t.db.notification.findMany({ where: { kind: 'CHANGE_PROPOSAL' }, select: { userId: true } });
    expect(notes.map((n) => n.userId)).toEqual([sam]);
    const other = await h.as('SUPPORT')(accept, { id: p.id, version: p.version });
    expect(other.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const inbox = await asSam(`{ changeProposals(filter: { stewardedByMe: true }) { edges { node { field } } } }`);
    expect(inbox.data.changeProposals.edges).toEqual([{ node: { field: 'city' } }]);
    const ok = await asSam(accept, { id: p.id, version: p.version });
    expect(ok.data.acceptProposal).toEqual({ status: 'ACCEPTED', decidedBy: { email: 'sam@example.fr' } });
  });

  it('falls back to the role when the named person is deactivated', async () => {
    await h.t.db.staffUser.update({ where: { id: sam }, data: { active: false } });
    const p = await propose('Nice');
    const ok = await h.as('SUPPORT')(accept, { id: p.id, version: p.version });
    expect(ok.data.acceptProposal.status).toBe('ACCEPTED');
  });
});
