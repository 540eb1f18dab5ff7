/**
 * CSV formula injection (OWASP "CSV Injection"): a spreadsheet evaluates a cell that starts with `=`, `+`, `-` or
 * `@` (and, in some, after a leading tab or carriage return), so a contact named `=HYPERLINK(...)` would run in the
 * spreadsheet of whoever opens the export. Such a cell is written with a leading `'`, which spreadsheets read as
 * "this is text" and do not show. Only text is touched: numbers and dates are written as values, never evaluated.
 *
 * The cost, accepted: a text that legitimately starts with one of these characters (a phone number `+33…`) reads
 * with the quote in a plain text editor.
 */
const evaluated = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet should receive it: text that it would evaluate, prefixed with `'`. */
export function neutraliseFormula<T>(value: T): T | string {
  return typeof value === 'string' && evaluated.test(value) ? `'${value}` : value;
}
