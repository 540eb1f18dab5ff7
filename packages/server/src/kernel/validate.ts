import { type FieldProblem, validationError } from './errors.js';

/**
 * Collects every problem of an input before anything is written, then throws one VALIDATION error listing each
 * bad field with its path.
 */
export class Problems {
  private readonly list: FieldProblem[] = [];
  constructor(private readonly base: string[] = ['input']) {}

  check(ok: boolean, field: string, message: string): this {
    if (!ok) this.list.push({ path: [...this.base, ...field.split('.')], message });
    return this;
  }

  add(field: string, message: string): this {
    return this.check(false, field, message);
  }

  /** Adds a problem on a path outside the base (e.g. a mutation argument beside `input`). */
  addPath(path: string[], message: string): this {
    this.list.push({ path, message });
    return this;
  }

  /** Adds a problem with a stable code (and a suggestion), as the data-quality checks report them. */
  addCoded(field: string, code: string, message: string, suggestion?: string): this {
    this.list.push({ path: [...this.base, ...field.split('.')], message, code, ...(suggestion ? { suggestion } : {}) });
    return this;
  }

  /** Adds `message` on `field` unless it is null (for the `…Problem` checkers below). */
  addIf(field: string, message: string | null): this {
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
export function moneyProblem(s: string, allowNegative = false): string | null {
  if (!DECIMAL.test(s)) return 'not a decimal number';
  if (!allowNegative && s.startsWith('-') && Number(s) !== 0) return 'must not be negative';
  if (places(s) > 2) return 'at most two decimals';
  if (integerDigits(s) > 10) return 'too large';
  return null;
}

/** Problem with a rate in percent stored as Decimal(5, 2) (0 to 100, two decimals), or null when it is fine. */
export function rateProblem(s: string): string | null {
  if (!DECIMAL.test(s)) return 'not a decimal number';
  if (places(s) > 2) return 'at most two decimals';
  if (Number(s) < 0 || Number(s) > 100) return 'between 0 and 100';
  return null;
}
