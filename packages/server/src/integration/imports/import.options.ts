import type { Readable } from 'node:stream';
import type { ImportEntity } from '../../generated/sqlite/enums.js';
import type { ImportLimits } from './import.limits.js';
import type { FileFormat } from './import.readers.js';
import type { RowError } from './import.rows.js';
import type { DuplicateDecision } from '../../contacts/quality/entry-duplicates.service.js';

/** What an import is asked to do (import.service.ts) and what it answers. */

export type ImportEntityName = 'contacts' | 'products' | 'sales' | 'responses';

export const importEntities: Record<ImportEntityName, ImportEntity> = {
  contacts: 'CONTACT',
  products: 'PRODUCT',
  sales: 'SALE',
  responses: 'ACTION_RESPONSE',
};

export interface ImportOptions {
  entity: ImportEntityName;
  format: FileFormat;
  fileName: string;
  source: Readable;
  /** File column → field. Without it, columns named like a field map to it. */
  mapping?: Record<string, string> | null;
  /** The upsert key field (contacts: email or externalRef; products: code; sales: externalRef). @default the entity's first key */
  key?: string | null;
  /** Values for fields the file does not give (e.g. { brand: 'MAISON', kind: 'CLIENT' }). */
  defaults?: Record<string, string> | null;
  /** Check and count everything, write nothing but the job and its errors. @default false */
  dryRun?: boolean | null;
  /**
   * Contacts: create rows that look like existing contacts (`confirm`), or that have their exact e-mail (`force`, with
   * a `reason`, audited). Without it such rows are rejected DUPLICATE_SUSPECTED / DUPLICATE_EMAIL.
   */
  duplicates?: DuplicateDecision | null;
  /** Rows per batch (one transaction each). @default 500 */
  batchSize?: number;
  /** Size of the source in bytes, for progress and the size limit. */
  totalBytes?: number;
  /** The whole file, when the caller holds it (the API) or may read it (the CLI): its declared sizes are checked before any work. */
  bytes?: Buffer | null;
  /** Bounds on the file (import.limits.ts). @default defaultImportLimits */
  limits?: Partial<ImportLimits>;
  onProgress?: (p: { phase: string; done: number; total: number }) => void;
  /** Counts the data rows before the import starts, so that the job's totalRows is known while it runs (startImport). */
  countRows?: () => Promise<number>;
  /** Asked after each batch: true stops the run there (a queued import hands over; its job goes on later). */
  shouldPause?: () => boolean;
}

export interface ImportSummary {
  jobId: number;
  status: 'COMPLETED' | 'FAILED';
  dryRun: boolean;
  encoding: string;
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows not imported (each has at least one error). */
  rejected: number;
  /** The first 1,000 errors (all are in ImportRowError). */
  errors: RowError[];
}
