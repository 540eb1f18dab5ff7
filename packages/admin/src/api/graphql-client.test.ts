import { describe, expect, it, vi } from 'vitest';
import { createGraphQLClient, graphqlDocument, GraphQLRequestError } from './graphql-client';

const Health = graphqlDocument<{ health: { status: string } }>('query Health { health { status } }');
const Echo = graphqlDocument<{ echo: string }, { text: string }>('query Echo($text: String!) { echo(text: $text) }');

const answer = (body: unknown, status = 200) =>
  vi.fn<typeof fetch>(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

describe('graphql client', () => {
  it('posts the operation and its variables, resolves with data', async () => {
    const fetch = answer({ data: { echo: 'hi' } });
    const client = createGraphQLClient({ url: '/graphql', fetch, headers: { 'x-test': '1' } });
    await expect(client.request(Echo, { text: 'hi' })).resolves.toEqual({ echo: 'hi' });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ query: Echo.query, variables: { text: 'hi' } });
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json', 'x-test': '1' });
  });

  it('throws the GraphQL errors with their codes', async () => {
    const client = createGraphQLClient({
      url: '/graphql',
      fetch: answer({ data: null, errors: [{ message: 'nope', path: ['health'], extensions: { code: 'FORBIDDEN' } }] }),
    });
    const error = await client.request(Health).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).code).toBe('FORBIDDEN');
    expect((error as GraphQLRequestError).errors).toEqual([{ message: 'nope', code: 'FORBIDDEN', path: ['health'] }]);
  });

  it('reports a transport failure or a non-GraphQL answer as NETWORK', async () => {
    const down = createGraphQLClient({ url: '/graphql', fetch: vi.fn(async () => Promise.reject(new TypeError('fetch failed'))) });
    await expect(down.request(Health)).rejects.toMatchObject({ code: 'NETWORK', message: 'NETWORK: fetch failed' });
    const html = createGraphQLClient({ url: '/graphql', fetch: vi.fn(async () => new Response('<html>', { status: 502 })) });
    await expect(html.request(Health)).rejects.toMatchObject({ code: 'NETWORK', status: 502 });
  });
});
