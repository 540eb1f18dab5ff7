import { ApiError } from './errors.js';

interface VersionedDelegate<Where, Data> {
  updateMany(args: { where: Where; data: Data }): Promise<{ count: number }>;
  count(args: { where: Where }): Promise<number>;
}

/**
 * Optimistic concurrency: the update applies only if the row still has the version the client read, and bumps
 * it. A stale version is CONFLICT, a missing (or invisible) row NOT_FOUND; neither writes anything.
 */
export async function updateVersioned<Where extends object, Data extends object>(
  delegate: VersionedDelegate<Where, Data>,
  entity: string,
  where: Where,
  version: number,
  data: Data,
): Promise<void> {
  const { count } = await delegate.updateMany({
    where: { ...where, version } as Where,
    data: { ...data, version: { increment: 1 } } as Data,
  });
  if (count === 1) return;
  if ((await delegate.count({ where })) === 0) throw new ApiError('NOT_FOUND', `${entity} not found.`);
  throw new ApiError('CONFLICT', `${entity} was changed by someone else: reload it and apply your change again.`, {
    expectedVersion: version,
  });
}

interface VersionedDeleteDelegate<Where> {
  deleteMany(args: { where: Where }): Promise<{ count: number }>;
  count(args: { where: Where }): Promise<number>;
}

/** Optimistic concurrency for a hard delete: NOT_FOUND for a missing (or invisible) row, CONFLICT for a stale version. */
export async function deleteVersioned<Where extends object>(
  delegate: VersionedDeleteDelegate<Where>,
  entity: string,
  where: Where,
  version: number,
): Promise<void> {
  const { count } = await delegate.deleteMany({ where: { ...where, version } as Where });
  if (count === 1) return;
  if ((await delegate.count({ where })) === 0) throw new ApiError('NOT_FOUND', `${entity} not found.`);
  throw new ApiError('CONFLICT', `${entity} was changed by someone else: reload it and apply your change again.`, {
    expectedVersion: version,
  });
}
