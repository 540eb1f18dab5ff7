import type { LoginMutation, MyPermissionsQuery } from '@fidele/sdk';

/** What the server says the logged-in user may read and write (`myPermissions`). */
export type ServerPermissions = NonNullable<MyPermissionsQuery['myPermissions']>;

/** The logged-in staff user, as `login` answers it. */
export type SessionUser = LoginMutation['login']['user'];

/** Everything the admin keeps about a login: the token, who it is, what it may do and the purpose it declares. */
export interface SessionState extends Pick<LoginMutation['login'], 'token' | 'expiresAt'> {
  user: SessionUser;
  permissions: ServerPermissions;
  /** The access purpose every request declares (`x-fidele-purpose`); one of `permissions.purposes`. */
  purpose: string | null;
  /** Purpose code → name, for the purpose picker. */
  purposeNames: Record<string, string>;
}

/**
 * The login of one admin, kept in localStorage under `<storeKey>.session` so that a reload stays logged in, and
 * observable so that the app bar and field hiding follow a purpose change or a logout. One per `<FideleAdmin>`.
 */
export interface Session {
  get(): SessionState | null;
  set(state: SessionState | null): void;
  /** Changes the declared purpose; ignored when the role may not declare it. */
  setPurpose(purpose: string): void;
  subscribe(listener: () => void): () => void;
}

/** A storage with the part of the Web Storage API the session uses (localStorage, or a Map in tests). */
export interface SessionStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function createSession(
  storeKey: string,
  storage: SessionStorage | undefined = globalThis.localStorage,
): Session {
  const key = `${storeKey}.session`;
  const listeners = new Set<() => void>();
  let state: SessionState | null = null;
  try {
    const raw = storage?.getItem(key);
    if (raw) state = JSON.parse(raw) as SessionState;
  } catch {
    state = null;
  }
  const write = (next: SessionState | null) => {
    state = next;
    if (next) storage?.setItem(key, JSON.stringify(next));
    else storage?.removeItem(key);
    for (const l of listeners) l();
  };
  return {
    get: () => state,
    set: write,
    setPurpose(purpose) {
      if (!state || !state.permissions.purposes.includes(purpose) || state.purpose === purpose) return;
      write({ ...state, purpose });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Whether a session holds a token that has not expired. */
export const isLive = (state: SessionState | null, now = Date.now()): state is SessionState =>
  !!state && Date.parse(state.expiresAt) > now;
