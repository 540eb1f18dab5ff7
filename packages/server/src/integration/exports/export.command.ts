import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { CliError } from '../../kernel/cli-error.js';
import { type Command, stringFlag } from '../../kernel/command.js';
import type { Context } from '../../kernel/context.js';
import type { ExportFormat, ExportOptions } from './export.service.js';

/** The contacts filter an export takes (the typed ContactFilter input of the API). */
type ExportFilter = NonNullable<ExportOptions['filter']>;

/**
 * `fidele export contacts`: exports under the row and field rules of the `--as` staff user, or without it as the
 * system `cli:export`, always for a declared purpose (contacts without consent for it are left out).
 */

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

async function runExportCommand(ctxFor: (purpose: string) => Promise<Context>, o: ExportCommand): Promise<void> {
  if (o.entity !== 'contacts') throw new CliError('export supports: contacts', 2);
  const format = (
    o.format ?? (o.out && path.extname(o.out).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv')
  ).toUpperCase() as ExportFormat;
  if (format !== 'CSV' && format !== 'XLSX') throw new CliError(`--format must be csv or xlsx, got "${o.format}"`, 2);
  if (!o.purpose) throw new CliError('--purpose is required: only contacts whose consent covers it are exported', 2);
  let filter: ExportFilter | undefined;
  try {
    // Taken as the API's ContactFilter input: the same JSON the admin sends.
    filter = o.filter ? (JSON.parse(o.filter) as ExportFilter) : undefined;
  } catch {
    throw new CliError('--filter must be JSON, e.g. \'{"kind":["CLIENT"],"postalCodePrefix":"75"}\'', 2);
  }
  if (o.segment !== undefined && !/^\d+$/.test(o.segment)) throw new CliError('--segment must be a segment id', 2);
  const ctx = await ctxFor(o.purpose);
  // Loaded when the command runs: the registry of every command (platform/cli/registry.ts) stays light.
  const { exportContacts } = await import('./export.service.js');
  const out = o.out ? createWriteStream(o.out) : process.stdout;
  const summary = await exportContacts(ctx, {
    format,
    filter,
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

export const exportCommand: Command = {
  name: 'export',
  help: `  export contacts       export contacts to CSV or XLSX: row and field rules of --as, consent for --purpose
      --format csv|xlsx   (default: from --out, else csv)
      --purpose CODE      declared purpose (required): contacts without consent for it are left out
      --as EMAIL          the staff user whose rights apply (required)
      --out FILE          (default: standard output)
      --filter JSON       the contacts filter, e.g. '{"kind":["CLIENT"],"postalCodePrefix":"75"}'
      --segment ID        a saved segment's criteria
      --columns A,B       (default: every column the role may read)`,
  options: {
    format: { type: 'string' },
    purpose: { type: 'string' },
    as: { type: 'string' },
    out: { type: 'string' },
    filter: { type: 'string' },
    segment: { type: 'string' },
    columns: { type: 'string' },
  },
  async run(input) {
    await input.migrate();
    await input.withDb((db) =>
      runExportCommand((purpose) => input.actingContext(db, { email: stringFlag(input, 'as'), purpose }), {
        entity: input.positionals[0],
        format: stringFlag(input, 'format'),
        purpose: stringFlag(input, 'purpose'),
        as: stringFlag(input, 'as'),
        out: stringFlag(input, 'out'),
        filter: stringFlag(input, 'filter'),
        segment: stringFlag(input, 'segment'),
        columns: stringFlag(input, 'columns'),
      }),
    );
  },
};
