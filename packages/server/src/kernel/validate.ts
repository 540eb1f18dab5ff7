import { type FieldProblem, fieldProblem, validationError } from './errors.js';
import { type FieldMessage, fieldMessage } from './field-messages.js';

/**
 * Collects every problem of an input before anything is written, then throws one VALIDATION error listing each
 * bad field with its path, code, parameters and English message. Messages come from the catalogue
 * (field-messages.ts): a bare string does not type-check, so every problem has a code the admin translates.
 */
export class Problems {
  private readonly list: FieldProblem[] = [];
  constructor(private readonly base: string[] = ['input']) {}

  check(ok: boolean, field: string, message: FieldMessage, suggestion?: string): this {
    if (!ok) this.addPath([...this.base, ...field.split('.')], message, suggestion);
    return this;
  }

  /** Adds a problem on `field` (below the base); `suggestion` proposes a corrected value (a misspelled city). */
  add(field: string, message: FieldMessage, suggestion?: string): this {
    return this.check(false, field, message, suggestion);
  }

  /** Adds a problem on a path outside the base (e.g. a mutation argument beside `input`). */
  addPath(path: string[], message: FieldMessage, suggestion?: string): this {
    this.list.push(fieldProblem(path, message, suggestion));
    return this;
  }

  /** Adds `message` on `field` unless it is null (for the `…Problem` checkers below). */
  addIf(field: string, message: FieldMessage | null): this {
    return message === null ? this : this.add(field, message);
  }

  throwIfAny(): void {
    if (this.list.length) throw validationError(this.list);
  }
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
export const isEmail = (s: string) => EMAIL.test(s) && s.length <= 254;
export const isBlank = (s: string | null | undefined) => s == null || s.trim() === '';

const DECIMAL = /^-?\d+(\.\d+)?$/;
const places = (s: string) => s.split('.')[1]?.replace(/0+$/, '').length ?? 0;
const integerDigits = (s: string) =>
  s
    .replace(/^-/, '')
    .split('.')[0]!
    .replace(/^0+(?=\d)/, '').length;

/**
 * Problem with a money amount stored as Decimal(12, 2), or null when it is fine: a decimal string with at most two
 * decimals and ten integer digits, not negative unless `allowNegative`.
 */
export function moneyProblem(s: string, allowNegative = false): FieldMessage | null {
  if (!DECIMAL.test(s)) return fieldMessage('NOT_DECIMAL');
  if (!allowNegative && s.startsWith('-') && Number(s) !== 0) return fieldMessage('NOT_NEGATIVE');
  if (places(s) > 2) return fieldMessage('TWO_DECIMALS');
  if (integerDigits(s) > 10) return fieldMessage('TOO_LARGE');
  return null;
}

/** Problem with a rate in percent stored as Decimal(5, 2) (0 to 100, two decimals), or null when it is fine. */
export function rateProblem(s: string): FieldMessage | null {
  if (!DECIMAL.test(s)) return fieldMessage('NOT_DECIMAL');
  if (places(s) > 2) return fieldMessage('TWO_DECIMALS');
  if (Number(s) < 0 || Number(s) > 100) return fieldMessage('BETWEEN', { min: 0, max: 100 });
  return null;
}
