import type { ImportEntity } from '../../generated/sqlite/enums.js';
import type { Principal } from '../../kernel/principal.js';
import type { RequestPurpose } from '../../kernel/purpose.js';
import { type ImportEntityName, importEntities } from './import.options.js';

/** The queue imports started from the API go through (import.queue.ts). */
export const importQueueName = 'import';

/**
 * A queued import: the job (its file and options are in ImportJob) and who started it for which purpose, so that the
 * worker writes with the same rights and consent as the request did. Neither holds a personal value.
 */
export interface ImportJobPayload {
  importJobId: number;
  principal: Principal | null;
  purpose: RequestPurpose | null;
}

/** ImportEntity → the import's entity name. */
export const entityNames = Object.fromEntries(Object.entries(importEntities).map(([name, e]) => [e, name])) as Record<
  ImportEntity,
  ImportEntityName
>;
