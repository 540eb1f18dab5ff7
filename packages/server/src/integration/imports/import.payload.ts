import type { ImportEntity } from '../../generated/sqlite/enums.js';
import type { DuplicateDecision } from '../../contacts/quality/entry-duplicates.service.js';
import type { Principal } from '../../kernel/principal.js';
import type { RequestPurpose } from '../../kernel/purpose.js';
import { type ImportEntityName, importEntities } from './import.options.js';

/** The queue imports started from the API go through (import.queue.ts). */
export const importQueueName = 'import';

/**
 * A queued import: the job (its file and options are in ImportJob) and who started it for which purpose, with which
 * decision about duplicates at entry, so that the worker writes with the same rights, consent and decision as the
 * request did (kept in ImportJob.runAs for a resumed run). None holds a personal value.
 */
export interface ImportJobPayload {
  importJobId: number;
  principal: Principal | null;
  purpose: RequestPurpose | null;
  duplicates?: DuplicateDecision | null;
}

/** The decision about duplicates a queued job was started with (ImportJob.runAs), or none. */
export const duplicatesOf = (runAs: unknown): DuplicateDecision | null =>
  (runAs as { duplicates?: DuplicateDecision | null } | null)?.duplicates ?? null;

/** ImportEntity → the import's entity name. */
export const entityNames = Object.fromEntries(Object.entries(importEntities).map(([name, e]) => [e, name])) as Record<
  ImportEntity,
  ImportEntityName
>;
