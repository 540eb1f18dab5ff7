/**
 * Fuzz suite over HTTP: generated requests (fast-check, fixed seed) against the real started server, on every route
 * (/graphql by GET and POST, /admin/**, /surveys/answer/<token>, /documents, /export/contacts, /inbound/sales, the
 * public paths of messaging, unknown paths) and every root field of the printed schema (variables from the argument
 * types, with malformed global ids, cursors, numbers, dates and strings), with malformed paths, percent-encodings,
 * bodies and headers (content type, accept, token, API key, purpose). Each answer must be below 500 and every error
 * must carry a code (a JSON error, or a public HTML page's `x-fidele-error-code` header); the process must stay up.
 * `FIDELE_FUZZ_RUNS=<batches>` runs it longer (a batch is 10 requests sent at once).
 */
import fc from 'fast-check';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../packages/server/src/platform/http/start-server.js';
import { issueToken } from '../packages/server/src/identity/token.js';
import { createApiHarness, gid, type ApiHarness } from '../packages/server/src/testing/api.js';
import { describeEachDatabase } from '../packages/server/src/testing/databases.js';

const SEED = 20261206;
const BATCH = 10;
/** Batches per database: 500 × 10 requests × 2 databases = 10,000 requests by default. */
const RUNS = Number(process.env.FIDELE_FUZZ_RUNS ?? 500);

const root = path.resolve(import.meta.dirname, '..');
const schema = buildSchema(readFileSync(path.join(root, 'schema.graphql'), 'utf8'));

/** Root fields whose real work is long on purpose (imports, score refreshes, batch runs) or argon2-bound. */
const slowFields = new Set([
  'importFile',
  'startImport',
  'refreshScores',
  'reattributeSales',
  'runTriggers',
  'runFollowUps',
  'createApiKey',
  'login',
]);

// ---------------------------------------------------------------------------------------------------------------
// Values

/** Characters a client can put in a request line, with the ones that trip decoders ('%', '/', '.', '\\'). */
const pathChar = fc.constantFrom(..."abcXYZ019-_.~!$&'()*+,;=:@/%\\?#[]".split(''));
/** Percent-encodings, valid and not: bytes of invalid UTF-8, truncated escapes, encoded NUL, slash and dot. */
const percent = fc.oneof(
  fc.constantFrom(
    '%',
    '%z',
    '%zz',
    '%E0%A4%A',
    '%C0%AF',
    '%FF',
    '%00',
    '%2e%2e',
    '%2F',
    '%25',
    '%ED%A0%80',
    '%F0%9F%98%80',
    '%u0041',
  ),
  fc.integer({ min: 0, max: 255 }).map((b) => `%${b.toString(16).padStart(2, '0')}`),
);
const pathSegment = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: pathChar },
      { weight: 2, arbitrary: percent },
      { weight: 1, arbitrary: fc.constantFrom('..', '//', './', 'index.html', 'assets/app.js') },
    ),
    { maxLength: 12 },
  )
  .map((a) => a.join(''));
