import { createReadStream, createWriteStream, statSync } from 'node:fs';
import path from 'node:path';
import { CliError } from '../../cli/cli-error.js';
import { progressReporter } from '../../cli/progress.js';
import type { Db } from '../../db/client.js';
import type { Provider } from '../../db/paths.js';
import { findDuplicates } from './duplicates.service.js';
import { exportContacts, type ExportFormat } from './export.service.js';
import type { FileFormat } from './import.readers.js';
import { type ImportEntityName, importEntities, runImport } from './import.service.js';
import { staffContext } from './quality.context.js';

/** The CLI's data-quality commands: import, export, duplicates. Usage errors are CliError(…, 2). */

/** "a=b,c=d" → { a: 'b', c: 'd' } (a column name may hold spaces; quote the whole flag). */
export function pairs(flag: string, value: string | undefined): Record<string, string> | null {
  if (value === undefined) return null;
  const out: Record<string, string> = {};
  for (const part of value.split(',')) {
    const i = part.indexOf('=');
    if (i <= 0) throw new CliError(`--${flag} expects name=value pairs separated by commas, got "${part}"`, 2);
    out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

async function asStaff(db: Db, provider: Provider, email: string | undefined, purpose: string | null) {
  if (!email) throw new CliError('--as <staff e-mail> is required: the command runs with that user’s rights and is audited under its name', 2);
  try {
    return await staffContext(db, provider, email, purpose);
  } catch (e) {
    throw new CliError((e as Error).message, 2);
  }
}

export interface ImportCommand {
  entity?: string;
  file?: string;
  map?: string;
  key?: string;
  defaults?: string;
  format?: string;
  dryRun?: boolean;
  as?: string;
}

export async function runImportCommand(db: Db, provider: Provider, o: ImportCommand): Promise<void> {
  if (!o.entity || !(o.entity in importEntities)) throw new CliError(`import needs an entity: ${Object.keys(importEntities).join(', ')}`, 2);
  if (!o.file) throw new CliError('import needs a file, e.g. fidele import contacts clients.csv --map "Nom=lastName,E-mail=email" --key email --as admin@…', 2);
  let size: number;
  try {
    size = statSync(o.file).size;
  } catch {
    throw new CliError(`cannot read ${o.file}`, 2);
  }
  const format = (o.format?.toUpperCase() ?? (path.extname(o.file).toLowerCase() === '.xlsx' ? 'XLSX' : 'CSV')) as FileFormat;
  if (format !== 'CSV' && format !== 'XLSX') throw new CliError(`--format must be csv or xlsx, got "${o.format}"`, 2);
  const ctx = await asStaff(db, provider, o.as, null);
  const progress = progressReporter();
  const summary = await runImport(ctx, {
    entity: o.entity as ImportEntityName,
    format,
    fileName: path.basename(o.file),
    source: createReadStream(o.file),
    totalBytes: size,
    mapping: pairs('map', o.map),
    key: o.key,
    defaults: pairs('default', o.defaults),
    dryRun: o.dryRun,
    onProgress: (p) => progress.update(p),
  }).catch((e: unknown) => {
    throw new CliError((e as Error).message, (e as { extensions?: { code?: string } }).extensions?.code === 'VALIDATION' ? 2 : 1);
  });
  for (const e of summary.errors.slice(0, 50)) console.error(`line ${e.line}${e.field ? ` ${e.field}` : ''}: ${e.code} ${e.message}`);
  if (summary.errors.length > 50) console.error(`… and more: see ImportRowError of job ${summary.jobId}`);
  console.log(
    `${summary.dryRun ? 'dry run: ' : ''}job ${summary.jobId} ${summary.status.toLowerCase()} (${summary.encoding}): ${summary.totalRows} rows, ` +
      `${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.rejected} rejected`,
  );
  if (summary.status === 'FAILED') process.exitCode = 1;
}

export interface ExportCommand {
  entity?: string;
  format?: string;
  purpose?: string;
  as?: string;
  out?: string;
  filter?: string;
  segment?: string;
  columns?: string;
}

export async function runExportCommand(db: Db, provider: Provider, o: ExportCommand): Promise<void> {
  if (o.entity !== 'contacts') throw new CliError('export supports: contacts', 2);
  const format = (o.format ?? (o.out && path.extname(o.out).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv')).toUpperCase() as ExportFormat;
  if (format !== 'CSV' && format !== 'XLSX') throw new CliError(`--format must be csv or xlsx, got "${o.format}"`, 2);
  if (!o.purpose) throw new CliError('--purpose is required: only contacts whose consent covers it are exported', 2);
  let filter: object | undefined;
  try {
    filter = o.filter ? (JSON.parse(o.filter) as object) : undefined;
  } catch {
    throw new CliError('--filter must be JSON, e.g. \'{"kind":["CLIENT"],"postalCodePrefix":"75"}\'', 2);
  }
  if (o.segment !== undefined && !/^\d+$/.test(o.segment)) throw new CliError('--segment must be a segment id', 2);
  const ctx = await asStaff(db, provider, o.as, o.purpose);
  const out = o.out ? createWriteStream(o.out) : process.stdout;
  const summary = await exportContacts(ctx, {
    format,
    filter: filter as never,
    segmentId: o.segment ? Number(o.segment) : null,
    columns: o.columns?.split(',').map((c) => c.trim()),
    out,
    operationName: 'cli export',
  }).catch((e: unknown) => {
    const code = (e as { extensions?: { code?: string } }).extensions?.code;
    throw new CliError((e as Error).message, code === 'VALIDATION' || code === 'CONSENT_REQUIRED' ? 2 : 1);
  });
  console.error(
    `exported ${summary.rows} contacts${o.out ? ` to ${o.out}` : ''} for "${o.purpose}"; ${summary.excludedWithoutConsent} left out without consent` +
      (summary.withheldColumns.length ? `; columns withheld from your role: ${summary.withheldColumns.join(', ')}` : ''),
  );
}

export async function runDuplicatesCommand(db: Db, provider: Provider, o: { as?: string; minScore?: string; first?: string }): Promise<void> {
  const ctx = await asStaff(db, provider, o.as, null);
  const { contactScope } = await import('../access/row-rules.js');
  const pairsFound = await findDuplicates(db, { minScore: o.minScore ? Number(o.minScore) : 0.5, where: contactScope(ctx) });
  for (const p of pairsFound.slice(0, Number(o.first ?? 50))) {
    console.log(`${p.a}\t${p.b}\t${p.score.toFixed(3)}\t${p.matches.map((m) => `${m.field}:${m.method}:${m.similarity}`).join(' ')}`);
  }
  console.error(`${pairsFound.length} candidate pairs`);
}
