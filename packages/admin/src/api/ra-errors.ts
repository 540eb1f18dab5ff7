import { isFideleError } from '@fidele/sdk';
import { HttpError } from 'react-admin';

/**
 * Maps an SDK error to what react-admin understands:
 * - VALIDATION → an HttpError whose `body.errors` names each bad field (react-admin shows each message under its
 *   input in a pessimistic form). `rename` maps an API input name to the form's source (`brand` → `brandId`).
 * - CONFLICT → a clear message (the record changed since it was read); FORBIDDEN, NOT_FOUND likewise.
 * - UNAUTHENTICATED → status 401, which the auth provider's `checkError` turns into a logout.
 * Anything else is returned unchanged.
 */
export function toRaError(error: unknown, rename: Record<string, string> = {}): unknown {
  if (!isFideleError(error)) return error;
  switch (error.code) {
    case 'VALIDATION': {
      const errors: Record<string, string> = {};
      for (const f of error.fields) {
        const path = f.path[0] === 'input' ? f.path.slice(1) : f.path;
        const name = path.join('.');
        errors[rename[name] ?? name] = f.message;
      }
      if (Object.keys(errors).length === 0) errors.root = error.message;
      return new HttpError(error.message, 400, { code: 'VALIDATION', errors });
    }
    case 'CONFLICT':
      return new HttpError('fidele.errors.conflict', 409, { code: 'CONFLICT' });
    case 'FORBIDDEN':
      return new HttpError('fidele.errors.forbidden', 403, { code: 'FORBIDDEN', message: error.message });
    case 'NOT_FOUND':
      return new HttpError('ra.notification.item_doesnt_exist', 404, { code: 'NOT_FOUND' });
    case 'UNAUTHENTICATED':
      return new HttpError('ra.notification.logged_out', 401, { code: 'UNAUTHENTICATED' });
    case 'CONSENT_REQUIRED':
      return new HttpError('fidele.errors.consent_required', 403, { code: 'CONSENT_REQUIRED', message: error.message });
    case 'NETWORK':
      return new HttpError('fidele.errors.network', error.status ?? 0, { code: 'NETWORK' });
    default:
      return new HttpError(error.message, error.status ?? 500, { code: error.code });
  }
}

/** Runs `fn`, rethrowing its failure as {@link toRaError} maps it. */
export async function raErrors<T>(fn: () => Promise<T>, rename?: Record<string, string>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toRaError(e, rename);
  }
}
