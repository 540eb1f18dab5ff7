import { hash } from '@node-rs/argon2';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createFideleYoga } from '../../platform/server.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../testing/databases.js';

describeEachDatabase('staff login', (provider) => {
  let t: TestDatabase;
  let yoga: ReturnType<typeof createFideleYoga>;
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await yoga.fetch('http://x/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] };
  };
  const loginMutation =
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { email role } } }';

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    const passwordHash = await hash('correct horse');
    await t.db.staffUser.create({
      data: { email: 'ana@example.com', firstName: 'Ana', lastName: 'L', role: 'MARKETING', passwordHash },
    });
    await t.db.staffUser.create({
      data: { email: 'off@example.com', firstName: 'O', lastName: 'F', role: 'ADMIN', passwordHash, active: false },
    });
    yoga = createFideleYoga({ db: t.db, provider });
  });
  afterAll(() => t?.drop());

  it('logs in with the right password and the token identifies the user', async () => {
    const r = await gql(loginMutation, { e: ' ANA@example.com', p: 'correct horse' });
    expect(r.errors).toBeUndefined();
    expect(r.data.login.user).toEqual({ email: 'ana@example.com', role: 'MARKETING' });
    const me = await gql('{ me { email role } }', {}, r.data.login.token);
    expect(me.data.me).toEqual({ email: 'ana@example.com', role: 'MARKETING' });
  });

  it('answers a wrong password, an unknown e-mail and a disabled account alike', async () => {
    for (const [e, p] of [
      ['ana@example.com', 'wrong'],
      ['nobody@example.com', 'x'],
      ['off@example.com', 'correct horse'],
    ]) {
      const r = await gql(loginMutation, { e, p });
      expect(r.data).toBeNull();
      expect(r.errors?.[0]).toMatchObject({
        message: 'Wrong e-mail or password.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });

  it('rejects a forged token and treats a missing one as anonymous', async () => {
    const forged = await gql('{ me { email } }', {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl');
    expect(forged.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const anonymous = await gql('{ me { email } }');
    expect(anonymous).toEqual({ data: { me: null } });
  });
});