const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});
/** Unicode text with control characters, lone surrogates and long runs. */
const wildText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '%',
    '_',
    '\\',
    '\u0000',
    '\ud800',
    'a'.repeat(5000),
    '%%%',
    "' OR 1=1 --",
    '../../etc/passwd',
  ),
);
const typenames = [
  'Contact',
  'Sale',
  'Product',
  'Brand',
  'Zone',
  'MarketingAction',
  'Document',
  'WebhookSubscription',
  'Segment',
  'StaffUser',
  'Nope',
  '',
];
const idValue = fc.oneof(
  fc.integer({ min: -5, max: 5 }).map(String),
  fc.constantFrom(
    '1.5',
    '1e3',
    '0x10',
    ' 1',
    '1 ',
    '',
    'abc',
    '9007199254740993',
    '2147483648',
    '99999999999999999999',
    '-0',
    '01',
    'NaN',
    'Infinity',
  ),
  printable,
);
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
/** Percent-encodes every byte of the UTF-8 form (encodeURIComponent throws on lone surrogates). */
const pctBytes = (s: string) => [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
const pct = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return pctBytes(s);
  }
};
/** Global ids: well-formed, of another type, with non-canonical or out-of-range numbers, or not base64 at all. */
const globalId = fc.oneof(
  fc.tuple(fc.constantFrom(...typenames), idValue).map(([t, v]) => b64(`${t}:${v}`)),
  fc.constantFrom(
    gid('Contact', 1),
    gid('Brand', 1),
    'not base64!',
    '====',
    '',
    'Q29udGFjdA==',
    b64('Contact'),
    b64(':1'),
  ),
  wildText,
);
/** Cursors: the Pothos shapes with bad contents, and garbage. */
const cursor = fc.oneof(
  fc
    .tuple(fc.constantFrom('GPC:N:', 'GPC:S:', 'GPC:J:', 'GPC:', 'arrayconnection:', ''), fc.oneof(idValue, printable))
    .map(([p, v]) => b64(`${p}${v}`)),
  fc.constantFrom('GPC:N:1', b64('GPC:J:{"id":1}'), b64('GPC:J:[1,2,'), b64('GPC:J:{"__proto__":1}')),
  wildText,
);
const intLike = fc.oneof(
  fc.integer({ min: -3, max: 120 }),
  fc.constantFrom(0, -1, 2 ** 31, 2 ** 53, -(2 ** 31) - 1, 1e308, 1.5, '1', null, true),
  fc.integer(),
);
const dateLike = fc.oneof(
  fc.constantFrom(
    '2026-02-30',
    '2026-13-01',
    '+275760-09-13T00:00:00Z',
    '0001-01-01',
    '9999-12-31T23:59:59Z',
    '2026-01-01T00:00:00Z',
    '2026-06-01',
    'yesterday',
    '',
    '1e10',
  ),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.integer(),
);
const anyJson = fc.jsonValue({ maxDepth: 3 });

/** A variable value for an input type: mostly the right shape with hostile contents, sometimes the wrong shape. */
function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type))
    return fc.oneof(
      { weight: 9, arbitrary: valueFor(type.ofType as GraphQLInputType, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  const wrong = fc.oneof(anyJson, wildText);
  if (isListType(type)) {
    return fc.oneof(
      { weight: 6, arbitrary: fc.array(valueFor(type.ofType as GraphQLInputType, depth + 1), { maxLength: 4 }) },
      { weight: 1, arbitrary: wrong },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }
  let right: fc.Arbitrary<unknown>;
  if (isEnumType(type)) right = fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.name)), printable);
  else if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    right =
      depth > 3 || !fields.length
        ? fc.constant({})
        : fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth + 1)])), { requiredKeys: [] });
  } else if (isScalarType(type)) {
    right =
      (
        {
          Int: intLike,
          Float: fc.oneof(fc.double({ noNaN: true }), intLike),
          Boolean: fc.oneof(fc.boolean(), wrong),
          ID: fc.oneof(globalId, cursor),
        } as Record<string, fc.Arbitrary<unknown>>
      )[type.name] ??
      (/date|time/i.test(type.name) ? dateLike : fc.oneof(wildText, cursor, globalId, dateLike, intLike));
  } else right = wrong;
  return fc.oneof({ weight: 8, arbitrary: right }, { weight: 1, arbitrary: wrong });
}

