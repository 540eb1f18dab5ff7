import { type FideleFieldProblem, isFideleError } from '@fidele/sdk';
import { HttpError } from 'react-admin';
import { fieldMessageKey } from '../i18n/field-messages';

/**
 * react-admin's format for a field error with arguments, given as a string (react-hook-form keeps error messages as
 * strings, and react-admin's `setSubmissionErrors` would read an object as nested fields): its `ValidationError`
 * parses it and translates `message` with `args`.
 */
const RA_ERROR_FORMAT = '@@react-admin@@';

/**
 * A field problem as react-admin shows it: translated by its code when it has one (with the label of a value it
 * names, see `fieldMessageKey`), else the server's text.
 */
export function fieldError(f: FideleFieldProblem): string {
  if (!f.code) return f.message;
  const message = fieldMessageKey(f.code, f.params);
  return RA_ERROR_FORMAT + JSON.stringify({ message, args: { ...f.params, _: f.message } });
}

/**
 * The text of a field error made by {@link fieldError}, in the reader's language: for the dialogs that show server
 * errors themselves rather than through react-admin inputs. A plain string is translated as a key, or kept.
 */
export function fieldErrorText(translate: (key: string, options?: object) => string, error: string): string {
  if (!error.startsWith(RA_ERROR_FORMAT)) return translate(error, { _: error });
  const { message, args } = JSON.parse(error.slice(RA_ERROR_FORMAT.length)) as { message: string; args: object };
  return translate(message, { _: message, ...args });
}

/** {@link fieldErrorText} for each field of `body.errors`. */
export const fieldErrorTexts = (
  translate: (key: string, options?: object) => string,
  errors: Record<string, string>,
): Record<string, string> =>
  Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, fieldErrorText(translate, error)]));

/**
 * Maps an SDK error to what react-admin understands:
 * - VALIDATION → an HttpError whose `body.errors` names each bad field (react-admin shows each message under its
 *   input in a pessimistic form), translated by its code (`fidele.validation.<CODE>`, see {@link fieldError});
 *   its message is the translatable `fidele.validation.invalid`. `rename` maps an API input name to the form's
 *   source (`brand` → `brandId`).
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
        errors[rename[name] ?? name] = fieldError(f);
      }
      if (Object.keys(errors).length === 0) errors.root = error.message;
      return new HttpError('fidele.validation.invalid', 400, { code: 'VALIDATION', errors });
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
