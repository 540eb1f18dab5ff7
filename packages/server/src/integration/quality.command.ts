import { createReadStream, createWriteStream, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CliError } from '../kernel/cli-error.js';
import { progressReporter } from '../kernel/progress.js';
import type { Db } from '../kernel/db/client.js';
import type { Provider } from '../kernel/db/paths.js';
import type { Context } from '../kernel/context.js';
import { systemContext } from '../privacy/access/system.js';
import { resolvePurpose } from '../privacy/consent/purpose.service.js';
import { findDuplicates } from '../contacts/quality/duplicates.service.js';
import { exportContacts, type ExportFormat } from './exports/export.service.js';
import { defaultImportLimits } from './imports/import.limits.js';
import type { FileFormat } from './imports/import.readers.js';
import { type ImportEntityName, importEntities, runImport } from './imports/import.service.js';
import { staffContext } from '../privacy/access/staff-context.js';

/**
 * The CLI's data-quality commands: import, export, duplicates. Usage errors are CliError(…, 2).
 *
 * Who acts: with `--as <staff e-mail>`, that user, with its rights (row rule, field rules, purposes), audited under
 * its name. Without it, the system itself (`systemContext(db, provider, 'cli:<command>')`): every row, and consent
 * only when a purpose is given (an export always gives one), audited as SYSTEM with the reason `cli:<command>`.
 */

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

/** The context a command runs in: the `--as` user's, or the named system principal `cli:<command>`. */
async function commandContext(
  db: Db,
  provider: Provider,
  command: string,
  email: string | undefined,
  purposeCode: string | null,
): Promise<Context> {
  try {
    if (email) return await staffContext(db, provider, email, purposeCode);
    const system = systemContext(db, provider, `cli:${command}`);
    // A purpose, when given, confines the system's personal reads to contacts whose consent covers it.
    return purposeCode
      ? systemContext(db, provider, `cli:${command}`, {
          now: system.now,
          purpose: await systemPurpose(db, purposeCode),
        })
      : system;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError((e as Error).message, 2);
  }
}

/** A purpose by code for the system: no role limits it, the work it does names it (unknown: a usage error). */
async function systemPurpose(db: Db, code: string) {
  const purpose = await resolvePurpose(db, null, code).catch(() => null);
  if (!purpose) throw new CliError(`unknown purpose "${code}"`, 2);
  return purpose;
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
  if (!o.entity || !(o.entity in importEntities))
    throw new CliError(`import needs an entity: ${Object.keys(importEntities).join(', ')}`, 2);
  if (!o.file)
    throw new CliError(
      'import needs a file, e.g. fidele import contacts clients.csv --map "Nom=lastName,E-mail=email" --key email [--as admin@…]',
      2,
    );
  let size: number;
  try {
    size = statSync(o.file).size;
  } catch {
    throw new CliError(`cannot read ${o.file}`, 2);
  }
  const format = (o.format?.toUpperCase() ??
    (path.extname(o.file).toLowerCase() === '.xlsx' ? 'XLSX' : 'CSV')) as FileFormat;
  if (format !== 'CSV' && format !== 'XLSX') throw new CliError(`--format must be csv or xlsx, got "${o.format}"`, 2);
  const ctx = await commandContext(db, provider, 'import', o.as, null);
  const progress = progressReporter();
  const summary = await runImport(ctx, {
    entity: o.entity as ImportEntityName,
    format,
    fileName: path.basename(o.file),
    source: createReadStream(o.file),
    totalBytes: size,
    // A workbook's declared sizes are checked before the import (a file over the size limit is refused unread).
    bytes: format === 'XLSX' && size <= defaultImportLimits.maxFileBytes ? readFileSync(o.file) : null,
    mapping: pairs('map', o.map),
    key: o.key,
    defaults: pairs('default', o.defaults),
    dryRun: o.dryRun,
    onProgress: (p) => progress.update(p),
  }).catch((e: unknown) => {
    throw new CliError(
      (e as Error).message,
      (e as { extensions?: { code?: string } }).extensions?.code === 'VALIDATION' ? 2 : 1,
    );
  });
  for (const e of summary.errors.slice(0, 50))
    console.error(`line ${e.line}${e.field ? ` ${e.field}` : ''}: ${e.code} ${e.message}`);
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
  const format = (
    o.format ?? (o.out && path.extname(o.out).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv')
  ).toUpperCase() as ExportFormat;
  if (format !== 'CSV' && format !== 'XLSX') throw new CliError(`--format must be csv or xlsx, got "${o.format}"`, 2);
  if (!o.purpose) throw new CliError('--purpose is required: only contacts whose consent covers it are exported', 2);
  let filter: object | undefined;
  try {
    filter = o.filter ? (JSON.parse(o.filter) as object) : undefined;
  } catch {
    throw new CliError('--filter must be JSON, e.g. \'{"kind":["CLIENT"],"postalCodePrefix":"75"}\'', 2);
  }
  if (o.segment !== undefined && !/^\d+$/.test(o.segment)) throw new CliError('--segment must be a segment id', 2);
  const ctx = await commandContext(db, provider, 'export', o.as, o.purpose);
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
      (summary.withheldColumns.length
        ? `; columns withheld from your role: ${summary.withheldColumns.join(', ')}`
        : ''),
  );
}

export async function runDuplicatesCommand(
  db: Db,
  provider: Provider,
  o: { as?: string; minScore?: string; first?: string },
): Promise<void> {
  const ctx = await commandContext(db, provider, 'duplicates', o.as, null);
  const pairsFound = await findDuplicates(ctx, { minScore: o.minScore ? Number(o.minScore) : 0.5 });
  for (const p of pairsFound.slice(0, Number(o.first ?? 50))) {
    console.log(
      `${p.a}\t${p.b}\t${p.score.toFixed(3)}\t${p.matches.map((m) => `${m.field}:${m.method}:${m.similarity}`).join(' ')}`,
    );
  }
  console.error(`${pairsFound.length} candidate pairs`);
}
