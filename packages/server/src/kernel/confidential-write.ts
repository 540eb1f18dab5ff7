import type { Context } from './context.js';
import { ApiError } from './errors.js';
import type { Role } from '../generated/sqlite/enums.js';
import { type ConfidentialField, confidentialFields } from './field-rules.js';

/**
 * A role may write a confidential field only if it may read it: writing blind would let it probe the value. Throws
 * FORBIDDEN when `input` sets (or clears) a confidential field of `entity` the caller's role may not read.
 */
export function assertConfidentialWrite(ctx: Context, entity: string, input: Record<string, unknown>): void {
  const role = ctx.principal?.role as Role;
  for (const field of Object.keys(confidentialFields) as ConfidentialField[]) {
    const [owner, name] = field.split('.') as [string, string];
    if (
      owner === entity &&
      input[name] !== undefined &&
      !(confidentialFields[field] as readonly Role[]).includes(role)
    ) {
      throw new ApiError('FORBIDDEN', `Your role may not write ${name}.`, { field: name });
    }
  }
}
