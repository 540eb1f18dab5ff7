import { describe, expect, it } from 'vitest';
import { fieldErrorText } from '../../api/ra-errors';
import { createSession } from '../../api/session';
import { createAuthProvider } from '../../auth/auth-provider';
import { fakeApi } from '../../test-support/fake-api';
import { createI18nProvider } from '../../i18n/i18n-provider';

const user = { email: 'lea@fidele.demo', firstName: 'Léa', lastName: 'Martin', role: 'SUPPORT' };
const permissions = {
  role: 'SUPPORT',
  purposes: ['customer_service'],
  purpose: null,
  fields: [],
  queries: ['contacts'],
  mutations: [],
};
const loggedIn = (token: string) => ({
  token,
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user,
});
const session = () => createSession(`t${Math.random()}`, undefined);

describe('the temporary password path of the auth provider', () => {
  it('says a temporary password must be replaced, and never logs in with it', async () => {
    const api = fakeApi({
      Login: { errors: [{ message: 'x', extensions: { code: 'PASSWORD_CHANGE_REQUIRED' } }] },
    });
    const s = session();
    const auth = createAuthProvider({ url: '/graphql', session: s, apis: {}, fetch: api.fetch });
    await expect(auth.login({ username: user.email, password: 'temporary-1234' })).rejects.toThrow(
      'fidele.auth.password_change_required',
    );
    expect(s.get()).toBeNull();
  });

  it('with newPassword, changes the password and opens the session with the token it answers', async () => {
    const api = fakeApi({
      ChangePassword: { data: { changePassword: loggedIn('NEW') } },
      MyPermissions: { data: { myPermissions: permissions } },
      Purposes: { data: { purposes: [] } },
    });
    const s = session();
    const auth = createAuthProvider({ url: '/graphql', session: s, apis: {}, fetch: api.fetch });
    await auth.login({ username: ` ${user.email} `, password: 'temporary-1234', newPassword: 'my-own-lilac-77' });
    expect(api.calls[0]).toMatchObject({
      operation: 'ChangePassword',
      variables: { email: user.email, currentPassword: 'temporary-1234', newPassword: 'my-own-lilac-77' },
    });
    expect(s.get()).toMatchObject({ token: 'NEW', purpose: 'customer_service' });
  });

  it("shows the policy's refusal of the new password as the server words it", async () => {
    const api = fakeApi({
      ChangePassword: {
        errors: [
          {
            message: 'newPassword: too common: it appears in lists of breached passwords',
            extensions: { code: 'VALIDATION', fields: [{ path: ['newPassword'], message: 'too common' }] },
          },
        ],
      },
    });
    const auth = createAuthProvider({ url: '/graphql', session: session(), apis: {}, fetch: api.fetch });
    await expect(
      auth.login({ username: user.email, password: 'temporary-1234', newPassword: 'password1234' }),
    ).rejects.toThrow('too common');
  });
  it("gives the policy's refusal by its code, which the page shows in the reader's language", async () => {
    const api = fakeApi({
      ChangePassword: {
        errors: [
          {
            message: 'newPassword: at least 12 characters',
            extensions: {
              code: 'VALIDATION',
              fields: [
                { path: ['newPassword'], code: 'TOO_SHORT', params: { min: 12 }, message: 'at least 12 characters' },
              ],
            },
          },
        ],
      },
    });
    const auth = createAuthProvider({ url: '/graphql', session: session(), apis: {}, fetch: api.fetch });
    const error = (await auth
      .login({ username: user.email, password: 'temporary-1234', newPassword: 'short' })
      .catch((e: unknown) => e)) as Error;
    const i18n = createI18nProvider({ en: {}, fr: {} }, 'fr');
    expect(fieldErrorText((k, o) => i18n.translate(k, o) as string, error.message)).toBe('au moins 12 caractères');
  });
});
