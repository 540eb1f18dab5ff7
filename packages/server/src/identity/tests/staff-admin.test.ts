import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, gid } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';
import { passwordProblems } from '../password-policy.js';

const GOOD = 'violet-tram-42-anchor';
/** The English lines of the policy's problems (each also carries a catalogue code). */
const passwordMessages = (password: string, email?: string) => passwordProblems(password, email).map((p) => p.message);

describe('password policy', () => {
  it('wants 12 to 128 characters, counted as a person sees them', () => {
    expect(passwordMessages('short-pass1')).toEqual(['at least 12 characters']);
    expect(passwordMessages('x'.repeat(129))).toEqual(['at most 128 characters']);
    expect(passwordMessages('🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊')).toEqual(['at least 12 characters']); // 11 code points
    expect(passwordMessages(GOOD)).toEqual([]);
  });
  it('refuses common and breached passwords, also with digits and symbols around them', () => {
    for (const p of ['qwertyuiop123', 'PASSWORD1234', 'Sunshine2024!', '!!football!!2024'])
      expect(passwordMessages(p)).toContain('too common: it appears in lists of breached passwords');
  });
  it('refuses the e-mail address or its local part', () => {
    expect(passwordMessages('marie.curie@example.fr', 'Marie.Curie@example.fr')).toContain(
      'must not be the e-mail address',
    );
    expect(passwordMessages('ana.lopez.dupont', 'ana.lopez.dupont@example.fr')).toContain(
      'must not be the e-mail address',
    );
  });
  it('refuses too few different characters', () => {
    expect(passwordMessages('abababababababab')).toContain('at least 5 different characters');
  });
});

