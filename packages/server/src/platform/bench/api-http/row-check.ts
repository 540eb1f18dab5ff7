/**
 * The HTTP requests of the api-http bench (one description, used both to check rows and to drive autocannon) and
 * the row check: each query fetched once from each server, brought to canonical rows (rows.ts) and compared with
 * the hand-SQL server's, before anything is timed.
 */
import type { Db } from '../../../kernel/db/client.js';
import type { ServerKind } from './processes.js';
import type { BenchQuery, Fixture } from './queries.js';
import {
  compareRows,
  describeComparison,
  type GraphqlBody,
  markWithheld,
  type Row,
  type RowComparison,
  sameRows,
  unify,
} from './rows.js';

export interface HttpRequestSpec {
  method: 'GET' | 'POST';
  /** Path and query string. */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Who Fidele's requests come from: the seeded admin's token, declaring the customer_service purpose. */
export interface Caller {
  token: string;
}

export function requestFor(kind: ServerKind, q: BenchQuery, fixture: Fixture, caller: Caller): HttpRequestSpec {
  if (kind === 'hand') return { method: 'GET', path: q.hand(fixture), headers: {} };
  const graphql = kind === 'fidele' ? q.fidele(fixture) : q.postgraphile(fixture);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (kind === 'fidele') {
    headers.authorization = `Bearer ${caller.token}`;
    headers['x-fidele-purpose'] = 'customer_service';
  }
  return { method: 'POST', path: '/graphql', headers, body: JSON.stringify(graphql) };
}

export interface Answer {
  rows: Row[];
  /** Errors other than fields withheld for consent: the answer is then not comparable. */
  errors: string[];
}

/** One request, its answer as canonical rows. */
export async function fetchRows(
  kind: ServerKind,
  url: string,
  q: BenchQuery,
  fixture: Fixture,
  caller: Caller,
): Promise<Answer> {
  const spec = requestFor(kind, q, fixture, caller);
  const res = await fetch(new URL(spec.path, url), { method: spec.method, headers: spec.headers, body: spec.body });
  const raw = await res.text();
  let body: GraphqlBody;
  try {
    body = JSON.parse(raw) as GraphqlBody;
  } catch {
    return { rows: [], errors: [`HTTP ${res.status}: ${raw.slice(0, 200)}`] };
  }
  const errors = (markWithheld(body) ?? []).map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`);
  if (!res.ok) errors.unshift(`HTTP ${res.status}`);
  return { rows: q.rows(unify(body.data)), errors };
}

export interface RowCheck {
  query: BenchQuery;
  server: ServerKind;
  rows: number;
  comparison: RowComparison | null;
  /** OK / DIFFERENT with examples / the errors. */
  verdict: string;
  ok: boolean;
}

/** Every query on every server, compared with the hand-SQL server's rows (which must be among `servers`). */
export async function checkRows(
  servers: { kind: ServerKind; url: string }[],
  queries: BenchQuery[],
  fixture: Fixture,
  caller: Caller,
): Promise<RowCheck[]> {
  const hand = servers.find((s) => s.kind === 'hand');
  if (!hand) throw new Error('the row check compares with the hand-SQL server');
  const checks: RowCheck[] = [];
  for (const q of queries) {
    const reference = await fetchRows('hand', hand.url, q, fixture, caller);
    for (const s of servers) {
      const answer = s === hand ? reference : await fetchRows(s.kind, s.url, q, fixture, caller);
      const failed = [...reference.errors.map((e) => `hand SQL: ${e}`), ...answer.errors];
      const comparison = failed.length ? null : compareRows(reference.rows, answer.rows);
      const ok = comparison !== null && sameRows(comparison);
      const verdict = comparison ? describeComparison(comparison) : `**ERROR** ${failed.slice(0, 2).join('; ')}`;
      checks.push({ query: q, server: s.kind, rows: answer.rows.length, comparison, verdict, ok });
    }
  }
  return checks;
}

/** The rows the queries are about: the busiest action, the contact with the most sales, product LIN-004. */
export async function lookUpFixture(db: Db): Promise<Fixture> {
  const [action] = await db.$queryRawUnsafe<{ id: number }[]>(
    `SELECT "actionId" AS id FROM "ActionTarget" GROUP BY "actionId" ORDER BY COUNT(*) DESC, "actionId" LIMIT 1`,
  );
  const [contact] = await db.$queryRawUnsafe<{ id: number }[]>(
    `SELECT "contactId" AS id FROM "Sale" GROUP BY "contactId" ORDER BY COUNT(*) DESC, "contactId" LIMIT 1`,
  );
  if (!action || !contact) throw new Error('the seeded database has no targets or no sales');
  return { actionId: Number(action.id), contactId: Number(contact.id), productCode: 'LIN-004' };
}
