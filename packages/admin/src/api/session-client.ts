import { createFideleClient, type FideleClient } from '@fidele/sdk';
import { isLive, type Session } from './session';

export interface SessionClientOptions {
  /** The GraphQL endpoint. */
  url: string;
  session: Session;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}

/**
 * A {@link FideleClient} that always speaks as the session's current user and purpose: each call goes through
 * `createFideleClient({ url, token, purpose })` for the session's token and purpose at that moment (the client is
 * rebuilt only when either changes). Plugins receive this one stable object.
 *
 * Without a live session nothing is sent: the server refuses anonymous callers everything but `login`, `health`
 * and `me` (HTTP 401), and a page still mounted while the user logs out would otherwise fire its queries with no
 * token and log a failed request. The call fails as the server would answer it (UNAUTHENTICATED, 401), which
 * the auth provider's `checkError` already handles.
 */
export function createSessionClient({ url, session, fetch }: SessionClientOptions): FideleClient {
  const send: typeof globalThis.fetch = (input, init) =>
    isLive(session.get()) ? (fetch ?? globalThis.fetch.bind(globalThis))(input, init) : Promise.resolve(loggedOut());
  let cached: { key: string; client: FideleClient } | null = null;
  const current = (): FideleClient => {
    const state = session.get();
    const key = `${state?.token ?? ''}\n${state?.purpose ?? ''}`;
    if (cached?.key !== key) {
      cached = {
        key,
        client: createFideleClient({
          url,
          ...(state?.token ? { token: state.token } : {}),
          ...(state?.purpose ? { purpose: state.purpose } : {}),
          fetch: send,
        }),
      };
    }
    return cached.client;
  };
  return new Proxy({} as FideleClient, {
    get: (_target, prop) => {
      const client = current();
      const value = client[prop as keyof FideleClient];
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(client) : value;
    },
  });
}

/** The answer the server gives an anonymous caller, made here so that no request leaves without a login. */
function loggedOut(): Response {
  const body = { errors: [{ message: 'Log in or send an API key.', extensions: { code: 'UNAUTHENTICATED' } }] };
  return new Response(JSON.stringify(body), { status: 401, headers: { 'content-type': 'application/json' } });
}
