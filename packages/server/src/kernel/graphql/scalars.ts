import { Kind } from 'graphql';
import { builder } from './builder.js';
import { parseInstant } from './input-policy.js';
import { RefusedInput } from './input-policy.plugin.js';
import { fieldMessage } from '../field-messages.js';

/**
 * Instants as ISO-8601 strings in UTC, parsed strictly by the boundary policy (lib/input-policy.ts): a real
 * calendar date (2026-02-30 is refused, not rolled over to 2 March) between 1900-01-01 and 2100-12-31.
 *
 * A refused value becomes a `RefusedInput` rather than an exception: the input-policy plugin, which knows where
 * the value sits, reports it as VALIDATION at its path (`input.saleDate`), together with the other problems.
 */
builder.scalarType('DateTime', {
  description: 'An instant, ISO-8601 (2026-11-22T10:00:00.000Z; UTC without an offset), from 1900-01-01 to 2100-12-31.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value as string).toISOString()),
  parseValue: (value) => {
    const parsed = typeof value === 'string' ? parseInstant(value) : { problem: fieldMessage('DATE_SYNTAX') };
    // The plugin throws before any resolver sees a RefusedInput, so the declared input type (Date) holds there.
    return 'date' in parsed ? parsed.date : (new RefusedInput(parsed.problem) as unknown as Date);
  },
});

/**
 * Money and rates as decimal strings ("12.50"): exact, never a binary float. Serialized from Prisma's Decimal,
 * parsed from a string or a number literal. At most 30 characters: the widest column is Decimal(12, 2), and a
 * 200,000-digit filter bound would otherwise reach the database. Refused values go to the input-policy plugin, as
 * for DateTime, so the error names their path.
 */
const DECIMAL = /^-?\d+(\.\d+)?$/;
const MAX_DECIMAL_LENGTH = 30;
const decimalOrRefused = (s: unknown): string => {
  if (typeof s !== 'string' || !DECIMAL.test(s))
    return new RefusedInput(fieldMessage('DECIMAL_SYNTAX')) as unknown as string;
  if (s.length > MAX_DECIMAL_LENGTH)
    return new RefusedInput(fieldMessage('TOO_LONG', { max: MAX_DECIMAL_LENGTH })) as unknown as string;
  return s;
};

builder.scalarType('Decimal', {
  description: 'An exact decimal number as a string, e.g. "12.50".',
  serialize: (value) => String(value),
  parseValue: (value) => decimalOrRefused(typeof value === 'number' ? String(value) : value),
  parseLiteral: (ast) =>
    decimalOrRefused(
      ast.kind === Kind.STRING || ast.kind === Kind.FLOAT || ast.kind === Kind.INT ? ast.value : undefined,
    ),
});
