import { validationError, fieldProblem } from '../errors.js';
import { fieldMessage } from '../field-messages.js';

/**
 * The largest page of any connection (`first`/`last`): one maximum for every list of the API, enough for an admin
 * page or an export batch; the number of SQL statements does not depend on it (see the statement-count tests). Above
 * it, or below zero, a request is refused with VALIDATION before it runs (http/use-operation-limits.ts); the Prisma
 * plugin's clamp (`maxConnectionSize`, and each list's `maxSize`) is this value, so that no list is ever cut short
 * silently.
 */
export const MAX_PAGE_SIZE = 500;

/**
 * The size asked of a list that is not a connection (an import's row errors, the score snapshots, a segment
 * preview, the duplicate candidates): `value`, or `fallback` when absent, if it lies in [min, max]; anything else is
 * refused with VALIDATION on `path`, never clamped, so a caller never mistakes a cut list for a whole one. Each list
 * documents its own maximum in its argument's description.
 *
 * @example const first = listSize(args.first, 20, 100, ['first']) // 20 when absent; -1 or 101: VALIDATION
 */
export function listSize(
  value: number | null | undefined,
  fallback: number,
  max: number,
  path: string[],
  min = 0,
): number {
  const size = value ?? fallback;
  if (!Number.isSafeInteger(size) || size < min || size > max) {
    throw validationError([fieldProblem(path, fieldMessage('BETWEEN', { min, max }))]);
  }
  return size;
}
