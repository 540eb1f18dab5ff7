import { createReadStream, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CliError } from '../../kernel/cli-error.js';
import { type Command, stringFlag } from '../../kernel/command.js';
import type { Context } from '../../kernel/context.js';
import { progressReporter } from '../../kernel/progress.js';
import { defaultImportLimits } from './import.limits.js';
import type { FileFormat } from './import.readers.js';
import { importEntities, type ImportEntityName } from './import.options.js';

/**
 * `fidele import ENTITY FILE`: imports a file as the `--as` staff user (its rights, audited under its name), or
 * without it as the system `cli:import`. Usage errors exit with 2; a failed import with 1.
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

async function runImportCommand(ctxFor: () => Promise<Context>, o: ImportCommand): Promise<void> {
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
  const ctx = await ctxFor();
  // Loaded when the command runs: the registry of every command (platform/cli/registry.ts) stays light.
  const { runImport } = await import('./import.service.js');
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

export const importCommand: Command = {
  name: 'import',
  help: `  import ENTITY FILE    import contacts, products, sales or responses from CSV or XLSX (as --as, audited)
      --map C=F,...       file column C fills field F (default: columns named like fields)
      --key FIELD         upsert key: email or externalRef (contacts), code (products), externalRef (sales)
      --default F=V,...   values for new records the file does not give (e.g. brand=MAISON,zone=IDF)
      --dry-run           check and count, write nothing but the job and its errors
      --as EMAIL          the staff user whose rights apply (required)`,
  options: {
    map: { type: 'string' },
    key: { type: 'string' },
    default: { type: 'string' },
    format: { type: 'string' },
    'dry-run': { type: 'boolean' },
    as: { type: 'string' },
  },
  async run(input) {
    await input.migrate();
    await input.withDb((db) =>
      runImportCommand(() => input.actingContext(db, { email: stringFlag(input, 'as') }), {
        entity: input.positionals[0],
        file: input.positionals[1],
        map: stringFlag(input, 'map'),
        key: stringFlag(input, 'key'),
        defaults: stringFlag(input, 'default'),
        format: stringFlag(input, 'format'),
        dryRun: input.values['dry-run'] === true,
        as: stringFlag(input, 'as'),
      }),
    );
  },
};
