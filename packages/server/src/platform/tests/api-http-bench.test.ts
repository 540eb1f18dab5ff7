/**
 * The harness of the api-http bench (platform/bench/api-http), without timing anything: on a tiny SQLite seed, the
 * real Fidele server and the hand-SQL server run as child processes, and the row check must find the same rows for
 * the queries whose answers fit (a, c, d), and must report a difference when a row is dropped or changed, so the
 * bench's "OK" means something.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PreparedDatabase, prepareDatabase, startServers, stopServers } from '../bench/api-http/harness.js';
import type { ServerProcess } from '../bench/api-http/processes.js';
import { benchQueries } from '../bench/api-http/queries.js';
import { checkRows, fetchRows } from '../bench/api-http/row-check.js';
import { compareRows, describeComparison, sameRows } from '../bench/api-http/rows.js';
import { createEmptyDatabase } from '../../testing/databases.js';

describe('api-http bench: the row check', () => {
  let servers: ServerProcess[] = [];
  let prepared: PreparedDatabase;
  let drop: () => Promise<void> = async () => {};
  const query = (name: string) => benchQueries.find((q) => q.name === name)!;
  const server = (kind: string) => servers.find((s) => s.kind === kind)!;

  beforeAll(async () => {
    const scratch = await createEmptyDatabase('sqlite');
    drop = scratch.drop;
    prepared = await prepareDatabase(scratch.target, 60);
    servers = await startServers(['fidele', 'hand'], scratch.target);
  });

  afterAll(async () => {
    await stopServers(servers);
    await drop();
  });

  it('finds the same rows in Fidele and the hand SQL for queries a, c and d', async () => {
    const checks = await checkRows(servers, ['a', 'c', 'd'].map(query), prepared.fixture, prepared.caller);
    expect(checks).toHaveLength(6);
    for (const c of checks) expect(`${c.query.name} on ${c.server}: ${c.verdict}`).toMatch(/: OK, \d+ rows/);
    // Real answers, not two empty lists agreeing: the page has its 60 contacts, their sales and targets.
    const a = checks.find((c) => c.query.name === 'a' && c.server === 'fidele')!;
    expect(a.rows).toBeGreaterThan(60 * 2);
    expect(checks.find((c) => c.query.name === 'c' && c.server === 'fidele')!.rows).toBeGreaterThan(3);
    expect(checks.find((c) => c.query.name === 'd' && c.server === 'fidele')!.rows).toBeGreaterThan(3);
  });

  it('reports a dropped row and a changed field as differences', async () => {
    const q = query('a');
    const reference = await fetchRows('hand', server('hand').url, q, prepared.fixture, prepared.caller);
    const fidele = await fetchRows('fidele', server('fidele').url, q, prepared.fixture, prepared.caller);
    expect(fidele.errors).toEqual([]);
    expect(sameRows(compareRows(reference.rows, fidele.rows))).toBe(true);

    // A sale line of the first contact's first sale: a row deep in the tree.
    const line = fidele.rows.findIndex((r) => /^c\d+\/s0\/l0$/.test(r.key));
    expect(line).toBeGreaterThan(0);
    const dropped = compareRows(
      reference.rows,
      fidele.rows.filter((_, i) => i !== line),
    );
    expect(sameRows(dropped)).toBe(false);
    expect(dropped.missing).toEqual([fidele.rows[line]!.key]);
    expect(describeComparison(dropped)).toMatch(/DIFFERENT.*1 missing/);

    const changed = fidele.rows.map((r, i) =>
      i === line ? { ...r, fields: [String(Number(r.fields[0]) + 1), ...r.fields.slice(1)] } : r,
    );
    const comparison = compareRows(reference.rows, changed);
    expect(comparison.differing).toHaveLength(1);
    expect(describeComparison(comparison)).toMatch(/1 differ/);
  });
});
