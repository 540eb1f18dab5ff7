import { createFideleClient, type FideleClient } from '@fidele/sdk';
import type { Session } from './session';

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
 */
export function createSessionClient({ url, session, fetch }: SessionClientOptions): FideleClient {
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
          ...(fetch ? { fetch } : {}),
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
