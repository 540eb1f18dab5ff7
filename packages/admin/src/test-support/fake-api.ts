import { vi } from 'vitest';
import { createSession, type Session, type SessionState } from '../api/session';
import { createSessionClient } from '../api/session-client';

/** One request the fake API received: the operation's name, its variables and the headers. */
export interface FakeCall {
  operation: string;
  variables: Record<string, any>;
  headers: Record<string, string>;
}

type Answer =
  { data?: unknown; errors?: unknown[] } | ((variables: Record<string, any>) => { data?: unknown; errors?: unknown[] });

/**
 * A fake GraphQL endpoint for data provider tests: answers each operation (by name) with a canned body, records
 * every call. An operation without an answer fails the test loudly.
 */
export function fakeApi(answers: Record<string, Answer | Answer[]>) {
  const calls: FakeCall[] = [];
  const queues = new Map(Object.entries(answers).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]));
  const fetch = vi.fn<typeof globalThis.fetch>(async (_url, init) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, any> };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '?';
    calls.push({ operation, variables: body.variables, headers: { ...(init?.headers as Record<string, string>) } });
    let answer = queues.get(operation);
    if (Array.isArray(answer)) answer = answer.length > 1 ? answer.shift() : answer[0];
    if (!answer) throw new Error(`fake API: no answer for ${operation}`);
    const json = typeof answer === 'function' ? answer(body.variables) : answer;
    return new Response(JSON.stringify(json), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return { fetch, calls };
}

/** A logged-in session (in memory) with the given role's field rules. */
export function fakeSession(overrides: Partial<SessionState> = {}, readable: string[] = []): Session {
  const storage = new Map<string, string>();
  const session = createSession('test', {
    getItem: (k) => storage.get(k) ?? null,
    setItem: (k, v) => void storage.set(k, v),
    removeItem: (k) => void storage.delete(k),
  });
  const confidential = [
    'Contact.discountRate',
    'Contact.grossMarginClass',
    'Contact.incomeBand',
    'Contact.maritalStatus',
    'Product.unitCost',
    'Sale.grossMargin',
  ];
  session.set({
    token: 'tok',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { email: 'm@fidele.demo', firstName: 'Mona', lastName: 'Market', role: 'MARKETING' },
    permissions: {
      role: 'MARKETING',
      purposes: ['marketing'],
      purpose: null,
      fields: confidential.map((field) => ({
        field,
        rule: 'CONFIDENTIAL' as const,
        read: readable.includes(field),
        write: readable.includes(field),
      })),
      queries: ['contacts', 'contact'],
      mutations: ['createContact', 'updateContact'],
    },
    purpose: 'marketing',
    purposeNames: { marketing: 'Marketing' },
    ...overrides,
  });
  return session;
}

/** The SDK client as plugins receive it, on a fake API. */
export const fakeClient = (api: ReturnType<typeof fakeApi>, session: Session) =>
  createSessionClient({ url: 'http://api.test/graphql', session, fetch: api.fetch });

/** A connection answer. */
export const connection = (nodes: unknown[], totalCount = nodes.length, hasNextPage = false) => ({
  totalCount,
  pageInfo: {
    hasNextPage,
    hasPreviousPage: false,
    startCursor: null,
    endCursor: nodes.length ? `c${(nodes as { id: string }[]).at(-1)!.id}` : null,
  },
  edges: (nodes as { id: string }[]).map((node) => ({ cursor: `c${node.id}`, node })),
});