describeEachDatabase('staff administration', (provider) => {
  let h: ApiHarness;
  const names: Record<string, string> = {};
  const bearer = (token: string, purpose?: string) => ({
    authorization: `Bearer ${token}`,
    ...(purpose ? { 'x-fidele-purpose': purpose } : {}),
  });
  const call = async (headers: Record<string, string>, query: string, variables?: Record<string, unknown>) =>
    (await h.fetch(headers, query, variables)).json() as Promise<{ data?: any; errors?: any[] }>;
  const login = (email: string, password: string) =>
    call({}, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: email,
      p: password,
    });
  const change = (email: string, current: string, next: string) =>
    call(
      {},
      'mutation($e: String!, $c: String!, $n: String!) { changePassword(email: $e, currentPassword: $c, newPassword: $n) { token } }',
      { e: email, c: current, n: next },
    );
  const create = (input: Record<string, unknown>) =>
    h.as('ADMIN')(
      `mutation($i: NewStaffUserInput!) { createStaffUser(input: $i) {
         id email role active mustChangePassword brandIds zoneIds version } }`,
      { i: input },
    );

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    for (const [lastName, brandId] of [
      ['Alpha', h.brands.a],
      ['Beta', h.brands.b],
    ] as const)
      names[
        gid(
          'Contact',
          (
            await h.t.db.contact.create({
              data: { kind: 'CLIENT', lastName, brandId, zoneId: h.zones.north, email: `${lastName}@example.fr` },
            })
          ).id,
        )
      ] = lastName;
  });
  afterAll(() => h?.drop());

  it('creates a user who must choose a password, then reaches only what was given', async () => {
    const r = await create({
      email: ' Nina.Support@Example.fr ',
      firstName: 'Nina',
      lastName: 'Roux',
      role: 'SUPPORT',
      brands: [gid('Brand', h.brands.a)],
      zones: [gid('Zone', h.zones.north)],
      temporaryPassword: 'given-by-admin-7731',
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.createStaffUser).toMatchObject({
      email: 'nina.support@example.fr',
      role: 'SUPPORT',
      active: true,
      mustChangePassword: true,
      brandIds: [gid('Brand', h.brands.a)],
    });
    // The temporary password opens no session; it only lets her choose her own, under the policy.
    expect((await login('nina.support@example.fr', 'given-by-admin-7731')).errors?.[0]?.extensions.code).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
    const weak = await change('nina.support@example.fr', 'given-by-admin-7731', 'password1234');
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION' });
    const wrong = await change('nina.support@example.fr', 'not-the-one-0000', GOOD);
    expect(wrong.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const changed = await change('nina.support@example.fr', 'given-by-admin-7731', GOOD);
    expect(changed.errors).toBeUndefined();
    const { token } = (await login('nina.support@example.fr', GOOD)).data.login;
    const seen = await call(bearer(token, 'customer_service'), '{ contacts(first: 10) { edges { node { id } } } }');
    expect(seen.data.contacts.edges.map((e: { node: { id: string } }) => names[e.node.id])).toEqual(['Alpha']);
    const admin = await call(bearer(token), '{ staffAccounts { id } }');
    expect(admin.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const marketing = await call(bearer(token, 'marketing'), '{ me { email } }');
    expect(marketing.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a bad input whole, a weak password and a taken e-mail, and non-admins', async () => {
    const bad = await create({
      email: 'not-an-email',
      firstName: ' ',
      lastName: 'X',
      role: 'SALES',
      brands: [gid('Brand', 999999)],
      temporaryPassword: 'azerty',
    });
    const paths = bad.errors?.[0]?.extensions.fields?.map((f: { path: string[] }) => f.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['input.email', 'input.firstName', 'input.brands', 'input.temporaryPassword']),
    );
    const taken = await create({
      email: 'NINA.support@example.fr',
      firstName: 'N',
      lastName: 'R',
      role: 'SALES',
      temporaryPassword: 'another-given-8812',
    });
    expect(taken.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const notAdmin = await h.as('MARKETING')('mutation { deactivateStaffUser(id: "U3RhZmZVc2VyOjE=") { id } }');
    expect(notAdmin.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await h.t.db.staffUser.count({ where: { email: { contains: 'not-an-email' } } })).toBe(0);
  });

  it('changes role and brands, deactivates at once, resets a password, each audited', async () => {
    const user = await h.t.db.staffUser.findUniqueOrThrow({ where: { email: 'nina.support@example.fr' } });
    const id = gid('StaffUser', user.id);
    const { token } = (await login(user.email, GOOD)).data.login;
    const u = await h.as('ADMIN')(
      `mutation($id: ID!, $v: Int!, $i: StaffUserInput!) { updateStaffUser(id: $id, version: $v, input: $i) { role brandIds version } }`,
      { id, v: user.version, i: { role: 'SALES', brands: [gid('Brand', h.brands.b)] } },
    );
    expect(u.data.updateStaffUser).toMatchObject({ role: 'SALES', brandIds: [gid('Brand', h.brands.b)] });
    const stale = await h.as('ADMIN')(
      `mutation($id: ID!, $v: Int!) { updateStaffUser(id: $id, version: $v, input: { firstName: "N" }) { id } }`,
      { id, v: user.version },
    );
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    // The same token, next request: the new role and brand apply (the principal is read every time).
    const seen = await call(bearer(token, 'customer_service'), '{ contacts(first: 10) { edges { node { id } } } }');
    expect(seen.data.contacts.edges.map((e: { node: { id: string } }) => names[e.node.id])).toEqual(['Beta']);
    await h.as('ADMIN')('mutation($id: ID!) { deactivateStaffUser(id: $id) { active } }', { id });
    expect((await call(bearer(token), '{ me { email } }')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await login(user.email, GOOD)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    await h.as('ADMIN')('mutation($id: ID!) { reactivateStaffUser(id: $id) { active } }', { id });
    // Reactivation does not revive tokens issued before the deactivation.
    expect((await call(bearer(token), '{ me { email } }')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const fresh = (await login(user.email, GOOD)).data.login.token;
    expect((await call(bearer(fresh), '{ me { email } }')).data.me.email).toBe(user.email);
    const reset = await h.as('ADMIN')(
      'mutation($id: ID!, $p: String!) { resetStaffPassword(id: $id, temporaryPassword: $p) { mustChangePassword } }',
      { id, p: 'temporary-again-5521' },
    );
    expect(reset.data.resetStaffPassword.mustChangePassword).toBe(true);
    // A token issued in the same second as the reset is refused too (tokens carry their issue time in seconds).
    expect((await call(bearer(fresh), '{ me { email } }')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await login(user.email, GOOD)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const audit = await h.t.db.auditLog.findMany({
      where: { entity: 'StaffUser', entityId: String(user.id), actorUserId: h.users.ADMIN },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => [a.operationName, a.outcome])).toEqual([
      ['createStaffUser', 'ALLOWED'],
      ['updateStaffUser', 'ALLOWED'],
      ['updateStaffUser', 'FAILED'],
      ['deactivateStaffUser', 'ALLOWED'],
      ['reactivateStaffUser', 'ALLOWED'],
      ['resetStaffPassword', 'ALLOWED'],
    ]);
    expect(audit[1]!.fields).toEqual(['brands', 'role']);
    expect(JSON.stringify(audit)).not.toContain('temporary-again');
  });

  it('does not let an admin deactivate or demote themselves', async () => {
    const me = gid('StaffUser', h.users.ADMIN);
    const off = await h.as('ADMIN')('mutation($id: ID!) { deactivateStaffUser(id: $id) { id } }', { id: me });
    expect(off.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('edits the purposes of a role: effective on the next request, audited with what changed', async () => {
    const before = await h.as('ADMIN')('{ rolePurposes { role purposes } }');
    expect(before.data.rolePurposes).toContainEqual({ role: 'SUPPORT', purposes: ['customer_service'] });
    expect((await h.as('SUPPORT', 'marketing')('{ me { email } }')).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const set = await h.as('ADMIN')(
      'mutation { setRolePurposes(role: SUPPORT, purposes: ["customer_service", "newsletter"]) { id role purposes } }',
    );
    expect(set.data.setRolePurposes).toEqual({
      id: 'SUPPORT',
      role: 'SUPPORT',
      purposes: ['customer_service', 'newsletter'],
    });
    expect((await h.as('SUPPORT', 'newsletter')('{ me { role } }')).data.me.role).toBe('SUPPORT');
    expect((await h.as('SUPPORT')('{ myPermissions { purposes } }')).data.myPermissions.purposes).toEqual([
      'customer_service',
      'newsletter',
    ]);
    const unknown = await h.as('ADMIN')('mutation { setRolePurposes(role: SUPPORT, purposes: ["nope"]) { id } }');
    expect(unknown.errors?.[0]?.extensions.code).toBe('VALIDATION');
    const notAdmin = await h.as('MARKETING')(
      'mutation { setRolePurposes(role: MARKETING, purposes: ["profiling"]) { id } }',
    );
    expect(notAdmin.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    await h.as('ADMIN')('mutation { setRolePurposes(role: SUPPORT, purposes: ["customer_service"]) { id } }');
    expect((await h.as('SUPPORT', 'newsletter')('{ me { role } }')).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const audit = await h.t.db.auditLog.findMany({
      where: { entity: 'RolePurpose', entityId: 'SUPPORT' },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => [a.actorUserId, a.fields])).toEqual([
      [h.users.ADMIN, ['+newsletter']],
      [h.users.ADMIN, ['-newsletter']],
    ]);
    const mutations = await h.t.db.auditLog.count({ where: { operationName: 'setRolePurposes', outcome: 'DENIED' } });
    expect(mutations).toBe(1);
  });
});
