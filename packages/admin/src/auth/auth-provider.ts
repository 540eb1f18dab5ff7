import { createFideleClient, isFideleError, MyPermissionsDocument, PurposesDocument } from '@fidele/sdk';
import { HttpError, type AuthProvider } from 'react-admin';
import { fieldError } from '../api/ra-errors';
import { isLive, type Session } from '../api/session';
import type { ResourceApi } from '../plugin';
import { mayAccess } from './access';

export interface AuthProviderOptions {
  /** The GraphQL endpoint. */
  url: string;
  session: Session;
  /** The API operations behind each resource, for `canAccess`. */
  apis: Record<string, ResourceApi>;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}

/**
 * react-admin's auth provider on the SDK:
 * - `login({ username, password })`: the `login` mutation (username is the e-mail), then `myPermissions` and the
 *   purposes' names with the new token; the purpose declared is the first the role may use.
 * - `checkAuth`: a token that has not expired; `checkError`: 401 (UNAUTHENTICATED) logs out, 403 does not.
 * - `getIdentity`: name and role; `getPermissions`: what the server published; `canAccess`: see {@link mayAccess}.
 */
export function createAuthProvider({ url, session, apis, fetch }: AuthProviderOptions): AuthProvider {
  const withFetch = fetch ? { fetch } : {};
  return {
    async login({ username, password, newPassword }: { username: string; password: string; newPassword?: string }) {
      let login;
      const anonymous = createFideleClient({ url, ...withFetch });
      const email = String(username ?? '').trim();
      try {
        // With `newPassword` (the change-password page): replace the password, then go on as a login.
        login = newPassword
          ? await anonymous.changePassword({ email, currentPassword: String(password ?? ''), newPassword })
          : await anonymous.login({ email, password: String(password ?? '') });
      } catch (e) {
        if (isFideleError(e, 'PASSWORD_CHANGE_REQUIRED')) throw new Error('fidele.auth.password_change_required');
        // The policy's reason for refusing the new password, translatable by its code (the page reads it back).
        if (newPassword && isFideleError(e, 'VALIDATION'))
          throw new Error(e.fields[0] ? fieldError(e.fields[0]) : (e as Error).message);
        if (isFideleError(e, 'UNAUTHENTICATED') || isFideleError(e, 'VALIDATION'))
          throw new Error('fidele.auth.wrong_credentials');
        throw e;
      }
      const authed = createFideleClient({ url, token: login.token, ...withFetch });
      const [{ myPermissions }, { purposes }] = await Promise.all([
        authed.execute(MyPermissionsDocument),
        authed.execute(PurposesDocument),
      ]);
      if (!myPermissions) throw new Error('fidele.auth.wrong_credentials');
      session.set({
        token: login.token,
        expiresAt: login.expiresAt,
        user: login.user,
        permissions: myPermissions,
        purpose: myPermissions.purposes[0] ?? null,
        purposeNames: Object.fromEntries(purposes.map((p) => [p.code, p.name])),
      });
    },
    async logout() {
      session.set(null);
    },
    async checkAuth() {
      if (!isLive(session.get())) {
        session.set(null);
        // No "please log in" notice on a first visit: the login page says it.
        throw { message: false };
      }
    },
    async checkError(error: unknown) {
      const status = error instanceof HttpError ? error.status : (error as { status?: number } | null)?.status;
      if (status === 401 || isFideleError(error, 'UNAUTHENTICATED')) {
        session.set(null);
        throw new Error('ra.notification.logged_out');
      }
    },
    async getIdentity() {
      const state = session.get();
      if (!state) throw new Error('ra.notification.logged_out');
      const { user } = state;
      return {
        id: user.email,
        fullName: `${user.firstName} ${user.lastName}`.trim(),
        role: user.role,
        email: user.email,
      };
    },
    async getPermissions() {
      return session.get()?.permissions ?? null;
    },
    async canAccess(params: { action: string; resource: string }) {
      return mayAccess(session.get()?.permissions, apis, params);
    },
  };
}
