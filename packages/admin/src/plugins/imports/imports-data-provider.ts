import type {
  DuplicateDecisionInput,
  FideleClient,
  ImportEntity,
  ImportJobQuery,
  StartImportMutation,
} from '@fidele/sdk';
import { raErrors } from '../../api/ra-errors';

export type ImportReport = NonNullable<ImportJobQuery['importJob']>;
export type ImportProgress = StartImportMutation['startImport'];

export interface ImportRequest {
  entity: ImportEntity;
  file: { name: string; bytes: Uint8Array };
  /** `Column=field` pairs; empty: columns named like a field map to it. */
  mapping: Record<string, string>;
  /** Upsert key; empty: the entity's default. */
  key?: string;
  /** Values for new records when the file gives none (`brand`, `zone`, `kind`...). */
  defaults: Record<string, string>;
  dryRun: boolean;
  /** Contacts: create rows that look like existing contacts (none: such rows are rejected). */
  duplicates?: DuplicateDecisionInput;
}

/** The imports plugin's custom method (a type alias: it must fit `DataProvider`'s index signature). */
export type ImportsDataProvider = {
  /** Starts the import and answers at once with the RUNNING job (the server goes on). */
  startImport(request: ImportRequest): Promise<ImportProgress>;
  /** The job's counts so far; with `first`, also its first rejected rows. */
  importJob(id: string, first: number): Promise<ImportReport | null>;
};

/** Bytes → base64, in slices (a large file would overflow the argument list of one String.fromCharCode call). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** `Nom=lastName, E-mail=email` → { Nom: 'lastName', 'E-mail': 'email' } (also for defaults). */
export function parsePairs(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split(/[,\n]/)
      .map((p) => p.split('=').map((x) => x.trim()))
      .filter((p) => p.length === 2 && p[0] && p[1]) as [string, string][],
  );
}

/**
 * Imports on the SDK: the file goes as base64 whatever its format, so that the server detects a CSV's encoding from
 * its bytes (a browser reading it as text would already have decoded Latin-1 as UTF-8). The server checks and
 * counts every row; with `dryRun` it writes nothing but the job and its errors. Rows that look like existing
 * contacts are rejected unless `duplicates` says to create them.
 */
export function createImportsDataProvider(client: FideleClient): ImportsDataProvider {
  return {
    importJob: (id, first) => raErrors(() => client.importJob({ id, first })),
    startImport: ({ entity, file, mapping, key, defaults, dryRun, duplicates }) =>
      raErrors(() => {
        const columns = Object.entries(mapping);
        const given = Object.entries(defaults);
        const variables = {
          entity,
          format: /\.xlsx$/i.test(file.name) ? 'XLSX' : 'CSV',
          fileName: file.name,
          content: toBase64(file.bytes),
          encoding: 'BASE64',
          dryRun,
          ...(columns.length ? { mapping: columns.map(([column, field]) => ({ column, field })) } : {}),
          ...(key ? { key } : {}),
          ...(given.length ? { defaults: given.map(([field, value]) => ({ field, value })) } : {}),
          ...(duplicates ? { duplicates } : {}),
        } as const;
        // The queued job keeps the duplicates decision (ImportJob.runAs): every import shows its progress.
        return client.startImport(variables);
      }),
  };
}
