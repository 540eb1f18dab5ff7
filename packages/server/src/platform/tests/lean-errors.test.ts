import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../kernel/errors.js';
import { maskUnexpected, useErrorCodes } from '../http/use-error-codes.js';
import { useLeanErrors } from '../http/use-lean-errors.js';

const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Row {
      id: Int!
      name: String
    }
    type Query {
      rows: [Row!]!
      limited: String
      broken: String
      required: String!
    }
  `,
  resolvers: {
    Query: {
      rows: () => [{ id: 1 }, { id: 2 }],
      limited: () => {
        throw new GraphQLError('Slow down.', { extensions: { code: 'RATE_LIMITED', http: { status: 429 } } });
      },
      broken: () => {
        throw new Error('database password is hunter2');
      },
      required: () => {
        throw new ApiError('FORBIDDEN', 'Not allowed for your role or purpose.');
      },
    },
    Row: {
      name: (r: { id: number }) => {
        throw new ApiError('CONSENT_REQUIRED', `No consent for ${r.id}.`, { purpose: 'marketing' });
      },
    },
  },
});

const serve = (plugins: Plugin[]) =>
  createYoga({ schema, plugins, maskedErrors: { maskError: maskUnexpected }, logging: false });

async function answer(plugins: Plugin[], query: string, accept = 'application/json') {
  const res = await serve(plugins).fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: await res.text() };
}

describe('lean errors', () => {
  const queries = {
    'data with coded errors': '{ rows { id name } }',
    'an error with its own HTTP status': '{ limited rows { id } }',
    'a masked unexpected error': '{ broken rows { id } }',
    'no data (a non-null field refused)': '{ required }',
  };
  for (const [name, query] of Object.entries(queries)) {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      it(`answers exactly as Yoga alone does: ${name}, ${accept}`, async () => {
        const yoga = await answer([useErrorCodes()], query, accept);
        const lean = await answer([useErrorCodes(), useLeanErrors()], query, accept);
        expect(lean).toEqual(yoga);
        expect(lean.body).not.toContain('hunter2');
        expect(lean.body).not.toContain('"http"');
      });
    }
  }

  it('hands the coded errors of a response with data on as plain JSON (no GraphQLError rebuilt)', async () => {
    let seen: unknown[] = [];
    const spy: Plugin = {
      onResultProcess({ result }) {
        seen = [...((result as { errors?: unknown[] }).errors ?? [])];
      },
    };
    await answer([useErrorCodes(), useLeanErrors(), spy], '{ rows { id name } }');
    expect(seen).toHaveLength(2);
    for (const e of seen) expect(e).not.toBeInstanceOf(GraphQLError);
    expect(seen[0]).toEqual({
      message: 'No consent for 1.',
      locations: [{ line: 1, column: 13 }],
      path: ['rows', 0, 'name'],
      extensions: { code: 'CONSENT_REQUIRED', purpose: 'marketing' },
    });
  });
});
