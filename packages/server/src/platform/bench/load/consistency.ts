/**
 * After the run: did each write land exactly once? The rows created after the baseline (fixture.ts) must be
 * exactly those whose create answered with success: as many contacts, sales, tasks and activities, with the same
 * ids. A request that failed but wrote (or answered but did not write, or wrote twice) shows up here.
 */
import type { Db } from '../../../kernel/db/client.js';
import type { Baseline } from './fixture.js';
import type { Ledger } from './operations.js';

export interface ConsistencyCheck {
  table: string;
  answered: number;
  inDatabase: number;
  ok: boolean;
}

const tables: [keyof Ledger, string, keyof Baseline][] = [
  ['contacts', 'Contact', 'contactId'],
  ['sales', 'Sale', 'saleId'],
  ['tasks', 'Task', 'taskId'],
  ['activities', 'Activity', 'activityId'],
];

export async function checkConsistency(db: Db, before: Baseline, ledger: Ledger): Promise<ConsistencyCheck[]> {
  const checks: ConsistencyCheck[] = [];
  for (const [key, table, baselineKey] of tables) {
    const rows = await db.$queryRawUnsafe<{ id: number }[]>(
      `SELECT id FROM "${table}" WHERE id > $1 ORDER BY id`,
      before[baselineKey],
    );
    const ids = rows.map((r) => Number(r.id));
    const answered = ledger[key];
    checks.push({
      table,
      answered: answered.size,
      inDatabase: ids.length,
      ok: ids.length === answered.size && ids.every((id) => answered.has(id)),
    });
  }
  return checks;
}

export function printConsistency(checks: ConsistencyCheck[]): void {
  console.log('\n| written | successful answers (warm-up and timed) | new rows in the database | exactly once |');
  console.log('| --- | ---: | ---: | --- |');
  for (const c of checks) console.log(`| ${c.table} | ${c.answered} | ${c.inDatabase} | ${c.ok ? 'yes' : '**NO**'} |`);
}
