/**
 * Readers for the CDNOW cohort files (Hardie's data set, as shipped by the lifetimes library), used by the tests
 * and the benchmark. The files use CRLF line endings and runs of spaces (the sample file also starts each line with
 * a space), so lines are trimmed and split on any whitespace.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../kernel/db/paths.js';
import type { Transaction } from './summary.js';

/** The CDNOW calibration period ends on 1997-09-30 (39 weeks after 1997-01-01); the holdout runs 39 weeks more. */
export const CDNOW_CALIBRATION_END = '1997-09-30';
export const CDNOW_HOLDOUT_END = '1998-06-30';
/** Holdout length in weeks (1997-10-01 to 1998-06-30: 273 days). */
export const CDNOW_HOLDOUT_WEEKS = 39;

/**
 * Folder of the CDNOW files: $FIDELE_CDNOW_DIR, or the copy committed under test/fixtures/cdnow (byte for byte the
 * reference set; its README says where it comes from), so the tests run on any clone.
 */
export function cdnowDir(): string {
  return process.env.FIDELE_CDNOW_DIR || path.join(repoRoot, 'test/fixtures/cdnow');
}

/** A CDNOW transaction line. */
export interface CdnowTransaction extends Transaction {
  /** YYYYMMDD */
  date: string;
  cds: number;
}

function lines(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => l.split(/\s+/));
}

function num(s: string | undefined, what: string): number {
  const v = Number(s);
  if (s === undefined || s === '' || !Number.isFinite(v)) throw new Error(`CDNOW: bad ${what} ${JSON.stringify(s)}`);
  return v;
}

/**
 * CDNOW_sample.txt (1-in-10 sample, 2,357 customers): master id, sample id, date, CDs, dollars. customerId is the
 * sample id without its zero padding ("1" to "2357"), the ID of the summary CSV files.
 */
export function readCdnowSample(dir = cdnowDir()): CdnowTransaction[] {
  return lines(path.join(dir, 'CDNOW_sample.txt')).map((f) => ({
    customerId: String(num(f[1], 'sample id')),
    date: f[2]!,
    cds: num(f[3], 'CD count'),
    amount: num(f[4], 'dollar value'),
  }));
}

/** CDNOW_master.txt (the whole cohort, 23,570 customers), without its header line. */
export function readCdnowMaster(dir = cdnowDir()): CdnowTransaction[] {
  return lines(path.join(dir, 'CDNOW_master.txt'))
    .slice(1)
    .map((f) => ({
      customerId: String(num(f[0], 'customer id')),
      date: f[1]!,
      cds: num(f[2], 'CD count'),
      amount: num(f[3], 'dollar value'),
    }));
}

/** A row of cdnow_customers_summary_with_transactions.csv (weeks and dollars rounded to 2 decimals). */
export interface CdnowSummaryRow {
  id: number;
  x: number;
  tx: number;
  T: number;
  zbar: number;
}

/** cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar. */
export function readCdnowSummary(dir = cdnowDir()): CdnowSummaryRow[] {
  const rows = lines(path.join(dir, 'cdnow_customers_summary_with_transactions.csv'));
  const header = rows[0]?.join('');
  if (header !== 'ID,x,t_x,T,zbar') throw new Error(`CDNOW summary: unexpected header ${header}`);
  return rows.slice(1).map((r) => {
    const f = r.join('').split(',');
    return { id: num(f[0], 'ID'), x: num(f[1], 'x'), tx: num(f[2], 't_x'), T: num(f[3], 'T'), zbar: num(f[4], 'zbar') };
  });
}
