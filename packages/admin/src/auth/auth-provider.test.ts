import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { createSession } from '../api/session';
import { fakeApi } from '../test-support/fake-api';
import { createAuthProvider } from './auth-provider';

const memory = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
};

const permissions = {
  role: 'SUPPORT',
  purposes: ['customer_service'],
  purpose: null,
  fields: [{ field: 'Contact.incomeBand', rule: 'CONFIDENTIAL', read: false, write: false }],
  queries: ['contact', 'contacts', 'products'],
  mutations: ['createContact', 'updateContact'],
};

describe('auth provider', () => {
  it('logs in, keeps the token, identity, permissions and the first purpose the role may use', async () => {
    const api = fakeApi({
      Login: {
        data: {
          login: {
            token: 'T',
            expiresAt: new Date(Date.now() + 3600_000).toISOString(),
            user: { email: 'support@fidele.demo', firstName: 'Sam', lastName: 'Port', role: 'SUPPORT' },
          },
        },
      },
      MyPermissions: { data: { myPermissions: permissions } },
      Purposes: {
        data: {
          purposes: [
            {
              code: 'customer_service',
              name: 'Customer service',
              description: null,
              legalBasis: 'CONTRACT',
              parent: null,
            },
          ],
        },
      },
    });
    const storage = memory();
    const session = createSession('fidele', storage);
    const apis = {
      contacts: {
        type: 'Contact',
        list: 'contacts',
        show: 'contact',
        create: 'createContact',
        edit: 'updateContact',
        delete: 'deleteContact',
      },
    };
    const auth = createAuthProvider({ url: '/graphql', session, apis, fetch: api.fetch });

    await expect(auth.checkAuth({})).rejects.toBeTruthy();
    await auth.login({ username: ' support@fidele.demo ', password: 'pw' });
    expect(api.calls[0]!.variables).toEqual({ email: 'support@fidele.demo', password: 'pw' });
    expect(api.calls[1]!.headers.authorization).toBe('Bearer T');
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    expect(await auth.getIdentity!()).toMatchObject({ fullName: 'Sam Port', role: 'SUPPORT' });
    expect(session.get()!.purpose).toBe('customer_service');
    expect(createSession('fidele', storage).get()!.token).toBe('T'); // survives a reload

    // canAccess mirrors the server's permissions: pages, actions and fields.
    const can = (action: string, resource: string) => auth.canAccess!({ action, resource });
    expect(await can('list', 'contacts')).toBe(true);
    expect(await can('create', 'contacts')).toBe(true);
    expect(await can('delete', 'contacts')).toBe(false);
    expect(await can('read', 'contacts.incomeBand')).toBe(false);
    expect(await can('read', 'contacts.city')).toBe(true);

    // A 403 keeps the session; a 401 logs out.
    await expect(auth.checkError(new HttpError('no', 403))).resolves.toBeUndefined();
    await expect(auth.checkError(new HttpError('expired', 401))).rejects.toBeTruthy();
    expect(session.get()).toBeNull();
  });

  it('says "wrong e-mail or password" on a failed login', async () => {
    const api = fakeApi({
      Login: {
        data: null,
        errors: [{ message: 'Wrong e-mail or password.', path: ['login'], extensions: { code: 'UNAUTHENTICATED' } }],
      },
    });
    const auth = createAuthProvider({
      url: '/graphql',
      session: createSession('x', memory()),
      apis: {},
      fetch: api.fetch,
    });
    await expect(auth.login({ username: 'a@b.c', password: 'x' })).rejects.toThrow('fidele.auth.wrong_credentials');
  });
});