/** A selection that is valid for a field's type: `__typename`, and for a connection its cursors too. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return '';
  if (isObjectType(named) && named.getFields().edges)
    return '{ __typename edges { cursor } pageInfo { endCursor hasNextPage } }';
  return '{ __typename }';
}

/** An operation on one root field with every argument as a variable, and its generated variables. */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const args = field.args as readonly GraphQLArgument[];
  const decl = args.length ? `(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const query = `${kind} Fuzz${decl} { ${field.name}${call} ${selectionOf(field)} }`;
  const variables = fc.record(Object.fromEntries(args.map((a) => [a.name, valueFor(a.type)])), { requiredKeys: [] });
  return variables.map((v) => ({ query, variables: v as Record<string, unknown> }));
}

const rootOperations = [
  ...Object.values(schema.getQueryType()!.getFields()).map((f) => operationFor('query', f)),
  ...Object.values(schema.getMutationType()!.getFields())
    .filter((f) => !slowFields.has(f.name))
    .map((f) => operationFor('mutation', f)),
];
const operation = fc.oneof(...rootOperations);

/** GraphQL documents that are not well-formed or not valid: fragments of syntax, deep nesting, aliases. */
const badDocument = fc.oneof(
  fc
    .array(
      fc.constantFrom(
        '{',
        '}',
        '(',
        ')',
        'query',
        'mutation',
        'subscription',
        'fragment',
        '...',
        'on',
        '$x',
        ':',
        '@include',
        'node',
        'contacts',
        '"',
        '"""',
        '#',
        'first: -1',
        '__schema',
        '__type(name: "Contact")',
        'id',
        ',',
      ),
      { maxLength: 30 },
    )
    .map((t) => t.join(' ')),
  fc.constantFrom(
    '{ __typename }',
    '{ health { status } }',
    'query { me { email } }',
    '{ a: __typename b: __typename }',
    `{ ${'node(id: "x") { id } '.repeat(1)}}`,
    '{ contacts { edges { node { id } } } }',
    'subscription { x }',
    '{ __schema { types { name } } }',
  ),
  wildText,
);

// ---------------------------------------------------------------------------------------------------------------
// Requests

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

interface Principals {
  admin: string;
  marketing: string;
  /** A valid partner key (brand A, partner_sharing, may record sales). */
  partner: string;
}

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/graphql-response+json',
  'application/graphql',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'multipart/form-data',
  'application/json; charset=latin1',
  'application/octet-stream',
  'text/csv',
  '',
  ';;',
  'application/json; charset=bogus-42',
);
const accept = fc.constantFrom(
  'application/graphql-response+json',
  'application/json',
  'text/html',
  '*/*',
  'text/event-stream',
  'multipart/mixed',
  'nonsense',
  '',
);

function authHeaders(p: Principals) {
  return fc.oneof(
    fc.constant({}),
    fc.constant({ authorization: `Bearer ${p.admin}` }),
    fc.constant({ authorization: `Bearer ${p.marketing}` }),
    fc.constant({ 'x-api-key': p.partner }),
    fc
      .constantFrom(
        'Bearer',
        'Bearer ',
        'Basic YWRtaW46YWRtaW4=',
        'bearer x.y.z',
        `Bearer ${p.admin}x`,
        'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.',
      )
      .map((a) => ({ authorization: a })),
    fc
      .constantFrom('fid_0123456789ab_secret', 'fid_', 'fid__', 'x', 'fid_zzzzzzzzzzzz_'.padEnd(60, 'a'))
      .map((k) => ({ 'x-api-key': k })),
    fc.constant({ authorization: `Bearer ${p.admin}`, 'x-api-key': 'fid_0123456789ab_secret' }),
    printable.map((a) => ({ authorization: a })),
  );
}
const purposeHeader = fc.oneof(
  fc.constant({}),
  fc
    .constantFrom('customer_service', 'marketing', 'analytics', 'partner_sharing', 'nope', '', ' ', '../x')
    .map((p) => ({ 'x-fidele-purpose': p })),
  printable.map((p) => ({ 'x-fidele-purpose': p })),
);
const extraHeaders = fc.record(
  {
    'x-file-name': fc.oneof(pathSegment, printable),
    'x-fidele-signature': printable,
    'x-fidele-timestamp': fc.oneof(printable, intLike.map(String)),
    'content-length-ish': printable,
  },
  { requiredKeys: [] },
);

/** A request body: JSON of the right shape, JSON of another shape, truncated JSON, bytes. */
const rawBody = fc.oneof(
  anyJson.map((v) => JSON.stringify(v)),
  anyJson.map((v) => JSON.stringify(v).slice(0, -1)),
  wildText,
  fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
  fc.constantFrom(
    '',
    '{',
    '[]',
    'null',
    '{"answers": [{"question": "x", "rating": 1e999}]}',
    '{"query": 5}',
    '{"query": "{ __typename }", "variables": "x"}',
  ),
);

function graphqlRequest(p: Principals): fc.Arbitrary<FuzzRequest> {
  const headers = fc
    .tuple(authHeaders(p), purposeHeader, contentType, accept)
    .map(([a, pu, ct, ac]) => ({ ...a, ...pu, 'content-type': ct, accept: ac }));
  const jsonPost = fc
    .tuple(
      fc.oneof(
        { weight: 4, arbitrary: operation },
        { weight: 1, arbitrary: badDocument.map((query) => ({ query, variables: {} })) },
      ),
      headers,
      fc.option(printable),
    )
    .map(([op, h, operationName]) => ({
      method: 'POST',
      path: '/graphql',
      headers: { ...h, 'content-type': h['content-type'] === '' ? 'application/json' : h['content-type'] },
      body: JSON.stringify({ ...op, ...(operationName === null ? {} : { operationName }) }),
    }));
  const getOp = fc
    .tuple(
      fc.oneof(
        operation,
        badDocument.map((query) => ({ query, variables: {} })),
      ),
      headers,
      fc.boolean(),
      fc.option(percent),
    )
    .map(([op, h, asJson, junk]) => ({
      method: 'GET',
      path: `/graphql?query=${pct(op.query)}${asJson ? `&variables=${pct(JSON.stringify(op.variables))}` : `&variables=${junk ?? ''}`}${junk ?? ''}`,
      headers: h,
    }));
  const oddPost = fc
    .tuple(rawBody, headers)
    .map(([body, h]) => ({ method: 'POST', path: '/graphql', headers: h, body }));
  const oddMethod = fc
    .tuple(fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'), headers)
    .map(([method, h]) => ({ method, path: '/graphql', headers: h }));
  return fc.oneof(
    { weight: 8, arbitrary: jsonPost },
    { weight: 2, arbitrary: getOp },
    { weight: 2, arbitrary: oddPost },
    { weight: 1, arbitrary: oddMethod },
  );
}

function routeRequest(p: Principals): fc.Arbitrary<FuzzRequest> {
  const headers = fc
    .tuple(authHeaders(p), purposeHeader, contentType, extraHeaders)
    .map(([a, pu, ct, ex]) => ({ ...a, ...pu, ...ex, 'content-type': ct }));
  const method = fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'DELETE');
  const query = fc.oneof(
    fc.constant(''),
    fc
      .tuple(
        fc.constantFrom('format', 'purpose', 'filter', 'segment', 'columns', 'contact', 'sale', 'as', 'x'),
        fc.oneof(
          pathSegment,
          anyJson.map((v) => pct(JSON.stringify(v))),
          globalId.map(pct),
        ),
      )
      .map(([k, v]) => `?${k}=${v}`),
  );
  const paths = fc.oneof(
    pathSegment.map((s) => `/admin/${s}`),
    fc.constantFrom(
      '/admin',
      '/admin/',
      '/',
      '/admin/assets/app.js',
      '/admin/../package.json',
      '/admin/%2e%2e/%2e%2e/package.json',
      '/admin/%E0%A4%A',
    ),
    pathSegment.map((s) => `/surveys/answer/${s}`),
    // Tokens of the right shape reach the invitation lookup.
    fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/).map((t) => `/surveys/answer/${t}`),
    pathSegment.map((s) => `/documents/${s}`),
    globalId.map((g) => `/documents/${pct(g)}`),
    fc.constantFrom('/documents', '/export/contacts', '/inbound/sales', '/surveys/answer/'),
    pathSegment.map((s) => `/${s}`),
    pathSegment.map((s) => `/graphql/${s}`),
    // The public paths of messaging (no account): signed links, forms, tracking, inbound provider events.
    fc
      .tuple(
        fc.constantFrom('/u/', '/preferences/', '/confirm/', '/respond/', '/t/o/', '/t/c/', '/actions/'),
        pathSegment,
      )
      .map(([prefix, s]) => `${prefix}${s}`),
    // Tokens of a signed link's shape (payload.signature) reach the signature check.
    fc
      .tuple(
        fc.constantFrom('/u/', '/preferences/', '/confirm/', '/t/o/', '/t/c/'),
        fc.stringMatching(/^[A-Za-z0-9_-]{8,80}\.[A-Za-z0-9_-]{8,60}$/),
      )
      .map(([prefix, t]) => `${prefix}${t}`),
    fc.constantFrom('/subscribe', '/inbound/deliveries', '/inbound/dsn', '/respond/', '/u/', '/t/c/'),
  );
  return fc.tuple(method, paths, query, headers, fc.option(rawBody)).map(([m, pth, q, h, body]) => ({
    method: m,
    path: `${pth}${q}`,
    headers: h,
    ...(body !== null && m !== 'GET' && m !== 'HEAD' ? { body } : {}),
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// Sending and checking

const agent = new Agent({ keepAlive: true, maxSockets: BATCH });

interface Answer {
  status: number;
  contentType: string;
  body: string;
  /** A public HTML page's stable error code (`x-fidele-error-code`). */
  errorCode: string | undefined;
}

function send(base: string, r: FuzzRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(base);
    const req = request({
      agent,
      host: url.hostname,
      port: url.port,
      method: r.method,
      path: r.path,
      timeout: 20_000,
      headers: {
        ...r.headers,
        ...(r.body !== undefined ? { 'content-length': String(Buffer.byteLength(r.body)) } : {}),
      },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          contentType: String(res.headers['content-type'] ?? ''),
          errorCode: res.headers['x-fidele-error-code'] as string | undefined,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 20 s')));
    req.on('error', reject);
    req.end(r.body);
  });
}

/**
 * The JSON documents of an answer: the body, or each event of an event stream / part of a multipart answer (Yoga
 * answers in the format the client accepts). Null when the body holds no JSON at all.
 */
function jsonDocuments(a: Answer): unknown[] | null {
  const candidates = /event-stream/.test(a.contentType)
    ? a.body
        .split('\n')
        .filter((l) => l.startsWith('data: {'))
        .map((l) => l.slice(6))
    : /multipart/.test(a.contentType)
      ? a.body.split('\n').filter((l) => l.startsWith('{'))
      : [a.body];
  try {
    const docs = candidates.map((c) => JSON.parse(c) as unknown);
    return docs.length ? docs : null;
  } catch {
    return null;
  }
}

type ErrorBody = { errors?: { extensions?: { code?: unknown } }[]; error?: { code?: unknown } };

/** What is wrong with an answer, or null: a 5xx, or an error without a stable code. */
function problemOf(r: FuzzRequest, a: Answer): string | null {
  if (a.status >= 500) return `HTTP ${a.status}`;
  if (r.method === 'HEAD') return null;
  // 406: the client accepts no format the server can answer in (GraphQL over HTTP says so), so no body is owed.
  if (a.status === 406 && !/json|\*\/\*|event-stream|multipart/.test(r.headers.accept ?? '')) return null;
  const structured = /json|event-stream|multipart/.test(a.contentType);
  if (a.status < 400 && !structured) return null;
  // A page for a person (a public link, a form): the code travels in a header, the page speaks their language.
  if (!structured && /text\/html/.test(a.contentType) && a.errorCode) return null;
  if (!structured) return `HTTP ${a.status} without a JSON error body (${a.contentType || 'no content type'})`;
  const docs = jsonDocuments(a) as ErrorBody[] | null;
  if (!docs) return `HTTP ${a.status}: body is not JSON`;
  for (const body of docs) {
    if (a.status >= 400 && !body.errors && !body.error) return `HTTP ${a.status} without errors`;
    if (body.error && typeof body.error.code !== 'string') return 'an error without a code';
    const uncoded = (body.errors ?? []).filter((e) => typeof e.extensions?.code !== 'string');
    if (uncoded.length)
      return `${uncoded.length} error(s) without extensions.code: ${JSON.stringify(uncoded[0]).slice(0, 300)}`;
  }
  return null;
}

describeEachDatabase('fuzz over HTTP', (provider) => {
  let h: ApiHarness;
  let server: RunningServer;
  let adminDist: string;
  let principals: Principals;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const contact = await h.t.db.contact.create({
      data: { kind: 'CLIENT', brandId: h.brands.a, zoneId: h.zones.north, lastName: 'Fuzz' },
    });
    await h.consent(contact.id, 'customer_service');
    // A small built admin of our own, so that the static handler serves real files whatever the admin build's state.
    adminDist = mkdtempSync(path.join(tmpdir(), 'fidele-fuzz-admin-'));
    mkdirSync(path.join(adminDist, 'assets'));
    writeFileSync(path.join(adminDist, 'index.html'), '<!doctype html><title>admin</title>');
    writeFileSync(path.join(adminDist, 'assets/app.js'), 'console.log(1)');
    server = await startServer({ db: h.t.db, provider, port: 0, adminDist });
    const key = await h.as('ADMIN')(`mutation($input: ApiKeyInput!) { createApiKey(input: $input) { key } }`, {
      input: {
        name: 'Fuzz partner',
        brands: [gid('Brand', h.brands.a)],
        purposes: ['partner_sharing'],
        rateLimitPerMinute: 100_000,
        capabilities: ['RECORD_SALES'],
      },
    });
    expect(key.errors).toBeUndefined();
    principals = {
      admin: (await issueToken(h.users.ADMIN)).token,
      marketing: (await issueToken(h.users.MARKETING)).token,
      partner: key.data.createApiKey.key,
    };
  });
  afterAll(async () => {
    await server?.close();
    await h?.drop();
    if (adminDist) rmSync(adminDist, { recursive: true, force: true });
  });

  // What the fuzz found, pinned down (http/use-coded-http-errors.ts): each answered 500 or an empty body before.
  it('answers a GET whose variables are not JSON with 400 BAD_REQUEST, not 500', async () => {
    const a = await send(server.url, {
      method: 'GET',
      path: '/graphql?query=%7B__typename%7D&variables=%zz%zz',
      headers: { accept: 'application/json' },
    });
    expect(a.status).toBe(400);
    expect(JSON.parse(a.body)).toEqual({
      errors: [{ message: 'The variables parameter is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers an unsupported content type (415) and unknown paths (404) with a coded JSON error', async () => {
    const media = await send(server.url, {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': ';;', accept: 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(media.status).toBe(415);
    expect(JSON.parse(media.body).errors[0].extensions.code).toBe('BAD_REQUEST');
    for (const [method, p] of [
      ['GET', '/nowhere'],
      ['PUT', '/inbound/sales'],
      ['DELETE', '/documents/1'],
      ['POST', '/graphql/extra'],
    ]) {
      const a = await send(server.url, { method: method!, path: p!, headers: {} });
      expect(a.status, `${method} ${p}`).toBe(404);
      expect(JSON.parse(a.body), `${method} ${p}`).toEqual({ error: { code: 'NOT_FOUND', message: 'No such route.' } });
    }
  });

  it('answers a request line too large for the HTTP parser with 431 and a coded JSON error', async () => {
    const a = await send(server.url, { method: 'GET', path: `/graphql?query=${'x'.repeat(20_000)}`, headers: {} });
    expect(a.status).toBe(431);
    expect(JSON.parse(a.body)).toEqual({
      error: { code: 'BAD_REQUEST', message: 'The request line or headers are too large.' },
    });
  });

  it(`answers ${RUNS * BATCH} generated requests below 500, every error with a code, and stays up`, async () => {
    const req = fc.oneof(
      { weight: 3, arbitrary: graphqlRequest(principals) },
      { weight: 2, arbitrary: routeRequest(principals) },
    );
    let sent = 0;
    // Every request stands alone, so rather than stopping at the first bad answer the run collects them all, one
    // example per kind of problem (status, route, problem), to show the whole picture in one run.
    const problems = new Map<string, string>();
    await fc.assert(
      fc.asyncProperty(fc.array(req, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        const answers = await Promise.all(batch.map((r) => send(server.url, r)));
        sent += batch.length;
        batch.forEach((r, i) => {
          const a = answers[i]!;
          const p = problemOf(r, a);
          if (p === null) return;
          const kind = `${p.split(/[:(]/)[0]} on /${r.path.split(/[/?]/)[1]}`;
          if (!problems.has(kind)) {
            problems.set(
              kind,
              `${p}\n  ${r.method} ${r.path}\n  headers: ${JSON.stringify(r.headers)}\n  body: ${String(r.body ?? '').slice(0, 400)}\n  answer: ${a.body.slice(0, 300)}`,
            );
          }
        });
      }),
      { seed: SEED + (provider === 'sqlite' ? 0 : 1), numRuns: RUNS },
    );
    expect([...problems.values()].join('\n\n')).toBe('');
    expect(sent).toBeGreaterThanOrEqual(RUNS * BATCH);
    // Still up: the health query answers.
    const health = await send(server.url, {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    expect(JSON.parse(health.body)).toEqual({ data: { health: { status: 'ok' } } });
  }, 600_000);
});
