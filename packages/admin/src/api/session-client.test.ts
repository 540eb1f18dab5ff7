import { isFideleError, MarketingActionsDocument } from '@fidele/sdk';
import { describe, expect, it } from 'vitest';
import { connection, fakeApi, fakeClient, fakeSession } from '../test-support/fake-api';

const answers = { MarketingActions: { data: { marketingActions: connection([]) } } };

/** The error a call rejects with (fails the test when the call succeeds). */
const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('the call succeeded'),
    (e: unknown) => e,
  );

describe('session client', () => {
  it('speaks as the logged-in user and purpose', async () => {
    const api = fakeApi(answers);
    await fakeClient(api, fakeSession()).execute(MarketingActionsDocument, { first: 1 });
    expect(api.calls[0]!.headers).toMatchObject({ authorization: 'Bearer tok', 'x-fidele-purpose': 'marketing' });
  });

  it('sends nothing once logged out: a call still pending in a page fails as UNAUTHENTICATED, without a request', async () => {
    const api = fakeApi(answers);
    const session = fakeSession();
    const client = fakeClient(api, session);
    session.set(null);
    const error = await failure(client.execute(MarketingActionsDocument, { first: 1 }));
    expect(isFideleError(error, 'UNAUTHENTICATED')).toBe(true);
    expect((error as { status?: number }).status).toBe(401);
    expect(api.calls).toEqual([]);
  });

  it('sends nothing with an expired token either', async () => {
    const api = fakeApi(answers);
    const client = fakeClient(api, fakeSession({ expiresAt: new Date(Date.now() - 1000).toISOString() }));
    const error = await failure(client.withErrors.marketingActions({ first: 1 }));
    expect(isFideleError(error, 'UNAUTHENTICATED')).toBe(true);
    expect(api.calls).toEqual([]);
  });
});
